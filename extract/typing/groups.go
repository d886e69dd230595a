package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// peopleGroup makes a name the tagger read as a person's, a place's or
// a body's a miscellaneous one when it is a group of people: a noun for
// the people of a place or the members of a faith (the lexicon's
// Inhabitant and Believer classes) in the plural, perhaps after such
// nouns or demonyms in the singular ("Vellists", "Norlandic Vellists":
// the people-group construction). Not a name of one word in capitals, a
// name with a class already, one read as a side or on a sports page
// ("the Pellamites" may be a club), nor one the gazetteer lists as an
// organisation's. It reports whether it did.
func (t *Typer) peopleGroup(e *extract.Entity, ev *evidence) bool {
	if e.Type != extract.Person && e.Type != extract.Location && e.Type != extract.Organization || e.Class != "" ||
		ev.team > 0 || ev.sportsPage || !t.groupWords(e.Name) || t.gazetteerBody(e.Name) {
		return false
	}
	e.Type = extract.Miscellaneous
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/people-group", Words: e.Name})
	return true
}

// gazetteerBody reports whether the gazetteer lists name as an
// organisation's (a club called after a people).
func (t *Typer) gazetteerBody(name string) bool {
	return t.g != nil && t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatOrg != 0
}

// groupWords reports whether name's words are capitalised people's
// nouns (Inhabitant, Believer), its last in the plural and the others in
// the singular or demonyms, none a word news writes in lower case more
// often than not, and the last one news capitalises (properNoun).
func (t *Typer) groupWords(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	for i, w := range words {
		if !tokenize.StartsUpper(w) || strings.ToUpper(w) == w || t.oftenLowerWord(w) {
			return false
		}
		l := strings.ToLower(w)
		if i == len(words)-1 {
			lemma := t.lex.Lemma(l, "NNS")
			if lemma == l || !t.peopleNoun(lemma) || len(lemma) > len(w) || !t.properNoun(w[:len(lemma)]) {
				return false
			}
			continue
		}
		if !t.peopleNoun(l) && !t.demonym(w) {
			return false
		}
	}
	return true
}

// properNoun reports whether word, a noun, is one news capitalises: more
// often than not inside a sentence, or, a word it uses too rarely to
// count, one WordNet has as an adjective too ("Vellist" and "a Vellist
// temple"; not "monk").
func (t *Typer) properNoun(word string) bool {
	if t.g != nil {
		if lo, hi, ok := t.g.Casing(word); ok {
			return lo < hi
		}
	}
	return t.lex.Known(strings.ToLower(word), lexicon.Adjective)
}

// peopleNoun reports whether lemma is a noun for the people of a place
// or the members of a faith.
func (t *Typer) peopleNoun(lemma string) bool {
	return t.lex.Is(lemma, lexicon.Inhabitant) || t.lex.Is(lemma, lexicon.Believer)
}

// oftenLowerWord reports whether news writes word in lower case more
// often than capitalised inside a sentence (a word it uses five times or
// more).
func (t *Typer) oftenLowerWord(w string) bool {
	if t.g == nil {
		return false
	}
	lo, hi, ok := t.g.Casing(w)
	return ok && lo >= hi
}
