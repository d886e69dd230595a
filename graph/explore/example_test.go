package explore_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/graph/graphtest"
)

// exampleStore opens a temporary store holding graphtest.World, a small
// made-up world of three articles.
func exampleStore() (*graph.Store, func()) {
	dir, err := os.MkdirTemp("", "kg-example-")
	if err != nil {
		log.Fatal(err)
	}
	s, err := graph.Open(context.Background(), filepath.Join(dir, "kg.db"), nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range graphtest.World() {
		if err := graphtest.WriteResult(context.Background(), s, r); err != nil {
			log.Fatal(err)
		}
	}
	return s, func() { s.Close(); os.RemoveAll(dir) }
}

// Search finds entities by name or alias, forgiving typos.
func ExampleSearch() {
	s, done := exampleStore()
	defer done()
	hits, err := explore.Search(context.Background(), s, "brigthwater", nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range hits {
		fmt.Println(h.IRI, h.Name, h.Documents)
	}
	// Output:
	// <https://kg.example/id/organization/brightwater-institute> Brightwater Institute 1
}

// Paths finds the shortest chains of relations between two entities, with
// the documents that support each edge.
func ExamplePaths() {
	s, done := exampleStore()
	defer done()
	ctx := context.Background()
	from, _ := explore.Resolve(ctx, s, "Orla Quennell")
	to, _ := explore.Resolve(ctx, s, "Freland")
	paths, err := explore.Paths(ctx, s, from, to, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, p := range paths {
		fmt.Println(p.Nodes[0].Name)
		for i, step := range p.Steps {
			for _, l := range step {
				fmt.Printf("  %s (%d source)\n", l.Predicate, len(l.Sources))
			}
			fmt.Println(p.Nodes[i+1].Name)
		}
	}
	// Output:
	// Orla Quennell
	//   <http://schema.org/worksFor> (1 source)
	// Brightwater Institute
	//   <http://schema.org/location> (1 source)
	// Vantor
	//   <http://schema.org/containedInPlace> (1 source)
	// Freland
}
