package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQueryCmd(t *testing.T) {
	db, _ := importedStore(t)
	const person = `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/Person>").Tag("p").Out("<http://schema.org/name>").All()`
	tests := []struct {
		name    string
		args    []string
		stdin   string
		want    string
		wantErr string
	}{
		{name: "gizmo", args: []string{person},
			want: `{"id":"Ada Example","p":"<https://kg.example/id/p/ada>"}` + "\n"},
		{name: "stdin", args: []string{"-"}, stdin: person,
			want: `{"id":"Ada Example","p":"<https://kg.example/id/p/ada>"}` + "\n"},
		{name: "count", args: []string{`g.Emit(g.V("<https://kg.example/id/p/ada>").Out().Count())`},
			want: "3\n"},
		{name: "mql", args: []string{"--lang", "mql", `[{"id": null, "<http://schema.org/worksFor>": {"id": null}}]`},
			want: `{"<http://schema.org/worksFor>":{"id":"<https://kg.example/id/o/labs>"},"id":"<https://kg.example/id/p/ada>"}` + "\n"},
		{name: "graphql", args: []string{"--lang", "graphql", `{ p(id: <https://kg.example/id/p/ada>) { name: <http://schema.org/name> } }`},
			want: `{"p":{"name":"Ada Example"}}` + "\n"},
		{name: "timeout", args: []string{"--timeout", "300ms", `while(true){}`}, wantErr: "graph: query timed out after 300ms"},
		{name: "memory", args: []string{"--query-memory", "32", `var s = "x"; while (true) { s = s + s; }`}, wantErr: "grew the heap by more than 32 MiB"},
		{name: "syntax error", args: []string{`g.V(`}, wantErr: "graph: gizmo query: SyntaxError"},
		{name: "unknown language", args: []string{"--lang", "sparql", "SELECT"}, wantErr: `unknown query language "sparql"`},
		// Positions are in the query as written, not as its prefixes
		// expand (issue 18.8): the "]" is the 48th character, and the
		// 98th byte of the expanded query.
		{name: "syntax error after prefixes", args: []string{`g.V().Has("<rdf:type>", "<schema:Person>").Out(].All()`},
			wantErr: "(anonymous): Line 1:48 Unexpected token ]"},
		{name: "syntax error on a later line", args: []string{"g.V(\"<kg:document>\")\n  .Out(\"<schema:name>\"))"},
			wantErr: "(anonymous): Line 2:24 Unexpected token )"},
		{name: "runtime error after prefixes", args: []string{`g.V("<schema:Person>").Nowhere().All()`},
			wantErr: "has no member 'Nowhere' at <eval>:1:31("},
		{name: "graphql syntax error after prefixes", args: []string{"--lang", "graphql", `{ p(<schema:name>: "Ada Example") { id `},
			wantErr: "Syntax Error GraphQL (1:40) Expected Name, found EOF\n\n1: { p(<schema:name>: \"Ada Example\") { id \n" + strings.Repeat(" ", 42) + "^\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			c := queryCmd{stdin: strings.NewReader(tc.stdin)}
			err := c.Run(context.Background(), append([]string{"--db", db}, tc.args...), &stdout, &stderr)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr.String())
			}
			if diff := cmp.Diff(tc.want, stdout.String()); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
	// --limit stops after N results.
	out, _, err := storeCmd(t, queryCmd{}, db, "--limit", "2", `g.V().All()`)
	if err != nil || strings.Count(out, "\n") != 2 {
		t.Errorf("--limit 2: %v\n%s", err, out)
	}
	// --limit caps GraphQL lists too.
	out, _, err = storeCmd(t, queryCmd{}, db, "--lang", "graphql", "--limit", "2", `{ nodes(first: 100) { id } }`)
	if err != nil || strings.Count(out, `"id"`) != 2 {
		t.Errorf("--lang graphql --limit 2: %v\n%s", err, out)
	}
	for _, args := range [][]string{nil, {"a", "b"}, {"--limit", "-1", "g.V()"}, {"  "}} {
		_, _, err := storeCmd(t, queryCmd{}, db, args...)
		var u usageError
		if !errors.As(err, &u) {
			t.Errorf("kg query %q: error = %v, want a usage error", args, err)
		}
	}
}

// TestQueryGizmoHint runs Gizmo queries that print nothing: one without a
// call that prints gets a hint on stderr, one that prints no result
// because there is none does not.
func TestQueryGizmoHint(t *testing.T) {
	db, _ := importedStore(t)
	tests := []struct {
		name  string
		query string
		hint  bool
	}{
		{name: "no final call", query: `g.V("<https://kg.example/id/p/ada>").Out()`, hint: true},
		{name: "to array", query: `g.V("<https://kg.example/id/p/ada>").Out().ToArray()`, hint: true},
		{name: "all with no result", query: `g.V("<urn:none>").Out().All()`},
		{name: "lower-case all", query: `g.V("<urn:none>").all()`},
		{name: "get limit", query: `g.V("<urn:none>").GetLimit(3)`},
		{name: "emit nothing", query: `var a = g.V("<urn:none>").ToArray(); if (a.length) { g.Emit(a) }`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, err := storeCmd(t, queryCmd{}, db, tt.query)
			if err != nil || stdout != "" {
				t.Fatalf("query: %v, stdout %q", err, stdout)
			}
			if got := strings.Contains(stderr, "did you mean to end it with .All()?"); got != tt.hint {
				t.Errorf("hint %v, want %v; stderr %q", got, tt.hint, stderr)
			}
		})
	}
}

func TestExportCmd(t *testing.T) {
	db, nt := importedStore(t)
	graphIRI := "file://" + filepath.ToSlash(nt)
	out, _, err := storeCmd(t, exportCmd{}, db)
	if err != nil {
		t.Fatal(err)
	}
	// Sorted, every quad labelled with the import's graph.
	var want []string
	for _, l := range strings.Split(strings.TrimSpace(peopleNT), "\n") {
		want = append(want, strings.TrimSuffix(l, ".")+"<"+graphIRI+"> .")
	}
	wantSorted := append([]string{}, want...)
	sort.Strings(wantSorted)
	if diff := cmp.Diff(strings.Join(wantSorted, "\n")+"\n", out); diff != "" {
		t.Errorf("kg export (-want +got):\n%s", diff)
	}

	// -o with the format from the extension, and --graph.
	dir := t.TempDir()
	for _, c := range []struct{ file, args, contains string }{
		{"out.jsonld", "", `"@id":"https://kg.example/id/p/ada"`},
		{"out.graphml", "", "<graphml"},
		{"out.dot", "", "digraph"},
		{"out.txt", "--format nquads --graph <" + graphIRI + ">", `"Ada Example"`},
	} {
		path := filepath.Join(dir, c.file)
		args := append(strings.Fields(c.args), "-o", path)
		if _, _, err := storeCmd(t, exportCmd{}, db, args...); err != nil {
			t.Fatalf("export %v: %v", args, err)
		}
		b, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(b), c.contains) {
			t.Errorf("export -o %s: %v\n%s", c.file, err, b)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("export left other files: %v", entries)
	}

	// A graph that is not there, and a bad format.
	if _, _, err := storeCmd(t, exportCmd{}, db, "--graph", "urn:kg:none"); err == nil || !strings.Contains(err.Error(), "no graph") {
		t.Errorf("unknown graph: %v", err)
	}
	_, _, err = storeCmd(t, exportCmd{}, db, "--format", "turtle")
	var u usageError
	if !errors.As(err, &u) {
		t.Errorf("unknown format: %v, want a usage error", err)
	}
}

// TestExportImportRoundTrip exports a store and imports it into a new one
// keeping the graphs: the second export is the same bytes.
func TestExportImportRoundTrip(t *testing.T) {
	db, _ := importedStore(t)
	if _, _, err := storeCmd(t, importCmd{stdin: strings.NewReader(`<https://kg.example/id/p/ada> <http://schema.org/knows> _:x <urn:kg:dataset:other> .`)}, db, "-q", "--keep-graphs", "-"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	dump := filepath.Join(dir, "dump.nq")
	if _, _, err := storeCmd(t, exportCmd{}, db, "-o", dump); err != nil {
		t.Fatal(err)
	}
	db2 := filepath.Join(dir, "kg2.db")
	if _, _, err := storeCmd(t, importCmd{}, db2, "-q", "--keep-graphs", dump); err != nil {
		t.Fatal(err)
	}
	out, _, err := storeCmd(t, exportCmd{}, db2)
	if err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(dump)
	if diff := cmp.Diff(string(first), out); diff != "" {
		t.Errorf("second export (-first +second):\n%s", diff)
	}
	if !strings.Contains(out, "<urn:kg:dataset:other>") {
		t.Errorf("--keep-graphs lost a graph:\n%s", out)
	}
}
