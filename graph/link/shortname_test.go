package link

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
)

// shortNameSlice is a made-up slice: a person and a company that share a
// surname, and a company named like a person without an item.
const shortNameSlice = `<http://www.wikidata.org/entity/Q992001> <http://www.w3.org/2000/01/rdf-schema#label> "Tarn Holloway"@en .
<http://www.wikidata.org/entity/Q992001> <http://www.w3.org/2004/02/skos/core#altLabel> "T. Holloway"@en .
<http://www.wikidata.org/entity/Q992001> <http://schema.org/description> "Norlandish politician"@en .
<http://www.wikidata.org/entity/Q992002> <http://www.w3.org/2000/01/rdf-schema#label> "Holloway"@en .
<http://www.wikidata.org/entity/Q992002> <http://schema.org/description> "Norlandish car manufacturer"@en .
<http://www.wikidata.org/entity/Q992003> <http://www.w3.org/2000/01/rdf-schema#label> "Vornsby"@en .
<http://www.wikidata.org/entity/Q992003> <http://schema.org/description> "Ostmark bank"@en .
`

// TestLinkShortNames: a one-word name the tagger kept apart from the
// people its documents name in full is the one most of them are (two
// names of Tarn Holloway against his wife's), linked or not.
func TestLinkShortNames(t *testing.T) {
	rep := dryRun(t, "names.nt", shortNameSlice,
		graphtest.Result("Holloway dies at 90\nTarn Holloway, the former president of Norland, died on Monday.\nHolloway led the country for a decade.\nHis wife Ann Holloway survives him; T. Holloway wrote two books.",
			[]graphtest.Ent{{Type: extract.Person, Name: "Tarn Holloway"}, {Type: extract.Organization, Name: "Holloway"}, {Type: extract.Person, Name: "Ann Holloway"}, {Type: extract.Person, Name: "T. Holloway"}}, nil),
		graphtest.Result("Vornsby wins\nBo Vornsby won the race at Pellam.\nVornsby led from the start.",
			[]graphtest.Ent{{Type: extract.Person, Name: "Bo Vornsby"}, {Type: extract.Organization, Name: "Vornsby"}}, nil))
	checkLinks(t, rep, map[string]string{"Tarn Holloway": "Q992001", "T. Holloway": "Q992001", "Ann Holloway": "", "Holloway": "Q992001", "Bo Vornsby": "", "Vornsby": ""})
}

// TestLinkWeakAliasContext: a surname alone, an alias two people share,
// is the one the page's context supports (her country in her
// description).
func TestLinkWeakAliasContext(t *testing.T) {
	const data = `<http://www.wikidata.org/entity/Q996001> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Lee"@en .
<http://www.wikidata.org/entity/Q996001> <http://www.w3.org/2004/02/skos/core#altLabel> "Lee"@en .
<http://www.wikidata.org/entity/Q996001> <http://schema.org/description> "politician in Norland"@en .
<http://www.wikidata.org/entity/Q996002> <http://www.w3.org/2000/01/rdf-schema#label> "Bo Lee"@en .
<http://www.wikidata.org/entity/Q996002> <http://www.w3.org/2004/02/skos/core#altLabel> "Lee"@en .
<http://www.wikidata.org/entity/Q996002> <http://schema.org/description> "painter in Ostmark"@en .
<http://www.wikidata.org/entity/Q996010> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q996010> <http://www.wikidata.org/prop/direct/P297> "NX" .
`
	rep := dryRun(t, "lee.nt", data,
		graphtest.Result("Vote\nLee won the vote in Norland on Sunday.",
			[]graphtest.Ent{{Type: extract.Person, Name: "Lee"}, {Type: extract.Location, Class: "Country", Name: "Norland"}}, nil))
	got := ""
	for _, l := range rep.Links {
		if l.EntityName == "Lee" {
			got = string(l.Target)
		}
	}
	if got != "http://www.wikidata.org/entity/Q996001" {
		t.Errorf("Lee linked to %q, want Q996001 (links %+v)", got, rep.Links)
	}
}
