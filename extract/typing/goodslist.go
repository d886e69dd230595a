package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// goodsList reads a name in a list of two names or more after a plural
// noun for made goods (the lexicon's Product or Gadget, or "products")
// and "such as", "like" or "including", perhaps past a dash: "new
// products - such as the Acme V6 and Tarvik Vell", "cars like the X and
// the Y". Each name is a made good's model, as productContext reads
// one; a name the gazetteer knows as a body's or a place's is left
// alone (the goods-list rule). "Product" is the one word taken by hand:
// WordNet's first sense of it is merchandise, whose hyponyms hold line,
// number, release, feature and stock ("features such as X and Y"), and
// the lexicon's Product is made goods by their kinds, not the word for
// them all.
func goodsList(w *window, ev *evidence) {
	m, ok := w.wholeUnknownName()
	if !ok || knownBody(w.g, m.Text) {
		return
	}
	k, ok := listOfNames(w)
	if !ok {
		return
	}
	if w.free(k) && w.word(k) == "the" {
		k--
	}
	if k, ok = introWords(w, k, true); !ok {
		return
	}
	if k >= 0 && k < len(w.at) && w.at[k] < 0 && tokenize.IsDash(w.word(k)) {
		k--
	}
	if !w.free(k) || w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) {
		return
	}
	c := w.lex.Classes(w.lemma(k))
	if w.lemma(k) != "product" && !c.Has(lexicon.Product) && !c.Has(lexicon.Gadget) {
		return
	}
	ev.made++
	ev.model++
	ev.reasons = append(ev.reasons, reason{"product", "goods-list", w.word(k)})
}

// goodsTail reads a name, alone or ending a list, before "and other" or
// "or other", up to two modifiers and a plural noun for made goods or
// gadgets that ends the phrase: "Tarvix and other solar-powered phones",
// "the Acme V6, the Tarvik Vell and other cars". The name is a made
// good's model, as goodsList reads one; a name the gazetteer knows as a
// body's is left alone, and "Acme and other makers" says nothing (the
// goods-tail rule).
func goodsTail(w *window, ev *evidence) {
	m, ok := w.wholeUnknownName()
	if !ok || knownBody(w.g, m.Text) || !endsPhrase(w) {
		return
	}
	k, ok := listCoordinator(w)
	if !ok || w.word(k+1) != "other" || !w.free(k+1) {
		return
	}
	// "other" right after the coordinator, then up to two modifiers:
	// adjectives and nouns in lower case, a mention's words among them
	// ("other Norlandic phones").
	j, ok := tailNoun(w, k+2, k+5, func(j int) bool {
		t := w.tag(j)
		return strings.HasPrefix(t, "JJ") || t == "NN" && tokenize.StartsLower(w.toks[j].Text)
	})
	if !ok {
		return
	}
	if c := w.lex.Classes(w.lemma(j)); w.lemma(j) == "product" || c.Has(lexicon.Product) || c.Has(lexicon.Gadget) {
		ev.made++
		ev.model++
		ev.reasons = append(ev.reasons, reason{"product", "goods-tail", "other " + w.word(j)})
	}
}
