package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/graph/graphtest"
)

// BenchmarkWriteDocuments writes 200-quad documents (benchDoc) into a fresh
// bbolt store in batches of docs documents per WriteDocuments call (one
// transaction each), with fsync per transaction or deferred to Close
// (nosync). b.N is the number of documents.
func BenchmarkWriteDocuments(b *testing.B) {
	ctx := context.Background()
	for _, nosync := range []bool{false, true} {
		for _, docs := range []int{1, 16, 64, 256, 1024} {
			name := fmt.Sprintf("fsync/batch-%d", docs)
			if nosync {
				name = fmt.Sprintf("nosync/batch-%d", docs)
			}
			b.Run(name, func(b *testing.B) {
				s, err := Open(ctx, filepath.Join(b.TempDir(), "kg.db"), &Options{NoSync: nosync})
				if err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
				batch := make([]Document, 0, docs)
				flush := func() {
					if _, err := s.WriteDocuments(ctx, batch); err != nil {
						b.Fatal(err)
					}
					batch = batch[:0]
				}
				for i := 0; i < b.N; i++ {
					doc, qs := benchDoc(i)
					batch = append(batch, Document{IRI: doc, Quads: qs})
					if len(batch) == docs {
						flush()
					}
				}
				flush()
				if err := s.Close(); err != nil { // syncs when nosync
					b.Fatal(err)
				}
				reportQuads(b, b.N*benchDocQuads)
			})
		}
	}
}

// replayDocs reads the N-Quads file named by $KG_BENCH_NQ (an export of a
// store built by kg build) and groups its quads into documents by label, in
// label order. It skips the benchmark when the variable is not set.
func replayDocs(b *testing.B) ([]Document, int) {
	path := os.Getenv("KG_BENCH_NQ")
	if path == "" {
		b.Skip("set KG_BENCH_NQ to an N-Quads export of a kg store (see docs/BENCHMARKS.md)")
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	r := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	byDoc := map[quad.Value][]quad.Quad{}
	var order []quad.Value
	n := 0
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			b.Fatal(err)
		}
		if _, ok := byDoc[q.Label]; !ok {
			order = append(order, q.Label)
		}
		byDoc[q.Label] = append(byDoc[q.Label], q)
		n++
	}
	sort.Slice(order, func(i, j int) bool { return order[i].String() < order[j].String() })
	docs := make([]Document, len(order))
	for i, l := range order {
		iri, _ := l.(quad.IRI)
		docs[i] = Document{IRI: iri, Quads: byDoc[l]}
	}
	return docs, n
}

// BenchmarkReplay writes the documents of $KG_BENCH_NQ into a fresh store
// with WriteDocuments, in batches as kg build forms them (at most docs
// documents and 25,000 quads each; "all" is one transaction). One iteration
// writes every document. Compare with `cayley load` of the same file
// (bench/scale.sh does both).
func BenchmarkReplay(b *testing.B) {
	docs, total := replayDocs(b)
	ctx := context.Background()
	for _, c := range []struct {
		name   string
		docs   int
		quads  int
		nosync bool
		bloom  bool
	}{
		{"batch-128-20k", 128, 20_000, false, false},
		{"batch-128-20k-bloom", 128, 20_000, false, true},
		{"batch-1", 1, 1 << 30, false, false},
		{"batch-128", 128, 25_000, false, false},
		{"batch-128-10k", 128, 10_000, false, false},
		{"batch-128-100k", 128, 100_000, false, false},
		{"batch-1024-250k", 1024, 250_000, false, false},
		{"batch-128-nosync", 128, 25_000, true, false},
		{"batch-1024-250k-nosync", 1024, 250_000, true, false},
	} {
		b.Run(c.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				dir := b.TempDir()
				b.StartTimer()
				o := &Options{NoSync: c.nosync}
				if c.bloom {
					o.BackendOptions = map[string]any{"no_bloom": false}
				}
				s, err := Open(ctx, filepath.Join(dir, "kg.db"), o)
				if err != nil {
					b.Fatal(err)
				}
				eachBatch(docs, c.docs, c.quads, func(batch []Document) {
					if _, err := s.WriteDocuments(ctx, batch); err != nil {
						b.Fatal(err)
					}
				})
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
			}
			reportQuads(b, b.N*total)
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
		})
	}
}

// BenchmarkReplayPostgres writes the documents of $KG_BENCH_NQ into a fresh
// schema of the PostgreSQL database $KG_TEST_POSTGRES with WriteDocuments:
// batches of 128 documents (at most 25,000 quads) on WriteConcurrency
// connections at once, as kg build does; and, for comparison, through
// Cayley's own ApplyDeltas (what `cayley load` and Cayley's write API use: a
// statement per node and per quad), one transaction per document.
func BenchmarkReplayPostgres(b *testing.B) {
	docs, total := replayDocs(b)
	ctx := context.Background()
	for _, bound := range []struct {
		name  string
		quads int
	}{{"kg-batched", 25_000}, {"kg-batched-10k", 10_000}, {"kg-batched-5k", 5_000}} {
		b.Run(bound.name, func(b *testing.B) { replayPostgresBatched(b, docs, total, bound.quads) })
	}
	b.Run("cayley-applydeltas", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			addr := graphtest.PostgresURL(b)
			b.StartTimer()
			s, err := Open(ctx, addr, &Options{Backend: "postgres"})
			if err != nil {
				b.Fatal(err)
			}
			for _, d := range docs {
				deltas := make([]cgraph.Delta, len(d.Quads))
				for k, q := range d.Quads {
					deltas[k] = cgraph.Delta{Quad: q, Action: cgraph.Add}
				}
				if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
					b.Fatal(err)
				}
			}
			s.Close()
		}
		reportQuads(b, b.N*total)
	})
}

// BenchmarkIncremental writes 10 new documents (one WriteDocuments batch,
// as kg build writes a small addition) into stores already holding 1,000,
// 10,000 and 100,000 synthetic documents (benchDoc: 200 quads each, 20
// million quads at the largest). The stores are built once into
// $KG_BENCH_DIR (default: the system's temporary directory) and kept, since
// the largest takes several minutes; each iteration copies nothing and adds
// 10 documents never written before.
func BenchmarkIncremental(b *testing.B) {
	dir := os.Getenv("KG_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	ctx := context.Background()
	for _, size := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("store-%d", size), func(b *testing.B) {
			path := filepath.Join(dir, fmt.Sprintf("kg-incremental-%d.db", size))
			if _, err := os.Stat(filepath.Join(path, "indexes.bolt")); err != nil {
				s, err := Open(ctx, path+".tmp", &Options{NoSync: true})
				if err != nil {
					b.Fatal(err)
				}
				var batch []Document
				for i := 0; i < size; i++ {
					doc, qs := benchDoc(i)
					batch = append(batch, Document{IRI: doc, Quads: qs})
					if len(batch) == 128 || i == size-1 {
						if _, err := s.WriteDocuments(ctx, batch); err != nil {
							b.Fatal(err)
						}
						batch = batch[:0]
					}
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				if err := os.Rename(path+".tmp", path); err != nil {
					b.Fatal(err)
				}
			}
			s, err := Open(ctx, path, nil)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			next := size + 1_000_000 + int(time.Now().UnixNano()%1_000_000)*100 // unseen documents
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				batch := make([]Document, 10)
				for k := range batch {
					doc, qs := benchDoc(next)
					next++
					batch[k] = Document{IRI: doc, Quads: qs}
				}
				res, err := s.WriteDocuments(ctx, batch)
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range res {
					if r.Present {
						b.Fatal("document already present")
					}
				}
			}
		})
	}
}

// replayPostgresBatched writes docs as kg build does on PostgreSQL: batches
// of up to 128 documents or maxQuads quads, on the store's connections.
func replayPostgresBatched(b *testing.B, docs []Document, total, maxQuads int) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		addr := graphtest.PostgresURL(b)
		b.StartTimer()
		s, err := Open(ctx, addr, &Options{Backend: "postgres"})
		if err != nil {
			b.Fatal(err)
		}
		batches := make(chan []Document)
		var wg sync.WaitGroup
		for w := 0; w < s.WriteConcurrency(); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for batch := range batches {
					if _, err := s.WriteDocuments(ctx, batch); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		eachBatch(docs, 128, maxQuads, func(batch []Document) { batches <- batch })
		close(batches)
		wg.Wait()
		s.Close()
	}
	reportQuads(b, b.N*total)
}

// eachBatch calls fn with docs in order, in batches of up to maxDocs
// documents that stop at the first to reach maxQuads quads, as kg build
// forms them; each batch is a new slice.
func eachBatch(docs []Document, maxDocs, maxQuads int, fn func([]Document)) {
	var batch []Document
	nq := 0
	for _, d := range docs {
		batch = append(batch, d)
		nq += len(d.Quads)
		if len(batch) >= maxDocs || nq >= maxQuads {
			fn(batch)
			batch, nq = nil, 0
		}
	}
	fn(batch)
}
