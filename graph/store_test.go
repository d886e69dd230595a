package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// Test data: made-up people and organisations, not from any corpus.
const (
	ex      = "https://kg.example/id/"
	worksAt = ex + "prop/worksFor"
	alice   = quad.IRI(ex + "person/alice-example")
	bob     = quad.IRI(ex + "person/bob-sample")
	acme    = quad.IRI(ex + "org/acme-widgets")
)

func iri(s string) quad.IRI { return quad.IRI(s) }

// docQuads returns the quads of a small document in kg's schema: the
// article, two entities, one mention, and one extracted edge (plain quad
// unless claimOnly, plus its statement node).
func docQuads(doc quad.IRI, person quad.IRI, claimOnly bool) []quad.Quad {
	d := string(doc)
	st := iri(d + "#stmt-0")
	m := iri(d + "#char=0,5")
	qs := []quad.Quad{
		quad.Make(doc, iri(schema.Type), iri(schema.NewsArticle), nil),
		quad.Make(doc, iri(schema.Name), "A made-up headline", nil),
		quad.Make(person, iri(schema.Type), iri(schema.PersonClass), nil),
		quad.Make(person, iri(schema.Name), "Someone Example", nil),
		quad.Make(acme, iri(schema.Type), iri(schema.OrgClass), nil),
		quad.Make(m, iri(schema.Type), iri(schema.NIFPhrase), nil),
		quad.Make(m, iri(schema.TaIdentRef), person, nil),
		quad.Make(m, iri(schema.BeginIndex), quad.Int(0), nil),
		quad.Make(st, iri(schema.Type), iri(schema.Statement), nil),
		quad.Make(st, iri(schema.StmtSubject), person, nil),
		quad.Make(st, iri(schema.StmtPredicate), iri(worksAt), nil),
		quad.Make(st, iri(schema.StmtObject), acme, nil),
		quad.Make(st, iri(schema.Document), doc, nil),
	}
	if !claimOnly {
		qs = append(qs, quad.Make(person, iri(worksAt), acme, nil))
	}
	return qs
}

func labelled(qs []quad.Quad, label quad.Value) []quad.Quad {
	out := make([]quad.Quad, len(qs))
	for i, q := range qs {
		if q.Label == nil {
			q.Label = label
		}
		out[i] = q
	}
	return out
}

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

// allQuads returns the store's quads as sorted N-Quads lines.
func allQuads(t testing.TB, s *Store) []string {
	t.Helper()
	var out []string
	err := s.scanQuads(context.Background(), func(r [4]refs.Ref) error {
		var q quad.Quad
		for i, d := range quad.Directions {
			if Present(r[i]) {
				v, err := s.Values(context.Background(), []refs.Ref{r[i]})
				if err != nil {
					return err
				}
				q.Set(d, v[0])
			}
		}
		out = append(out, q.NQuad())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func nquadLines(qs []quad.Quad) []string {
	out := make([]string, 0, len(qs))
	seen := map[string]bool{}
	for _, q := range qs {
		if l := q.NQuad(); !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

func TestOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "kg.db")

	// A read-only open of a missing store fails clearly and creates nothing.
	_, err := Open(ctx, path, &Options{MustExist: true})
	if !errors.Is(err, ErrNoStore) {
		t.Fatalf("Open(MustExist) of missing store: got %v, want ErrNoStore", err)
	}
	if want := "graph: no store at " + path + "; run 'kg build' first"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	if storeMissing(DefaultBackend, path) == false {
		t.Errorf("Open(MustExist) created a store")
	}

	// Default Open creates it; the data survives a reopen.
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Backend() != "bbolt" || s.Path() != path {
		t.Errorf("Backend, Path = %q, %q", s.Backend(), s.Path())
	}
	if _, err := s.WriteDocument(ctx, "https://kg.example/doc/1", docQuads("https://kg.example/doc/1", alice, false)); err != nil {
		t.Fatal(err)
	}
	// A writer holds a bbolt store alone: a second Open fails after its
	// lock timeout instead of hanging.
	if _, err := Open(ctx, path, &Options{LockTimeout: 100 * time.Millisecond}); err == nil || !strings.Contains(err.Error(), "in use by") {
		t.Errorf("second Open: got %v, want a lock error", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := s.HasDocument(ctx, "x"); err == nil {
		t.Errorf("HasDocument on a closed store: no error")
	}
	s, err = Open(ctx, path, &Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ok, err := s.HasDocument(ctx, "https://kg.example/doc/1")
	if err != nil || !ok {
		t.Errorf("HasDocument after reopen = %v, %v; want true", ok, err)
	}

	if _, err := Open(ctx, filepath.Join(dir, "other"), &Options{Backend: "no-such-backend"}); err == nil || !strings.HasPrefix(err.Error(), "graph: unknown backend") {
		t.Errorf("unknown backend: got %v", err)
	}
}

func TestWriteDocumentRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	doc := quad.IRI("https://kg.example/doc/1")
	qs := docQuads(doc, alice, false)
	n, err := s.WriteDocument(ctx, doc, qs)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(qs) {
		t.Errorf("added %d, want %d", n, len(qs))
	}
	if diff := cmp.Diff(nquadLines(labelled(qs, doc)), allQuads(t, s)); diff != "" {
		t.Errorf("stored quads (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		doc  quad.IRI
		want bool
	}{{doc, true}, {"https://kg.example/doc/2", false}} {
		got, err := s.HasDocument(ctx, c.doc)
		if err != nil || got != c.want {
			t.Errorf("HasDocument(%s) = %v, %v; want %v", c.doc, got, err, c.want)
		}
	}
}

func TestWriteDocumentTwiceAddsNothing(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	doc := quad.IRI("https://kg.example/doc/1")
	qs := docQuads(doc, alice, false)
	// A repeat inside one call counts once.
	withRepeat := append(append([]quad.Quad{}, qs...), qs[0], qs[3])
	n, err := s.WriteDocument(ctx, doc, withRepeat)
	if err != nil || n != len(qs) {
		t.Fatalf("first write = %d, %v; want %d", n, err, len(qs))
	}
	before := allQuads(t, s)
	n, err = s.WriteDocument(ctx, doc, qs)
	if err != nil || n != 0 {
		t.Errorf("second write = %d, %v; want 0, nil", n, err)
	}
	if diff := cmp.Diff(before, allQuads(t, s)); diff != "" {
		t.Errorf("second write changed the store (-before +after):\n%s", diff)
	}
	// The same quads under another document are new quads (other label).
	n, err = s.WriteDocument(ctx, "https://kg.example/doc/2", qs)
	if err != nil || n != len(qs) {
		t.Errorf("write under another document = %d, %v; want %d", n, err, len(qs))
	}
}

func TestWriteDocumentFailureLeavesNothing(t *testing.T) {
	doc := quad.IRI("https://kg.example/doc/1")
	good := docQuads(doc, alice, false)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	with := func(bad quad.Quad) []quad.Quad {
		qs := append([]quad.Quad{}, good[:5]...)
		qs = append(qs, bad)
		return append(qs, good[5:]...)
	}
	tests := []struct {
		name    string
		ctx     context.Context
		doc     quad.IRI
		quads   []quad.Quad
		wantErr string
	}{
		{"cancelled context", cancelled, doc, good, "context canceled"},
		{"literal subject", context.Background(), doc, with(quad.Make("just text", iri(schema.Name), "x", nil)), "quad 5: subject"},
		{"literal predicate", context.Background(), doc, with(quad.Make(alice, "name", "x", nil)), "quad 5: predicate"},
		{"missing object", context.Background(), doc, with(quad.Quad{Subject: alice, Predicate: iri(schema.Name)}), "object is missing"},
		{"IRI with a space", context.Background(), doc, with(quad.MakeIRI(string(alice), schema.SameAs, "https://kg.example/a b", "")), "character N-Quads does not allow"},
		{"literal label", context.Background(), doc, with(quad.Make(alice, iri(schema.Name), "x", "label")), "label"},
		{"bad document IRI", context.Background(), "", good, "empty IRI"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			n, err := s.WriteDocument(tc.ctx, tc.doc, tc.quads)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !strings.HasPrefix(err.Error(), "graph: ") {
				t.Errorf("WriteDocument = %d, %v; want an error containing %q", n, err, tc.wantErr)
			}
			if got := allQuads(t, s); len(got) != 0 {
				t.Errorf("a failed write left %d quads: %v", len(got), got)
			}
			if ok, _ := s.HasDocument(context.Background(), doc); ok {
				t.Errorf("HasDocument after a failed write = true")
			}
		})
	}
}

func TestSources(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	doc1 := quad.IRI("https://kg.example/doc/1") // statement and plain quad
	doc2 := quad.IRI("https://kg.example/doc/2") // statement only (edge stated inside a claim)
	doc3 := quad.IRI("https://kg.example/doc/3") // plain quad only (no statement node)
	doc4 := quad.IRI("https://kg.example/doc/4") // another person works for acme
	for _, w := range []struct {
		doc quad.IRI
		qs  []quad.Quad
	}{
		{doc1, docQuads(doc1, alice, false)},
		{doc2, docQuads(doc2, alice, true)},
		{doc3, []quad.Quad{quad.Make(alice, iri(worksAt), acme, nil)}},
		{doc4, docQuads(doc4, bob, false)},
	} {
		if _, err := s.WriteDocument(ctx, w.doc, w.qs); err != nil {
			t.Fatal(err)
		}
	}
	// Imported data is labelled with its graph IRI and counts as a source.
	imported := quad.IRI("file:///data/extra.nt")
	if _, err := s.Import(ctx, strings.NewReader(fmt.Sprintf("%s %s %s .\n", bob, iri(worksAt), acme)), &ImportOptions{Label: imported}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		s, p, o quad.Value
		want    []quad.IRI
	}{
		{"alice works for acme", alice, iri(worksAt), acme, []quad.IRI{doc1, doc2, doc3}},
		{"bob works for acme", bob, iri(worksAt), acme, []quad.IRI{imported, doc4}},
		{"reversed edge", acme, iri(worksAt), alice, nil},
		{"other predicate", alice, iri(schema.Name), acme, nil},
		{"unknown node", iri(ex + "nobody"), iri(worksAt), acme, nil},
		{"attribute quad", alice, iri(schema.Type), iri(schema.PersonClass), []quad.IRI{doc1, doc2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Sources(ctx, tc.s, tc.p, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Sources (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStats(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&Stats{Entities: map[string]int{}}, st); diff != "" {
		t.Errorf("empty store Stats (-want +got):\n%s", diff)
	}
	doc1 := quad.IRI("https://kg.example/doc/1")
	doc2 := quad.IRI("https://kg.example/doc/2")
	q1, q2 := docQuads(doc1, alice, false), docQuads(doc2, bob, true)
	for _, w := range []struct {
		doc quad.IRI
		qs  []quad.Quad
	}{{doc1, q1}, {doc2, q2}} {
		if _, err := s.WriteDocument(ctx, w.doc, w.qs); err != nil {
			t.Fatal(err)
		}
	}
	// The vocabulary graph (as kg build writes it) types predicates: they
	// are not entities.
	relVocab := schema.RelationVocabulary()
	if _, err := s.WriteDocument(ctx, quad.IRI(schema.VocabularyGraph), relVocab); err != nil {
		t.Fatal(err)
	}
	// A link's node (kg's bookkeeping) is not an entity either; an
	// imported graph's typed node is.
	link := []quad.Quad{{Subject: quad.IRI("https://kg.example/id/graph/links/1"), Predicate: quad.IRI(schema.Type), Object: quad.IRI(vocab.LinkClass)}}
	if _, err := s.WriteDocument(ctx, quad.IRI(vocab.LinksGraph), link); err != nil {
		t.Fatal(err)
	}
	imported := []quad.Quad{{Subject: quad.IRI("https://kg.example/p/carol"), Predicate: quad.IRI(schema.Type), Object: quad.IRI(schema.PersonClass)}}
	if _, err := s.WriteDocument(ctx, "urn:x", imported); err != nil {
		t.Fatal(err)
	}
	st, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := &Stats{
		Documents: 2,
		// acme is typed in both documents but counted once.
		Entities:       map[string]int{schema.PersonClass: 3, schema.OrgClass: 1},
		EntityTotal:    4,
		Mentions:       2,
		Relations:      2,
		Graphs:         5,
		DocumentGraphs: 2,
		Imports:        1,
		KGGraphs:       2,
		Quads:          int64(len(q1) + len(q2) + len(relVocab) + 2),
	}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

// TestConcurrentUse writes and reads from several goroutines (run with
// -race); writes are serialised, and every document ends up stored.
func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	const workers, docs = 4, 5
	errc := make(chan error, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			for i := 0; i < docs; i++ {
				doc := quad.IRI(fmt.Sprintf("https://kg.example/doc/%d-%d", w, i))
				if _, err := s.WriteDocument(ctx, doc, docQuads(doc, alice, false)); err != nil {
					errc <- err
					return
				}
				if _, err := queryAll(s, ctx, "gizmo", `g.V("<`+string(doc)+`>").Out().All()`, nil); err != nil {
					errc <- err
					return
				}
				if _, err := s.Sources(ctx, alice, iri(worksAt), acme); err != nil {
					errc <- err
					return
				}
			}
			errc <- nil
		}(w)
	}
	for w := 0; w < workers; w++ {
		if err := <-errc; err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != workers*docs {
		t.Errorf("Documents = %d, want %d", st.Documents, workers*docs)
	}
}

// TestQueriesDuringGrowingWrites runs Gizmo queries whose results need
// names (a second read transaction) while writes make bbolt grow its memory
// map: the situation in which, without the store lock, a query and a write
// can wait for each other for ever (see rwlock.go; seen as a hang of
// TestConcurrentUse under -race). It also checks that a stream of queries
// does not starve the writes. The deadline turns a hang into a failure.
func TestQueriesDuringGrowingWrites(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	stop := make(chan struct{})
	errc := make(chan error, 4)
	for r := 0; r < 3; r++ {
		go func() {
			for {
				select {
				case <-stop:
					errc <- nil
					return
				default:
				}
				qctx, cancel := context.WithTimeout(ctx, time.Minute)
				_, err := queryAll(s, qctx, "gizmo", `g.V().Out("<`+schema.Name+`>").Limit(200).All()`, nil)
				cancel()
				if err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	// 20 documents of 300 quads grow the file through several remaps
	// already; the full run writes 60.
	docs := 60
	if testing.Short() {
		docs = 20
	}
	go func() {
		defer close(stop)
		for d := 0; d < docs; d++ {
			doc := quad.IRI(fmt.Sprintf("https://kg.example/doc/big-%d", d))
			var qs []quad.Quad
			for i := 0; i < 300; i++ {
				qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("https://kg.example/n/%d-%d", d, i)),
					quad.IRI(schema.Name), quad.String(fmt.Sprintf("name %d %d with some padding text", d, i)), doc))
			}
			if _, err := s.WriteDocument(ctx, doc, qs); err != nil {
				errc <- err
				return
			}
		}
	}()
	deadline := time.After(3 * time.Minute)
	for r := 0; r < 3; r++ {
		select {
		case err := <-errc:
			if err != nil {
				t.Fatal(err)
			}
		case <-deadline:
			t.Fatal("writes and queries deadlocked")
		}
	}
}

func TestHasDocumentNoWait(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	doc := quad.IRI("https://kg.example/doc/1")
	if _, err := s.WriteDocument(ctx, doc, docQuads(doc, alice, false)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name         string
		doc          quad.IRI
		writing      bool
		has, checked bool
	}{
		{"stored, store idle", doc, false, true, true},
		{"not stored, store idle", "https://kg.example/doc/2", false, false, true},
		{"stored, a write under way", doc, true, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.writing {
				s.mu.Lock()
				defer s.mu.Unlock()
			}
			has, checked, err := s.HasDocumentNoWait(ctx, tc.doc)
			if err != nil || has != tc.has || checked != tc.checked {
				t.Errorf("HasDocumentNoWait(%s) = %v, %v, %v; want %v, %v, nil", tc.doc, has, checked, err, tc.has, tc.checked)
			}
		})
	}
}

func TestQuadCount(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if n := s.QuadCount(ctx); n > 0 {
		t.Errorf("QuadCount of an empty store = %d, want 0 or -1 (unknown)", n)
	}
	doc := quad.IRI("https://kg.example/doc/1")
	added, err := s.WriteDocument(ctx, doc, docQuads(doc, alice, false))
	if err != nil {
		t.Fatal(err)
	}
	if n := s.QuadCount(ctx); n != int64(added) {
		t.Errorf("QuadCount = %d, want %d", n, added)
	}
	s.Close()
	if n := s.QuadCount(ctx); n != -1 {
		t.Errorf("QuadCount of a closed store = %d, want -1", n)
	}
}

func TestShownHidesPasswords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"./kg.db", "./kg.db"},
		{"postgres://bob:s3cret@db.example:5432/kg?sslmode=disable", "postgres://bob:xxxxx@db.example:5432/kg?sslmode=disable"},
		{"postgres://bob@db.example/kg", "postgres://bob@db.example/kg"},
		{"postgres://db.example/kg?password=s3cret&sslmode=disable", "postgres://db.example/kg?password=xxxxx&sslmode=disable"},
		{"host=db user=bob password=s3cret dbname=kg", "host=db user=bob password=xxxxx dbname=kg"},
		{"host=db password='s3 cret' dbname=kg", "host=db password=xxxxx dbname=kg"},
	} {
		if got := shown(tc.in); got != tc.want {
			t.Errorf("shown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// An error opening a PostgreSQL store names the address, without its
// password.
func TestOpenErrorHidesPassword(t *testing.T) {
	_, err := Open(context.Background(), "postgres://bob:s3cret@127.0.0.1:1/kg?sslmode=disable&connect_timeout=2", &Options{Backend: "postgres"})
	if err == nil {
		t.Skip("a PostgreSQL server answered on port 1")
	}
	if strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "bob:xxxxx@") {
		t.Errorf("error %q: want the address with its password hidden", err)
	}
}

func TestDisplayPathHidesPassword(t *testing.T) {
	s := &Store{path: "postgres://bob:s3cret@db.example/kg"}
	if got := s.DisplayPath(); got != "postgres://bob:xxxxx@db.example/kg" {
		t.Errorf("DisplayPath() = %q", got)
	}
}
