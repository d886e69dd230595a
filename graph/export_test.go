package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
)

// readNQuads parses N-Quads with quad/nquads' own reader.
func readNQuads(t *testing.T, data []byte) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(data), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			return out
		} else if err != nil {
			t.Fatal(err)
		}
		out = append(out, q)
	}
}

func writeTwoDocs(t *testing.T, s *Store) (doc1, doc2 quad.IRI, q1, q2 []quad.Quad) {
	t.Helper()
	doc1, doc2 = "https://kg.example/doc/1", "https://kg.example/doc/2"
	q1, q2 = labelled(docQuads(doc1, alice, false), doc1), labelled(docQuads(doc2, bob, true), doc2)
	// Literals of several types survive the round trip.
	q2 = append(q2,
		quad.Make(bob, iri("https://kg.example/ns#height"), quad.Float(1.5), doc2),
		quad.Make(bob, iri("https://kg.example/ns#note"), quad.LangString{Value: "bonjour \"à\"\n", Lang: "fr"}, doc2),
		quad.Make(bob, iri("https://kg.example/ns#born"), quad.TypedString{Value: "1990-01-02", Type: "http://www.w3.org/2001/XMLSchema#date"}, doc2),
		quad.Make(quad.BNode("b1"), iri("https://kg.example/ns#x"), quad.Bool(true), doc2),
	)
	for _, w := range []struct {
		doc quad.IRI
		qs  []quad.Quad
	}{{doc1, q1}, {doc2, q2}} {
		if _, err := s.WriteDocument(context.Background(), w.doc, w.qs); err != nil {
			t.Fatal(err)
		}
	}
	return doc1, doc2, q1, q2
}

func TestExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	doc1, _, q1, q2 := writeTwoDocs(t, s)

	var buf bytes.Buffer
	if err := s.Export(ctx, &buf, nil); err != nil {
		t.Fatal(err)
	}
	got := readNQuads(t, buf.Bytes())
	if diff := cmp.Diff(nquadLines(append(append([]quad.Quad{}, q1...), q2...)), nquadLines(got)); diff != "" {
		t.Errorf("exported quads (-want +got):\n%s", diff)
	}
	// Sorted, hence deterministic: the lines are already in order.
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i-1] > lines[i] && !strings.HasPrefix(lines[i-1], strings.Fields(lines[i])[0]+" ") {
			t.Errorf("export not sorted at line %d:\n%s\n%s", i+1, lines[i-1], lines[i])
		}
	}
	var again bytes.Buffer
	if err := s.Export(ctx, &again, &ExportOptions{Format: "nquads"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("two exports differ")
	}

	// One graph.
	buf.Reset()
	if err := s.Export(ctx, &buf, &ExportOptions{Graph: doc1}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(nquadLines(q1), nquadLines(readNQuads(t, buf.Bytes()))); diff != "" {
		t.Errorf("export --graph (-want +got):\n%s", diff)
	}

	// Export, import into a fresh store keeping labels, export again: same bytes.
	all := again.Bytes()
	s2 := openTemp(t)
	if _, err := s2.Import(ctx, bytes.NewReader(all), &ImportOptions{Name: "dump.nq"}); err != nil {
		t.Fatal(err)
	}
	var back bytes.Buffer
	if err := s2.Export(ctx, &back, nil); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(all), back.String()); diff != "" {
		t.Errorf("export of re-imported export (-first +second):\n%s", diff)
	}
}

func TestExportFormats(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	writeTwoDocs(t, s)
	formats := append(WriteFormats(), "dot")
	for _, want := range []string{"graphml", "graphviz", "jsonld", "nquads"} {
		if !contains(formats, want) {
			t.Errorf("WriteFormats() = %v, missing %q", formats, want)
		}
	}
	for _, f := range formats {
		t.Run(f, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := s.Export(ctx, &a, &ExportOptions{Format: f}); err != nil {
				t.Fatal(err)
			}
			if a.Len() == 0 {
				t.Errorf("empty %s export", f)
			}
			if err := s.Export(ctx, &b, &ExportOptions{Format: f}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("two %s exports differ", f)
			}
		})
	}
	err := s.Export(ctx, io.Discard, &ExportOptions{Format: "turtle"})
	if err == nil || !strings.Contains(err.Error(), `unknown format "turtle"`) {
		t.Errorf("unknown format: %v", err)
	}
	err = s.Export(ctx, io.Discard, &ExportOptions{Graph: "https://kg.example/doc/none"})
	if err == nil || !strings.Contains(err.Error(), "no graph") {
		t.Errorf("unknown graph: %v", err)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestImport(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dir := t.TempDir()
	good := "# a comment\n" +
		"<https://kg.example/id/a> <http://schema.org/name> \"A\" .\n" +
		"\n" +
		"<https://kg.example/id/a> <https://kg.example/ns#knows> <https://kg.example/id/b> .\n" +
		"<https://kg.example/id/b> <http://schema.org/name> \"B\"@en <https://kg.example/graph/orig> .\n"
	path := filepath.Join(dir, "good.nt")
	if err := os.WriteFile(path, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	label := quad.IRI("file://" + path)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Import(ctx, f, &ImportOptions{Name: path, Label: label})
	f.Close()
	if err != nil || n != 3 {
		t.Fatalf("Import = %d, %v; want 3", n, err)
	}
	want := []string{
		`<https://kg.example/id/a> <http://schema.org/name> "A" <` + string(label) + `> .`,
		`<https://kg.example/id/a> <https://kg.example/ns#knows> <https://kg.example/id/b> <` + string(label) + `> .`,
		`<https://kg.example/id/b> <http://schema.org/name> "B"@en <` + string(label) + `> .`,
	}
	if diff := cmp.Diff(want, allQuads(t, s)); diff != "" {
		t.Errorf("imported quads (-want +got):\n%s", diff)
	}
	// Again: nothing new.
	if n, err := s.Import(ctx, strings.NewReader(good), &ImportOptions{Name: path, Label: label}); err != nil || n != 0 {
		t.Errorf("second Import = %d, %v; want 0", n, err)
	}
	// KeepLabels keeps the file's own graph name.
	s2 := openTemp(t)
	if _, err := s2.Import(ctx, strings.NewReader(good), &ImportOptions{Label: label, KeepLabels: true}); err != nil {
		t.Fatal(err)
	}
	if got := allQuads(t, s2); !strings.HasSuffix(got[2], "<https://kg.example/graph/orig> .") {
		t.Errorf("KeepLabels: got %q", got[2])
	}
}

func TestImportMalformed(t *testing.T) {
	ctx := context.Background()
	goodLine := "<https://kg.example/id/a> <http://schema.org/name> \"A\" .\n"
	tests := []struct {
		name, file, format, data string
		line, col                int
		wantErr                  string
	}{
		{name: "extra term", file: "bad.nt", data: goodLine + goodLine + "<https://kg.example/id/a> <http://schema.org/name> <x> <y> <z> .\n" + goodLine,
			line: 3, col: 60, wantErr: "unexpected rune '<'"},
		{name: "indented bad term", file: "bad.nq", data: goodLine + "\t  <a> <b> <c> <d> <e> .\n",
			line: 2, col: 20, wantErr: "unexpected rune '<'"},
		{name: "missing dot", file: "bad.nt", data: goodLine + "<https://kg.example/id/a> <http://schema.org/name> \"A\"\n",
			line: 2, wantErr: "incomplete statement"},
		{name: "literal subject", file: "bad.nt", data: goodLine + goodLine + "\"x\" <http://schema.org/name> \"A\" .\n",
			line: 3, col: 1, wantErr: "subject \"x\" (quad.String) is not an IRI or blank node"},
		{name: "IRI with space", file: "bad.nt", data: goodLine + "<https://kg.example/id/a b> <http://schema.org/name> \"A\" .\n",
			line: 2, col: 1, wantErr: "is not an IRI"},
		{name: "invalid UTF-8", file: "bad.nt", data: goodLine + "<https://kg.example/id/a> <http://schema.org/name> \"\xff\" .\n",
			line: 2, wantErr: "invalid UTF-8"},
		{name: "JSON-LD syntax", file: "bad.jsonld", data: "{\n  \"@id\": \"https://kg.example/id/a\",\n  \"http://schema.org/name\": \"A\"\n  \"x\": 1\n}\n",
			line: 4, col: 3, wantErr: "invalid character"},
		{name: "JSON-LD truncated", file: "bad.jsonld", data: "{\n  \"@id\": \"https://kg.example/id/a\",\n",
			line: 3, col: 1, wantErr: "unexpected end of JSON input"},
		{name: "JSON-LD remote context", file: "remote.jsonld", data: `{"@context": "https://schema.example/ctx", "@id": "https://kg.example/id/a", "name": "A"}`,
			wantErr: "remote contexts are not fetched"},
		{name: "JSON quads syntax", file: "bad.json", data: "[\n{\"subject\": \"<a>\",,}\n]",
			line: 2, col: 19, wantErr: "invalid character"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			n, err := s.Import(ctx, strings.NewReader(tc.data), &ImportOptions{Name: tc.file, Label: "urn:kg:dataset:test"})
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Import = %d, %v; want a *ParseError", n, err)
			}
			if pe.Name != tc.file || pe.Line != tc.line || (tc.col != 0 && pe.Col != tc.col) {
				t.Errorf("error at %s:%d:%d, want %s:%d:%d (%v)", pe.Name, pe.Line, pe.Col, tc.file, tc.line, tc.col, err)
			}
			prefix := fmt.Sprintf("graph: import %s:", tc.file)
			if tc.line > 0 {
				prefix = fmt.Sprintf("graph: import %s:%d", tc.file, tc.line)
			}
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error = %q, want prefix %q and %q", err, prefix, tc.wantErr)
			}
			if got := allQuads(t, s); len(got) != 0 {
				t.Errorf("a malformed file left %d quads: %v", len(got), got)
			}
		})
	}
}

func TestImportJSONLD(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	doc := `{
  "@context": {"name": "http://schema.org/name", "knows": {"@id": "https://kg.example/ns#knows", "@type": "@id"}},
  "@id": "https://kg.example/id/a",
  "name": "A",
  "knows": "https://kg.example/id/b"
}`
	n, err := s.Import(ctx, strings.NewReader(doc), &ImportOptions{Name: "a.jsonld", Label: "urn:kg:dataset:a"})
	if err != nil || n != 2 {
		t.Fatalf("Import = %d, %v; want 2", n, err)
	}
	want := []string{
		`<https://kg.example/id/a> <http://schema.org/name> "A" <urn:kg:dataset:a> .`,
		`<https://kg.example/id/a> <https://kg.example/ns#knows> <https://kg.example/id/b> <urn:kg:dataset:a> .`,
	}
	if diff := cmp.Diff(want, allQuads(t, s)); diff != "" {
		t.Errorf("imported quads (-want +got):\n%s", diff)
	}
}

// TestImportLarge exercises the spill file and batched writes with a small
// batch size: a malformed last line stores nothing, and a failure in a later
// batch undoes the earlier ones.
func TestImportLarge(t *testing.T) {
	ctx := context.Background()
	var sb strings.Builder
	const lines = 95
	for i := 0; i < lines; i++ {
		fmt.Fprintf(&sb, "<https://kg.example/id/n%d> <https://kg.example/ns#next> <https://kg.example/id/n%d> .\n", i, i+1)
	}
	good := sb.String()

	s := openTemp(t)
	// Some quads are already there: they must survive a rollback.
	pre := "<https://kg.example/id/n0> <https://kg.example/ns#next> <https://kg.example/id/n1> <urn:kg:dataset:big> .\n"
	if n, err := s.Import(ctx, strings.NewReader(pre), nil); err != nil || n != 1 {
		t.Fatalf("pre-import = %d, %v", n, err)
	}
	before := allQuads(t, s)

	_, err := s.importBatches(ctx, strings.NewReader(good+"<a> <b> .\n"), &ImportOptions{Name: "big.nt", Label: "urn:kg:dataset:big"}, 10, nil, nil)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != lines+1 {
		t.Fatalf("malformed last line: %v", err)
	}
	if diff := cmp.Diff(before, allQuads(t, s)); diff != "" {
		t.Errorf("malformed large import changed the store (-before +after):\n%s", diff)
	}

	boom := errors.New("disk full")
	_, err = s.importBatches(ctx, strings.NewReader(good), &ImportOptions{Name: "big.nt", Label: "urn:kg:dataset:big"}, 10, func(i int) error {
		if i == 7 {
			return boom
		}
		return nil
	}, nil)
	if !errors.Is(err, boom) {
		t.Fatalf("failing batch: %v", err)
	}
	if diff := cmp.Diff(before, allQuads(t, s)); diff != "" {
		t.Errorf("failed large import was not undone (-before +after):\n%s", diff)
	}

	rep, err := s.importBatches(ctx, strings.NewReader(good), &ImportOptions{Name: "big.nt", Label: "urn:kg:dataset:big"}, 10, nil, nil)
	if err != nil || rep.Added != lines-1 {
		t.Fatalf("large import = %+v, %v; want %d added", rep, err, lines-1)
	}
	if got := len(allQuads(t, s)); got != lines {
		t.Errorf("store has %d quads, want %d", got, lines)
	}
}

func TestImportFormat(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"a.nt", "nquads"}, {"a.NQ", "nquads"}, {"a.jsonld", "jsonld"}, {"a.json", "json"},
		{"a.pq", "pquads"}, {"a.ttl", "nquads"}, {"-", "nquads"},
	} {
		if got := ImportFormat(c.name); got != c.want {
			t.Errorf("ImportFormat(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestImportGraphsReport(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Made-up data.
	in := `<https://kg.example/id/p/ada> <http://schema.org/name> "Ada" <https://kg.example/g/a> .
<https://kg.example/id/p/bea> <http://schema.org/name> "Bea" .
`
	tests := []struct {
		name string
		opts *ImportOptions
		want *ImportReport
	}{
		{"labels as read", nil, &ImportReport{Added: 2, Graphs: []ImportGraph{{Graph: nil, Quads: 1, Added: 1}, {Graph: quad.IRI("https://kg.example/g/a"), Quads: 1, Added: 1}}}},
		{"keep labels", &ImportOptions{Label: "urn:x", KeepLabels: true}, &ImportReport{Added: 1, Graphs: []ImportGraph{{Graph: quad.IRI("https://kg.example/g/a"), Quads: 1, Added: 0}, {Graph: quad.IRI("urn:x"), Quads: 1, Added: 1}}}},
		{"one label", &ImportOptions{Label: "urn:y"}, &ImportReport{Added: 2, Graphs: []ImportGraph{{Graph: quad.IRI("urn:y"), Quads: 2, Added: 2}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := s.ImportGraphs(ctx, strings.NewReader(in), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, rep); diff != "" {
				t.Errorf("report (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFileIRI(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		iri  quad.IRI
		back string // FilePath(iri)
	}{
		{"/srv/data/owls.nt", "file:///srv/data/owls.nt", "/srv/data/owls.nt"},
		{"/srv/data/barn owls.nt", "file:///srv/data/barn%20owls.nt", "/srv/data/barn owls.nt"},
		{"owls.nt", quad.IRI("file://" + filepath.ToSlash(filepath.Join(wd, "owls.nt"))), filepath.Join(wd, "owls.nt")},
	}
	for _, tt := range tests {
		iri, err := FileIRI(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		back, ok := FilePath(iri)
		if diff := cmp.Diff([]any{tt.iri, tt.back, true}, []any{iri, back, ok}); diff != "" {
			t.Errorf("%s: FileIRI, FilePath (-want +got):\n%s", tt.path, diff)
		}
	}
	for _, iri := range []quad.IRI{"https://kg.example/id/doc/00ff", "file:", "urn:kg:dataset:stdin"} {
		if p, ok := FilePath(iri); ok {
			t.Errorf("FilePath(%s) = %q, want none", iri, p)
		}
	}
}
