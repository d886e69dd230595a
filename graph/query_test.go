package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

func queryAll(s *Store, ctx context.Context, lang, text string, opts *QueryOptions) ([]any, error) {
	var out []any
	err := s.Query(ctx, lang, text, opts, func(r any) error {
		out = append(out, r)
		return nil
	})
	return out, err
}

func TestQuery(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	doc := quad.IRI("https://kg.example/doc/1")
	if _, err := s.WriteDocument(ctx, doc, docQuads(doc, alice, false)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteDocument(ctx, "https://kg.example/doc/2", docQuads("https://kg.example/doc/2", bob, false)); err != nil {
		t.Fatal(err)
	}
	type M = map[string]any
	tests := []struct {
		name, lang, text string
		opts             *QueryOptions
		want             []any
		wantErr          string
	}{
		{
			name: "gizmo neighbours", lang: "gizmo",
			text: `g.V("<` + string(alice) + `>").Out("<` + worksAt + `>").All()`,
			want: []any{M{"id": "<" + string(acme) + ">"}},
		},
		{
			name: "default language is gizmo", lang: "",
			text: `g.V("<` + string(acme) + `>").In("<` + worksAt + `>").All()`,
			want: []any{M{"id": "<" + string(alice) + ">"}, M{"id": "<" + string(bob) + ">"}},
		},
		{
			name: "gizmo tags and literals", lang: "gizmo",
			text: `g.V("<` + string(alice) + `>").Tag("who").Out("<http://schema.org/name>").All()`,
			want: []any{M{"id": "Someone Example", "who": "<" + string(alice) + ">"}},
		},
		{
			name: "gizmo emit", lang: "gizmo", text: `g.Emit({n: 1, s: "x"})`,
			want: []any{M{"n": int64(1), "s": "x"}},
		},
		{
			name: "limit", lang: "gizmo", opts: &QueryOptions{Limit: 1},
			text: `g.V("<` + string(acme) + `>").In("<` + worksAt + `>").All()`,
			want: []any{M{"id": "<" + string(alice) + ">"}},
		},
		{
			name: "graphql", lang: "graphql",
			text: `{ org(id: <` + string(acme) + `>) { id, workers: <` + worksAt + `> @rev { id } } }`,
			want: []any{M{"org": M{"id": "<" + string(acme) + ">", "workers": []any{
				M{"id": "<" + string(alice) + ">"}, M{"id": "<" + string(bob) + ">"}}}}},
		},
		{
			name: "mql", lang: "mql",
			text: `[{"id": "<` + string(alice) + `>", "<` + worksAt + `>": null}]`,
			want: []any{M{"id": "<" + string(alice) + ">", "<" + worksAt + ">": "<" + string(acme) + ">"}},
		},
		{
			// The built-ins kg wraps (graph/internal/gizmo/limits.go)
			// still work as JavaScript's.
			name: "gizmo wrapped built-ins", lang: "gizmo",
			text: `g.Emit([[3, 1, 2].sort().join("-"), "ab".repeat(2), "x".padStart(3, "-"), "a".concat("b", 1),
				JSON.stringify({a: [1, "b"]}), "a-b-c".replace(/-/g, "+"), "a-b".replaceAll("-", "$&$&"), [[1], [2, [3]]].flat().length,
				Math.max.apply(null, [1, 5, 2]), [...[1, 2]].length, Array.from("abc").length, [1].concat([2], 3).length, String([1, [2, 3]]),
				Reflect.apply(Math.min, null, [4, 2]), Array.prototype.propertyIsEnumerable("join"), "a-b".split("-").length])`,
			want: []any{[]any{"1-2-3", "abab", "--x", "ab1", `{"a":[1,"b"]}`, "a+b+c", "a--b", int64(3), int64(5), int64(2), int64(3), int64(3), "1,2,3", int64(2), false, int64(2)}},
		},
		{
			name: "gizmo errors of wrapped built-ins can be caught", lang: "gizmo",
			text: `var out = []; try { [].reduce(function(a, b) { return a; }); } catch (e) { out.push(e.name); }
				try { "x".repeat(-1); } catch (e) { out.push(e.name); }
				try { "x".repeat(1e12); } catch (e) { out.push("caught"); }
				g.Emit(out)`,
			want: []any{[]any{"TypeError", "RangeError", "caught"}},
		},
		{name: "gizmo no binary data", lang: "gizmo", text: `new Uint8Array(4e9)`, wantErr: "Uint8Array is not defined"},
		{name: "gizmo syntax error", lang: "gizmo", text: `g.V(`, wantErr: "graph: gizmo query: SyntaxError"},
		{name: "gizmo panic in Cayley becomes an error", lang: "gizmo", text: `g.V().Has("").Count()`, wantErr: "graph: gizmo query: empty has"},
		{name: "mql syntax error", lang: "mql", text: `[{"id": `, wantErr: "graph: mql query:"},
		{name: "unknown language", lang: "sparql", text: `SELECT *`, wantErr: `graph: unknown query language "sparql"`},
		{name: "negative limit", lang: "gizmo", text: `g.V().All()`, opts: &QueryOptions{Limit: -1}, wantErr: "negative limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := queryAll(s, ctx, tc.lang, tc.text, tc.opts)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("results (-want +got):\n%s", diff)
			}
		})
	}
}

func TestQueryCallbackError(t *testing.T) {
	s := openTemp(t)
	doc := quad.IRI("https://kg.example/doc/1")
	if _, err := s.WriteDocument(context.Background(), doc, docQuads(doc, alice, false)); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("enough")
	n := 0
	err := s.Query(context.Background(), "gizmo", `g.V().All()`, nil, func(any) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("Query = %v after %d results; want the callback's error after 1", err, n)
	}
}

// TestQueryTimeoutStopsRunaway checks that a script that never reaches a
// Cayley iterator is really stopped: Query returns the timeout error, and
// the goroutine running the VM ends (it would spin forever otherwise).
func TestQueryTimeoutStopsRunaway(t *testing.T) {
	s := openTemp(t)
	runaways := []struct {
		name, text string
	}{
		{"empty loop", `while(true){}`},
		{"loop emitting nothing", `var i = 0; for(;;){ i++ }`},
		{"loop querying", `for(;;){ g.V().All() }`},
		{"loop emitting", `for(;;){ g.Emit(1) }`},
		// A backreference sends the pattern to regexp2, which backtracks
		// in Go code the VM cannot interrupt.
		{"catastrophic regexp", `/^(a+)+\1b$/.test("a".repeat(60))`},
		{"loop in a wrapped built-in's callback", `[1, 2].forEach(function() { while (true) {} })`},
	}
	for _, tc := range runaways {
		t.Run(tc.name, func(t *testing.T) {
			before := runtime.NumGoroutine()
			const timeout = 200 * time.Millisecond
			done := make(chan error, 1)
			go func() {
				done <- s.Query(context.Background(), "gizmo", tc.text, &QueryOptions{Timeout: timeout}, func(any) error { return nil })
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(30 * time.Second): // a hang, not a timing check
				t.Fatal("Query did not return")
			}
			if !errors.Is(err, ErrQueryTimeout) {
				t.Fatalf("Query error = %v, want ErrQueryTimeout", err)
			}
			if want := "graph: query timed out after 200ms"; err.Error() != want {
				t.Errorf("error = %q, want %q", err, want)
			}
			// The interrupted VM's goroutine ends.
			deadline := time.Now().Add(30 * time.Second)
			for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if n := runtime.NumGoroutine(); n > before {
				t.Errorf("%d goroutines left running after the timeout (had %d)", n, before)
			}
		})
	}
	// A cancelled context stops a runaway too, with the context's error.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := s.Query(ctx, "gizmo", `while(true){}`, nil, func(any) error { return nil })
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrQueryTimeout) {
		t.Errorf("Query with a done context = %v, want the context's error", err)
	}
}

// TestQueryGraphQLLimit checks that the limit caps every GraphQL list and
// that a fan-out answer is an error rather than a tree of limit^depth
// objects.
func TestQueryGraphQLLimit(t *testing.T) {
	s := openTemp(t)
	const p = "https://kg.example/p"
	var qs []quad.Quad
	for i := 0; i < 20; i++ {
		for j := 0; j < 20; j++ {
			qs = append(qs, quad.MakeIRI(fmt.Sprintf("https://kg.example/n%d", i), p, fmt.Sprintf("https://kg.example/n%d", j), ""))
		}
	}
	if _, err := s.WriteDocument(context.Background(), "https://kg.example/doc/g", qs); err != nil {
		t.Fatal(err)
	}
	count := func(v any) int {
		n := 0
		var walk func(v any)
		walk = func(v any) {
			switch v := v.(type) {
			case map[string]any:
				if _, ok := v["id"]; ok {
					n++
				}
				for _, x := range v {
					walk(x)
				}
			case []any:
				for _, x := range v {
					walk(x)
				}
			case []map[string]any:
				for _, x := range v {
					walk(x)
				}
			}
		}
		walk(v)
		return n
	}
	fanOut := `{ nodes { id, next: <` + p + `> { id, next: <` + p + `> { id } } } }`
	tests := []struct {
		name, text string
		limit      int
		objects    int
		wantErr    string
	}{
		{name: "flat list capped", text: `{ nodes { id } }`, limit: 5, objects: 5},
		{name: "first below the limit", text: `{ nodes(first: 3) { id } }`, limit: 5, objects: 3},
		{name: "first above the limit", text: `{ nodes(first: 300) { id } }`, limit: 5, objects: 5},
		{name: "nested within bounds", text: `{ nodes(first: 2) { id, next: <` + p + `> { id } } }`, limit: 5, objects: 2 + 2*5},
		{name: "fan-out", text: fanOut, limit: 5, wantErr: "more than 50 objects"},
		{name: "no limit", text: fanOut, limit: 0, objects: 22 + 20*20 + 20*20*20}, // 22 nodes: the 20, p and the document,
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := queryAll(s, context.Background(), "graphql", tc.text, &QueryOptions{Limit: tc.limit})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if n := count(got); n != tc.objects {
				t.Errorf("%d objects, want %d", n, tc.objects)
			}
		})
	}
}
