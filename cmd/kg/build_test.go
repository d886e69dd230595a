package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/shareddata"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/schema"
)

// repoRoot is the directory holding go.mod.
func repoRoot(tb testing.TB) string { return shareddata.RepoRoot(tb) }

// runCmd runs a subcommand the way main does and returns its output.
func runCmd(t testing.TB, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

var summaryRE = regexp.MustCompile(`(\d+) documents read: (\d+) stored, (\d+) already in the store, (\d+) rejected; .* (\d+) quads added`)

type summary struct{ read, stored, unchanged, rejected, quads int }

func parseSummary(t testing.TB, stderr string) summary {
	t.Helper()
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no build summary in stderr:\n%s", stderr)
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	return summary{n(1), n(2), n(3), n(4), n(5)}
}

func TestBuildFixturesIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	articles := filepath.Join(repoRoot(t), "fixtures", "articles")
	_, stderr, code := runCmd(t, "", "build", "--db", db, articles)
	if code != 0 {
		t.Fatalf("build exit %d:\n%s", code, stderr)
	}
	first := parseSummary(t, stderr)
	files, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if first.stored != len(files) || first.quads == 0 {
		t.Fatalf("first build: %+v, want %d stored", first, len(files))
	}
	_, stderr, code = runCmd(t, "", "build", "--db", db, articles)
	if code != 0 {
		t.Fatalf("second build exit %d:\n%s", code, stderr)
	}
	if second := parseSummary(t, stderr); second.quads != 0 || second.unchanged != len(files) {
		t.Errorf("second build of the same input: %+v, want 0 quads added and %d already stored", second, len(files))
	}

	// A changed file is a new document.
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join(articles, "tonga-eruption.txt"))
	if err != nil {
		t.Fatal(err)
	}
	changed := filepath.Join(dir, "tonga.txt")
	if err := os.WriteFile(changed, append(b, []byte("\nAn update followed on Tuesday.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code = runCmd(t, "", "build", "--db", db, changed)
	if code != 0 {
		t.Fatalf("build exit %d:\n%s", code, stderr)
	}
	if s := parseSummary(t, stderr); s.stored != 1 || s.quads == 0 {
		t.Errorf("changed file: %+v, want a new document", s)
	}
}

func TestBuildStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	_, stderr, code := runCmd(t, "Jane Smith, the head of Acme Corp, visited Paris on Monday.", "build", "--db", db, "-")
	if code != 0 {
		t.Fatalf("build exit %d:\n%s", code, stderr)
	}
	if s := parseSummary(t, stderr); s.stored != 1 {
		t.Errorf("stdin build: %+v", s)
	}
}

func TestBuildBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("binary.txt", []byte("GIF89a\x00\x01\x02 not text"))
	write("empty.txt", nil)
	write("latin1.txt", []byte("Prices in London rose to \xA3100, said Mary Jones of the Bank of England.\n"))
	write("good.txt", []byte("Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n"))
	big := bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog in Paris. "), 50<<20/54+1)
	write("huge.txt", big)

	db := filepath.Join(t.TempDir(), "kg.db")
	_, stderr, code := runCmd(t, "", "build", "--db", db, dir)
	if code != 1 {
		t.Errorf("exit status %d, want 1 (inputs rejected)", code)
	}
	for _, want := range []string{
		"binary.txt: binary file (a GIF image)",
		"empty.txt: empty file",
		"huge.txt: file too large",
		"latin1.txt: 1 bytes were not valid UTF-8; read them as Windows-1252",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	s := parseSummary(t, stderr)
	if s.read != 5 || s.stored != 2 || s.rejected != 3 {
		t.Errorf("summary %+v, want 5 read, 2 stored, 3 rejected", s)
	}

	// The Latin-1 pound sign was stored as "£".
	st, err := graph.Open(context.Background(), db, &graph.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var buf bytes.Buffer
	if err := st.Export(context.Background(), &buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "£100") {
		t.Errorf("the Windows-1252 file was not stored with its pound sign")
	}

	// The store holds exactly the two accepted documents.
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 2 {
		t.Errorf("store has %d documents, want 2", stats.Documents)
	}
}

// TestBuildMissingPath names a path that does not exist beside a good one:
// the good one is stored, the missing one rejected, and the exit status is 1.
func TestBuildMissingPath(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.txt")
	if err := os.WriteFile(good, []byte("Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCmd(t, "", "build", "--db", filepath.Join(t.TempDir(), "kg.db"), "/missing", good)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(stderr, "kg build: rejected /missing: no such file or directory") {
		t.Errorf("stderr does not reject /missing:\n%s", stderr)
	}
	if s := parseSummary(t, stderr); s.stored != 1 || s.rejected != 1 {
		t.Errorf("summary %+v, want 1 stored, 1 rejected", s)
	}
}

// TestBuildContent builds files whose content is not what their name says:
// a PDF and random bytes named .txt (neither with a NUL byte) are rejected
// with the reason, and a UTF-16 article is decoded and stored.
func TestBuildContent(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("report.txt", []byte("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"))
	noise := make([]byte, 1<<20)
	for i, x := 0, uint32(1); i < len(noise); i++ { // xorshift: the same bytes every run
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		noise[i] = byte(1 + x%255)
	}
	write("noise.txt", noise)
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	write("utf16.txt", utf16)

	db := filepath.Join(t.TempDir(), "kg.db")
	_, stderr, code := runCmd(t, "", "build", "--db", db, dir)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for _, want := range []string{
		"rejected " + filepath.Join(dir, "report.txt") + ": binary file (a PDF document)",
		"rejected " + filepath.Join(dir, "noise.txt") + ": not text: ",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if s := parseSummary(t, stderr); s.stored != 1 || s.rejected != 2 {
		t.Errorf("summary %+v, want 1 stored (utf16.txt), 2 rejected", s)
	}
	if nq := exportStore(t, db); !strings.Contains(nq, "Emmanuel Macron") {
		t.Error("the UTF-16 article's text is not in the store")
	}
}

// TestBuildManyRejections rejects more records than the summary keeps:
// all are counted, the first maxRejections listed.
func TestBuildManyRejections(t *testing.T) {
	p := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(p, bytes.Repeat([]byte(`{"title": "no text"}`+"\n"), maxRejections+100), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCmd(t, "", "build", "--db", filepath.Join(t.TempDir(), "kg.db"), "--json", p)
	if code != 1 {
		t.Fatalf("exit status %d, want 1:\n%s", code, stderr)
	}
	var sum buildSummary
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Rejected != maxRejections+100 || len(sum.Rejections) != maxRejections {
		t.Errorf("%d rejected, %d listed; want %d and %d", sum.Rejected, len(sum.Rejections), maxRejections+100, maxRejections)
	}
	if n := strings.Count(stderr, "kg build: rejected "); n != maxRejections+100 {
		t.Errorf("%d rejections printed, want %d", n, maxRejections+100)
	}
}

func TestBuildBadFlags(t *testing.T) {
	_, stderr, code := runCmd(t, "", "build")
	if code != 2 || !strings.Contains(stderr, "no input") {
		t.Errorf("build without input: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "build", "--db", filepath.Join(t.TempDir(), "x"), "/does/not/exist")
	if code != 1 || !strings.Contains(stderr, "/does/not/exist") {
		t.Errorf("build of a missing path: exit %d, stderr %q", code, stderr)
	}
	_, _, code = runCmd(t, "", "build", "--help")
	if code != 0 {
		t.Errorf("build --help: exit %d", code)
	}
}

// TestBuildSeedArticle builds the sample article and checks the N-Quads of
// its graph: every quad labelled by the document, every NIF anchor equal to
// the text between its code point offsets.
func TestBuildSeedArticle(t *testing.T) {
	seed := shareddata.Shared(t, "seed/crocus-city-hall-afp.txt")
	db := filepath.Join(t.TempDir(), "kg.db")
	_, stderr, code := runCmd(t, "", "build", "--db", db, seed)
	if code != 0 {
		t.Fatalf("build exit %d:\n%s", code, stderr)
	}
	text, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	doc := quad.IRI(schema.DocumentIRI(string(text), nil))
	st, err := graph.Open(context.Background(), db, &graph.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	err = st.Export(context.Background(), &buf, &graph.ExportOptions{Graph: doc})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	quads := readNQuads(t, buf.Bytes())
	if len(quads) == 0 {
		t.Fatal("no quads exported for the document")
	}
	checkNIF(t, quads, doc)

	// A second build adds nothing.
	_, stderr, code = runCmd(t, "", "build", "--db", db, seed)
	if code != 0 {
		t.Fatalf("second build exit %d:\n%s", code, stderr)
	}
	if s := parseSummary(t, stderr); s.quads != 0 {
		t.Errorf("second build added %d quads", s.quads)
	}
}

func readNQuads(t testing.TB, b []byte) []quad.Quad {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(b), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("exported N-Quads do not parse: %v", err)
		}
		out = append(out, q)
	}
	return out
}

// checkNIF checks that every quad has label doc and that each string with
// nif:anchorOf, begin and end indexes anchors the right code points of its
// context's nif:isString.
func checkNIF(t *testing.T, quads []quad.Quad, doc quad.IRI) {
	t.Helper()
	type str struct {
		anchor     string
		begin, end int
		ctx        string
		hasAnchor  bool
	}
	strs := map[string]*str{}
	isString := map[string]string{}
	get := func(s string) *str {
		if strs[s] == nil {
			strs[s] = &str{begin: -1, end: -1}
		}
		return strs[s]
	}
	for _, q := range quads {
		if q.Label != doc {
			t.Errorf("quad %v has label %v, want the document %v", q, q.Label, doc)
		}
		s := plain(q.Subject)
		switch plain(q.Predicate) {
		case schema.AnchorOf:
			get(s).anchor, get(s).hasAnchor = plain(q.Object), true
		case schema.BeginIndex:
			get(s).begin, _ = strconv.Atoi(plain(q.Object))
		case schema.EndIndex:
			get(s).end, _ = strconv.Atoi(plain(q.Object))
		case schema.RefContext:
			get(s).ctx = plain(q.Object)
		case schema.IsString:
			isString[s] = plain(q.Object)
		}
	}
	checked := 0
	for iri, s := range strs {
		if !s.hasAnchor {
			continue
		}
		text, ok := isString[s.ctx]
		if !ok {
			t.Errorf("%s: context %q has no nif:isString", iri, s.ctx)
			continue
		}
		r := []rune(text)
		if s.begin < 0 || s.end > len(r) || s.begin > s.end {
			t.Errorf("%s: offsets %d,%d out of range", iri, s.begin, s.end)
			continue
		}
		if got := string(r[s.begin:s.end]); got != s.anchor {
			t.Errorf("%s: anchorOf %q, but the text at %d,%d is %q", iri, s.anchor, s.begin, s.end, got)
		}
		checked++
	}
	if checked == 0 {
		t.Error("no NIF strings to check")
	}
}

// plain returns the lexical form of a value: an IRI without brackets, a
// literal without quotes or datatype.
func plain(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	}
	return quad.StringOf(v)
}

// exportStore returns the N-Quads export of the store at db.
func exportStore(t *testing.T, db string) string {
	t.Helper()
	st, err := graph.Open(context.Background(), db, &graph.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var buf bytes.Buffer
	if err := st.Export(context.Background(), &buf, nil); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestBuildDeterministic builds the same inputs with different worker
// counts and batch sizes: the exports are byte for byte the same.
func TestBuildDeterministic(t *testing.T) {
	articles := filepath.Join(repoRoot(t), "fixtures", "articles")
	var first string
	for i, args := range [][]string{
		{"--workers", "1", "--batch", "1"},
		{"--workers", "4", "--batch", "3"},
		{"--workers", "3", "--batch", "100"},
	} {
		db := filepath.Join(t.TempDir(), "kg.db")
		_, stderr, code := runCmd(t, "", append(append([]string{"build", "--db", db}, args...), articles)...)
		if code != 0 {
			t.Fatalf("build %v: exit %d:\n%s", args, code, stderr)
		}
		got := exportStore(t, db)
		if i == 0 {
			first = got
			continue
		}
		if got != first {
			t.Errorf("build %v: export differs from --workers 1 --batch 1", args)
		}
	}
}

// TestBuildFormats builds JSONL, CSV (gzip-compressed) and HTML inputs: a
// record repeated within one batch is stored once, dates and titles reach
// the store, rejected records are named by line.
func TestBuildFormats(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.jsonl", []byte(`{"id": "1", "title": "Visit", "text": "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.", "date": "2019-05-14"}
{"id": "2", "text": "Angela Merkel met Emmanuel Macron in Berlin on Tuesday."}
{"id": "3", "title": "no text"}
{"id": "4", "text": "Jane Smith, the head of Acme Corp, visited Paris on Monday.", "url": "https://news.example.org/4"}
`))
	var gzBuf bytes.Buffer
	zw := gzip.NewWriter(&gzBuf)
	zw.Write([]byte("id,headline,body\n5,Talks,\"Officials from Japan and South Korea met in Seoul, the ministry said.\"\n"))
	zw.Close()
	write("b.csv.gz", gzBuf.Bytes())
	write("c.html", []byte(`<html><head><title>Port strike</title><meta name="date" content="2021-03-02"></head><body><nav>Home | World</nav><article><h1>Port strike</h1><p>Dock workers in Rotterdam began a strike on Monday, the union FNV said.</p></article><footer>Copyright</footer></body></html>`))

	db := filepath.Join(t.TempDir(), "kg.db")
	stdout, stderr, code := runCmd(t, "", "build", "--db", db, "--json", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (a record rejected):\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "a.jsonl:3: no text") {
		t.Errorf("stderr does not name the rejected record:\n%s", stderr)
	}
	var sum buildSummary
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatalf("--json output: %v\n%s", err, stdout)
	}
	if sum.Read != 6 || sum.Stored != 4 || sum.Unchanged != 1 || sum.Rejected != 1 || sum.Quads == 0 {
		t.Errorf("summary %+v, want 6 read, 4 stored, 1 unchanged, 1 rejected", sum)
	}
	if len(sum.Rejections) != 1 || !strings.HasSuffix(sum.Rejections[0].Name, "a.jsonl:3") || sum.Rejections[0].Reason != "no text" {
		t.Errorf("rejections %+v", sum.Rejections)
	}
	nq := exportStore(t, db)
	for _, want := range []string{
		`"2019-05-14"^^<http://www.w3.org/2001/XMLSchema#date>`,
		`"Visit"`,
		`<https://news.example.org/4>`,
		`"Talks"`,
		`"Port strike"`,
		`"2021-03-02"^^<http://www.w3.org/2001/XMLSchema#date>`,
	} {
		if !strings.Contains(nq, want) {
			t.Errorf("store lacks %s", want)
		}
	}
	if strings.Contains(nq, "Copyright") || strings.Contains(nq, "Home | World") {
		t.Error("HTML boilerplate reached the store")
	}
}

// TestMemoryFlagLimit checks how --memory-limit maps to
// ingest.Options.MemoryLimit (the policy itself is ingest's).
func TestMemoryFlagLimit(t *testing.T) {
	tests := []struct {
		name string
		mb   int
		want int64
	}{
		{"not given: ingest's default", -1, 0},
		{"off: the runtime's", 0, -1},
		{"given", 600, 600 << 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var m memoryFlag
			if got := m.limit(tc.mb); got != tc.want {
				t.Errorf("limit(%d) = %d, want %d", tc.mb, got, tc.want)
			}
		})
	}
}

func TestBuildBadMemoryLimit(t *testing.T) {
	for _, v := range []string{"0", "-5", "lots", "300MB"} {
		t.Run(v, func(t *testing.T) {
			err := buildCmd{}.Run(context.Background(), []string{"--memory-limit", v, "--db", t.TempDir(), "x.txt"}, io.Discard, io.Discard)
			var u usageError
			if !errors.As(err, &u) {
				t.Errorf("--memory-limit %s: error = %v, want a usage error", v, err)
			}
		})
	}
}
