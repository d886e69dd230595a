package ner

import (
	"strings"

	"github.com/kg-project/kg/extract"
)

// wireCreditTags tags the tokens of sentence s that a wire's credit
// (res.Credits, package annotate) covers as one organisation's name,
// whatever the model read.
func wireCreditTags(credits []extract.Span, s extract.Sentence, ts []string) {
	for _, c := range credits {
		lo, hi := -1, -1
		for i, t := range s.Tokens {
			if i < len(ts) && t.Start >= c.Start && t.End <= c.End {
				if lo < 0 {
					lo = i
				}
				hi = i + 1
			}
		}
		if lo < 0 {
			continue
		}
		for i := lo; i < hi; i++ {
			ts[i] = "I-ORG"
		}
		ts[lo] = "B-ORG"
		if hi < len(ts) && strings.HasPrefix(ts[hi], "I-") {
			ts[hi] = "B-" + ts[hi][2:]
		}
	}
}
