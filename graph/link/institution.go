package link

import (
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/graph/internal/vocab"
)

// institution is a body whose label opens with the name of the country or
// international organisation it belongs to ("Norland Senate"): of.
type institution struct {
	t, of *target
}

// institutionShortNames maps the rest of such labels, the name news gives
// the body bare on a page about its country ("the Senate", "the Security
// Board"), and the names news makes of a rest "H of X" (see ofInversions),
// to the bodies. Teams are left out (see teamShortNames).
func institutionShortNames(targets map[string]*target, byKey map[string][]*target) map[string][]institution {
	m := map[string][]institution{}
	for _, t := range targets {
		if t.team || (t.kinds != 0 && t.kinds&tORG == 0) || isPlace(t) {
			continue
		}
		for _, l := range t.labels {
			toks := strings.Fields(vocab.NameKey(l))
			for i := 1; i < len(toks); i++ {
				first, rest := strings.Join(toks[:i], " "), strings.Join(toks[i:], " ")
				for _, p := range byKey[first] {
					if namedBy(p, first) && (p.country || p.kinds == tORG && !p.team && len(toks[:i]) > 1) {
						m[rest] = append(m[rest], institution{t, p})
						for _, inv := range ofInversions(rest) {
							m[inv] = append(m[inv], institution{t, p})
						}
					}
				}
			}
		}
	}
	for k, is := range m {
		sort.Slice(is, func(i, j int) bool { return is[i].t.iri < is[j].t.iri })
		m[k] = slices.CompactFunc(is, func(a, b institution) bool { return a.t == b.t })
	}
	return m
}

// ofInversions returns the names news makes of a body's short name of the
// form "H of X", a head word and one or two words after "of" (and "the"):
// "X H" and X alone ("Mint Department" and "Mint" of "Department of the
// Mint").
func ofInversions(rest string) []string {
	toks := strings.Fields(rest)
	if len(toks) < 3 || toks[1] != "of" {
		return nil
	}
	x := toks[2:]
	if x[0] == "the" {
		x = x[1:]
	}
	if len(x) == 0 || len(x) > 2 {
		return nil
	}
	return []string{strings.Join(x, " ") + " " + toks[0], strings.Join(x, " ")}
}

// tryInstitution adds, for an organisation or an untyped entity, the
// bodies its name is the short name of (see institutionShortNames) whose
// country or organisation its page names: the page's context decides
// whose Senate "the Senate" is; and the bodies whose short name follows
// the name of their country or organisation in its name ("Norland
// Senate"), on any page.
func (sc *entityScorer) tryInstitution(byInst map[string][]institution) {
	e := sc.e
	if e.types != 0 && e.types&tORG == 0 {
		return
	}
	// "Norland Mint": a country's or an organisation's name, then
	// the short name of one of its bodies; the name says whose.
	toks := strings.Fields(vocab.NameKey(e.name))
	for i := 1; i < len(toks); i++ {
		first, rest := strings.Join(toks[:i], " "), strings.Join(toks[i:], " ")
		for _, in := range byInst[rest] {
			if !hasName(in.of, first) {
				continue
			}
			sc.get(in.t)
			if sc.nameScore[in.t.iri] < 0.85 {
				sc.nameScore[in.t.iri], sc.nameHow[in.t.iri] = 0.85, "institution"
				sc.weakAlias[in.t.iri] = false
			}
		}
	}
	for _, in := range byInst[vocab.NameKey(e.name)] {
		if !sc.context[in.of.iri] && !slices.ContainsFunc(in.of.labels, func(l string) bool { return slices.Contains(e.contextNames, vocab.NameKey(l)) }) {
			continue
		}
		sc.get(in.t)
		if sc.nameScore[in.t.iri] < 0.85 {
			sc.nameScore[in.t.iri], sc.nameHow[in.t.iri] = 0.85, "institution"
			sc.weakAlias[in.t.iri] = false
		}
	}
}

// hasName reports whether name key k is one of t's labels or aliases.
func hasName(t *target, k string) bool {
	return hasLabel(t, k) || slices.ContainsFunc(t.alts, func(a string) bool { return vocab.NameKey(a) == k })
}
