package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// joinBareAnd takes into a one-word name the capitalised word and "and"
// the recognizer left out before it: "nominations for Rain and Tallow"
// named "Tallow" alone. Inside a sentence, two words news writes in
// lower case more often than not (common nouns: "rain", "tallow"), both
// capitalised and joined by "and", are one title ("Pride and Harlow",
// "Salt and Tallow"); the recognizer reads the last word alone as a
// body's or a place's name. The first word stands outside any name,
// after a word in lower case (not at a sentence's start, nor after a
// mark: "Rain and Tallow" opening a sentence may be two nouns), the name
// is one word, and no capitalised word nor a noun follows it (it ends
// the title: not "the Culture and Media department"); neither word is
// listed in the gazetteer, a word for a kind of place or body ("Trade and
// Industry"), nor in capitals (the bare-and rule). A headline is left
// alone. The joined mention is a miscellaneous name: the typer reads
// what kind of work.
func (r *Resolver) joinBareAnd(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	text := res.Doc.Text
	h := res.Headline
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || m.Type == extract.EventType || h.End > h.Start && m.Start < h.End && m.End > h.Start {
			continue
		}
		s, lo, hi, ok := mentionTokens(res, *m)
		if !ok || hi-lo != 1 || lo < 3 || len(s.POS) != len(s.Tokens) || s.Tokens[lo-1].Text != "and" {
			continue
		}
		first := s.Tokens[lo-2]
		if first.End+len(" and ") != m.Start || s.Tokens[lo-1].End+1 != m.Start || !tokenize.StartsLower(s.Tokens[lo-3].Text) || !letters(s.Tokens[lo-3].Text) {
			continue
		}
		if !r.bareTitleWord(casings, first.Text) || !r.bareTitleWord(casings, m.Text) || r.listed(first.Text+" and "+m.Text) || anyMentionIn(res, first.Start, first.End) {
			continue
		}
		if hi < len(s.Tokens) && (tokenize.StartsUpper(s.Tokens[hi].Text) || strings.HasPrefix(s.POS[hi], "NN")) {
			continue
		}
		m.Start = first.Start
		m.Text = text[m.Start:m.End]
		m.Type = extract.Miscellaneous
		m.Class = ""
	}
}

// bareTitleWord reports whether w is one capitalised word of a title
// joinBareAnd joins: letters, not in capitals, a word news writes in
// lower case more often than not, not listed, and no word for a kind of
// place or body.
func (r *Resolver) bareTitleWord(casings Casings, w string) bool {
	return tokenize.StartsUpper(w) && letters(w) && !allCaps(w) && commonWord(casings, w) && !r.listed(w) && !r.kindWord(w)
}
