package relate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// Confidence of each construction: how often it states the relation when
// it matches (set by hand, checked on our articles and on Re-DocRED dev).
const (
	scoreAppositive = 0.85
	scorePlaceComma = 0.8
	scoreTitle      = 0.85
	scoreAnaphor    = 0.6
	scoreOf         = 0.7
	scoreBased      = 0.9
	scoreFrom       = 0.65
	scorePossessive = 0.7
	scoreIn         = 0.7
	scoreActive     = 0.8
	scoreNation     = 0.8
	scoreKin        = 0.85
	scoreMember     = 0.85
	scorePlaceKind  = 0.8
	scoreLineup     = 0.85
	scoreClubList   = 0.8
	// scorePronoun scales the score of a relation whose subject is a
	// sentence-initial "He" or "She" read as the person the sentence
	// before opens with (pronounSubjects).
	scorePronoun = 0.9
)

// construction is one English construction the rules read in a
// sentence: its name (recorded as Relation.Method), an example of what it
// matches, the predicates it produces, and its function, run on each
// mention of the types it starts from (mention) or once on the sentence
// (sentence).
type construction struct {
	name     string
	example  string
	produces string
	// from lists the coarse types of the mentions mention runs on; nil
	// means every mention.
	from     []string
	mention  func(d *docState, k int, used map[int]bool)
	sentence func(d *docState)
}

// Constructions lists the names of the English constructions the relation
// stage reads, in the order they run, each with an example and the
// predicates it produces.
func Constructions() [][3]string {
	out := make([][3]string, len(constructionTable))
	for i, c := range constructionTable {
		out[i] = [3]string{c.name, c.example, c.produces}
	}
	return out
}

// constructionTable holds the constructions. The per-mention ones run
// mention by mention, each mention through the table in order; the
// per-sentence ones after them. "used" marks trigger tokens ("based",
// "active") already given to a subject.
var constructionTable = []construction{
	{name: MethodTitle, example: "Acme chief executive Jane Doe; Russia's President X; the agency's chief, X; Jane Doe MP; X wrote to fellow Acme Guild trustees",
		produces: "worksFor memberOf workLocation jobTitle", from: []string{extract.Person},
		mention: func(d *docState, k int, _ map[int]bool) {
			if !d.sideStanding(k) {
				titleBeforeName(d, k)
			}
			titleAfterName(d, k)
			fellowMember(d, k)
		}},
	{name: MethodFrom, example: "Jane Doe, 34, from Leeds; Jane Doe from research firm Acme", produces: "homeLocation worksFor", from: []string{extract.Person},
		mention: func(d *docState, k int, _ map[int]bool) {
			fromPlace(d, k)
			fromFirm(d, k)
		}},
	{name: MethodBased, example: "Acme, based in Paris; Acme is headquartered in Paris", produces: "location",
		from: []string{extract.Organization}, mention: basedIn},
	{name: MethodActive, example: "X, a branch of Y active in A and B", produces: "areaServed",
		from: []string{extract.Organization}, mention: activeIn},
	{name: MethodAppositive, example: "X, a branch of Y; Jane Doe, a spokesman for Acme; Aiken, S.C.; Vell Foods, owned by Acme,",
		produces: "parentOrganization subOrganization worksFor memberOf workLocation nationality homeLocation containedInPlace jobTitle",
		mention:  appositive},
	{name: MethodOf, example: "Jane Doe of Acme; Doe, of Denver,", produces: "worksFor homeLocation location",
		mention: func(d *docState, k int, _ map[int]bool) { ofPhrase(d, k) }},
	{name: MethodPossessive, example: "Russia's Acme; Acme's Jane Doe; Acme's subsidiary Beta",
		produces: "location containedInPlace worksFor parentOrganization subOrganization",
		mention: func(d *docState, k int, _ map[int]bool) {
			possessive(d, k)
			chairOf(d, k)
		}},
	{name: MethodIn, example: "Krasnogorsk in the Moscow region; the X arena on the outskirts of Y", produces: "containedInPlace location",
		mention: func(d *docState, k int, _ map[int]bool) {
			inPlace(d, k)
			eventFor(d, k)
			onCoast(d, k)
			locatedAt(d, k)
		}},
	{name: MethodNationality, example: "Norlandic sprinters Jane Doe and John Roe; Norland television host Jane Doe", produces: "nationality",
		from: []string{extract.Person}, mention: func(d *docState, k int, _ map[int]bool) {
			nationalityBefore(d, k)
			nationalityAfter(d, k)
		}},
	{name: MethodCountryDescriptor, example: "Norlandic bank Acme; Norland software firm Acme; Norland's leading retail bank Acme", produces: "location",
		from: []string{extract.Organization}, mention: countryDescriptor},
	{name: MethodKin, example: "Jane Doe's father John Doe; Jane Doe and her husband John Roe; Jane Doe's ally John Roe; Jane Doe's rival John Roe", produces: "spouse parent sibling colleague opponent",
		from: []string{extract.Person}, mention: func(d *docState, k int, _ map[int]bool) {
			kinBefore(d, k)
			kinOpening(d, k)
			kinCopula(d, k)
		}},
	{name: MethodMember, example: "Ann Lee took her new band Acme on tour; Ann Lee's party Acme; Bo Ek left his club Harlow; Harlow star Ann Lee", produces: "memberOf worksFor",
		from: []string{extract.Organization}, mention: func(d *docState, k int, _ map[int]bool) {
			memberBefore(d, k)
			clubStar(d, k)
		}},
	{name: MethodMemberList, example: "Acme, a trade group that counts 400 members, including Vell Inc. and Ann Lee; Acme, whose members include Ann Lee", produces: "memberOf",
		from: []string{extract.Organization}, mention: memberList},
	{name: MethodPlaceKind, example: "the Norlandic resort of Harlow; the Norland port city of Harlow", produces: "containedInPlace",
		from: []string{extract.Location}, mention: func(d *docState, k int, _ map[int]bool) { placeKindOf(d, k) }},
	{name: MethodResult, example: "Harlow beat Pellam 2-1; Ann Lee lost to Bo Ek; Harlow's win over Pellam; Harlow v Pellam; Harlow 19-13 Pellam; Harlow take a slim lead over Pellam", produces: "opponent",
		from: []string{extract.Person, extract.Organization}, mention: resultSides},
	{name: MethodFace, example: "Ann Lee will face Bo Ek; Harlow face Pellam; Ann Lee faces top seed Bo Ek and Cy Orr; Harlow will take on Pellam", produces: "opponent",
		from: []string{extract.Person, extract.Organization}, mention: faceSides},
	{name: MethodRivals, example: "the Unity Party says the Green Party would raise taxes; the gap between the Unity Party and the Greens", produces: "opponent",
		from: []string{extract.Organization}, mention: rivalParties},
	{name: MethodSeat, example: "Ann Lee served on the Harlow Council; Ann Lee sits on the Acme board; Ann Lee was elected to the Ostmark Assembly", produces: "memberOf",
		from: []string{extract.Person}, mention: seatIn},
	{name: MethodJoin, example: "Ann Lee joined Acme in 1990; Ann Lee, who joined Harlow from Pellam; Ann Lee joined Acme as chief executive; Norland joined the Vell Union", produces: "worksFor memberOf jobTitle",
		from: []string{extract.Person, extract.Location}, mention: joined},
	{name: MethodWorkWith, example: "Ann Lee worked with Bo Ek; Ann Lee has worked closely with Bo Ek; Ann Lee teamed up with Bo Ek", produces: "colleague",
		from: []string{extract.Person}, mention: workedWith},
	{name: MethodLife, example: "Ann Lee was born in Harlow; Born in Harlow, Ann Lee ...; Harlow-born Ann Lee; Ann Lee, who died in Harlow; Ann Lee studied at Acme College; Ann Lee founded Acme; Acme, founded by Ann Lee",
		produces: "birthPlace deathPlace alumniOf founder", from: []string{extract.Person, extract.Organization},
		mention: func(d *docState, k int, used map[int]bool) {
			if d.v.typ(k) == extract.Person {
				lifePerson(d, k, used)
				alumni(d, k, used)
			} else {
				foundedBy(d, k, used)
			}
		},
		sentence: bornPlace},
	{name: MethodCopula, example: "Ann Lee is the new president of Acme; Ann Lee became chairman; Ann Lee served as minister for work",
		produces: "worksFor memberOf workLocation jobTitle", from: []string{extract.Person}, mention: copulaTitle},
	{name: MethodTitleOf, example: "the head of Acme, Jane Doe", produces: "worksFor memberOf workLocation jobTitle", sentence: titleOf},
	{name: MethodDescription, example: "Ann Lee won in Harlow. The Norlandic sprinter will race again; The 29-year-old Norlandic winger has ...", produces: "nationality jobTitle", sentence: description},
	{name: MethodBasedPrefix, example: "the Paris-based group Acme; Acme, a Paris-based group", produces: "location", sentence: basedPrefix},
	{name: MethodLineup, example: "Norland: Lee; Ek, Vell (Moss 58), Pellam", produces: "worksFor", sentence: lineupSide},
	{name: MethodClubList, example: "Ann Lee (Harlow AC), Bo Ek (Pellam, Ostmark and District)", produces: "worksFor memberOf", sentence: clubList},
}

// lineupSide relates each player of a line-up to the side named before
// its colon ("Norland: Lee; Ek, Vell (Moss 58) ..."), when that is a
// body's name, and the players of a list of lineupBenchMin or more right
// after it headed by a word that names nothing ("Replacements: Ann, Bo,
// Cy, Di") to the same side; a short one ("Booked: Ek, Moss") may name
// both sides' players, and a list headed by a place's name is another
// side's.
func lineupSide(d *docState) {
	v := d.v
	if len(v.res.Lineups) == 0 {
		return
	}
	if d.sides == nil {
		d.sides = lineupSides(v.res)
	}
	sides := d.sides
	for li, l := range v.res.Lineups {
		if l.Sentence != v.si || sides[li] < 0 {
			continue
		}
		team := -1
		for k, e := range v.s.Ents {
			if e.Start == l.Label[0] && e.End == l.Label[1] && v.typ(k) == extract.Organization {
				team = k
			}
		}
		for _, nm := range l.Names {
			for k, e := range v.s.Ents {
				if e.Start != nm[0] || e.End != nm[1] || v.typ(k) != extract.Person {
					continue
				}
				if team >= 0 {
					d.add(k, team, schema.WorksFor, "", MethodLineup, scoreLineup)
				} else {
					d.addEntity(k, sides[li], schema.WorksFor, "", MethodLineup, scoreLineup, nm[0], nm[1])
				}
			}
		}
	}
}

// clubList relates each person of a list of names with a name in
// brackets after each ("Ann Lee (Harlow AC), Bo Ek (Pellam Harriers)", a
// results or squad list, two such names or more in the sentence) to the
// body in the brackets after the person: a party's member (memberOf),
// any other body's player or employee (worksFor: plays for).
func clubList(d *docState) {
	v := d.v
	var pairs [][2]int
	n := 0
	for k, e := range v.s.Ents {
		if e.End+1 >= v.n() || v.lw(e.End) != "(" {
			continue
		}
		j := v.entAt(e.End + 1)
		if j < 0 || v.s.Ents[j].Start != e.End+1 || v.s.Ents[j].End >= v.n() || v.lw(v.s.Ents[j].End) != ")" {
			continue
		}
		n++
		if v.typ(k) == extract.Person && v.typ(j) == extract.Organization {
			pairs = append(pairs, [2]int{k, j})
		}
	}
	if n < 2 {
		return
	}
	for _, p := range pairs {
		d.add(p[0], p[1], v.partyPredicate(p[1], schema.WorksFor, true), "", MethodClubList, scoreClubList)
	}
}

// lineupBenchMin is the fewest players of a list headed by a word
// ("Replacements:") that lineupSide gives the side of the list before.
const lineupBenchMin = 4

// lineupSides returns, for each line-up of res, the entity of the side
// its players play for (see lineupSide), or -1.
func lineupSides(res *extract.Result) []int {
	out := make([]int, len(res.Lineups))
	for li, l := range res.Lineups {
		out[li] = -1
		if l.Label[1] <= l.Label[0] || l.Sentence < 0 || l.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[l.Sentence].Tokens
		if l.Label[1] > len(toks) {
			continue
		}
		lo, hi := toks[l.Label[0]].Start, toks[l.Label[1]-1].End
		named := false
		for _, m := range res.Mentions {
			if m.Start < hi && m.End > lo {
				named = true
				if m.Start == lo && m.End == hi && m.Entity >= 0 && m.Entity < len(res.Entities) && res.Entities[m.Entity].Type == extract.Organization {
					out[li] = m.Entity
				}
			}
		}
		if !named && li > 0 && len(l.Names) >= lineupBenchMin && res.Lineups[li-1].Sentence == l.Sentence-1 {
			out[li] = out[li-1]
		}
	}
	return out
}

// constructions applies the English constructions that opts does not
// turn off to the current sentence.
func constructions(d *docState, off map[string]bool) {
	v := d.v
	used := map[int]bool{}
	for k := range v.s.Ents {
		// A wire's credit or a dateline's agency filed the report; no
		// construction reads the sentence from it ("Wirenews - A
		// squadron based in Harlow ...").
		if v.credit(k) || v.datelineAgency(k) {
			continue
		}
		for _, c := range constructionTable {
			if c.mention == nil || off[c.name] || c.from != nil && !slices.Contains(c.from, v.typ(k)) {
				continue
			}
			c.mention(d, k, used)
		}
	}
	for _, c := range constructionTable {
		if c.sentence != nil && !off[c.name] {
			c.sentence(d)
		}
	}
}

// isDet reports whether token i is a determiner or possessive pronoun.
func (v *view) isDet(i int) bool {
	switch v.lw(i) {
	case "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "another":
		return true
	}
	return v.tag(i) == "DT" || v.tag(i) == "PRP$"
}

// isPossessive reports whether token i is a possessive marker.
func (v *view) isPossessive(i int) bool {
	switch v.lw(i) {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

func (v *view) isTitleWord(i int) bool {
	if v.tag(i) == "NNPS" {
		return false // a plural name ("Rovers boss X"), not a title's word
	}
	w := v.lw(i)
	return w != "" && (v.isTitleLemma(v.lemma(i)) || titleModifiers[w] || v.isTitleCompound(w) || v.appointed(i))
}

// appointed reports whether token i is part of a participle an adverb in
// -ly modifies, as one word or two: "newly-appointed", "newly elected",
// "democratically-elected" (a title's modifier).
func (v *view) appointed(i int) bool {
	w := v.lw(i)
	if j := strings.IndexByte(w, '-'); j > 0 {
		return strings.HasSuffix(w[:j], "ly") && strings.HasSuffix(w, "ed") && !strings.Contains(w[j+1:], "-")
	}
	lyAdverb := func(k int) bool { return v.tag(k) == "RB" && strings.HasSuffix(v.lw(k), "ly") }
	return lyAdverb(i) && v.tag(i+1) == "VBN" || v.tag(i) == "VBN" && lyAdverb(i-1)
}

// isTitleCompound accepts hyphenated titles made of title words:
// "deputy-director", "ex-president".
func (v *view) isTitleCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p != "" && !v.isTitleLemma(p) && !titleModifiers[p] {
			return false
		}
	}
	return v.isTitleLemma(parts[len(parts)-1])
}

func (v *view) isTitleHead(i int) bool {
	// A title's head is a noun, though the tagger may take it for an
	// adjective or a verb in the present ("Acme chief X", "Rovers boss
	// X"); never a participle ("starring").
	if t := v.tag(i); t == "VBG" || t == "VBD" || t == "VBN" || t == "MD" {
		return false
	}
	return v.isTitleLemma(v.lemma(i)) || v.isTitleCompound(v.lw(i))
}

// titleBefore returns the start of the longest job title ending just
// before token end ("chief executive" in "Acme chief executive Jane
// Doe"); ok is false when the word before end is not a title's head.
func (v *view) titleBefore(end int) (start int, ok bool) {
	if !v.isTitleHead(end-1) || v.at[end-1] >= 0 {
		return 0, false
	}
	start = end - 1
	for start > 0 && v.isTitleWord(start-1) && v.at[start-1] < 0 {
		start--
	}
	// "Auditor General X": in a title written with capitals, a
	// person's noun before the head that WordNet holds as no office
	// (an auditor, a comptroller) is the office's own word.
	if start > 0 && v.free(start-1) && tokenize.StartsUpper(v.toks[start-1].Text) && tokenize.StartsUpper(v.toks[start].Text) &&
		(v.tag(start-1) == "NNP" || v.tag(start-1) == "NN") && v.is(start-1, lexicon.PersonNoun) && !v.is(start-1, lexicon.Kinship, lexicon.Honorific, lexicon.Character) &&
		!v.isDet(start-2) && v.lex.Lemma(v.toks[start-1].Text, "NNS") == v.lw(start-1) {
		start--
	}
	return start, true
}

// titleAfter returns the end of the job title starting at token start
// ("chief executive" in "Acme's chief executive, said"): title words whose
// last is a head.
func (v *view) titleAfter(start int) (end int, ok bool) {
	end = start
	last := -1
	for end < v.n() && v.isTitleWord(end) && v.at[end] < 0 {
		if v.isTitleHead(end) {
			last = end
		}
		end++
	}
	if last < 0 {
		return 0, false
	}
	return last + 1, true
}

// former reports whether any of tokens [lo, hi) marks a title no longer
// held.
func (v *view) former(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		w := v.lw(i)
		if formerWord(w) {
			return true
		}
	}
	return false
}

// pastMarker returns the token before ts, in the noun phrase of the
// title that begins at ts, that marks the title as no longer held, or -1:
// a former word before the names, adjectives and nouns that modify the
// title, and the title's words the tagger took for others ("former
// Norlandic triple jumper", "ex-Acme boss", "then deputy Acme chairman",
// "Former Acme chief" where the recognizer took the word into the name).
// A person's name, a determiner, a verb or a punctuation mark ends the
// phrase.
func (v *view) pastMarker(ts int) int {
	for k, n := ts-1, 0; k >= 0 && n < 6; n++ {
		if q := v.at[k]; q >= 0 {
			st := v.s.Ents[q].Start
			if v.typ(q) == extract.Person {
				return -1
			}
			if v.former(st, st+1) {
				return st
			}
			k = st - 1
			continue
		}
		if v.former(k, k+1) {
			return k
		}
		if t := v.tag(k); !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && !v.isPossessive(k) && !v.isTitleWord(k) && v.lw(k) != "-" {
			return -1
		}
		k--
	}
	return -1
}

// portfolioAfterPrefix reports whether w, the word after "ex-" before a
// title, is the title's own: a common noun ("ex-health secretary") or an
// adjective that pertains to no place ("ex-Foreign Secretary", the
// prefix-adjective construction).
func (v *view) portfolioAfterPrefix(w string) bool {
	return v.lex.Known(w, lexicon.Noun) || v.lex.Known(w, lexicon.Adjective) && len(v.lex.Pertains(w)) == 0
}

// pastTitle returns title t of tokens [ts, tend) marked as no longer held
// when a former word comes before it in its noun phrase (the past-title
// construction): "former Norlandic triple jumper Bo Ek" is a "former
// jumper", "ex-Acme boss Bo Ek" a "former boss", "ex-health secretary Bo
// Ek" an "ex-health secretary" (a common noun after the prefix is the
// title's); t itself when no word marks it, or t says so.
func (v *view) pastTitle(ts, tend int, t string) string {
	if t == "" || saysPast(t) {
		return t
	}
	// The word may be inside the tokens and left out of the text, a
	// compound adjective that describes the holder ("ex-Acme").
	k := -1
	for i := ts; i < tend && k < 0; i++ {
		if v.former(i, i+1) {
			k = i
		}
	}
	if k < 0 {
		k = v.pastMarker(ts)
	}
	if k < 0 {
		return t
	}
	w := v.lw(k)
	switch {
	case strings.HasPrefix(w, "ex-") && k >= ts-1 && k < tend && v.at[k] < 0 && v.portfolioAfterPrefix(w[3:]):
		return "ex-" + v.toks[k].Text[3:] + " " + t // "ex-health secretary", "ex-Cabinet minister", "ex-Foreign Secretary"
	case w == "ex" || w == "formerly" || strings.HasPrefix(w, "ex-"):
		return "former " + t // "ex-Acme boss" is a "former boss"
	}
	return w + " " + t
}

// saysPast reports whether title t holds a word that marks it as no longer
// held ("former", "ex-minister").
func saysPast(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if formerWord(w) {
			return true
		}
	}
	return false
}

// isOwner reports whether token i is WordNet's noun for one who owns a
// thing (owner, proprietor), or a compound of it ("co-owner").
func (v *view) isOwner(i int) bool {
	switch l := v.lemma(i); strings.TrimPrefix(l, "co-") {
	case "owner", "proprietor":
		return true
	}
	return false
}

// employ records that person p holds title tokens [lo, hi) at mention q:
// works for (or is a member of) an organisation, works in a place.
func (d *docState) employ(p, q, lo, hi int, label, method string, score float64) {
	v := d.v
	// A dateline's town says where the report was filed, not where the
	// title is held ("TARVIK President Ann Lee said", its dash left
	// out).
	if p < 0 || q < 0 || v.former(lo, hi) || v.dateline(q) {
		return
	}
	// "former Acme chief executive X": the word may come before the
	// organisation's name. A party's former leader is still its member
	// ("former Tory leader X").
	// The tagger may take the word into the name ("Former Acme").
	if st := v.s.Ents[q].Start; st < lo && v.former(max(0, st-2), st+1) && !d.party(q) {
		return
	}
	if v.oppositionPortfolio(q) {
		return
	}
	switch v.typ(q) {
	case extract.Organization:
		// "Harlow Road actor X", "the Velden Nights star X": what an
		// actor is named by is most often the film or the show, a work
		// typing did not tell; a body typing knows ("Acme News
		// presenter") stays an employer.
		if hi > lo && v.is(hi-1, lexicon.Performer) && d.class(q) == "" {
			return
		}
		// "the Harlow Rovers owner X": an owner is no employee.
		if hi > lo && v.isOwner(hi-1) {
			return
		}
		// "Ann Lee's lawyer X" with a person the tagger took for a
		// body: one engaged for a service acts for a client, no
		// employer (as for a person, below).
		if hi > lo && v.isPossessive(lo-1) && v.is(hi-1, lexicon.Counsel) && d.givenNamed(q) {
			d.add(p, q, schema.Knows, label, method, score)
			return
		}
		// "Norland's Acme ambassador X": the body is where the envoy
		// is posted, no employer.
		if v.postedTo(q) {
			return
		}
		// "X, the Harlow North MP": a place's name, maybe with a
		// compass word, before a member's letters is the seat, where
		// the member works, and no party.
		if hi > lo && v.isMP(hi-1) && d.seatName(q) {
			d.add(p, q, schema.WorkLocation, label, method, score)
			return
		}
		pred := schema.WorksFor
		if hi > lo && v.isMembership(hi-1) {
			pred = schema.MemberOf
		}
		// "Acme founder X", "X, co-founder of Acme": Acme was founded
		// by X, who need not work there now.
		if hi > lo && v.isFounder(hi-1) {
			d.add(q, p, schema.Founder, label, method, score)
			return
		}
		// "X, founder and chairman of Acme": a founder who holds an
		// office there too.
		if v.coordinatedFounder(lo, hi) {
			d.add(q, p, schema.Founder, label, method, score)
		}
		d.add(p, q, pred, label, method, score)
	case extract.Person:
		d.employPerson(p, q, lo, hi, label, method, score)
	case extract.Location:
		d.employPlace(p, q, lo, hi, label, method, score)
	}
}

// employPerson is employ when the name q before person p's title is a
// person's: p is q's colleague, or knows q as a client, or nothing.
func (d *docState) employPerson(p, q, lo, hi int, label, method string, score float64) {
	v := d.v
	// "Jane Doe's chancellor, John Roe": an office a person gives
	// (the possessive says so) works with them. Without it the
	// "person" is most often a body the tagger misread ("William
	// Hill spokesman X").
	if hi > lo && v.isPossessive(lo-1) && d.fullName(q) && v.is(hi-1, lexicon.Office, lexicon.Associate, lexicon.Occupation) && !v.is(hi-1, lexicon.Nobility, lexicon.Kinship) {
		// One engaged for a service acts for the other, who is
		// a client, no colleague: they know each other ("Jane
		// Doe's lawyer, John Roe").
		pred := schema.Colleague
		if v.is(hi-1, lexicon.Counsel) {
			pred = schema.Knows
		}
		d.add(p, q, pred, label, method, score)
	}
}

// isFounder reports whether token i is a founder's noun ("founder",
// "co-founder").
func (v *view) isFounder(i int) bool {
	l := v.lemma(i)
	return l == "founder" || l == "co-founder" || l == "cofounder"
}

// coordinatedFounder reports whether the title of tokens [lo, hi) joins
// a founder's noun to another title with "and" or a comma ("founder and
// chairman", "co-founder, president and chief executive").
func (v *view) coordinatedFounder(lo, hi int) bool {
	for i := lo; i < hi-1; i++ {
		if v.isFounder(i) && (v.lw(i+1) == "and" || v.lw(i+1) == ",") {
			return true
		}
	}
	return false
}

// employAnaphor records that person p holds the title of tokens [ts,
// tend) in organisation entity org, which a common noun or "its" refers
// back to, with evidence tokens [lo, hi): works for it or is its member,
// or founded it ("its founder X", "the company's founder and chairman
// X").
func (d *docState) employAnaphor(p, org, ts, tend int, label, method string, lo, hi int) {
	v := d.v
	if org < 0 || v.former(ts, tend) {
		return
	}
	if v.isFounder(tend-1) || v.coordinatedFounder(ts, tend) {
		d.addTopic(org, p, schema.Founder, label, method, scoreAnaphor, lo, hi)
		if v.isFounder(tend - 1) {
			return
		}
	}
	pred := schema.WorksFor
	if v.isMembership(tend - 1) {
		pred = schema.MemberOf
	}
	d.addEntity(p, org, pred, label, method, scoreAnaphor, lo, hi)
}

// employPlace is employ for a place: a nationality, a place of work, or
// nothing (a title of nobility, a side's place in a report of sport, a
// name typing placed nowhere).
func (d *docState) employPlace(p, q, lo, hi int, label, method string, score float64) {
	v := d.v
	switch {
	case hi > lo && v.is(hi-1, lexicon.Envoy):
		// "the Norlandic ambassador X", "Norland's envoy X": a country
		// before an envoy's title is the one the envoy represents, as
		// a national posted elsewhere; a town's name ("its Harlow
		// ambassador") is where the envoy is posted.
		if v.adjectival(q) || d.country(q) || v.demonym(q) && d.class(q) == "" {
			d.add(p, q, schema.Nationality, label, method, score)
		}
	case hi > lo && v.is(hi-1, lexicon.Nobility) && !v.is(hi-1, lexicon.Office):
		// "the Duchess of X": a title of nobility names its holder
		// after a place, where she holds no office.
	case hi > lo && v.is(hi-1, lexicon.Nobility) && !v.is(hi-1, lexicon.Sovereign) && (v.adjectival(q) || v.demonym(q)):
		// "the Norlandic prince X": a rank of birth, no office held in
		// the country as a king's reign is ("the Norlandic king X").
		d.add(p, q, schema.Nationality, label, method, score)
	case hi > lo && !v.is(hi-1, lexicon.Office) && (v.demonym(q) || d.country(q)):
		// "a Norlandic lecturer", "Norland swimmer X": a nationality,
		// not a place of work (an office is held in a country).
		d.add(p, q, schema.Nationality, label, method, score)
	case hi > lo && v.adjectival(q) && (v.is(hi-1, lexicon.Occupation, lexicon.SportRole, lexicon.Performer, lexicon.ShowMaker, lexicon.MatchOfficial) || v.worksTitle(lo, hi)):
		// "the Norlandic football coach X", "the Norlandic referee X", "Norlandic film director
		// X", "the Norlandic director X": a trade or a sport's role its
		// holder takes anywhere; the demonym says a nationality (an
		// office of state, "the Norlandic president", is held in the
		// country).
		d.add(p, q, schema.Nationality, label, method, score)
	case hi > lo && v.is(hi-1, lexicon.SportRole) && d.sportDoc():
		// "Harlow manager X", "the Norland coach X" in a report of
		// sport: the place names the side X leads, not where X works;
		// a demonym still gives X's nationality ("the Norlandic
		// captain X").
		// (A demonym is not the place's own name: "Harlow" may be
		// tagged an adjective too.)
		if v.properDemonym(q) {
			d.add(p, q, schema.Nationality, label, method, score)
		}
	case !v.typed || d.class(q) == typing.ClassCity || d.class(q) == typing.ClassAdminArea || d.class(q) == typing.ClassCountry:
		d.add(p, q, schema.WorkLocation, label, method, score)
	default:
		// A name the typer placed nowhere, when a typer ran ("X, head of
		// Distribution", "X, director of Acme Digital"/Place) is as
		// often a body, a department or a work as a place: no edge.
	}
}

// properDemonym reports whether place mention q is a demonym ("Norlandic")
// and not the place's own name, which may be tagged an adjective too
// ("Harlow").
func (v *view) properDemonym(q int) bool {
	e := v.entity(q)
	return v.demonym(q) && e >= 0 && v.res.Entities[e].Name != v.toks[v.s.Ents[q].Start].Text
}

// adjectival reports whether place mention q is a country's adjective of
// one or two words, by its tag or by WordNet's pertainyms ("Norlandic",
// "South Norlandic"), not the place's own name.
func (v *view) adjectival(q int) bool {
	t := v.s.Ents[q]
	if v.properDemonym(q) {
		return true
	}
	e := v.entity(q)
	if e < 0 || t.End-t.Start > 2 || len(v.lex.Pertains(v.lw(t.End-1))) == 0 {
		return false
	}
	var ws []string
	for i := t.Start; i < t.End; i++ {
		ws = append(ws, v.toks[i].Text)
	}
	return v.res.Entities[e].Name != strings.Join(ws, " ")
}

// worksTitle reports whether a noun of a creative work modifies the
// title of tokens [lo, hi) ("film director", "opera singer"): one who
// makes or plays in works, a trade, not an office.
func (v *view) worksTitle(lo, hi int) bool {
	for i := lo; i < hi-1; i++ {
		if v.free(i) && strings.HasPrefix(v.tag(i), "NN") && v.is(i, lexicon.CreativeWork) {
			return true
		}
	}
	return false
}

// sportDoc reports whether the document is a report of sport
// (sportReport), asking once.
func (d *docState) sportDoc() bool {
	if d.sport == 0 {
		d.sport = -1
		if sportReport(d.res, d.v.lex) {
			d.sport = 1
		}
	}
	return d.sport > 0
}

// sportReport reports whether res is a report of sport: typing found a
// sports side in it, or it names a contest ("match", "tournament").
func sportReport(res *extract.Result, lex *lexicon.Lexicon) bool {
	for _, e := range res.Entities {
		if e.Class == typing.ClassSportsTeam {
			return true
		}
	}
	for _, s := range res.Sentences {
		for i, l := range s.Lemma {
			if i < len(s.POS) && strings.HasPrefix(s.POS[i], "NN") && lex.Is(l, lexicon.EventSport) {
				return true
			}
		}
	}
	return false
}

// oppositionPortfolio reports whether mention q names a government body
// as the portfolio of an opposition or a party, not an employer: after
// "shadow" ("the shadow Treasury secretary X"), or with a political
// party's name of the document, or its words shortened, first ("Unity
// Treasury spokesman X", "Nor Lib Treasury" with the Norland Liberals).
func (v *view) oppositionPortfolio(q int) bool {
	e := v.entity(q)
	if v.typ(q) != extract.Organization || e < 0 || v.res.Entities[e].Class != typing.ClassGovernment {
		return false
	}
	st := v.s.Ents[q].Start
	if v.lw(st) == "shadow" || v.lw(st-1) == "shadow" {
		return true
	}
	name := strings.Fields(strings.ToLower(v.res.Entities[e].Name))
	for _, p := range v.res.Entities {
		if p.Class != typing.ClassPoliticalParty {
			continue
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if partyPrefix(strings.Fields(strings.ToLower(n)), name) {
				return true
			}
		}
	}
	return false
}

// partyPrefix reports whether the first words of name are the words of
// party, each whole or shortened to three letters or more, and name has
// more words.
func partyPrefix(party, name []string) bool {
	if len(party) == 0 || len(name) <= len(party) {
		return false
	}
	for i, w := range party {
		if n := name[i]; n != w && (len(n) < 3 || !strings.HasPrefix(w, n)) {
			return false
		}
	}
	return true
}

// demonym reports whether mention q is an adjective of nationality
// ("British", "Greek") rather than a place's name.
func (v *view) demonym(q int) bool {
	e := v.s.Ents[q]
	return e.End-e.Start == 1 && v.tag(e.Start) == "JJ"
}

// titleText returns the title of tokens [lo, hi) as written, without
// mentions inside it.
func (v *view) titleText(lo, hi int) string {
	var ws []string
	for i := lo; i < hi; i++ {
		if v.at[i] >= 0 || v.isDet(i) {
			continue
		}
		// "a well-known journalist", "the long-serving chairman": a
		// compound adjective that describes the holder, before the
		// title's words, is no part of it.
		if len(ws) == 0 && i < hi-1 && v.tag(i) == "JJ" && strings.Contains(v.lw(i), "-") && !v.isTitleWord(i) {
			continue
		}
		w := v.toks[i].Text
		if i == hi-1 && v.tag(i) == "NNS" {
			w = singular(w, v.lemma(i))
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// singular returns the plural w ("sprinters", "MPs", "Chairmen") in the
// singular its lemma gives, in w's case: each of a list's people holds
// the title once ("Norlandic sprinters X and Y").
func singular(w, lemma string) string {
	if lemma == "" || lemma == strings.ToLower(w) {
		return w
	}
	if len(lemma) < len(w) && strings.EqualFold(w[:len(lemma)], lemma) {
		return w[:len(lemma)]
	}
	if r, n := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && n > 0 {
		r0, m := utf8.DecodeRuneInString(lemma)
		return string(unicode.ToUpper(r0)) + lemma[m:]
	}
	return lemma
}

// titleAfterName reads a member of a parliament's letters after the
// name, as British usage writes them: "Jane Doe MP", "Jane Doe MEP for
// Harlow" (a place of work, as the copula's "MP for" is).
func titleAfterName(d *docState, p int) {
	v := d.v
	i := v.s.Ents[p].End
	if !v.free(i) || !v.isMP(i) || v.toks[i].Text != strings.ToUpper(v.toks[i].Text) {
		return
	}
	// "Green MEP Ann Lee": letters before a person's name are hers, the
	// name before them a party's the tagger took for a person's (the
	// letters-before-name construction).
	if q := v.entAt(i + 1); q >= 0 && v.typ(q) == extract.Person {
		return
	}
	d.title(p, v.toks[i].Text)
	if v.lw(i+1) == "for" {
		if q := v.nameAt(i + 2); q >= 0 && v.typ(q) != extract.Person {
			d.add(p, q, schema.WorkLocation, v.phrase(v.s.Ents[p].Start, v.s.Ents[q].End), MethodTitle, scoreTitle)
		}
	}
}

// titleBeforeName handles a title before a person's name: "Acme chief
// executive Jane Doe", "Russia's President X", "the agency's chief X",
// "Prime Minister X".
func titleBeforeName(d *docState, p int) {
	v := d.v
	e := v.s.Ents[p]
	// "the agency's chief, X": the title may be set off by a comma.
	tend := titleEnd(d, p)
	ts, ok := v.titleBefore(tend)
	if !ok && v.lw(e.Start-1) == "," {
		tend = e.Start - 1
		ts, ok = v.commaTitle(tend)
	}
	if !ok {
		portfolioTitle(d, p)
		return
	}
	ts = v.fieldStart(ts, tend)
	// "market analysts X": a plural title right before one name alone,
	// no list of names after it, describes a body of them, and X
	// holds no title (the plural-before-one construction).
	if t := v.tag(tend - 1); (t == "NNS" || t == "NNPS") && tend == e.Start && !v.listGoesOn(e.End) {
		return
	}
	// "Trade and Industry Secretary X": a portfolio named in common
	// words is part of the title, and no body.
	if q := v.entEnding(ts); q >= 0 && ts == tend-1 && v.portfolioName(q) {
		d.title(p, v.text(v.portfolioStart(v.s.Ents[q].Start), tend))
		coordinatedTitle(d, p, q, v.s.Ents[q].Start)
		return
	}
	// "Culture and Sport Secretary X" where no name is read in the
	// portfolio (resolve reads no body there): its words are the
	// title's too.
	if k := v.portfolioStart(ts); k < ts && v.entEnding(ts) < 0 && v.isMinisterial(tend-1) {
		d.title(p, v.text(k, tend))
		return
	}
	pk, party := recordTitle(d, p, ts, tend)
	if t := v.tag(tend - 1); (t == "NNS" || t == "NNPS") && tend == e.Start {
		pluralTitle(d, p, ts, tend)
	}
	prev := ts - 1
	if v.isPossessive(prev) {
		if q := v.entEnding(prev); q >= 0 {
			d.employ(p, q, ts, tend, v.phrase(prev, tend), MethodTitle, scoreTitle)
			return
		}
		// "the agency's chief X": the organisation named last.
		if v.isOrgNoun(prev-1) && v.isDet(prev-2) {
			d.employAnaphor(p, d.lastOrganization(prev-2, v.lw(prev-1)), ts, tend, v.phrase(prev-2, tend), MethodTitle, prev-2, e.End)
		}
		return
	}
	// "Its founder, X": the organisation named last.
	if w := v.lw(prev); w == "its" || w == "their" {
		if !v.former(ts, tend) {
			d.employAnaphor(p, d.lastOrganization(prev, ""), ts, tend, v.phrase(prev, tend), MethodTitle, prev, e.End)
		}
		return
	}
	q := v.entEnding(ts)
	if q >= 0 && v.portfolio(q) {
		return
	}
	q = d.employPossessor(p, q, ts, tend)
	if q >= 0 {
		d.employ(p, q, ts, tend, v.phrase(ts, tend), MethodTitle, scoreTitle)
	}
	if q < 0 && party >= 0 {
		d.addEntity(p, party, schema.MemberOf, v.phrase(pk, tend), MethodTitle, scoreTitle, pk, tend)
	}
	coordinatedTitle(d, p, q, ts)
}

// employPossessor reads "Acme's Tarvik Regatta crew manager X", the title of
// tokens [ts, tend) before person p's name after mention q: the body
// whose possessive opens the noun phrase employs p, and the name between
// is the field (the possessor-over-name construction). It returns q, or
// -1 when q is no employer: a thing's or an event's name, or a body's
// typing gave no class.
func (d *docState) employPossessor(p, q, ts, tend int) int {
	v := d.v
	y := d.possessorOver(q)
	if y < 0 {
		return q
	}
	d.employ(p, y, ts, tend, v.phrase(v.s.Ents[y].Start, tend), MethodTitle, scoreTitle)
	if d.class(q) == "" || v.typ(q) != extract.Organization {
		return -1
	}
	return q
}

// possessorOver returns the body whose possessive stands right before
// mention q, itself no person's nor place's name, or -1: "Acme's" in
// "Acme's Tarvik Regatta crew manager X".
func (d *docState) possessorOver(q int) int {
	v := d.v
	if q < 0 || v.typ(q) == extract.Person || v.typ(q) == extract.Location {
		return -1
	}
	k := v.s.Ents[q].Start - 1
	if !v.isPossessive(k) {
		return -1
	}
	y := v.entEnding(k)
	if y < 0 || v.typ(y) != extract.Organization {
		return -1
	}
	return y
}

// recordTitle records the title of tokens [ts, tend) before person p's
// name, marked as no longer held where a former word says so, and
// returns exParty's token and party (a party glued to "ex-" is no part
// of the title: "ex-Harlow leader" is a "former leader").
func recordTitle(d *docState, p, ts, tend int) (int, int) {
	v := d.v
	pk, party := d.exParty(ts, tend)
	switch k := v.titleAround(ts); {
	case party >= 0:
		d.title(p, "former "+v.titleText(pk+1, tend))
	case k < ts:
		d.title(p, v.pastTitle(k, tend, v.text(k, tend)))
	default:
		d.title(p, v.pastTitle(ts, tend, v.titleText(ts, tend)))
	}
	return pk, party
}

// exParty returns the token of the word that opens title [ts, tend) or
// stands right before it, and the political party of the document it
// names after an "ex-" prefix the recognizer left glued to it, or -1:
// "ex-Harlow leader Ann Lee", "the ex-Harlow chairman Ann Lee", where the
// document names the Harlow Party as "Harlow" too, is a former leader or
// chairman of it and, as a party's former leader is, its member (the
// ex-party construction; "former Harlow leader" reads so by employ). Not
// before a member's letters or a portfolio's office: "ex-Harlow MP Ann
// Lee" is as often an MP who left the party or was expelled from it, and
// "ex-Harlow minister" a minister who did. A common noun after the
// prefix is a portfolio's word ("ex-health secretary") unless the
// document so names a party.
func (d *docState) exParty(ts, tend int) (int, int) {
	v := d.v
	k := ts - 1
	if tend-ts >= 2 && strings.HasPrefix(v.lw(ts), "ex-") {
		k = ts
	}
	if h := tend - 1; k < 0 || v.at[k] >= 0 || v.isMP(h) || v.isMinisterial(h) || v.is(h, lexicon.Portfolio) {
		return k, -1
	}
	w := v.toks[k].Text
	if len(w) < 5 || !strings.EqualFold(w[:3], "ex-") || !tokenize.StartsUpper(w[3:]) {
		return k, -1
	}
	e := d.knownOrganization(w[3:])
	if e >= 0 && d.res.Entities[e].Class != typing.ClassPoliticalParty {
		e = -1
	}
	return k, e
}

// listGoesOn reports whether a list of names goes on at token i: "and"
// or "or", or a comma before a capitalised word ("singers Ann Lee, Sir
// Bo Ek and ...").
func (v *view) listGoesOn(i int) bool {
	switch v.lw(i) {
	case "and", "or":
		return true
	case ",":
		return i+1 < v.n() && tokenize.StartsUpper(v.toks[i+1].Text)
	}
	return false
}

// titleEnd returns where the title before person p's name ends: at the
// name, or before a form of address between them ("Acme manager Sir
// X"), or before a royal or noble title or a ruler's after another
// title's head, which is p's title of its own ("Foreign Minister Prince
// X": the royal-between construction) unless it is also a form of
// address ("elections chief Lord X").
func titleEnd(d *docState, p int) int {
	v := d.v
	tend := v.s.Ents[p].Start
	if tend < 2 || v.at[tend-1] >= 0 {
		return tend
	}
	if v.is(tend-1, lexicon.Honorific) && !v.isTitleWord(tend-1) {
		return tend - 1
	}
	if tokenize.StartsUpper(v.toks[tend-1].Text) && v.is(tend-1, lexicon.Nobility, lexicon.Sovereign, lexicon.Ruler) && v.at[tend-2] < 0 && v.isTitleHead(tend-2) {
		if !v.is(tend-1, lexicon.Honorific) {
			d.title(p, v.toks[tend-1].Text)
		}
		return tend - 1
	}
	return tend
}

// titleAround returns where a title begins whose capitalised title words
// for a person stand before a name that ends at token ts, the title's
// head after it ("Assistant" before "Norland Attorney", "Deputy" before
// "Norland Ambassador": the name is inside the title), or ts; not a
// word that only modifies ("Former", "Top").
func (v *view) titleAround(ts int) int {
	q := v.entEnding(ts)
	if q < 0 {
		return ts
	}
	k := v.s.Ents[q].Start
	for k > 0 && v.free(k-1) && tokenize.StartsUpper(v.toks[k-1].Text) && v.isTitleWord(k-1) && v.is(k-1, lexicon.PersonNoun) && !formerWords[v.lw(k-1)] {
		k--
	}
	if k == v.s.Ents[q].Start {
		return ts
	}
	return k
}

// isMinisterial reports whether token i is the head of a minister's or
// secretary's title, or a ministry's noun.
func (v *view) isMinisterial(i int) bool { return ministerial(v.lemma(i)) }

// ministerial reports whether w is the head of a minister's or
// secretary's title, or a ministry's noun.
func ministerial(w string) bool {
	return w == "minister" || w == "ministry" || w == "secretary"
}

// portfolioName reports whether the organisation mention q, right
// before a minister's or secretary's title, names the office's
// portfolio ("Trade and Industry Secretary X", "Labour Minister X" where
// no party of that name is in the text): its words are WordNet's common
// words, none a body's noun (a department, a treasury, a party), and the
// document names it nowhere but before such a title.
func (v *view) portfolioName(q int) bool {
	t := v.s.Ents[q]
	if v.typ(q) != extract.Organization || !v.isMinisterial(t.End) {
		return false
	}
	// A body typing knows ("the Acme Union", a government's body) is
	// named as a body.
	e := v.entity(q)
	if e < 0 || e >= len(v.res.Entities) {
		return false
	}
	if c := v.res.Entities[e].Class; c != "" && c != typing.ClassPoliticalParty {
		return false
	}
	for i := t.Start; i < t.End; i++ {
		w := v.lw(i)
		if w == "and" || w == "&" {
			continue
		}
		if !tokenize.StartsUpper(v.toks[i].Text) || isAcronym(v.toks[i].Text) || !v.lex.Known(v.lemma(i), lexicon.Noun) && !v.lex.Known(w, lexicon.Adjective) ||
			v.is(i, lexicon.Government, lexicon.Corporation, lexicon.NewsMedia, lexicon.OrgGeneric, lexicon.Party, lexicon.Education, lexicon.ArmedGroup) {
			return false
		}
	}
	for _, mi := range v.res.Entities[e].Mentions {
		if mi < 0 || mi >= len(v.res.Mentions) || !beforeMinisterial(v.res, v.res.Mentions[mi]) {
			return false
		}
	}
	return true
}

// portfolioStart returns where a portfolio's list of capitalised common
// words ends at token i begins: "Culture, Media and" before "Sport" in
// "Culture, Media and Sport Secretary X" (the tagger may name the last
// alone), or i.
func (v *view) portfolioStart(i int) int {
	// A word of its own, or one the tagger named alone ("Media").
	word := func(k int) bool {
		if k < 0 || k >= v.n() || !tokenize.StartsUpper(v.toks[k].Text) || !strings.HasPrefix(v.tag(k), "NN") || !v.lex.Known(v.lemma(k), lexicon.Noun) || v.literal(k) {
			return false
		}
		q := v.at[k]
		return q < 0 || v.s.Ents[q].Start == k && v.s.Ents[q].End == k+1 && v.typ(q) == extract.Organization
	}
	for n := 0; n < 4; n++ {
		switch {
		case word(i - 1):
			i--
		case (v.lw(i-1) == "and" || v.lw(i-1) == "," || v.lw(i-1) == "&") && v.free(i-1) && word(i-2):
			i -= 2
		default:
			return i
		}
	}
	return i
}

// literal reports whether token k is inside a date or a quantity the
// literal stage read ("on Wednesday", "In September,"): no portfolio's
// word (the date-portfolio construction).
func (v *view) literal(k int) bool {
	if v.si < 0 || v.si >= len(v.res.Sentences) {
		return false
	}
	lit := v.res.Sentences[v.si].Literal
	return k >= 0 && k < len(lit) && lit[k] >= 0
}

// beforeMinisterial reports whether the token right after mention m is
// the head of a minister's or secretary's title, or a ministry's noun.
func beforeMinisterial(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := res.Sentences[m.Sentence]
	for j, tok := range s.Tokens {
		if tok.Start >= m.End {
			if j >= len(s.Lemma) {
				return false
			}
			return ministerial(s.Lemma[j])
		}
	}
	return false
}

// commaTitle returns the start of a title set off from the name after
// it by a comma, the comma at tend ("the agency's chief, X"), when
// something marks it as an organisation's (a possessive, a name, "its":
// not the "..., director, X" of a list), and the title does not end a
// clause's prepositional phrase, which the comma closes: in "Y will ...
// as he begins a second term as Norland president, X has said" the
// president is not X, while a phrase that opens the sentence does
// describe X ("In his new job as Acme chief executive, X will ...").
func (v *view) commaTitle(tend int) (int, bool) {
	ts, ok := v.titleBefore(tend)
	if !ok || !(v.isPossessive(ts-1) || v.entEnding(ts) >= 0 || v.lw(ts-1) == "its" || v.lw(ts-1) == "their") {
		return ts, false
	}
	if q := v.entEnding(ts); q >= 0 {
		if pi := v.s.Ents[q].Start - 1; v.tag(pi) == "IN" || v.tag(pi) == "TO" {
			for i := 0; i < pi; i++ {
				if t := v.tag(i); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
					return ts, false
				}
			}
		}
	}
	return ts, true
}

// pluralTitle gives a plural title [ts, tend) before a list of names,
// the first of them p's, to each of the others: "Norlandic sprinters X
// and Y", "Acme directors X, Y and Z"; and the organisation named before
// it (or its possessive) employs each.
func pluralTitle(d *docState, p, ts, tend int) {
	v := d.v
	q := v.entEnding(ts)
	if v.isPossessive(ts - 1) {
		q = v.entEnding(ts - 1)
	}
	for _, r := range v.peopleAfter(v.s.Ents[p].End, len(v.s.Ents), ",", "and") {
		d.title(r, v.titleText(ts, tend))
		if q >= 0 && !v.portfolio(q) {
			d.employ(r, q, ts, tend, v.phrase(ts, tend), MethodTitle, scoreTitle)
		}
	}
}

// portfolio reports whether the party that mention q names is the
// subject of a country's ministry in a minister's or secretary's title:
// after the country's name or demonym, or after "and" ("Ostmark Labour
// Minister X", "Trade and Labour Minister X").
func (v *view) portfolio(q int) bool {
	e := v.entity(q)
	if e < 0 || v.res.Entities[e].Class != typing.ClassPoliticalParty {
		return false
	}
	// A ministry's title: "Ostmark Unity leader X" is the
	// party's.
	if !ministerial(v.lw(v.s.Ents[q].End)) {
		return false
	}
	before := v.s.Ents[q].Start - 1
	if w := v.lw(before); w == "and" || w == "&" {
		return true
	}
	k := v.entEnding(before + 1)
	if k < 0 {
		return false
	}
	if c := v.entity(k); c >= 0 && v.res.Entities[c].Type == extract.Location && v.res.Entities[c].Class == typing.ClassCountry {
		return true
	}
	return v.demonym(k)
}

// fieldBefore returns where up to two lower-case common nouns, and the
// title words among and before them, begin before token ts ("insurance"
// before "analyst", "deputy enforcement" before "director"), or ts.
func (v *view) fieldBefore(ts int) int {
	j, nouns := ts, 0
	for j > 0 && v.at[j-1] < 0 && (!tokenize.StartsUpper(v.toks[j-1].Text) || v.initialNoun(j-1)) {
		switch t := v.tag(j - 1); {
		case v.isTitleWord(j - 1):
		case nouns < 2 && v.initialNoun(j-1):
			// "Chess teacher X", "Keyboard player X": the sentence's
			// first word, capitalised as first words are, a noun
			// before the head (the initial-field construction).
			nouns++
		case (t == "NN" || t == "NNS") && nouns < 2 && v.lex.Known(v.lemma(j-1), lexicon.Noun) && !v.lex.Known(v.lemma(j-1), lexicon.Verb):
			// A noun WordNet knows as no verb: the tagger takes a verb
			// after a name for a noun ("Acme include singer X").
			nouns++
		case nouns < 2 && v.prefixedNoun(j-1):
			// "ex-travel agent X": a noun after a prefix.
			nouns++
		case t == "JJ" && nouns < 2 && v.lex.Known(v.lemma(j-1), lexicon.Noun) && !v.lex.Known(v.lw(j-1), lexicon.Adjective) && !v.lex.Known(v.lemma(j-1), lexicon.Verb):
			// A noun the tagger took for an adjective, which WordNet
			// has as none: "keyboard player X".
			nouns++
		case j == ts && v.eventCompetitor(j-1):
			// "triple jumper X": the word before the noun and the
			// noun's verb name a sport's event ("triple jump").
			nouns++
		case t == "NN" && nouns < 2 && v.entEnding(j-1) >= 0 && v.lex.Known(v.lemma(j-1), lexicon.Noun):
			// A singular noun right after a name, which no verb after
			// it would be: "Unity shadow chancellor X", "Acme
			// campaign spokesman X".
			nouns++
		default:
			return j
		}
		j--
	}
	return j
}

// initialNoun reports whether token i opens the sentence, tagged a
// singular noun, and is a noun WordNet knows in lower case and not as an
// adjective, nor a word for a kind of body, a kind of person, a span of
// time, a party, a member, a citizen or an inhabitant ("Academy
// president X", "Tory ex-minister X": a body's or a party's name;
// "Doctor X": a person's noun is a title of its own): a field's word before a
// title's head, capitalised only because it comes first ("Chess teacher
// X", "Keyboard player X"). No name's verb can stand before it.
func (v *view) initialNoun(i int) bool {
	if i != 0 || v.at[i] >= 0 || v.tag(i) != "NN" && v.tag(i) != "NNP" {
		return false
	}
	w := v.lw(i)
	return v.lex.Known(w, lexicon.Noun) && !v.lex.Known(w, lexicon.Adjective) && !v.lex.KindWord(w) &&
		!v.is(i, lexicon.PersonNoun, lexicon.TimeSpan, lexicon.Inhabitant, lexicon.Citizen, lexicon.Party, lexicon.Membership)
}

// eventCompetitor reports whether token i, in lower case, and the noun for
// an agent after it name a sport's event and one who competes in it:
// "triple jumper" of the lexicon's "triple jump", "long jumper".
func (v *view) eventCompetitor(i int) bool {
	if !v.free(i) || tokenize.StartsUpper(v.toks[i].Text) {
		return false
	}
	l := v.lemma(i + 1)
	for _, suf := range []string{"er", "r"} {
		if s, ok := strings.CutSuffix(l, suf); ok && s != "" && v.lex.Is(v.lw(i)+" "+s, lexicon.EventSport) {
			return true
		}
	}
	return false
}

// fieldStart returns where the title that ends at tend begins, its title
// words beginning at ts: "Acme insurance analyst X", "the Acme deputy
// enforcement director X": a field's common nouns are inside the title
// when a name comes before them, or when the head is in lower case and
// they are no person's nor time's nouns, a noun after a prefix among
// them ("ex-travel agent X", "the keyboard player X": the field-title
// construction).
func (v *view) fieldStart(ts, tend int) int {
	j := v.fieldBefore(ts)
	switch {
	case j < ts && v.entEnding(j) >= 0:
		return j
	case j == ts && v.detNoun(ts):
		return v.fieldTitle(ts-1, ts, tend)
	}
	return v.fieldTitle(j, ts, tend)
}

// fieldTitle returns where the title that ends at tend begins when the
// common nouns from j to ts, with no name before them, are a field's
// words inside it: the nouns right before ts, back to the first that is
// a noun for a person or a span of time ("transport expert professor X",
// "last year actor X": an apposition or an adverbial, no part of the
// title), or a verb's form the tagger read as a title's word; none when
// the title's head is capitalised ("the way President X"). It returns ts
// when none is.
func (v *view) fieldTitle(j, ts, tend int) int {
	if tokenize.StartsUpper(v.toks[tend-1].Text) {
		return ts
	}
	k := ts
	for k > j && !v.is(k-1, lexicon.PersonNoun, lexicon.TimeSpan) && !strings.HasPrefix(v.tag(k-1), "VB") {
		k--
	}
	return k
}

// prefixedNoun reports whether token i is a prefix, a hyphen and a noun
// ("ex-travel", "non-league"): after a prefix it is no verb.
func (v *view) prefixedNoun(i int) bool {
	w := v.lw(i)
	k := strings.IndexByte(w, '-')
	if k <= 0 || k == len(w)-1 || strings.Count(w, "-") > 1 || !v.lex.Is(w[:k], lexicon.Prefix) {
		return false
	}
	return v.lex.Known(w[k+1:], lexicon.Noun)
}

// detNoun reports whether the token before ts is a common noun in lower
// case right after a determiner, which makes it a noun though WordNet
// also has it as a verb ("the keyboard player X"), or the tagger took it
// for an adjective WordNet has it as none.
func (v *view) detNoun(ts int) bool {
	k := ts - 1
	if k < 1 || v.at[k] >= 0 || tokenize.StartsUpper(v.toks[k].Text) || !v.isDet(k-1) || !v.lex.Known(v.lemma(k), lexicon.Noun) {
		return false
	}
	switch v.tag(k) {
	case "NN", "NNS":
		return true
	case "JJ":
		return !v.lex.Known(v.lw(k), lexicon.Adjective)
	}
	return false
}

// coordinatedTitle reads a title joined by "and" to the one before a
// person's name, which q (or -1) begins at token ts: "Labour MP and
// former Cabinet minister X" makes X a member of Labour too.
func coordinatedTitle(d *docState, p, q, ts int) {
	v := d.v
	and := ts - 1
	if q >= 0 {
		and = v.s.Ents[q].Start - 1
	}
	for and > 0 && v.at[and] < 0 && strings.HasPrefix(v.tag(and), "JJ") { // "and former ..."
		and--
	}
	if v.lw(and) != "and" {
		return
	}
	ts2, ok := v.titleBefore(and)
	if !ok {
		return
	}
	if q2 := v.entEnding(ts2); q2 >= 0 && q2 != p {
		d.title(p, v.titleText(ts2, and))
		// "Velden Nights director and co-star X": a performer's title
		// joined to the first makes the name a work's, as employ reads
		// "Velden Nights star X".
		for i := ts; i < v.s.Ents[p].Start; i++ {
			if v.typ(q2) == extract.Organization && v.free(i) && v.is(i, lexicon.Performer) && d.class(q2) == "" {
				return
			}
		}
		d.employ(p, q2, ts2, and, v.phrase(v.s.Ents[q2].Start, v.s.Ents[p].End), MethodTitle, scoreTitle)
	}
}

// lastOrganization returns the organisation a common noun ("the
// agency") at token tok of the current sentence refers back to, looking
// back at most two sentences: the last one introduced with that noun ("the
// news agency X", "X, a news agency", "X Agency"), else the last one
// named; -1 when there is none.
func (d *docState) lastOrganization(tok int, noun string) int {
	v := d.v
	if tok < 0 {
		tok = 0
	}
	limit := v.toks[tok].Start
	text := d.res.Doc.Text
	// Rank: introduced with the noun; then in this sentence, the nearest;
	// then in the nearest earlier sentence, the first (its subject, most
	// often).
	type cand struct {
		ent, sent, start int
		named, other     bool
	}
	better := func(a, b cand) bool {
		if a.named != b.named {
			return a.named
		}
		// One the document calls by another noun of business ("parts
		// maker Acme") is not "the carmaker".
		if a.other != b.other {
			return b.other
		}
		if a.sent != b.sent {
			return a.sent > b.sent
		}
		if a.sent == v.si {
			return a.start > b.start
		}
		return a.start < b.start
	}
	best := cand{ent: -1}
	for _, m := range d.res.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.res.Entities) || m.Start >= limit || m.Sentence < v.si-2 || m.Sentence > v.si {
			continue
		}
		if d.res.Entities[m.Entity].Type != extract.Organization {
			continue
		}
		// The description itself ("Acme, the carmaker's chief")
		// introduces nothing: the window stops before it.
		lo, hi := max(0, m.Start-24), min(len(text), m.End+24, limit)
		named := noun != "" && containsWord(strings.ToLower(text[lo:hi]), noun) && !d.modifiesNamed(m, noun)
		c := cand{m.Entity, m.Sentence, m.Start, named, !named && d.calledOtherwise(m.Entity, noun, limit)}
		if best.ent < 0 || better(c, best) {
			best = c
		}
	}
	return best.ent
}

// calledOtherwise reports whether a mention of entity e before offset
// limit follows a noun of business that is not noun ("parts maker Acme"
// when noun is "carmaker"), and none follows noun.
func (d *docState) calledOtherwise(e int, noun string, limit int) bool {
	if noun == "" {
		return false
	}
	text := d.res.Doc.Text
	other := false
	for _, m := range d.res.Mentions {
		if m.Entity != e || m.Start >= limit || m.Start > len(text) {
			continue
		}
		w := strings.ToLower(lastWord(text[:m.Start]))
		switch {
		case w == noun:
			return false
		case w != "" && d.v.lex.Classes(d.v.lex.Lemma(w, "NN")).Has(lexicon.Corporation):
			other = true
		}
	}
	return other
}

// lastWord returns the last word of s, letters only, or "".
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for i > 0 && (s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= 'A' && s[i-1] <= 'Z') {
		i--
	}
	if i == len(s) || i > 0 && s[i-1] != ' ' {
		return ""
	}
	return s[i:]
}

// modifiesNamed reports whether mention m only modifies the noun after
// it, which another organisation's name heads: in "the Harlow company
// Acme" the company is Acme.
func (d *docState) modifiesNamed(m extract.Mention, noun string) bool {
	text := d.res.Doc.Text
	after := m.End + 1 + len(noun)
	if after+1 >= len(text) || !strings.EqualFold(text[m.End:after], " "+noun) || text[after] != ' ' {
		return false
	}
	for _, o := range d.res.Mentions {
		if o.Start == after+1 && o.Entity >= 0 && o.Entity < len(d.res.Entities) && o.Entity != m.Entity && d.res.Entities[o.Entity].Type == extract.Organization {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !unicode.IsLetter(rune(s[j-1]))
		after := j+len(w) == len(s) || !unicode.IsLetter(rune(s[j+len(w)]))
		if before && after {
			return true
		}
		i = j + 1
	}
}

// np scans a noun phrase starting at token i: adjectives, nouns, numbers,
// participles and names. It returns its end and the mentions inside it.
func (v *view) np(i int) (end int, inner []int) {
	end = i
	for end < v.n() {
		if k := v.at[end]; k >= 0 {
			if v.s.Ents[k].Start == end {
				inner = append(inner, k)
			}
			end = v.s.Ents[k].End
			continue
		}
		t := v.tag(end)
		// The head nouns the appositive rules look for are nouns here,
		// whatever the tagger made of them ("a DF branch").
		if end > i && v.isHeadNoun(end) {
			end++
			continue
		}
		// An adjective after the noun starts what follows the phrase ("a
		// branch active in X"), unless it is part of a title.
		if strings.HasPrefix(t, "JJ") && end > i && v.at[end-1] < 0 && (strings.HasPrefix(v.tag(end-1), "NN") || v.isHeadNoun(end-1)) && !v.isTitleWord(end) {
			return end, inner
		}
		switch {
		case strings.HasPrefix(t, "JJ"), strings.HasPrefix(t, "NN"), t == "VBN", t == "VBG", t == "CD":
		case v.isTitleWord(end):
		// An acronym the recognizer missed, before a noun, modifies it
		// whatever the tagger made of it ("an IS branch", "a UN agency").
		case isAcronym(v.toks[end].Text) && end+1 < v.n() && (strings.HasPrefix(v.tag(end+1), "NN") || v.isHeadNoun(end+1)):
		case v.lw(end) == "-" || v.lw(end) == "and" && end+1 < v.n() && v.isTitleWord(end+1) && end > i && v.isTitleWord(end-1):
		default:
			return end, inner
		}
		end++
	}
	return end, inner
}

// isHeadNoun reports whether token i is one of the nouns the appositive
// rules act on: a part of an organisation, a kind of place, a citizen or a
// resident.
func (v *view) isHeadNoun(i int) bool {
	return v.is(i, lexicon.OrgPart, lexicon.Settlement, lexicon.Citizen, lexicon.Resident)
}

// objectAfter returns the mention after a preposition at token i, past
// an optional determiner and adjectives ("in northern X"), or -1.
func (v *view) objectAfter(i int) int {
	return v.nameAt(i + 1)
}

// commonPhrase returns the token after the noun phrase of up to four
// lower-case nouns and adjectives, after a determiner, that starts at i
// ("the research firm", "foreign exchange"), or i when there is none.
func (v *view) commonPhrase(i int) int {
	j := i
	if v.isDet(j) && v.at[j] < 0 {
		j++
	}
	k := j
	for k < v.n() && k < j+4 && v.at[k] < 0 && !tokenize.StartsUpper(v.toks[k].Text) {
		if t := v.tag(k); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			break
		}
		k++
	}
	if k == j {
		return i
	}
	return k
}

// describedName returns the name after a common noun phrase that
// describes it at token i ("research firm Y", "the industry forecaster
// Y"), heading its phrase, or -1.
func (v *view) describedName(i int) int {
	j := v.commonPhrase(i)
	if j == i {
		return -1
	}
	k := v.entAt(j)
	if k < 0 {
		return -1
	}
	if t := v.tag(v.s.Ents[k].End); strings.HasPrefix(t, "NN") || v.isPossessive(v.s.Ents[k].End) {
		return -1
	}
	return k
}

// nameAt returns the mention starting at token j, or after a determiner
// and lower-case adjectives there, or -1. When that mention only modifies
// a noun phrase headed by another name ("the Dutch company X"), it is that
// name.
func (v *view) nameAt(j int) int {
	k := v.entAt(j)
	if k < 0 && v.isDet(j) {
		j++
		k = v.entAt(j)
	}
	if k < 0 {
		for n := 0; n < 2 && v.tag(j) == "JJ" && !tokenize.StartsUpper(v.toks[j].Text); n++ {
			j++
		}
		k = v.entAt(j)
	}
	if k >= 0 {
		if end, inner := v.np(v.s.Ents[k].Start); len(inner) > 1 && inner[0] == k {
			if h := inner[len(inner)-1]; v.s.Ents[h].End == end {
				// One name the recognizer cut in two ("Acme Radio" and
				// "Harlow" of "told Acme Radio Harlow", "Dune Racer Max"
				// and "Harlow Bay": a thing's name of two words or more
				// right before another name, the miscellaneous-cut
				// construction) is neither piece.
				for n := 1; n < len(inner); n++ {
					if v.s.Ents[inner[n-1]].End == v.s.Ents[inner[n]].Start && v.cutFirstPiece(inner[n-1]) {
						return -1
					}
				}
				return h
			}
		}
	}
	return k
}

// cutFirstPiece reports whether mention k, right before another name,
// may be the first piece of one name the recognizer cut in two: a body's
// name, or a thing's of two words or more (one word may be a demonym
// before a person's name: "Norlandic Ann Lee").
func (v *view) cutFirstPiece(k int) bool {
	e := v.s.Ents[k]
	return v.typ(k) == extract.Organization || v.typ(k) == extract.Miscellaneous && e.End-e.Start >= 2
}

// appositive handles "X, <noun phrase> [of Y]" after mention a: titles of
// people, parts of organisations, kinds of places, citizens and natives,
// and "City, State"; and a body's owner after "owned by" (ownedBy, the
// owned-by construction).
func appositive(d *docState, a int, used map[int]bool) {
	v := d.v
	ownedBy(d, a)
	i := v.skipParenthesis(v.s.Ents[a].End)
	if v.lw(i) != "," {
		return
	}
	i++
	for isCloseQuote(v.lw(i)) {
		i++
	}
	if placeComma(d, a, i) || possessiveTitle(d, a, &i) || countryBody(d, a, i) {
		return
	}
	np, ok := appositivePhrase(d, a, i)
	if !ok {
		return
	}
	// A finite verb right after the phrase, when the name is no clause's
	// subject, makes the phrase the subject of a new clause: "having
	// shrugged off X, the Acme midfielder planted his shot". (A subject's
	// apposition often lacks its closing comma: "X, an analyst at Y told
	// ...".)
	after := np.end
	if np.q >= 0 {
		after = v.s.Ents[np.q].End
	}
	// Nor when the phrase is a bare noun's and a verb before the name
	// already has its subject: in "Y will face two trials, one with X,
	// a judge ruled" the judge is not X.
	if t := v.tag(after); (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") && (!v.opensClause(a) || np.q < 0 && np.mod < 0 && v.finiteBefore(v.s.Ents[a].Start)) {
		return
	}
	switch v.typ(a) {
	case extract.Person:
		personAppositive(d, a, np)
	case extract.Organization, extract.Location, extract.Miscellaneous:
		switch {
		case partAppositive(d, a, np, used):
		case v.typ(a) == extract.Location:
			placeAppositive(d, a, np)
		case v.typ(a) == extract.Organization && np.mod >= 0 && d.country(np.mod) && v.is(np.head, lexicon.Corporation, lexicon.Organization):
			// "X, the largest Norland retailer": a body of that
			// country.
			d.add(a, np.mod, schema.Location, np.label, MethodAppositive, scoreAppositive)
		}
	}
}

// apposNP is the noun phrase of an appositive: "a Moscow suburb", "the
// chief executive of Y".
type apposNP struct {
	start, end, head int
	prep             string // the preposition after it ("of"), or ""
	q                int    // the mention after the preposition, or -1
	mod              int    // the last mention inside it ("an Acme spokesman"), or -1
	modEnt           int    // an organisation of the document named by a word inside it the recognizer missed, or -1
	label            string // the words that state the relation
}

// finiteBefore reports whether a finite verb (or a modal) stands before
// token i in the sentence.
func (v *view) finiteBefore(i int) bool {
	for k := 0; k < i && k < v.n(); k++ {
		switch v.tag(k) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// frontedPhraseEnd reports whether mention a ends a phrase that opens
// its sentence with a preposition or a subordinator ("After the draw in
// Harlow", "In Harlow"), with no finite verb before the comma after a:
// what follows the comma is the sentence's main clause.
func (v *view) frontedPhraseEnd(a int) bool {
	e := v.s.Ents[a]
	if e.Start == 0 || v.tag(0) != "IN" || v.lw(e.End) != "," {
		return false
	}
	return !v.finiteBefore(e.Start)
}

// opensClause reports whether mention a begins its sentence or a clause
// after punctuation or a quotation mark.
func (v *view) opensClause(a int) bool {
	st := v.s.Ents[a].Start
	if st == 0 {
		return true
	}
	switch w := v.lw(st - 1); w {
	case ",", ";", ":", "--", "—", "(":
		return true
	default:
		return tokenize.IsDoubleQuote(w)
	}
}

// placeComma reads "Aiken, S.C.": a place in a place, unless it is a
// list.
func placeComma(d *docState, a, i int) bool {
	v := d.v
	q := v.entAt(i)
	if q < 0 || v.typ(a) != extract.Location || v.typ(q) != extract.Location {
		return false
	}
	// "At the show in Harlow, Norland announced ...": a finite verb after
	// the second name makes it the subject of the clause the first ends
	// the opening of, not the first's state.
	// The tagger gives a plural subject's present verb the base form at
	// times ("Norland face Ostmark").
	if t := v.tag(v.s.Ents[q].End); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == "VB" {
		return true
	}
	// "After the draw in Harlow, Norland face ...", with the verb
	// mistagged: the first name ends a phrase the sentence opens with, and
	// the second, with a word after it and no comma, opens the clause.
	if v.frontedPhraseEnd(a) && v.s.Ents[q].End < v.n() && v.toks[v.s.Ents[q].End].Kind == tokenize.Word && !v.isPossessive(v.s.Ents[q].End) {
		return true
	}
	// "Harlow, Norland's second city" is a place in a place; "the Pellam
	// Cup, Norland's biggest prize" is what the second place owns or
	// holds, not a place in it: the noun after the possessive must name
	// a kind of place.
	if end := v.s.Ents[q].End; v.isPossessive(end) && !v.possessedPlace(end+1) {
		return true
	}
	// "to cut Harlow, Tarvik flights": two places before a plural noun
	// are a list that modifies it, neither inside the other.
	if v.tag(v.s.Ents[q].End) == "NNS" {
		return true
	}
	// "Norlandic, Ostmarker and Veldish teams": adjectives of countries in a
	// list, not a place in a place; "Norland, Ostmark lead the talks":
	// two countries, neither inside the other.
	if !v.inList(a, q) && !v.adjectiveMention(a) && !v.adjectiveMention(q) && !(d.country(a) && d.country(q)) {
		d.add(a, q, schema.ContainedInPlace, ",", MethodAppositive, scorePlaceComma)
	}
	return true
}

// possessedPlace reports whether the noun phrase from token i, after a
// possessive, is a common one whose head names a kind of place ("second
// city", "northern province", "biggest port"), not a name ("Norland's
// Pellam League") or another thing ("biggest awards").
func (v *view) possessedPlace(i int) bool {
	end, inner := v.np(i)
	return end > i && len(inner) == 0 && strings.HasPrefix(v.tag(end-1), "NN") && !tokenize.StartsUpper(v.toks[end-1].Text) &&
		v.is(end-1, lexicon.Settlement, lexicon.Facility, lexicon.NaturalFeature)
}

// adjectiveMention reports whether mention k is a place's adjective
// ("Norlandic"), by its tag or by WordNet's pertainyms (a headline's
// capitals mislead the tagger), not the place's name.
func (v *view) adjectiveMention(k int) bool {
	e := v.s.Ents[k]
	return v.demonym(k) || e.End-e.Start == 1 && len(v.lex.Pertains(v.lw(e.Start))) > 0
}

// countryBody reads "X, Norland's largest credit card firm", "X, the
// Norland's third-biggest bank": an organisation of that country.
func countryBody(d *docState, a, i int) bool {
	v := d.v
	if v.lw(i) == "the" {
		i++ // "the UK's": an article some countries' names take
	}
	q := v.entAt(i)
	if q < 0 || v.typ(a) != extract.Organization || !d.country(q) || !v.isPossessive(v.s.Ents[q].End) {
		return false
	}
	start := v.s.Ents[q].End + 1
	end, inner := v.np(start)
	if end == start || len(inner) > 0 || !v.is(end-1, lexicon.Corporation, lexicon.Organization) {
		return false
	}
	d.add(a, q, schema.Location, v.phrase(v.s.Ents[a].End, end), MethodAppositive, scoreAppositive)
	return true
}

// anaphorTitle reads a title after a common noun's possessive that
// begins at token j, in apposition to person a: "Jane Doe, the
// company's founder", the organisation named last with that noun, as in
// "the company's founder Jane Doe"; "Jane Doe, the venue's promotions
// coordinator", a title alone after a noun for a venue or a building
// where people work (the lexicon's Venue, Stadium, Hotel, Museum,
// Hospital: the venue-title rule), which names no body to work for.
func anaphorTitle(d *docState, a, j int) bool {
	v := d.v
	if !v.free(j) || !v.isDet(j) || !v.free(j+1) || !v.isPossessive(j+2) {
		return false
	}
	org := v.isOrgNoun(j + 1)
	if !org && !(v.tag(j+1) == "NN" && v.is(j+1, lexicon.Venue, lexicon.Stadium, lexicon.Hotel, lexicon.Museum, lexicon.Hospital)) {
		return false
	}
	te, ok := v.titleAfter(j + 3)
	if !ok {
		return false
	}
	d.title(a, v.titleText(j+3, te))
	if org {
		d.employAnaphor(a, d.lastOrganization(j, v.lw(j+1)), j+3, te, v.phrase(j, te), MethodAppositive, v.s.Ents[a].Start, te)
	}
	return true
}

// possessiveTitle reads an age ("Jane Doe, 45, a lawyer": *i moves past
// it) and "Jane Doe, Acme's chief executive".
func possessiveTitle(d *docState, a int, i *int) bool {
	v := d.v
	if v.tag(*i) == "CD" && v.lw(*i+1) == "," {
		*i += 2
	}
	q := v.entAt(*i)
	// "Jane Doe, the actor John Doe's mother", "Jane Doe, Chancellor
	// John Doe's closest ally": a title before the possessor, for family
	// and associates.
	if j := *i + 1; q < 0 && (v.isDet(*i) || v.isTitleWord(*i)) && v.at[*i] < 0 && v.typ(a) == extract.Person {
		if !v.isDet(*i) {
			j = *i
		}
		for j < v.n() && j < *i+4 && v.at[j] < 0 && v.isTitleWord(j) {
			j++
		}
		if k := v.entAt(j); k >= 0 && v.typ(k) == extract.Person && v.isPossessive(v.s.Ents[k].End) {
			return kinAppositive(d, a, k, v.s.Ents[k].End+1)
		}
	}
	if q < 0 && v.typ(a) == extract.Person && anaphorTitle(d, a, *i) {
		return true
	}
	if q < 0 || v.typ(a) != extract.Person || !v.isPossessive(v.s.Ents[q].End) {
		return false
	}
	ts := v.s.Ents[q].End + 1
	// "Jane Doe, John Doe's mother": family, read as the kin construction
	// reads "John Doe's mother Jane Doe".
	if v.typ(q) == extract.Person && kinAppositive(d, a, q, ts) {
		return true
	}
	if te, ok := v.titleAfter(ts); ok {
		d.title(a, v.titleText(ts, te))
		d.employ(a, q, ts, te, v.phrase(v.s.Ents[q].End, te), MethodAppositive, scoreAppositive)
	}
	return true
}

// appositivePhrase reads the noun phrase that starts at token i, its head
// (not a name: a phrase that is only a name is a list), the preposition
// and the mention after it, and the mention or known organisation
// inside it.
func appositivePhrase(d *docState, a, i int) (apposNP, bool) {
	v := d.v
	np := apposNP{start: i, q: -1, mod: -1, modEnt: -1}
	// "X, now chairman of Y": an adverb of time before the phrase.
	if v.tag(np.start) == "RB" && v.at[np.start] < 0 && !v.isDet(np.start+1) {
		np.start++
	}
	if v.isDet(np.start) {
		np.start++
	}
	// "X, the most senior female MP": a superlative's adverb, and the
	// adjectives that describe the holder, not the title.
	if v.free(np.start) && v.tag(np.start) == "RBS" && strings.HasPrefix(v.tag(np.start+1), "JJ") {
		np.start++
		for n := 0; n < 3 && v.free(np.start+1) && strings.HasPrefix(v.tag(np.start), "JJ") && !v.isTitleWord(np.start); n++ {
			np.start++
		}
	}
	end, inner := v.np(np.start)
	if end == np.start {
		return np, false
	}
	// "X, the guitarist's stepsister": a possessor, not the head; the
	// person is not the guitarist.
	if v.isPossessive(end) {
		return np, false
	}
	np.end = end
	np.head = end - 1
	for np.head > np.start && v.at[np.head] >= 0 {
		np.head--
	}
	if v.at[np.head] >= 0 {
		return np, false
	}
	// "X, the well-known writer Y": a person named after the head is
	// another member of a list, whom the title describes.
	if np.head < end-1 && v.at[end-1] >= 0 && v.typ(v.at[end-1]) == extract.Person {
		return np, false
	}
	np.prep = v.lw(end)
	switch np.prep {
	case "of", "for", "at", "with", "in", "within", "to", "from":
		np.q = v.objectAfter(end)
		if np.q < 0 {
			np.q = v.describedName(end + 1)
		}
		// "director of foreign exchange at Y": a field, then where.
		if j := v.commonPhrase(end + 1); np.q < 0 && np.prep == "of" && j > end+1 && (v.lw(j) == "at" || v.lw(j) == "of") {
			if np.q = v.objectAfter(j); np.q < 0 {
				np.q = v.describedName(j + 1)
			}
			if np.q >= 0 {
				np.prep = v.lw(j)
			}
		}
	}
	if len(inner) > 0 {
		np.mod = inner[len(inner)-1]
	}
	// A capitalised word the recognizer missed there may still name an
	// organisation of the document: "an ACME branch" after "the Acme
	// Company Mining Enterprise".
	if np.mod < 0 && v.typ(a) != extract.Person {
		for j := np.start; j < np.head; j++ {
			if tokenize.StartsUpper(v.toks[j].Text) {
				if e := d.knownOrganization(v.toks[j].Text); e >= 0 {
					np.modEnt = e
				}
			}
		}
	}
	np.label = v.phrase(v.s.Ents[a].End, end)
	if np.q >= 0 {
		np.label = v.phrase(v.s.Ents[a].End, v.s.Ents[np.q].Start)
	}
	return np, true
}

// personAppositive reads what an appositive says of a person: a citizen
// or native of a place ("a citizen of X", "a Moscow native"), a title
// and where it is held ("the chief executive of Y", "an Acme
// spokesman").
func personAppositive(d *docState, a int, np apposNP) {
	v := d.v
	switch {
	case np.prep == "of" && np.q >= 0 && v.typ(np.q) == extract.Person && np.head == np.end-1 && !v.former(np.start, np.head+1) && !v.is(np.head, lexicon.Associate) &&
		kinRelation(d, a, np.q, np.head, np.label):
		// "A, the wife of Q": as "A, Q's wife".
	case v.lw(np.head) == "one" && np.head == np.start && np.prep == "of":
		oneOfGroup(d, a, np)
	case v.is(np.head, lexicon.Citizen):
		placeOf(d, a, np, schema.Nationality)
	case v.is(np.head, lexicon.Resident):
		placeOf(d, a, np, schema.HomeLocation)
	case v.isTitleHead(np.head) && !v.participleClause(np) && !v.listItemTitle(a, np):
		titleAppositive(d, a, np)
	}
}

// listItemTitle reports whether appositive phrase np is the next item
// of a list of names that mention a is in the middle of, a capitalised
// name of the shape "X of the Y" (the list-item-title construction):
// in "reviews of Kestrel Duty, Vell Cell - Harbour Run, Lord of the
// Tarns and Pocket Keep" a name and a comma or a dash stand before a,
// and the phrase, with no determiner, is capitalised and ends at the
// name after its preposition, which "and" or "or" and another name
// follow. "Bo Ek, Ann Lee, chairman of Acme, and Cy Ray" keeps its
// apposition (in lower case, set off by commas).
func (v *view) listItemTitle(a int, np apposNP) bool {
	if np.q < 0 || np.start != np.head || !tokenize.StartsUpper(v.toks[np.start].Text) {
		return false
	}
	before := v.s.Ents[a].Start - 1
	if w := v.lw(before); w != "," && !tokenize.IsDash(w) || v.entEnding(before) < 0 {
		return false
	}
	after := v.s.Ents[np.q].End
	if w := v.lw(after); w != "and" && w != "or" {
		return false
	}
	return v.entAt(after+1) >= 0
}

// participleClause reports whether appositive phrase np opens with a
// present participle that is no title's word and takes the noun after it
// as its object: "Ann Lee, offering scientists a sample" is a clause
// about Ann Lee, no title (the participle-clause construction); "Ann
// Lee, managing director" is one.
func (v *view) participleClause(np apposNP) bool {
	return np.start < np.head && v.tag(np.start) == "VBG" && v.free(np.start) && !v.isTitleWord(np.start)
}

// oneOfGroup reads "X, one of the so-called Y": X is a member of a group
// named by its members.
func oneOfGroup(d *docState, a int, np apposNP) {
	v := d.v
	k := np.end + 1
	for k < v.n() && k < np.end+5 && v.at[k] < 0 && (v.isDet(k) || v.tag(k) == "JJ" || tokenize.IsOpenQuote(v.lw(k))) {
		k++
	}
	// The group itself, not a modifier ("one of the Acme directors").
	if q := v.entAt(k); q >= 0 && v.typ(q) == extract.Organization && !strings.HasPrefix(v.tag(v.s.Ents[q].End), "NN") && !v.isPossessive(v.s.Ents[q].End) {
		d.add(a, q, schema.MemberOf, v.phrase(np.start, v.s.Ents[q].End), MethodAppositive, scoreAppositive)
	}
}

// titleAppositive reads a title and where it is held: "X, the chief
// executive of Y", "X, an Acme spokesman".
func titleAppositive(d *docState, a int, np apposNP) {
	v := d.v
	d.title(a, v.titleText(np.start, np.head+1))
	q, prep := np.q, np.prep
	// "X, director of the Norland Pellam Council", "X, head of
	// Acme's Tarvik unit": the name after the preposition only
	// modifies what the office is of, a body that is named (the
	// possessive's) or not.
	if q >= 0 && (v.typ(q) == extract.Organization || v.typ(q) == extract.Location) {
		if o, ok := v.modifiedBody(q); ok {
			d.employ(a, o, np.start, np.head+1, v.phrase(v.s.Ents[a].End, v.s.Ents[q].Start), MethodAppositive, scoreAppositive)
			return
		}
	}
	switch {
	case q >= 0 && (prep == "of" || prep == "for" || prep == "at" || prep == "with") && v.typ(q) == extract.Organization:
		d.employ(a, q, np.start, np.head+1, np.label, MethodAppositive, scoreAppositive)
	case q >= 0 && (prep == "of" || prep == "in") && v.typ(q) == extract.Location:
		d.employ(a, q, np.start, np.head+1, np.label, MethodAppositive, scoreAppositive)
	case np.mod >= 0 && !v.cutName(np.mod):
		d.employ(a, np.mod, np.start, np.head+1, np.label, MethodAppositive, scoreAppositive)
	}
}

// modifiedBody reports whether mention q, a body or a place after a
// title's preposition, only modifies what follows it: a possessive
// ("of Norland's Acme", "of Acme's Tarvik unit") or a noun or another
// capitalised word the recognizer left out of the name ("of the Norland
// firm", "of the Harlow Pellam Library"). o is then the body the
// possessive names ("Acme" of "Norland's Acme"), or -1: none, or one a
// body's possessive governs with a common noun ("of Acme's research
// unit"), which leaves the body q itself for a body (not for a place).
func (v *view) modifiedBody(q int) (o int, ok bool) {
	end := v.s.Ents[q].End
	if v.isPossessive(end) {
		if k := v.entAt(end + 1); k >= 0 {
			if v.typ(k) == extract.Organization {
				return k, true
			}
			return -1, true
		}
		if v.typ(q) == extract.Organization {
			return -1, false
		}
		return -1, true
	}
	if !v.free(end) || v.typ(q) != extract.Location {
		return -1, false
	}
	if t := v.tag(end); strings.HasPrefix(t, "NN") || tokenize.StartsUpper(v.toks[end].Text) && unicode.IsLetter([]rune(v.toks[end].Text)[0]) {
		return -1, true
	}
	return -1, false
}

// cutName reports whether place mention q is followed by a capitalised
// word outside any mention, a part of the same name the recognizer left
// out: "X, Harlow Online general manager" names a firm, not a place.
func (v *view) cutName(q int) bool {
	end := v.s.Ents[q].End
	if v.typ(q) != extract.Location || !v.free(end) {
		return false
	}
	return tokenize.StartsUpper(v.toks[end].Text) && !v.isTitleWord(end)
}

// placeOf relates a person to the place "of" which, or named inside
// which, the appositive's noun is: "a citizen of X", "a Moscow native".
func placeOf(d *docState, a int, np apposNP, pred string) {
	v := d.v
	if np.q >= 0 && np.prep == "of" && v.typ(np.q) == extract.Location {
		d.add(a, np.q, pred, np.label, MethodAppositive, scoreAppositive)
	} else if np.mod >= 0 && v.typ(np.mod) == extract.Location {
		d.add(a, np.mod, pred, np.label, MethodAppositive, scoreAppositive)
	}
}

// partAppositive reads "X, a branch of Y", "X, an IS branch": X is part
// of Y, whatever type the recognizer gave X; "... active in A and B"
// after it belongs to X. It reports whether the head is a part's word.
func partAppositive(d *docState, a int, np apposNP, used map[int]bool) bool {
	v := d.v
	if !v.is(np.head, lexicon.OrgPart) {
		return false
	}
	// A word for kin before the head says how two bodies are related,
	// not that X is Y's part: "X, parent company of Y", "X, a sister
	// company of Y".
	if np.head > np.start && v.is(np.head-1, lexicon.Kinship) {
		return false
	}
	o := -1
	if np.q >= 0 && (np.prep == "of" || np.prep == "within") && v.typ(np.q) == extract.Organization {
		o = np.q
	} else if np.mod >= 0 && v.typ(np.mod) == extract.Organization {
		o = np.mod
	}
	if o < 0 && np.modEnt >= 0 {
		d.addEntity(a, np.modEnt, schema.ParentOrganization, np.label, MethodAppositive, scoreAppositive-0.1, v.s.Ents[a].Start, np.end)
		d.areaServed(a, np.end, used)
		return true
	}
	if o >= 0 && o == np.mod && v.s.Ents[o].Start > np.head {
		// "X, its unit Y": the name after the part's noun is X's part
		// (the possessive is X's); without one ("X, the unit Y") the
		// direction is not said.
		if w := v.lw(v.s.Ents[a].End + 1); w == "its" || w == "their" {
			d.add(o, a, schema.ParentOrganization, np.label, MethodAppositive, scoreAppositive)
			d.add(a, o, schema.SubOrganization, np.label, MethodAppositive, scoreAppositive)
		}
		return true
	}
	if o >= 0 {
		d.add(a, o, schema.ParentOrganization, np.label, MethodAppositive, scoreAppositive)
		d.add(o, a, schema.SubOrganization, np.label, MethodAppositive, scoreAppositive)
		after := np.end
		if np.q >= 0 {
			after = v.s.Ents[np.q].End
		}
		d.areaServed(a, after, used)
	}
	return true
}

// placeAppositive reads "X, a town in Y", "X, a Moscow suburb": a place
// in a place.
func placeAppositive(d *docState, a int, np apposNP) {
	v := d.v
	if !v.isPlaceHead(np.head) {
		return
	}
	if np.q >= 0 && (np.prep == "of" || np.prep == "in") && v.typ(np.q) == extract.Location {
		d.add(a, np.q, schema.ContainedInPlace, np.label, MethodAppositive, scoreAppositive)
	} else if np.mod >= 0 && v.typ(np.mod) == extract.Location {
		d.add(a, np.mod, schema.ContainedInPlace, np.label, MethodAppositive, scoreAppositive)
	}
}

// skipParenthesis returns the token after a short parenthesis starting
// at token i ("Acme Holdings (AH), a unit of"), or i when there is none.
func (v *view) skipParenthesis(i int) int {
	if v.lw(i) != "(" {
		return i
	}
	for j := i + 1; j < v.n() && j <= i+6; j++ {
		if v.lw(j) == ")" {
			return j + 1
		}
	}
	return i
}

// inList reports whether places a and q, separated by a comma, are items
// of a list ("France, Germany and Italy") rather than a place and the
// place containing it.
func (v *view) inList(a, q int) bool {
	// Items may carry a short parenthesis: "X (1), Y (8), Z".
	after := v.skipParenthesis(v.s.Ents[q].End)
	switch v.lw(after) {
	case "and", "or", "&":
		return true
	case ",":
		// Another name, whatever the recognizer typed it ("Vell City,
		// Harlow, Tarvik, Pellam"); not a person's after a home ("Ann
		// Lee, a farmer from Harlow, Norland, Bo Ek, ...": a list of
		// people, each with a town and its county; the home-in-list
		// rule).
		if k := v.entAt(after + 1); k >= 0 && !(v.typ(k) == extract.Person && v.lw(v.s.Ents[a].Start-1) == "from") {
			return true
		}
		if w := v.lw(after + 1); w == "and" || w == "or" {
			return true
		}
	}
	before := v.s.Ents[a].Start - 1
	switch v.lw(before) {
	case "and", "or":
		return true
	case ",":
		if k := v.entEnding(v.parenthesisBefore(before)); k >= 0 {
			return true
		}
	}
	return false
}

// parenthesisBefore returns the token where a short parenthesis ending
// just before token i begins ("X (1)" before a comma), or i when there is
// none.
func (v *view) parenthesisBefore(i int) int {
	if v.lw(i-1) != ")" {
		return i
	}
	for j := i - 2; j >= 0 && j >= i-7; j-- {
		if v.lw(j) == "(" {
			return j
		}
	}
	return i
}

// ofPhrase handles "X of Y" between two mentions: "Jane Doe of Acme",
// "Doe of Denver", "the Acme office of Paris".
func ofPhrase(d *docState, a int) {
	v := d.v
	e := v.s.Ents[a]
	at := e.End
	// "Jane Doe, of Denver,": where a person is from.
	comma := v.lw(at) == "," && v.typ(a) == extract.Person
	if comma {
		at++
	}
	if v.lw(at) != "of" {
		return
	}
	q := v.objectAfter(at)
	if q < 0 || comma && (v.typ(q) != extract.Location || v.lw(v.s.Ents[q].End) != "," && v.lw(v.s.Ents[q].End) != ".") {
		return
	}
	label := "of"
	// A title and its place ("the Duchess of X", "Mayor of X") names
	// someone by an office held there, or by a title of nobility that
	// says nothing of where she lives.
	if v.typ(a) == extract.Person && v.isTitleHead(e.End-1) {
		if v.typ(q) == extract.Location && !v.is(e.End-1, lexicon.Nobility) {
			d.add(a, q, schema.WorkLocation, label, MethodOf, scoreOf)
		}
		return
	}
	// An article before a person's name makes the name a kind, a
	// likening: "the Ann Lee of Norland" is someone else, Norland's
	// answer to Ann Lee.
	if v.typ(a) == extract.Person && (v.lw(e.Start-1) == "the" || v.lw(e.Start-1) == "a" || v.lw(e.Start-1) == "an") {
		return
	}
	switch {
	case v.typ(a) == extract.Person && v.typ(q) == extract.Organization:
		d.add(a, q, schema.WorksFor, label, MethodOf, scoreOf)
	case v.typ(a) == extract.Person && v.typ(q) == extract.Location:
		// A place the typing stage confirmed, when it ran: a name it
		// placed nowhere after "of" is as often a firm, a cause or a
		// work's ("Ann Lee of Vell Fargo", "Lady Ann of Tarvik").
		switch {
		case d.class(q) == typing.ClassCountry:
			// "Ann Lee of Norland": news names a person by the country
			// she is a citizen of (or represents, in sport), her
			// nationality, where a town is where she lives.
			d.add(a, q, schema.Nationality, label, MethodOf, scoreOf-0.1)
		case !v.typed || d.settlement(q):
			// A building, a venue or a church is where a person
			// works or worships, not her home ("Ann Lee, of the
			// Harlow Hope Church").
			d.add(a, q, schema.HomeLocation, label, MethodOf, scoreOf-0.1)
		}
	case v.typ(a) == extract.Organization && v.typ(q) == extract.Location:
		// A body typing gave no class before "of" and a place it
		// placed nowhere is as often a work's title the recognizer
		// cut in two ("Nine Shades of Tarvik"): no edge.
		// So is a bare plural noun before "of" ("Ravens of the
		// Vell Coast", a work's title: the plural-title construction),
		// whatever the place's class.
		if (!v.typed || d.class(a) != "" || d.class(q) != "") && !v.pluralNounName(a) {
			d.add(a, q, schema.Location, label, MethodOf, scoreOf)
		}
	}
}

// settlement reports whether typing placed mention q as a town, a region,
// a country or a continent: a place people live in.
func (d *docState) settlement(q int) bool {
	switch d.class(q) {
	case typing.ClassCity, typing.ClassAdminArea, typing.ClassCountry, typing.ClassContinent:
		return true
	}
	return false
}

// personFollows reports whether a person's name stands at token i past
// "and" or a comma: the next item of a list of people.
func (v *view) personFollows(i int) bool {
	if w := v.lw(i); w != "and" && w != "," {
		return false
	}
	q := v.entAt(i + 1)
	return q >= 0 && v.typ(q) == extract.Person
}

// titleOf handles "the head of Acme, Jane Doe" and "Acme's head, Jane
// Doe": a title, then its organisation or place, then the person.
func titleOf(d *docState) {
	v := d.v
	for i := 0; i < v.n(); i++ {
		if v.lw(i) != "of" || !v.isTitleHead(i-1) || v.at[i-1] >= 0 {
			continue
		}
		ts := i - 1
		for ts > 0 && v.isTitleWord(ts-1) && v.at[ts-1] < 0 {
			ts--
		}
		q := v.objectAfter(i)
		// "Head of developmental genetics at Y, X": a field, then
		// where.
		if k := v.commonPhrase(i + 1); q < 0 && k > i+1 && v.lw(k) == "at" {
			q = v.objectAfter(k)
		}
		if q < 0 {
			continue
		}
		j := v.s.Ents[q].End
		if v.lw(j) == "," {
			j++
		}
		// A form of address before the name: "..., Professor X" (after
		// an organisation's name, which a place may end: "the chairman
		// of Acme UK, Sir X" is no place's).
		if v.free(j) && v.is(j, lexicon.Honorific) && v.entAt(j+1) >= 0 && v.typ(q) == extract.Organization {
			j++
		}
		p := v.entAt(j)
		if p < 0 || v.typ(p) != extract.Person {
			continue
		}
		// A plural title is a list's ("the founders of Acme, Ann Lee
		// and Bo Ek"); before one name alone it is other people's, and
		// the name begins the clause ("To fans of Norland, Lee could do
		// no wrong").
		if v.tag(i-1) == "NNS" && !v.personFollows(v.s.Ents[p].End) {
			continue
		}
		// Not "the head of Acme, Jane Doe and ..." lists of people.
		d.title(p, v.titleText(ts, i))
		d.employ(p, q, ts, i, v.phrase(ts, v.s.Ents[q].Start), MethodOf, scoreOf)
	}
}

// possessive handles "Y's X" between adjacent mentions: "Russia's Acme",
// "Acme's Jane Doe", "Acme's subsidiary Beta".
func possessive(d *docState, q int) {
	v := d.v
	e := v.s.Ents[q]
	// "the Norland Acme Council": a country's name between the article and
	// a body's.
	if a := v.entAt(e.End); a >= 0 && v.isDet(e.Start-1) && d.country(q) && v.typ(a) == extract.Organization && !d.country(a) {
		d.add(a, q, schema.Location, v.phrase(e.Start, v.s.Ents[a].End), MethodPossessive, scorePossessive)
		return
	}
	countryBack(d, q)
	if !v.isPossessive(e.End) {
		return
	}
	a, part := v.possessedBy(q, e.End+1)
	if a < 0 {
		return
	}
	// "the Bank's Pricing Committee", "the agency's Office of Drug
	// Safety": a name headed by a word for a part is a part.
	part = part || v.partName(a)
	label := v.phrase(e.End, v.s.Ents[a].Start)
	// "Ek's Harlow Nights": a possessor typed a place but named as
	// people are is a person, a work's author.
	if v.typ(q) == extract.Location && !d.placeEvidence(q) {
		return
	}
	if v.typ(a) == extract.Person {
		d.personPossessive(q, a, label)
		return
	}
	switch {
	case v.typ(q) == extract.Location && v.typ(a) == extract.Organization:
		// Not a body whose name modifies a noun after it
		// ("Norland's Acme bid", "Norland's Acme regiments").
		// Nor a "body" named as a person is, a given name first: "Norland's
		// Ann Lee" is a player or a citizen the tagger misread, whose
		// country is her nationality, not where she is based.
		if !v.bodyModifies(a) && !d.givenNamed(a) {
			d.add(a, q, schema.Location, label, MethodPossessive, scorePossessive)
		}
	case v.typ(q) == extract.Location && v.typ(a) == extract.Location:
		// Not a place whose name modifies a noun after it that names no
		// kind of place ("Norland's Harlow Director X", "Norland's Harlow
		// awards"); "Norland's Harlow province" is the province.
		// The tagger may read the noun as an adjective ("Acme's Norland
		// affiliate"/JJ).
		// Nor a place inside a smaller one, nor a country inside another:
		// "Ann's Norland" is a person's country the typing took for a
		// town ("the dictator's Norland", "Lee's Norland").
		if ra, rq := placeRank(d.res, v.entity(a)), placeRank(d.res, v.entity(q)); ra > 0 && rq > 0 && (ra > rq || ra == 3 && rq == 3) {
			break
		}
		if end := v.s.Ents[a].End; !strings.HasPrefix(v.tag(end), "NN") && !(strings.HasPrefix(v.tag(end), "JJ") && v.free(end) && !tokenize.StartsUpper(v.toks[end].Text)) ||
			v.is(end, lexicon.PlaceClasses()...) {
			d.add(a, q, schema.ContainedInPlace, label, MethodPossessive, scorePossessive)
		}
	case v.typ(q) == extract.Organization && v.typ(a) == extract.Organization && part:
		// "Acme's subsidiary Beta"; without a word for a part, "Acme's
		// Beta" is as often a product, a brand or a venue.
		d.add(a, q, schema.ParentOrganization, label, MethodPossessive, scorePossessive)
		d.add(q, a, schema.SubOrganization, label, MethodPossessive, scorePossessive)
	}
}

// countryBack handles "the country's X" for a body X: "the country's"
// stands for the one country the sentence names before it (or, when it
// names none, the one the sentence before names), as "Norland's X"
// gives X's location ("Norland's bankruptcy laws were approved by the
// country's Congress": the country-back rule). Not a body whose name
// modifies a noun ("the country's Acme bid"), a country, nor when two
// countries are named.
func countryBack(d *docState, a int) {
	v := d.v
	st := v.s.Ents[a].Start
	if v.typ(a) != extract.Organization || st < 3 || !v.isPossessive(st-1) || !v.free(st-2) || v.lw(st-3) != "the" {
		return
	}
	if w := v.lw(st - 2); w != "country" && w != "nation" {
		return
	}
	if d.country(a) || d.countryNamed(a) || v.bodyModifies(a) || d.givenNamed(a) {
		return
	}
	c := d.soleCountry(v.si, v.toks[st-3].Start)
	if c < 0 {
		c = d.soleCountry(v.si-1, -1)
	}
	if c >= 0 {
		d.addEntity(a, c, schema.Location, v.phrase(st-3, v.s.Ents[a].End), MethodPossessive, scorePossessive, st-3, v.s.Ents[a].End)
	}
}

// chairOf handles "Y's chairmanship of X" for a country Y and an
// organisation X: the noun of an office or of membership that holds it,
// "-ship" on a title's word or "-cy" for its "-t" ("chairmanship",
// "membership", "leadership", "presidency"), makes Y a member of X ("the
// Norland's presidency of the Vell Union": the chair-of rule); not a
// body, a person or a town as Y.
func chairOf(d *docState, q int) {
	v := d.v
	i := v.s.Ents[q].End
	if !d.country(q) || !v.isPossessive(i) || !v.free(i+1) || v.lw(i+2) != "of" || !v.officeNoun(i+1) {
		return
	}
	a := v.nameAt(i + 3)
	if a < 0 || v.typ(a) != extract.Organization || d.country(a) {
		return
	}
	d.add(q, a, schema.MemberOf, v.phrase(i, v.s.Ents[a].End), MethodPossessive, scorePossessive)
}

// officeNoun reports whether token i is a noun of holding an office or
// a membership, made from a title's word: "-ship" on it ("chairmanship",
// "membership") or "-cy" for its final "t" ("presidency").
func (v *view) officeNoun(i int) bool {
	w := v.lw(i)
	var stem string
	switch {
	case strings.HasSuffix(w, "ship"):
		stem = strings.TrimSuffix(w, "ship")
	case strings.HasSuffix(w, "ncy"):
		stem = strings.TrimSuffix(w, "cy") + "t"
	default:
		return false
	}
	return v.lex.Is(stem, lexicon.Office) || v.lex.Is(stem, lexicon.Membership)
}

// soleCountry returns the one country entity that the mentions of
// sentence si name before offset limit (anywhere in it when limit is
// negative), or -1 when they name none or more than one.
func (d *docState) soleCountry(si, limit int) int {
	c := -1
	for _, m := range d.res.Mentions {
		if m.Sentence != si || limit >= 0 && m.Start >= limit || m.Entity < 0 || m.Entity >= len(d.res.Entities) {
			continue
		}
		if ent := d.res.Entities[m.Entity]; ent.Type != extract.Location || ent.Class != typing.ClassCountry {
			continue
		}
		if c >= 0 && c != m.Entity {
			return -1
		}
		c = m.Entity
	}
	return c
}

// personPossessive handles "Y's X" for a person X: "Norland's Ann Lee"
// gives her nationality, "Acme's Ann Lee" her employer.
func (d *docState) personPossessive(q, a int, label string) {
	v := d.v
	switch {
	case v.typ(q) == extract.Location && d.country(q) && a == v.entAt(v.s.Ents[q].End+1) && d.fullName(a) && !v.nounAfter(a):
		// "Norland's Ann Lee": her nationality (the country-possessive
		// construction); not a name before a noun, "Norland's Tarvik
		// region", nor one word, "Norland's Tarvik", which the tagger
		// took for a person's as often as it is a region's.
		d.add(a, q, schema.Nationality, label, MethodPossessive, scorePossessive)
	case v.typ(q) == extract.Organization && d.countryNamed(q):
		// "Norland's Ann Lee" where Norland's side plays: a nationality
		// the body's node cannot hold, and no employer (the
		// country-possessive construction).
	case v.typ(q) == extract.Organization && d.personName(a, q) && !d.performedIn(a, q):
		// "Acme's X" is a company's man, "Labour's X" a party's member
		// (add makes it so). A "person" the name does not bear out is
		// most often the body's product, show or unit ("Acme's Tarvik",
		// "Acme's Vell Robot").
		d.add(a, q, schema.WorksFor, label, MethodPossessive, scorePossessive)
	}
}

// performedIn reports whether the possessor q of person a is a body
// typing gave no class and a's own clause names a performer ("Harlow
// Nights' Ann Lee was best supporting actress", "Harlow Nights' Ann Lee
// is the favourite for the best actor award") or a prize's category of one
// who made a show or a work ("Harlow Nights' Ann Lee was named best
// director"): the name is the work she played in or made, which employs
// no one, as employ reads "Harlow Nights star X". A maker's noun counts
// only after "best", a prize's: "Acme's Ann Lee was named director" is
// an appointment.
func (d *docState) performedIn(a, q int) bool {
	v := d.v
	if d.class(q) != "" {
		return false
	}
	found := false
	v.clauseScan(a, func(i int) bool {
		found = v.free(i) && strings.HasPrefix(v.tag(i), "NN") &&
			(v.is(i, lexicon.Performer) || v.lw(i-1) == "best" && v.is(i, lexicon.ShowMaker, lexicon.WorkMaker))
		return !found
	})
	return found
}

// possessed returns the name a possessive owns, at token i or after one
// or two nouns the last of which is a part ("Acme's subsidiary Beta",
// part), or -1.
func (v *view) possessed(i int) (a int, part bool) {
	if a = v.entAt(i); a >= 0 {
		return a, false
	}
	for j := i; j < i+2 && j < v.n(); j++ {
		if !strings.HasPrefix(v.tag(j), "NN") || v.at[j] >= 0 {
			break
		}
		if v.is(j, lexicon.OrgPart) {
			if k := v.entAt(j + 1); k >= 0 {
				return k, true
			}
			break
		}
	}
	return -1, false
}

// possessedBy returns what the possessive of mention q possesses, its
// name at token i (see possessed), or for a place, after adjectives (see
// possessedAfterAdjectives).
func (v *view) possessedBy(q, i int) (a int, part bool) {
	a, part = v.possessed(i)
	if a < 0 && v.typ(q) == extract.Location {
		a = v.possessedAfterAdjectives(i)
	}
	return a, part
}

// possessedAfterAdjectives reads one or two adjectives in lower case
// between a place's possessive and a place's name followed by a noun for a
// kind of place (the adjective-place-kind rule): "Norland's quiet Tarvik
// district", "Norland's remote northern Harlow region". It returns the
// name's mention, or -1; without the place noun ("Norland's new Harlow")
// the adjective may begin another noun phrase, and the name is left alone.
func (v *view) possessedAfterAdjectives(i int) int {
	j := i
	for ; j < i+2 && v.free(j) && v.tag(j) == "JJ" && !tokenize.StartsUpper(v.toks[j].Text); j++ {
	}
	if j == i {
		return -1
	}
	a := v.entAt(j)
	if a < 0 || v.typ(a) != extract.Location {
		return -1
	}
	end := v.s.Ents[a].End
	if !v.free(end) || !strings.HasPrefix(v.tag(end), "NN") || tokenize.StartsUpper(v.toks[end].Text) || !v.is(end, lexicon.Region, lexicon.Settlement) {
		return -1
	}
	return a
}

// nounAfter reports whether a common noun in lower case, no name's,
// stands right after mention a: its name modifies the noun.
func (v *view) nounAfter(a int) bool {
	end := v.s.Ents[a].End
	return v.free(end) && strings.HasPrefix(v.tag(end), "NN") && !tokenize.StartsUpper(v.toks[end].Text)
}

// bodyModifies reports whether the name of body a modifies a noun in
// lower case after it that names no kind of body, or a plural noun:
// "Norland's Acme bid" is the country's bid for Acme (where "Norland's
// Acme newspaper" is the paper), and "Norland's Acme regiments" are
// Norland's (the possessive is the plural's, which the one body is not).
func (v *view) bodyModifies(a int) bool {
	end := v.s.Ents[a].End
	if v.free(end) && strings.HasPrefix(v.tag(end), "NN") && !tokenize.StartsUpper(v.toks[end].Text) &&
		!v.isOrgNoun(end) && !v.is(end, lexicon.OrgPart, lexicon.Education) {
		return true
	}
	return v.free(end) && v.tag(end) == "NNS" && !tokenize.StartsUpper(v.toks[end].Text)
}

// partName reports whether the name of mention a is headed by a word for
// a part of an organisation: its last word, or the word before "of"
// ("Pricing Committee", "Office of Drug Safety"), or a noun for a part
// right after it (partAfter: "Vell International unit").
func (v *view) partName(a int) bool {
	e := v.s.Ents[a]
	head := e.End - 1
	for i := e.Start + 1; i < e.End; i++ {
		if v.lw(i) == "of" {
			head = i - 1
			break
		}
	}
	return v.is(head, lexicon.OrgPart) || v.partAfter(a)
}

// partAfter reports whether a singular noun in lower case for a part of
// a body (lexicon OrgPart, no government's) stands right after body a's
// name and ends its phrase: "Acme's Vell International unit", "Acme's
// Beta division" (the part-after construction). The name is the part's.
func (v *view) partAfter(a int) bool {
	end := v.s.Ents[a].End
	if v.typ(a) != extract.Organization || !v.free(end) || v.tag(end) != "NN" || tokenize.StartsUpper(v.toks[end].Text) || strings.HasPrefix(v.tag(end+1), "NN") {
		return false
	}
	return v.is(end, lexicon.OrgPart) && !v.is(end, lexicon.Government)
}

// inPlace handles "X in Y" for places: "Krasnogorsk in the Moscow
// region", "Acme in Paris", "the X arena on the outskirts of Y".
func inPlace(d *docState, a int) {
	v := d.v
	e := v.s.Ents[a]
	i := e.End
	// A noun naming what kind of place the name is: "the X venue in Y".
	if v.is(i, lexicon.Facility) {
		i++
	}
	q := -1
	switch {
	case v.lw(i) == "in":
		q = v.objectAfter(i)
	case (v.lw(i) == "on" || v.lw(i) == "in") && v.lw(i+1) == "the" && (v.lw(i+2) == "outskirts" || v.lw(i+2) == "edge") && v.lw(i+3) == "of":
		q = v.objectAfter(i + 3)
	case v.lw(i) == "at" && v.typ(a) == extract.EventType && !v.eventPart(e.Start):
		// "the Harlow Open at Pellam": an event is held at a place as
		// in one (the event-at rule; placeIn keeps only a named event
		// no verb takes); not an event one takes part "in", nor one
		// "of" which a part is named, whose games or rounds the place
		// may hold ("two games in the Vell Nations at Harlow", "the
		// opening game of the Vell Series at Harlow Park").
		q = v.objectAfter(i)
	}
	if q < 0 || v.typ(q) != extract.Location || !d.placeEvidence(q) {
		return
	}
	// "there were no X in Y": a name after "no" is denied, not placed.
	if e.Start > 0 && v.lw(e.Start-1) == "no" {
		return
	}
	// "in the Norlandic resort of X", "in the Norland county of X": the
	// place is X, in the country the place-kind construction relates it
	// to.
	if qe := v.s.Ents[q].End; strings.HasPrefix(v.tag(qe), "NN") && v.is(qe, lexicon.Settlement, lexicon.Hotel, lexicon.Facility) && v.lw(qe+1) == "of" {
		if r := v.entAt(qe + 2); r >= 0 && v.typ(r) == extract.Location {
			q = r
		}
	}
	placeIn(d, a, q, v.phrase(e.End, v.s.Ents[q].Start))
}

// eventFor handles "to Y for the X" for a place Y and an event X: a verb
// that takes the place after "to", "on", "in" or "at" brings its
// subject there for an event the text names, which is held there
// ("descend on the old Norlandic port of Harlow for the Vell Forum",
// "flew to Harlow for the Norland Open": the event-for rule); not a
// place no verb takes ("Harlow's bid for the Vell Games"), nor an event
// described in common nouns.
func eventFor(d *docState, q int) {
	v := d.v
	e := v.s.Ents[q]
	a := v.entAt(e.End + 2)
	if v.typ(q) != extract.Location || v.lw(e.End) != "for" || v.lw(e.End+1) != "the" || a < 0 || v.typ(a) != extract.EventType ||
		!v.namedMention(a) || !d.placeEvidence(q) {
		return
	}
	i := v.placeKindStart(e.Start)
	if w := v.lw(i - 1); w != "to" && w != "on" && w != "in" && w != "at" || !strings.HasPrefix(v.tag(i-2), "VB") || !v.free(i-2) {
		return
	}
	d.add(a, q, schema.Location, v.phrase(i-2, v.s.Ents[a].End), MethodIn, scoreIn-0.05)
}

// onCoast handles "X on Y's coast" for a place X and a country Y: a
// place on a country's coast, shore or another natural feature (the
// lexicon's NaturalFeature), past up to two adjectives or nouns in
// lower case ("eastern", "north"), is in the
// country ("Harlow on Norland's eastern coast", "Harlow, on the north
// coast of Norland": the on-coast rule); not a country, nor a place
// the typing ranks as large as the country.
func onCoast(d *docState, q int) {
	v := d.v
	i := v.s.Ents[q].End
	if v.lw(i) == "," {
		i++
	}
	if v.typ(q) != extract.Location || v.lw(i) != "on" {
		return
	}
	c, j := -1, i+1
	if k := v.entAt(j); k >= 0 && v.isPossessive(v.s.Ents[k].End) {
		c, j = k, v.s.Ents[k].End+1
	} else if v.lw(j) == "the" {
		j++
	} else {
		return
	}
	for n := 0; n < 2 && v.free(j) && !v.is(j, lexicon.NaturalFeature) && (strings.HasPrefix(v.tag(j), "JJ") || v.tag(j) == "NN" && !tokenize.StartsUpper(v.toks[j].Text)); n++ {
		j++
	}
	if !v.free(j) || !strings.HasPrefix(v.tag(j), "NN") || !v.is(j, lexicon.NaturalFeature) {
		return
	}
	if c < 0 && v.lw(j+1) == "of" {
		c = v.entAt(j + 2)
	}
	if c < 0 || !d.country(c) || d.country(q) || v.entity(c) == v.entity(q) {
		return
	}
	if ra, rc := placeRank(d.res, v.entity(q)), placeRank(d.res, v.entity(c)); ra > 0 && rc > 0 && ra >= rc {
		return
	}
	d.add(q, c, schema.ContainedInPlace, v.phrase(v.s.Ents[q].End, v.s.Ents[c].End), MethodIn, scoreIn)
}

// locatedAt handles "a Z in X could be located at Y or W" for a town or
// a region X: a thing the text places in X by a common noun phrase, then
// says is located (or based) at places, after a modal, an adverb or a
// verb of being, puts those places in X ("A new stadium in Harlow could
// be located at Pellam Park or the Vell Centre": the located-at rule);
// not a country, nor a place as large as X.
func locatedAt(d *docState, q int) {
	v := d.v
	e := v.s.Ents[q]
	if rq := placeRank(d.res, v.entity(q)); v.typ(q) != extract.Location || rq != 1 && rq != 2 || v.lw(e.Start-1) != "in" ||
		!v.free(e.Start-2) || !strings.HasPrefix(v.tag(e.Start-2), "NN") && v.tag(e.Start-2) != "JJ" || tokenize.StartsUpper(v.toks[e.Start-2].Text) {
		return
	}
	i := e.End
	for n := 0; n < 3 && v.free(i) && (v.tag(i) == "MD" || v.tag(i) == "RB" || v.isBe(i)); n++ {
		i++
	}
	if i == e.End || !basedWords[v.lw(i)] || v.lw(i+1) != "at" {
		return
	}
	for k := v.objectAfter(i + 1); k >= 0; {
		if v.typ(k) == extract.Location && v.entity(k) != v.entity(q) && !d.country(k) && placeRank(d.res, v.entity(k)) < placeRank(d.res, v.entity(q)) {
			d.add(k, q, schema.ContainedInPlace, v.phrase(e.End, v.s.Ents[k].End), MethodIn, scoreIn)
		}
		end := v.s.Ents[k].End
		if w := v.lw(end); w != "or" && w != "and" && w != "," {
			break
		}
		k = v.objectAfter(end)
	}
}

// placeKindStart returns where the noun phrase of a place's name that
// begins at token st begins: before "the Norlandic resort of" (a kind
// of place, up to two modifiers and a determiner), or st.
func (v *view) placeKindStart(st int) int {
	head := st - 2
	if head < 1 || v.lw(st-1) != "of" || !v.free(head) || !strings.HasPrefix(v.tag(head), "NN") || !v.is(head, lexicon.Settlement, lexicon.Hotel, lexicon.Facility) {
		return st
	}
	i := head - 1
	for n := 0; n < 2 && i >= 0 && (strings.HasPrefix(v.tag(i), "JJ") || v.tag(i) == "NN" || v.tag(i) == "NNP"); n++ {
		i--
	}
	if v.isDet(i) {
		return i
	}
	return i + 1
}

// eventPart reports whether the noun phrase of an event's name that
// begins at token st follows "in" or "of": another noun (a game, a
// round) may hold what comes after the name.
func (v *view) eventPart(st int) bool {
	w := v.lw(v.phraseStart(st) - 1)
	return w == "in" || w == "of"
}

// phraseStart returns where the noun phrase that ends with a name
// beginning at token st begins: before its determiner, possessives,
// numbers and adjectives.
func (v *view) phraseStart(st int) int {
	i := st
	for i > 0 {
		switch v.tag(i - 1) {
		case "DT", "PRP$", "POS", "CD", "JJ":
			i--
			continue
		}
		break
	}
	return i
}

// placeIn adds the relation "X in Y" states between mention a and the
// place q after "in" (label the words between): a place's containing
// place, or a body's, a meeting's or a show's location.
func placeIn(d *docState, a, q int, label string) {
	v := d.v
	switch v.typ(a) {
	case extract.Location:
		// A place is not inside a smaller one, nor a country inside
		// another ("a friendly against Norland in Harlow" names where a
		// team played); a town may be in a town the typing took for one
		// ("Dartford in Kent").
		if ra, rq := placeRank(d.res, v.entity(a)), placeRank(d.res, v.entity(q)); ra > 0 && rq > 0 && (ra > rq || ra == 3 && rq == 3) {
			return
		}
		// Nor is a country inside a bay, a building or a mountain ("the
		// Norland base in Velden Bay"): only in a region or a continent.
		if c := d.class(q); placeRank(d.res, v.entity(a)) == 3 && c != "" && c != typing.ClassPlace && c != typing.ClassContinent && c != typing.ClassAdminArea {
			return
		}
		d.add(a, q, schema.ContainedInPlace, label, MethodIn, scoreIn)
	case extract.Organization:
		// "Norland in Harlow", "against Ostmark in Pellam": where a side
		// plays, not where it is based.
		if d.class(a) == typing.ClassSportsTeam {
			return
		}
		// "a leaflet by the Tarvik Party in Harlow", "the Tarvik Party in
		// Harlow": a party in a town or a region is its branch, its
		// campaign or its deed there, not where it is based.
		if d.party(a) {
			return
		}
		d.add(a, q, schema.Location, label, MethodIn, scoreIn-0.05)
	case extract.EventType:
		// "the Tarvik Widgets Conference in Harlow": a meeting's or a
		// show's name (meetingName) is where it is held; so is a
		// contest's, a festival's or any event's the text names ("the
		// Harlow half-marathon in Norland", "the Games in Vellmar": the
		// event-in rule); an event a common noun describes ("a press
		// conference in Harlow") has its place already, no name to
		// hang a relation on.
		if d.meetingName(v.entity(a)) || v.namedMention(a) && !v.verbObject(a) {
			d.add(a, q, schema.Location, label, MethodIn, scoreIn-0.05)
		}
	}
}

// namedMention reports whether mention a of the view names its entity in
// two capitalised words or more ("the Harlow Open"), rather than
// describing an event in common nouns ("a press conference", the event
// stage's "event-description" mentions) or standing for one by a single
// word ("the same Games", which resolution may join to another edition).
func (v *view) namedMention(a int) bool {
	if a < 0 || a >= len(v.ment) || v.ment[a] < 0 {
		return false
	}
	e := v.s.Ents[a]
	return v.res.Mentions[v.ment[a]].Method != "event-description" && e.End-e.Start >= 2 && tokenize.StartsUpper(v.toks[e.Start].Text)
}

// verbObject reports whether mention a is a verb's object, past
// determiners, possessives, numbers and adjectives ("spent the Second War
// in Norland": the place is the verb's, not the event's).
func (v *view) verbObject(a int) bool {
	return strings.HasPrefix(v.tag(v.phraseStart(v.s.Ents[a].Start)-1), "VB")
}

// meetingName reports whether entity e's name, of two words or more,
// ends in a capitalised noun for a meeting or a show where goods are
// shown (the lexicon's EventMeeting and EventShow): "the Harlow Power
// Summit", "Vellworld Expo".
func (d *docState) meetingName(e int) bool {
	lex := d.v.lex
	if e < 0 || e >= len(d.res.Entities) {
		return false
	}
	f := strings.Fields(d.res.Entities[e].Name)
	if len(f) < 2 || !tokenize.StartsUpper(f[len(f)-1]) {
		return false
	}
	l := lex.Lemma(strings.ToLower(f[len(f)-1]), "NNS")
	return lex.Is(l, lexicon.EventMeeting) || lex.Is(l, lexicon.EventShow)
}

// fromPlace handles "Jane Doe, 34, from Leeds" and "Jane Doe, from
// Leeds,": where a person comes from. The phrase set off by the age or a
// comma is the person's; "from" right after the name belongs as often to
// what happened to the person ("the death of X from cancer", "signed X
// from Harlow", "flew X from Leeds").
func fromPlace(d *docState, p int) {
	v := d.v
	i := v.s.Ents[p].End
	switch {
	case v.lw(i) == "," && v.tag(i+1) == "CD" && v.lw(i+2) == ",":
		i += 3
	case v.lw(i) == ",":
		i++
	default:
		return
	}
	i = v.occupationBeforeFrom(i)
	if v.lw(i) != "from" {
		return
	}
	// The place heads what the person is from: before a possessive,
	// another name or a noun it modifies what it heads ("Ann Lee, from
	// Norland's Acme Watch", "from the Harlow office"), and from a body
	// is an affiliation, no home.
	q := v.objectAfter(i)
	if q < 0 || v.typ(q) != extract.Location {
		return
	}
	if e := v.s.Ents[q].End; v.isPossessive(e) || v.at[e] >= 0 || strings.HasPrefix(v.tag(e), "NN") {
		return
	}
	d.add(p, q, schema.HomeLocation, "from", MethodFrom, scoreFrom)
}

// occupationBeforeFrom reads an appositive headed by a person's noun
// right before "from", token i its article ("a", "an", "the"): "Ann Lee, 37, a farmer from
// Harlow", "Bo Ek, a retired teacher from Pellam" (the occupation-from
// rule). It returns the token of "from" after the noun, or i when the
// words there are of another kind. Up to three adjectives, numbers or
// nouns may stand before the noun, no name among them; an office, a
// relative or an associate ("a spokesman from", "a friend from") is left
// out (see personNoun).
func (v *view) occupationBeforeFrom(i int) int {
	if w := v.lw(i); w != "a" && w != "an" && w != "the" || !v.free(i) {
		return i
	}
	for j := i + 1; j < v.n() && j <= i+4; j++ {
		if v.lw(j) == "from" {
			if j > i+1 && v.personNoun(j-1) && v.tag(j-1) == "NN" {
				return j
			}
			return i
		}
		if t := v.tag(j); !v.free(j) || !(strings.HasPrefix(t, "JJ") || t == "NN" || t == "CD") {
			return i
		}
	}
	return i
}

// clauseScan calls fn on the tokens after mention a up to the end of its
// clause (a finite verb other than a form of "be", or 20 tokens); fn
// returns false to stop.
func (v *view) clauseScan(a int, fn func(i int) bool) {
	v.clauseScanFrom(v.s.Ents[a].End, fn)
}

// clauseScanFrom is clauseScan from token from.
func (v *view) clauseScanFrom(from int, fn func(i int) bool) {
	for i := from; i < v.n() && i < from+20; i++ {
		t := v.tag(i)
		if (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") && !v.isBe(i) && !basedWords[v.lw(i)] && !activeWords[v.lw(i)] {
			return
		}
		if v.lw(i) == "." || v.lw(i) == ";" {
			return
		}
		if !fn(i) {
			return
		}
	}
}

// basedIn handles "Acme, based in Paris", "Acme is headquartered in
// Paris" and "Acme's headquarters in Paris".
func basedIn(d *docState, a int, used map[int]bool) {
	v := d.v
	// "Acme's (new) headquarters in Paris", "Acme's head office in
	// Paris": the organisation's own seat.
	if e := v.s.Ents[a].End; v.isPossessive(e) {
		i := e + 1
		for n := 0; n < 2 && v.free(i) && strings.HasPrefix(v.tag(i), "JJ"); n++ {
			i++
		}
		j := i + 1
		if v.lw(i) == "head" && v.lw(j) == "office" {
			j++
		} else if !hqWords[v.lw(i)] {
			j = -1
		}
		if j > 0 && v.free(i) && v.lw(j) == "in" && !used[i] {
			if q := v.objectAfter(j); q >= 0 && v.typ(q) == extract.Location {
				used[i] = true
				d.add(a, q, schema.Location, v.phrase(e+1, j+1), MethodBased, scoreBased)
				return
			}
		}
	}
	v.clauseScan(a, func(i int) bool {
		if !basedWords[v.lw(i)] || v.lw(i+1) != "in" || used[i] {
			return true
		}
		if q := v.objectAfter(i + 1); q >= 0 && v.typ(q) == extract.Location {
			used[i] = true
			d.add(a, q, schema.Location, v.phrase(i, i+2), MethodBased, scoreBased)
		}
		return false
	})
}

// activeIn handles "X, a branch of Y active in A and B": the places an
// organisation operates in.
func activeIn(d *docState, a int, used map[int]bool) {
	d.areaServed(a, d.v.s.Ents[a].End, used)
}

// areaServed looks for "active in A and B" in the clause from token from
// on and relates organisation a to each place.
func (d *docState) areaServed(a, from int, used map[int]bool) {
	v := d.v
	v.clauseScanFrom(from, func(i int) bool {
		if !activeWords[v.lw(i)] || v.lw(i+1) != "in" || used[i] {
			return true
		}
		used[i] = true
		label := v.phrase(i, i+2)
		j := i + 2
		for {
			q := v.nameAt(j)
			if q < 0 || v.typ(q) != extract.Location {
				break
			}
			d.add(a, q, schema.AreaServed, label, MethodActive, scoreActive)
			j = v.s.Ents[q].End
			if v.lw(j) == "," {
				j++
			}
			if w := v.lw(j); w == "and" || w == "or" {
				j++
			}
		}
		return false
	})
}

// basedPrefix handles "the Paris-based group Acme" and "Acme, a
// Paris-based group": the place before "-based" is where the
// organisation is. The place becomes a mention and an entity when the
// recognizer did not find it.
func basedPrefix(d *docState) {
	v := d.v
	for i := 0; i < v.n(); i++ {
		w := v.toks[i].Text
		place, ok := strings.CutSuffix(w, "-based")
		if !ok || place == "" {
			continue
		}
		if !tokenize.StartsUpper(place) {
			continue
		}
		// The organisation: the first name after i in the same noun
		// phrase, or the one this phrase is in apposition to.
		org := -1
		for j := i + 1; j < v.n() && j <= i+5; j++ {
			if k := v.entAt(j); k >= 0 {
				if v.typ(k) == extract.Organization {
					org = k
				}
				break
			}
			// "the Paris-based developer, Acme": the name set off by a
			// comma after the noun.
			if v.lw(j) == "," && j > i+1 && strings.HasPrefix(v.tag(j-1), "NN") {
				if k := v.entAt(j + 1); k >= 0 && v.s.Ents[k].Start == j+1 && v.typ(k) == extract.Organization {
					org = k
				}
				break
			}
			if t := v.tag(j); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
				break
			}
		}
		if org < 0 {
			// "Acme, a Paris-based group": back over the determiner and
			// the comma.
			j := i - 1
			if v.isDet(j) {
				j--
			}
			if v.lw(j) == "," {
				if k := v.entEnding(j); k >= 0 && v.typ(k) == extract.Organization {
					org = k
				}
			}
		}
		if org < 0 {
			continue
		}
		// The place is the name the compound ends ("San Harlow-based":
		// the place's mention runs from the tokens before into token i,
		// and its tokens stop before it), else the compound's own word.
		e, lo := -1, i
		if k := v.entEnding(i); k >= 0 && v.typ(k) == extract.Location && v.res.Mentions[v.ment[k]].End == v.toks[i].Start+len(place) {
			e, lo = v.entity(k), v.s.Ents[k].Start
		}
		if e < 0 {
			e = d.placeEntity(place, v.toks[i].Start)
		}
		if e < 0 {
			continue
		}
		d.addEntity(org, e, schema.Location, "based", MethodBased, scoreBased, min(lo, v.s.Ents[org].Start), max(i+1, v.s.Ents[org].End))
	}
}

// placeKeyed returns the place entity of the document whose key, or an
// alias's, is key, or -1.
func (d *docState) placeKeyed(key string) int {
	for i, e := range d.res.Entities {
		if e.Type != extract.Location {
			continue
		}
		if e.Key == key || slices.ContainsFunc(e.Aliases, func(a string) bool { return resolve.Key(a) == key }) {
			return i
		}
	}
	return -1
}

// placeEntity returns the place entity named name in the document, adding
// a mention (at byte offset start) and an entity when there is none.
func (d *docState) placeEntity(name string, start int) int {
	key := resolve.Key(name)
	if key == "" {
		return -1
	}
	if i := d.placeKeyed(key); i >= 0 {
		return i
	}
	ei := len(d.res.Entities)
	mi := len(d.res.Mentions)
	d.res.Mentions = append(d.res.Mentions, extract.Mention{
		Start: start, End: start + len(name), Text: name, Type: extract.Location,
		Sentence: d.v.si, Entity: ei, Method: resolve.MethodExact, Score: 1,
	})
	d.res.Entities = append(d.res.Entities, extract.Entity{Name: name, Type: extract.Location, Key: key, Mentions: []int{mi}})
	return ei
}

func isCloseQuote(w string) bool {
	switch w {
	case "\"", "”", "’", "'", "''", "»":
		return true
	}
	return false
}

// knownOrganization returns the organisation entity of the document that
// word names, by its key, an alias or its initials ("IS" for "Islamic
// State"), or -1 when none or several do.
func (d *docState) knownOrganization(word string) int {
	key := resolve.Key(word)
	if key == "" {
		return -1
	}
	found := -1
	for i, e := range d.res.Entities {
		if e.Type != extract.Organization {
			continue
		}
		match := e.Key == key
		for _, a := range e.Aliases {
			match = match || resolve.Key(a) == key
		}
		if !match && isAcronym(word) {
			match = initials(e.Name) == strings.ToUpper(key)
		}
		if match {
			if found >= 0 && found != i {
				return -1
			}
			found = i
		}
	}
	return found
}

// isAcronym reports whether w is 2 to 6 capital letters.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// initials returns the capitals starting the words of a name, skipping
// function words: "Islamic State of Iraq" -> "ISI".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "the", "and", "for", "in", "on", "de", "la", "al", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// nationalityBefore reads a country named before the noun for a person's
// occupation or kind and the person's name: "Norlandic sprinters X and Y",
// "the Ostmark midfielder X", "Norland television host X" (each is a national of
// the country). An office ("US senator X") is the title construction's
// (a place of work); a noun the country could modify instead ("Norland war
// veteran X") or a name in between stops it.
func nationalityBefore(d *docState, p int) {
	v := d.v
	e := v.s.Ents[p]
	// "Argentine Ann Lee": a demonym right before the name.
	if q := v.entEnding(e.Start); q >= 0 && q != p && v.typ(q) == extract.Location && v.demonym(q) {
		d.add(p, q, schema.Nationality, v.phrase(v.s.Ents[q].Start, e.End), MethodNationality, scoreNation)
		return
	}
	head, list := v.peopleNounBefore(e.Start)
	if head < 0 {
		return
	}
	q := d.countryBefore(head)
	if q < 0 {
		return
	}
	d.add(p, q, schema.Nationality, v.phrase(v.s.Ents[q].Start, e.End), MethodNationality, scoreNation)
	// The rest of a list (", Y", ", Y and Z", "and Z"); after a plural
	// noun without one, the name after "and" ("sprinters X and Y").
	var rest []int
	switch {
	case list:
		rest = v.peopleAfter(e.End, len(v.s.Ents), ",", "and")
	case v.tag(head) == "NNS":
		rest = v.peopleAfter(e.End, 1, "and")
	}
	for _, r := range rest {
		d.add(r, q, schema.Nationality, v.phrase(v.s.Ents[q].Start, v.s.Ents[r].End), MethodNationality, scoreNation)
	}
}

// nationalityAfter reads a country's adjective or name before a noun for
// a person's occupation or kind (no office: the country is where it is
// held) that describes the person of mention p in apposition or after
// the person's verb of being: "X, a Norlandic painter, said", "X, 45, a
// Norland-trained Ostmarkish engineer", "X is a Norlandic novelist", "X
// was a Norlandic writer who ...".
func nationalityAfter(d *docState, p int) {
	v := d.v
	var starts []int
	if j := v.s.Ents[p].End; v.lw(j) == "," {
		j++
		if v.tag(j) == "CD" && v.lw(j+1) == "," {
			j += 2
		}
		starts = append(starts, j)
	}
	if c := v.complementAfter(p); c >= 0 {
		starts = append(starts, c)
	}
	for _, i := range starts {
		if v.free(i) && v.isDet(i) {
			i++
		}
		// "a retired Norlandic skier": adjectives of the person first.
		for n := 0; n < 2 && v.free(i) && v.tag(i) == "JJ" && !tokenize.StartsUpper(v.toks[i].Text); n++ {
			i++
		}
		q := v.entAt(i)
		if q < 0 || v.typ(q) != extract.Location || !d.country(q) && !v.demonym(q) {
			continue
		}
		// The noun the country modifies, heading its phrase ("a
		// Norlandic jazz singer", "a Norlandic former professional
		// skier", not "a Norlandic singer's manager").
		for j := v.s.Ents[q].End; j < v.n() && j <= v.s.Ents[q].End+3 && v.free(j); j++ {
			t := v.tag(j)
			if !strings.HasPrefix(t, "JJ") && t != "NN" && t != "NNS" {
				break
			}
			if !v.personNoun(j) || strings.HasPrefix(v.tag(j+1), "NN") || v.isPossessive(j+1) || v.at[j+1] >= 0 {
				continue
			}
			if d.countryBefore(j) == q {
				d.add(p, q, schema.Nationality, v.phrase(v.s.Ents[p].Start, j+1), MethodNationality, scoreNation)
				return
			}
			break
		}
	}
}

// personNoun reports whether token i is a noun for a kind of person or an
// occupation that is no office, title of nobility, relative or associate.
func (v *view) personNoun(i int) bool {
	t := v.tag(i)
	return v.free(i) && (t == "NN" || t == "NNS") && v.is(i, lexicon.PersonNoun, lexicon.Occupation) &&
		!v.is(i, lexicon.Office, lexicon.Nobility, lexicon.Kinship, lexicon.Associate)
}

// peopleAfter returns up to max people's mentions named one after
// another from token end on, each after one of the words seps: the rest
// of a list such as ", Y and Z".
func (v *view) peopleAfter(end, max int, seps ...string) []int {
	var out []int
	for len(out) < max && slices.Contains(seps, v.lw(end)) {
		r := v.entAt(end + 1)
		if r < 0 || v.typ(r) != extract.Person {
			break
		}
		out = append(out, r)
		end = v.s.Ents[r].End
	}
	return out
}

// peopleNounBefore returns the noun for a kind of person or an occupation
// (no office, title of nobility, relative or associate) that describes
// the name starting at token start: right before it ("sprinters X"), or
// a plural before "including" or "such as" and the list the name opens
// ("UK actors, including X, Y and Z"; list is then true). It returns -1
// for none.
func (v *view) peopleNounBefore(start int) (head int, list bool) {
	head = start - 1
	switch {
	case v.lw(head) == "including":
		head, list = head-1, true
	case v.lw(head) == "as" && v.lw(head-1) == "such":
		head, list = head-2, true
	}
	if list && v.lw(head) == "," {
		head--
	}
	if list && v.tag(head) != "NNS" {
		return -1, false
	}
	if head < 1 || v.at[head] >= 0 || !(v.tag(head) == "NN" || v.tag(head) == "NNS") ||
		!v.is(head, lexicon.PersonNoun, lexicon.Occupation) || v.is(head, lexicon.Office, lexicon.Nobility, lexicon.Kinship, lexicon.Associate) {
		return -1, false
	}
	return head, list
}

// countryBefore returns the mention of the country or demonym that
// modifies the noun at token head, past adjectives and nouns that name no
// event, body or place ("Norland television host"), or -1.
func (d *docState) countryBefore(head int) int {
	v := d.v
	i := head - 1
	for ; i >= 0 && i >= head-3 && v.at[i] < 0; i-- {
		t := v.tag(i)
		if !(strings.HasPrefix(t, "JJ") || t == "NN" || t == "VBN") || v.is(i, lexicon.IncidentClasses()...) ||
			v.is(i, lexicon.Government, lexicon.Organization, lexicon.Settlement, lexicon.Facility) || v.isTitleHead(i) {
			return -1
		}
	}
	q := v.entEnding(i + 1)
	if q < 0 || v.typ(q) != extract.Location || !d.country(q) && !v.demonym(q) {
		return -1
	}
	return q
}

// party reports whether mention q names a political party.
func (d *docState) party(q int) bool {
	e := d.v.entity(q)
	return e >= 0 && e < len(d.res.Entities) && d.res.Entities[e].Class == typing.ClassPoliticalParty
}

// countryNamed reports whether mention q, typed otherwise, bears the
// name of a country the gazetteer knows ("Norland" read as its side).
func (d *docState) countryNamed(q int) bool {
	e := d.v.entity(q)
	if d.gaz == nil || e < 0 || e >= len(d.res.Entities) {
		return false
	}
	_, ok := d.gaz.CountryByName(d.res.Entities[e].Name)
	return ok
}

// country reports whether mention q names a country.
func (d *docState) country(q int) bool {
	e := d.v.entity(q)
	return e >= 0 && e < len(d.res.Entities) && d.res.Entities[e].Type == extract.Location && d.res.Entities[e].Class == typing.ClassCountry
}

// kinBefore reads a family relation, or an associate, named between two
// people, the second being mention p: "X's father Y", "X's late wife Y",
// "X and his brother Y", "X's ally Y". A son or daughter makes X the
// parent; "former", "ex-" and "partner" (also a business's) say nothing.
func kinBefore(d *docState, p int) {
	v := d.v
	e := v.s.Ents[p]
	noun := v.kinNounBefore(p)
	// The tagger may take the noun for an adverb or an adjective after a
	// superlative ("closest ally"/RB): the lexicon decides.
	if t := v.tag(noun); noun < 2 || v.at[noun] >= 0 || !(t == "NN" || t == "NNS" || t == "RB" || t == "JJ") {
		return
	}
	pred, reverse := v.kinPredicate(noun)
	if pred == "" {
		return
	}
	// Adjectives before the noun ("late", "elder"), none of them
	// "former" (a late husband is still her husband).
	i := noun - 1
	for ; i >= 0 && i >= noun-2 && v.at[i] < 0 && (strings.HasPrefix(v.tag(i), "JJ") || v.tag(i) == "NN" || v.tag(i) == "RB"); i-- {
		if w := v.lw(i); w == "former" || strings.HasPrefix(w, "ex-") {
			return
		}
	}
	// A club or a country the associate shares: "X's Harlow team-mate
	// Y", "his Norland team-mate Y".
	if k := v.entEnding(i + 1); k >= 0 && i == noun-1 && pred == schema.Colleague && (v.typ(k) == extract.Organization || v.typ(k) == extract.Location) {
		i = v.s.Ents[k].Start - 1
	}
	if strings.HasPrefix(v.lw(noun), "ex-") {
		return
	}
	q := v.kinRelative(i, noun, e.Start, pred)
	if q < 0 || v.typ(q) != extract.Person || v.entity(q) == v.entity(p) || pred == schema.Colleague && !d.fullName(q) {
		return
	}
	kinList(d, q, p, noun, pred, reverse)
}

// kinOpening reads a family noun after "His" or "Her" opening the
// sentence, right before person p's name or before it set off by commas:
// "Ann Lee denies the charge. Her mother Cy Lee told reporters ...",
// "... Her husband, Bo Ek, said ...". The possessive stands for the person
// the sentence before is about (its subject and the one person it names:
// see pronounSubjects), whom this sentence does not name (the
// opening-kin rule). Up to two adjectives may stand before the noun,
// none of them "former"; an ally's or a rival's noun is left to the
// rules that see both names.
func kinOpening(d *docState, p int) {
	v := d.v
	e := v.s.Ents[p]
	noun := v.kinNounBefore(p) // "Her husband, Bo Ek, said": the noun before the comma
	if w := v.lw(0); noun < 1 || noun > 3 || v.topic < 0 || v.pron >= 0 || w != "his" && w != "her" || v.at[0] >= 0 {
		return
	}
	if t := v.tag(noun); v.at[noun] >= 0 || t != "NN" && t != "NNS" {
		return
	}
	for i := 1; i < noun; i++ {
		if w := v.lw(i); v.at[i] >= 0 || !strings.HasPrefix(v.tag(i), "JJ") || w == "former" || strings.HasPrefix(w, "ex-") {
			return
		}
	}
	pred, reverse := v.kinPredicate(noun)
	if pred == "" || pred == schema.Colleague || pred == schema.Opponent || strings.HasPrefix(v.lw(noun), "ex-") {
		return
	}
	for k := range v.s.Ents {
		if v.entity(k) == v.topic {
			return
		}
	}
	label := v.phrase(0, e.End)
	if reverse {
		d.addEntity(p, v.topic, pred, label, MethodKin, scoreKin, 0, e.End)
	} else {
		d.addTopic(v.topic, p, pred, label, MethodKin, scoreKin, 0, e.End)
	}
}

// kinList relates person q to person p, whom the noun at token noun
// names q's relative as pred (reversed when reverse) says, and, for a
// plural noun right before p, to each person of the list p opens ("X's
// sons Y and Z", "X with bandmates Y and Z": the kin-list construction).
func kinList(d *docState, q, p, noun int, pred string, reverse bool) {
	v := d.v
	e := v.s.Ents[p]
	people := []int{p}
	if v.tag(noun) == "NNS" && noun == e.Start-1 {
		people = append(people, v.peopleAfter(e.End, 4, ",", "and")...)
	}
	band := -1
	if pred == schema.Colleague && v.bandMate(noun) {
		band = d.soleBand()
	}
	for _, r := range people {
		if v.entity(r) == v.entity(q) {
			continue
		}
		label := v.phrase(v.s.Ents[q].Start, v.s.Ents[r].End)
		if reverse {
			d.add(r, q, pred, label, MethodKin, scoreKin)
		} else {
			d.add(q, r, pred, label, MethodKin, scoreKin)
		}
		if band >= 0 {
			d.add(r, band, schema.MemberOf, label, MethodKin, scoreKin)
			d.add(q, band, schema.MemberOf, label, MethodKin, scoreKin)
		}
	}
}

// bandMate reports whether the noun at token k is a closed compound of
// "mate" whose first part the lexicon classes a musical group
// ("bandmate", "bandmates").
func (v *view) bandMate(k int) bool {
	first := v.mateFirst(k)
	return first != "" && v.lex.Is(first, lexicon.MusicGroup)
}

// mateFirst returns the first part of a closed compound of "mate" at
// token k, singular or plural ("band" of "bandmate" and "bandmates"), or
// "" when the word is none.
func (v *view) mateFirst(k int) string {
	w := v.lw(k)
	if v.tag(k) == "NNS" {
		w = strings.TrimSuffix(w, "s")
	}
	if first, ok := strings.CutSuffix(w, "mate"); ok {
		return first
	}
	return ""
}

// soleBand returns the mention of the one band (typing's MusicGroup)
// the sentence names, or -1 when it names none or more than one: the
// band that "bandmates" share ("Harbour Lights' split came as Ann Lee
// met bandmates Bo Ek and Cy Orr": the band-mates rule of the kin
// construction).
func (d *docState) soleBand() int {
	v := d.v
	band := -1
	for k := range v.s.Ents {
		if v.typ(k) != extract.Organization || d.class(k) != typing.ClassMusicGroup {
			continue
		}
		if band >= 0 && v.entity(band) != v.entity(k) {
			return -1
		}
		band = k
	}
	return band
}

// kinRelative returns the mention of the person whose relative the noun
// at token noun names, reading the words before it from token i: a
// possessive ("X's brother Y"), "X and his brother Y", the clause's one
// person before "his", a relative clause's name ("X, whose father Y"), a
// bare noun after a comma ("X, wife Y") for the relative's mention
// starting at token start, or the subject of "have" ("X has a daughter,
// Y"); -1 for none.
func (v *view) kinRelative(i, noun, start int, pred string) int {
	switch {
	case v.isPossessive(i):
		return v.entEnding(i)
	case (v.lw(i) == "his" || v.lw(i) == "her") && v.lw(i-1) == "and":
		// "X and his brother Y": X is the one before "and".
		return v.entEnding(i - 1)
	case v.lw(i) == "his" || v.lw(i) == "her":
		// "X will face his arch-rival Y": the clause's subject, the one
		// person named before.
		q := v.onlyPersonBefore(i)
		if q >= 0 && v.pronounBefore(v.s.Ents[q].Start, v.lw(i)) {
			return -1
		}
		return q
	case v.lw(i) == "with" && i == noun-1 && (pred == schema.Colleague || pred == schema.Opponent):
		// "X held talks with bandmates Y and Z", "X's duel with
		// team-mate Y": associates or rivals named by a bare noun
		// after "with" are the clause's subject's, the one person
		// named before (the with-associates construction).
		return v.onlyPersonBefore(i)
	case v.lw(i) == "whose" && v.lw(i-1) == ",":
		// "X, whose father Y was a painter": the name the relative
		// clause is on.
		return v.entEnding(i - 1)
	case v.lw(i) == "," && i == noun-1 && noun == start-1 && pred != schema.Colleague && pred != schema.Opponent:
		// "X, wife Y and their children": a bare family noun after the
		// comma that ends one person's name, itself no relative in a
		// list ("her mother X, father Y": the father is hers).
		q := v.entEnding(i)
		if q >= 0 {
			if k := v.kinNounBefore(q); k >= 0 && v.free(k) && v.isKin(k) || v.isDet(v.s.Ents[q].Start-1) {
				return -1
			}
		}
		return q
	case (v.lw(i) == "a" || v.lw(i) == "an") && v.lemma(i-1) == "have" && noun < start-1:
		// "X has a daughter, Y, ...": the subject of "have", the one
		// person named before, of a noun set off by commas.
		return v.onlyPersonBefore(i - 1)
	}
	return -1
}

// pronounBefore reports whether a pronoun of the possessive poss's
// gender ("her": she, her, hers, herself; "his": he, him, his, himself)
// stands before token end: the sentence speaks of someone it does not
// name there, whose the possessive may be as well as the one person it
// names ("after she learnt her husband, Bo Ek, had an affair with her
// sister Cy": Cy is not Bo Ek's sister), so it names no one's relative
// confidently (the pronoun-before construction). A phrase with no finite
// verb that opens the sentence, set off by a comma right before the
// person, speaks of that person ahead of the name ("Later in her career,
// Ann Lee formed a firm with her friend Cy"): its pronouns do not count
// but a subject's ("he", "she"), which opens a clause of its own.
func (v *view) pronounBefore(end int, poss string) bool {
	fronted := v.lw(end-1) == "," && !v.finiteBefore(end-1)
	for k := 0; k < end && k < v.n(); k++ {
		w := v.lw(k)
		if pronounGender[w] == poss && (!fronted || w == "he" || w == "she") {
			return true
		}
	}
	return false
}

// pronounGender maps the personal, possessive and reflexive pronouns of
// the third person singular to the possessive of their gender.
var pronounGender = map[string]string{
	"she": "her", "her": "her", "hers": "her", "herself": "her",
	"he": "his", "him": "his", "his": "his", "himself": "his",
}

// kinCopula reads a family noun a person's verb of being gives, with
// "of" and the relative's name: "X is the daughter of Y", "X was the
// younger brother of Y" (not "former", nor a relative's possessive: "X
// is the son of Y's driver").
func kinCopula(d *docState, a int) {
	v := d.v
	k := v.complementAfter(a)
	if k < 0 {
		return
	}
	for n := 0; n < 2 && v.free(k) && (v.tag(k) == "JJ" || v.tag(k) == "JJR") && !v.former(k, k+1); n++ {
		k++
	}
	if !v.free(k) || !strings.HasPrefix(v.tag(k), "NN") || v.former(k, k+1) || strings.HasPrefix(v.lw(k), "ex-") || v.lw(k+1) != "of" {
		return
	}
	if pred, _ := v.kinPredicate(k); pred != schema.Spouse && pred != schema.Parent && pred != schema.Sibling {
		return
	}
	q := v.nameAt(k + 2)
	if q < 0 || v.typ(q) != extract.Person || v.isPossessive(v.s.Ents[q].End) || v.entity(q) == v.entity(a) {
		return
	}
	kinRelation(d, a, q, k, v.phrase(v.s.Ents[a].Start, v.s.Ents[q].End))
}

// mateClasses returns the lexicon's classes of "mate" for a closed
// compound of it at token k that WordNet does not hold, whose first part
// is a noun for a team or a band ("bandmate", "clubmates", "squadmate":
// a fellow member, an associate), or none ("housemate", "classmate").
func (v *view) mateClasses(k int) lexicon.Classes {
	first := v.mateFirst(k)
	if first == "" || !v.lex.Is(first, lexicon.Team) && !v.lex.Is(first, lexicon.MusicGroup) {
		return lexicon.Classes{}
	}
	return v.lex.Classes("mate")
}

// isKin reports whether token k names a relation kinPredicate reads.
func (v *view) isKin(k int) bool {
	pred, _ := v.kinPredicate(k)
	return pred != ""
}

// kinNounBefore returns the token of the noun that may name mention p's
// relation to another: the word right before p, or the one before a
// comma that sets p off ("X's main rival, Y, will ..."), past "fellow"
// and a proper adjective ("X's wife, fellow Norlandic Y, ..."); the
// comma needs another, or the sentence's end, after p.
func (v *view) kinNounBefore(p int) int {
	e := v.s.Ents[p]
	i, skipped := e.Start-1, false
	if k := v.entEnding(e.Start); k >= 0 && v.typ(k) == extract.Location && v.s.Ents[k].End-v.s.Ents[k].Start == 1 && v.lw(v.s.Ents[k].Start-1) == "fellow" {
		i, skipped = v.s.Ents[k].Start-2, true
	} else if v.lw(i) == "fellow" {
		i, skipped = i-1, true
	}
	if v.lw(i) != "," {
		if skipped {
			return -1
		}
		return i
	}
	if w := v.lw(e.End); e.End < v.n() && w != "," && w != "." {
		return -1
	}
	return i - 1
}

// kinPredicate returns the relation the noun at token k names between
// the person it describes and the one it is said of ("wife": spouse;
// "son": parent, reversed; "ally", "aide": colleague; "rival",
// "arch-rival": opponent), or "". A hyphenated noun is read by its last
// part ("arch-rival").
func (v *view) kinPredicate(k int) (pred string, reverse bool) {
	c := v.lex.Classes(v.lemma(k))
	if w := v.lw(k); c == (lexicon.Classes{}) && strings.Contains(w, "-") {
		c = v.lex.Classes(v.lex.Lemma(w[strings.LastIndexByte(w, '-')+1:], v.tag(k)))
	}
	if c == (lexicon.Classes{}) {
		c = v.mateClasses(k)
	}
	switch {
	case c.Has(lexicon.Associate) && c.Has(lexicon.Kinship):
		return "", false // "partner": a spouse or a business's
	case c.Has(lexicon.Associate):
		// "Jane Doe's closest ally John Roe": an ally or an aide, who is
		// no title (the title construction reads offices).
		return schema.Colleague, false
	case c.Has(lexicon.Opposition) && c.Has(lexicon.PersonNoun):
		// "Jane Doe's rival John Roe".
		return schema.Opponent, false
	case c.Has(lexicon.KinSpouse):
		return schema.Spouse, false
	case c.Has(lexicon.KinParent):
		return schema.Parent, false
	case c.Has(lexicon.KinChild):
		return schema.Parent, true
	case c.Has(lexicon.KinSibling):
		return schema.Sibling, false
	}
	return "", false
}

// memberBefore reads a person's group named between the person and the
// group's name, mention p: "X took his new band Y", "X's party Y", "X
// rejoined her old club Y" (a former one says nothing): a band, a party
// or another group makes X a member, a team (the lexicon's Team class) a
// player for it. The person is a possessive name before the noun, or,
// for "his" and "her", the one person the clause names before.
func memberBefore(d *docState, p int) {
	v := d.v
	noun := v.s.Ents[p].Start - 1
	if noun < 2 || v.at[noun] >= 0 || v.tag(noun) != "NN" {
		return
	}
	c := v.lex.Classes(v.lemma(noun))
	pred := ""
	switch {
	case c.Has(lexicon.Corporation) || c.Has(lexicon.Government) || c.Has(lexicon.Education) || c.Has(lexicon.NewsMedia):
		return // "his company Y", "her paper Y": not a membership
	case c.Has(lexicon.Team) && !c.Has(lexicon.Party):
		pred = schema.WorksFor // "his club Y": he plays for it
	case c.Has(lexicon.Party) || c.Has(lexicon.Organization) || c.Has(lexicon.OrgGeneric):
		pred = schema.MemberOf
	default:
		return
	}
	i := noun - 1
	for ; i >= 0 && i >= noun-2 && v.at[i] < 0 && strings.HasPrefix(v.tag(i), "JJ"); i-- {
		if w := v.lw(i); w == "former" || w == "old" || strings.HasPrefix(w, "ex-") {
			return
		}
	}
	var q int
	switch {
	case v.isPossessive(i):
		q = v.entEnding(i)
	case v.lw(i) == "his" || v.lw(i) == "her":
		q = v.onlyPersonBefore(i)
	default:
		return
	}
	if q < 0 || v.typ(q) != extract.Person || v.typ(p) != extract.Organization {
		return
	}
	d.add(q, p, pred, v.phrase(noun, noun+1), MethodMember, scoreMember)
}

// clubStar reads a side's player named after the side's name, mention p,
// and a noun for a star or a person that no title reads ("Harlow star
// Ann Lee", "Harlow youngster Bo Ek"; a player's position, "Harlow
// striker Ann Lee", is the title construction's): the person plays for
// the side (club-star). Not an office's holder, a trade's, a resident
// or a fan ("Harlow mayor Ann Lee", typing's PlayerNoun), nor a body
// of no side's class ("the Velden Nights star Ann Lee": a show's).
func clubStar(d *docState, p int) {
	v := d.v
	noun := v.s.Ents[p].End
	if d.class(p) != typing.ClassSportsTeam || !v.free(noun) || v.tag(noun) != "NN" || !tokenize.StartsLower(v.toks[noun].Text) {
		return
	}
	if l := v.lemma(noun); v.lex.Is(l, lexicon.SportRole) || !typing.PlayerNoun(v.lex, l) {
		return
	}
	q := v.entAt(noun + 1)
	if q < 0 || v.typ(q) != extract.Person || v.former(v.s.Ents[p].Start-2, noun+1) {
		return
	}
	d.add(q, p, schema.WorksFor, v.phrase(v.s.Ents[p].Start, v.s.Ents[q].End), MethodMember, scoreMember)
}

// onlyPersonBefore returns the mention of the one person named before
// token i in the sentence, when it opens its clause, or -1.
func (v *view) onlyPersonBefore(i int) int {
	q := -1
	for k := range v.s.Ents {
		if v.s.Ents[k].Start >= i {
			break
		}
		if v.typ(k) == extract.Person {
			if q >= 0 && v.entity(q) != v.entity(k) {
				return -1
			}
			q = k
		}
	}
	if q < 0 || !v.canBeSubject(q) {
		return -1
	}
	return q
}

// kinAppositive reads a family noun at token k after person q's
// possessive, in an appositive on person a: "A, Q's mother" (Q's parent
// is A), "A, Q's son" (A's parent is Q), "A, Q's wife", "A, Q's
// sister". Not "former" or "ex-": an ex-wife is no spouse.
func kinAppositive(d *docState, a, q, k int) bool {
	v := d.v
	for k < v.n() && v.at[k] < 0 && (v.tag(k) == "JJ" || v.tag(k) == "JJS" || v.tag(k) == "RBS") && !v.former(k, k+1) {
		k++ // "late", "elder", "closest"
	}
	// A superlative the tagger took for a noun: "closest"/NN "ally"/RB.
	if p, _ := v.kinPredicate(k); p == "" && v.free(k+1) && !v.former(k, k+1) {
		if p, _ := v.kinPredicate(k + 1); p != "" {
			k++
		}
	}
	// The tagger may take a noun after a superlative for an adverb or an
	// adjective ("closest ally"): the lexicon decides.
	if t := v.tag(k); k >= v.n() || v.at[k] >= 0 || v.former(k, k+1) || !(strings.HasPrefix(t, "NN") || t == "RB" || t == "JJ") {
		return false
	}
	if w := v.lw(k + 1); w != "," && w != "." && w != "" && w != ")" {
		return false // "Q's mother's house"
	}
	return kinRelation(d, a, q, k, v.phrase(v.s.Ents[a].Start, k+1))
}

// kinRelation relates person a to person q as the noun at token k says
// a stands to q (kinPredicate: "mother": q's parent is a; "ally": a
// colleague of q's, when q is named in full).
func kinRelation(d *docState, a, q, k int, label string) bool {
	pred, reverse := d.v.kinPredicate(k)
	switch {
	case pred == "" || pred == schema.Colleague && !d.fullName(q):
		return false
	case reverse:
		d.add(a, q, pred, label, MethodKin, scoreKin)
	case pred == schema.Parent:
		d.add(q, a, pred, label, MethodKin, scoreKin)
	default:
		d.add(a, q, pred, label, MethodKin, scoreKin)
	}
	return true
}

// fullName reports whether the entity of mention q is named with two words
// or more ("Kostas Kenteris", not "Chelsea"): a one-word "person" is often
// a club, a prize or a body the tagger misread.
func (d *docState) fullName(q int) bool {
	e := d.v.entity(q)
	return e >= 0 && e < len(d.res.Entities) && len(strings.Fields(d.res.Entities[e].Name)) >= 2
}

// givenNamed reports whether the entity of mention q is named as a
// person is, with two words or more, the first a given name the
// gazetteer knows ("Ann Lee", not "Acme Holdings").
func (d *docState) givenNamed(q int) bool {
	if d.gaz == nil || !d.fullName(q) {
		return false
	}
	return d.gaz.GivenName(strings.Fields(d.res.Entities[d.v.entity(q)].Name)[0])
}

// personName reports whether the entity of mention q, which mention o's
// possessive governs ("Acme's X"), is named as people are: not with one
// word when o is a business or a news medium, whose one-word "people"
// are most often their products and shows ("Acme's Tarvik"; a club's or
// a party's are often players and members known by one name), and with
// a last word news does not write in lower case more often than not
// ("Vell Robot", "Acme Labs"), unless the first is a given name or the
// gazetteer knows the last as a part of people's names ("Ann Wood").
func (d *docState) personName(q, o int) bool {
	if !d.fullName(q) {
		c := d.class(o)
		return c != typing.ClassCorporation && c != typing.ClassNewsMedia
	}
	if d.gaz == nil {
		return true
	}
	f := strings.Fields(d.res.Entities[d.v.entity(q)].Name)
	first, last := f[0], f[len(f)-1]
	if d.gaz.GivenName(first) || d.gaz.Match(gazetteer.Tokens(first)...)&gazetteer.CatFirst != 0 ||
		d.gaz.Match(gazetteer.Tokens(last)...)&(gazetteer.CatLast|gazetteer.CatPerson) != 0 {
		return true
	}
	// A plural's singular: "Labs" is capitalised in names of firms, "lab"
	// is not.
	lo, hi, ok := d.gaz.Casing(last)
	if l := d.v.lex.Lemma(last, "NNS"); l != strings.ToLower(last) && d.v.lex.Known(l, lexicon.Noun) {
		lo, hi, ok = d.gaz.Casing(l)
	}
	return !ok || lo <= hi
}

// placeKindOf reads a country, or its demonym, before the kind of a place
// and "of" its name: "the Norlandic resort of X", "the Norland port city
// of X": X is in that country.
func placeKindOf(d *docState, p int) {
	v := d.v
	e := v.s.Ents[p]
	head := e.Start - 2
	if head < 1 || v.lw(e.Start-1) != "of" || v.at[head] >= 0 || !strings.HasPrefix(v.tag(head), "NN") ||
		!v.is(head, lexicon.Settlement, lexicon.Hotel, lexicon.Facility) {
		return
	}
	i := head - 1
	for ; i >= 0 && i >= head-2 && v.at[i] < 0 && (strings.HasPrefix(v.tag(i), "JJ") || v.tag(i) == "NN"); i-- {
	}
	q := v.entEnding(i + 1)
	if q < 0 || v.typ(q) != extract.Location || !d.country(q) && !v.demonym(q) || v.entity(q) == v.entity(p) {
		return
	}
	d.add(p, q, schema.ContainedInPlace, v.phrase(v.s.Ents[q].Start, e.End), MethodPlaceKind, scorePlaceKind)
}

// portfolioTitle reads an office with its portfolio, capitalised after
// "for" or "of", before a person's name: "Minister for Transport X",
// "Secretary of State for Trade and Industry X", "Minister of Rural
// Affairs X". The whole is the person's title.
func portfolioTitle(d *docState, p int) {
	v := d.v
	i := v.s.Ents[p].Start - 1
	n := 0
	for ; i > 0 && n < 4 && v.free(i) && (tokenize.StartsUpper(v.toks[i].Text) && !v.isTitleHead(i) && strings.HasPrefix(v.tag(i), "NN") || v.lw(i) == "and" && n > 0); i-- {
		n++
	}
	if n == 0 || v.lw(i+1) == "and" || v.lw(i) != "for" && v.lw(i) != "of" || !v.free(i-1) || !v.is(i-1, lexicon.Office) || !tokenize.StartsUpper(v.toks[i-1].Text) {
		return
	}
	ts := i - 1
	for ts > 0 && v.free(ts-1) && v.isTitleWord(ts-1) && tokenize.StartsUpper(v.toks[ts-1].Text) {
		ts--
	}
	// "Secretary of State for Work": the office's own "of".
	if j := ts - 1; v.lw(j) == "of" || v.lw(j) == "for" {
		return
	}
	if v.former(max(0, ts-1), i) {
		return
	}
	d.title(p, v.text(ts, v.s.Ents[p].Start))
}

// seatName reports whether mention q names a member of a parliament's
// seat rather than a party: a gazetteer place's name, alone or with
// compass words or "central" ("Harlow", "Harlow North", "Central
// Velden"), that the gazetteer does not list as a party, and that is
// no single English adjective: a party's short name is most often one
// ("Green MEP Ann Lee", "Liberal MP Bo Ek"), a seat's seldom.
func (d *docState) seatName(q int) bool {
	e := d.v.entity(q)
	if e < 0 || e >= len(d.res.Entities) || d.gaz == nil {
		return false
	}
	name := d.res.Entities[e].Name
	if w := strings.ToLower(name); !strings.ContainsAny(w, " -") && d.v.lex.Known(w, lexicon.Adjective) {
		return false
	}
	return seatWords(d.gaz, name)
}

// seatWords reports whether name is a place's name, alone or with
// compass words or "central" before or after it (see seatName).
func seatWords(g *gazetteer.Gazetteer, name string) bool {
	if g == nil || g.IsParty(name) {
		return false
	}
	var place []string
	for _, w := range strings.Fields(name) {
		if seatCompass(strings.ToLower(w)) {
			continue
		}
		place = append(place, w)
	}
	if len(place) == 0 {
		return false
	}
	const where = gazetteer.CatCountry | gazetteer.CatCity | gazetteer.CatBigCity | gazetteer.CatRegion
	return g.Match(place...)&where != 0
}

// seatCompass reports whether w is a compass word or "central", as a
// seat's name adds to a place's ("north", "south-east", "mid").
func seatCompass(w string) bool {
	for _, part := range strings.Split(w, "-") {
		switch part {
		case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "mid", "inner", "outer":
		default:
			return false
		}
	}
	return true
}

// sideStanding reports whether the office's noun right before mention p
// is, on a sports page, more likely a side's standing than an office
// held: "the Norland League leader Harlow" ranks a club, which typing
// made a person by that noun alone (typing/person-title). Nothing else
// saying person, the noun gives no title and no employer; a side's own
// people ("coach", "captain", "striker") stay titles.
func (d *docState) sideStanding(p int) bool {
	v := d.v
	i := v.s.Ents[p].Start - 1
	if i < 0 || v.at[i] >= 0 || v.tag(i) != "NN" || !v.is(i, lexicon.Office) || v.is(i, lexicon.SportRole) {
		return false
	}
	e := v.entity(p)
	if e < 0 || e >= len(d.res.Entities) {
		return false
	}
	byTitle := false
	for _, ev := range d.res.Entities[e].Evidence {
		if ev.Method == "typing/person-title" {
			byTitle = true
		}
	}
	return byTitle && (d.sportDoc() || scoredResult(d.res, v.lex))
}

// scoredResult reports whether res gives a game's score with a noun of
// its result: "a 2-2 draw", "a 3-1 defeat".
func scoredResult(res *extract.Result, lex *lexicon.Lexicon) bool {
	for _, s := range res.Sentences {
		for i := 0; i+1 < len(s.Tokens) && i+1 < len(s.Lemma) && i+1 < len(s.POS); i++ {
			if tokenize.IsScore(s.Tokens[i].Text) && strings.HasPrefix(s.POS[i+1], "NN") && lex.Is(s.Lemma[i+1], lexicon.Defeat) {
				return true
			}
		}
	}
	return false
}

// placeListed reports whether mention q, typed a place, is borne out as
// one: the typing gave it a kind of place, or the gazetteer lists its
// name as a place.
func (d *docState) placeListed(q int) bool {
	e := d.v.entity(q)
	if d.class(q) != "" || d.gaz == nil || e < 0 || e >= len(d.res.Entities) {
		return true
	}
	const where = gazetteer.CatCountry | gazetteer.CatCity | gazetteer.CatBigCity | gazetteer.CatRegion | gazetteer.CatArea | gazetteer.CatLoc
	return d.gaz.Match(strings.Fields(d.res.Entities[e].Name)...)&where != 0
}

// placeEvidence reports whether mention q, typed a place, may be one:
// it is listed as a place (placeListed), or its name is no person's as
// the gazetteer knows people's names (its first word a given name, its
// last a surname). An unlisted "place" named as people are is most often
// a person the tagger misread ("joined the Ek inquiry" read as a place in
// "in Ek inquiry").
func (d *docState) placeEvidence(q int) bool {
	if d.placeListed(q) {
		return true
	}
	f := strings.Fields(d.res.Entities[d.v.entity(q)].Name)
	if len(f) == 0 {
		return true
	}
	first, last := f[0], f[len(f)-1]
	person := d.gaz.Match(f...)&gazetteer.CatPerson != 0 || d.gaz.Match(gazetteer.Tokens(last)...)&gazetteer.CatLast != 0 ||
		len(f) > 1 && (d.gaz.GivenName(first) || d.gaz.Match(gazetteer.Tokens(first)...)&gazetteer.CatFirst != 0)
	return !person
}

// pluralNounName reports whether mention a is one word, the plural of a
// noun WordNet knows and no word for a kind of body ("Pirates",
// "Friends"; not "Banks"): a common noun the recognizer took for a
// name, as a work's title often opens.
func (v *view) pluralNounName(a int) bool {
	e := v.s.Ents[a]
	if e.End-e.Start != 1 {
		return false
	}
	lemma, ok := v.pluralOfNoun(v.lw(e.Start))
	return ok && !v.lex.KindWord(lemma)
}
