package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/schema"
)

// fellowGapMax is the most tokens fellowMember walks from the subject's
// verb to "fellow".
const fellowGapMax = 8

// fellowMember reads "X wrote on Sunday to fellow Acme Guild
// trustees": "fellow" before a body's name and a plural noun for people
// who hold a post or belong ("trustees", "members", "MPs") says the
// subject of the clause is one of them too, a member of the body (the
// fellow-member construction). The subject is person p, the clause's
// first name, a verb right after it (past adverbs, a finite one, or
// after an auxiliary a participle or a bare form: "has written to fellow
// ..."), and nothing between the verb and "fellow" that opens
// another clause or names anyone else (a comma, "and", "that", a name).
func fellowMember(d *docState, p int) {
	v := d.v
	if !v.canBeSubject(p) || v.isPossessive(v.s.Ents[p].End) {
		return
	}
	i := v.fellowVerb(v.s.Ents[p].End)
	if i < 0 {
		return
	}
	f := -1
	for k := i + 1; k <= i+fellowGapMax && v.free(k); k++ {
		if v.lw(k) == "fellow" {
			f = k
			break
		}
		if v.clauseBreak(k) {
			return
		}
	}
	if f < 0 {
		return
	}
	q := v.entAt(f + 1)
	if q < 0 || v.typ(q) != extract.Organization {
		return
	}
	h := v.s.Ents[q].End
	if !v.free(h) || v.tag(h) != "NNS" || strings.HasPrefix(v.tag(h+1), "NN") || !v.isTitleHead(h) && !v.is(h, lexicon.Membership) {
		return
	}
	d.add(p, q, schema.MemberOf, v.phrase(v.s.Ents[p].Start, h+1), MethodTitle, scoreTitle)
}

// fellowVerb returns the finite verb at token i, or past adverbs and
// auxiliaries the verb they carry, a participle or a bare form ("has
// written", "will write"), or -1.
func (v *view) fellowVerb(i int) int {
	k := v.verbFrom(i)
	if k < 0 {
		return -1
	}
	switch t := v.tag(k); t {
	case "VBD", "VBZ", "VBP":
		return k
	case "VBN", "VB":
		for j := i; j < k; j++ {
			if v.isAux(j) || v.isBe(j) || v.tag(j) == "MD" {
				return k
			}
		}
	}
	return -1
}

// clauseBreak reports whether token k ends the clause it stands in or
// opens another: punctuation, a conjunction, a relative or a
// subordinator ("that", "who", "while").
func (v *view) clauseBreak(k int) bool {
	switch t := v.tag(k); {
	case t == "," || t == ":" || t == "." || t == "CC" || t == "WDT" || t == "WP" || t == "``" || t == "''":
		return true
	}
	return v.lw(k) == "that" || v.is(k, lexicon.Subordinator)
}
