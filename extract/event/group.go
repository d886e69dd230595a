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

// placeNouns may introduce the place after "from": "from the Baltic
// republic of X".
var placeNouns = map[string]bool{
	"nation": true, "country": true, "republic": true, "state": true, "region": true, "province": true,
	"city": true, "town": true, "village": true, "island": true, "islands": true, "territory": true,
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
	evOf := map[int]int{} // event entity -> index into res.Events
	for i, ev := range res.Events {
		if ev.Entity >= 0 && ev.Entity < len(res.Entities) {
			evOf[ev.Entity] = i
		}
	}
	// The sentences describing each event, and its class.
	evAt := make([]int, len(res.Sentences)) // sentence -> event described there, or -1
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
	inClaim := func(start, end int) bool {
		for _, c := range res.Claims {
			if c.Start <= start && end <= c.End {
				return true
			}
		}
		return false
	}
	type key struct {
		ev   int
		role string
	}
	made := map[key]int{} // group entity per event and role
	latest := -1
	for si, s := range res.Sentences {
		if evAt[si] >= 0 {
			latest = evAt[si]
		}
		if latest < 0 {
			continue
		}
		hasRole := false
		for _, t := range s.Tokens {
			if _, ok := groupRoles[t.Text]; ok {
				hasRole = true
				break
			}
		}
		if !hasRole {
			continue // most sentences: no mention map to build
		}
		// The mention over each token.
		at := make([]int, len(s.Tokens))
		for i := range at {
			at[i] = -1
		}
		for mi, m := range res.Mentions {
			if m.Sentence != si || m.Entity < 0 {
				continue
			}
			for i, t := range s.Tokens {
				if t.Start >= m.Start && t.End <= m.End {
					at[i] = mi
				}
			}
		}
		low := func(i int) string {
			if i < 0 || i >= len(s.Tokens) {
				return ""
			}
			return strings.ToLower(s.Tokens[i].Text)
		}
		place := func(i int) int { // the place entity of the mention at token i, or -1
			if i < 0 || i >= len(at) || at[i] < 0 {
				return -1
			}
			e := res.Mentions[at[i]].Entity
			if e >= 0 && e < len(res.Entities) && res.Entities[e].Type == extract.Location {
				return e
			}
			return -1
		}
		for i, t := range s.Tokens {
			role, ok := groupRoles[low(i)]
			if !ok || at[i] >= 0 || t.Text != low(i) {
				continue // a role noun in lower case, not part of a name
			}
			ev := latest
			if role != schema.Victim && !violent[class[ev]] {
				continue
			}
			// The noun phrase: determiners, numbers and a place adjective
			// right before the noun ("the four", "two British").
			lo, last := i, i // the group's noun phrase, tokens [lo, last]
			origin, originEnd := -1, 0
			// Only a country names origin there: "Afghan gunmen", not "the
			// Kabul gunmen" (the place of the attack).
			if e := place(i - 1); e >= 0 && res.Entities[e].Class == "Country" {
				origin, originEnd = e, res.Mentions[at[i-1]].End
				for lo > 0 && at[lo-1] == at[i-1] {
					lo--
				}
			}
			for lo > 0 && (determiners[low(lo-1)] || numberWord(low(lo-1))) {
				lo--
			}
			// "Three Afghan workers were among the victims": the subject
			// names the group.
			if origin < 0 && lo >= 2 && low(lo-1) == "among" && (low(lo-2) == "were" || low(lo-2) == "are" || low(lo-2) == "was" || low(lo-2) == "is") {
				end := lo - 2
				for j := end - 1; j >= 0 && j >= end-6; j-- {
					if e := place(j); e >= 0 && res.Entities[e].Class == "Country" {
						origin, originEnd = e, res.Mentions[at[j]].End
						start := j
						for start > 0 && at[start-1] == at[j] {
							start--
						}
						for start > 0 && (determiners[low(start-1)] || numberWord(low(start-1))) {
							start--
						}
						lo, last = start, end-1
						break
					}
					if low(j) == "," || low(j) == "." {
						break
					}
				}
			}
			// After it: "..., who were all from (the Baltic republic of)
			// X".
			if origin < 0 {
				j := i + 1
				for j < len(s.Tokens) && j <= i+6 && groupWords[low(j)] {
					j++
				}
				if low(j) == "from" {
					for k := j + 1; k < len(s.Tokens) && k <= j+9; k++ {
						if e := place(k); e >= 0 {
							origin, originEnd = e, res.Mentions[at[k]].End
							break
						}
						w := low(k)
						if !(w == "the" || w == "of" || placeNouns[w] || at[k] >= 0 || s.Tokens[k].Text != w) {
							break // only names, "the", "of" and place nouns lead to the place
						}
					}
				}
			}
			if origin < 0 {
				continue
			}
			start, end := s.Tokens[lo].Start, s.Tokens[last].End
			if inClaim(start, end) {
				continue
			}
			evEnt := res.Events[ev].Entity
			k := key{ev, role}
			g, ok := made[k]
			if !ok {
				g = len(res.Entities)
				made[k] = g
				res.Entities = append(res.Entities, extract.Entity{
					Name:  roleName[role] + " of " + res.Entities[evEnt].Name,
					Type:  extract.Miscellaneous,
					Class: schema.GroupClass,
					Key:   res.Entities[evEnt].Key + " " + roleName[role],
				})
				res.Relations = append(res.Relations, extract.Relation{
					Subject: evEnt, Object: g, Predicate: role, Label: low(i),
					Sentence: si, Start: start, End: end, Method: MethodGroup, Score: groupScore, Claim: -1,
				})
			}
			mi := len(res.Mentions)
			res.Mentions = append(res.Mentions, extract.Mention{
				Start: start, End: end, Text: res.Doc.Text[start:end], Type: extract.Miscellaneous, Class: schema.GroupClass,
				Sentence: si, Entity: g, Method: MethodGroup, Score: groupScore,
			})
			ent := &res.Entities[g]
			ent.Mentions = append(ent.Mentions, mi)
			if a := res.Doc.Text[start:end]; !slices.Contains(ent.Aliases, a) {
				ent.Aliases = append(ent.Aliases, a)
			}
			res.Relations = append(res.Relations, extract.Relation{
				Subject: g, Object: origin, Predicate: schema.HomeLocation, Label: "from",
				Sentence: si, Start: min(start, res.Mentions[mi].Start), End: max(end, originEnd), Method: MethodGroup, Score: groupScore, Claim: -1,
			})
		}
	}
}
