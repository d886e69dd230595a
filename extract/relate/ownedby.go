package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// ownedBy reads "Y, owned by X," and "Y, which is owned by X,": a body's
// name, a comma, perhaps "which" or "that" and a form of "be", perhaps
// an adverb ("wholly", "partly"), "owned" or "controlled", "by", and
// another body's name that ends its noun phrase: X owns Y, its parent
// organisation (the owned-by construction; Wikidata's owned by is
// mapped to parentOrganization too). A person or a country as owner
// gives no edge, nor a name that modifies a noun after it ("owned by
// Acme shareholders").
func ownedBy(d *docState, a int) {
	v := d.v
	if v.typ(a) != extract.Organization {
		return
	}
	i := v.s.Ents[a].End
	if v.lw(i) != "," {
		return
	}
	i++
	if w := v.lw(i); (w == "which" || w == "that") && v.isBe(i+1) {
		i += 2
	}
	if v.free(i) && v.tag(i) == "RB" {
		i++
	}
	if w := v.lw(i); w != "owned" && w != "controlled" || v.lw(i+1) != "by" {
		return
	}
	q := v.nameAt(i + 2)
	if q < 0 || q == a || v.typ(q) != extract.Organization {
		return
	}
	end := v.s.Ents[q].End
	if strings.HasPrefix(v.tag(end), "NN") || v.isPossessive(end) {
		return
	}
	label := v.phrase(v.s.Ents[a].Start, end)
	d.add(a, q, schema.ParentOrganization, label, MethodAppositive, scoreAppositive)
	d.add(q, a, schema.SubOrganization, label, MethodAppositive, scoreAppositive)
}
