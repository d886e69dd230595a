package link

import (
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/internal/vocab"
)

// nameBearers returns the people that every one of e's documents names in
// full and whose first or last name is e's whole one-word name: "Gerald
// Ford" for a "Ford" the tagger left apart (as an organisation, say) on
// pages about him, "Saddam Hussein" for "Saddam".
func nameBearers(e *ours, byIRI map[string]*ours) []string {
	toks := vocab.NameTokens(e.name)
	if len(toks) != 1 || e.ndocs == 0 {
		return nil
	}
	var bs []string
	for o, n := range e.comentioned {
		oe := byIRI[o]
		if n < e.ndocs || oe == nil || oe.firstName == "" {
			continue
		}
		if oe.firstName == toks[0] || oe.lastName == toks[0] {
			bs = append(bs, o)
		}
	}
	slices.Sort(bs)
	return bs
}

// shortNames replaces the links of the entities that have name bearers
// (see nameBearers): such an entity is linked to what most of its bearers
// are (see bearersLink), and else not at all, for it is them by another
// name and not whatever else bears the name.
func shortNames(ents []*ours, links []Link) []Link {
	byEntity := map[string]int{}
	for i, l := range links {
		byEntity[string(l.Entity)] = i
	}
	var out []Link
	for _, l := range links {
		if !hasBearers(ents, string(l.Entity)) {
			out = append(out, l)
		}
	}
	for _, e := range ents {
		if len(e.bearers) == 0 {
			continue
		}
		if l, ok := bearersLink(e, links, byEntity); ok {
			out = append(out, l)
		}
	}
	return out
}

// hasBearers reports whether the entity iri of ents has name bearers.
func hasBearers(ents []*ours, iri string) bool {
	i, ok := slices.BinarySearchFunc(ents, iri, func(e *ours, iri string) int {
		switch {
		case e.iri < iri:
			return -1
		case e.iri > iri:
			return 1
		}
		return 0
	})
	return ok && len(ents[i].bearers) > 0
}

// bearersLink returns e's link to the target most of its bearers are
// linked to, if more of them are linked to it than not: two names of one
// man ("Gerald Ford", "Gerald R. Ford") outweigh his wife's ("Betty Ford",
// unlinked), one name another's.
func bearersLink(e *ours, links []Link, byEntity map[string]int) (Link, bool) {
	votes := map[quad.IRI]int{}
	var best *Link
	for _, b := range e.bearers {
		i, ok := byEntity[b]
		if !ok {
			continue
		}
		votes[links[i].Target]++
		if best == nil || votes[links[i].Target] > votes[best.Target] {
			best = &links[i]
		}
	}
	if best == nil || 2*votes[best.Target] <= len(e.bearers) {
		return Link{}, false
	}
	l := *best
	l.Entity, l.EntityName = quad.IRI(e.iri), e.name
	l.Method += "+fullname"
	return l, true
}

// setFullName sets e's first and last names when e is a person named by
// several words, for nameBearers.
func setFullName(e *ours) {
	if e.types != tPER {
		return
	}
	if toks := vocab.NameTokens(e.name); len(toks) > 1 {
		e.firstName, e.lastName = toks[0], toks[len(toks)-1]
	}
}
