package explore

import (
	"context"
	"os"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/graph/storetest"
)

// The exploration benchmarks run on the store named by $KG_BENCH_DB (see
// docs/BENCHMARKS.md for how the 1M-quad store is built), else on the
// small made-up world.
func benchStore(b *testing.B) *graph.Store {
	b.Helper()
	path := os.Getenv("KG_BENCH_DB")
	if path == "" {
		return storetest.World(b)
	}
	s, err := graph.Open(context.Background(), path, &graph.Options{MustExist: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// exploreEntities returns up to n mentioned entities with between lo and hi
// documents, sorted by IRI.
func exploreEntities(b *testing.B, s *graph.Store, n, lo, hi int) []quad.IRI {
	b.Helper()
	x, err := s.EntityIndex(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	x.Mu.RLock()
	defer x.Mu.RUnlock()
	var out []quad.IRI
	for _, e := range x.Ents {
		if int(e.Docs) >= lo && int(e.Docs) <= hi && !vocab.IsDocumentPart(e.IRI) {
			out = append(out, quad.IRI(e.IRI))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	if len(out) > n {
		step := len(out) / n
		var picked []quad.IRI
		for i := 0; i < len(out) && len(picked) < n; i += step {
			picked = append(picked, out[i])
		}
		out = picked
	}
	if len(out) == 0 {
		b.Skip("no entities to benchmark")
	}
	return out
}

func BenchmarkExploreSearch(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	if _, err := Search(ctx, s, "warm up", nil); err != nil {
		b.Fatal(err)
	}
	queries := []string{"blair", "gordon brown", "tony blar", "manchester united", "chel", "microsoft", "wahsington", "european commission", "vantor", "orla"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Search(ctx, s, queries[i%len(queries)], nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExploreNeighbours(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	ents := exploreEntities(b, s, 200, 1, 1<<30)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Neighbours(ctx, s, ents[i%len(ents)], nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExploreNeighbourGizmo is the neighbour query as a user writes
// it: g.V(entity).Out().All() through Store.Query.
func BenchmarkExploreNeighbourGizmo(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	ents := exploreEntities(b, s, 200, 1, 1<<30)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := `g.V("<` + string(ents[i%len(ents)]) + `>").Both().All()`
		if err := s.Query(ctx, "gizmo", q, nil, func(any) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// pathPairs finds pairs of entities exactly d edges apart: from each
// source, one side of the search expanded d levels.
func pathPairs(b *testing.B, s *graph.Store, d, n int) [][2]quad.IRI {
	b.Helper()
	ctx := context.Background()
	var pairs [][2]quad.IRI
	x, _ := s.EntityIndex(ctx)
	for _, src := range exploreEntities(b, s, 400, 2, 20) {
		if len(pairs) >= n {
			break
		}
		w := newWalker(s, &PathOptions{MaxDegree: 100_000})
		r, err := s.Ref(src)
		if err != nil || r == nil {
			continue
		}
		w.refs[r.Key()] = r
		sd := newBFSSide[any](r.Key())
		for sd.level < d && len(sd.frontier) > 0 {
			if err := sd.expand(ctx, w.visit); err != nil {
				b.Fatal(err)
			}
		}
		var far []any
		for _, f := range sd.frontier {
			if v, ok := w.vals[f].(quad.IRI); ok {
				x.Mu.RLock()
				id, known := x.ByIRI[string(v)]
				ok := known && x.Ents[id].Docs > 0
				x.Mu.RUnlock()
				if ok {
					far = append(far, f)
				}
			}
		}
		if len(far) == 0 {
			continue
		}
		sort.Slice(far, func(i, j int) bool { return w.vals[far[i]].String() < w.vals[far[j]].String() })
		pairs = append(pairs, [2]quad.IRI{src, w.vals[far[len(far)/2]].(quad.IRI)})
	}
	if len(pairs) == 0 {
		b.Skipf("no pairs %d edges apart", d)
	}
	return pairs
}

func benchmarkPaths(b *testing.B, d int) {
	s := benchStore(b)
	ctx := context.Background()
	pairs := pathPairs(b, s, d, 20)
	b.ReportMetric(float64(len(pairs)), "pairs")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		paths, err := Paths(ctx, s, p[0], p[1], &PathOptions{MaxDepth: 4})
		if err != nil {
			b.Fatal(err)
		}
		if len(paths) == 0 || len(paths[0].Steps) != d {
			b.Fatalf("%s to %s: %d paths, want %d edges", p[0], p[1], len(paths), d)
		}
	}
}

func BenchmarkExplorePath3(b *testing.B) { benchmarkPaths(b, 3) }
func BenchmarkExplorePath4(b *testing.B) { benchmarkPaths(b, 4) }

func BenchmarkExploreCard(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	ents := exploreEntities(b, s, 200, 1, 1<<30)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := CardOf(ctx, s, ents[i%len(ents)], nil); err != nil {
			b.Fatal(err)
		}
	}
}
