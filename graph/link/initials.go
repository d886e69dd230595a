package link

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/graph/internal/vocab"
)

// initialsStops are the words initials skip ("Organisation of Islamic
// Cooperation" is OIC).
var initialsStops = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "in": true, "on": true, "at": true, "to": true}

// labelInitials maps the initials of the targets' labels of three words
// or more (skipping initialsStops) to the targets.
func labelInitials(targets map[string]*target) map[string][]*target {
	m := map[string][]*target{}
	for _, t := range targets {
		seen := map[string]bool{}
		for _, l := range t.labels {
			if in := initials(l); len(in) >= 3 && !seen[in] {
				seen[in] = true
				m[in] = append(m[in], t)
			}
		}
	}
	return m
}

// initials returns the first letters of the words of name, but of
// initialsStops, lower-cased.
func initials(name string) string {
	var b strings.Builder
	for _, w := range vocab.NameTokens(name) {
		if !initialsStops[w] {
			b.WriteString(w[:1])
		}
	}
	return b.String()
}

// acronymKey returns the lower-case letters of an acronym of 3 to 5
// capitals ("GMT", "N.F.L."), else "".
func acronymKey(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r == '.':
		case r >= 'A' && r <= 'Z':
			b.WriteRune(unicode.ToLower(r))
		default:
			return ""
		}
	}
	if n := b.Len(); n < 3 || n > 5 {
		return ""
	}
	return b.String()
}

// tryInitials adds, for an entity named by an acronym (its name or an
// alias), the one target whose label it is the initials of ("GMT",
// Greenwich Mean Time), named as surely as by its label: several such
// targets say nothing.
func (sc *entityScorer) tryInitials(byInitials map[string][]*target) {
	for _, n := range append([]string{sc.e.name}, sc.e.aliases...) {
		k := acronymKey(n)
		if k == "" || len(byInitials[k]) != 1 {
			continue
		}
		t := byInitials[k][0]
		sc.get(t)
		sc.nameScore[t.iri], sc.nameHow[t.iri] = 1, "initials"
		sc.weakAlias[t.iri] = false
	}
}
