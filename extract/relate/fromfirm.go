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
// up to three modifiers in lower case (describedName), a noun for a company (lexicon
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
	q := v.describedName(i + 1)
	if q < 0 || v.typ(q) != extract.Organization {
		return
	}
	if n := v.s.Ents[q].Start - 1; v.tag(n) != "NN" || tokenize.StartsUpper(v.toks[n].Text) || !v.is(n, lexicon.Corporation) {
		return
	}
	d.add(p, q, schema.WorksFor, v.phrase(v.s.Ents[p].Start, v.s.Ents[q].End), MethodFrom, scoreFrom)
}
