package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// kinPossessor returns the mention that a relative's given name alone
// is the relative of, or -1: in "Bo Ek's son John" or "Bo Ek ... his son
// John" the word for a relative after a possessive names someone other
// than the possessor, so "John" is not the possessor's name (the
// kin-possessor construction). The possessor is the name right before
// the clitic, or for a possessive pronoun the nearest person's name
// before it.
func (u *union) kinPossessor(i int) int {
	res := u.res
	m := res.Mentions[i]
	if u.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return -1
	}
	s := &res.Sentences[m.Sentence]
	k, _ := s.TokenSpan(m.Start, m.End)
	if k < 0 {
		return -1
	}
	k--
	if k >= 0 && s.Tokens[k].Text == "," {
		k--
	}
	if k < 1 {
		return -1
	}
	kin := s.Tokens[k].Text
	if strings.ToLower(kin) != kin || !u.words.Is(kin, lexicon.Kinship) {
		return -1
	}
	poss := s.Tokens[k-1]
	switch w := strings.ToLower(poss.Text); {
	case w == "'s" || w == "’s":
		for j := i - 1; j >= 0; j-- {
			if res.Mentions[j].End <= poss.Start && res.Mentions[j].End >= poss.Start-1 {
				return j
			}
		}
	case w == "his" || w == "her":
		for j := i - 1; j >= 0; j-- {
			if res.Mentions[j].Type == extract.Person && res.Mentions[j].End <= poss.Start {
				return j
			}
		}
	}
	return -1
}

// workTitle reports whether mention i, a name of one word, stands as a
// work's title: in apposition to a noun for a kind of work after it
// ("Ray", the film, won), after such a noun and "called", "named" or
// "titled" ("a film called Ray"), or right after it and a determiner
// with no verb after the name ("the film Ray won", not "the film Ray
// made"). A title is no person's given name or
// surname, so it joins no person named in full (the work-title
// construction).
func (u *union) workTitle(i int) bool {
	res := u.res
	m := res.Mentions[i]
	if u.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi < 0 {
		return false
	}
	work := func(k int) bool {
		return k >= 0 && k < len(s.Tokens) && u.words.Is(strings.ToLower(s.Tokens[k].Text), lexicon.CreativeWork) && strings.ToLower(s.Tokens[k].Text) == s.Tokens[k].Text
	}
	quote := func(k int) bool {
		return k >= 0 && k < len(s.Tokens) && strings.ContainsAny(s.Tokens[k].Text, "\"'“”‘’") && len(s.Tokens[k].Text) <= 2
	}
	k := hi
	if quote(k) {
		k++
	}
	if k+2 < len(s.Tokens) && s.Tokens[k].Text == "," {
		switch strings.ToLower(s.Tokens[k+1].Text) {
		case "the", "a", "an":
			if work(k + 2) {
				return true
			}
		}
	}
	k = lo - 1
	if quote(k) {
		k--
	}
	if k >= 1 {
		switch strings.ToLower(s.Tokens[k].Text) {
		case "called", "named", "titled", "entitled":
			return work(k - 1)
		}
	}
	// "the film Ann won", "her album Ann", "the Ann Lee film Ann": the
	// noun for a kind of work after a determiner or a person's name,
	// right before the title, unless a verb follows the name, whose
	// subject it would be ("the film Ann made").
	if k >= 1 && work(k) && (possessiveDeterminers[strings.ToLower(s.Tokens[k-1].Text)] || isDeterminer(s.Tokens[k-1].Text) || u.personEndsAt(s.Tokens[k-1].End)) {
		if hi < len(s.POS) && (strings.HasPrefix(s.POS[hi], "VB") || s.POS[hi] == "MD") {
			return false
		}
		return true
	}
	return false
}

// personEndsAt reports whether a person's name of two words or more ends
// at offset end: the subject of the work whose noun follows ("the Ann
// Lee film Ann").
func (u *union) personEndsAt(end int) bool {
	for k, m := range u.res.Mentions {
		if m.End == end && m.Type == extract.Person && len(u.info[k].words) >= 2 {
			return true
		}
	}
	return false
}

// isDeterminer reports whether w is an article or a demonstrative.
func isDeterminer(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "this", "that":
		return true
	}
	return false
}

// royalTitled reports whether a title of nobility that is no form of
// address stands right before mention m, a name of one word, with or
// without a prefix that says "former" ("King Michael", "ex-Queen Ann"):
// a monarch or a royal named by the given name alone, no other person
// whose given name it is (the royal-given-name construction). "Lord",
// also a form of address, styles surnames and is not among them.
func (u *union) royalTitled(m extract.Mention) bool {
	if u.words == nil || m.Start < 0 || m.Start > len(u.res.Doc.Text) {
		return false
	}
	f := strings.Fields(u.res.Doc.Text[max(0, m.Start-16):m.Start])
	if len(f) == 0 || m.Start > 0 && u.res.Doc.Text[m.Start-1] != ' ' {
		return false
	}
	t := f[len(f)-1]
	if k := strings.LastIndexAny(t, "-‑"); k >= 0 {
		t = t[k+1:]
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return false
	}
	l := strings.ToLower(t)
	return u.words.Is(l, lexicon.Nobility) && !u.words.Is(l, lexicon.Honorific)
}

// givenNameBars looks at the mentions of mention i's set that share its
// key, one word, and reports whether one of them stands as a work's
// title (workTitle) or a royal's name (royalTitled), and which mentions
// are the possessors whose relative one of them names (kinPossessor):
// none of those joins a person named in full by that given name.
func (u *union) givenNameBars(i int) (barred bool, owners []int) {
	root := u.find(i)
	for k, m := range u.res.Mentions {
		if u.find(k) != root || u.info[k].key != u.info[i].key || len(u.info[k].words) != 1 {
			continue
		}
		if u.workTitle(k) || u.royalTitled(m) {
			return true, nil
		}
		if o := u.kinPossessor(k); o >= 0 {
			owners = append(owners, o)
		}
	}
	return false, owners
}

// bracketedGivenName reports whether mention j, in brackets right after
// mention i, a person's name of two words or more, is one word the
// gazetteer knows as a given name and none of that name's words: a role
// the person plays or another person ("Bo Ek (Ann) directed", the
// bracketed-given-name construction), not the person's short name, which
// a surname or a given name of the person's own would be ("Bo Ek (Ek)").
func (u *union) bracketedGivenName(i, j int) bool {
	if u.firstNames == nil || u.res.Mentions[i].Type != extract.Person || len(u.info[i].words) < 2 || len(u.info[j].words) != 1 {
		return false
	}
	w := u.info[j].words[0]
	if !u.firstNames.FirstName(w) {
		return false
	}
	for _, x := range u.info[i].words {
		if Key(x) == Key(w) {
			return false
		}
	}
	return true
}
