package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/link"
)

// testServer serves a store holding graphtest.World.
func testServer(t testing.TB, opts *Options) (*httptest.Server, *graph.Store) {
	t.Helper()
	s, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Write(t, s, graphtest.World()...)
	h, err := New(s, opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(func() {
		ts.Close()
		s.Close()
	})
	return ts, s
}

// linkedServer serves a store holding graphtest.World, the made-up
// dataset graph/link/testdata/world.nt imported beside it and the links
// graph.Store.Link makes into it: dataset nodes with labels and no
// classes, and entities linked to same-named dataset items.
func linkedServer(t testing.TB, opts *Options) (*httptest.Server, *graph.Store) {
	t.Helper()
	ts, s := testServer(t, opts)
	const file = "../link/testdata/world.nt"
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	d := link.Dataset{Graph: quad.IRI("file://" + filepath.ToSlash(abs)), Name: file, Open: func() (io.ReadCloser, error) { return os.Open(file) }}
	f, err := d.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ctx := context.Background()
	if _, err := s.Import(ctx, f, &graph.ImportOptions{Name: d.Name, Label: d.Graph}); err != nil {
		t.Fatal(err)
	}
	rep, err := link.Run(ctx, s, []link.Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Links) == 0 {
		t.Fatal("linked store: no links made")
	}
	return ts, s
}

func get(t *testing.T, ts *httptest.Server, path string) (int, string) {
	t.Helper()
	r, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return r.StatusCode, string(b)
}

func post(t *testing.T, ts *httptest.Server, path, ctype, body string) (int, string) {
	t.Helper()
	r, err := http.Post(ts.URL+path, ctype, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, _ := io.ReadAll(r.Body)
	return r.StatusCode, string(b)
}

const id = "https://kg.example/id/"

func TestEndpoints(t *testing.T) {
	ts, _ := testServer(t, &Options{Timeout: 2 * time.Second, Limit: 5})
	q := url.QueryEscape
	tests := []struct {
		name, path string
		code       int
		contains   []string
	}{
		{"health", "/health", 200, []string{"ok"}},
		{"explorer", "/", 200, []string{"kg explorer", "/explorer.js"}},
		{"explorer js", "/explorer.js", 200, []string{"renderGraph"}},
		{"cayley ui", "/ui/", 200, []string{`src="/ui/static/js/`, `href="/ui/static/css/`}},
		{"search", "/api/kg/search?q=vantr", 200, []string{`"iri":"` + id + `place/vantor"`}},
		{"search empty", "/api/kg/search?q=", 200, []string{`"hits":[]`}},
		{"entity by name", "/api/kg/entity?id=Ostria", 200, []string{`"name":"Ostria"`, `"mentions"`, `"relations"`}},
		{"entity unknown", "/api/kg/entity?id=" + q("nobody here"), 404, []string{`"error"`}},
		{"neighbours", "/api/kg/neighbours?id=Vantor", 200, []string{`"Brightwater Institute"`, `"edges"`, `"documents":{`}},
		{"most mentioned", "/api/kg/top?limit=2", 200, []string{`"hits":[{"iri":"` + id + `place/freland","name":"Freland"`, `"name":"Ilse Marrow"`}},
		{"path", "/api/kg/path?from=" + q("Orla Quennell") + "&to=Freland", 200, []string{`"paths":[{`, "containedInPlace"}},
		{"no path", "/api/kg/path?from=" + q("Orla Quennell") + "&to=Freland&max-depth=1", 200, []string{`"paths":[]`}},
		{"path deeper than kg path allows", "/api/kg/path?from=" + q("Orla Quennell") + "&to=Freland&max-depth=20", 400, []string{`max depth must be 1 to 8`}},
		{"gizmo", "/api/v2/query?lang=gizmo&qu=" + q(`g.V("<`+id+`place/vantor>").Out("<http://schema.org/name>").All()`), 200, []string{`{"result":[{"id":"Vantor"}`}},
		{"prefixed IRIs", "/api/v2/query?lang=gizmo&qu=" + q(`g.V("<`+id+`place/vantor>").Out("<schema:name>").All()`), 200, []string{`"id":"Vantor"`}},
		{"limit", "/api/v2/query?lang=gizmo&qu=" + q(`g.V().All()`), 200, nil},
		{"mql", "/api/v2/query?lang=mql&qu=" + q(`[{"id": "<`+id+`place/vantor>", "<http://schema.org/name>": null}]`), 200, []string{`"Vantor"`}},
		{"graphql", "/api/v2/query?lang=graphql&qu=" + q(`{ n(id: <`+id+`place/vantor>) { name: <http://schema.org/name> } }`), 200, []string{`"data"`, `"Vantor"`}},
		{"syntax error", "/api/v2/query?lang=gizmo&qu=" + q(`g.V(`), 400, []string{`"error"`}},
		{"syntax error after a prefix", "/api/v2/query?lang=gizmo&qu=" + q(`g.V("<schema:name>") ]`), 400, []string{`Line 1:22 Unexpected token ]`}},
		{"unknown language", "/api/v2/query?lang=sparql&qu=x", 400, []string{`unknown query language`}},
		{"read", "/api/v2/read?sub=" + q("<"+id+"place/vantor>") + "&pred=" + q("<schema:name>"), 200, []string{`<` + id + `place/vantor> <http://schema.org/name> "Vantor"`}},
		{"formats", "/api/v2/formats", 200, []string{`"nquads"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := get(t, ts, tc.path)
			if code != tc.code {
				t.Fatalf("status %d, want %d: %s", code, tc.code, body)
			}
			for _, c := range tc.contains {
				if !strings.Contains(body, c) {
					t.Errorf("body lacks %q:\n%.600s", c, body)
				}
			}
		})
	}
	// The limit applies.
	_, body := get(t, ts, "/api/v2/query?lang=gizmo&qu="+q(`g.V().All()`))
	var res struct{ Result []any }
	if err := json.Unmarshal([]byte(body), &res); err != nil || len(res.Result) != 5 {
		t.Errorf("limit 5: %d results, %v", len(res.Result), err)
	}
}

// TestSearchLinkedStore checks that every hit, a dataset node's too, has
// a list of classes, empty when it has none (issue 18.1: the explorer read
// hits' classes with .map and failed on a missing field).
func TestSearchLinkedStore(t *testing.T) {
	ts, _ := linkedServer(t, nil)
	code, body := get(t, ts, "/api/kg/search?q=vantor")
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	var res struct {
		Hits []map[string]any `json:"hits"`
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	dataset := 0
	for _, h := range res.Hits {
		cls, ok := h["classes"].([]any)
		if !ok {
			t.Errorf("hit %v: classes %#v, want a list", h["iri"], h["classes"])
		}
		if strings.HasPrefix(h["iri"].(string), "http://www.wikidata.org/entity/") {
			dataset++
			if len(cls) != 0 {
				t.Errorf("dataset hit %v has classes %v", h["iri"], cls)
			}
		}
	}
	if dataset == 0 {
		t.Errorf("no dataset node among the hits: %s", body)
	}
}

// TestRunawayQuery checks that a script that never ends gets an error
// within the timeout, by both query paths, and that the server goes on.
func TestRunawayQuery(t *testing.T) {
	ts, _ := testServer(t, &Options{Timeout: 500 * time.Millisecond})
	for _, accept := range []string{"application/json", "application/ld+json"} {
		req, _ := http.NewRequest("POST", ts.URL+"/api/v2/query?lang=gizmo", strings.NewReader(`while(true){}`))
		req.Header.Set("Accept", accept)
		start := time.Now()
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(r.Body)
		r.Body.Close()
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("%s: answered after %v", accept, took)
		}
		if r.StatusCode < 400 || !strings.Contains(string(b), "error") {
			t.Errorf("%s: %d %s, want an error", accept, r.StatusCode, b)
		}
	}
	if code, _ := get(t, ts, "/api/kg/search?q=vantor"); code != 200 {
		t.Errorf("server does not answer after a runaway query: %d", code)
	}
}

func TestWrites(t *testing.T) {
	const nq = `<https://example.org/a> <http://schema.org/name> "Quill Abernathy" .` + "\n"
	ro, _ := testServer(t, nil)
	for _, p := range []string{"/api/v2/write", "/api/v2/delete"} {
		if code, body := post(t, ro, p, "application/n-quads", nq); code != http.StatusForbidden {
			t.Errorf("read-only %s: %d %s", p, code, body)
		}
	}
	rw, _ := testServer(t, &Options{Writable: true})
	if code, body := post(t, rw, "/api/v2/write", "application/n-quads", nq); code != 200 || !strings.Contains(body, `"count":1`) {
		t.Fatalf("write: %d %s", code, body)
	}
	// The search index sees writes at once.
	if _, body := get(t, rw, "/api/kg/search?q=abernathy"); !strings.Contains(body, "https://example.org/a") {
		t.Errorf("search after write: %s", body)
	}
	if code, body := post(t, rw, "/api/v2/delete", "application/n-quads", nq); code != 200 || !strings.Contains(body, `"count":1`) {
		t.Fatalf("delete: %d %s", code, body)
	}
	if _, body := get(t, rw, "/api/kg/search?q=abernathy"); strings.Contains(body, "https://example.org/a") {
		t.Errorf("search after delete: %s", body)
	}
	if code, _ := post(t, rw, "/api/v2/write", "application/n-quads", "<a> <b"); code != 400 {
		t.Errorf("malformed write: %d", code)
	}
}

// TestConcurrentRequests runs searches, paths, cards and writes at once
// (run with -race).
func TestConcurrentRequests(t *testing.T) {
	ts, _ := testServer(t, &Options{Writable: true})
	paths := []string{"/api/kg/search?q=vantor", "/api/kg/path?from=Vantor&to=Freland", "/api/kg/entity?id=Ostria", "/api/kg/neighbours?id=Vantor",
		"/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(`g.V().Has("<http://schema.org/name>").Count()`)}
	done := make(chan error, 64)
	for i := 0; i < 8; i++ {
		go func(i int) {
			for j := 0; j < 5; j++ {
				var err error
				if (i+j)%4 == 0 {
					body := fmt.Sprintf("<https://example.org/w%d-%d> <http://schema.org/name> \"Writer %d %d\" .\n", i, j, i, j)
					var r *http.Response
					r, err = http.Post(ts.URL+"/api/v2/write", "application/n-quads", strings.NewReader(body))
					if err == nil {
						r.Body.Close()
					}
				} else {
					var r *http.Response
					r, err = http.Get(ts.URL + paths[(i+j)%len(paths)])
					if err == nil {
						if r.StatusCode != 200 {
							err = fmt.Errorf("%s: status %d", r.Request.URL, r.StatusCode)
						}
						r.Body.Close()
					}
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}(i)
	}
	for i := 0; i < 8; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
	_, body := get(t, ts, "/api/kg/search?q=writer&limit=100")
	if n := strings.Count(body, `"iri":"https://example.org/w`); n != 10 {
		t.Errorf("found %d written names, want 10", n)
	}
}
