package resolve

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// correlatives are the closed-class words that open one side of a pair
// ("neither X nor Y", "either X or Y", "both X and Y") and the negative
// conjunction that opens the other: none begins a name.
var correlatives = map[string]bool{"neither": true, "nor": true, "either": true, "both": true}

// trimCorrelatives takes out of a name the correlative or the negative
// adverb the recognizer began it with ("Neither Harlow Council nor Acme
// would comment" names Harlow Council; "Never Ann Lee" Ann Lee): closed
// words of that kind never open a name, where a sentence's capital or
// not. The determiner "no" is left ("the No Tarvik Group"), and so is a
// title of a work, which any word may open ("Never Let Harlow Go" is
// tagged miscellaneous). It then splits a name the recognizer ran
// over the "nor" that joins two ("Acme nor Tarvik") into the two: no
// name holds the negative conjunction (the neither-nor construction).
func (r *Resolver) trimCorrelatives(res *extract.Result) {
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type == extract.Miscellaneous || !isEntityType(m.Type) {
			continue
		}
		words := wordSpans(m.Text)
		if len(words) < 2 {
			continue
		}
		if r.negativeOpener(m.Text[words[0][0]:words[0][1]]) && tokenize.StartsUpper(m.Text[words[1][0]:words[1][1]]) {
			m.Start += words[1][0]
			m.Text = m.Text[words[1][0]:]
		}
		if strings.Count(m.Text, " nor ") != 1 {
			continue
		}
		a, b, _ := strings.Cut(m.Text, " nor ")
		if !tokenize.StartsUpper(a) || !tokenize.StartsUpper(b) {
			continue
		}
		add = append(add, splitTwo(m, a, b))
	}
	res.Mentions = append(res.Mentions, add...)
}

// negativeOpener reports whether w is a correlative or a negative
// adverb (the lexicon's Negation class but the determiner "no").
func (r *Resolver) negativeOpener(w string) bool {
	l := strings.ToLower(w)
	if correlatives[l] {
		return true
	}
	return l != "no" && r.words != nil && r.words.Is(l, lexicon.Negation)
}
