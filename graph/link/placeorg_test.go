package link

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// placeOrgSlice is a made-up slice: a town of Norland and its country.
const placeOrgSlice = `<http://www.wikidata.org/entity/Q998001> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow"@en .
<http://www.wikidata.org/entity/Q998001> <http://schema.org/description> "town in Norland"@en .
<http://www.wikidata.org/entity/Q998001> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q998010> .
<http://www.wikidata.org/entity/Q998010> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q998010> <http://www.wikidata.org/prop/direct/P297> "NX" .
`

// TestLinkPlaceOrg: an organisation the tagger named like a town, and
// that nothing else makes an organisation, is the town when the page
// places it (its country); not when no one places it, when extraction
// gave it a kind of organisation, when someone works for it, nor on a
// page of sides in a match.
func TestLinkPlaceOrg(t *testing.T) {
	org := func(name, class string) graphtest.Ent {
		return graphtest.Ent{Type: extract.Organization, Class: class, Name: name}
	}
	norland := graphtest.Ent{Type: extract.Location, Class: "Country", Name: "Norland"}
	person := graphtest.Ent{Type: extract.Person, Name: "Ann Lee"}
	for _, row := range []struct {
		name, text string
		ents       []graphtest.Ent
		rels       []graphtest.Rel
		want       string
	}{
		{"placed", "Talks\nTalks opened in Harlow in the north of Norland on Monday.",
			[]graphtest.Ent{org("Harlow", ""), norland}, nil, "Q998001"},
		{"unplaced", "Talks\nTalks opened in Harlow on Monday.",
			[]graphtest.Ent{org("Harlow", "")}, nil, ""},
		{"kind of organisation", "Results\nHarlow, the Norland lender, made a profit.",
			[]graphtest.Ent{org("Harlow", "Corporation"), norland}, nil, ""},
		{"employer", "Prices\nAnn Lee, an economist at Harlow, said prices rose in Norland.",
			[]graphtest.Ent{org("Harlow", ""), norland, person}, []graphtest.Rel{graphtest.R(2, schema.WorksFor, 0)}, ""},
		{"sides page", "Results\nHarlow drew in Norland. Acme 2 Tarvik 1.",
			[]graphtest.Ent{org("Harlow", ""), norland, org("Acme", "SportsTeam")}, nil, ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "placeorg.nt", placeOrgSlice, graphtest.Result(row.text, row.ents, row.rels))
			checkLinks(t, rep, map[string]string{"Harlow": row.want})
		})
	}
}

// TestLinkFeatureNamedTown: a place extraction classed a natural feature
// for its name's end ("Falls") is the town of that label when the text
// places it where the town is; not when the text does not place it.
func TestLinkFeatureNamedTown(t *testing.T) {
	const data = `<http://www.wikidata.org/entity/Q998002> <http://www.w3.org/2000/01/rdf-schema#label> "Pellam Falls"@en .
<http://www.wikidata.org/entity/Q998002> <http://schema.org/description> "town in Norland"@en .
<http://www.wikidata.org/entity/Q998002> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q998010> .
<http://www.wikidata.org/entity/Q998010> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q998010> <http://www.wikidata.org/prop/direct/P297> "NX" .
`
	falls := graphtest.Ent{Type: extract.Location, Class: "BodyOfWater", Name: "Pellam Falls"}
	norland := graphtest.Ent{Type: extract.Location, Class: "Country", Name: "Norland"}
	for _, row := range []struct {
		name string
		rels []graphtest.Rel
		want string
	}{
		{"placed", []graphtest.Rel{graphtest.R(0, schema.ContainedInPlace, 1)}, "Q998002"},
		{"unplaced", nil, ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "falls.nt", data, graphtest.Result("Mourning\nPellam Falls, Norland, mourned its mayor on Monday.",
				[]graphtest.Ent{falls, norland}, row.rels))
			checkLinks(t, rep, map[string]string{"Pellam Falls": row.want})
		})
	}
}

// TestLinkPlaceOrgSite: an organisation the tagger named by a site's
// whole label of two words ("Harlow Airport") is that site when the page
// places it; a one-word name is not enough for a site that is no town.
func TestLinkPlaceOrgSite(t *testing.T) {
	const data = `<http://www.wikidata.org/entity/Q998003> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow Airport"@en .
<http://www.wikidata.org/entity/Q998003> <http://schema.org/description> "international airport serving Harlow, Norland"@en .
<http://www.wikidata.org/entity/Q998003> <http://www.wikidata.org/prop/direct/P625> "Point(12.5 55.1)" .
<http://www.wikidata.org/entity/Q998004> <http://www.w3.org/2000/01/rdf-schema#label> "Vellmoor"@en .
<http://www.wikidata.org/entity/Q998004> <http://schema.org/description> "moor in Norland"@en .
<http://www.wikidata.org/entity/Q998004> <http://www.wikidata.org/prop/direct/P625> "Point(12.7 55.3)" .
<http://www.wikidata.org/entity/Q998010> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q998010> <http://www.wikidata.org/prop/direct/P297> "NX" .
`
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	norland := graphtest.Ent{Type: extract.Location, Class: "Country", Name: "Norland"}
	rep := dryRun(t, "site.nt", data, graphtest.Result("Delays\nFlights from Harlow Airport in Norland were late. Vellmoor said it would help.",
		[]graphtest.Ent{org("Harlow Airport"), norland, org("Vellmoor")}, nil))
	checkLinks(t, rep, map[string]string{"Harlow Airport": "Q998003", "Vellmoor": ""})
}
