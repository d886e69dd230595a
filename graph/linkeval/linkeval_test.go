package linkeval

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/linkgold"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/storetest"
	"github.com/kg-project/kg/schema"
)

// nameFinder finds the people it knows by name, each a mention of its own
// entity; a text holding "broken" fails.
type nameFinder struct{ names []string }

func (f nameFinder) Extract(_ context.Context, doc extract.Document) (*extract.Result, error) {
	if strings.Contains(doc.Text, "broken") {
		return nil, errors.New("fake: broken")
	}
	res := &extract.Result{Doc: doc}
	for _, n := range f.names {
		i := strings.Index(doc.Text, n)
		if i < 0 {
			continue
		}
		e := len(res.Entities)
		res.Mentions = append(res.Mentions, extract.Mention{Start: i, End: i + len(n), Text: n, Type: extract.Person, Entity: e})
		res.Entities = append(res.Entities, extract.Entity{Name: n, Type: extract.Person, Key: strings.ToLower(n), Mentions: []int{len(res.Mentions) - 1}})
	}
	return res, nil
}

// gold is two made-up documents: Dana Arvel is to be linked right, Boris
// Brannock wrongly, Cora Venn not at all; Lima's item is not held, and no
// mention is found over "Vell".
const gold = `{"text": "Dana Arvel met Boris Brannock in Lima.", "labels": [` +
	`{"span": [0, 10], "entity_id": "Q900001"}, {"span": [15, 29], "entity_id": "Q900002"}, {"span": [33, 37], "entity_id": "Q900003"}]}
{"text": "Cora Venn left Vell.", "labels": [{"span": [0, 9], "entity_id": "Q900004"}, {"span": [15, 19], "entity_id": "Q900005"}]}
`

func TestBuildScore(t *testing.T) {
	ctx := context.Background()
	docs, err := linkgold.Read(strings.NewReader(gold), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	s := storetest.Open(t)
	results, err := Build(ctx, s, nameFinder{[]string{"Dana Arvel", "Boris Brannock", "Cora Venn"}}, docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		has, err := s.HasDocument(ctx, quad.IRI(schema.DocumentIRI(d.Text, nil)))
		if err != nil || !has {
			t.Errorf("document %d stored: %v, %v", i, has, err)
		}
		if results[i].Doc.Text != d.Text {
			t.Errorf("result %d is of %q", i, results[i].Doc.Text)
		}
	}
	// What package link would write.
	var links strings.Builder
	for name, qid := range map[string]string{"Dana Arvel": "Q900001", "Boris Brannock": "Q900009"} {
		fmt.Fprintf(&links, "<%s> <%s> <%s%s> .\n", schema.EntityIRI(extract.Person, strings.ToLower(name), nil), schema.SameAs, schema.WD, qid)
	}
	if _, err := s.Import(ctx, strings.NewReader(links.String()), &graph.ImportOptions{Name: "links"}); err != nil {
		t.Fatal(err)
	}
	held := map[string]bool{"Q900001": true, "Q900002": true, "Q900004": true, "Q900005": true, "Q900009": true}
	rep, err := Score(ctx, s, docs, results, held)
	if err != nil {
		t.Fatal(err)
	}
	got := []int{rep.Labels, rep.NoItem, rep.NotHeld, rep.Right, rep.Wrong, rep.NotLinked, rep.NotFound}
	if want := []int{5, 0, 1, 1, 1, 1, 1}; !slices.Equal(got, want) {
		t.Errorf("labels, no item, not held, right, wrong, not linked, not found: %v, want %v", got, want)
	}
}

func TestBuildError(t *testing.T) {
	ctx := context.Background()
	docs := []linkgold.Doc{{Name: "a:1", Text: "Dana Arvel spoke."}, {Name: "a:2", Text: "a broken text"}}
	s := storetest.Open(t)
	if _, err := Build(ctx, s, nameFinder{}, docs); err == nil || err.Error() != "fake: broken" {
		t.Errorf("got %v, want the extractor's error as it is", err)
	}
}
