package typing

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// affiliationBefore reads a one-word mention right before a title of
// office and a person's name of two words or more: "Green MEP Ann Lee",
// "Tory MP Bo Ek". The word says the holder's side or party, as "Harlow
// MP Ann Lee" says the seat; it is no person of its own
// (evidence.affiliation).
func affiliationBefore(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	k := w.hi
	if m.Type != extract.Person || w.hi-w.lo != 1 || strings.Contains(m.Text, " ") || !w.free(k) || k+1 >= len(w.at) || w.at[k+1] < 0 {
		return
	}
	if !officeTitle(w.lex, w.toks[k].Text) {
		return
	}
	next := w.res.Mentions[w.at[k+1]]
	if next.Type != extract.Person || !strings.Contains(next.Text, " ") {
		return
	}
	ev.affiliation++
}

// officeTitle reports whether word is a title of office a person's name
// may follow, written as one: an office WordNet has for a person, or an
// abbreviated title ("MP", "MEP", "Sen.").
func officeTitle(lex *lexicon.Lexicon, word string) bool {
	l := strings.ToLower(word)
	if lex.Is(l, lexicon.TitleAbbreviation) {
		return true
	}
	return personOffice(lex.Classes(lex.Lemma(l, "NN")))
}

// affiliationName makes a miscellaneous name of a one-word name the
// tagger read as a person's whose every mention stands right before a
// title and a person's name (affiliationBefore), when the word is an
// adjective WordNet has and nothing else reads a person: no honorific,
// title before it, verb of saying or life's event ("Green MEP Ann Lee":
// the party's word, the party-adjective rule). It reports whether it
// did.
func (t *Typer) affiliationName(e *extract.Entity, ev *evidence) bool {
	if e.Type != extract.Person || ev.affiliation == 0 || ev.affiliation < len(e.Mentions) || strings.Contains(e.Name, " ") || !tokenize.StartsUpper(e.Name) ||
		ev.personWord || ev.titleFirst || ev.speaker > 0 || ev.lives > 0 || !t.lex.Known(strings.ToLower(e.Name), lexicon.Adjective) {
		return false
	}
	e.Type, e.Class = extract.Miscellaneous, ""
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/party-adjective", Words: e.Name})
	return true
}
