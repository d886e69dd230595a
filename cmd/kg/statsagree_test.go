package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// kg build's summary and kg stats count the same things: on a store built
// from nothing, the same documents, distinct entities, mentions, relations
// and quads; kg stats says which graphs are documents', imported and kg's
// own.
func TestBuildSummaryAgreesWithStats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	out, stderr, code := runCmd(t, "", "build", "--db", db, "--json", filepath.Join(repoRoot(t), "fixtures", "articles"))
	if code != 0 {
		t.Fatalf("build exit %d:\n%s", code, stderr)
	}
	var sum buildSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatal(err)
	}
	type counts struct {
		Documents, Entities, Mentions, Relations, Quads int
		DocumentGraphs, Imports, KGGraphs, Graphs       int
	}
	stats := func() counts {
		t.Helper()
		out, stderr, code := runCmd(t, "", "stats", "--db", db, "--json")
		if code != 0 {
			t.Fatalf("stats exit %d:\n%s", code, stderr)
		}
		var st struct {
			Documents      int `json:"documents"`
			EntityTotal    int `json:"entity_total"`
			Mentions       int `json:"mentions"`
			Relations      int `json:"relations"`
			Quads          int `json:"quads"`
			Graphs         int `json:"graphs"`
			DocumentGraphs int `json:"document_graphs"`
			Imports        int `json:"imports"`
			KGGraphs       int `json:"kg_graphs"`
		}
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatal(err)
		}
		return counts{st.Documents, st.EntityTotal, st.Mentions, st.Relations, st.Quads, st.DocumentGraphs, st.Imports, st.KGGraphs, st.Graphs}
	}
	got := stats()
	want := counts{sum.Stored, sum.Entities, sum.Mentions, sum.Relations, sum.Quads, sum.Stored, 0, 1, sum.Stored + 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kg stats disagrees with kg build's summary (-build +stats):\n%s", diff)
	}

	// An imported file is a graph of its own, neither a document nor kg's.
	nt := writeFile(t, dir, "people.nt", peopleNT)
	if _, stderr, code := runCmd(t, "", "import", "--db", db, "-q", nt); code != 0 {
		t.Fatalf("import exit %d:\n%s", code, stderr)
	}
	got = stats()
	if got.Imports != 1 || got.DocumentGraphs != sum.Stored || got.Graphs != sum.Stored+2 {
		t.Errorf("after an import: %+v, want 1 imported graph among %d", got, sum.Stored+2)
	}
}
