package resolve

import (
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
)

// trimWireRevisions takes a wire service's revision header off the name
// it is glued to: "UPDATE 2-Tarvik sets price" is the second update of a
// story about Tarvik, and the tokenizer keeps "2-Tarvik" one word, as it
// keeps "12-year-old". A mention whose first word is digits, a hyphen and
// a capitalised word, right after a word in capitals that opens its
// sentence ("UPDATE", "WRAPUP") or opening the sentence itself with that
// word in it, loses the digits and the hyphen (the wire-revision rule).
// A name such a word opens elsewhere ("the 7-Tarvik chain") is left
// alone.
func trimWireRevisions(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		if len(toks) < 2 || toks[0].End > len(res.Doc.Text) {
			continue
		}
		if m.Start != toks[1].Start && m.Start != toks[0].Start || !wireHeaderWord(toks[0].Text) {
			continue
		}
		if m.Start == toks[0].Start {
			// "UPDATE 2-Tarvik" read whole: the header word goes too.
			if m.End <= toks[1].Start {
				continue
			}
		}
		cut := revisionPrefix(toks[1].Text)
		if cut == 0 || toks[1].Start+cut >= m.End {
			continue
		}
		start := toks[1].Start + cut
		m.Text = m.Text[start-m.Start:]
		m.Start = start
	}
}

// wireHeaderWord reports whether w is a word of three letters or more,
// all capitals: the label a wire's revision header opens with.
func wireHeaderWord(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 3
}

// revisionPrefix returns the length of the digits and the hyphen that
// open w before a capital letter ("2-Tarvik" gives 2), or 0.
func revisionPrefix(w string) int {
	k := 0
	for k < len(w) && k < 2 && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k >= len(w) || w[k] != '-' {
		return 0
	}
	c, _ := utf8.DecodeRuneInString(w[k+1:])
	if !unicode.IsUpper(c) {
		return 0
	}
	return k + 1
}
