package ingest

import (
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// documentIRI is the IRI Build gives a document of text.
func documentIRI(text string) quad.IRI { return quad.IRI(schema.DocumentIRI(text, nil)) }
