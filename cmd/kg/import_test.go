package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Made-up test data, not from any corpus.
const peopleNT = `<https://kg.example/id/p/ada> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .
<https://kg.example/id/p/ada> <http://schema.org/name> "Ada Example" .
<https://kg.example/id/p/ada> <http://schema.org/worksFor> <https://kg.example/id/o/labs> .
<https://kg.example/id/o/labs> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> .
`

// storeCmd runs a store command with --db pointing at db and returns its
// stdout, stderr and error.
func storeCmd(t *testing.T, r runner, db string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := r.Run(context.Background(), append([]string{"--db", db}, args...), &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// importedStore returns a store holding peopleNT, imported from people.nt.
func importedStore(t *testing.T) (db, nt string) {
	t.Helper()
	dir := t.TempDir()
	db = filepath.Join(dir, "kg.db")
	nt = writeFile(t, dir, "people.nt", peopleNT)
	if _, stderr, err := storeCmd(t, importCmd{}, db, "-q", nt); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	return db, nt
}

func TestImportCmd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	good := writeFile(t, dir, "people.nt", peopleNT)
	bad := writeFile(t, dir, "bad.nq", "<https://kg.example/id/p/bob> <http://schema.org/name> \"Bob\" .\n<https://kg.example/id/p/bob> <http://schema.org/name> \"Bob\" <g> <h> .\n")

	stdout, stderr, err := storeCmd(t, importCmd{}, db, good, bad, filepath.Join(dir, "missing.nt"))
	if !errors.Is(err, errReported) {
		t.Errorf("error = %v, want errReported (exit 1)", err)
	}
	if want := good + ": 4 quads added to <file://" + filepath.ToSlash(good) + ">\n"; stdout != want {
		t.Errorf("stdout = %q, want %q", stdout, want)
	}
	for _, want := range []string{
		"kg import: " + bad + ":2:",
		"invalid N-Quad: unexpected rune '<'",
		"missing.nt: no such file or directory",
		"kg import: 2 of 3 inputs failed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	// The good file is in, under its own graph; nothing of the bad one.
	out, _, err := storeCmd(t, exportCmd{}, db)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "Bob") || strings.Count(out, "\n") != 4 || !strings.Contains(out, "<file://"+filepath.ToSlash(good)+"> .") {
		t.Errorf("store after import:\n%s", out)
	}

	// Standard input, with a chosen graph.
	var so, se bytes.Buffer
	err = importCmd{stdin: strings.NewReader(peopleNT)}.Run(context.Background(), []string{"--db", db, "--graph", "<urn:kg:dataset:people>", "-"}, &so, &se)
	if err != nil || so.String() != "<stdin>: 4 quads added to <urn:kg:dataset:people>\n" {
		t.Errorf("import - = %v, %q, %q", err, so.String(), se.String())
	}
}

func TestImportCmdUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	tests := []struct {
		name string
		args []string
	}{
		{"no input", nil},
		{"unknown format", []string{"--format", "turtle", "x.ttl"}},
		{"unknown flag", []string{"--nope", "x.nt"}},
		{"bad memory limit", []string{"--memory-limit", "lots", "x.nt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := storeCmd(t, importCmd{}, db, tc.args...)
			var u usageError
			if !errors.As(err, &u) {
				t.Errorf("error = %v, want a usage error", err)
			}
		})
	}
}

// TestStoreCmdHelp checks each store command's --help: exit 0, synopsis,
// examples.
func TestStoreCmdHelp(t *testing.T) {
	for name, c := range map[string]runner{"query": queryCmd{}, "export": exportCmd{}, "import": importCmd{}, "stats": statsCmd{}} {
		t.Run(name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := c.Run(context.Background(), []string{"--help"}, io.Discard, &stderr)
			if !errors.Is(err, errHelp) {
				t.Errorf("--help: %v", err)
			}
			for _, want := range []string{"Usage: kg " + name, "Examples:", "--db"} {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("help lacks %q:\n%s", want, stderr.String())
				}
			}
		})
	}
}

// TestReadCommandsNeedStore checks the message when there is no store.
func TestReadCommandsNeedStore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	for name, c := range map[string]struct {
		r    runner
		args []string
	}{
		"query":  {queryCmd{}, []string{"g.V().All()"}},
		"export": {exportCmd{}, nil},
		"stats":  {statsCmd{}, nil},
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := storeCmd(t, c.r, db, c.args...)
			want := "graph: no store at " + db + "; run 'kg build' first"
			if err == nil || err.Error() != want {
				t.Errorf("error = %v, want %q", err, want)
			}
			if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a read command created the store")
			}
		})
	}
}

func TestStatsCmd(t *testing.T) {
	db, _ := importedStore(t)
	out, _, err := storeCmd(t, statsCmd{}, db)
	if err != nil {
		t.Fatal(err)
	}
	want := `              documents  0
               entities  2
    schema:Organization  1
          schema:Person  1
               mentions  0
              relations  0
                 claims  0
                 graphs  1
           of documents  0
               imported  1
               kg's own  0
                  quads  4
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("kg stats (-want +got):\n%s", diff)
	}
	out, _, err = storeCmd(t, statsCmd{}, db, "--json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"quads": 4`) || !strings.Contains(out, `"http://schema.org/Person": 1`) {
		t.Errorf("kg stats --json:\n%s", out)
	}
}

// TestImportKeepGraphsReport: with --keep-graphs the report names the
// graphs the quads went to, not the file's.
func TestImportKeepGraphsReport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	// Made-up data: two quads in graph a, one in b, one without a graph.
	nq := writeFile(t, dir, "backup.nq", `<https://kg.example/id/p/ada> <http://schema.org/name> "Ada Example" <https://kg.example/g/a> .
<https://kg.example/id/p/ada> <http://schema.org/jobTitle> "engineer" <https://kg.example/g/a> .
<https://kg.example/id/p/bea> <http://schema.org/name> "Bea Sample" <https://kg.example/g/b> .
<https://kg.example/id/p/cy> <http://schema.org/name> "Cy Test" .
`)
	fileGraph := "<file://" + filepath.ToSlash(nq) + ">"
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"keep graphs", []string{"--keep-graphs", nq}, nq + ": 4 quads added to 3 graphs:\n" +
			"  " + fileGraph + ": 1 quads, 1 added\n" +
			"  <https://kg.example/g/a>: 2 quads, 2 added\n" +
			"  <https://kg.example/g/b>: 1 quads, 1 added\n"},
		{"again: nothing added", []string{"--keep-graphs", nq}, nq + ": 0 quads added to 3 graphs:\n" +
			"  " + fileGraph + ": 1 quads, 0 added\n" +
			"  <https://kg.example/g/a>: 2 quads, 0 added\n" +
			"  <https://kg.example/g/b>: 1 quads, 0 added\n"},
		{"the file's graph", []string{nq}, nq + ": 3 quads added to " + fileGraph + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, err := storeCmd(t, importCmd{}, db, tc.args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			if diff := cmp.Diff(tc.want, out); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
		})
	}
}
