package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinElisions extends a name that ends in a word whose final "g" an
// apostrophe stands for ("Rovin' Harbour", "Sailin' Crew") over the
// capitalised words after it, which the recognizer leaves out: the
// apostrophe reads to it as a possessive that ends the name. Mentions
// inside the words taken are dropped.
func joinElisions(res *extract.Result) {
	var drop map[int]bool
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		j := 0
		for j < len(toks) && toks[j].End < m.End {
			j++
		}
		// Token j ends the mention; j+1 is the apostrophe, written
		// against it, and j+2 on begins the words taken, which may
		// hold another such word ("Rovin' Sailin' Crew").
		if j >= len(toks) || toks[j].End != m.End {
			continue
		}
		k := j
		for elisionAt(toks, k) {
			n := k + 2
			for n < len(toks) && titleWord(toks[n].Text) {
				n++
			}
			if n == k+2 {
				break
			}
			k = n - 1
		}
		if k == j {
			continue
		}
		k++
		if drop == nil {
			drop = map[int]bool{}
		}
		extendOver(res, i, toks[k-1].End, drop)
	}
	dropMentions(res, drop)
}

// elisionAt reports whether token k is a word with its final "g"
// dropped, the apostrophe written against it, and a word after a space.
func elisionAt(toks []tokenize.Token, k int) bool {
	if k+2 >= len(toks) || !elided(toks[k].Text) {
		return false
	}
	q := toks[k+1].Text
	return (q == "'" || q == "’") && toks[k+1].Start == toks[k].End && toks[k+2].Start > toks[k+1].End
}

// elided reports whether w is a capitalised word of four letters or more
// ending in "in", which an apostrophe after it makes a word ending in
// "ing" with its "g" dropped ("Rovin'").
func elided(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "in") && tokenize.StartsUpper(w)
}

// joinSaints extends a saint's name that the recognizer ended at its
// possessive ("St Pellam" of "St Pellam's Chapel") over the possessive and
// the capitalised words after it: a saint's name in the possessive names
// a church, a school, a street or a square after the saint, which the
// words after it name with it. Mentions inside the words taken are
// dropped. With no noun after it ("hurt at St Pellam's."), the
// possessive itself names the place, and the name takes it.
func joinSaints(res *extract.Result) {
	var drop map[int]bool
	for i := range res.Mentions {
		m := &res.Mentions[i]
		first, _, ok := strings.Cut(m.Text, " ")
		if !ok || !saintTitle(first) || !isEntityType(m.Type) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		j := 0
		for j < len(toks) && toks[j].End < m.End {
			j++
		}
		// Token j ends the mention, j+1 is the possessive written
		// against it, and j+2 on are the words taken.
		if j+2 >= len(toks) || toks[j].End != m.End {
			continue
		}
		if p := toks[j+1].Text; p != "'s" && p != "’s" || toks[j+1].Start != toks[j].End {
			continue
		}
		k := j + 2
		for k < len(toks) && titleWord(toks[k].Text) && !calendarWord(toks[k].Text) {
			k++
		}
		if k == j+2 {
			// "at St Pellam's." and "St Pellam's on Monday": with no
			// noun after it, the possessive names the place itself
			// (the church, the school or the ground), the name with it.
			if s := res.Sentences[m.Sentence]; len(s.POS) == len(toks) && placeAfter(s.POS, toks, j+2) {
				m.End = toks[j+1].End
				m.Text = res.Doc.Text[m.Start:m.End]
			}
			continue
		}
		if drop == nil {
			drop = map[int]bool{}
		}
		extendOver(res, i, toks[k-1].End, drop)
	}
	dropMentions(res, drop)
}

// placeAfter reports whether token k, after a saint's possessive, begins
// no noun the possessive is of: there is none, or it is punctuation, a
// preposition or a conjunction.
func placeAfter(pos []string, toks []tokenize.Token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch pos[k] {
	case "IN", "CC", "TO", ".", ",", ":":
		return !tokenize.StartsUpper(toks[k].Text)
	}
	return false
}

// extendOver runs mention i on to text offset end over the mentions of
// its sentence that start in the words it takes, which it adds to drop;
// when one of them runs on past end (a name that goes on past the
// words), it changes nothing and reports false.
func extendOver(res *extract.Result, i, end int, drop map[int]bool) bool {
	m := &res.Mentions[i]
	var inside []int
	for o := range res.Mentions {
		if o != i && res.Mentions[o].Sentence == m.Sentence && res.Mentions[o].Start >= m.End && res.Mentions[o].Start < end {
			if res.Mentions[o].End > end {
				return false
			}
			inside = append(inside, o)
		}
	}
	for _, o := range inside {
		drop[o] = true
	}
	m.End = end
	m.Text = res.Doc.Text[m.Start:end]
	return true
}

// dropMentions removes the mentions drop holds, by index, keeping the
// order of the others.
func dropMentions(res *extract.Result, drop map[int]bool) {
	if len(drop) == 0 {
		return
	}
	kept := res.Mentions[:0]
	for i, m := range res.Mentions {
		if !drop[i] {
			kept = append(kept, m)
		}
	}
	res.Mentions = kept
}
