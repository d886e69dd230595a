package link

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
)

// institutionSlice is a made-up slice: two countries with a senate each
// and an organisation of nations with a board.
const institutionSlice = `<http://www.wikidata.org/entity/Q995001> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q995001> <http://www.wikidata.org/prop/direct/P297> "NX" .
<http://www.wikidata.org/entity/Q995002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark"@en .
<http://www.wikidata.org/entity/Q995002> <http://www.wikidata.org/prop/direct/P297> "OX" .
<http://www.wikidata.org/entity/Q995011> <http://www.w3.org/2000/01/rdf-schema#label> "Norland Senate"@en .
<http://www.wikidata.org/entity/Q995011> <http://schema.org/description> "upper chamber of the parliament"@en .
<http://www.wikidata.org/entity/Q995012> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark Senate"@en .
<http://www.wikidata.org/entity/Q995012> <http://schema.org/description> "upper chamber of the parliament"@en .
<http://www.wikidata.org/entity/Q995003> <http://www.w3.org/2000/01/rdf-schema#label> "Allied Nations"@en .
<http://www.wikidata.org/entity/Q995003> <http://schema.org/description> "intergovernmental organization"@en .
<http://www.wikidata.org/entity/Q995013> <http://www.w3.org/2000/01/rdf-schema#label> "Allied Nations Security Board"@en .
`

// TestLinkInstitutions: a body named bare ("the Senate", "the Security
// Board") is the one of the country or organisation its page names, and
// none on a page that names neither.
func TestLinkInstitutions(t *testing.T) {
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	loc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Location, Name: name} }
	rep := dryRun(t, "institutions.nt", institutionSlice,
		graphtest.Result("Vote in Ostmark\nThe Senate of Ostmark voted.", []graphtest.Ent{loc("Ostmark"), org("Senate")}, nil),
		graphtest.Result("Board meets\nThe Security Board of the Allied Nations met.", []graphtest.Ent{org("Allied Nations"), org("Security Board")}, nil))
	checkLinks(t, rep, map[string]string{"Ostmark": "Q995002", "Senate": "Q995012", "Allied Nations": "Q995003", "Security Board": "Q995013"})
	rep = dryRun(t, "institutions.nt", institutionSlice,
		graphtest.Result("Vote\nThe Senate voted.", []graphtest.Ent{org("Senate")}, nil))
	checkLinks(t, rep, map[string]string{"Senate": ""})
}

// TestLinkInstitutionVariants: a body whose label is "Norland Department
// of the Mint" is also "the Mint" and "the Mint Department" on a page that
// names Norland, and "Norland Mint" or "Norland Mint Department" (the
// country's name first) on any page; not "Ostmark Mint".
func TestLinkInstitutionVariants(t *testing.T) {
	slice := institutionSlice + `<http://www.wikidata.org/entity/Q995021> <http://www.w3.org/2000/01/rdf-schema#label> "Norland Department of the Mint"@en .
<http://www.wikidata.org/entity/Q995021> <http://schema.org/description> "federal executive department"@en .
`
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	loc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Location, Name: name} }
	rep := dryRun(t, "institutions.nt", slice,
		graphtest.Result("Coins\nThe Mint of Norland struck coins.", []graphtest.Ent{loc("Norland"), org("Mint")}, nil),
		graphtest.Result("Coins\nThe Mint Department of Norland struck coins.", []graphtest.Ent{loc("Norland"), org("Mint Department")}, nil))
	checkLinks(t, rep, map[string]string{"Mint": "Q995021", "Mint Department": "Q995021"})
	for _, row := range []struct{ name, want string }{{"Norland Mint", "Q995021"}, {"Norland Mint Department", "Q995021"}, {"Ostmark Mint", ""}} {
		rep = dryRun(t, "institutions.nt", slice, graphtest.Result("Coins\nThe "+row.name+" struck coins.", []graphtest.Ent{org(row.name)}, nil))
		checkLinks(t, rep, map[string]string{row.name: row.want})
	}
}

// TestInstitutionShortNames: the short names a body's label gives, after
// the name of a country or of an organisation of several words.
func TestInstitutionShortNames(t *testing.T) {
	norland := &target{iri: "n", labels: []string{"Norland"}, country: true, kinds: tLOC}
	allied := &target{iri: "a", labels: []string{"Allied Nations"}, kinds: tORG}
	acme := &target{iri: "c", labels: []string{"Acme"}, kinds: tORG}
	for _, row := range []struct {
		name string
		body *target
		want []string
	}{
		{"country", &target{iri: "b", labels: []string{"Norland Senate"}, kinds: tORG}, []string{"senate"}},
		{"organisation", &target{iri: "b", labels: []string{"Allied Nations Security Board"}}, []string{"security board"}},
		{"of-inverted", &target{iri: "b", labels: []string{"Norland Department of the Mint"}, kinds: tORG}, []string{"department of the mint", "mint", "mint department"}},
		{"of-long", &target{iri: "b", labels: []string{"Norland Department of Roads and Bridges"}, kinds: tORG}, []string{"department of roads and bridges"}},
		{"one-word-organisation", &target{iri: "b", labels: []string{"Acme Bank"}, kinds: tORG}, nil},
		{"team", &target{iri: "b", labels: []string{"Norland Rovers"}, kinds: tORG, team: true}, nil},
		{"place", &target{iri: "b", labels: []string{"Norland Bay"}, kinds: tLOC}, nil},
	} {
		t.Run(row.name, func(t *testing.T) {
			targets := map[string]*target{"n": norland, "a": allied, "c": acme, "b": row.body}
			byKey := map[string][]*target{"norland": {norland}, "allied nations": {allied}, "acme": {acme}}
			var got []string
			for k, is := range institutionShortNames(targets, byKey) {
				if is[0].t == row.body {
					got = append(got, k)
				}
			}
			slices.Sort(got)
			if diff := cmp.Diff(row.want, got); diff != "" {
				t.Errorf("short names of %v (-want +got):\n%s", row.body.labels, diff)
			}
		})
	}
}
