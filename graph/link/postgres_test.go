package link

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// TestLinkPostgres links and unlinks on the PostgreSQL backend, where the
// documents are written by the backend's own bulk writer (WriteDocuments)
// and the entity index is derived from the quads.
func TestLinkPostgres(t *testing.T) {
	addr := graphtest.PostgresURL(t)
	ctx := context.Background()
	s, err := graph.Open(ctx, addr, &graph.Options{Backend: "postgres"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var docs []graph.Document
	for _, r := range graphtest.World() {
		docs = append(docs, graph.Document{IRI: quad.IRI(schema.DocumentIRI(r.Doc.Text, nil)), Quads: schema.Quads(r, nil)})
	}
	if _, err := s.WriteDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	d := fileDataset("testdata/world.nt")
	importFile(t, s, d)
	rep, err := Run(ctx, s, []Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	right, wrong, missed, diffs := linkScore(rep.Links, readWant(t, "testdata/world.want"))
	if wrong+missed > 0 {
		t.Errorf("%d right, %d wrong, %d missed: %v", right, wrong, missed, diffs)
	}
	un, err := Unlink(ctx, s, nil)
	if err != nil || un.Links != len(rep.Links) {
		t.Errorf("unlink: %+v, %v", un, err)
	}
}
