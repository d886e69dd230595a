package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// trimQuantifiers narrows a name that the recognizer began with the
// determiner opening its sentence or a quotation, when the rest of the
// name modifies a plural noun in lower case right after it: "All Norland
// companies should take note" quantifies companies of Norland, and names
// Norland, not "All Norland". The first word is tagged a determiner
// ("All", "Some", "Most", "Both", "No"); the rest is capitalised words
// and the gazetteer does not list the whole ("All Saints" before a verb
// is left whole too, as no plural follows). A country's name left is a
// place's, whatever the recognizer read the whole as. A title (a
// miscellaneous name) is left alone (the quantified-opener rule).
func (r *Resolver) trimQuantifiers(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Miscellaneous || m.Type == extract.EventType || r.listed(m.Text) {
			continue
		}
		s, a, b, ok := mentionTokens(res, *m)
		if !ok || b-a < 2 || b >= len(s.Tokens) || len(s.POS) != len(s.Tokens) || !sentenceOpening(s.Tokens, a) && !(a > 0 && openingQuote(s.Tokens[a-1].Text)) {
			continue
		}
		if tag := s.POS[a]; tag != "DT" && tag != "PDT" || !tokenize.StartsUpper(s.Tokens[a].Text) {
			continue
		}
		rest := res.Doc.Text[s.Tokens[a+1].Start:m.End]
		if !nameWords(rest) || s.POS[b] != "NNS" || !tokenize.StartsLower(s.Tokens[b].Text) || strings.HasSuffix(rest, "'s") {
			continue
		}
		m.Start = s.Tokens[a+1].Start
		m.Text = rest
		if r.country(rest) {
			m.Type, m.Class = extract.Location, ""
		}
	}
}
