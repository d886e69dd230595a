package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/typing"
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
// the Ostmark Assembly", "Ann Lee served on the council before
// being elected to the Ostmark Assembly", "the board of Acme". The person is a member of
// the body. The person is the one the sentence names before the verb as
// its clause's subject; the body is an organisation whose name heads
// its noun phrase, or is followed by a noun for a body ("the Acme
// board"). The verb is the person's own, or one the clause goes on
// with without another subject.
func seatIn(d *docState, a int, _ map[int]bool) {
	v := d.v
	// The person's own verb ("X served on Y", "X, who sits on Y", "X
	// was elected to Y"), then another verb of a seat the clause goes on
	// with, with no subject of its own ("... before being elected to
	// Z"); not "X said all those that serve on Y".
	first := v.verbAfter(a)
	if r, ok := v.relativeVerb(a); ok {
		first = r
	}
	last := -1 // the last seat verb read
	for i := v.s.Ents[a].End; i+1 < v.n(); i++ {
		if v.lw(i) == "." || v.lw(i) == ";" {
			return
		}
		if last >= 0 {
			if t := v.tag(i); t == "PRP" || t == "WDT" || t == "WP" {
				return // another subject
			}
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
		if v.onlyPersonBefore(i) != a || i != first && last < 0 {
			continue
		}
		last = i
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

// scoreJoin is the confidence of the join construction.
const scoreJoin = 0.8

// joined reads a person who joined, or rejoined, an organisation: "Ann
// Lee joined Acme in 1990", "Ann Lee, who joined Harlow from Pellam,
// scored", "He joined Acme as chief executive" (the person a
// sentence-initial pronoun stands for), and a country joining an
// intergovernmental body ("Norland joined the Vell Union in 2004"). A
// party, an intergovernmental body or another group makes the subject a
// member, a company, a club or a government body an employee ("as Y" gives
// the title too). A plan is no fact: "will join", "to join" say nothing.
func joined(d *docState, a int, _ map[int]bool) {
	v := d.v
	if !v.canBeSubject(a) || v.isPossessive(v.s.Ents[a].End) {
		return
	}
	i, _ := v.relativeVerb(a)
	if i < 0 || !isJoin(v, i) && !playsFor(v, i) {
		i = v.verbAfter(a)
	}
	if i < 0 || !isJoin(v, i) && !playsFor(v, i) {
		return
	}
	if v.unrealised(a, i) {
		return
	}
	if playsFor(v, i) {
		playedFor(d, a, i)
		return
	}
	q := v.nameAt(i + 1)
	if q < 0 || v.typ(q) != extract.Organization || v.entity(q) == v.entity(a) {
		return
	}
	end := v.s.Ents[q].End
	if v.free(end) && strings.HasPrefix(v.tag(end), "NN") || v.isPossessive(end) {
		return // "joined the Acme board", "joined Acme's campaign"
	}
	cls := d.class(q)
	pred := schema.WorksFor
	switch {
	case v.typ(a) == extract.Location:
		if cls != typing.ClassIntergovernmental || !d.country(a) {
			return
		}
		pred = schema.MemberOf
	case v.typ(a) != extract.Person:
		return
	case cls == typing.ClassIntergovernmental || cls == typing.ClassPoliticalParty || cls == typing.ClassArmedGroup:
		pred = schema.MemberOf
	}
	d.add(a, q, pred, v.phrase(i, end), MethodJoin, scoreJoin)
	if v.typ(a) == extract.Person && v.lw(end) == "as" {
		joinedAs(d, a, end+1)
	}
}

// playedFor relates person a to the side after "play for" at token i:
// "X plays for Y", "X, who played for Y", a side as typing classes it
// (any body where no typing ran).
func playedFor(d *docState, a, i int) {
	v := d.v
	q := v.nameAt(i + 2)
	if q < 0 || v.typ(a) != extract.Person || v.typ(q) != extract.Organization || v.typed && d.class(q) != typing.ClassSportsTeam {
		return
	}
	if end := v.s.Ents[q].End; !(v.free(end) && strings.HasPrefix(v.tag(end), "NN") || v.isPossessive(end)) {
		d.add(a, q, schema.WorksFor, v.phrase(i, end), MethodJoin, scoreJoin)
	}
}

// joinedAs gives person a the title that starts at token ts, after "as":
// "joined Acme as chief executive".
func joinedAs(d *docState, a, ts int) {
	v := d.v
	if v.free(ts) && v.isDet(ts) {
		ts++
	}
	if te, ok := v.titleAfter(ts); ok && !(v.free(te) && strings.HasPrefix(v.tag(te), "NN")) {
		d.title(a, v.titleText(ts, te))
	}
}

// playsFor reports whether token i is a form of "play" (not "playing")
// with "for" after it.
func playsFor(v *view, i int) bool {
	t := v.tag(i)
	return v.lemma(i) == "play" && v.lw(i+1) == "for" && (t == "VBD" || t == "VBZ" || t == "VBN" || t == "VBP")
}

// isJoin reports whether token i is a past or present form of "join" or
// "rejoin" (not "joining", a plan or a state as often as a fact).
func isJoin(v *view, i int) bool {
	l := v.lemma(i)
	if l != "join" && l != "rejoin" && l != "re-join" {
		return false
	}
	t := v.tag(i)
	return t == "VBD" || t == "VBZ" || t == "VBN" || t == "VBP"
}
