package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmeQuery is one `$ kg query '...'` example of the README and the
// result lines shown under it.
type readmeQuery struct {
	line  int
	query string
	want  []string
}

// readmeQueries reads the query examples of a README: a line starting
// "$ kg query '" up to the closing quote (it may span lines), then the
// JSON lines that follow it.
func readmeQueries(text string) []readmeQuery {
	lines := strings.Split(text, "\n")
	var out []readmeQuery
	for i := 0; i < len(lines); i++ {
		rest, ok := strings.CutPrefix(lines[i], "$ kg query '")
		if !ok {
			continue
		}
		q := readmeQuery{line: i + 1}
		var b strings.Builder
		for {
			if body, done := strings.CutSuffix(rest, "'"); done {
				b.WriteString(body)
				break
			}
			b.WriteString(rest)
			b.WriteString("\n")
			i++
			if i >= len(lines) {
				return out
			}
			rest = strings.TrimLeft(lines[i], " ")
		}
		q.query = b.String()
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "{") {
			i++
			q.want = append(q.want, lines[i])
		}
		out = append(out, q)
	}
	return out
}

// TestReadmeQueries runs the README's query examples on the store its
// quick start builds (the fixtures) and checks that every result line it
// shows comes back. Examples that need a linked dataset are left to
// TestLink and the graph package's tests.
func TestReadmeQueries(t *testing.T) {
	root := repoRoot(t)
	text, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	qs := readmeQueries(string(text))
	if len(qs) < 5 {
		t.Fatalf("found %d query examples in README.md, want 5 or more", len(qs))
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, code := runCmd(t, "", "build", "--db", db, filepath.Join(root, "fixtures", "articles")); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	checked := 0
	for _, q := range qs {
		if strings.Contains(q.query, "sameAs") || strings.Contains(q.query, "kg:Link") {
			continue // needs `kg link` with a dataset
		}
		out, stderr, code := runCmd(t, "", "query", "--db", db, q.query)
		if code != 0 {
			t.Errorf("README.md:%d: exit %d\n%s", q.line, code, stderr)
			continue
		}
		got := map[string]bool{}
		for _, l := range strings.Split(out, "\n") {
			got[l] = true
		}
		for _, w := range q.want {
			if !got[w] {
				t.Errorf("README.md:%d: the query does not return\n  %s\nit returns:\n%s", q.line, w, out)
			}
		}
		checked++
	}
	if checked < 5 {
		t.Errorf("checked %d examples, want 5 or more", checked)
	}
}

func TestReadmeQueriesParse(t *testing.T) {
	text := "x\n$ kg query 'g.V()\n    .All()'\n{\"id\":\"a\"}\n...\n$ kg query 'g.V().All()'\ntext\n"
	qs := readmeQueries(text)
	if len(qs) != 2 || qs[0].query != "g.V()\n.All()" || len(qs[0].want) != 1 || qs[0].line != 2 || len(qs[1].want) != 0 {
		t.Errorf("readmeQueries = %+v", qs)
	}
}

// TestReadmeClaimsOnce runs the README's "Who said what?" example on the
// fixtures and a second filing of one of them, so that a speaker is named
// by two documents (and so has its name stated twice): the query must
// still return each claim once, and every claim.
func TestReadmeClaimsOnce(t *testing.T) {
	root := repoRoot(t)
	text, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var q readmeQuery
	for _, c := range readmeQueries(string(text)) {
		if strings.Contains(c.query, "<schema:Claim>") && strings.Contains(c.query, `"speaker"`) {
			q = c
		}
	}
	if q.query == "" {
		t.Fatal(`README.md has no "Who said what?" query (<schema:Claim> ... "speaker")`)
	}
	suez, err := os.ReadFile(filepath.Join(root, "fixtures", "articles", "suez-canal-ever-given.txt"))
	if err != nil {
		t.Fatal(err)
	}
	again := writeFile(t, t.TempDir(), "suez-again.txt", string(suez)+"\nThis report was filed again on Monday.\n")
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, code := runCmd(t, "", "build", "--db", db, filepath.Join(root, "fixtures", "articles"), again); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	claimsOut, stderr, code := runCmd(t, "", "query", "--db", db, `g.V().Has("<rdf:type>", "<schema:Claim>").All()`)
	if code != 0 {
		t.Fatalf("claims: exit %d\n%s", code, stderr)
	}
	claims := strings.Count(claimsOut, "\n")
	out, stderr, code := runCmd(t, "", "query", "--db", db, q.query)
	if code != 0 {
		t.Fatalf("README.md:%d: exit %d\n%s", q.line, code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	seen := map[string]bool{}
	for _, l := range lines {
		if seen[l] {
			t.Errorf("README.md:%d: the query repeats\n  %s", q.line, l)
		}
		seen[l] = true
	}
	if len(lines) != claims {
		t.Errorf("README.md:%d: %d results for %d claims:\n%s", q.line, len(lines), claims, out)
	}
}
