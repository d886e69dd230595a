package annotate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// FindDateline returns the document's dateline: the first sentence that
// opens with one (tokenize.DatelineParts), perhaps after a byline ("By ANN
// LEE    PARIS (AP) —", the byline ending at a wide gap), or nil.
func FindDateline(sents []extract.Sentence, text string) *extract.Dateline {
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			continue
		}
		start := bylineEnd(s.Tokens, text)
		if start >= len(s.Tokens) || !startsUpper(s.Tokens[start].Text) {
			continue
		}
		words := make([]string, len(s.Tokens)-start)
		for i, t := range s.Tokens[start:] {
			words[i] = t.Text
		}
		if town, agency, dash := tokenize.DatelineParts(words); town > 0 {
			d := &extract.Dateline{Sentence: si, Town: [2]int{start, start + town}, Dash: start + dash}
			if agency[1] > agency[0] {
				d.Agency = [2]int{start + agency[0], start + agency[1]}
			}
			return d
		}
	}
	return nil
}

// bylineEnd returns the token after a byline that opens a sentence ("By"
// and a name, then a gap of two spaces or more or a line break before the
// dateline), or 0 when there is none.
func bylineEnd(toks []tokenize.Token, text string) int {
	if len(toks) < 3 || toks[0].Text != "By" && toks[0].Text != "BY" {
		return 0
	}
	for i := 1; i < len(toks) && i <= 5; i++ {
		gap := text[toks[i-1].End:toks[i].Start]
		if i > 1 && (len(gap) >= 2 || strings.Contains(gap, "\n")) {
			return i
		}
		if !startsUpper(toks[i].Text) && toks[i].Text != "." {
			return 0
		}
	}
	return 0
}

func startsUpper(w string) bool {
	for _, r := range w {
		return r >= 'A' && r <= 'Z'
	}
	return false
}
