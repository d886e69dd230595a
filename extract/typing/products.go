package typing

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
)

// productContext reads a name the tagger typed a person's, a place's or
// a body's right before a singular noun of the lexicon's Product class
// that ends its phrase: "the new Tarvik sedan", "a Velden laptop". A
// model's name stands there; so does its maker's ("an Acme laptop"), and
// makers are also named before the plural ("Acme laptops"), said things
// and are known to the gazetteer: a name the gazetteer knows as a body's
// or a place's is left alone, and decideByName weighs the mentions read
// (made) against the entity's others.
func productContext(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	switch m.Type {
	case extract.Person, extract.Location, extract.Organization:
	default:
		return
	}
	k := w.hi
	if !w.free(k) || w.tag(k) != "NN" || !lower(w.toks[k].Text) || !w.lex.Is(w.lemma(k), lexicon.Product) {
		return
	}
	// The noun ends the phrase: "the Tarvik car plant" is where one is
	// made.
	if n := w.tag(k + 1); len(n) >= 2 && n[:2] == "NN" || n == "POS" {
		return
	}
	if !wholeName(w) || w.knownPlace(m.Text) || knownBody(w.g, m.Text) {
		return
	}
	ev.made++
	ev.reasons = append(ev.reasons, reason{"product", "product-context", w.word(k)})
}

// knownBody reports whether the gazetteer knows name as a body's.
func knownBody(g *gazetteer.Gazetteer, name string) bool {
	if g == nil {
		return false
	}
	return g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatOrg|gazetteer.CatIntlOrg) != 0
}
