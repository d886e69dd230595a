package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/schema"
)

// scoreSeat is the confidence of the seat construction.
const scoreSeat = 0.85

// seatVerbs gives, for each verb of taking or holding a seat in a body,
// the preposition before the body: "served on", "sat on", "elected to".
// A closed class of three verbs and their prepositions.
var seatVerbs = map[string]string{"serve": "on", "sit": "on", "elect": "to", "re-elect": "to"}

// seatIn reads a person's seat in a body that a verb of serving,
// sitting or being elected names: "Ann Lee served on the Harlow
// Council", "Ann Lee sits on the Acme board", "Ann Lee was elected to
// the Ostmark Assembly", "Ann Lee served on the council before being
// elected to Parliament", "the board of Acme". The person is a member of
// the body. The person is the one the sentence names before the verb as
// its clause's subject; the body is an organisation whose name heads
// its noun phrase, or is followed by a noun for a body ("the Acme
// board").
func seatIn(d *docState, a int, _ map[int]bool) {
	v := d.v
	for i := v.s.Ents[a].End; i+1 < v.n(); i++ {
		if v.lw(i) == "." || v.lw(i) == ";" {
			return
		}
		prep, ok := seatVerbs[v.lemma(i)]
		if !ok || !v.free(i) || !strings.HasPrefix(v.tag(i), "VB") || v.lw(i+1) != prep {
			continue
		}
		// "elect" is read in the passive only: "X was elected to Y"
		// (who elects whom to what is said otherwise).
		if v.lemma(i) == "elect" || v.lemma(i) == "re-elect" {
			if v.tag(i) != "VBN" && v.tag(i) != "VBD" || !v.isBe(i-1) {
				continue
			}
		}
		if v.onlyPersonBefore(i) != a {
			continue
		}
		j := i + 2
		if v.isDet(j) && v.free(j) && (v.is(j+1, lexicon.Organization, lexicon.OrgPart, lexicon.Government) && v.lw(j+2) == "of") {
			j += 3 // "on the board of Y"
		}
		q := v.nameAt(j)
		if q < 0 || v.typ(q) != extract.Organization {
			continue
		}
		if e := v.s.Ents[q].End; v.free(e) && strings.HasPrefix(v.tag(e), "NN") && !v.is(e, lexicon.Organization, lexicon.OrgPart, lexicon.Government) {
			continue // "sits on the Acme share register"
		}
		d.add(a, q, schema.MemberOf, v.phrase(i, v.s.Ents[q].End), MethodSeat, scoreSeat)
	}
}
