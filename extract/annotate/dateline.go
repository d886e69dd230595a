package annotate

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

// FindDateline returns the document's dateline: the first sentence that
// opens with one (tokenize.DatelineParts), or nil.
func FindDateline(sents []extract.Sentence) *extract.Dateline {
	for si, s := range sents {
		if len(s.Tokens) == 0 || !tokenize.AllCaps(s.Tokens[0].Text) {
			continue
		}
		words := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			words[i] = t.Text
		}
		if town, agency, dash := tokenize.DatelineParts(words); town > 0 {
			return &extract.Dateline{Sentence: si, Town: [2]int{0, town}, Agency: agency, Dash: dash}
		}
	}
	return nil
}
