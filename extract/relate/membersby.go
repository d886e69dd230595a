package relate

import (
	"strings"

	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/extract/tokenize"
)

// membersByDoubts reports whether the classifier's employment p joins a
// person to a body named after the person and after "by members of" or
// "with members of", perhaps past a determiner and words in lower case
// ("X, who was joined by members of the band Acme", "X met with members
// of Acme"): the members are others, whom the person meets or is joined
// by, and nothing here makes the person one (the members-by rule).
func membersByDoubts(v *view, p relclass.Prediction) bool {
	per, org, ok := v.typedEmployment(p)
	if !ok {
		return false
	}
	a, b := v.s.Ents[per], v.s.Ents[org]
	if b.Start <= a.End {
		return false
	}
	k := b.Start - 1
	for n := 0; n < 4 && k > a.End && v.free(k) && v.lw(k) != "of" && (v.tag(k) == "DT" || strings.HasPrefix(v.tag(k), "JJ") || strings.HasPrefix(v.tag(k), "NN")) && !tokenize.StartsUpper(v.toks[k].Text); n++ {
		k--
	}
	if v.lw(k) != "of" || k-2 <= a.End || v.lemma(k-1) != "member" || v.tag(k-1) != "NNS" {
		return false
	}
	by := v.lw(k - 2)
	return by == "by" || by == "with"
}
