package link

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
)

// initialsSlice is a made-up slice: an authority whose initials no other
// label shares, and two boards that share theirs.
const initialsSlice = `<http://www.wikidata.org/entity/Q995001> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark Rail Authority"@en .
<http://www.wikidata.org/entity/Q995001> <http://schema.org/description> "railway agency of Ostmark"@en .
<http://www.wikidata.org/entity/Q995002> <http://www.w3.org/2000/01/rdf-schema#label> "Pellam Harbour Board"@en .
<http://www.wikidata.org/entity/Q995003> <http://www.w3.org/2000/01/rdf-schema#label> "Pellam Hockey Board"@en .
`

// TestLinkInitials: an acronym is the one label it is the initials of, and
// nothing when two labels share them.
func TestLinkInitials(t *testing.T) {
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	rep := dryRun(t, "initials.nt", initialsSlice,
		graphtest.Result("Strike\nThe ORA said trains would run on Monday, and the PHB agreed.",
			[]graphtest.Ent{org("ORA"), org("PHB")}, nil))
	checkLinks(t, rep, map[string]string{"ORA": "Q995001", "PHB": ""})
	if in := initials("Organisation of the Ostmark Rail"); in != "oor" {
		t.Errorf("initials = %q", in)
	}
	for name, want := range map[string]string{"GMT": "gmt", "N.F.L.": "nfl", "UN": "", "Ostmark": "", "ABCDEF": ""} {
		if got := acronymKey(name); got != want {
			t.Errorf("acronymKey(%q) = %q, want %q", name, got, want)
		}
	}
}
