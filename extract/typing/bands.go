package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
)

// bandNounBefore reports whether a noun for a musical group at token k,
// right before the window's name, describes the name: "the band X",
// "the rock band X", "bands X and Y". It does not (the band-noun-scope
// rule) when the noun is a plural before one name that ends its phrase
// ("two wedding bands X gave her": a plural names no one band), or when
// the name is joined by "and" to another name after it ("the duo Ann
// Lee and Bo Ek": the noun describes the pair, whose people are no band).
func bandNounBefore(w *window, k int) bool {
	next := w.word(w.hi)
	if w.tag(k) == "NNS" {
		return next == "and" || next == "," || next == "or"
	}
	return !(next == "and" && w.hi+1 < len(w.at) && w.at[w.hi+1] >= 0)
}

// bandNounAfter reports whether a noun for a musical group at token k,
// after the window's name, describes the name: "the X band", "X, the
// band". It does not (the band-noun-scope rule) when another name follows
// the noun ("the Harlow band Tarvik": the noun describes Tarvik, and
// Harlow says where it is from), when the name is a people's word or
// the gazetteer's demonym ("the Norlandic duo"), or when the name is the
// last of two joined by "and" ("the Ann Lee and Bo Ek duet": the noun
// describes the pair, or their song).
func bandNounAfter(w *window, k int) bool {
	if k+1 < len(w.at) && w.at[k+1] >= 0 {
		return false
	}
	if w.word(w.lo-1) == "and" && w.lo >= 2 && w.at[w.lo-2] >= 0 {
		return false
	}
	return !demonymWord(w.lex, w.g, w.res.Mentions[w.mi].Text)
}

// demonymWord reports whether name is a people's word that WordNet or
// the gazetteer knows ("Norlander", "Norlandic").
func demonymWord(lex *lexicon.Lexicon, g *gazetteer.Gazetteer, name string) bool {
	if lex.Is(lex.Lemma(strings.ToLower(name), "NN"), lexicon.Inhabitant) {
		return true
	}
	return g != nil && g.Match(gazetteer.Tokens(name)...)&gazetteer.CatDemonym != 0
}

// bandScoped reports whether a descriptor of class c whose noun ends at
// token k after the window's name describes the name: any class but a
// band's does; a band's noun as bandNounAfter says.
func bandScoped(w *window, c string, k int) bool {
	return c != ClassMusicGroup || bandNounAfter(w, k)
}
