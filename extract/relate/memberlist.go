package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// memberHaving is the closed class of verbs by which a body is said to
// have members before a count of them: "has 40 members", "counts more
// than 400 members", "boasts 12 members", "numbers 300 members".
var memberHaving = map[string]bool{"have": true, "count": true, "boast": true, "number": true}

// memberList reads the members a body's noun for its members names in a
// list after "including", "such as" or a form of "include", organisation
// mention o being the body (the member-list construction): "the Vell
// Council, a farm body that counts some 90 members, including Acme
// Corp. and Tarvik Inc.", "Acme, whose members include Ann Lee",
// "Acme's members include Ann Lee and Bo Ek", "the members of Acme
// include Ann Lee". Each person, organisation or country of the list is
// a member of o. The noun is the plural "members" with no common noun
// before it ("family members", "staff members" are others' members).
func memberList(d *docState, o int, _ map[int]bool) {
	v := d.v
	if v.typ(o) != extract.Organization {
		return
	}
	m, after := v.membersOf(o)
	if m < 0 {
		return
	}
	k := v.listOpener(after)
	if k < 0 {
		return
	}
	for _, q := range v.namesListed(k) {
		if v.entity(q) == v.entity(o) || v.typ(q) == extract.Location && !d.country(q) {
			continue
		}
		lo, hi := min(v.s.Ents[o].Start, m), v.s.Ents[q].End
		d.add(q, o, schema.MemberOf, v.phrase(lo, hi), MethodMemberList, scoreMember)
	}
}

// membersOf returns the token of the plural "members" that is organisation
// mention o's, and the token after which the list of them may open:
// after its possessive or ", whose" ("Acme's members", "Acme, whose
// founding members"), before "of" and o ("the members of Acme", the list
// after o), or after a verb of having o's clause goes on with, past an
// apposition on o ("Acme, a farm body that counts some 90
// members"); -1 for none.
func (v *view) membersOf(o int) (m, after int) {
	e := v.s.Ents[o]
	if i := e.Start - 1; v.lw(i) == "of" || v.isDet(i) && v.lw(i-1) == "of" {
		if v.lw(i) != "of" {
			i--
		}
		if v.isMembers(i - 1) {
			return i - 1, e.End
		}
	}
	i := e.End
	switch {
	case v.isPossessive(i):
		i++
	case v.lw(i) == "," && v.lw(i+1) == "whose":
		i += 2
	default:
		m = v.membersHad(i)
		return m, m + 1
	}
	for n := 0; n < 2 && v.free(i) && (strings.HasPrefix(v.tag(i), "JJ") || v.tag(i) == "VBG"); n++ {
		i++ // "founding", "new"
	}
	if v.isMembers(i) {
		return i, i + 1
	}
	return -1, -1
}

// membersHad returns the token of "members" after a verb of having
// (memberHaving) from token i on, in the clause of the name that ends at
// i, past an apposition that a relative pronoun closes ("Acme, a farm
// body that counts some 90 members"), determiners, adjectives and
// numbers; -1 for none. No other name nor other verb comes between.
func (v *view) membersHad(i int) int {
	had := false
	for n := 0; n < 14 && v.free(i); n, i = n+1, i+1 {
		t, w := v.tag(i), v.lw(i)
		switch {
		case v.isMembers(i):
			if !had || strings.HasPrefix(v.tag(i-1), "NN") {
				return -1 // "family members"
			}
			return i
		case strings.HasPrefix(t, "VB") || t == "MD" || v.relativeWord(i-1) && memberHaving[v.lemma(i)]:
			// The tagger may take the verb after a relative pronoun
			// for a plural noun ("that counts"/NNS).
			if had || !memberHaving[v.lemma(i)] {
				return -1
			}
			had = true
		case w == ",", w == "that", w == "which", t == "DT", t == "CD", strings.HasPrefix(t, "JJ"),
			w == "than", w == "some", w == "about", w == "over", w == "nearly", w == "almost":
		case (t == "NN" || t == "NNS") && !had:
			// the apposition's noun: "a trade group"
		default:
			return -1
		}
	}
	return -1
}

// isMembers reports whether token i is the plural noun "members", outside
// a name.
func (v *view) isMembers(i int) bool {
	return v.free(i) && v.lemma(i) == "member" && v.tag(i) == "NNS"
}

// listOpener returns the token where a list of members begins after the
// noun "members" at token i-1: after "including", "such as" or a form of
// the verb "include", a comma perhaps before; -1 for none.
func (v *view) listOpener(i int) int {
	if v.lw(i) == "," {
		i++
	}
	switch {
	case v.lw(i) == "including":
		return i + 1
	case v.lw(i) == "such" && v.lw(i+1) == "as":
		return i + 2
	case v.free(i) && (v.lw(i) == "include" || v.lw(i) == "includes" || v.lw(i) == "included"):
		// The tagger may take the verb for a preposition
		// ("include"/IN).
		return i + 1
	}
	return -1
}

// relativeWord reports whether token i is a relative pronoun that opens
// a clause on a noun: "that", "which", "who".
func (v *view) relativeWord(i int) bool {
	switch v.lw(i) {
	case "that", "which", "who":
		return true
	}
	return false
}

// namesListed returns the mentions of a list of names from token k on,
// parted by commas and "and": "Acme Corp., Tarvik Inc. and Vell"; the
// list ends at the first word that opens no name.
func (v *view) namesListed(k int) []int {
	var out []int
	for {
		q := v.nameAt(k)
		if q < 0 {
			return out
		}
		out = append(out, q)
		k = v.s.Ents[q].End
		switch {
		case v.lw(k) == "," && v.lw(k+1) == "and":
			k += 2
		case v.lw(k) == "," || v.lw(k) == "and":
			k++
		default:
			return out
		}
	}
}
