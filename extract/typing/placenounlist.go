package typing

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
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
	switch {
	case w.word(k) == "as" && w.word(k-1) == "such" && w.free(k) && w.free(k-1):
		k -= 2
	case (w.word(k) == "like" || w.word(k) == "including") && w.free(k):
		k--
	}
	if !w.free(k) || w.tag(k) != "NNS" || !lower(w.toks[k].Text) {
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
