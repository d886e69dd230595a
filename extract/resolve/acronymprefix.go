package resolve

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinAcronymPrefixes takes into a body's name the word in capitals
// right before it that the recognizer left in no name ("blocked VL
// Tarvikcom's bid" names VL Tarvikcom): initials that open a firm's name
// are its own (the acronym-prefix rule). The word is two to five
// capitals, a space before the name, not opening its sentence, and no
// place's name, no acronym news pluralises as a common noun, and no word
// of an office or a title ("CEO Tarvikcom"); the name is a body's.
func (r *Resolver) joinAcronymPrefixes(res *extract.Result) {
	if r.words == nil {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization {
			continue
		}
		s, a, _, ok := mentionTokens(res, *m)
		if !ok || a < 2 {
			continue
		}
		t := s.Tokens[a-1]
		if t.End+1 != m.Start || len(t.Text) < 2 || len(t.Text) > 5 || !allCaps(t.Text) || !letters(t.Text) || inAnyMention(res, t.Start) {
			continue
		}
		if r.placeName(t.Text) || r.officeWord(t.Text) || r.commonAcronym(extract.Mention{Text: t.Text, Type: extract.Organization}) || tokenize.StartsUpper(s.Tokens[a-2].Text) {
			continue
		}
		m.Start = t.Start
		m.Text = res.Doc.Text[m.Start:m.End]
	}
}
