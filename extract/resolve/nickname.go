package resolve

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinNicknames makes one person's name of a given name, a nickname in
// quotation marks and a surname, which the recognizer reads as two or
// three names: `Bo "Tank" Ek` is one person, not Bo, Tank and Ek. The
// words before the quotation mark are a mention the recognizer typed a
// person's, the words after the closing mark one more; between the
// marks stand one to three capitalised words, written against the marks,
// that no other mention runs past (the quoted-nickname construction).
func joinNicknames(res *extract.Result) {
	for si := range res.Sentences {
		s := &res.Sentences[si]
		for i := 0; i+4 < len(s.Tokens); i++ {
			end, ok := nicknameEnd(s, i)
			if !ok {
				continue
			}
			first, last := mentionEndingAt(res, si, s.Tokens[i].End), mentionStartingAt(res, si, s.Tokens[end].Start)
			if first < 0 || last < 0 || res.Mentions[first].Type != extract.Person || res.Mentions[last].Type != extract.Person ||
				!nicknameFree(res, si, s.Tokens[i+1].Start, s.Tokens[end].Start) {
				continue
			}
			m := &res.Mentions[first]
			m.End = res.Mentions[last].End
			m.Text = res.Doc.Text[m.Start:m.End]
			drop := map[int]bool{last: true}
			for k, o := range res.Mentions {
				if k != first && o.Sentence == si && o.Start >= s.Tokens[i+1].Start && o.End <= s.Tokens[end].Start {
					drop[k] = true
				}
			}
			dropMentions(res, drop)
		}
	}
}

// nicknameEnd reports whether token i of s ends a word before an opening
// quotation mark that one to three capitalised words and a closing mark
// follow, each mark written against the words inside; end is the token
// after the closing mark.
func nicknameEnd(s *extract.Sentence, i int) (end int, ok bool) {
	toks := s.Tokens
	if !tokenize.IsQuoteMark(toks[i+1].Text) || toks[i].End == toks[i+1].Start || toks[i+1].End != toks[i+2].Start {
		return 0, false
	}
	for j := i + 2; j < len(toks) && j <= i+4; j++ {
		if tokenize.IsQuoteMark(toks[j].Text) {
			if j == i+2 || toks[j-1].End != toks[j].Start || j+1 >= len(toks) || toks[j].End == toks[j+1].Start {
				return 0, false
			}
			return j + 1, true
		}
		if !tokenize.StartsUpper(toks[j].Text) {
			return 0, false
		}
	}
	return 0, false
}

// mentionEndingAt returns the index of the mention of sentence si that
// ends at offset end, or -1.
func mentionEndingAt(res *extract.Result, si, end int) int {
	for k, m := range res.Mentions {
		if m.Sentence == si && m.End == end {
			return k
		}
	}
	return -1
}

// mentionStartingAt returns the index of the mention of sentence si that
// starts at offset start, or -1.
func mentionStartingAt(res *extract.Result, si, start int) int {
	for k, m := range res.Mentions {
		if m.Sentence == si && m.Start == start {
			return k
		}
	}
	return -1
}

// nicknameFree reports whether no mention of sentence si crosses the
// bounds [lo, hi) of a quoted nickname.
func nicknameFree(res *extract.Result, si, lo, hi int) bool {
	for _, m := range res.Mentions {
		if m.Sentence == si && m.Start < hi && m.End > lo && (m.Start < lo || m.End > hi) {
			return false
		}
	}
	return true
}
