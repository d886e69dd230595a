package typing

import (
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
)

// Wikidata terms used for countries.
const (
	wikidataEntity = "http://www.wikidata.org/entity/"
	// ISOCode is Wikidata's "ISO 3166-1 alpha-2 code" property.
	ISOCode = "http://www.wikidata.org/prop/direct/P297"
)

// Typer is a pipeline stage that refines entity classes. It is safe for
// concurrent use.
type Typer struct {
	g *gazetteer.Gazetteer
}

// New returns a Typer over g.
func New(g *gazetteer.Gazetteer) *Typer { return &Typer{g: g} }

// Process sets Class, SameAs and Attributes of the entities in res.
func (t *Typer) Process(res *extract.Result) error {
	for i := range res.Entities {
		e := &res.Entities[i]
		if e.Type != extract.Location {
			continue
		}
		if co, ok := t.g.CountryByName(e.Name); ok || e.Class == "Country" {
			if !ok {
				co, _ = t.g.Country(e.Name)
			}
			e.Class = "Country"
			if co.QID != "" {
				e.SameAs = appendOnce(e.SameAs, wikidataEntity+co.QID)
			}
			if co.Code != "" {
				if e.Attributes == nil {
					e.Attributes = map[string][]string{}
				}
				e.Attributes[ISOCode] = []string{co.Code}
			}
			continue
		}
		if e.Class != "" {
			continue
		}
		if ps := t.g.Places(e.Name); len(ps) > 0 && ps[0].Class == "P" {
			e.Class = "City"
		}
	}
	return nil
}

func appendOnce(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
