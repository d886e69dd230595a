package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
)

// productContext reads a name the tagger typed a person's, a place's or
// a body's right before a singular noun of the lexicon's Product class
// that ends its phrase, or right after one that follows a modifier:
// "the new Tarvik sedan", "a Velden laptop", "the drug Tarvin". A
// model's name stands there; so does its maker's ("an Acme laptop"), and
// makers are also named before the plural ("Acme laptops"), said things
// and are known to the gazetteer: a name the gazetteer knows as a body's
// or a place's is left alone, and decideByName weighs the mentions read
// (made) against the entity's others.
func productContext(w *window, ev *evidence) {
	if m, ok := w.wholeUnknownName(); !ok || knownBody(w.g, m.Text) {
		return
	}
	k := productAfter(w)
	if k < 0 && makerBefore(w) {
		ev.maker++
		ev.reasons = append(ev.reasons, reason{"maker", "maker-before", w.word(w.hi)})
	}
	switch {
	case k >= 0:
		// The noun ends the phrase: "the Tarvik car plant" is where
		// one is made.
		if n := w.tag(k + 1); len(n) >= 2 && n[:2] == "NN" || n == "POS" {
			return
		}
		// A maker stands before software as often as a program's name
		// does ("Acme software runs the tills"): a program's name there
		// has an article or an owner before it ("the Tarvik software",
		// "Acme's Vell software").
		if w.lex.Is(w.lemma(k), lexicon.Software) && !ownerBefore(w) && !articleBefore(w) {
			return
		}
		if ownerBefore(w) {
			ev.model++
		}
	case productNoun(w, w.lo-1) && endsPhrase(w):
		k = w.lo - 1
		// The noun before the name, after a modifier: "the drug X",
		// "its blood pressure drug X".
		switch t := w.tag(k - 1); {
		case t == "DT", t == "PRP$", t == "JJ", t == "NN", t == "NNS":
		default:
			return
		}
		ev.model++
	default:
		return
	}
	ev.made++
	ev.reasons = append(ev.reasons, reason{"product", "product-context", w.word(k)})
}

// makerBefore reports whether the name stands right before a plural
// noun of the lexicon's Product or Gadget class, in lower case, that
// ends its phrase ("Tarvik laptops", "Acme phones made in Harlow"): a
// maker is named before its goods, a model's name before the singular.
func makerBefore(w *window) bool {
	k := w.hi
	if !w.free(k) || w.tag(k) != "NNS" || !lower(w.toks[k].Text) || strings.HasPrefix(w.tag(k+1), "NN") || w.tag(k+1) == "POS" {
		return false
	}
	c := w.lex.Classes(w.lex.Lemma(w.word(k), "NNS"))
	return c.Has(lexicon.Product) || c.Has(lexicon.Gadget)
}

// productAfter returns the token of the noun of the lexicon's Product or
// Gadget class that follows the name, right after it or after up to two
// modifiers in lower case that say the kind ("the X handheld console",
// "Acme's X games console"), or -1.
func productAfter(w *window) int {
	for k := w.hi; k <= w.hi+2; k++ {
		if productNoun(w, k) {
			return k
		}
		if t := w.tag(k); !w.free(k) || !lower(w.toks[k].Text) || t != "NN" && t != "NNS" && t != "JJ" {
			return -1
		}
	}
	return -1
}

// ownerBefore reports whether a possessive stands before the name,
// perhaps with adjectives between: "its X", "Acme's new X".
func ownerBefore(w *window) bool {
	k := w.lo - 1
	for k >= 0 && w.free(k) && w.tag(k) == "JJ" {
		k--
	}
	t := w.tag(k)
	return t == "PRP$" || t == "POS"
}

// wholeUnknownName returns the window's mention when the tagger read it
// as a person's, a place's or a body's name, the mention is the whole name
// (wholeName), and it is no place the gazetteer knows.
func (w *window) wholeUnknownName() (extract.Mention, bool) {
	m := w.res.Mentions[w.mi]
	switch m.Type {
	case extract.Person, extract.Location, extract.Organization:
		return m, wholeName(w) && !w.knownPlace(m.Text)
	}
	return m, false
}

// knownBody reports whether the gazetteer knows name as a body's.
func knownBody(g *gazetteer.Gazetteer, name string) bool {
	if g == nil {
		return false
	}
	return g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatOrg|gazetteer.CatIntlOrg) != 0
}

// productNoun reports whether token k is a singular noun of the
// lexicon's Product or Gadget class in lower case outside any mention.
func productNoun(w *window, k int) bool {
	if !w.free(k) || w.tag(k) != "NN" || !lower(w.toks[k].Text) {
		return false
	}
	c := w.lex.Classes(w.lemma(k))
	return c.Has(lexicon.Product) || c.Has(lexicon.Gadget)
}

// articleBefore reports whether a determiner stands before the name,
// perhaps with adjectives between: "the X", "a new X".
func articleBefore(w *window) bool {
	k := w.lo - 1
	for k >= 0 && w.free(k) && w.tag(k) == "JJ" {
		k--
	}
	return w.tag(k) == "DT"
}
