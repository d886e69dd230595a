package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// acronymAndMax is the most words joinAcronymAnd takes in before "and".
const acronymAndMax = 5

// joinAcronymAnd extends a name that the acronym in brackets right after
// it covers only in part over the capitalised words and "and" (or "&")
// before it that give the acronym's first initials: "Tarvik and Norland
// Gas Corp (TNGC)" is one company's name, which the recognizer cut at
// "and" ("Norland Gas Corp") or ran as two names ("Tarvik Services
// Employment" and "Vell Rights Act (TSEVRA)"). A name the acronym's
// initials already give ("Tarvik and Norland Gas Corp (NGC)") is left
// alone, and so are words a comma parts from it (the acronym-and
// construction). The name takes in the mentions inside the words it
// covers; one that runs past their start stops it.
func joinAcronymAnd(res *extract.Result) {
	order := mentionsInOrder(res, nil)
	drop := map[int]bool{}
	for k, j := range order {
		b := res.Mentions[j]
		if drop[j] || !isEntityType(b.Type) || b.Type == extract.Person || b.Type == extract.EventType {
			continue
		}
		acr, ok := acronymAfter(res.Doc.Text, b.End)
		if !ok {
			continue
		}
		s, lo, hi, ok := mentionTokens(res, b)
		if !ok || lo < 2 {
			continue
		}
		own := initialsOf(tokenWords(s, lo, hi))
		if own == acr || !strings.HasSuffix(acr, own) || len(own) == 0 {
			continue
		}
		if c := s.Tokens[lo-1].Text; c != "and" && c != "&" || s.Tokens[lo-1].Start != b.Start-len(c)-1 {
			continue
		}
		start := andInitials(s, lo-1, acr[:len(acr)-len(own)])
		if start < 0 {
			continue
		}
		from := s.Tokens[start].Start
		// The mentions inside the words taken in join; one that runs
		// into them from before stops the join.
		var inside []int
		blocked := false
		for _, i := range order[:k] {
			a := res.Mentions[i]
			if a.End <= from || a.Sentence != b.Sentence {
				continue
			}
			if a.Start < from {
				blocked = true
				break
			}
			inside = append(inside, i)
		}
		if blocked {
			continue
		}
		for _, i := range inside {
			drop[i] = true
		}
		m := &res.Mentions[j]
		m.Start = from
		m.Text = res.Doc.Text[m.Start:m.End]
	}
	dropMentions(res, drop)
}

// andInitials returns the index of the first of the words before the
// conjunction at token c of s whose initials are want: capitalised words
// and function words other than "and", the first capitalised, no more
// than acronymAndMax; -1 when there are none.
func andInitials(s *extract.Sentence, c int, want string) int {
	for start := c - 1; start >= 0 && start >= c-acronymAndMax; start-- {
		w := s.Tokens[start].Text
		if w == "and" || w == "&" || !tokenize.StartsUpper(w) && !isFunctionWord(w) {
			return -1
		}
		if tokenize.StartsUpper(w) && initialsOf(tokenWords(s, start, c)) == want {
			return start
		}
	}
	return -1
}

// tokenWords returns the texts of tokens [lo, hi) of s.
func tokenWords(s *extract.Sentence, lo, hi int) []string {
	words := make([]string, 0, hi-lo)
	for _, t := range s.Tokens[lo:hi] {
		words = append(words, t.Text)
	}
	return words
}

// acronymAfter returns the letters of the acronym in brackets right after
// offset end of text (" (TNGC)"), when there is one.
func acronymAfter(text string, end int) (string, bool) {
	rest, ok := strings.CutPrefix(text[end:], " (")
	if !ok {
		return "", false
	}
	k := strings.IndexByte(rest, ')')
	if k <= 0 {
		return "", false
	}
	w := rest[:k]
	if strings.ToUpper(w) != w && !strings.Contains(w, "&") {
		return "", false
	}
	return acronym(w)
}
