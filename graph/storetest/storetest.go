package storetest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// Open returns a new store in a temporary directory, closed (and the
// error of closing it reported) when the test ends.
func Open(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// World returns a new temporary store holding graphtest.World.
func World(t testing.TB) *graph.Store {
	t.Helper()
	s := Open(t)
	graphtest.Write(t, s, graphtest.World()...)
	return s
}

// FileGraph is the graph IRI of an RDF file, as kg import and kg link
// give it: its file: URI.
func FileGraph(path string) quad.IRI {
	abs, _ := filepath.Abs(path)
	return quad.IRI("file://" + filepath.ToSlash(abs))
}

// Import imports the RDF file at path into s under the graph label.
func Import(t testing.TB, s *graph.Store, path string, label quad.IRI) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := s.Import(context.Background(), f, &graph.ImportOptions{Name: path, Label: label}); err != nil {
		t.Fatal(err)
	}
}

// PostgresWorld opens the PostgreSQL store of graphtest.PostgresURL (the
// test is skipped without one) and writes graphtest.World into it with
// the backend's bulk writer (WriteDocuments).
func PostgresWorld(t testing.TB) *graph.Store {
	t.Helper()
	addr := graphtest.PostgresURL(t)
	ctx := context.Background()
	s, err := graph.Open(ctx, addr, &graph.Options{Backend: "postgres"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var docs []graph.Document
	for _, r := range graphtest.World() {
		docs = append(docs, graph.Document{IRI: quad.IRI(schema.DocumentIRI(r.Doc.Text, nil)), Quads: schema.Quads(r, nil)})
	}
	if _, err := s.WriteDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	return s
}
