package graphtest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/schema"
)

// Ent is an entity of a test document.
type Ent struct {
	Type    string // extract.Person, extract.Organization, extract.Location, ...
	Class   string // schema.org local name ("City", "Country") or ""
	Name    string
	Aliases []string
	SameAs  []string
	Attrs   map[string][]string
}

// Rel is a relation between entities of a test document (indexes).
type Rel struct {
	S int
	P string
	O int
}

// Result makes an extraction result of text: every occurrence of an
// entity's name or alias (at word boundaries) is a mention, each line a
// sentence, and each relation is stated by the first sentence that
// mentions both ends.
func Result(text string, ents []Ent, rels []Rel) *extract.Result {
	res := &extract.Result{Doc: extract.Document{Text: text}}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				res.Sentences = append(res.Sentences, extract.Sentence{Start: start, End: i})
			}
			start = i + 1
		}
	}
	sentenceOf := func(off int) int {
		for i, s := range res.Sentences {
			if off >= s.Start && off < s.End {
				return i
			}
		}
		return -1
	}
	for ei, e := range ents {
		ent := extract.Entity{Name: e.Name, Type: e.Type, Class: e.Class, Key: strings.ToLower(e.Name), Aliases: e.Aliases, SameAs: e.SameAs, Attributes: e.Attrs}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for off := 0; ; {
				i := strings.Index(text[off:], n)
				if i < 0 {
					break
				}
				b, en := off+i, off+i+len(n)
				off = en
				if (b > 0 && isWord(text[b-1])) || (en < len(text) && isWord(text[en])) {
					continue
				}
				method := "exact"
				if n != e.Name {
					method = "alias-table"
				}
				ent.Mentions = append(ent.Mentions, len(res.Mentions))
				res.Mentions = append(res.Mentions, extract.Mention{Start: b, End: en, Text: n, Type: e.Type, Sentence: sentenceOf(b), Entity: ei, Method: method, Score: 1})
			}
		}
		res.Entities = append(res.Entities, ent)
	}
	for _, r := range rels {
		sent := -1
		for si := range res.Sentences {
			var hasS, hasO bool
			for _, m := range res.Mentions {
				if m.Sentence == si && m.Entity == r.S {
					hasS = true
				}
				if m.Sentence == si && m.Entity == r.O {
					hasO = true
				}
			}
			if hasS && hasO {
				sent = si
				break
			}
		}
		rel := extract.Relation{Subject: r.S, Object: r.O, Predicate: r.P, Sentence: sent, Method: "test", Score: 0.9, Claim: -1}
		if sent >= 0 {
			rel.Start, rel.End = res.Sentences[sent].Start, res.Sentences[sent].End
		}
		res.Relations = append(res.Relations, rel)
	}
	return res
}

func isWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Writer is what Write needs of a store.
type Writer interface {
	WriteDocument(ctx context.Context, doc quad.IRI, quads []quad.Quad) (int, error)
}

// Write stores the quads of each result as kg build would.
func Write(t testing.TB, w Writer, results ...*extract.Result) {
	t.Helper()
	for _, r := range results {
		iri := quad.IRI(schema.DocumentIRI(r.Doc.Text, nil))
		if _, err := w.WriteDocument(context.Background(), iri, schema.Quads(r, nil)); err != nil {
			t.Fatal(err)
		}
	}
}

// World is a small made-up world of three documents: people, an
// organisation, cities and countries, with a chain of relations from the
// person to the far country (3 edges) and countries that carry Wikidata-like
// links and ISO-like codes.
func World() []*extract.Result {
	const (
		P = extract.Person
		O = extract.Organization
		L = extract.Location
	)
	iso := "http://www.wikidata.org/prop/direct/P297"
	d1 := Result("Orla Quennell joins Brightwater Institute\nOrla Quennell, a chemist, works for the Brightwater Institute in Vantor.\nThe Brightwater Institute is based in Vantor, a city of Freland.",
		[]Ent{
			{Type: P, Name: "Orla Quennell"},
			{Type: O, Name: "Brightwater Institute"},
			{Type: L, Class: "City", Name: "Vantor"},
			{Type: L, Class: "Country", Name: "Freland", SameAs: []string{"http://www.wikidata.org/entity/Q990001"}, Attrs: map[string][]string{iso: {"FX"}}},
		},
		[]Rel{{0, schema.WorksFor, 1}, {1, schema.Location, 2}, {2, schema.ContainedInPlace, 3}})
	d2 := Result("Talks in Vantor\nDelegates from Freland and Ostria met in Vantor on Monday.\nOstria sent its foreign minister, Ilse Marrow.",
		[]Ent{
			{Type: L, Class: "City", Name: "Vantor"},
			{Type: L, Class: "Country", Name: "Freland", SameAs: []string{"http://www.wikidata.org/entity/Q990001"}, Attrs: map[string][]string{iso: {"FX"}}},
			{Type: L, Class: "Country", Name: "Ostria", Aliases: []string{"Ostrian"}, SameAs: []string{"http://www.wikidata.org/entity/Q990002"}, Attrs: map[string][]string{iso: {"OX"}}},
			{Type: P, Name: "Ilse Marrow", Aliases: []string{"Marrow"}},
		},
		[]Rel{{3, schema.Nationality, 2}})
	d3 := Result("Storm reaches Port Selby\nA storm hit Port Selby, in Ostria, on Tuesday.\nIlse Marrow visited Port Selby.",
		[]Ent{
			{Type: L, Class: "City", Name: "Port Selby"},
			{Type: L, Class: "Country", Name: "Ostria", SameAs: []string{"http://www.wikidata.org/entity/Q990002"}, Attrs: map[string][]string{iso: {"OX"}}},
			{Type: P, Name: "Ilse Marrow"},
		},
		[]Rel{{0, schema.ContainedInPlace, 1}})
	return []*extract.Result{d1, d2, d3}
}

// R is a Rel from subject index s to object index o with predicate p.
func R(s int, p string, o int) Rel { return Rel{S: s, P: p, O: o} }

// WriteResult stores the quads of one result as kg build would.
func WriteResult(ctx context.Context, w Writer, r *extract.Result) error {
	iri := quad.IRI(schema.DocumentIRI(r.Doc.Text, nil))
	_, err := w.WriteDocument(ctx, iri, schema.Quads(r, nil))
	return err
}

// PostgresURL returns the address of a fresh, empty schema in the
// PostgreSQL database named by $KG_TEST_POSTGRES (.ci/run starts one),
// dropped when the test ends; without the variable the test is skipped.
// The test binary must have the "postgres" database/sql driver registered
// (package graph registers it).
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("KG_TEST_POSTGRES")
	if base == "" {
		t.Skip("KG_TEST_POSTGRES not set: no PostgreSQL to test against (.ci/run starts one; e.g. KG_TEST_POSTGRES=postgres://postgres@127.0.0.1:55432/kg?sslmode=disable)")
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("kgtest_%d_%d", os.Getpid(), rand.Int63())
	if _, err := db.Exec("CREATE SCHEMA " + name); err != nil {
		t.Fatalf("KG_TEST_POSTGRES=%s: %v", base, err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("postgres", base); err == nil {
			db.Exec("DROP SCHEMA " + name + " CASCADE")
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}
