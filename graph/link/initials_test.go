package link

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
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
	ctx := context.Background()
	s, err := graph.Open(ctx, filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	graphtest.Write(t, s,
		graphtest.Result("Strike\nThe ORA said trains would run on Monday, and the PHB agreed.",
			[]graphtest.Ent{org("ORA"), org("PHB")}, nil))
	d := Dataset{Graph: "file:///data/initials.nt", Name: "initials.nt", Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(initialsSlice)), nil }}
	rep, err := Run(ctx, s, []Dataset{d}, &Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range rep.Links {
		got[l.EntityName] = strings.TrimPrefix(string(l.Target), "http://www.wikidata.org/entity/")
	}
	want := map[string]string{"ORA": "Q995001", "PHB": ""}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s linked to %q, want %q (links %+v)", name, got[name], w, rep.Links)
		}
	}
	if in := initials("Organisation of the Ostmark Rail"); in != "oor" {
		t.Errorf("initials = %q", in)
	}
	for name, want := range map[string]string{"GMT": "gmt", "N.F.L.": "nfl", "UN": "", "Ostmark": "", "ABCDEF": ""} {
		if got := acronymKey(name); got != want {
			t.Errorf("acronymKey(%q) = %q, want %q", name, got, want)
		}
	}
}
