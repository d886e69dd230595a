package link

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// teamHeads are the head nouns of the descriptions of sports teams.
var teamHeads = map[string]bool{"team": true, "club": true, "franchise": true}

// minTeamSupport is the number of other entities of an entity's documents
// that must have a team of the same sport among their candidates before a
// team is taken for it: a sports page names many clubs, a business page
// that mentions one town's club rarely another.
const minTeamSupport = 2

// minClubSupport is minTeamSupport for a name no country bears: a town's
// or a club's own. Two clubs named by their towns on one page are a
// fixture or a table ("Harlow" and "Pellam"); two countries named as
// bodies are as often governments that sign a treaty.
const minClubSupport = 1

// minDesignation is the number of teams whose labels must end in the same
// words for these to be a designation rather than part of a name.
const minDesignation = 5

// minSportSimilarity is the similarity of two teams' sport phrases from
// which they count as teams of the same sport.
const minSportSimilarity = 0.5

// teamShortNames maps the short names of teams, the parts of their labels
// news uses alone, to the teams: the first words when they name a place of
// the datasets ("leeds" for Leeds United A.F.C.) or the rest of the label is
// a designation many teams share ("f c", "united f c", "national football
// team": "millwall" for Millwall F.C.), the nickname after a place
// ("brewers" for the Milwaukee Brewers), the place a first word is the
// adjective of (see townAdjective), and the rest of a label an
// abbreviation opens (see afterClubAbbreviation). Aliases are left out: a
// franchise's former name ("Montreal Expos" of the Washington Nationals)
// is not the place it plays.
func teamShortNames(targets map[string]*target, byKey map[string][]*target) map[string][]*target {
	designations := teamDesignations(targets)
	m := map[string][]*target{}
	for _, t := range targets {
		if !t.team {
			continue
		}
		seen := map[string]bool{}
		add := func(k string) {
			if !seen[k] {
				seen[k] = true
				m[k] = append(m[k], t)
			}
		}
		for _, n := range t.labels {
			if rest, ok := afterClubAbbreviation(n); ok {
				add(rest)
			}
			toks := strings.Fields(vocab.NameKey(n))
			for i := 1; i < len(toks); i++ {
				first, rest := strings.Join(toks[:i], " "), strings.Join(toks[i:], " ")
				place := slices.ContainsFunc(byKey[first], func(p *target) bool { return isPlace(p) && namedBy(p, first) })
				if place || designations[rest] {
					add(first)
				}
				if i == 1 {
					if town, ok := townAdjective(first, byKey); ok {
						add(town)
					}
				}
				if place && !designations[rest] {
					add(rest)
				}
			}
		}
	}
	for _, ts := range m {
		sort.Slice(ts, func(i, j int) bool { return ts[i].iri < ts[j].iri })
	}
	return m
}

// afterClubAbbreviation returns the name key of the rest of a team's
// label after an abbreviation of one to three capitals that opens it, the
// way clubs put their kind first ("F.K. Harlow", "AC Pellam"): the name
// news uses.
func afterClubAbbreviation(label string) (string, bool) {
	words := strings.Fields(label)
	if len(words) < 2 {
		return "", false
	}
	letters := 0
	for _, r := range words[0] {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '.':
			return "", false
		}
	}
	if letters == 0 || letters > 3 {
		return "", false
	}
	k := vocab.NameKey(strings.Join(words[1:], " "))
	return k, k != ""
}

// teamCandidates returns the teams e's names could name: those named e's
// name or an alias of it and, for an organisation, those it is a short
// name of, by any of its names (see teamShortNames): a club named by its
// town ("Leeds" for Leeds United) or its nickname ("Brewers").
// Entities typed other than organisations have none: a place is not its
// club; but a name the tagger took for a place, classed no more than
// that, that no place of the datasets bears ("Tarn Athletic") is a club's
// as an organisation's would be.
func teamCandidates(e *ours, byKey, byShort map[string][]*target) []*target {
	clubPlace := e.plainPlace && !placeNamed(e, byKey)
	if e.types != 0 && e.types&tORG == 0 && !clubPlace {
		return nil
	}
	var ts []*target
	seen := map[string]bool{}
	add := func(list []*target) {
		for _, t := range list {
			if t.team && !seen[t.iri] {
				seen[t.iri] = true
				ts = append(ts, t)
			}
		}
	}
	for _, n := range append([]string{e.name}, e.aliases...) {
		add(byKey[vocab.NameKey(n)])
	}
	if e.types&tORG != 0 || clubPlace {
		// The text's own forms too: "Norland" of a side whose canonical
		// name is the country's other one.
		for _, n := range append([]string{e.name}, e.aliases...) {
			add(byShort[vocab.NameKey(n)])
		}
	}
	return ts
}

// genericSportWords are words of teams' descriptions that name no sport:
// "national sports team", "sports team that represents X" (with
// teamHeads), "professional basketball team", "former baseball team",
// "major league baseball franchise" (not "league": "rugby league" is a
// sport of its own).
var genericSportWords = map[string]bool{"national": true, "sports": true, "sport": true, "professional": true, "former": true, "major": true}

// labelSports sets the sport phrase of each team whose description names
// no sport ("national sports team") from its label instead: the lower-case
// words that end it, less those that name no sport ("cricket" of "Norland
// national cricket team").
func labelSports(targets map[string]*target) {
	for _, t := range targets {
		if !t.team || slices.ContainsFunc(t.sport, func(w string) bool { return !genericSportWords[w] && !teamHeads[w] }) {
			continue
		}
		for _, l := range t.labels {
			words := strings.Fields(l)
			i := len(words)
			for i > 0 && words[i-1] == strings.ToLower(words[i-1]) {
				i--
			}
			var sport []string
			for _, w := range words[i:] {
				if !genericSportWords[w] && !teamHeads[w] {
					sport = append(sport, w)
				}
			}
			if i > 0 && len(sport) > 0 {
				t.sport = sport
				break
			}
		}
	}
}

// sportSimilarity is the Jaccard similarity of two teams' sport phrases,
// whole or less the words that name no sport (heads such as "team" and
// "franchise", genericSportWords), whichever is the greater: "baseball
// team" and "major league baseball franchise" are of one sport, and so
// are "Norlandish football club" and "association football club", but
// "american football team" and "association football club" are of two.
func sportSimilarity(a, b *target) float64 {
	if len(a.sport) == 0 || len(b.sport) == 0 {
		return 0
	}
	return max(jaccard(a.sport, b.sport), jaccard(sportWords(a.sport), sportWords(b.sport)))
}

// jaccard is the Jaccard similarity of two lists of words (0 when either
// is empty).
func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			shared++
		}
	}
	return float64(shared) / float64(len(a)+len(b)-shared)
}

// sportWords returns the words of a sport phrase that name the sport.
func sportWords(phrase []string) []string {
	var ws []string
	for _, w := range phrase {
		if !teamHeads[w] && !genericSportWords[w] && !slices.Contains(ws, w) {
			ws = append(ws, w)
		}
	}
	return ws
}

// teamContext sets the teams of each entity (ours.teams): of the teams its
// names could name, those that at least minTeamSupport of the other
// entities sharing its documents support (minClubSupport for a name no
// country bears; none for an entity extraction classed a sports team, a
// side in a result), having a team of the same sport among their own
// candidates (an opponent in a match counts for minTeamSupport alone; a
// body named by a town with no team in the datasets, that the text makes a
// side, counts for a club of any sport), and no fewer than half as many as
// the best supported.
func teamContext(ents []*ours, byKey, byShort map[string][]*target) {
	cands := map[string][]*target{}
	for _, e := range ents {
		if ts := teamCandidates(e, byKey, byShort); len(ts) > 0 {
			cands[e.iri] = ts
		}
	}
	byIRI := map[string]*ours{}
	clubless := map[string]bool{}
	for _, e := range ents {
		byIRI[e.iri] = e
		if e.types == tORG && len(cands[e.iri]) == 0 && slices.ContainsFunc(byKey[vocab.NameKey(e.name)], func(t *target) bool { return t.town }) {
			clubless[e.iri] = true
		}
	}
	for _, e := range ents {
		if len(cands[e.iri]) > 0 {
			e.teams = supportedTeams(e, cands, byIRI, clubless, countryNamed(e, byKey))
		}
	}
}

// supportedTeams returns those of e's team candidates that enough of the
// entities sharing its documents support (see teamContext).
func supportedTeams(e *ours, cands map[string][]*target, byIRI map[string]*ours, clubless map[string]bool, country bool) []*target {
	key := vocab.NameKey(e.name)
	support := make([]int, len(cands[e.iri]))
	for o := range e.comentioned {
		if clubless[o] && !country {
			// A body named by a town whose club the datasets lack
			// ("Vellby 2 Tarvik 1"): a side of any sport, when the
			// text makes it a side (a result, a match against e); a
			// body named like a town is as often a ship or a firm.
			if byIRI[o] != nil && byIRI[o].sportsTeam || slices.Contains(e.opponents, o) {
				for i := range support {
					support[i]++
				}
			}
			continue
		}
		theirs := cands[o]
		if len(theirs) == 0 || byIRI[o] == nil || vocab.NameKey(byIRI[o].name) == key {
			continue
		}
		// An opponent in a match ("X beat Y") says the sport as surely
		// as a page of teams does.
		weight := 1
		if slices.Contains(e.opponents, o) {
			weight = minTeamSupport
		}
		for i, t := range cands[e.iri] {
			for _, u := range theirs {
				if u != t && sportSimilarity(t, u) >= minSportSimilarity {
					support[i] += weight
					break
				}
			}
		}
	}
	need := minClubSupport
	switch {
	case e.sportsTeam:
		need = 0
	case country:
		need = minTeamSupport
	}
	best := 0
	for _, n := range support {
		best = max(best, n)
	}
	var ts []*target
	for i, t := range cands[e.iri] {
		if n := support[i]; n >= need && 2*n >= best {
			ts = append(ts, t)
		}
	}
	return ts
}

// countryNamed reports whether one of e's names is a country's of the
// datasets.
func countryNamed(e *ours, byKey map[string][]*target) bool {
	return oneNameIs(e, byKey, func(t *target) bool { return t.country })
}

// oneNameIs reports whether one of e's names is that of a target of the
// datasets for which is holds.
func oneNameIs(e *ours, byKey map[string][]*target, is func(*target) bool) bool {
	for _, n := range append([]string{e.name}, e.aliases...) {
		if slices.ContainsFunc(byKey[vocab.NameKey(n)], is) {
			return true
		}
	}
	return false
}

// isPlace reports whether t is a populated place, an administrative area
// or a country, or a node that only a place's properties describe
// (coordinates and a country, no description to say what it is).
func isPlace(t *target) bool { return t.town || t.admin || t.country || t.kinds == tLOC }

// teamDesignations returns the endings of teams' labels (whole words,
// after a first one) that at least minDesignation teams share.
func teamDesignations(targets map[string]*target) map[string]bool {
	count := map[string]int{}
	for _, t := range targets {
		if !t.team {
			continue
		}
		seen := map[string]bool{}
		for _, n := range t.labels {
			toks := strings.Fields(vocab.NameKey(n))
			for i := 1; i < len(toks); i++ {
				if s := strings.Join(toks[i:], " "); !seen[s] {
					seen[s] = true
					count[s]++
				}
			}
		}
	}
	d := map[string]bool{}
	for s, n := range count {
		if n >= minDesignation {
			d[s] = true
		}
	}
	return d
}

// namedBy reports whether name key k is a label of t or an alias that is
// no code: "fk" of the Falkland Islands is also the "F.K." of Serbian
// clubs.
func namedBy(t *target, k string) bool {
	for _, l := range t.labels {
		if vocab.NameKey(l) == k {
			return true
		}
	}
	for _, a := range t.alts {
		if vocab.NameKey(a) == k && len(k) > 3 && !acronym(a) {
			return true
		}
	}
	return false
}

// townAdjective returns the name key of the town or area a club's first
// word is the adjective of, the way some languages name clubs ("Harlower
// SC" of Harlow, "Pellamer SV" of Pellam): the word less -er or -r, when
// that names a place of the datasets.
func townAdjective(w string, byKey map[string][]*target) (string, bool) {
	for _, suffix := range []string{"er", "r"} {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok || len(stem) < 4 {
			continue
		}
		if slices.ContainsFunc(byKey[stem], func(p *target) bool { return isPlace(p) && namedBy(p, stem) }) {
			return stem, true
		}
	}
	return "", false
}

// pageSports sets, for each entity whose teams are of two sports or more,
// the teams whose sport its documents' text names (ours.pageSport): every
// word of the team's sport phrase that names the sport (see sportWords;
// not a possessive such as "men's") is a word of the text ("cricket" of a
// page on a cricket match). The page says which of a country's sides
// plays when its other entities name teams of both sports.
func pageSports(ctx context.Context, s *graph.Store, ents []*ours) error {
	words := map[any]map[string]bool{} // document key -> its words (cache)
	for _, e := range ents {
		if !severalSports(e.teams) {
			continue
		}
		// Each team's sport words, without possessives.
		sws := make([][]string, len(e.teams))
		for i, t := range e.teams {
			sws[i] = slices.DeleteFunc(sportWords(t.sport), func(w string) bool { return strings.ContainsAny(w, "'’") })
		}
		for _, d := range e.docRefs {
			ws, ok := words[d.Key()]
			if !ok {
				text, err := documentText(ctx, s, d)
				if err != nil {
					return err
				}
				ws = map[string]bool{}
				for _, w := range vocab.NameTokens(text) {
					ws[w] = true
				}
				words[d.Key()] = ws
			}
			for i, t := range e.teams {
				if sw := sws[i]; len(sw) > 0 && !slices.ContainsFunc(sw, func(w string) bool { return !ws[w] }) {
					if e.pageSport == nil {
						e.pageSport = map[*target]bool{}
					}
					e.pageSport[t] = true
				}
			}
		}
	}
	return nil
}

// severalSports reports whether teams are of two sports or more.
func severalSports(teams []*target) bool {
	for i, t := range teams {
		for _, u := range teams[i+1:] {
			if sportSimilarity(t, u) < minSportSimilarity {
				return true
			}
		}
	}
	return false
}

// documentText returns the text of document d (its context's
// nif:isString), or "".
func documentText(ctx context.Context, s *graph.Store, d refs.Ref) (string, error) {
	vs, err := s.Values(ctx, []refs.Ref{d})
	if err != nil || len(vs) == 0 {
		return "", err
	}
	doc, ok := vs[0].(quad.IRI)
	if !ok {
		return "", nil
	}
	var ctxIRI quad.IRI
	err = s.EachOut(ctx, doc, func(p string, o, _ quad.Value) {
		if p == schema.Context {
			ctxIRI, _ = o.(quad.IRI)
		}
	})
	if err != nil || ctxIRI == "" {
		return "", err
	}
	text := ""
	err = s.EachOut(ctx, ctxIRI, func(p string, o, _ quad.Value) {
		if p == schema.IsString {
			text, _ = vocab.LiteralText(o)
		}
	})
	return text, err
}

// placeNamed reports whether one of e's names is a place's of the
// datasets (see isPlace).
func placeNamed(e *ours, byKey map[string][]*target) bool {
	return oneNameIs(e, byKey, isPlace)
}
