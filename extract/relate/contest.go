package relate

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// scoreFace is the confidence of the face construction.
const scoreFace = 0.8

// faceSides reads a contest that a verb of facing names between two
// sides, both people or both organisations: "Ann Lee will face Bo Ek",
// "Harlow face Pellam on Saturday", "Ann Lee faces top seed Bo Ek,
// Cy Orr and her rival Di Wu", "Harlow will take on Pellam", and, between
// two sports teams, "Harlow play Pellam", "Harlow meet Pellam", "Harlow
// host Pellam" (a home match; not "Harlow will host Pellam, Velden and
// Tarvik", a tournament's sides). The sides are opponents: the contest
// may be to come, but the text names them as competitors.
func faceSides(d *docState, a int, _ map[int]bool) {
	v := d.v
	if v.isPossessive(v.s.Ents[a].End) {
		return
	}
	i := v.verbAfter(a)
	if i < 0 || v.tag(i) == "VBN" && v.isBe(i-1) {
		return // "X was faced with ...": no side
	}
	j := i + 1
	switch l := v.lemma(i); {
	case l == "face":
	case l == "take" && v.lw(j) == "on":
		j++
	case (l == "play" || l == "meet" || l == "host") && d.class(a) == typing.ClassSportsTeam:
		// Between two sides: "Harlow play Pellam on Saturday", "Harlow
		// host Pellam" (a person plays a part, meets a minister).
	default:
		return
	}
	label := v.phrase(i, j)
	sides := v.lemma(i) != "face" && v.lemma(i) != "take"
	// "X will host Y, Z and W": the sides a host welcomes to a
	// tournament or a group, whom no match against it is said yet; "X
	// host Y" alone is a home match.
	if b := v.sideAfter(a, j); b >= 0 && v.lemma(i) == "host" {
		if e := v.s.Ents[b].End; (v.lw(e) == "," || v.lw(e) == "and") && v.sideAfter(a, e+1) >= 0 {
			return
		}
	}
	for b := v.sideAfter(a, j); b >= 0; b = v.sideAfter(a, j) {
		if sides && d.class(b) != typing.ClassSportsTeam {
			return
		}
		// "X will face his arch-rival Y": the kin construction reads
		// it.
		st := v.s.Ents[b].Start
		if p, _ := v.kinPredicate(st - 1); p == "" || v.at[st-1] >= 0 || !(v.lw(st-2) == "his" || v.lw(st-2) == "her") || v.onlyPersonBefore(st-2) < 0 {
			d.add(a, b, schema.Opponent, label, MethodFace, scoreFace)
		}
		// The rest of a list: ", Y", ", and Z", "and Z".
		j = v.s.Ents[b].End
		if v.lw(j) == "," {
			j++
		}
		if v.lw(j) == "and" {
			j++
		} else if v.lw(j-1) != "," {
			return
		}
	}
}

// deicticDays are the nouns of a day said from today, which the tagger
// reads as nouns after a name ("face Y today"): a closed class.
var deicticDays = set("today", "tonight", "tomorrow", "yesterday")

// sideAfter returns the mention that names the other side of a contest
// with mention a from token i on, past a determiner or a possessive
// pronoun and up to four words that describe it (titles, adjectives,
// common nouns, a nationality: "top seed Y", "her old rival Y",
// "Norlandic champion Y"), or -1. The name heads its noun phrase.
func (v *view) sideAfter(a, i int) int {
	if v.free(i) && (v.isDet(i) || v.tag(i) == "PRP$") {
		i++
	}
	for n := 0; n < 4 && i < v.n(); n++ {
		if k := v.entAt(i); k >= 0 {
			// A nationality or a prize's adjective before the name:
			// "Norlandic champion Y", "Norlandic Y".
			if e := v.s.Ents[k]; e.End-e.Start > 1 || v.typ(k) == extract.Person || v.typ(k) == extract.Organization {
				break
			}
			i = v.s.Ents[k].End
			continue
		}
		t := v.tag(i)
		if !(strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || v.isTitleWord(i)) || tokenize.StartsUpper(v.toks[i].Text) && !v.isTitleWord(i) {
			return -1
		}
		i++
	}
	b := v.entAt(i)
	if b < 0 || v.s.Ents[b].Start != i {
		return -1
	}
	if e := v.s.Ents[b].End; strings.HasPrefix(v.tag(e), "NN") && !deicticDays[v.lw(e)] {
		return -1 // "face the Acme board"
	}
	return v.side(a, i)
}

// clauseJoin are the conjunctions that may open a clause with a subject
// of its own: a closed class.
var clauseJoin = set("and", "but", "while", "whereas")

// bonds are the classes of nouns before "between" that join two parties
// rather than set them against each other: meetings ("talks"), pacts,
// bodies ("coalition").
var bonds = []lexicon.Class{lexicon.EventMeeting, lexicon.Law, lexicon.Organization, lexicon.OrgGeneric, lexicon.Party}

// scoreRivals is the confidence of the rivals construction.
const scoreRivals = 0.8

// rivalParties reads two political parties the text sets against each
// other: a party (or parties joined by "and") that says, claims, denies
// or accuses something of another party in the same sentence ("the Unity
// Party says the Green Party would raise taxes", "the Unity Party and
// the Reds accused the Green Party of ..."), and "between" two parties
// after a noun that is no meeting, pact or body ("the gap between the
// Unity Party and the Greens"). Parties speaking of each other in news
// are rivals for votes; one a party works with ("with the Greens") is
// left out.
func rivalParties(d *docState, a int, _ map[int]bool) {
	v := d.v
	if !d.party(a) {
		return
	}
	e := v.s.Ents[a]
	// "between X and Y".
	bw := e.Start - 1
	if v.free(bw) && v.isDet(bw) {
		bw--
	}
	if v.lw(bw) == "between" && v.lw(e.End) == "and" {
		partiesBetween(d, a, bw)
		return
	}
	// The clause's subject, a party's name heading its noun phrase ("the
	// Unity Party says", not "Unity Party leaders say"), with the parties
	// joined to it.
	// A name that ends in a title is a person's the tagger took for
	// the party ("Unity Party Chairman").
	if !v.canBeSubject(a) || v.isPossessive(e.End) || v.free(e.End) && strings.HasPrefix(v.tag(e.End), "NN") || v.isTitleHead(e.End-1) {
		return
	}
	sides := []int{a}
	i := e.End
	for v.lw(i) == "and" || v.lw(i) == "," {
		b := v.nameAt(i + 1)
		if b < 0 || !d.party(b) || v.s.Ents[b].Start > i+2 {
			break
		}
		sides = append(sides, b)
		i = v.s.Ents[b].End
	}
	i = v.verbFrom(i)
	if i < 0 || !v.is(i, lexicon.Speech, lexicon.Accusation, lexicon.Opposition, lexicon.Denial) || v.is(i, lexicon.Agreement) {
		return
	}
	// "X has been accused of ...": what others say of X.
	if v.tag(i) == "VBN" && (v.isBe(i-1) || v.isBe(i-2) && v.tag(i-1) == "RB") {
		return
	}
	rivalsAfter(d, sides, i)
}

// partiesBetween reads "N between X and Y", X the party a and "between" at
// token bw, N a noun that sets them apart ("the gap between"), not one
// that binds them: the parties are opponents.
func partiesBetween(d *docState, a, bw int) {
	v := d.v
	e := v.s.Ents[a]
	if b := v.nameAt(e.End + 1); b >= 0 && d.party(b) && v.entity(b) != v.entity(a) && v.s.Ents[b].Start <= e.End+2 {
		if n := bw - 1; v.free(n) && strings.HasPrefix(v.tag(n), "NN") && !v.is(n, bonds...) && !slices.ContainsFunc(bonds, func(c lexicon.Class) bool { return v.lex.Is(v.lw(n), c) }) {
			d.add(a, b, schema.Opponent, v.phrase(n, v.s.Ents[b].End), MethodRivals, scoreRivals)
		}
	}
}

// rivalsAfter makes each party of sides, the subject of the verb at token
// i, an opponent of the parties after the verb in its clause.
func rivalsAfter(d *docState, sides []int, i int) {
	v := d.v
	label := v.phrase(i, i+1)
	for b := range v.s.Ents {
		st := v.s.Ents[b].Start
		if st <= i || !d.party(b) || v.lw(st-1) == "with" || v.isDet(st-1) && v.lw(st-2) == "with" {
			continue
		}
		// "X says ... and Y says ...": Y speaks in a clause of its own,
		// of what the text need not set against X.
		j := st - 1
		if v.free(j) && v.isDet(j) {
			j--
		}
		if clauseJoin[v.lw(j)] && v.entEnding(j) < 0 && v.verbFrom(v.s.Ents[b].End) >= 0 {
			break
		}
		for _, s := range sides {
			if v.entity(s) != v.entity(b) {
				d.add(s, b, schema.Opponent, label, MethodRivals, scoreRivals)
			}
		}
	}
}

// scoreWorkWith is the confidence of the work-with construction.
const scoreWorkWith = 0.75

// workedWith reads two people the text says work together: "Ann Lee
// worked with Bo Ek", "Ann Lee has worked closely with Bo Ek", "Ann Lee
// collaborated with Bo Ek", "Ann Lee teamed up with Bo Ek", "Ann Lee,
// who worked alongside Bo Ek": colleagues. A plan is no fact ("will work
// with").
func workedWith(d *docState, a int, _ map[int]bool) {
	v := d.v
	if v.isPossessive(v.s.Ents[a].End) {
		return
	}
	i, _ := v.relativeVerb(a)
	if i < 0 {
		i = v.verbAfter(a)
	}
	if i < 0 || v.tag(i) == "VB" || v.tag(i) == "VBG" && !v.isBe(i-1) {
		return // "to work with", "will work with"
	}
	if v.unrealised(a, i) {
		return
	}
	j := i + 1
	switch l := v.lemma(i); {
	case l == "work" || l == "collaborate":
	case l == "team" && v.lw(j) == "up":
		j++
	default:
		return
	}
	for n := 0; n < 2 && v.free(j) && v.tag(j) == "RB"; n++ {
		j++ // "closely", "together"
	}
	if v.lw(j) != "with" && v.lw(j) != "alongside" {
		return
	}
	b := v.nameAt(j + 1)
	if b < 0 || v.typ(b) != extract.Person || v.entity(b) == v.entity(a) || v.isPossessive(v.s.Ents[b].End) || !d.fullName(b) && !d.fullName(a) {
		return
	}
	d.add(a, b, schema.Colleague, v.phrase(i, j+1), MethodWorkWith, scoreWorkWith)
}
