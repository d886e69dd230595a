package graph

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// TestExplorePostgres runs search, paths, cards and linking on the
// PostgreSQL backend, where the documents are written by the backend's own
// bulk writer (WriteDocuments) and the entity index is derived from the
// quads.
func TestExplorePostgres(t *testing.T) {
	addr := graphtest.PostgresURL(t)
	ctx := context.Background()
	s, err := Open(ctx, addr, &Options{Backend: "postgres"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var docs []Document
	for _, r := range graphtest.World() {
		docs = append(docs, graphtestDocument(r))
	}
	if _, err := s.WriteDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "vantr", nil)
	if err != nil || len(hits) == 0 || hits[0].IRI != quad.IRI(id+"place/vantor") {
		t.Fatalf("search: %+v, %v", hits, err)
	}
	paths, err := s.Paths(ctx, quad.IRI(id+"person/orla-quennell"), quad.IRI(id+"place/freland"), nil)
	if err != nil || len(paths) != 1 || len(paths[0].Steps) != 3 || len(paths[0].Steps[0][0].Sources) != 1 {
		t.Fatalf("paths: %+v, %v", paths, err)
	}
	c, err := s.Card(ctx, quad.IRI(id+"place/ostria"), nil)
	if err != nil || c.MentionCount != 3 || len(c.Relations) != 2 {
		t.Fatalf("card: %+v, %v", c, err)
	}
	d := fileDataset("testdata/link/world.nt")
	importFile(t, s, d)
	rep, err := s.Link(ctx, []Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	right, wrong, missed, diffs := linkScore(rep.Links, readWant(t, "testdata/link/world.want"))
	if wrong+missed > 0 {
		t.Errorf("%d right, %d wrong, %d missed: %v", right, wrong, missed, diffs)
	}
	un, err := s.Unlink(ctx, nil)
	if err != nil || un.Links != len(rep.Links) {
		t.Errorf("unlink: %+v, %v", un, err)
	}
	// A document written after the index was built is found.
	extra := graphtest.Result("Quarry reopens\nThe Zebedee Quarry reopened.", []graphtest.Ent{{Type: "LOC", Name: "Zebedee Quarry"}}, nil)
	if _, err := s.WriteDocuments(ctx, []Document{graphtestDocument(extra)}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.Search(ctx, "zebedee", nil); len(hits) != 1 {
		t.Errorf("search after a later write: %+v", hits)
	}
}

// graphtestDocument is a test result as WriteDocuments takes it.
func graphtestDocument(r *extract.Result) Document {
	return Document{IRI: quad.IRI(schema.DocumentIRI(r.Doc.Text, nil)), Quads: schema.Quads(r, nil)}
}
