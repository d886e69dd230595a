package typing

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// peopleBodies makes a thing's name of the bodies of no class whose
// every mention is a country's demonym in the plural with no name after
// it ("several Norlanders", "three Norlanders were freed": the
// people-plural-body rule): a people, a nationality, is no organisation.
// On a page with sport's words "the Norlanders" may be the country's
// side, and is left alone.
func (t *Typer) peopleBodies(res *extract.Result, sport bool) {
	if t.co == nil {
		return
	}
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Type != extract.Organization || ent.Class != "" || len(ent.Mentions) == 0 {
			continue
		}
		all := true
		for _, mi := range ent.Mentions {
			if mi < 0 || mi >= len(res.Mentions) || !t.bodyPeoplePlural(res, res.Mentions[mi], sport) {
				all = false
				break
			}
		}
		if all {
			ent.Type = extract.Miscellaneous
			ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/people-plural-body", Words: ent.Name})
		}
	}
}

// bodyPeoplePlural reports whether mention m is a country's demonym in
// the plural that no name follows (lonePluralDemonym), and, on a page
// with sport's words (sport), that "the" does not open.
func (t *Typer) bodyPeoplePlural(res *extract.Result, m extract.Mention, sport bool) bool {
	if !t.lonePluralDemonym(res, m) {
		return false
	}
	lo, _ := res.Sentences[m.Sentence].TokenSpan(m.Start, m.End)
	return !sport || lo <= 0 || !strings.EqualFold(res.Sentences[m.Sentence].Tokens[lo-1].Text, "the")
}

// lonePluralDemonym reports whether mention m is a country's demonym in
// the plural (pluralDemonym) that no name follows: "Norlanders Ann Lee
// and Bo Ek" gives their nationality, as an adjective would. In the
// headline, where every word may be capitalised, only a mention opening
// after it is a name that follows ("Norlanders Sift Rubble" names the
// people); elsewhere a capitalised word does.
func (t *Typer) lonePluralDemonym(res *extract.Result, m extract.Mention) bool {
	if !t.pluralDemonym(m.Text) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi < lo {
		return false
	}
	if hi >= len(s.Tokens) {
		return true
	}
	if h := res.Headline; h.Len() > 0 && m.Start >= h.Start && m.End <= h.End {
		next := s.Tokens[hi].Start
		return !slices.ContainsFunc(res.Mentions, func(o extract.Mention) bool { return o.Start == next })
	}
	return !tokenize.StartsUpper(s.Tokens[hi].Text)
}

// pluralDemonym reports whether word is a country's demonym in the
// plural: a demonym the data lists ending in "s" but not "ss" ("Swiss"
// is an adjective too), or a demonym the data lists with an "s" added
// (the data holds "Norlandic" for some countries and not its plural).
func (t *Typer) pluralDemonym(word string) bool {
	w := strings.ToLower(word)
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return t.co.IsDemonym(word) || t.co.IsDemonym(word[:len(word)-1])
}
