package graph

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/internal/entindex"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// TestIndexKeptUpToDate checks the entity index journal: built by the
// first search, appended to by writes, reloaded by the next process, and
// rebuilt when the store was changed around it.
func TestIndexKeptUpToDate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := graphtest.World()
	graphtest.Write(t, s, w[0])
	journal := filepath.Join(path, "kg-entities.idx")
	// The first write into the empty store started the journal: no scan.
	x, ok := entindex.LoadIndex(journal, s.quadCount(ctx))
	if !ok {
		t.Fatal("no journal after the first write")
	}
	if _, ok := x.ByIRI[id+"person/orla-quennell"]; !ok {
		t.Fatal("the journal started by the first write lacks its names")
	}
	if hits := indexedNames(t, s, "ilse marrow"); len(hits) != 0 {
		t.Fatalf("found a person not yet written: %+v", hits)
	}
	graphtest.Write(t, s, w[1]) // through WriteDocument: applied in memory and appended
	if hits := indexedNames(t, s, "ilse marrow"); len(hits) == 0 {
		t.Fatal("a person written after the index was built is not found")
	}
	s.Close()

	// A new process loads the journal, which matches the store.
	s, err = Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	x, ok = entindex.LoadIndex(journal, s.quadCount(ctx))
	if !ok {
		t.Fatal("journal does not match the store after writes through the Store")
	}
	if _, ok := x.ByIRI[id+"person/ilse-marrow"]; !ok {
		t.Error("journal lacks the person written after it was made")
	}
	// A write around the Store (Cayley directly) makes it stale: rebuilt.
	z := quad.Make(quad.IRI("https://example.org/z"), quad.IRI(schema.Name), "Zebedee Quarry", nil)
	if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: z, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	hits := indexedNames(t, s, "zebedee")
	if len(hits) != 1 {
		t.Errorf("after a write around the store: %+v", hits)
	}
	// Removing quads removes names.
	if _, err := s.Delete(ctx, []quad.Quad{quad.Make(quad.IRI("https://example.org/z"), quad.IRI(schema.Name), "Zebedee Quarry", nil)}); err != nil {
		t.Fatal(err)
	}
	if hits := indexedNames(t, s, "zebedee"); len(hits) != 0 {
		t.Errorf("a deleted name is still found: %+v", hits)
	}
	s.Close()
	// A damaged journal is rebuilt, not trusted.
	if err := os.WriteFile(journal, []byte("garbage\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if hits := indexedNames(t, s, "orla"); len(hits) == 0 {
		t.Error("search after a damaged journal found nothing")
	}
}

// BenchmarkExploreIndexLoad is the first search of a process: loading the
// entity index journal.
func BenchmarkExploreIndexLoad(b *testing.B) {
	s := indexBenchStore(b)
	ctx := context.Background()
	if _, err := s.EntityIndex(ctx); err != nil {
		b.Fatal(err)
	}
	path, n := s.indexFile(), s.quadCount(ctx)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := entindex.LoadIndex(path, n); !ok {
			b.Fatal("journal does not match the store")
		}
	}
}

const id = schema.DefaultBase

// worldStore returns a store holding graphtest.World.
func worldStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	graphtest.Write(t, s, graphtest.World()...)
	return s
}

// indexBenchStore is the store of BenchmarkExploreIndexLoad: the one named
// by $KG_BENCH_DB (see docs/BENCHMARKS.md), else the small made-up world.
func indexBenchStore(b *testing.B) *Store {
	b.Helper()
	path := os.Getenv("KG_BENCH_DB")
	if path == "" {
		return worldStore(b)
	}
	s, err := Open(context.Background(), path, &Options{MustExist: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// indexedNames returns the IRIs of the entity index's nodes with a name
// that has every token of text.
func indexedNames(t *testing.T, s *Store, text string) []string {
	t.Helper()
	x, err := s.EntityIndex(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	x.Mu.RLock()
	defer x.Mu.RUnlock()
	want := vocab.NameTokens(text)
	var out []string
	for _, e := range x.Ents {
		for _, n := range e.Names {
			if en := x.Entries[n]; !en.Dead && containsAll(en.Toks, want) {
				out = append(out, e.IRI)
				break
			}
		}
	}
	return out
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}
