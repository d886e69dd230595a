package link

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/storetest"
)

// dryRun writes results into a new store and links them, without
// writing, against a made-up slice (its text, under the file name name).
func dryRun(t *testing.T, name, slice string, results ...*extract.Result) *Report {
	t.Helper()
	s := storetest.Open(t)
	graphtest.Write(t, s, results...)
	d := Dataset{Graph: quad.IRI("file:///data/" + name), Name: name, Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(slice)), nil }}
	rep, err := Run(context.Background(), s, []Dataset{d}, &Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// checkLinks checks that each entity name of want is linked to the
// Wikidata item it gives ("" for none).
func checkLinks(t *testing.T, rep *Report, want map[string]string) {
	t.Helper()
	got := linkedItems(rep)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s linked to %q, want %q (links %+v)", name, got[name], w, rep.Links)
		}
	}
}

// linkedItems returns the Wikidata id each entity of rep was linked to,
// by the entity's name.
func linkedItems(rep *Report) map[string]string {
	got := map[string]string{}
	for _, l := range rep.Links {
		got[l.EntityName] = strings.TrimPrefix(string(l.Target), "http://www.wikidata.org/entity/")
	}
	return got
}
