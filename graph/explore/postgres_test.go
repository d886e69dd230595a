package explore

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/storetest"
	"github.com/kg-project/kg/schema"
)

// TestExplorePostgres runs search, paths and cards on the
// PostgreSQL backend, where the documents are written by the backend's own
// bulk writer (WriteDocuments) and the entity index is derived from the
// quads.
func TestExplorePostgres(t *testing.T) {
	ctx := context.Background()
	s := storetest.PostgresWorld(t)
	hits, err := Search(ctx, s, "vantr", nil)
	if err != nil || len(hits) == 0 || hits[0].IRI != quad.IRI(id+"place/vantor") {
		t.Fatalf("search: %+v, %v", hits, err)
	}
	paths, err := Paths(ctx, s, quad.IRI(id+"person/orla-quennell"), quad.IRI(id+"place/freland"), nil)
	if err != nil || len(paths) != 1 || len(paths[0].Steps) != 3 || len(paths[0].Steps[0][0].Sources) != 1 {
		t.Fatalf("paths: %+v, %v", paths, err)
	}
	c, err := CardOf(ctx, s, quad.IRI(id+"place/ostria"), nil)
	if err != nil || c.MentionCount != 3 || len(c.Relations) != 2 {
		t.Fatalf("card: %+v, %v", c, err)
	}
	// A document written after the index was built is found.
	extra := graphtest.Result("Quarry reopens\nThe Zebedee Quarry reopened.", []graphtest.Ent{{Type: "LOC", Name: "Zebedee Quarry"}}, nil)
	if _, err := s.WriteDocuments(ctx, []graph.Document{graphtestDocument(extra)}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := Search(ctx, s, "zebedee", nil); len(hits) != 1 {
		t.Errorf("search after a later write: %+v", hits)
	}
}

// graphtestDocument is a test result as WriteDocuments takes it.
func graphtestDocument(r *extract.Result) graph.Document {
	return graph.Document{IRI: quad.IRI(schema.DocumentIRI(r.Doc.Text, nil)), Quads: schema.Quads(r, nil)}
}
