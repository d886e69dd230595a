package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinHyphenCountries joins to a country's name or code the capitalised
// hyphenated word in no mention right before it, each part of the word
// capitalised and no country's name or demonym ("Q-Pellam USA", "Acme-Vell
// UK"): a firm's name and the country it trades in, as firms name their
// national arms, one body's name, not the country (the hyphen-country
// construction). Names joined by a hyphen for a border or a pact
// ("Norland-Ostmark") hold a country's name or demonym, and are left, as
// is a headline's compound modifier before the country and a noun ("Acme
// Quits Low-End Norland PC Market"): no noun nor capitalised word may
// follow, and the headline is not read.
func (r *Resolver) joinHyphenCountries(res *extract.Result) {
	if r.aliases == nil {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Location || !r.country(m.Text) {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || a == 0 || inHeadline(res, *m) || b < len(s.Tokens) && (tokenize.StartsUpper(s.Tokens[b].Text) || b < len(s.POS) && strings.HasPrefix(s.POS[b], "NN")) {
			continue
		}
		prev := s.Tokens[a-1]
		if prev.End+1 != m.Start || !r.hyphenName(prev.Text) || anyMentionIn(res, prev.Start, prev.End) {
			continue
		}
		m.Start = prev.Start
		m.Text = res.Doc.Text[m.Start:m.End]
		m.Type, m.Class = extract.Organization, ""
	}
}

// hyphenName reports whether w is two or more parts a hyphen joins, each
// a capital and letters, none a country's name, a demonym or a place the
// gazetteer knows.
func (r *Resolver) hyphenName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !tokenize.StartsUpper(p) || !letters(p) || r.country(p) || r.demonym(p) || r.known != nil && r.known.KnownName(p, extract.Location) {
			return false
		}
	}
	return true
}

// inHeadline reports whether mention m lies in the document's headline.
func inHeadline(res *extract.Result, m extract.Mention) bool {
	h := res.Headline
	return h.Len() > 0 && m.Start >= h.Start && m.End <= h.End
}
