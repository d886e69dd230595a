package linkeval

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/linkgold"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/ingest"
	"github.com/kg-project/kg/schema"
)

// batchDocs is the number of documents Build writes in one transaction.
const batchDocs = 100

// Build extracts the gold documents with x and writes their quads to s,
// batchDocs documents a transaction, as 'kg build' would store them (with
// the default schema.Options). It returns the Results, in the order of
// docs, for Score. Errors of x and s are returned as they are.
func Build(ctx context.Context, s *graph.Store, x ingest.Extractor, docs []linkgold.Doc) ([]*extract.Result, error) {
	sopts := &schema.Options{}
	results := make([]*extract.Result, len(docs))
	var batch []graph.Document
	for i := range docs {
		doc := extract.Document{Text: docs[i].Text, Source: docs[i].Name}
		res, err := x.Extract(ctx, doc)
		if err != nil {
			return nil, err
		}
		results[i] = res
		batch = append(batch, graph.Document{IRI: quad.IRI(schema.DocumentIRI(doc.Text, sopts)), Quads: schema.Quads(res, sopts)})
		if len(batch) == batchDocs || i == len(docs)-1 {
			if _, err := s.WriteDocuments(ctx, batch); err != nil {
				return nil, err
			}
			batch = batch[:0]
		}
	}
	return results, nil
}

// Score scores the links of the entities of the gold documents: results
// are their Results, as Build returned them; held holds the QIDs of the
// items the linking datasets hold (linkgold.HeldItems). An entity's links
// are the owl:sameAs into Wikidata that s holds for its IRI, made by
// package link or by extraction.
func Score(ctx context.Context, s *graph.Store, docs []linkgold.Doc, results []*extract.Result, held map[string]bool) (*linkgold.Report, error) {
	links, err := wikidataLinks(ctx, s)
	if err != nil {
		return nil, err
	}
	sopts := &schema.Options{}
	rep := &linkgold.Report{}
	for i := range docs {
		res := results[i]
		rep.Add(&docs[i], res, func(qid string) bool { return held[qid] }, func(e int) []string {
			return links[schema.EntityIRI(res.Entities[e].Type, res.Entities[e].Key, sopts)]
		})
	}
	return rep, nil
}

// wikidataLinks returns the QIDs of every owl:sameAs into Wikidata in s,
// by subject IRI.
func wikidataLinks(ctx context.Context, s *graph.Store) (map[string][]string, error) {
	links := map[string][]string{}
	q := fmt.Sprintf(`g.V().Tag("e").Out("<%s>").Tag("t").All()`, schema.SameAs)
	err := s.Query(ctx, "gizmo", q, nil, func(v any) error {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		e, _ := m["e"].(string)
		t, _ := m["t"].(string)
		t = strings.Trim(t, "<>")
		if qid, ok := strings.CutPrefix(t, schema.WD); ok {
			e = strings.Trim(e, "<>")
			links[e] = append(links[e], qid)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return links, nil
}
