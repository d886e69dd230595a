package typing

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// ownNation reads a capitalised noun for a country, alone, after "our" or
// "this" ("our Nation", "this Republic"): the speaker's own country, a
// place, as a speech names it, not the newspaper or the body such a word
// names after "the" ("the Nation reported"). Not a word for a body or a
// government as well ("this Union", "our Empire"), nor one before a noun
// ("this Nation reporter") (own-nation).
func ownNation(w *window, ev *evidence) {
	if w.hi != w.lo+1 || w.word(w.lo-1) != "our" && w.word(w.lo-1) != "this" {
		return
	}
	x := w.toks[w.lo].Text
	if !tokenize.StartsUpper(x) || strings.ToUpper(x) == x {
		return
	}
	c := w.lex.Classes(w.lex.Lemma(strings.ToLower(x), "NN"))
	if !c.Has(lexicon.Country) || c.Has(lexicon.Organization) || c.Has(lexicon.Government) {
		return
	}
	if t := w.tag(w.hi); strings.HasPrefix(t, "NN") {
		return
	}
	ev.vote(ClassPlace, wDescrPair, "own-nation", w.word(w.lo-1)+" "+x)
}
