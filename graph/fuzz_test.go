package graph

import (
	"bufio"
	"context"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

var nquadSeeds = []string{
	"<https://kg.example/id/a> <http://schema.org/name> \"A\" .\n",
	"<https://kg.example/id/b> <http://schema.org/name> \"B\"@en <https://kg.example/graph/orig> .\n",
	"_:b1 <https://kg.example/ns#x> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
	"<a> <b> \"esc \\\" \\\\ \\n \\u00e9 \\U0001F600\" .\n",
	"# comment\n\n  <https://kg.example/id/a> <https://kg.example/ns#knows> <https://kg.example/id/b> .\r\n",
	"<https://kg.example/id/a> <http://schema.org/name> <x> <y> <z> .\n",
	"<https://kg.example/id/a> <http://schema.org/name> \"A\"\n",
	"\"x\" <http://schema.org/name> \"A\" .\n",
	"<a b> <c> <d> .\n",
	"<a> <b> \"\xff\" .\n",
	"\ufeff<a> <b> <c> .",
}

// FuzzNQuadsRoundTrip checks that every statement the N-Quads reader
// accepts (and Import would store) prints as N-Quads that read back as the
// same quad, so that Export output can always be imported again.
func FuzzNQuadsRoundTrip(f *testing.F) {
	for _, s := range nquadSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		src := &nquadsSource{r: newBufReader(data), name: "fuzz.nq"}
		for i := 0; i < 1000; i++ {
			q, err := src.next()
			if err == io.EOF {
				return
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Line < 1 {
					t.Fatalf("error without a line: %v", err)
				}
				return
			}
			if CheckQuad(q) != nil {
				return
			}
			line := q.NQuad()
			back, err := parseNQuad(line)
			if err != nil {
				t.Fatalf("%q parsed from %q prints as %q, which does not parse: %v", q, data, line, err)
			}
			if back.NQuad() != line {
				t.Fatalf("round trip changed the quad: %q -> %q", line, back.NQuad())
			}
		}
	})
}

// FuzzImport checks that Import of any input either stores exactly the
// quads it reports or, on error, stores nothing.
func FuzzImport(f *testing.F) {
	for _, s := range nquadSeeds {
		f.Add(s, "nquads")
	}
	f.Add(`{"@context": {"name": "http://schema.org/name"}, "@id": "https://kg.example/id/a", "name": "A"}`, "jsonld")
	f.Add(`{"@id": "https://kg.example/id/a", "http://schema.org/name": [{"@value": "A", "@language": "en"}]}`, "jsonld")
	f.Add(`[{"subject": "<a>", "predicate": "<b>", "object": "\"c\""}]`, "json")
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "kg.db"), nil)
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	size := func(t *testing.T) int64 {
		st, err := s.qs.Stats(context.Background(), false)
		if errors.Is(err, kv.ErrNoBucket) { // no size recorded yet
			return 0
		} else if err != nil {
			t.Fatal(err)
		}
		return st.Quads.Value
	}
	f.Fuzz(func(t *testing.T, data, format string) {
		if lookupFormat(format) == nil || lookupFormat(format).Reader == nil {
			return
		}
		before := size(t)
		n, err := s.Import(context.Background(), strings.NewReader(data), &ImportOptions{Name: "fuzz", Format: format, Label: "urn:kg:dataset:fuzz"})
		after := size(t)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "graph: ") {
				t.Errorf("error without prefix: %v", err)
			}
			if after != before {
				t.Errorf("failed import changed the store from %d to %d quads: %v", before, after, err)
			}
			return
		}
		if after-before != int64(n) {
			t.Errorf("Import reported %d quads, store grew by %d", n, after-before)
		}
	})
}

// FuzzQuery checks that no query text crashes or hangs the store.
func FuzzQuery(f *testing.F) {
	for _, c := range []struct{ lang, text string }{
		{"gizmo", `g.V("<https://kg.example/id/person/alice-example>").Out().All()`},
		{"gizmo", `g.V().Has("<http://schema.org/name>").Tag("x").Out().Count()`},
		{"gizmo", `g.Emit(g.V().ToArray())`},
		{"gizmo", `while(true){}`},
		{"graphql", `{ nodes(id: <https://kg.example/id/org/acme-widgets>) { id, name: <http://schema.org/name> } }`},
		{"mql", `[{"id": null, "<http://schema.org/name>": null}]`},
	} {
		f.Add(c.lang, c.text)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "kg.db"), nil)
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	doc := quad.IRI("https://kg.example/doc/1")
	if _, err := s.WriteDocument(context.Background(), doc, docQuads(doc, alice, false)); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		if lang != "gizmo" && lang != "graphql" && lang != "mql" {
			return
		}
		done := make(chan error, 1)
		go func() {
			done <- s.Query(context.Background(), lang, text, &QueryOptions{Limit: 100, Timeout: 100 * time.Millisecond}, func(any) error { return nil })
		}()
		select {
		case <-done:
		case <-time.After(30 * time.Second): // a hang, not a timing check
			t.Fatalf("%s query %q did not return", lang, text)
		}
	})
}

func newBufReader(s string) *bufio.Reader { return bufio.NewReader(strings.NewReader(s)) }
