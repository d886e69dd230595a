package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/schema"
)

// fromFirm reads "Bo Ek from software company Acme expects" and "Ann
// Lee, from the shipping firm Acme, agreed": "from", perhaps an article,
// up to three modifiers in lower case, a noun for a company (lexicon
// Corporation: "firm", "company", "bank") and a body's name that ends its
// noun phrase make the body the person's employer (the from-firm
// construction). Not when the person is the object of a verb other than
// one of saying ("poached Ann Lee from rival firm Acme": where she
// worked before).
func fromFirm(d *docState, p int) {
	v := d.v
	if t := v.tag(v.s.Ents[p].Start - 1); strings.HasPrefix(t, "VB") && !v.is(v.s.Ents[p].Start-1, lexicon.Speech) {
		return
	}
	i := v.s.Ents[p].End
	if v.lw(i) == "," {
		i++
	}
	if v.lw(i) != "from" {
		return
	}
	i++
	if w := v.lw(i); w == "a" || w == "an" || w == "the" {
		i++
	}
	for n := 0; n < 3 && v.free(i+1) && v.lowerModifier(i); n++ {
		i++
	}
	if !v.free(i) || v.tag(i) != "NN" || tokenize.StartsUpper(v.toks[i].Text) || !v.is(i, lexicon.Corporation) {
		return
	}
	q := v.entAt(i + 1)
	if q < 0 || v.typ(q) != extract.Organization {
		return
	}
	if e := v.s.Ents[q].End; v.isPossessive(e) || strings.HasPrefix(v.tag(e), "NN") {
		return
	}
	d.add(p, q, schema.WorksFor, v.phrase(v.s.Ents[p].Start, v.s.Ents[q].End), MethodFrom, scoreFrom)
}

// lowerModifier reports whether token i is an adjective or a noun in
// lower case, outside any name: a modifier before a noun.
func (v *view) lowerModifier(i int) bool {
	t := v.tag(i)
	return v.free(i) && !tokenize.StartsUpper(v.toks[i].Text) && (strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS")
}
