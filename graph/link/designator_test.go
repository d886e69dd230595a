package link

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
)

func TestDesignatorForms(t *testing.T) {
	tests := []struct {
		name, key, full, short string
		ok                     bool
	}{
		{"co", "acme co", "acme company", "acme", true},
		{"corp", "vell power corp", "vell power corporation", "vell power", true},
		{"inc", "tarvik inc", "tarvik incorporated", "tarvik", true},
		{"ltd", "pellam ltd", "pellam limited", "pellam", true},
		{"designator alone", "corp", "", "", false},
		{"no designator", "acme holdings", "", "", false},
		{"designator first", "co acme", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full, short, ok := designatorForms(tt.key)
			if full != tt.full || short != tt.short || ok != tt.ok {
				t.Errorf("designatorForms(%q) = %q, %q, %v; want %q, %q, %v", tt.key, full, short, ok, tt.full, tt.short, tt.ok)
			}
		})
	}
}

// TestLinkDesignator: a company's name with an abbreviated designator is
// its label spelled out ("Acme Co." for Acme Company) or without it
// ("Vell Power Corp." for Vell Power); a town named like the rest is no
// company ("Harlow Ltd." is not Harlow).
func TestLinkDesignator(t *testing.T) {
	const data = `<http://www.wikidata.org/entity/Q997001> <http://www.w3.org/2000/01/rdf-schema#label> "Acme"@en .
<http://www.wikidata.org/entity/Q997001> <http://www.w3.org/2004/02/skos/core#altLabel> "Acme Company"@en .
<http://www.wikidata.org/entity/Q997001> <http://schema.org/description> "Norlandish holding company"@en .
<http://www.wikidata.org/entity/Q997002> <http://www.w3.org/2000/01/rdf-schema#label> "Vell Power"@en .
<http://www.wikidata.org/entity/Q997002> <http://schema.org/description> "Ostmark energy company"@en .
<http://www.wikidata.org/entity/Q997003> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow"@en .
<http://www.wikidata.org/entity/Q997003> <http://schema.org/description> "town in Norland"@en .
`
	rep := dryRun(t, "designator.nt", data,
		graphtest.Result("Deal\nAcme Co. bought Vell Power Corp. on Monday. Harlow Ltd. was not part of the deal.",
			[]graphtest.Ent{{Type: extract.Organization, Name: "Acme Co."}, {Type: extract.Organization, Name: "Vell Power Corp."}, {Type: extract.Organization, Name: "Harlow Ltd."}}, nil))
	checkLinks(t, rep, map[string]string{"Acme Co.": "Q997001", "Vell Power Corp.": "Q997002", "Harlow Ltd.": ""})
}
