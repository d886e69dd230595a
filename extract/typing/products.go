package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// productContext reads a name the tagger typed a person's, a place's or
// a body's right before a singular noun of the lexicon's Product class
// that ends its phrase, or right after one that follows a modifier:
// "the new Tarvik sedan", "a Velden laptop", "the drug Tarvin". A
// model's name stands there; so does its maker's ("an Acme laptop"), and
// makers are also named before the plural ("Acme laptops", but "its
// Tarvik laptops" are a model's), said things and are known to the
// gazetteer: a name the gazetteer knows as a body's or a place's, or a
// country's demonym (wholeUnknownName), is left alone, and decideByName
// weighs the mentions read (made) against the entity's others.
func productContext(w *window, ev *evidence) {
	if m, ok := w.wholeUnknownName(); !ok || knownBody(w.g, m.Text) {
		return
	}
	k := productAfter(w)
	if k < 0 && makerBefore(w) && ownerBefore(w) {
		// "its Tarvik phones", "Acme's Vell laptops": the owner is
		// the maker, the name the model's.
		ev.made++
		ev.model++
		ev.reasons = append(ev.reasons, reason{"product", "owned-models", w.word(w.hi)})
		return
	}
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
	if !w.free(k) || w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) || strings.HasPrefix(w.tag(k+1), "NN") || w.tag(k+1) == "POS" {
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
		if t := w.tag(k); !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || t != "NN" && t != "NNS" && t != "JJ" {
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
// (wholeName), and it is no place the gazetteer knows nor a country's
// demonym, which before a work's, a good's or a prize's noun says where it
// is from ("a Norlandic airliner": the demonym-goods guard).
func (w *window) wholeUnknownName() (extract.Mention, bool) {
	m := w.res.Mentions[w.mi]
	switch m.Type {
	case extract.Person, extract.Location, extract.Organization:
		return m, wholeName(w) && !w.knownPlace(m.Text) && !demonym(w.g, m.Text)
	}
	return m, false
}

// demonym reports whether the gazetteer knows word as a country's demonym.
func demonym(g *gazetteer.Gazetteer, word string) bool {
	if g == nil {
		return false
	}
	_, ok := g.Demonym(word)
	return ok
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
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) {
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

// techContext reads a name the tagger typed a person's, a place's or a
// body's right before a noun of the lexicon's Technology class that ends
// its phrase, perhaps past its abbreviation in brackets and up to two
// modifiers in lower case: "the TXP standard", "the Tarvik Xtra Packet
// (TXP) standard", "TXP mobile technology", "the TXP format". The name
// is the technology's, not a body's. A maker stands before "technology"
// as often ("Acme technology"): there the name must have an article or
// an owner before it, or be written in capitals, as an abbreviation is
// ("TXP technology").
func techContext(w *window, ev *evidence) {
	if _, ok := w.wholeUnknownName(); !ok || knownBody(w.g, w.res.Mentions[w.mi].Text) {
		return
	}
	hi := w.hi
	switch {
	case w.word(w.lo-1) == "(" && w.word(hi) == ")":
		// "the Tarvik Xtra Packet (TXP) standard": the abbreviation.
		hi++
	case w.word(hi) == "(":
		for k := hi + 1; k < len(w.toks) && k < hi+4; k++ {
			if w.word(k) == ")" {
				hi = k + 1
				break
			}
		}
	}
	k := hi
	for ; k <= hi+2 && !techNoun(w, k); k++ {
		if t := w.tag(k); !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || t != "NN" && t != "JJ" {
			return
		}
	}
	if !techNoun(w, k) {
		return
	}
	if n := w.tag(k + 1); strings.HasPrefix(n, "NN") || n == "POS" {
		return // "the TXP standard body" is a body's
	}
	if w.lemma(k) == "technology" && !articleBefore(w) && !ownerBefore(w) && strings.ToUpper(w.res.Mentions[w.mi].Text) != w.res.Mentions[w.mi].Text {
		return
	}
	ev.made++
	ev.model++
	ev.reasons = append(ev.reasons, reason{"product", "tech-context", w.word(k)})
}

// techNoun reports whether token k is a noun of the lexicon's Technology
// class in lower case outside any mention, singular or plural ("TXP
// standards"); the tagger reads "standard" as an adjective or a verb as
// often, so when a full stop, a comma or a preposition follows, any tag
// will do ("the TXP standard.").
func techNoun(w *window, k int) bool {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	switch t := w.tag(k); {
	case t == "NN", t == "NNS":
		return w.lex.Is(w.lemma(k), lexicon.Technology)
	case phraseEnd[w.word(k+1)] || w.tag(k+1) == "IN":
		x := strings.ToLower(w.toks[k].Text)
		return w.lex.Is(x, lexicon.Technology) || w.lex.Is(w.lex.Lemma(x, "NNS"), lexicon.Technology)
	}
	return false
}
