package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// scoreLife is the confidence of the constructions of a person's life
// and an organisation's founding: "born in", "died in", "studied at",
// "founded by".
const scoreLife = 0.85

// verbAfter returns the token of the verb whose subject is mention a,
// past an apposition or relative clause, "who", auxiliaries and adverbs
// ("X, 54, who was later born ..."), or -1.
func (v *view) verbAfter(a int) int {
	i := v.skipApposition(v.s.Ents[a].End)
	if v.lw(i) == "," && v.lw(i+1) == "who" {
		i++
	}
	if v.lw(i) == "who" {
		i++
	}
	return v.verbFrom(i)
}

// relativeVerb returns the verb of the relative clause ", who ..." right
// after mention a (as verbFrom gives it, -1 when it has none), and
// whether such a clause follows a.
func (v *view) relativeVerb(a int) (int, bool) {
	if e := v.s.Ents[a].End; v.lw(e) == "," && v.lw(e+1) == "who" {
		return v.verbFrom(e + 2), true
	}
	return -1, false
}

// unrealised reports whether a modal, "to" or a negation comes among the
// three words before the verb at token i of mention a's clause (not
// before a's end): a plan, a wish or a denial ("will join Y", "wants to
// join Y", "never joined Y"), not a fact.
func (v *view) unrealised(a, i int) bool {
	for j := i - 1; j >= v.s.Ents[a].End && j >= i-3; j-- {
		if v.tag(j) == "MD" || v.lw(j) == "to" || v.is(j, lexicon.Negation) {
			return true
		}
	}
	return false
}

// verbFrom returns the verb at token i past auxiliaries and adverbs, or
// -1.
func (v *view) verbFrom(i int) int {
	for n := 0; n < 4 && i < v.n() && v.at[i] < 0; n++ {
		if t := v.tag(i); t == "RB" || v.isAux(i) || v.isBe(i) || t == "MD" {
			i++
			continue
		}
		break
	}
	if i >= v.n() || v.at[i] >= 0 || !strings.HasPrefix(v.tag(i), "VB") && v.lw(i) != "born" {
		return -1
	}
	return i
}

// placeIn returns the place named after "in" in the clause that goes on
// after token i, within a few words ("died on Tuesday at a hospice in Y",
// "was born in 1950 in Y"), or -1.
func (v *view) placeIn(i int) int {
	for j := i + 1; j < v.n() && j <= i+10; j++ {
		w, t := v.lw(j), v.tag(j)
		// A date named as a mention is passed over ("born on 12 May
		// 1950 in Y").
		if k := v.entAt(j); k >= 0 && v.typ(k) == extract.Date {
			j = v.s.Ents[k].End - 1
			continue
		}
		if w == "," || w == "." || w == ";" || w == "and" || w == "but" || strings.HasPrefix(t, "VB") || v.entAt(j) >= 0 && w != "in" {
			return -1
		}
		if w == "in" {
			if q := v.objectAfter(j); q >= 0 && v.typ(q) == extract.Location {
				return q
			}
		}
	}
	return -1
}

// lifePerson reads what a person's own verb says of birth, death and
// schooling, and the bodies a person founded: "X was born in Y", "X, who
// died in Y", "X studied at Y", "X graduated from Y", "X was educated at
// Y", "X founded Y".
func lifePerson(d *docState, a int, _ map[int]bool) {
	v := d.v
	if !v.canBeSubject(a) {
		return
	}
	// The verb of a relative clause on the name ("X, who founded Y,
	// died ..."), then the main verb past it.
	if e := v.s.Ents[a].End; v.lw(e) == "," && v.lw(e+1) == "who" {
		if i := v.verbFrom(e + 2); i >= 0 {
			d.life(a, i)
		}
	}
	if i := v.verbAfter(a); i >= 0 {
		d.life(a, i)
	}
	// "X (born 12 May 1950 in Y)": a birth in brackets on the name.
	if e := v.s.Ents[a].End; v.lw(e) == "(" && v.lw(e+1) == "born" {
		if q := v.placeIn(e + 1); q >= 0 && v.s.Ents[q].End < v.skipAside(e) {
			d.add(a, q, schema.BirthPlace, v.phrase(e+1, v.s.Ents[q].End), MethodLife, scoreLife)
		}
	}
}

// life reads the verb at token i, whose subject is the person of
// mention a.
func (d *docState) life(a, i int) {
	v := d.v
	lemma := v.lemma(i)
	switch {
	case v.lw(i) == "born":
		if q := v.placeIn(i); q >= 0 {
			d.add(a, q, schema.BirthPlace, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
		}
	case lemma == "die" && v.tag(i) != "VBG":
		if q := v.placeIn(i); q >= 0 {
			d.add(a, q, schema.DeathPlace, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
		}
	case lemma == "study" || v.lw(i) == "educated" || lemma == "graduate":
		// "studied (chemistry) at Y", "graduated from Y".
		j := i + 1
		for n := 0; n < 2 && j < v.n() && strings.HasPrefix(v.tag(j), "NN") && v.at[j] < 0 && !tokenize.StartsUpper(v.toks[j].Text); n++ {
			j++
		}
		if p := v.lw(j); !(p == "at" && lemma != "graduate" || p == "from" && lemma == "graduate") {
			return
		}
		if q := v.objectAfter(j); q >= 0 && v.typ(q) == extract.Organization {
			d.add(a, q, schema.AlumniOf, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
		}
	case lemma == "attend":
		// "attended Y": a school, not a meeting or a body's event.
		if q := v.nameAt(i + 1); q >= 0 && d.class(q) == typing.ClassEducational {
			d.add(a, q, schema.AlumniOf, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
		}
	case lemma == "marry" || lemma == "wed":
		d.married(a, i)
	case (lemma == "found" || v.lw(i) == "co-founded" || lemma == "establish" || lemma == "set" && v.lw(i+1) == "up") && v.tag(i) == "VBD" && !v.isBe(i-1):
		j := i + 1
		if lemma == "set" {
			j++ // "set up Y"
		}
		if q := v.nameAt(j); q >= 0 && v.typ(q) == extract.Organization {
			d.add(q, a, schema.Founder, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
		}
	}
}

// married reads a marriage the person of mention a entered, the verb
// at token i: "X married Y", "X, who married the actress Y", "X has
// married Y", "X was married to Y" (the spouse a person named after
// it). Not a plan, a wish or a denial ("X is to marry Y", "X will wed
// Y", "X never married Y"), nor one without a named spouse ("X married
// in Harlow"), nor a relative ("X married Y's sister").
func (d *docState) married(a, i int) {
	v := d.v
	t := v.tag(i)
	if t != "VBD" && t != "VBN" || v.unrealised(a, i) {
		return
	}
	j := i + 1
	if v.isBe(i-1) || v.tag(i-1) == "RB" && v.isBe(i-2) {
		// "was married to Y": the state, with "to"; "was married by a
		// priest" names no spouse.
		if v.lw(j) != "to" {
			return
		}
		j++
	} else if t == "VBN" && !v.isAux(i-1) {
		return
	}
	q := v.nameAt(j)
	if q < 0 {
		q = v.describedName(j)
	}
	if q < 0 || q == a || v.typ(q) != extract.Person || v.isPossessive(v.s.Ents[q].End) || v.entity(q) == v.entity(a) {
		return
	}
	d.add(a, q, schema.Spouse, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
}

// isStudent reports whether token i is a noun for one a school teaches
// or taught.
func (v *view) isStudent(i int) bool {
	return v.free(i) && strings.HasPrefix(v.tag(i), "NN") && studentWords[v.lemma(i)]
}

// school reports whether mention q names a school or university, as
// typing classes it.
func (d *docState) school(q int) bool {
	return q >= 0 && d.v.typ(q) == extract.Organization && d.class(q) == typing.ClassEducational
}

// schoolNamedBy returns the one school or university of the document
// (as typing classes it) whose name holds the name of mention q as whole
// words, q's own entity being another ("Harlow" of the University of
// Harlow), or -1.
func (d *docState) schoolNamedBy(q int) int {
	v := d.v
	if q < 0 || v.typ(q) == extract.Person {
		return -1
	}
	name := strings.ToLower(v.text(v.s.Ents[q].Start, v.s.Ents[q].End))
	found := -1
	for i, e := range d.res.Entities {
		if e.Type != extract.Organization || e.Class != typing.ClassEducational || i == v.entity(q) || !containsWord(strings.ToLower(e.Name), name) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// alumni reads a school a person attends or attended from a noun for
// its students: "X, a graduate of Y", "X, 23, a student at Y", "X is a
// former student of Y", "X, who is an alumnus of Y", "Y graduate X", "Y
// student X" (Y a school or university as typing classes it; "a
// graduate student from Y" is where the student comes from).
func alumni(d *docState, a int, _ map[int]bool) {
	v := d.v
	e := v.s.Ents[a]
	// "Y graduate X": the school's name right before the noun.
	if h := e.Start - 1; v.isStudent(h) && v.lw(h-1) == "fellow" {
		fellowStudents(d, a, h)
	} else if v.isStudent(h) {
		if q := v.entEnding(h); d.school(q) {
			d.add(a, q, schema.AlumniOf, v.phrase(v.s.Ents[q].Start, h+1), MethodLife, scoreLife)
		} else if s := d.schoolNamedBy(q); s >= 0 {
			// "Harlow student X" where the document names the
			// University of Harlow: the place stands for it.
			d.addEntity(a, s, schema.AlumniOf, v.phrase(v.s.Ents[q].Start, h+1), MethodLife, scoreLife, v.s.Ents[q].Start, e.End)
		}
	}
	// The noun in apposition ("X, 23, a graduate of Y") or after a verb
	// of being ("X is a graduate of Y").
	i := -1
	if j := v.skipParenthesis(e.End); v.lw(j) == "," {
		j++
		if v.tag(j) == "CD" && v.lw(j+1) == "," {
			j += 2
		}
		i = j
	}
	if c := v.complementAfter(a); c >= 0 {
		i = c
	}
	if i < 0 {
		return
	}
	if v.free(i) && v.isDet(i) {
		i++
	}
	// Adjectives before the noun ("a mature student", "a former
	// student").
	for n := 0; n < 2 && v.free(i) && strings.HasPrefix(v.tag(i), "JJ") && !v.isStudent(i); n++ {
		i++
	}
	if !v.isStudent(i) {
		return
	}
	if p := v.lw(i + 1); p != "of" && p != "at" {
		return
	}
	if q := v.nameAt(i + 2); d.school(q) && !v.isPossessive(v.s.Ents[q].End) {
		d.add(a, q, schema.AlumniOf, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
	}
}

// fellowStudents reads "fellow students X and Y" (the noun at token h,
// person a the first name after it): they are students where the
// document's earlier sentences put students, at the one school they
// name so ("Harlow student Ann Lee said ... Less impressed were fellow
// students Bo Ek and Cy Orr": the fellow-students rule); not when the
// text has put students at two schools, or at none.
func fellowStudents(d *docState, a, h int) {
	v := d.v
	school := -1
	for _, r := range d.res.Relations {
		if r.Predicate != schema.AlumniOf || r.Method != MethodLife || r.Sentence >= v.si {
			continue
		}
		if school >= 0 && school != r.Object {
			return
		}
		school = r.Object
	}
	if school < 0 {
		return
	}
	people := []int{a}
	if v.tag(h) == "NNS" {
		people = append(people, v.peopleAfter(v.s.Ents[a].End, 4, ",", "and")...)
	}
	for _, p := range people {
		d.addEntity(p, school, schema.AlumniOf, v.phrase(h-1, v.s.Ents[p].End), MethodLife, scoreLife, h-1, v.s.Ents[p].End)
	}
}

// foundedBy reads "Y, founded by X", "Y was founded in 1998 by X and Z",
// "Y, set up by X", "Y was established by X": the organisation's
// founders.
func foundedBy(d *docState, a int, _ map[int]bool) {
	v := d.v
	v.clauseScan(a, func(i int) bool {
		start := i + 1
		switch w := v.lw(i); {
		case w == "founded" || w == "co-founded" || w == "established":
		case w == "set" && v.lw(i+1) == "up":
			start++
		default:
			return true
		}
		for j := start; j < v.n() && j <= i+4; j++ {
			if v.lw(j) != "by" {
				continue
			}
			for k := j + 1; k < v.n(); {
				// The names themselves: "founded by former Acme
				// executives" names no founder.
				q := v.entAt(k)
				if q < 0 || v.typ(q) != extract.Person || strings.HasPrefix(v.tag(v.s.Ents[q].End), "NN") {
					break
				}
				d.add(a, q, schema.Founder, v.phrase(i, v.s.Ents[q].End), MethodLife, scoreLife)
				k = v.s.Ents[q].End
				if w := v.lw(k); w != "and" && w != "," {
					break
				}
				k++
			}
			break
		}
		return false
	})
}

// class returns the class of mention q's entity, or "".
func (d *docState) class(q int) string {
	e := d.v.entity(q)
	if e < 0 || e >= len(d.res.Entities) {
		return ""
	}
	return d.res.Entities[e].Class
}

// copulaTitle reads a title a person's verb of being gives: "X is the new
// president of Y", "X was prime minister", "X became chairman of Y", "X
// served as minister for work", "X, who is a Y lawyer". The title and
// where it is held are read as the title construction reads them.
func copulaTitle(d *docState, a int, _ map[int]bool) {
	v := d.v
	i := v.complementAfter(a)
	if i < 0 {
		return
	}
	// Title words, perhaps after an organisation's or a place's name
	// ("a Norland senator", "the Acme chief executive").
	q, hs := -1, i
	if k := v.entAt(i); k >= 0 && v.typ(k) != extract.Person {
		q, i, hs = k, v.s.Ents[k].End, v.s.Ents[k].End
		if v.isPossessive(i) {
			i = v.titleAfterPossessive(i + 1)
			hs = v.fieldNouns(i)
		}
	}
	te, ok := v.titleAfter(hs)
	// The title ends its phrase: "X is a lawyer's son" holds none.
	if !ok || v.isPossessive(te) || v.free(te) && strings.HasPrefix(v.tag(te), "NN") {
		return
	}
	// "X is director of marketing at Y": a field, then where.
	if k := v.commonPhrase(te + 1); v.lw(te) == "of" && v.nameAt(te+1) < 0 && k > te+1 && v.lw(k) == "at" {
		if q := v.nameAt(k + 1); q >= 0 && v.typ(q) == extract.Organization && !strings.HasPrefix(v.tag(v.s.Ents[q].End), "NN") {
			d.title(a, v.titleText(i, te))
			d.employ(a, q, i, te, v.phrase(v.s.Ents[a].Start, v.s.Ents[q].End), MethodCopula, scoreTitle)
		}
		return
	}
	// "X became a defender of the reforms": an occupation's noun of a
	// cause, not a post.
	if v.lw(te) == "of" && v.nameAt(te+1) < 0 && !v.is(te-1, lexicon.Office) {
		return
	}
	d.title(a, v.titleText(i, te))
	switch {
	case q >= 0:
		d.employ(a, q, i, te, v.phrase(v.s.Ents[a].Start, te), MethodCopula, scoreTitle)
	case v.lw(te) == "of" || v.lw(te) == "at" || v.lw(te) == "for":
		// The name heads its phrase: not "head of the Norlandic
		// Olympic team".
		if q := v.nameAt(te + 1); q >= 0 && v.typ(q) != extract.Person && !strings.HasPrefix(v.tag(v.s.Ents[q].End), "NN") && !strings.HasPrefix(v.tag(v.s.Ents[q].End), "JJ") {
			label := v.phrase(v.s.Ents[a].Start, v.s.Ents[q].End)
			if v.lw(te) == "for" && v.isMP(te-1) {
				// "MP for X": X is a constituency, whatever the
				// tagger made of it.
				d.add(a, q, schema.WorkLocation, label, MethodCopula, scoreTitle)
				return
			}
			d.employ(a, q, i, te, label, MethodCopula, scoreTitle)
		}
	}
}

// complementAfter returns the token where the complement of a verb of
// being or serving whose subject is mention a begins, past its article
// ("X is the ...", "X, who is a ...", "X became ...", "X served as ..."),
// or -1 (also after a negation: "X is not the chairman").
func (v *view) complementAfter(a int) int {
	if !v.canBeSubject(a) {
		return -1
	}
	// "X, who is ...", or the verb after an apposition.
	// "X (born 1950 in Y) is ...": a parenthesis on the name first.
	i := v.skipAside(v.s.Ents[a].End)
	if v.lw(i) == "," && v.lw(i+1) == "who" {
		i += 2
	} else {
		i = v.skipApposition(i)
	}
	for n := 0; n < 3 && v.free(i) && (v.tag(i) == "RB" || v.isAux(i) || v.tag(i) == "MD") && !v.is(i, lexicon.Negation); n++ {
		i++
	}
	leaving := v.leavingAs(i)
	switch l := v.lemma(i); {
	case leaving > 0:
		i = leaving
	case v.isBe(i) && v.lw(i) != "being", l == "become", l == "remain":
		i++
	case l == "serve" && v.lw(i+1) == "as":
		i += 2
	default:
		return -1
	}
	if v.is(i, lexicon.Negation) {
		return -1
	}
	// An adverb after the verb: "X, who is also chairman", "X is now
	// chairman".
	if v.free(i) && v.tag(i) == "RB" && !v.is(i, lexicon.Negation) && (v.isDet(i+1) || v.isTitleWord(i+1)) {
		i++
	}
	if v.free(i) && v.isDet(i) {
		i++
	}
	return i
}

// titleAfterPossessive returns where the title begins in a verb of being's
// complement after a body's or a place's possessive, token i being the
// word after it (the possessive-copula construction): past up to three
// adjectives that open no title ("X is Acme's chief executive", "X was
// Norland's first black cabinet minister", "X is Norland's
// longest-serving prime minister"); not past a former word, which the
// title keeps, nor "top", an epithet's: "Norland's top policeman"
// describes a person by rank and holds no post. The one word is the rule,
// a closed list of one: no lexicon class holds the adjectives of an
// informal rank, and the nearest, "chief" and "senior", open or qualify
// a real title ("chief executive", "senior minister").
func (v *view) titleAfterPossessive(i int) int {
	for n := 0; n < 3 && v.free(i) && v.tag(i) == "JJ" && v.lw(i) != "top" && !v.former(i, i+1); n++ {
		if _, ok := v.titleAfter(i); ok {
			break
		}
		i++
	}
	return i
}

// fieldNouns returns where the title's own words begin after up to two
// common nouns of its field from token i ("cabinet minister", "finance
// director"), or i: not a person's nor a time's noun.
func (v *view) fieldNouns(i int) int {
	k := i
	for n := 0; n < 2 && v.free(k) && v.tag(k) == "NN" && !tokenize.StartsUpper(v.toks[k].Text) && !v.isTitleWord(k) && !v.is(k, lexicon.PersonNoun, lexicon.TimeSpan); n++ {
		k++
	}
	if k > i && v.free(k) && v.isTitleWord(k) {
		return k
	}
	return i
}

// leavingAs returns the token after "as" when a verb of leaving a post
// that is still to come begins at token i, or -1 (the leaving-as
// construction): "X will step down as chairman", "X is to stand down as
// an Acme MP", "X plans to resign as chief executive", "X would quit as
// manager": who is to leave a post holds it now. The verb is in its base
// form after a modal, after "to" that a verb of being or of intending
// takes; not "X stepped down as chairman", a post no longer held. The
// verbs are lexicon's LeaveOffice, alone or with its particle, as
// leavesOffice reads them ("stand down" among them).
func (v *view) leavingAs(i int) int {
	switch {
	case v.isBe(i) && v.lw(i+1) == "to":
		i += 2
	case v.lw(i) == "to" && v.isBe(i-1):
		i++
	case v.lw(i+1) == "to" && v.free(i) && v.is(i, lexicon.Intention):
		i += 2
	case v.tag(i-1) != "MD":
		return -1
	}
	if !v.free(i) || v.tag(i) != "VB" {
		return -1
	}
	switch {
	case v.lw(i+1) == "as" && v.is(i, lexicon.LeaveOffice):
		return i + 2
	case v.lw(i+2) == "as" && v.leavesOffice(i):
		return i + 3
	}
	return -1
}

// skipAside returns the token after a parenthesis that opens at token i
// and closes within twenty tokens without another opening in it ("(born
// 12 May 1950 in Harlow)"), or i.
func (v *view) skipAside(i int) int {
	if v.lw(i) != "(" {
		return i
	}
	for j := i + 1; j < v.n() && j <= i+20; j++ {
		switch v.lw(j) {
		case ")":
			return j + 1
		case "(":
			return i
		}
	}
	return i
}

// free reports whether token i is in the sentence and in no mention.
func (v *view) free(i int) bool { return i >= 0 && i < v.n() && v.at[i] < 0 }

// bornPlace reads a person's place of birth from a participle that
// opens the sentence or a place's name hyphened to "born": "Born in
// Harlow, Ann Lee ...", "Harlow-born Ann Lee", "the Harlow-born singer
// Ann Lee", "Ann Lee, the Harlow-born singer". A proper adjective before
// "-born" ("Norlandic-born") stands for the place it pertains to when the
// document names it, and for nothing else.
func bornPlace(d *docState) {
	v := d.v
	if v.lw(0) == "born" {
		// The subject is the person named right after a comma that
		// ends the participle's clause, before any verb: "Born in
		// Harlow, Norland, on 5 April 1920, Ann Lee was ...".
		if q := v.placeIn(0); q >= 0 {
			for j := v.s.Ents[q].End; j < v.n() && j <= v.s.Ents[q].End+12; j++ {
				if v.free(j) && strings.HasPrefix(v.tag(j), "VB") {
					break
				}
				if v.lw(j) != "," {
					continue
				}
				if a := v.entAt(j + 1); a >= 0 && v.typ(a) == extract.Person && !v.isPossessive(v.s.Ents[a].End) {
					d.add(a, q, schema.BirthPlace, v.phrase(0, v.s.Ents[q].End), MethodLife, scoreLife)
					break
				}
			}
		}
	}
	for i := 0; i < v.n(); i++ {
		place, ok := strings.CutSuffix(v.toks[i].Text, "-born")
		if !ok || place == "" {
			continue
		}
		if !tokenize.StartsUpper(place) {
			continue
		}
		a := v.personOfModifier(i)
		if a < 0 {
			continue
		}
		label := v.phrase(min(i, v.s.Ents[a].Start), max(i+1, v.s.Ents[a].End))
		lo, hi := min(i, v.s.Ents[a].Start), max(i+1, v.s.Ents[a].End)
		if k := v.placeCovering(i); k >= 0 {
			d.add(a, k, schema.BirthPlace, label, MethodLife, scoreLife)
			continue
		}
		// The words of a place's name before it: "New Zealand-born",
		// "South African-born".
		first := i
		for first > 0 && first > i-2 && v.tag(first-1) == "NNP" && !v.isDet(first-1) && v.entAt(first-1) < 0 && v.at[first-1] < 0 {
			first--
		}
		name := strings.TrimSuffix(v.text(first, i+1), "-born")
		e := -1
		if ps := v.lex.Pertains(strings.ToLower(name)); len(ps) > 0 {
			e = d.knownPlace(ps)
		} else if len(v.lex.Pertains(strings.ToLower(place))) == 0 {
			e = d.placeEntity(name, v.toks[first].Start)
		}
		if e >= 0 {
			d.addEntity(a, e, schema.BirthPlace, label, MethodLife, scoreLife, lo, hi)
		}
	}
}

// personOfModifier returns the person a modifier at token i describes:
// the first name after it in its noun phrase ("Harlow-born Ann Lee",
// "the Harlow-born singer Ann Lee"), or the name its phrase is in
// apposition to ("Ann Lee, the Harlow-born singer"), or -1.
func (v *view) personOfModifier(i int) int {
	for j := i + 1; j < v.n() && j <= i+4; j++ {
		if k := v.entAt(j); k >= 0 {
			if v.typ(k) == extract.Person && !v.isPossessive(v.s.Ents[k].End) {
				return k
			}
			return -1
		}
		if t := v.tag(j); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			break
		}
	}
	j := i - 1
	if v.isDet(j) {
		j--
	}
	if v.lw(j) == "," {
		if k := v.entEnding(j); k >= 0 && v.typ(k) == extract.Person {
			return k
		}
	}
	return -1
}

// knownPlace returns the place entity of the document named by one of
// names, or -1.
func (d *docState) knownPlace(names []string) int {
	for _, n := range names {
		if k := resolve.Key(n); k != "" {
			if i := d.placeKeyed(k); i >= 0 {
				return i
			}
		}
	}
	return -1
}

// placeCovering returns the place mention that covers token i or runs into it
// from the token before ("New York" of "New York-born"), or -1.
func (v *view) placeCovering(i int) int {
	for _, j := range []int{i, i - 1} {
		if j < 0 || v.at[j] < 0 {
			continue
		}
		k := v.at[j]
		if v.typ(k) == extract.Location && v.res.Mentions[v.ment[k]].End > v.toks[i].Start {
			return k
		}
	}
	return -1
}
