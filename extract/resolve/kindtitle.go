package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// extendKindTitles takes into a name the capitalised words and the
// function word the recognizer left out before it, where a singular noun
// for the work's kind follows it: "BBC One's Breakfast with Harlow
// programme", "the Dancing on Tarvik show", "his Songs of Vell album",
// "the Night on Harlow Street franchise". A noun for a kind of work
// names what the words before it title; news capitalises a word inside
// a sentence only in a name, and the recognizer read only the name after
// the function word. The words follow a possessive or a determiner in
// lower case (inside a phrase) and are in no mention, or are all one
// mention, no person's, which the title takes in ("Night" of "Night on
// Harlow Street"); the function word is one of a title's in lower case
// ("with", "of", "on", "in"); the noun, in lower case, is the lexicon's
// for a record, a show, a creative work or a trade's work, and ends the
// phrase. The name becomes a miscellaneous one, whose kind the typer
// reads (the kind-title rule). A headline is left alone.
func (r *Resolver) extendKindTitles(res *extract.Result) {
	if r.words == nil {
		return
	}
	text := res.Doc.Text
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if drop[i] || !isEntityType(m.Type) || m.Type == extract.EventType || res.Headline.End > 0 && m.Start < res.Headline.End {
			continue
		}
		s, lo, hi, ok := mentionTokens(res, *m)
		if !ok || len(s.POS) != len(s.Tokens) || !r.kindAfter(s, hi) {
			continue
		}
		j := titleWordsBefore(s, lo)
		if j < 0 {
			continue
		}
		owner, ownerEnd := ownerRunOn(res, s, j, s.Tokens[lo-2].End)
		inside, ok := wordsMention(res, s.Tokens[j].Start, s.Tokens[lo-2].End, s.Tokens[lo-1].End)
		if !ok {
			if owner >= 0 { // no title joined: the owner keeps its name
				res.Mentions[owner].End = ownerEnd
				res.Mentions[owner].Text = text[res.Mentions[owner].Start:ownerEnd]
			}
			continue
		}
		if inside >= 0 {
			drop[inside] = true
		}
		m.Start = s.Tokens[j].Start
		m.Text = text[m.Start:m.End]
		m.Type, m.Class = extract.Miscellaneous, ""
	}
	dropMentions(res, drop)
}

// ownerRunOn cuts back to its possessive a name the recognizer ran from
// the title's owner over the "'s" before token j into the title's words
// ("Acme One's Breakfast" of "Acme One's Breakfast with Harlow
// programme"), ending at most where the words do (end): the owner keeps
// its name, the title its words (see extendKindTitles). It returns the
// mention it cut and where it ended before, or -1.
func ownerRunOn(res *extract.Result, s *extract.Sentence, j, end int) (int, int) {
	p := s.Tokens[j-1]
	if !possessiveMark(p.Text) {
		return -1, 0
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if isEntityType(m.Type) && m.Start < p.Start && m.End > p.End && m.End <= end {
			was := m.End
			m.End = p.Start
			m.Text = res.Doc.Text[m.Start:m.End]
			return i, was
		}
	}
	return -1, 0
}

// wordsMention reports whether the title's words [start, end) before its
// function word (which ends at fnEnd) are in no mention (inside -1) or
// are all one mention, no person's (inside its index): see
// extendKindTitles.
func wordsMention(res *extract.Result, start, end, fnEnd int) (inside int, ok bool) {
	in, ok := mentionsWithin(res, start, fnEnd)
	switch {
	case !ok || len(in) > 1:
		return -1, false
	case len(in) == 0:
		return -1, true
	}
	if m := res.Mentions[in[0]]; m.Start != start || m.End != end || m.Type == extract.EventType {
		return -1, false
	}
	return in[0], true
}

// kindAfter reports whether token k of s is a singular noun for a kind
// of work in lower case that ends its phrase ("programme", "show").
func (r *Resolver) kindAfter(s *extract.Sentence, k int) bool {
	if k >= len(s.Tokens) || k+1 < len(s.POS) && strings.HasPrefix(s.POS[k+1], "NN") {
		return false
	}
	w := s.Tokens[k].Text
	if r.workNounAt(s, k) {
		return true
	}
	return s.POS[k] == "NN" && tokenize.StartsLower(w) && r.words.Is(w, lexicon.TradeWork)
}

// titleWordsBefore returns the first of the capitalised words before a
// title's function word in lower case that ends at token lo-1, after a
// possessive or a determiner in lower case; or -1 when they are not
// there. The caller reads the mentions among them.
func titleWordsBefore(s *extract.Sentence, lo int) int {
	k := lo - 1
	if k < 2 || !titleFunctionWord(s.Tokens[k].Text) {
		return -1
	}
	j := k - 1
	for j >= 0 && tokenize.StartsUpper(s.Tokens[j].Text) && letters(s.Tokens[j].Text) {
		j--
	}
	if j == k-1 || j < 0 {
		return -1
	}
	switch p := s.Tokens[j].Text; {
	case possessiveMark(p) || p == "the" || p == "a" || p == "an" || s.POS[j] == "PRP$":
		return j + 1
	}
	return -1
}
