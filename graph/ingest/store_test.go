package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/ingest"
)

// TestBuildStore builds made-up articles into a real store with the
// default pipeline, twice: the second build adds nothing.
func TestBuildStore(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt": "Ann Lee, the chief executive of Acme, visited Harlow on Monday.",
		"b.txt": "Bo Ek said Norland would sign a trade deal with Ostmark.",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, err := input.Expand([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	pipe, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	store, err := graph.Open(ctx, filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	b := &ingest.Builder{Pipeline: pipe, Store: store, Options: ingest.Options{Workers: 2}}
	first, err := b.Build(ctx, srcs)
	if err != nil {
		t.Fatal(err)
	}
	if first.Stored != 2 || first.Quads == 0 || int64(first.Quads) != store.QuadCount(ctx) {
		t.Errorf("first build: %+v; the store holds %d quads", first, store.QuadCount(ctx))
	}
	again, err := b.Build(ctx, srcs)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ingest.Summary{Read: 2, Unchanged: 2, Workers: 2}, again); diff != "" {
		t.Errorf("second build (-want +got):\n%s", diff)
	}
}
