package event

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/schema"
)

// groupRoles are the nouns that name an unnamed group of people by the
// part they had in an incident, and the predicate that links the event to
// the group.
var groupRoles = map[string]string{
	"assailant": schema.Perpetrator, "assailants": schema.Perpetrator,
	"attacker": schema.Perpetrator, "attackers": schema.Perpetrator,
	"gunman": schema.Perpetrator, "gunmen": schema.Perpetrator,
	"bomber": schema.Perpetrator, "bombers": schema.Perpetrator,
	"hijacker": schema.Perpetrator, "hijackers": schema.Perpetrator,
	"shooter": schema.Perpetrator, "shooters": schema.Perpetrator,
	"killer": schema.Perpetrator, "killers": schema.Perpetrator,
	"perpetrator": schema.Perpetrator, "perpetrators": schema.Perpetrator,
	"suspect": schema.Suspect, "suspects": schema.Suspect,
	"victim": schema.Victim, "victims": schema.Victim,
	"hostage": schema.Victim, "hostages": schema.Victim,
}

// roleName is how a group's entity is named: "perpetrators of <event>".
var roleName = map[string]string{schema.Perpetrator: "perpetrators", schema.Suspect: "suspects", schema.Victim: "victims"}

// violent are the event classes that have perpetrators and suspects.
var violent = map[string]bool{classAttack: true, classExplosion: true, classWar: true}

// groupWords may come between a role noun and "from": "the attackers,
// who were both from X".
var groupWords = map[string]bool{
	",": true, "who": true, "are": true, "were": true, "all": true, "both": true, "came": true,
	"come": true, "originally": true, "reportedly": true, "allegedly": true, "said": true, "to": true, "be": true,
}

// MethodGroup is the method of the relations and mentions of groups.
const MethodGroup = "group"

// groupScore is the confidence of a group and its relations.
const groupScore = 0.7

// determiners may start a group's noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "all": true, "both": true, "several": true, "some": true, "many": true, "dozens": true, "of": true}

// numberWord reports whether w is a number: digits, or one to twenty in
// words.
func numberWord(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789,") == "" {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty":
		return true
	}
	return false
}

// groups adds to res the unnamed groups of people that the document says
// carried out, are suspected of or suffered an event, when it also says
// where they are from: "the three attackers, who were all from X",
// "Afghan gunmen", "two British hostages". Each group is an entity of class
// kg:Group, one per event and role, with a mention over its noun phrase,
// a homeLocation relation to the place and a relation from the event
// (kg:perpetrator, kg:suspect or kg:victim). The event is the one the
// sentence describes, or else the latest one described before it. Words
// inside a claim are the speaker's, not the document's, and are skipped.
func groups(res *extract.Result, lex *lexicon.Lexicon) {
	if len(res.Events) == 0 {
		return
	}
	evAt, class := describedEvents(res, lex)
	made := map[groupKey]int{} // group entity per event and role
	latest := -1
	for si := range res.Sentences {
		if evAt[si] >= 0 {
			latest = evAt[si]
		}
		if latest < 0 || !hasRoleNoun(&res.Sentences[si]) {
			continue // most sentences: no mention map to build
		}
		gs := newGroupSentence(res, si, lex)
		for i, t := range gs.s.Tokens {
			role, ok := groupRoles[gs.low(i)]
			if !ok || gs.at[i] >= 0 || t.Text != gs.low(i) {
				continue // a role noun in lower case, not part of a name
			}
			if role != schema.Victim && !violent[class[latest]] {
				continue
			}
			g, ok := gs.group(i)
			if !ok || inClaim(res, gs.s.Tokens[g.lo].Start, gs.s.Tokens[g.last].End) {
				continue
			}
			gs.add(made, latest, role, i, g)
		}
	}
}

// describedEvents returns the event each sentence describes (an index
// into res.Events, or -1), and the class of each event, from its
// mentions' words (a violent class wins).
func describedEvents(res *extract.Result, lex *lexicon.Lexicon) ([]int, map[int]string) {
	evOf := map[int]int{} // event entity -> index into res.Events
	for i, ev := range res.Events {
		if ev.Entity >= 0 && ev.Entity < len(res.Entities) {
			evOf[ev.Entity] = i
		}
	}
	evAt := make([]int, len(res.Sentences))
	for i := range evAt {
		evAt[i] = -1
	}
	class := map[int]string{}
	for e, i := range evOf {
		for _, mi := range res.Entities[e].Mentions {
			if mi < 0 || mi >= len(res.Mentions) {
				continue
			}
			m := res.Mentions[mi]
			if m.Sentence >= 0 && m.Sentence < len(evAt) && evAt[m.Sentence] < 0 {
				evAt[m.Sentence] = i
			}
			if si := m.Sentence; si >= 0 && si < len(res.Sentences) {
				s := &res.Sentences[si]
				if lo, hi := s.TokenSpan(m.Start, m.End); lo >= 0 {
					for k := lo; k < hi; k++ {
						if c, ok := triggerClass(lex, s.Lower[k], s.Lemma[k]); ok && (class[i] == "" || violent[c]) {
							class[i] = c
						}
					}
				}
			}
		}
	}
	return evAt, class
}

// hasRoleNoun reports whether a role noun ("gunmen", "victims") is among
// the sentence's tokens.
func hasRoleNoun(s *extract.Sentence) bool {
	for _, t := range s.Tokens {
		if _, ok := groupRoles[t.Text]; ok {
			return true
		}
	}
	return false
}

// inClaim reports whether bytes [start, end) lie inside a claim's
// content: the speaker's words, not the document's.
func inClaim(res *extract.Result, start, end int) bool {
	for _, c := range res.Claims {
		if c.Start <= start && end <= c.End {
			return true
		}
	}
	return false
}

// groupKey names a group: one per event and role.
type groupKey struct {
	ev   int
	role string
}

// groupSentence is a sentence read for groups: the entity mention over
// each of its tokens.
type groupSentence struct {
	res *extract.Result
	si  int
	s   *extract.Sentence
	at  []int // token -> entity mention over it, or -1
	lex *lexicon.Lexicon
}

func newGroupSentence(res *extract.Result, si int, lex *lexicon.Lexicon) *groupSentence {
	s := &res.Sentences[si]
	gs := &groupSentence{res: res, si: si, s: s, at: make([]int, len(s.Tokens)), lex: lex}
	for i := range gs.at {
		gs.at[i] = -1
	}
	for mi, m := range res.Mentions {
		if m.Sentence != si || m.Entity < 0 {
			continue
		}
		for i, t := range s.Tokens {
			if t.Start >= m.Start && t.End <= m.End {
				gs.at[i] = mi
			}
		}
	}
	return gs
}

func (gs *groupSentence) low(i int) string {
	if i < 0 || i >= len(gs.s.Tokens) {
		return ""
	}
	return strings.ToLower(gs.s.Tokens[i].Text)
}

// place returns the place entity of the mention at token i, or -1.
func (gs *groupSentence) place(i int) int {
	if i < 0 || i >= len(gs.at) || gs.at[i] < 0 {
		return -1
	}
	e := gs.res.Mentions[gs.at[i]].Entity
	if e >= 0 && e < len(gs.res.Entities) && gs.res.Entities[e].Type == extract.Location {
		return e
	}
	return -1
}

// country returns the country entity of the mention at token i, or -1.
func (gs *groupSentence) country(i int) int {
	if e := gs.place(i); e >= 0 && gs.res.Entities[e].Class == "Country" {
		return e
	}
	return -1
}

// groupPhrase is the noun phrase of a group (tokens [lo, last]) and the
// place its people are from.
type groupPhrase struct {
	lo, last          int
	origin, originEnd int
}

// group reads the group whose role noun is at token i and where its
// people are from, by the first construction that finds the place: a
// country's adjective before the noun ("two British hostages"; not "the
// Kabul gunmen", the attack's place), the subject of "were among the
// victims" ("Three Afghan workers were among the victims"), or "who were
// all from X" after it.
func (gs *groupSentence) group(i int) (groupPhrase, bool) {
	g := groupPhrase{lo: i, last: i, origin: -1}
	if e := gs.country(i - 1); e >= 0 {
		g.origin, g.originEnd = e, gs.res.Mentions[gs.at[i-1]].End
		for g.lo > 0 && gs.at[g.lo-1] == gs.at[i-1] {
			g.lo--
		}
	}
	g.lo = gs.backOverDeterminers(g.lo)
	if g.origin < 0 {
		gs.originAmong(&g)
	}
	if g.origin < 0 {
		gs.originFrom(&g, i)
	}
	return g, g.origin >= 0
}

// backOverDeterminers returns the first token of the determiners and
// numbers right before token lo ("the four", "two").
func (gs *groupSentence) backOverDeterminers(lo int) int {
	for lo > 0 && (determiners[gs.low(lo-1)] || numberWord(gs.low(lo-1))) {
		lo--
	}
	return lo
}

// originAmong reads "Three Afghan workers were among the victims": the
// subject names the group.
func (gs *groupSentence) originAmong(g *groupPhrase) {
	lo := g.lo
	if lo < 2 || gs.low(lo-1) != "among" {
		return
	}
	switch gs.low(lo - 2) {
	case "were", "are", "was", "is":
	default:
		return
	}
	end := lo - 2
	for j := end - 1; j >= 0 && j >= end-6; j-- {
		if e := gs.country(j); e >= 0 {
			g.origin, g.originEnd = e, gs.res.Mentions[gs.at[j]].End
			start := j
			for start > 0 && gs.at[start-1] == gs.at[j] {
				start--
			}
			g.lo, g.last = gs.backOverDeterminers(start), end-1
			return
		}
		if gs.low(j) == "," || gs.low(j) == "." {
			return
		}
	}
}

// originFrom reads "..., who were all from (the Baltic republic of) X"
// after the role noun at token i.
func (gs *groupSentence) originFrom(g *groupPhrase, i int) {
	j := i + 1
	for j < len(gs.s.Tokens) && j <= i+6 && groupWords[gs.low(j)] {
		j++
	}
	if gs.low(j) != "from" {
		return
	}
	for k := j + 1; k < len(gs.s.Tokens) && k <= j+9; k++ {
		if e := gs.place(k); e >= 0 {
			g.origin, g.originEnd = e, gs.res.Mentions[gs.at[k]].End
			return
		}
		w := gs.low(k)
		if !(w == "the" || w == "of" || gs.placeNoun(w) || gs.at[k] >= 0 || gs.s.Tokens[k].Text != w) {
			return // only names, "the", "of" and place nouns lead to the place
		}
	}
}

// placeNoun reports whether w, a word in lower case, is a noun for a
// kind of place that may introduce the place after "from" (the
// lexicon's Settlement and NaturalFeature): "from the Baltic republic of
// X", "from the island of X", "from the mountain village of X".
func (gs *groupSentence) placeNoun(w string) bool {
	if gs.lex == nil {
		return false
	}
	l := gs.lex.Lemma(w, "NNS")
	return gs.lex.Is(l, lexicon.Settlement) || gs.lex.Is(l, lexicon.NaturalFeature)
}

// add records the group of event ev in role (made once per event and
// role, with the event's relation to it), a mention over its phrase, and
// its homeLocation.
func (gs *groupSentence) add(made map[groupKey]int, ev int, role string, i int, g groupPhrase) {
	res, si := gs.res, gs.si
	start, end := gs.s.Tokens[g.lo].Start, gs.s.Tokens[g.last].End
	evEnt := res.Events[ev].Entity
	k := groupKey{ev, role}
	ge, ok := made[k]
	if !ok {
		ge = len(res.Entities)
		made[k] = ge
		res.Entities = append(res.Entities, extract.Entity{
			Name:  roleName[role] + " of " + res.Entities[evEnt].Name,
			Type:  extract.Miscellaneous,
			Class: schema.GroupClass,
			Key:   res.Entities[evEnt].Key + " " + roleName[role],
		})
		res.Relations = append(res.Relations, extract.Relation{
			Subject: evEnt, Object: ge, Predicate: role, Label: gs.low(i),
			Sentence: si, Start: start, End: end, Method: MethodGroup, Score: groupScore, Claim: -1,
		})
	}
	mi := len(res.Mentions)
	res.Mentions = append(res.Mentions, extract.Mention{
		Start: start, End: end, Text: res.Doc.Text[start:end], Type: extract.Miscellaneous, Class: schema.GroupClass,
		Sentence: si, Entity: ge, Method: MethodGroup, Score: groupScore,
	})
	ent := &res.Entities[ge]
	ent.Mentions = append(ent.Mentions, mi)
	if a := res.Doc.Text[start:end]; !slices.Contains(ent.Aliases, a) {
		ent.Aliases = append(ent.Aliases, a)
	}
	res.Relations = append(res.Relations, extract.Relation{
		Subject: ge, Object: g.origin, Predicate: schema.HomeLocation, Label: "from",
		Sentence: si, Start: min(start, res.Mentions[mi].Start), End: max(end, g.originEnd), Method: MethodGroup, Score: groupScore, Claim: -1,
	})
}
