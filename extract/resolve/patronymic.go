package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// patronymicWords are the Arabic words for "son of" and "daughter of"
// that news writes in lower case inside a person's name ("Ann bin
// Tarvik"): a closed list of function words of names, not of names.
var patronymicWords = map[string]bool{"bin": true, "ibn": true, "bint": true}

// joinPatronymics takes the given name and the "bin" (or "ibn", "bint")
// before it into a name the recognizer cut at that word in lower case:
// "Ann bin Tarvik's chauffeur", where it read "Tarvik" alone, names Ann
// bin Tarvik, and "Sheikh Bo bin Vell Al-Harlow" names Bo bin Vell
// Al-Harlow (the honorific stays out, as a title of office would). The
// given name is the capitalised word right before the particle, or the
// name the recognizer read there; no honorific, title or office, no word
// news writes in lower case more often than not. The joined name is a
// person's (the patronymic rule).
func (r *Resolver) joinPatronymics(res *extract.Result) {
	drop := map[int]bool{}
	// A name may hold two particles ("Bo bin Vell bin Tarvik"): the
	// mentions are read right to left, and a joined one is read again.
	order := mentionsInOrder(res, func(m extract.Mention) bool { return isEntityType(m.Type) })
	for k := len(order) - 1; k >= 0; k-- {
		i := order[k]
		if drop[i] {
			continue
		}
		before := order[:k]
		for {
			start, prev, ok := r.patronymicStart(res, res.Mentions[i], before)
			if !ok {
				break
			}
			m := &res.Mentions[i]
			m.Start = start
			m.Text = res.Doc.Text[start:m.End]
			m.Type, m.Class = extract.Person, ""
			if prev < 0 {
				break
			}
			drop[prev] = true
			before = before[:len(before)-1]
		}
	}
	dropMentions(res, drop)
}

// patronymicStart returns where the name holding mention m starts when
// a given name and a patronymic particle stand right before m (see
// joinPatronymics), and the index of the mention that holds the given
// name, or -1; before are the indices of the mentions before m in text
// order.
func (r *Resolver) patronymicStart(res *extract.Result, m extract.Mention, before []int) (start, prev int, ok bool) {
	s, a, _, ok := mentionTokens(res, m)
	if !ok || a < 2 || !patronymicWords[s.Tokens[a-1].Text] || !tokenize.StartsUpper(m.Text) {
		return 0, -1, false
	}
	given := s.Tokens[a-2]
	if given.End+1 != s.Tokens[a-1].Start || s.Tokens[a-1].End+1 != m.Start {
		return 0, -1, false
	}
	// The given name the recognizer read as a name of its own.
	if n := len(before); n > 0 {
		p := res.Mentions[before[n-1]]
		if p.End == given.End && p.Sentence == m.Sentence {
			return r.givenStart(res, p, before[n-1])
		}
	}
	if !r.givenWord(given.Text) {
		return 0, -1, false
	}
	return given.Start, -1, true
}

// givenStart returns where the given names of mention p (index i)
// start, past an honorific or a title the recognizer took into it
// ("Sheikh Bo"), when every word of p from there is a givenWord.
func (r *Resolver) givenStart(res *extract.Result, p extract.Mention, i int) (start, prev int, ok bool) {
	s, a, b, ok := mentionTokens(res, p)
	if !ok {
		return 0, -1, false
	}
	for a < b && !r.givenWord(s.Tokens[a].Text) {
		a++
	}
	if a == b {
		return 0, -1, false
	}
	for _, t := range s.Tokens[a:b] {
		if !r.givenWord(t.Text) {
			return 0, -1, false
		}
	}
	return s.Tokens[a].Start, i, true
}

// givenWord reports whether w may be a given name before a patronymic
// particle: a capitalised word of letters (a hyphen between), not all in
// capitals, no honorific, title or office, and no word news writes in
// lower case more often than not.
func (r *Resolver) givenWord(w string) bool {
	if !tokenize.StartsUpper(w) || !letters(strings.ReplaceAll(w, "-", "")) || strings.ToUpper(w) == w {
		return false
	}
	low := strings.ToLower(w)
	if r.words != nil && (r.words.Is(low, lexicon.Honorific) || r.words.Is(low, lexicon.NameTitle) || r.words.Is(low, lexicon.Office) || r.words.Is(low, lexicon.Nobility) || isFunctionWord(low)) {
		return false
	}
	casings, _ := r.aliases.(Casings)
	return casings == nil || !commonWord(casings, w)
}
