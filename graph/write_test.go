package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/schema"
)

// nodeCount returns the number of nodes the backend counts (kv stores keep
// a node while its reference count is positive).
func nodeCount(t *testing.T, s *Store) int64 {
	t.Helper()
	st, err := s.qs.Stats(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	return st.Nodes.Value
}

func TestWriteDocuments(t *testing.T) {
	ctx := context.Background()
	doc := func(i int) quad.IRI { return quad.IRI(fmt.Sprintf("https://kg.example/doc/%d", i)) }
	one := openTemp(t)   // documents written one at a time
	batch := openTemp(t) // the same in batches
	if _, err := one.WriteDocument(ctx, doc(1), docQuads(doc(1), alice, false)); err != nil {
		t.Fatal(err)
	}
	if _, err := batch.WriteDocument(ctx, doc(1), docQuads(doc(1), alice, false)); err != nil {
		t.Fatal(err)
	}
	q2 := docQuads(doc(2), bob, true)
	q2 = append(q2, q2[0]) // a repeat within the document
	// A quad with another label, also in the store's other document: kept
	// out by the existence check.
	q2 = append(q2, quad.Make(doc(1), iri(schema.Name), "A made-up headline", doc(1)))
	q3 := docQuads(doc(3), alice, false)
	got, err := batch.WriteDocuments(ctx, []Document{
		{IRI: doc(1), Quads: docQuads(doc(1), alice, false)}, // already stored
		{IRI: doc(2), Quads: q2},
		{IRI: doc(3), Quads: q3},
		{IRI: doc(2), Quads: q2}, // twice in one batch
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []DocumentResult{{Present: true}, {Added: len(q2) - 2}, {Added: len(q3)}, {Present: true}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("WriteDocuments (-want +got):\n%s", diff)
	}
	for _, d := range []struct {
		iri quad.IRI
		qs  []quad.Quad
	}{{doc(2), q2}, {doc(3), q3}} {
		if _, err := one.WriteDocument(ctx, d.iri, d.qs); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(allQuads(t, one), allQuads(t, batch)); diff != "" {
		t.Errorf("batched store differs from one written document by document (-one +batch):\n%s", diff)
	}
	if a, b := nodeCount(t, one), nodeCount(t, batch); a != b {
		t.Errorf("nodes: %d written one by one, %d in a batch", a, b)
	}

	// Reference counts are exact: deleting every quad leaves no node.
	all := readNQuads(t, []byte(strings.Join(allQuads(t, batch), "\n")))
	if err := batch.removeQuads(all); err != nil {
		t.Fatal(err)
	}
	if n := nodeCount(t, batch); n != 0 {
		t.Errorf("%d nodes left after deleting every quad: reference counts are off", n)
	}
}

func TestWriteDocumentsInvalidWritesNothing(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	good := quad.IRI("https://kg.example/doc/good")
	bad := quad.IRI("https://kg.example/doc/bad")
	_, err := s.WriteDocuments(ctx, []Document{
		{IRI: good, Quads: docQuads(good, alice, false)},
		{IRI: bad, Quads: []quad.Quad{quad.Make(quad.String("literal subject"), iri(schema.Name), "x", nil)}},
	})
	if err == nil || !strings.Contains(err.Error(), "quad 0") {
		t.Fatalf("err = %v, want an invalid quad error", err)
	}
	if got := allQuads(t, s); len(got) != 0 {
		t.Errorf("store holds %d quads after a failed batch", len(got))
	}
}
