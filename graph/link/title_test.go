package link

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// titleSlice is a made-up slice: two people who share a surname, a
// president and a senator.
const titleSlice = `<http://www.wikidata.org/entity/Q996001> <http://www.w3.org/2000/01/rdf-schema#label> "Tarn Holloway"@en .
<http://www.wikidata.org/entity/Q996001> <http://www.w3.org/2004/02/skos/core#altLabel> "Holloway"@en .
<http://www.wikidata.org/entity/Q996001> <http://schema.org/description> "Norlandish politician, third president of Norland"@en .
<http://www.wikidata.org/entity/Q996001> <http://www.wikidata.org/prop/direct/P21> <http://www.wikidata.org/entity/Q6581097> .
<http://www.wikidata.org/entity/Q996002> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Holloway"@en .
<http://www.wikidata.org/entity/Q996002> <http://www.w3.org/2004/02/skos/core#altLabel> "Holloway"@en .
<http://www.wikidata.org/entity/Q996002> <http://schema.org/description> "Norlandish politician and senator"@en .
<http://www.wikidata.org/entity/Q996002> <http://www.wikidata.org/prop/direct/P21> <http://www.wikidata.org/entity/Q6581072> .
`

// TestLinkTitles: a surname alone that two people bear is the one whose
// description names the title the text gives ("President Holloway"); with
// no title, neither. A title's short words ("of") say nothing.
func TestLinkTitles(t *testing.T) {
	per := func(name string, titles ...string) graphtest.Ent {
		e := graphtest.Ent{Type: extract.Person, Name: name}
		if len(titles) > 0 {
			e.Attrs = map[string][]string{schema.JobTitle: titles}
		}
		return e
	}
	for _, row := range []struct {
		name, text string
		ent        graphtest.Ent
		want       string
	}{
		{"title", "Visit\nPresident Holloway arrived.", per("Holloway", "President"), "Q996001"},
		{"no-title", "Visit\nHolloway arrived.", per("Holloway"), ""},
		{"short-words", "Visit\nHolloway of the bank arrived.", per("Holloway", "head of the bank"), ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "titles.nt", titleSlice, graphtest.Result(row.text, []graphtest.Ent{row.ent}, nil))
			checkLinks(t, rep, map[string]string{"Holloway": row.want})
		})
	}
}
