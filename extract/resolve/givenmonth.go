package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/temporal"
	"github.com/kg-project/kg/extract/tokenize"
)

// addGivenMonths adds a person's name of a capitalised word and a month's
// name after it that the recognizer left out, reading the month as a
// date: "Bo June said", "Ann May, a union organiser, said ..." (the
// given-month construction). The first word is in letters, in no
// mention, and names no month; the month's name is in title case, one
// space after it, in no mention. The name is taken when the first word
// begins people's names (the list of given names) and a comma, a
// possessive or a finite verb follows the month, so no number or year
// does as in a date ("Ann May 5" is no one's name); or when the first
// word is one news seldom writes in lower case and a verb of saying
// follows, or a comma and, within four words, a noun for an office or a
// kind of person ("Tova May, a union organiser, said").
func (r *Resolver) addGivenMonths(res *extract.Result) {
	if r.words == nil {
		return
	}
	firstNames, _ := r.aliases.(FirstNames)
	casings, _ := r.aliases.(Casings)
	var add []extract.Mention
	for si := range res.Sentences {
		s := &res.Sentences[si]
		for j := 0; j+2 < len(s.Tokens); j++ {
			g, mo := s.Tokens[j], s.Tokens[j+1]
			if g.End+1 != mo.Start || !capitalisedWord(mo.Text) || !capitalisedWord(g.Text) || !temporal.MonthName(mo.Text) ||
				temporal.MonthName(g.Text) || inAnyMention(res, g.Start) || inAnyMention(res, mo.Start) {
				continue
			}
			given := firstNames != nil && firstNames.FirstName(g.Text) && nameEndsBefore(s, j+2)
			rare := casings != nil && !commonWord(casings, g.Text) && r.personFollows(s, j+2)
			if given || rare {
				add = append(add, extract.Mention{Text: res.Doc.Text[g.Start:mo.End], Start: g.Start, End: mo.End, Type: extract.Person, Sentence: si, Entity: -1})
			}
		}
	}
	res.Mentions = append(res.Mentions, add...)
}

// capitalisedWord reports whether w is a word in letters that begins with
// a capital and is not all capitals.
func capitalisedWord(w string) bool {
	return tokenize.StartsUpper(w) && !allCaps(w) && letters(w)
}

// nameEndsBefore reports whether token k of s ends the name before it: a
// comma, a possessive or a finite verb (see addGivenMonths).
func nameEndsBefore(s *extract.Sentence, k int) bool {
	if w := s.Tokens[k].Text; w == "," || possessiveMark(w) {
		return true
	}
	return k < len(s.POS) && finiteVerbTag(s.POS[k])
}

// finiteVerbTag reports whether tag is a finite verb's or a modal's.
func finiteVerbTag(tag string) bool {
	switch tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// personFollows reports whether token k of s, after a name, is a finite
// verb of saying, or a comma with a noun for an office or a kind of
// person among the four words after it, before any punctuation but a
// possessive
// (see addGivenMonths).
func (r *Resolver) personFollows(s *extract.Sentence, k int) bool {
	if k < len(s.POS) && k < len(s.Lemma) && finiteVerbTag(s.POS[k]) {
		return r.words.Is(s.Lemma[k], lexicon.Speech)
	}
	if s.Tokens[k].Text != "," {
		return false
	}
	for i := k + 1; i < len(s.Tokens) && i <= k+4; i++ {
		w := s.Tokens[i].Text
		if possessiveMark(w) {
			continue
		}
		if !letters(w) {
			return false
		}
		if l := strings.ToLower(w); l == w && (r.officeWord(l) || r.personNoun(l)) {
			return true
		}
	}
	return false
}
