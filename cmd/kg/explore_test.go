package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// worldStore returns the path of a store holding graphtest.World.
func worldStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	s, err := graph.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Write(t, s, graphtest.World()...)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return db
}

// outputRow is a command line run on a store: its arguments, the
// substrings its output must hold, the error it must give.
type outputRow struct {
	name    string
	args    []string
	want    []string // substrings of stdout
	wantErr error
}

// checkOutputs runs r with each row's arguments on the store db.
func checkOutputs(t *testing.T, r runner, db string, rows []outputRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := storeCmd(t, r, db, tc.args...)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestSearchCmd(t *testing.T) {
	db := worldStore(t)
	tests := []outputRow{
		{"typo", []string{"vantr"}, []string{"<https://kg.example/id/place/vantor>  Vantor  [schema:City schema:Place]  2 docs"}, nil},
		{"alias", []string{"ostrian"}, []string{"Ostria (Ostrian)"}, nil},
		{"words as arguments", []string{"orla", "quen"}, []string{"Orla Quennell"}, nil},
		{"json", []string{"--json", "brightwater"}, []string{`"iri":"https://kg.example/id/organization/brightwater-institute"`}, nil},
		{"class", []string{"--class", "schema:Person", "vantor"}, nil, errReported},
		{"none", []string{"qqqzzz"}, nil, errReported},
		{"reindex", []string{"--reindex", "freland"}, []string{"Freland"}, nil},
	}
	checkOutputs(t, searchCmd{}, db, tests)
	var u usageError
	if _, _, err := storeCmd(t, searchCmd{}, db); !errors.As(err, &u) {
		t.Errorf("no text: %v, want a usage error", err)
	}
}

func TestShowCmd(t *testing.T) {
	db := worldStore(t)
	out, _, err := storeCmd(t, showCmd{}, db, "Ostria")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Ostria\n  <https://kg.example/id/place/ostria>", "classes: schema:Country, schema:Place", "aliases: Ostrian",
		"sameAs wd:Q990002", `wdt:P297 "OX"`, "<-- schema:containedInPlace -- Port Selby", "Mentions (3):", "[Ostria]"} {
		if !strings.Contains(out, w) {
			t.Errorf("card lacks %q:\n%s", w, out)
		}
	}
	out, _, err = storeCmd(t, showCmd{}, db, "--json", "--mentions", "0", "<https://kg.example/id/place/vantor>")
	if err != nil {
		t.Fatal(err)
	}
	var c explore.Card
	if err := json.Unmarshal([]byte(out), &c); err != nil || c.Name != "Vantor" || len(c.Mentions) != 0 || c.MentionCount != 4 {
		t.Errorf("json card: %+v, %v", c, err)
	}
	if _, _, err := storeCmd(t, showCmd{}, db, "nobody at all"); err == nil {
		t.Error("unknown entity: no error")
	}
}

func TestPathCmd(t *testing.T) {
	db := worldStore(t)
	out, _, err := storeCmd(t, pathCmd{}, db, "Orla Quennell", "Freland")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"path 1 (3 edges):", "Orla Quennell <https://kg.example/id/person/orla-quennell>", "-- schema:worksFor -->   sources: doc/",
		"Brightwater Institute", "-- schema:location -->", "-- schema:containedInPlace -->", "Freland <https://kg.example/id/place/freland>"}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("path lacks %q:\n%s", w, out)
		}
	}
	if _, stderr, err := storeCmd(t, pathCmd{}, db, "--max-depth", "2", "Orla Quennell", "Freland"); !errors.Is(err, errReported) || !strings.Contains(stderr, "no path of at most 2 edges") {
		t.Errorf("depth 2: %v %s", err, stderr)
	}
	out, _, err = storeCmd(t, pathCmd{}, db, "--plumbing", "--json", "Orla Quennell", "Ilse Marrow")
	if err != nil || !strings.Contains(out, `"predicate":"http://schema.org/mentions"`) {
		t.Errorf("plumbing path: %v\n%s", err, out)
	}
	var u usageError
	for _, args := range [][]string{{"one"}, {"--max-depth", "9", "a", "b"}, {"--max-depth", "-1", "a", "b"}, {"--limit", "-1", "a", "b"}} {
		if _, _, err := storeCmd(t, pathCmd{}, db, args...); !errors.As(err, &u) {
			t.Errorf("kg path %q: %v, want a usage error", args, err)
		}
	}
}

func TestLinkUnlinkCmd(t *testing.T) {
	db := worldStore(t)
	ds := filepath.Join("..", "..", "graph", "link", "testdata", "world.nt")
	out, stderr, err := storeCmd(t, linkCmd{}, db, "-v", "--dataset", ds)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	for _, w := range []string{"Vantor <https://kg.example/id/place/vantor>  sameAs  Vantor <http://www.wikidata.org/entity/Q990010>", "identifier"} {
		if !strings.Contains(out, w) {
			t.Errorf("link output lacks %q:\n%s", w, out)
		}
	}
	if !strings.Contains(stderr, "linked 6") || !strings.Contains(stderr, "quads imported into <file://") {
		t.Errorf("link summary: %s", stderr)
	}
	// Across datasets with Gizmo: our city, its link, the dataset's country,
	// that country's ISO code.
	q := `g.V("<https://kg.example/id/place/vantor>").Out("<http://www.w3.org/2002/07/owl#sameAs>").Out("<http://www.wikidata.org/prop/direct/P17>").Out("<http://www.wikidata.org/prop/direct/P297>").All()`
	out, _, err = storeCmd(t, queryCmd{}, db, q)
	if err != nil || strings.TrimSpace(out) != `{"id":"FX"}` {
		t.Errorf("cross-dataset query: %v %q", err, out)
	}
	card, _, _ := storeCmd(t, showCmd{}, db, "Vantor")
	if !strings.Contains(card, "[label+type+context") {
		t.Errorf("card lacks the link's method:\n%s", card)
	}
	_, stderr, err = storeCmd(t, unlinkCmd{}, db)
	if err != nil || !strings.Contains(stderr, "6 links removed") {
		t.Errorf("unlink: %v %s", err, stderr)
	}
	card, _, _ = storeCmd(t, showCmd{}, db, "Vantor")
	if strings.Contains(card, "sameAs") {
		t.Errorf("link left after unlink:\n%s", card)
	}
	_, stderr, err = storeCmd(t, linkCmd{}, db, "--dry-run", ds)
	if err != nil || !strings.Contains(stderr, "would link 6") {
		t.Errorf("dry run: %v %s", err, stderr)
	}
	var u usageError
	if _, _, err := storeCmd(t, linkCmd{}, db); !errors.As(err, &u) {
		t.Errorf("no dataset: %v, want a usage error", err)
	}
}

func TestServeCmd(t *testing.T) {
	db := worldStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serveCmd{ready: func(a string) { ready <- a }}.Run(ctx, []string{"--db", db, "--addr", "127.0.0.1:0", "--timeout", "1s"}, io.Discard, io.Discard)
	}()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	r, err := http.Get("http://" + addr + "/api/kg/search?q=vantor")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r.Body)
	r.Body.Close()
	if !strings.Contains(string(b), "place/vantor") {
		t.Errorf("search: %s", b)
	}
	r, err = http.Post("http://"+addr+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader("while(true){}"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(r.Body)
	r.Body.Close()
	if r.StatusCode < 400 || !strings.Contains(string(b), "timed out") {
		t.Errorf("runaway query: %d %s", r.StatusCode, b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestShowClaims(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, code := runCmd(t, "", "build", "--db", db, filepath.Join(repoRoot(t), "fixtures", "articles", "suez-canal-ever-given.txt")); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	out, _, err := storeCmd(t, showCmd{}, db, "Osama Rabie")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Said (2):", `told: "traffic would resume immediately"`} {
		if !strings.Contains(out, w) {
			t.Errorf("card lacks %q:\n%s", w, out)
		}
	}
	out, _, _ = storeCmd(t, showCmd{}, db, "--claims", "0", "Osama Rabie")
	if !strings.Contains(out, "Said (2):") || strings.Contains(out, `told: "traffic`) {
		t.Errorf("--claims 0 shows claims:\n%s", out)
	}
}

// TestUnlinkDatasetSpelling: kg unlink --dataset finds the dataset however
// its path was spelled, warns when it removes nothing, and
// --remove-datasets removes a dataset whose links are gone already.
func TestUnlinkDatasetSpelling(t *testing.T) {
	db := worldStore(t)
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("..", "..", "graph", "link", "testdata", "world.nt"))
	if err != nil {
		t.Fatal(err)
	}
	real := writeFile(t, dir, "world.nt", string(data))
	other := writeFile(t, dir, "other.nt", "<http://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> \"X\" .\n")
	alias := filepath.Join(dir, "alias.nt")
	if err := os.Symlink(real, alias); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	link := func() {
		t.Helper()
		if _, stderr, err := storeCmd(t, linkCmd{}, db, "--dataset", alias); err != nil || !strings.Contains(stderr, "linked 6") {
			t.Fatalf("link: %v\n%s", err, stderr)
		}
	}
	link()
	tests := []struct {
		name string
		args []string
		want []string // in stderr
		not  string   // not in stderr
	}{
		{"another file: a warning", []string{"--dataset", other}, []string{"0 links removed", "warning: nothing removed: no links into " + other + "; the linked datasets are <file://"}, ""},
		{"the real path of the linked symlink", []string{"--dataset", real}, []string{"6 links removed"}, "warning"},
		{"nothing left: a warning", nil, []string{"0 links removed", "warning: nothing removed: the store has no links"}, ""},
		{"the dataset, its links gone already", []string{"--remove-datasets"}, []string{"0 links removed", "1 datasets removed"}, "warning"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, err := storeCmd(t, unlinkCmd{}, db, tc.args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if tc.not != "" && strings.Contains(stderr, tc.not) {
				t.Errorf("stderr has %q:\n%s", tc.not, stderr)
			}
		})
	}
	out, _, err := storeCmd(t, queryCmd{}, db, `g.V("<http://www.wikidata.org/entity/Q990010>").Out().All()`)
	if err != nil || strings.TrimSpace(out) != "" {
		t.Errorf("the dataset's quads after --remove-datasets: %v\n%s", err, out)
	}
}

// TestServeCmdToken runs kg serve --writable --token-file: writes need the
// token, reads do not, and the token is printed nowhere.
func TestServeCmdToken(t *testing.T) {
	db := worldStore(t)
	const token = "tok-7f3a9c-secret"
	tokFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokFile, []byte(token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	var stderr bytes.Buffer
	go func() {
		done <- serveCmd{ready: func(a string) { ready <- a }}.Run(ctx, []string{"--db", db, "--addr", "127.0.0.1:0", "--writable", "--token-file", tokFile}, io.Discard, &stderr)
	}()
	var addr string
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	const nq = `<https://example.org/t> <http://schema.org/name> "Token Writer" .` + "\n"
	write := func(auth string) int {
		req, _ := http.NewRequest("POST", "http://"+addr+"/api/v2/write", strings.NewReader(nq))
		req.Header.Set("Content-Type", "application/n-quads")
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r.StatusCode
	}
	if code := write(""); code != http.StatusUnauthorized {
		t.Errorf("write without the token: %d", code)
	}
	if code := write("Bearer " + token); code != 200 {
		t.Errorf("write with the token: %d", code)
	}
	r, err := http.Get("http://" + addr + "/api/kg/search?q=vantor")
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != 200 {
		t.Errorf("read without the token: %d", r.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if strings.Contains(stderr.String(), token) || !strings.Contains(stderr.String(), "with a token") {
		t.Errorf("start-up message: %q", stderr.String())
	}
	for _, args := range [][]string{
		{"--token-reads"},
		{"--token", "x", "--token-file", tokFile},
		{"--query-memory", "0"},
	} {
		err := serveCmd{}.Run(context.Background(), append([]string{"--db", db, "--addr", "127.0.0.1:0"}, args...), io.Discard, io.Discard)
		var u usageError
		if !errors.As(err, &u) {
			t.Errorf("kg serve %q: %v, want a usage error", args, err)
		}
	}
}

// TestTopCmd checks kg top's lines, classes by schema.org name, ranking
// by mentions and its errors.
func TestTopCmd(t *testing.T) {
	db := worldStore(t)
	tests := []outputRow{
		{"default", nil, []string{"     2 docs  <https://kg.example/id/place/freland>  Freland  [schema:Country schema:Place]"}, nil},
		{"class by schema.org name", []string{"--class", "Person", "-n", "1"}, []string{"Ilse Marrow"}, nil},
		{"by mentions", []string{"--class", "schema:City", "--by", "mentions"}, []string{"     4 mentions in 2 docs  <https://kg.example/id/place/vantor>  Vantor"}, nil},
		{"json", []string{"--json", "-n", "1"}, []string{`"Name":"Freland"`}, nil},
		{"no entity of the class", []string{"--class", "Event"}, nil, errReported},
	}
	checkOutputs(t, topCmd{}, db, tests)
	var u usageError
	if _, _, err := storeCmd(t, topCmd{}, db, "--by", "votes"); !errors.As(err, &u) {
		t.Errorf("--by votes: %v, want a usage error", err)
	}

	// A bare name that is no schema.org class of the store's is kg's own.
	party := filepath.Join(t.TempDir(), "kg.db")
	s, err := graph.Open(context.Background(), party, nil)
	if err != nil {
		t.Fatal(err)
	}
	graphtest.Write(t, s, graphtest.Result("Reds gain\nThe Reds won the vote in Vantor.",
		[]graphtest.Ent{{Type: extract.Organization, Class: schema.NS + "PoliticalParty", Name: "Reds"}, {Type: extract.Location, Class: "City", Name: "Vantor"}}, nil))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	checkOutputs(t, topCmd{}, party, []outputRow{
		{"class by kg's name", []string{"--class", "PoliticalParty"}, []string{"Reds  [schema:Organization kg:PoliticalParty]"}, nil},
		{"class prefixed", []string{"--class", "kg:PoliticalParty"}, []string{"Reds"}, nil},
	})
}
