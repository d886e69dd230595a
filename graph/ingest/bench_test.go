package ingest_test

import (
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/ingest"
	"github.com/kg-project/kg/internal/shareddata"
)

// BenchmarkBuild builds every fifth article of the BBC News corpus (445
// documents, in path order) into a fresh bbolt store with the default
// pipeline and options, as `kg build` does; the models are loaded once,
// outside the timing. docs/BENCHMARKS.md, "Build throughput and scale",
// has the figure. Run it with -benchtime 1x: one build takes tens of
// seconds.
func BenchmarkBuild(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(shareddata.Path(b, "news-bbc"), "bbc", "*", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(files)
	var paths []string
	for i := 0; i < len(files); i += 5 {
		paths = append(paths, files[i])
	}
	srcs, err := input.Expand(paths, nil)
	if err != nil {
		b.Fatal(err)
	}
	pipe, err := pipeline.New(nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var docs int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		store, err := graph.Open(ctx, filepath.Join(b.TempDir(), "kg.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		sum, err := (&ingest.Builder{Pipeline: pipe, Store: store}).Build(ctx, srcs)
		if err != nil {
			b.Fatal(err)
		}
		if err := store.Close(); err != nil {
			b.Fatal(err)
		}
		docs += sum.Stored + sum.Unchanged
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
}
