package schema

import "strings"

// ExpandTerm turns a term as a user writes it, "schema:Person" with one
// of the Prefixes or an IRI with or without angle brackets, into a full
// IRI. A term with another prefix, or none, is returned as it is, less
// its brackets and surrounding space.
func ExpandTerm(t string) string {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">") {
		t = t[1 : len(t)-1]
	}
	name, local, ok := strings.Cut(t, ":")
	if ok && !strings.HasPrefix(local, "//") {
		for _, p := range Prefixes() {
			if p.Name == name {
				return p.IRI + local
			}
		}
	}
	return t
}

// ShortTerm writes an IRI with the longest of the Prefixes that leaves a
// local name without "/" or "#" ("schema:Person"), else in angle brackets:
// a term a user can give back to ExpandTerm.
func ShortTerm(iri string) string {
	best := ""
	for _, p := range Prefixes() {
		if strings.HasPrefix(iri, p.IRI) && len(p.IRI) > len(best) {
			best = p.IRI
			if local := iri[len(p.IRI):]; local != "" && !strings.ContainsAny(local, "/#") {
				return p.Name + ":" + local
			}
		}
	}
	return "<" + iri + ">"
}

// CompactIRI writes an IRI with the first of the Prefixes (by name) it
// starts with, whatever follows it, else as it is, without brackets: how
// 'kg stats' and 'kg extract' print classes.
func CompactIRI(iri string) string {
	for _, p := range Prefixes() {
		if rest, ok := strings.CutPrefix(iri, p.IRI); ok {
			return p.Name + ":" + rest
		}
	}
	return iri
}
