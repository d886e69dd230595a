package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// extendEditionYears takes into a contest's or a festival's name the
// year the recognizer left out between "the" and it: "at the 1974 World
// Cup", "the 2004 Olympics", "The 2003 Harlow Open". The year tells one
// edition of a recurring event from another and is part of its name, as
// the recognizer reads it elsewhere ("the 1988 Norland Championship").
// The name's last word is WordNet's for a contest or a festival (the
// lexicon's event-name class, "Cup", "Open", "Festival", or its
// event-sport class, "Olympics"); it is no person's or place's; the
// year is a word of its own that no name covers, and the date the
// temporal tagger read in it alone gives way (the edition-year rule).
// The headline is left alone.
func (r *Resolver) extendEditionYears(res *extract.Result) {
	if r.words == nil {
		return
	}
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.Person || m.Type == extract.Location || res.Headline.End > 0 && m.Start < res.Headline.End || !r.contestName(m.Text) {
			continue
		}
		s, lo, _, ok := mentionTokens(res, *m)
		if !ok || lo < 2 || !yearWord(s.Tokens[lo-1].Text) || !strings.EqualFold(s.Tokens[lo-2].Text, "the") {
			continue
		}
		y := s.Tokens[lo-1]
		if y.End+1 != m.Start {
			continue
		}
		d, ok := yearOnly(res, y.Start, y.End)
		if !ok {
			continue
		}
		if d >= 0 {
			drop[d] = true
		}
		m.Start = y.Start
		m.Text = res.Doc.Text[m.Start:m.End]
	}
	dropMentions(res, drop)
}

// contestName reports whether name ends in a capitalised word of the
// lexicon's event-name class, or of its event-sport class ("World Cup",
// "Harlow Open", "Olympics").
func (r *Resolver) contestName(name string) bool {
	return contestWord(r.words, lastField(name))
}

// contestWord reports whether w is a capitalised word of the lexicon's
// event-name or event-sport class ("Cup", "Games", "Olympics").
func contestWord(lex *lexicon.Lexicon, w string) bool {
	if lex == nil || !tokenize.StartsUpper(w) || allCaps(w) {
		return false
	}
	l := strings.ToLower(w)
	return lex.Is(l, lexicon.EventName) || lex.Is(lex.Lemma(l, "NNS"), lexicon.EventName) || lex.Is(l, lexicon.EventSport)
}

// yearOnly returns the mention that spans the bytes [start, end) exactly,
// a date's, or -1 when none overlaps them; ok is false when an entity's
// mention or a longer one overlaps them.
func yearOnly(res *extract.Result, start, end int) (int, bool) {
	found := -1
	for i, m := range res.Mentions {
		if m.End <= start || m.Start >= end {
			continue
		}
		if m.Start != start || m.End != end || isEntityType(m.Type) {
			return -1, false
		}
		found = i
	}
	return found, true
}
