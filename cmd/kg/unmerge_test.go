package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// anchorsOf returns the texts of the mentions whose entity is e.
func anchorsOf(t *testing.T, db string, e quad.IRI) []string {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, db, &graph.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var out []string
	q := `g.V("<` + string(e) + `>").In("<` + schema.TaIdentRef + `>").Out("<` + schema.AnchorOf + `>").All()`
	err = s.Query(ctx, "gizmo", q, nil, func(r any) error {
		if m, ok := r.(map[string]any); ok {
			if id, ok := m["id"]; ok {
				out = append(out, strings.Trim(toString(id), `"`))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case quad.Value:
		return x.String()
	}
	return ""
}

// TestUnmerge builds an article in which a surname was merged with the
// wrong full name, unmerges it, and builds another article: the decision
// holds there too.
func TestUnmerge(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	write := func(p, text string) {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(a, "Mayor opens bridge\n\nMayor Jane Okafor opened the new bridge in Lakeside on Monday. Her brother, the engineer Okafor, works for a builder.\n")
	write(b, "Bridge safety\n\nCouncillors backed Mayor Jane Okafor on Tuesday. Her brother, the engineer Okafor, said the bridge was safe.\n")
	if _, stderr, code := runCmd(t, "", "build", "--db", db, "-q", a); code != 0 {
		t.Fatalf("build exit %d:\n%s", code, stderr)
	}
	jane := schema.EntityIRI("PER", "jane okafor", nil)
	other := schema.EntityIRI("PER", "okafor not jane okafor", nil)
	if got := anchorsOf(t, db, quad.IRI(jane)); len(got) != 2 {
		t.Fatalf("before: mentions of Jane Okafor %q, want the full name and the merged surname", got)
	}

	// Usage errors and an alias with no mention.
	if _, _, code := runCmd(t, "", "unmerge", "--db", db, jane); code != 2 {
		t.Errorf("unmerge without --alias: exit %d, want 2", code)
	}
	if _, stderr, code := runCmd(t, "", "unmerge", "--db", db, jane, "--alias", "Smith"); code != 1 || !strings.Contains(stderr, "no mention") {
		t.Errorf("unmerge of an absent alias: exit %d, stderr %q", code, stderr)
	}
	// A dry run writes nothing.
	out, stderr, code := runCmd(t, "", "unmerge", "--db", db, "--dry-run", jane, "--alias", "okafor")
	if code != 0 || !strings.Contains(out, "would move 1 mentions") {
		t.Fatalf("dry run exit %d:\n%s%s", code, out, stderr)
	}
	if got := anchorsOf(t, db, quad.IRI(other)); len(got) != 0 {
		t.Fatalf("dry run moved %q", got)
	}
	out, stderr, code = runCmd(t, "", "unmerge", "--db", db, "Jane Okafor", "--alias", "Okafor")
	if code != 0 || !strings.Contains(out, "moved 1 mentions") || !strings.Contains(out, other) {
		t.Fatalf("unmerge exit %d:\n%s%s", code, out, stderr)
	}
	if got := anchorsOf(t, db, quad.IRI(jane)); len(got) != 1 || got[0] != "Jane Okafor" {
		t.Errorf("after: mentions of Jane Okafor %q, want only the full name", got)
	}
	if got := anchorsOf(t, db, quad.IRI(other)); len(got) != 1 || got[0] != "Okafor" {
		t.Errorf("after: mentions of %s %q, want the surname", other, got)
	}
	out, _, code = runCmd(t, "", "unmerge", "--db", db, "--list")
	if code != 0 || !strings.Contains(out, jane) || !strings.Contains(out, `"Okafor"`) {
		t.Errorf("--list exit %d:\n%s", code, out)
	}
	// A later build respects the decision.
	if _, stderr, code := runCmd(t, "", "build", "--db", db, "-q", b); code != 0 {
		t.Fatalf("second build exit %d:\n%s", code, stderr)
	}
	if got := anchorsOf(t, db, quad.IRI(other)); len(got) != 2 {
		t.Errorf("after the second build: mentions of %s %q, want the surname of both articles", other, got)
	}
}

func TestExtractDateFlag(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("Talks end\n\nThe talks in Geneva ended on Friday after 3 days.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCmd(t, "", "extract", "--date", "2024-03-27", p)
	if code != 0 {
		t.Fatalf("extract exit %d:\n%s", code, stderr)
	}
	for _, want := range []string{"date\tDate\tFriday\t2024-03-22", "quantity\tDuration\t3 days\tP3D"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := runCmd(t, "", "extract", "--date", "22/03/2024", p); code != 2 {
		t.Errorf("bad --date: exit %d, want 2", code)
	}
}
