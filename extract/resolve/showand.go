package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinShowAnd joins two mentions the recognizer cut at "and" inside one
// programme's title that its own capitalised "The" opens and a
// capitalised noun for a show ends: "The Ann and Bo Show", "The Harlow
// and Tarvik Story". A sentence writes a body's or a place's "the" in
// lower case, and news capitalises a noun for a show only in a title;
// the recognizer reads the first half as a body or a person. The first
// mention opens with "The" after a word in lower case, a comma or an
// opening bracket (a fair's name takes a "the" in lower case: "the
// Harlow and Tarvik Show"); the second ends in a word of the lexicon's
// trade-work, shown-work or work classes ("Show", "Story"); the two are parted by
// " and " alone (the show-and rule). A
// headline is left alone. The joined mention is a miscellaneous name:
// the typer reads what kind of work.
func (r *Resolver) joinShowAnd(res *extract.Result) {
	if r.words == nil || len(res.Mentions) < 2 {
		return
	}
	text := res.Doc.Text
	joinWorkParts(res, false, func(a, b extract.Mention) bool {
		if text[a.End:b.Start] != " and " || !strings.HasPrefix(a.Text, "The ") || !r.showHead(lastField(b.Text)) {
			return false
		}
		return articleInside(res, a)
	})
}

// showHead reports whether w is a capitalised noun for a work, a show or
// a programme (the lexicon's trade-work, shown-work or work classes:
// "Show", "Story").
func (r *Resolver) showHead(w string) bool {
	if !tokenize.StartsUpper(w) || allCaps(w) {
		return false
	}
	l := strings.ToLower(w)
	return r.words.Is(l, lexicon.TradeWork) || r.words.Is(l, lexicon.ShownWork) || r.words.Is(l, lexicon.Work)
}

// articleInside reports whether the word before mention m, which opens
// with "The", is a word in lower case, a comma or an opening bracket:
// the article is written inside a sentence.
func articleInside(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	if lo < 1 {
		return false
	}
	p := s.Tokens[lo-1].Text
	return tokenize.StartsLower(p) || p == "," || p == "("
}
