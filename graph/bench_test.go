package graph

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer, for the baseline
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/schema"
)

// Benchmarks run on synthetic documents shaped like kg build's output: 200
// quads each, about 20 entities drawn from a shared pool of 5,000 (so later
// documents reuse nodes, as news does), mentions and statement nodes.

const (
	benchDocQuads = 200
	benchEntities = 5000
	benchDocs     = 500 // documents in the shared store: 100,000 quads
)

// benchDoc returns the quads of synthetic document i (exactly benchDocQuads).
func benchDoc(i int) (quad.IRI, []quad.Quad) {
	doc := quad.IRI(fmt.Sprintf("https://kg.example/id/doc/%06d", i))
	ent := func(k int) quad.IRI {
		return quad.IRI(fmt.Sprintf("https://kg.example/id/e/%05d", (i*7919+k*104729)%benchEntities))
	}
	qs := make([]quad.Quad, 0, benchDocQuads)
	add := func(s quad.Value, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: doc})
	}
	add(doc, schema.Type, quad.IRI(schema.NewsArticle))
	add(doc, schema.Name, quad.String(fmt.Sprintf("Headline %d", i)))
	add(doc, schema.DatePub, quad.String("2024-03-22"))
	add(doc, schema.Source, quad.String(fmt.Sprintf("/news/%d.txt", i)))
	for k := 0; len(qs) < benchDocQuads; k++ {
		e := ent(k)
		switch k % 4 {
		case 0: // an entity: type and name
			add(e, schema.Type, quad.IRI(schema.PersonClass))
			add(e, schema.Name, quad.String("Name "+string(e[len(e)-5:])))
			add(doc, schema.Mentions, e)
		case 1, 2: // a mention
			m := quad.IRI(fmt.Sprintf("%s#char=%d,%d", string(doc), k*10, k*10+7))
			add(m, schema.Type, quad.IRI(schema.NIFPhrase))
			add(m, schema.AnchorOf, quad.String("mention"))
			add(m, schema.BeginIndex, quad.Int(k*10))
			add(m, schema.TaIdentRef, e)
		case 3: // an edge and its statement node
			o := ent(k + 1)
			st := quad.IRI(fmt.Sprintf("%s#stmt-%d", string(doc), k))
			add(e, "https://kg.example/ns#rel", o)
			add(st, schema.Type, quad.IRI(schema.Statement))
			add(st, schema.StmtSubject, e)
			add(st, schema.StmtPredicate, quad.IRI("https://kg.example/ns#rel"))
			add(st, schema.StmtObject, o)
			add(st, schema.Document, doc)
		}
	}
	return doc, qs[:benchDocQuads]
}

var shared struct {
	once sync.Once
	dir  string
	err  error
}

// sharedStore returns the path of a store holding benchDocs documents,
// built once per test binary run.
func sharedStore(b *testing.B) string {
	shared.once.Do(func() {
		shared.dir, shared.err = os.MkdirTemp("", "kg-bench-")
		if shared.err != nil {
			return
		}
		s, err := Open(context.Background(), filepath.Join(shared.dir, "kg.db"), &Options{NoSync: true})
		if err != nil {
			shared.err = err
			return
		}
		defer s.Close()
		for i := 0; i < benchDocs; i++ {
			doc, qs := benchDoc(i)
			if _, err := s.WriteDocument(context.Background(), doc, qs); err != nil {
				shared.err = err
				return
			}
		}
	})
	if shared.err != nil {
		b.Fatal(shared.err)
	}
	return filepath.Join(shared.dir, "kg.db")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
	os.Exit(code)
}

func openBench(b *testing.B, path string, opts *Options) *Store {
	s, err := Open(context.Background(), path, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

func reportQuads(b *testing.B, quads int) {
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
}

// BenchmarkWriteDocument writes 200-quad documents, one transaction each,
// into a fresh bbolt store (fsync on, as kg build runs), and compares with
// Cayley's own write paths on the same documents.
func BenchmarkWriteDocument(b *testing.B) {
	ctx := context.Background()
	b.Run("kg", func(b *testing.B) {
		s := openBench(b, filepath.Join(b.TempDir(), "kg.db"), nil)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			doc, qs := benchDoc(i)
			if _, err := s.WriteDocument(ctx, doc, qs); err != nil {
				b.Fatal(err)
			}
		}
		reportQuads(b, b.N*benchDocQuads)
	})
	b.Run("kg-bloom", func(b *testing.B) {
		s := openBench(b, filepath.Join(b.TempDir(), "kg.db"), &Options{BackendOptions: map[string]any{"no_bloom": false}})
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			doc, qs := benchDoc(i)
			if _, err := s.WriteDocument(ctx, doc, qs); err != nil {
				b.Fatal(err)
			}
		}
		reportQuads(b, b.N*benchDocQuads)
	})
	b.Run("kg-nosync", func(b *testing.B) {
		s := openBench(b, filepath.Join(b.TempDir(), "kg.db"), &Options{NoSync: true})
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			doc, qs := benchDoc(i)
			if _, err := s.WriteDocument(ctx, doc, qs); err != nil {
				b.Fatal(err)
			}
		}
		reportQuads(b, b.N*benchDocQuads)
	})
	// Baseline: Cayley's "single" quad writer, one AddQuadSet (one
	// ApplyDeltas, one transaction) per document, ignoring duplicates:
	// what cayley's HTTP write API does. No existence pre-check.
	b.Run("cayley-single-writer", func(b *testing.B) {
		s := openBench(b, filepath.Join(b.TempDir(), "kg.db"), nil)
		w, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_duplicate": true})
		if err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			_, qs := benchDoc(i)
			if err := w.AddQuadSet(qs); err != nil {
				b.Fatal(err)
			}
		}
		reportQuads(b, b.N*benchDocQuads)
	})
	// Baseline: `cayley load`: the store's bulk writer through
	// graph.NewWriter-style batching (10,000 quads a batch, a commit every
	// 200,000), no per-document atomicity.
	b.Run("cayley-load", func(b *testing.B) {
		s := openBench(b, filepath.Join(b.TempDir(), "kg.db"), nil)
		b.ResetTimer()
		qw, err := s.qs.NewQuadWriter()
		if err != nil {
			b.Fatal(err)
		}
		buf := make([]quad.Quad, 0, quad.DefaultBatch)
		for i := 0; i < b.N; i++ {
			_, qs := benchDoc(i)
			buf = append(buf, qs...)
			if len(buf) >= quad.DefaultBatch {
				if _, err := qw.WriteQuads(buf); err != nil {
					b.Fatal(err)
				}
				buf = buf[:0]
			}
		}
		if _, err := qw.WriteQuads(buf); err != nil {
			b.Fatal(err)
		}
		if err := qw.Close(); err != nil {
			b.Fatal(err)
		}
		reportQuads(b, b.N*benchDocQuads)
	})
}

// BenchmarkNeighbourQuery asks for the out-neighbours of one entity in a
// 100,000-quad store through Query (Gizmo, JSON results), against the same
// traversal through Cayley's path API directly.
func BenchmarkNeighbourQuery(b *testing.B) {
	ctx := context.Background()
	s := openBench(b, sharedStore(b), nil)
	ent := quad.IRI("https://kg.example/id/e/00000") // an entity of document 0
	b.Run("kg-gizmo", func(b *testing.B) {
		text := fmt.Sprintf(`g.V("<%s>").Out().All()`, string(ent))
		for i := 0; i < b.N; i++ {
			n := 0
			if err := s.Query(ctx, "gizmo", text, nil, func(any) error { n++; return nil }); err != nil {
				b.Fatal(err)
			}
			if n == 0 {
				b.Fatal("no results")
			}
		}
	})
	b.Run("cayley-path", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			n := 0
			err := path.StartPath(s.qs, ent).Out().Iterate(ctx).EachValue(s.qs, func(quad.Value) error { n++; return nil })
			if err != nil {
				b.Fatal(err)
			}
			if n == 0 {
				b.Fatal("no results")
			}
		}
	})
}

// BenchmarkExport writes the 100,000-quad store as N-Quads, sorted, against
// `cayley dump` (graph.NewQuadStoreReader to the same writer, store order).
func BenchmarkExport(b *testing.B) {
	ctx := context.Background()
	s := openBench(b, sharedStore(b), nil)
	total := benchDocs * benchDocQuads
	b.Run("kg-sorted", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := s.Export(ctx, io.Discard, nil); err != nil {
				b.Fatal(err)
			}
		}
		reportQuads(b, b.N*total)
	})
	b.Run("cayley-dump", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			qr := cgraph.NewQuadStoreReader(s.qs)
			w := nquads.NewWriter(io.Discard)
			if _, err := quad.Copy(w, qr); err != nil {
				b.Fatal(err)
			}
			qr.Close()
			w.Close()
		}
		reportQuads(b, b.N*total)
	})
}

// BenchmarkOpen opens the 100,000-quad store. Cayley's kv store scans every
// quad at open to fill a bloom filter unless "no_bloom" is set, as kg does by
// default.
func BenchmarkOpen(b *testing.B) {
	path := sharedStore(b)
	for _, c := range []struct {
		name string
		opts *Options
	}{
		{"kg", nil},
		{"cayley-bloom", &Options{BackendOptions: map[string]any{"no_bloom": false}}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s, err := Open(context.Background(), path, c.opts)
				if err != nil {
					b.Fatal(err)
				}
				s.Close()
			}
		})
	}
}

// BenchmarkWriteDocumentPaired alternates the same documents between kg's
// WriteDocument and Cayley's "single" writer (AddQuadSet: one ApplyDeltas
// per document), each into its own fresh store, timing each side apart. On
// a shared machine whose load drifts, the ratio is steadier than two
// separate benchmarks.
func BenchmarkWriteDocumentPaired(b *testing.B) {
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		nosync bool
	}{{"fsync", false}, {"nosync", true}} {
		b.Run(c.name, func(b *testing.B) {
			k := openBench(b, filepath.Join(b.TempDir(), "kg.db"), &Options{NoSync: c.nosync})
			cs := openBench(b, filepath.Join(b.TempDir(), "kg.db"), &Options{NoSync: c.nosync})
			w, err := cgraph.NewQuadWriter("single", cs.qs, cgraph.Options{"ignore_duplicate": true})
			if err != nil {
				b.Fatal(err)
			}
			var tk, tc time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				doc, qs := benchDoc(i)
				t0 := time.Now()
				if _, err := k.WriteDocument(ctx, doc, qs); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if err := w.AddQuadSet(qs); err != nil {
					b.Fatal(err)
				}
				tk, tc = tk+t1.Sub(t0), tc+time.Since(t1)
			}
			n := float64(b.N * benchDocQuads)
			b.ReportMetric(n/tk.Seconds(), "kg-quads/s")
			b.ReportMetric(n/tc.Seconds(), "cayley-quads/s")
			b.ReportMetric(tk.Seconds()/tc.Seconds(), "kg/cayley-time")
		})
	}
}
