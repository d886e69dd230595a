package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// placeNounList reads a name in a list of two names or more right after
// a plural noun in lower case for a kind of place, perhaps past "such
// as", "like" or "including": "the islands Tarvik, Vell Terre and
// Pellam", "towns such as Harlow and Vornsby". Each name is a place of
// that kind (the lexicon's City: a City; Country: a Country; Region: an
// AdministrativeArea; a settlement's or a natural feature's word: a
// Place), as "the island of X" places one name (the place-noun-list
// rule). A noun that is a body's word too ("states", "nations") is left
// out, as is a name the gazetteer knows as a body's.
func placeNounList(w *window, ev *evidence) {
	m, ok := w.wholeUnknownName()
	if !ok || m.Type == extract.Location || knownBody(w.g, m.Text) {
		return
	}
	k, ok := listOfNames(w)
	if !ok {
		return
	}
	k, _ = introWords(w, k, true)
	if !w.free(k) || w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) {
		return
	}
	if c := kindOfPlace(w.lex, w.lemma(k)); c != "" {
		ev.vote(c, wDescrPair, "place-noun-list", w.word(k))
	}
}

// kindOfPlace returns the class of place noun l names (placeNounList),
// or "" for a word that is no place's or a body's word as well.
func kindOfPlace(lex *lexicon.Lexicon, l string) string {
	c := lex.Classes(l)
	if c.Has(lexicon.Organization) || c.Has(lexicon.Government) || c.Has(lexicon.OrgGeneric) || c.Has(lexicon.Team) {
		return ""
	}
	switch {
	case c.Has(lexicon.City):
		return ClassCity
	case c.Has(lexicon.Country):
		return ClassCountry
	case c.Has(lexicon.Region):
		return ClassAdminArea
	case c.Has(lexicon.Settlement) || c.Has(lexicon.NaturalFeature):
		return ClassPlace
	}
	return ""
}

// placeNounTail reads a name ending a list, or alone, that "and" or "or"
// and a plural noun in lower case for a kind of place follow, after
// "other" or a part's "of the" ("Vornsby, Pellam and other towns",
// "Tarvik and a few of the remote islands"), past determiners,
// adjectives, adverbs and the lexicon's quantifiers ("few", "many",
// "several"): each name is a place of
// that kind, as after the noun (the place-noun-tail rule). Without
// "other" or "of the" the noun may name other places ("Vornsby and the
// islands").
func placeNounTail(w *window, ev *evidence) {
	m, ok := w.wholeUnknownName()
	if !ok || m.Type == extract.Location || knownBody(w.g, m.Text) || !endsPhrase(w) {
		return
	}
	k, ok := listCoordinator(w)
	if !ok {
		return
	}
	// Determiners, adjectives, adverbs, quantifiers and a part's "of the"
	// outside mentions, up to six words, "other" or "of the" among them.
	other := false
	j, ok := tailNoun(w, k+1, k+7, func(j int) bool {
		x, t := w.word(j), w.tag(j)
		switch {
		case !w.free(j):
			return false
		case x == "other" || x == "of" && w.word(j+1) == "the":
			other = true
		case t == "DT" || strings.HasPrefix(t, "JJ") || t == "RB" || x == "of" || w.lex.Is(x, lexicon.Quantifier):
		default:
			return false
		}
		return true
	})
	if !ok || !other {
		return
	}
	if c := kindOfPlace(w.lex, w.lemma(j)); c != "" {
		ev.vote(c, wDescrPair, "place-noun-tail", w.word(j))
	}
}

// listCoordinator returns the token of "and" or "or", outside mentions,
// after the name or after the list of names (commas between them) that
// it ends: the walk goodsTail and placeNounTail share.
func listCoordinator(w *window) (int, bool) {
	k := w.hi
	for n := 0; n < listReach && w.word(k) == "," && k+1 < len(w.toks) && w.at[k+1] >= 0; n++ {
		k = mentionEnd(w, k+1) + 1
	}
	if x := w.word(k); x != "and" && x != "or" || !w.free(k) {
		return -1, false
	}
	return k, true
}

// tailNoun returns the plural noun in lower case outside mentions that
// ends the phrase (no noun after it) from token from on, before token
// to, past the tokens modifier takes: goodsTail and placeNounTail differ
// in what they let stand before the noun and how far.
func tailNoun(w *window, from, to int, modifier func(j int) bool) (int, bool) {
	for j := from; j < len(w.toks) && j < to; j++ {
		if w.tag(j) == "NNS" && w.free(j) && tokenize.StartsLower(w.toks[j].Text) {
			return j, !strings.HasPrefix(w.tag(j+1), "NN")
		}
		if !modifier(j) {
			return -1, false
		}
	}
	return -1, false
}
