package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
)

// extendNumeralNicknames takes into a place's or a body's name the
// nickname in digits right after it that the recognizer left out, a
// number and "ers" ("the Harlow 12ers"), a plural of people no number
// of units is: the two are one side's name, a body's (the
// numeral-nickname rule). A number of units ("Harlow 500 jobs", "in the
// 1990s") is no such word.
func extendNumeralNicknames(res *extract.Result) {
	text := res.Doc.Text
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Location && m.Type != extract.Organization || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		_, hi := s.TokenSpan(m.Start, m.End)
		if hi < 0 || hi >= len(s.Tokens) {
			continue
		}
		t := s.Tokens[hi]
		if t.Start != m.End+1 || text[m.End] != ' ' || !numeralNickname(t.Text) {
			continue
		}
		m.End = t.End
		m.Text = text[m.Start:m.End]
		m.Type, m.Class = extract.Organization, ""
	}
}

// numeralNickname reports whether w is digits and "ers" ("12ers").
func numeralNickname(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	return n > 0 && strings.EqualFold(w[n:], "ers")
}
