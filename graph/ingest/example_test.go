package ingest_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/ingest"
)

// ExampleBuilder builds a directory of articles into a new store, then
// builds it again: the second build finds every document stored.
func ExampleBuilder() {
	dir, err := os.MkdirTemp("", "ingest-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	articles := filepath.Join(dir, "articles")
	if err := os.Mkdir(articles, 0o755); err != nil {
		log.Fatal(err)
	}
	for name, text := range map[string]string{
		"norland.txt": "Ann Lee, the head of Acme, opened a plant in Harlow on Monday.",
		"ostmark.txt": "Bo Ek said Norland would sign a trade deal with Ostmark.",
	} {
		if err := os.WriteFile(filepath.Join(articles, name), []byte(text), 0o644); err != nil {
			log.Fatal(err)
		}
	}

	ctx := context.Background()
	srcs, err := input.Expand([]string{articles}, nil)
	if err != nil {
		log.Fatal(err)
	}
	pipe, err := pipeline.New(nil)
	if err != nil {
		log.Fatal(err)
	}
	store, err := graph.Open(ctx, filepath.Join(dir, "kg.db"), nil)
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	b := &ingest.Builder{Pipeline: pipe, Store: store, Options: ingest.Options{
		Report: func(it ingest.Item) {
			if it.Rejected != nil {
				fmt.Println("rejected:", it.Rejected)
			}
		},
	}}
	for range 2 {
		sum, err := b.Build(ctx, srcs)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d read: %d stored, %d already in the store\n", sum.Read, sum.Stored, sum.Unchanged)
	}
	// Output:
	// 2 read: 2 stored, 0 already in the store
	// 2 read: 0 stored, 2 already in the store
}
