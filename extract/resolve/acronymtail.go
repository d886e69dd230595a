package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
)

// trimAcronymPlurals cuts off a name's last word when it is an acronym in
// the plural after a place's adjective or a demonym ("Norlandic MPs"): a
// kind of people, an office's holders, whom the adjective describes; what
// is left is a miscellaneous word, which the adjectives' rules then read
// (the acronym-plural rule). A name the gazetteer lists whole is left
// alone, and so is one whose other words are no such adjective ("Tarvik
// MPs" may name a party's).
func (r *Resolver) trimAcronymPlurals(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType {
			continue
		}
		at := strings.LastIndexByte(m.Text, ' ')
		if at <= 0 || !pluralAcronym(m.Text[at+1:]) || r.listed(m.Text) {
			continue
		}
		rest := strings.TrimRight(m.Text[:at], " ")
		if r.words == nil || !r.placeAdjective(rest) {
			continue
		}
		m.Text = rest
		m.End = m.Start + len(rest)
		m.Type, m.Class = extract.Miscellaneous, ""
	}
}
