package schema

import (
	"sort"
	"strings"
)

// Prefix is a namespace prefix kg knows, for writing IRIs short.
type Prefix struct {
	Name string // "schema", without the colon
	IRI  string // "http://schema.org/"
}

// Prefixes returns the prefixes kg's queries and documentation use, sorted
// by name.
func Prefixes() []Prefix {
	p := []Prefix{
		{"rdf", RDF}, {"rdfs", RDFS}, {"owl", OWL}, {"xsd", XSD}, {"skos", SKOS},
		{"schema", SDO}, {"nif", NIF}, {"itsrdf", ITSRDF}, {"wd", WD}, {"wdt", WDT}, {"kg", NS},
	}
	sort.Slice(p, func(i, j int) bool { return p[i].Name < p[j].Name })
	return p
}

// ExpandIRIs rewrites every IRI written in angle brackets with a known
// prefix, such as <schema:Person>, into its full form,
// <http://schema.org/Person>, and leaves all other text alone. It lets
// users write short IRIs in Gizmo, GraphQL and MQL queries, whose own
// syntax wants full ones.
func ExpandIRIs(text string) string {
	if !strings.Contains(text, "<") {
		return text
	}
	prefixes := Prefixes()
	var b strings.Builder
	for {
		i := strings.IndexByte(text, '<')
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(text[:i+1])
		text = text[i+1:]
		end := strings.IndexAny(text, "> \t\n\"'")
		if end < 0 || text[end] != '>' {
			continue
		}
		name, local, ok := strings.Cut(text[:end], ":")
		if !ok {
			continue
		}
		for _, p := range prefixes {
			if p.Name == name && !strings.HasPrefix(local, "//") {
				b.WriteString(p.IRI)
				b.WriteString(local)
				text = text[end:]
				break
			}
		}
	}
}
