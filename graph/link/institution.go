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
// Board"), to the bodies. Teams are left out (see teamShortNames).
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

// tryInstitution adds, for an organisation or an untyped entity, the
// bodies its name is the short name of (see institutionShortNames) whose
// country or organisation its page names: the page's context decides
// whose Senate "the Senate" is.
func (sc *entityScorer) tryInstitution(byInst map[string][]institution) {
	e := sc.e
	if e.types != 0 && e.types&tORG == 0 {
		return
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
