package typing

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
)

// authorCite reads a name cited as an author's in a reference in
// brackets, right after the opening bracket or a semicolon that parts
// two references (perhaps past "see" or "cf."), and before the year of the work, perhaps after a
// comma or in square brackets, or before "et al.": "(Vellström 2003,
// 41)", "(Tarvik, 2016; Lee, 2015)", "(Vell [1979] 2004)", "(Ek et
// al., 2017)". Scholarly writing cites its sources so, by their
// authors' surnames: the name is a person's (the author-cite rule).
func authorCite(w *window, ev *evidence) {
	b := w.lo - 1
	if x := w.word(b); x == "see" || x == "cf." || x == "cf" {
		b-- // "(see X et al., 2017)"
	}
	if b < 0 || w.at[b] >= 0 || w.at[w.lo-1] >= 0 {
		return
	}
	switch w.word(b) {
	case "(", ";":
	default:
		return
	}
	k := w.hi
	if x := w.word(k); x == "," || x == "[" {
		k++
	}
	if k >= len(w.toks) || w.at[k] >= 0 && w.res.Mentions[w.at[k]].Type != extract.Date {
		return
	}
	if !(citedYear(w.toks[k].Text) && refEnd(w.word(k+1))) && !(w.word(k) == "et" && strings.HasPrefix(w.word(k+1), "al")) {
		return
	}
	ev.cited++
	ev.reasons = append(ev.reasons, reason{extract.Person, "author-cite", w.toks[k].Text})
}

// refEnd reports whether x, the word after a reference's year, ends
// the year: a closing bracket, or a comma, a semicolon or a colon before
// a page or the next reference ("2015)", "1998, 253", "2015;"), not a
// noun ("2015 figures").
func refEnd(x string) bool {
	switch x {
	case ")", "]", ",", ";", ":":
		return true
	}
	return false
}

// citedYear reports whether text is a year a reference gives: four
// digits from 1500 to 2099, perhaps with a letter that parts two works
// of one year ("2016a").
func citedYear(text string) bool {
	y := strings.TrimRightFunc(text, unicode.IsLower)
	if len(y) != 4 || len(text)-len(y) > 1 {
		return false
	}
	for _, r := range y {
		if r < '0' || r > '9' {
			return false
		}
	}
	return y >= "1500" && y < "2100"
}
