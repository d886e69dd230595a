package pipeline_test

import (
	"context"
	"fmt"
	"log"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/schema"
)

// Example runs the library's main path: a text, then the extraction
// result (entities and the relations between them), then the quads a
// store holds (here only the relation's edge of them).
func Example() {
	p, err := pipeline.New(nil)
	if err != nil {
		log.Fatal(err)
	}
	doc := extract.Document{Text: "Bo Ek, the chief executive of Acme Industries, said on Monday that the company would open a plant in Harlow."}
	res, err := p.Extract(context.Background(), doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range res.Entities {
		typ := e.Type
		if e.Class != "" {
			typ += "/" + e.Class
		}
		fmt.Println("entity:", e.Name, typ)
	}
	for _, r := range res.Relations {
		fmt.Println("relation:", res.Entities[r.Subject].Name, r.Predicate, res.Entities[r.Object].Name)
	}
	for _, q := range schema.Quads(res, nil) {
		if q.Predicate == quad.IRI(schema.SDO+"worksFor") {
			fmt.Println("quad:", q.Subject, q.Predicate, q.Object)
		}
	}
	// Output:
	// entity: Bo Ek PER
	// entity: Acme Industries ORG/Corporation
	// entity: Harlow LOC/City
	// relation: Bo Ek http://schema.org/worksFor Acme Industries
	// quad: <https://kg.example/id/person/bo-ek> <http://schema.org/worksFor> <https://kg.example/id/organization/acme-industries>
}
