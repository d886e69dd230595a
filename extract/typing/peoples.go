package typing

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/resolve"
)

// peopleOnly drops the countries that the document names only by their
// people in the plural ("Norlanders voted in huge numbers", "three
// Norlanders were freed"), neither by the country's name nor by an
// adjective, and that no construction read as a side (people-demonym): a
// people is no place. Their mentions join no entity, keep the country's
// name as their Value (resolve.MethodPeopleDemonym), and the other
// entities are renumbered.
func (t *Typer) peopleOnly(res *extract.Result) {
	if t.co == nil {
		return
	}
	drop := make([]bool, len(res.Entities))
	dropped := false
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Type != extract.Location || ent.Class != ClassCountry || len(ent.Mentions) == 0 ||
			slices.ContainsFunc(ent.Mentions, func(mi int) bool { return !t.peoplePlural(res, res.Mentions[mi]) }) {
			continue
		}
		drop[e], dropped = true, true
	}
	if !dropped {
		return
	}
	index := make([]int, len(res.Entities))
	var kept []extract.Entity
	for e, ent := range res.Entities {
		index[e] = -1
		if !drop[e] {
			index[e] = len(kept)
			kept = append(kept, ent)
		}
	}
	for mi := range res.Mentions {
		m := &res.Mentions[mi]
		if m.Entity < 0 || m.Entity >= len(index) {
			continue
		}
		if drop[m.Entity] {
			m.Value, m.Method = res.Entities[m.Entity].Name, resolve.MethodPeopleDemonym
		}
		m.Entity = index[m.Entity]
	}
	res.Entities = kept
}

// peoplePlural reports whether mention m is a country's demonym in the
// plural ("Norlanders"; not a word in -ss, "Swiss", which is an adjective
// too) that no name follows: "Norlanders Ann Lee and Bo Ek" gives their
// nationality, as an adjective would. In the headline, where every word
// may be capitalised, only a mention opening after it is a name that
// follows ("Norlanders Sift Rubble" names the people).
func (t *Typer) peoplePlural(res *extract.Result, m extract.Mention) bool {
	w := strings.ToLower(m.Text)
	if m.Method != resolve.MethodAlias && m.Method != resolve.MethodAdjective || !t.co.IsDemonym(m.Text) ||
		!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	_, hi := s.TokenSpan(m.Start, m.End)
	if hi < 0 || hi >= len(s.Tokens) {
		return true
	}
	if h := res.Headline; h.Len() > 0 && m.Start >= h.Start && m.End <= h.End {
		next := s.Tokens[hi].Start
		return !slices.ContainsFunc(res.Mentions, func(o extract.Mention) bool { return o.Start == next })
	}
	return !upper(s.Tokens[hi].Text)
}
