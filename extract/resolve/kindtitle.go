package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// extendKindTitles takes into a name the capitalised words in no
// mention and the function word the recognizer left out before it, where
// a singular noun for the work's kind follows it: "BBC One's Breakfast
// with Harlow programme", "the Dancing on Tarvik show", "his Songs of
// Vell album". A noun for a kind of work names what the words before it
// title; news capitalises a word inside a sentence only in a name, and
// the recognizer read only the name after the function word. The words
// follow a possessive or a determiner in lower case (inside a phrase);
// the function word is one of a title's in lower case ("with", "of",
// "on", "in"); the noun, in lower case, is the lexicon's for a record, a
// show, a creative work or a trade's work, and ends the phrase. The
// name becomes a miscellaneous one, whose kind the typer reads (the
// kind-title rule). A headline is left alone.
func (r *Resolver) extendKindTitles(res *extract.Result) {
	if r.words == nil {
		return
	}
	text := res.Doc.Text
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || res.Headline.End > 0 && m.Start < res.Headline.End {
			continue
		}
		s, lo, hi, ok := mentionTokens(res, *m)
		if !ok || len(s.POS) != len(s.Tokens) || len(s.Mention) != len(s.Tokens) || !r.kindAfter(s, hi) {
			continue
		}
		j := titleWordsBefore(s, lo)
		if j < 0 {
			continue
		}
		m.Start = s.Tokens[j].Start
		m.Text = text[m.Start:m.End]
		m.Type, m.Class = extract.Miscellaneous, ""
	}
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
	return s.POS[k] == "NN" && startsLower(w) && r.words.Is(w, lexicon.TradeWork)
}

// titleWordsBefore returns the first of the capitalised words in no
// mention before a title's function word in lower case that ends at
// token lo-1, after a possessive or a determiner in lower case; or -1
// when they are not there.
func titleWordsBefore(s *extract.Sentence, lo int) int {
	k := lo - 1
	if k < 2 || s.Mention[k] >= 0 || !titleFunctionWord(s.Tokens[k].Text) {
		return -1
	}
	j := k - 1
	for j >= 0 && s.Mention[j] < 0 && startsUpper(s.Tokens[j].Text) && letters(s.Tokens[j].Text) {
		j--
	}
	if j == k-1 || j < 0 {
		return -1
	}
	switch p := s.Tokens[j].Text; {
	case p == "'s" || p == "’s" || p == "the" || p == "a" || p == "an" || s.POS[j] == "PRP$":
		return j + 1
	}
	return -1
}
