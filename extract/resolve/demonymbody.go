package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinDemonymBodies takes into a demonym's or a place's adjective's
// mention (placeAdjective, or an adjective WordNet says pertains to a
// noun: "Norlandic") the capitalised word
// for a kind of business or body right after it that the recognizer left
// out, and makes the two one organisation's name: in "the failure of
// Norlandic Partnerships and Acme" the capital says the noun is a name's
// word, and "Norlandic" alone is no name there (the demonym-body rule).
// The word is in letters, a space after the demonym, in no mention, and
// its singular is a noun of a company or a generic body (the lexicon's
// Corporation and OrgGeneric classes; not a government's word, which news
// capitalises after a demonym as a common noun: "the Norlandic
// Government"); no capitalised word follows it, and the demonym does not
// open its sentence.
func (r *Resolver) joinDemonymBodies(res *extract.Result) {
	if r.words == nil {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Miscellaneous && m.Type != extract.Organization || strings.Contains(m.Text, " ") || !r.placeAdjective(m.Text) && len(r.words.Pertains(strings.ToLower(m.Text))) == 0 {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || a == 0 || b >= len(s.Tokens) {
			continue
		}
		t := s.Tokens[b]
		if t.Start != m.End+1 || !tokenize.StartsUpper(t.Text) || allCaps(t.Text) || !letters(t.Text) || inAnyMention(res, t.Start) || !r.businessWord(t.Text) {
			continue
		}
		if b+1 < len(s.Tokens) && tokenize.StartsUpper(s.Tokens[b+1].Text) {
			continue
		}
		m.End = t.End
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type, m.Class = extract.Organization, ""
	}
}

// businessWord reports whether w, or its singular, is a noun of a company
// or a generic body (see joinDemonymBodies).
func (r *Resolver) businessWord(w string) bool {
	l := strings.ToLower(w)
	for _, x := range []string{l, r.words.Lemma(l, "NNS")} {
		if x != "" && (r.words.Is(x, lexicon.Corporation) || r.words.Is(x, lexicon.OrgGeneric)) {
			return true
		}
	}
	return false
}
