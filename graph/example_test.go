package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// Open a store, write one document's quads, and ask who works where.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "kg-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	s, err := graph.Open(ctx, filepath.Join(dir, "kg.db"), nil) // created on first use
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	doc := quad.IRI("https://kg.example/id/doc/1")
	ada := quad.IRI("https://kg.example/id/person/ada-example")
	org := quad.IRI("https://kg.example/id/org/example-labs")
	worksFor := quad.IRI(schema.SDO + "worksFor")
	quads := []quad.Quad{
		quad.Make(doc, quad.IRI(schema.Type), quad.IRI(schema.NewsArticle), nil),
		quad.Make(ada, quad.IRI(schema.Name), "Ada Example", nil),
		quad.Make(ada, worksFor, org, nil),
	}
	n, err := s.WriteDocument(ctx, doc, quads) // unlabelled quads get the document as label
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("added", n)
	n, _ = s.WriteDocument(ctx, doc, quads)
	fmt.Println("added again", n)

	q := `g.V().Has("<` + string(worksFor) + `>").Tag("person").Out("<` + string(worksFor) + `>").All()`
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false) // keep <iri> readable
	err = s.Query(ctx, "gizmo", q, nil, func(r any) error { return enc.Encode(r) })
	if err != nil {
		log.Fatal(err)
	}
	docs, err := s.Sources(ctx, ada, worksFor, org)
	fmt.Println(docs, err)
	// Output:
	// added 3
	// added again 0
	// {"id":"<https://kg.example/id/org/example-labs>","person":"<https://kg.example/id/person/ada-example>"}
	// [<https://kg.example/id/doc/1>] <nil>
}
