package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEndToEnd walks the path a user takes: build the fixtures, query them,
// export the store, import the export into a fresh store, export again and
// get the same bytes, and have a runaway query stopped by its timeout.
func TestEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	articles := filepath.Join(repoRoot(t), "fixtures", "articles")
	if _, stderr, code := runCmd(t, "", "build", "--db", db, articles); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}

	// Query: the people of the fixtures, with short IRIs.
	out, stderr, code := runCmd(t, "", "query", "--db", db,
		`g.V().Has("<rdf:type>", "<schema:Person>").Out("<schema:name>").Unique().All()`)
	if code != 0 {
		t.Fatalf("query: exit %d\n%s", code, stderr)
	}
	for _, name := range []string{"Jacinda Ardern", "Laurent Fabius", "Evo Morales"} {
		if !strings.Contains(out, `{"id":"`+name+`"}`) {
			t.Errorf("query for people lacks %q:\n%s", name, out)
		}
	}

	// Which documents mention both Chile and the United States.
	out, stderr, code = runCmd(t, "", "query", "--db", db,
		`g.V().Has("<schema:name>", "Chile").In("<schema:mentions>").Intersect(g.V().Has("<schema:name>", "United States").In("<schema:mentions>")).Out("<kg:source>").Unique().All()`)
	if code != 0 {
		t.Fatalf("query: exit %d\n%s", code, stderr)
	}
	for _, doc := range []string{"chile-miners-rescue.txt", "tonga-eruption.txt"} {
		if !strings.Contains(out, doc) {
			t.Errorf("documents mentioning Chile and the United States lack %s:\n%s", doc, out)
		}
	}

	// Export, then read it back into a fresh store: same quads.
	dump := filepath.Join(dir, "dump.nq")
	if _, stderr, code := runCmd(t, "", "export", "--db", db, "-o", dump); code != 0 {
		t.Fatalf("export: exit %d\n%s", code, stderr)
	}
	first, err := os.ReadFile(dump)
	if err != nil {
		t.Fatal(err)
	}
	quads := readNQuads(t, first)
	if len(quads) < 1000 {
		t.Fatalf("export has %d quads, want the fixtures' thousand or more", len(quads))
	}
	db2 := filepath.Join(dir, "copy.db")
	if _, stderr, code := runCmd(t, "", "import", "--db", db2, "--keep-graphs", dump); code != 0 {
		t.Fatalf("import: exit %d\n%s", code, stderr)
	}
	second, stderr, code := runCmd(t, "", "export", "--db", db2)
	if code != 0 {
		t.Fatalf("export of the copy: exit %d\n%s", code, stderr)
	}
	if diff := cmp.Diff(string(first), second); diff != "" {
		t.Errorf("export of the imported export differs (-first +second):\n%s", diff)
	}

	// A runaway query is stopped by its timeout.
	_, stderr, code = runCmd(t, "", "query", "--db", db, "--timeout", "300ms", `while(true){}`)
	if code != 1 || !strings.Contains(stderr, "query timed out after 300ms") {
		t.Errorf("runaway query: exit %d, stderr %q; want exit 1 and a timeout error", code, stderr)
	}
}
