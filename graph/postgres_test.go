package graph

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	"github.com/lib/pq"

	"github.com/kg-project/kg/graph/graphtest"
)

// checkPGRefs checks that every node's reference count is the number of
// quad positions that name it, and that no node is unreferenced.
func checkPGRefs(t *testing.T, addr string) {
	t.Helper()
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var bad int
	err = db.QueryRow(`
		WITH uses AS (
			SELECT h, count(*) AS n FROM (
				SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
				UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
			) AS a GROUP BY h
		)
		SELECT count(*) FROM nodes FULL JOIN uses ON nodes.hash = uses.h
		WHERE nodes.refs IS DISTINCT FROM uses.n`).Scan(&bad)
	if err != nil {
		t.Fatal(err)
	}
	if bad != 0 {
		t.Errorf("%d nodes whose reference count is not their number of uses", bad)
	}
}

func TestPostgresWriteDocuments(t *testing.T) {
	addr := graphtest.PostgresURL(t)
	ctx := context.Background()
	pg, err := Open(ctx, addr, &Options{Backend: "postgres"})
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	if _, err := Open(ctx, graphtest.PostgresURL(t), &Options{Backend: "postgres", MustExist: true}); err == nil {
		t.Error("MustExist open of an empty database: no error")
	}
	bolt := openTemp(t)
	doc := func(i int) quad.IRI { return quad.IRI(fmt.Sprintf("https://kg.example/doc/%d", i)) }
	batch := []Document{
		{IRI: doc(1), Quads: docQuads(doc(1), alice, false)},
		{IRI: doc(2), Quads: docQuads(doc(2), bob, true)},
		{IRI: doc(1), Quads: docQuads(doc(1), alice, false)},
	}
	for _, s := range []*Store{pg, bolt} {
		got, err := s.WriteDocuments(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		want := []DocumentResult{{Added: 14}, {Added: 13}, {Present: true}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: WriteDocuments (-want +got):\n%s", s.Backend(), diff)
		}
		again, err := s.WriteDocuments(ctx, batch[:2])
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]DocumentResult{{Present: true}, {Present: true}}, again); diff != "" {
			t.Errorf("%s: second write (-want +got):\n%s", s.Backend(), diff)
		}
	}
	if has, err := pg.HasDocument(ctx, doc(2)); err != nil || !has {
		t.Errorf("HasDocument(doc 2) = %v, %v", has, err)
	}
	export := func(s *Store) string {
		var b strings.Builder
		if err := s.Export(ctx, &b, nil); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if diff := cmp.Diff(export(bolt), export(pg)); diff != "" {
		t.Errorf("PostgreSQL export differs from bbolt's (-bbolt +postgres):\n%s", diff)
	}
	checkPGRefs(t, addr)
}

// TestPostgresConcurrentWriters has several stores (as several kg build
// processes would) write overlapping sets of documents, in different
// orders and batches, to one database at once: every document is stored
// once, and the reference counts are exact.
func TestPostgresConcurrentWriters(t *testing.T) {
	addr := graphtest.PostgresURL(t)
	ctx := context.Background()
	const writers, docs = 4, 40
	doc := func(i int) Document {
		iri := quad.IRI(fmt.Sprintf("https://kg.example/doc/c%d", i))
		person := []quad.IRI{alice, bob}[i%2]
		return Document{IRI: iri, Quads: docQuads(iri, person, i%3 == 0)}
	}
	first, err := Open(ctx, addr, &Options{Backend: "postgres"}) // creates the tables
	if err != nil {
		t.Fatal(err)
	}
	first.Close()
	var wg sync.WaitGroup
	added := make([]int, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s, err := Open(ctx, addr, &Options{Backend: "postgres"})
			if err != nil {
				t.Error(err)
				return
			}
			defer s.Close()
			order := rand.New(rand.NewSource(int64(w))).Perm(docs)
			for len(order) > 0 {
				n := min(len(order), 1+w*3)
				var batch []Document
				for _, i := range order[:n] {
					batch = append(batch, doc(i))
				}
				order = order[n:]
				res, err := s.WriteDocuments(ctx, batch)
				if err != nil {
					t.Error(err)
					return
				}
				for _, r := range res {
					if !r.Present {
						added[w]++
					}
				}
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, n := range added {
		total += n
	}
	if total != docs {
		t.Errorf("documents stored %d times in all, want %d (each once)", total, docs)
	}
	s, err := Open(ctx, addr, &Options{Backend: "postgres", MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != docs {
		t.Errorf("store has %d documents, want %d", st.Documents, docs)
	}
	wantQuads := 0
	for i := 0; i < docs; i++ {
		wantQuads += len(doc(i).Quads)
	}
	if st.Quads != int64(wantQuads) {
		t.Errorf("store has %d quads, want %d", st.Quads, wantQuads)
	}
	checkPGRefs(t, addr)
}

func TestColumn(t *testing.T) {
	rows := [][]any{{"a", int64(1)}, {"b", int64(2)}}
	if got, ok := column[string](rows, 0); !ok || len(got) != 2 || got[1] != "b" {
		t.Errorf("column[string] = %v, %v", got, ok)
	}
	if _, ok := column[string](rows, 1); ok {
		t.Error("column[string] of int64 values: ok")
	}
	if _, ok := column[int64]([][]any{{int64(1)}, {nil}}, 0); ok {
		t.Error("column[int64] with a nil value: ok")
	}
}

func TestRetryable(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"deadlock", &pq.Error{Code: "40P01"}, true},
		{"serialization failure", fmt.Errorf("write: %w", &pq.Error{Code: "40001"}), true},
		{"node deleted by another writer", &pq.Error{Code: "23503"}, true},
		{"unique violation", &pq.Error{Code: "23505"}, false},
		{"not a server error", fmt.Errorf("connection refused"), false},
		{"nil", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := retryable(tc.err); got != tc.want {
				t.Errorf("retryable(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

// TestPostgresUnreferencedNode checks a write that finds one of its nodes
// stored with no references (left by a writer killed between inserting its
// nodes and its quads): the node is used and counted, not duplicated.
func TestPostgresUnreferencedNode(t *testing.T) {
	addr := graphtest.PostgresURL(t)
	ctx := context.Background()
	s, err := Open(ctx, addr, &Options{Backend: "postgres"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := quad.IRI("https://kg.example/doc/1")
	qs := docQuads(d, alice, false)
	w := s.docWriter.(*pgWriter)
	h := refs.HashOf(alice)
	if err := w.insertNodes(ctx, []refs.ValueHash{h}, map[refs.ValueHash]quad.Value{h: alice}); err != nil {
		t.Fatal(err)
	}
	got, err := s.WriteDocuments(ctx, []Document{{IRI: d, Quads: qs}})
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Added != len(qs) {
		t.Errorf("added %d quads, want %d", got[0].Added, len(qs))
	}
	checkPGRefs(t, addr)
}
