package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// titledOwners cuts a name the recognizer ran over a possessive and one
// common word back to the owner, a person's name, when a capitalised
// office's title stands right before it: in "Prime Minister Vell's
// Cabinet met" the title names Vell, a person, and the cabinet is Vell's,
// no name of its own (the titled-owner construction). The owner is one
// to three capitalised words; the word after the "'s" is one news
// writes in lower case at least half as often, or a noun WordNet has in
// lower case ("Cabinet": the body is told by the owner's name).
func (r *Resolver) titledOwners(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || a == 0 || b-a < 3 || b-a > 5 || !possessiveMark(s.Tokens[b-2].Text) || s.Tokens[b-2].Start != s.Tokens[b-3].End {
			continue
		}
		title := s.Tokens[a-1].Text
		owner := res.Doc.Text[m.Start:s.Tokens[b-3].End]
		if !tokenize.StartsUpper(title) || !r.officeWord(title) || !nameWords(owner) || !r.commonNoun(casings, s.Tokens[b-1].Text) {
			continue
		}
		m.End = s.Tokens[b-3].End
		m.Text = owner
		m.Type, m.Class = extract.Person, ""
	}
}

// commonNoun reports whether w is a word news writes in lower case at
// least half as often, or a noun WordNet has in lower case.
func (r *Resolver) commonNoun(casings Casings, w string) bool {
	return commonWord(casings, w) || letters(w) && r.words.Known(strings.ToLower(w), lexicon.Noun)
}
