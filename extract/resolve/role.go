package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// trimRoleNouns takes out of a name a capitalised noun in the plural for
// a kind of person that the recognizer began it with ("Promoters Regular
// Vell booked the hall", "Rivals Harlow United won"): the noun says what
// the named are, and is no part of the name, when the document writes
// the name without it too ("Ann Lee of Regular Vell"). trimModifiers
// does it without that evidence where what is left is no common word. The
// noun must be a common word, not after a capitalised word or "of" (a
// name's inner word: "the King of Vell Fighters"), and the name go on in
// a capital and a small letter (not a numeral: "Vell Fighters XIV").
func (r *Resolver) trimRoleNouns(res *extract.Result) {
	if r.words == nil {
		return
	}
	casings, ok := r.aliases.(Casings)
	if !ok {
		return
	}
	named := map[string]bool{}
	for _, m := range res.Mentions {
		named[m.Text] = true
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization && m.Type != extract.Person && m.Type != extract.Location {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || b-a < 2 || !startsUpper(s.Tokens[a+1].Text) || allCaps(s.Tokens[a+1].Text) || a > 0 && (startsUpper(s.Tokens[a-1].Text) || s.Tokens[a-1].Text == "of") {
			continue
		}
		w := s.Tokens[a].Text
		l := strings.ToLower(w)
		lemma := r.words.Lemma(l, "NNS")
		if !startsUpper(w) || allCaps(w) || !letters(w) || lemma == l || !strings.HasSuffix(l, "s") || !commonWord(casings, w) || !r.personKind(lemma) {
			continue
		}
		start := s.Tokens[a+1].Start
		if !named[m.Text[start-m.Start:]] {
			continue
		}
		m.Text = m.Text[start-m.Start:]
		m.Start = start
	}
}

// personKind reports whether lemma is a noun for a kind of person by
// what they do or are to others: an occupation, an office, an associate,
// a rival, the people of a place.
func (r *Resolver) personKind(lemma string) bool {
	for _, c := range []lexicon.Class{lexicon.Occupation, lexicon.Office, lexicon.Associate, lexicon.Opposition, lexicon.Inhabitant, lexicon.PersonNoun} {
		if r.words.Is(lemma, c) {
			return true
		}
	}
	return false
}
