package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// subordinateBodyIt returns the body that "it" at token i stands for as
// the subject of a clause a subordinator opens after the main clause,
// when the main clause's subject is no name but a phrase that names one
// body ("Shares in Acme, which is building the Harlow stadium, fell after
// it said ...": Acme, not the stadium's place named since, nor a body
// of the sentence before): the one organisation the sentence names
// before the subordinator, outside quotations, that heads its phrase
// (not "the Acme stadium"), when no place heads one there either ("Shares
// in Acme in Harlow") and no person is named. -1 otherwise (rule
// subordinate-body).
func (v *view) subordinateBodyIt(i int) int {
	if v.d.off[RuleSubordinateBody] || v.subject >= 0 || v.inQuotation(i) || i < 2 {
		return -1
	}
	if w := v.w(i - 1); !v.d.lex.Is(w, lexicon.Subordinator) || v.tag(i-1) == "RB" || w == "that" {
		return -1
	}
	body := -1
	for k := 0; k < i-1; k++ {
		e := v.entity(k)
		if e < 0 || v.inQuotation(k) {
			continue
		}
		k = v.mentionEnd(k) - 1
		if v.entType(e) == extract.Person {
			return -1 // a person may be whom the clause is about
		}
		if t := v.entType(e); t != extract.Organization && t != extract.Location || strings.HasPrefix(v.tag(k+1), "NN") || e == body {
			continue
		}
		if body >= 0 || v.entType(e) == extract.Location {
			return -1 // "Shares in Acme in Harlow": a place may speak too
		}
		body = e
	}
	return body
}
