package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/internal/entindex"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

const id = schema.DefaultBase

// worldStore returns a store holding graphtest.World.
func worldStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	graphtest.Write(t, s, graphtest.World()...)
	return s
}

func TestNameTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Orla Quennell", "orla quennell"},
		{"U.S.", "us"},
		{"O'Brien", "obrien"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"Jean-Luc", "jean luc"},
		{"The Hague", "the hague"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(vocab.NameTokens(tc.in), " "); got != tc.want {
			t.Errorf("nameTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := vocab.NameKey("The Hague"); got != "hague" {
		t.Errorf("nameKey(The Hague) = %q", got)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"vantor", "vantor", 1, 0},
		{"vantor", "vantr", 1, 1},
		{"vantor", "vnator", 1, 1}, // transposition
		{"vantor", "vanter", 1, 1},
		{"vantor", "banter", 1, 2}, // over max: max+1
		{"quennell", "quenel", 2, 2},
	}
	for _, tc := range tests {
		if got := editDistance([]rune(tc.a), []rune(tc.b), tc.max); got != tc.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.max, got, tc.want)
		}
	}
}

func TestSearch(t *testing.T) {
	s := worldStore(t)
	ctx := context.Background()
	tests := []struct {
		name  string
		query string
		opts  *SearchOptions
		want  string // first hit, "" for none
	}{
		{"exact", "Orla Quennell", nil, id + "person/orla-quennell"},
		{"case and one word", "quennell", nil, id + "person/orla-quennell"},
		{"prefix", "brightw", nil, id + "organization/brightwater-institute"},
		{"prefix of last word", "brightwater inst", nil, id + "organization/brightwater-institute"},
		{"typo", "vantr", nil, id + "place/vantor"},
		{"transposed", "Ostira", nil, id + "place/ostria"},
		{"one typo", "Quennel", nil, id + "person/orla-quennell"},
		{"two typos in a long word", "Brihgtwatr", nil, id + "organization/brightwater-institute"},
		{"alias", "Ostrian", nil, id + "place/ostria"},
		{"class filter", "port", &SearchOptions{Classes: []string{schema.PersonClass}}, ""},
		{"no match", "zzzq", nil, ""},
		{"empty", "  ", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tc.query, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if len(hits) > 0 {
				got = string(hits[0].IRI)
			}
			if got != tc.want {
				t.Errorf("Search(%q) first hit = %q, want %q (all: %+v)", tc.query, got, tc.want, hits)
			}
		})
	}
	hits, _ := s.Search(ctx, "Vantor", nil)
	if len(hits) == 0 || hits[0].Name != "Vantor" || hits[0].Documents != 2 || !cmp.Equal(hits[0].Classes, []string{schema.CityClass, schema.PlaceClass}) {
		t.Errorf("Search(Vantor) = %+v", hits)
	}
	// Documents (titles are schema:name) are not entities.
	if hits, _ := s.Search(ctx, "storm reaches", nil); len(hits) != 0 {
		t.Errorf("Search found a document: %+v", hits)
	}
}

func TestResolve(t *testing.T) {
	s := worldStore(t)
	ctx := context.Background()
	for in, want := range map[string]quad.IRI{
		"Vantor":                   quad.IRI(id + "place/vantor"),
		"<" + id + "place/vantor>": quad.IRI(id + "place/vantor"),
		"wd:Q990001":               "http://www.wikidata.org/entity/Q990001",
		"https://example.org/x":    "https://example.org/x",
		"marrow":                   quad.IRI(id + "person/ilse-marrow"),
	} {
		got, err := s.Resolve(ctx, in)
		if err != nil || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := s.Resolve(ctx, "nobody at all"); err == nil {
		t.Error("Resolve(unknown name): no error")
	}
}

// TestIndexKeptUpToDate checks the entity index journal: built by the
// first search, appended to by writes, reloaded by the next process, and
// rebuilt when the store was changed around it.
func TestIndexKeptUpToDate(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := graphtest.World()
	graphtest.Write(t, s, w[0])
	journal := filepath.Join(path, "kg-entities.idx")
	// The first write into the empty store started the journal: no scan.
	x, ok := entindex.LoadIndex(journal, s.quadCount(ctx))
	if !ok {
		t.Fatal("no journal after the first write")
	}
	if _, ok := x.ByIRI[id+"person/orla-quennell"]; !ok {
		t.Fatal("the journal started by the first write lacks its names")
	}
	if hits, _ := s.Search(ctx, "ilse marrow", nil); len(hits) != 0 {
		t.Fatalf("found a person not yet written: %+v", hits)
	}
	graphtest.Write(t, s, w[1]) // through WriteDocument: applied in memory and appended
	if hits, _ := s.Search(ctx, "ilse marrow", nil); len(hits) == 0 {
		t.Fatal("a person written after the index was built is not found")
	}
	s.Close()

	// A new process loads the journal, which matches the store.
	s, err = Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	x, ok = entindex.LoadIndex(journal, s.quadCount(ctx))
	if !ok {
		t.Fatal("journal does not match the store after writes through the Store")
	}
	if _, ok := x.ByIRI[id+"person/ilse-marrow"]; !ok {
		t.Error("journal lacks the person written after it was made")
	}
	// A write around the Store (Cayley directly) makes it stale: rebuilt.
	z := quad.Make(quad.IRI("https://example.org/z"), quad.IRI(schema.Name), "Zebedee Quarry", nil)
	if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: z, Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "zebedee", nil)
	if err != nil || len(hits) != 1 {
		t.Errorf("after a write around the store: %+v, %v", hits, err)
	}
	// Removing quads removes names.
	if _, err := s.Delete(ctx, []quad.Quad{quad.Make(quad.IRI("https://example.org/z"), quad.IRI(schema.Name), "Zebedee Quarry", nil)}); err != nil {
		t.Fatal(err)
	}
	if hits, _ := s.Search(ctx, "zebedee", nil); len(hits) != 0 {
		t.Errorf("a deleted name is still found: %+v", hits)
	}
	s.Close()
	// A damaged journal is rebuilt, not trusted.
	if err := os.WriteFile(journal, []byte("garbage\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if hits, _ := s.Search(ctx, "orla", nil); len(hits) == 0 {
		t.Error("search after a damaged journal found nothing")
	}
}

func TestPaths(t *testing.T) {
	s := worldStore(t)
	ctx := context.Background()
	orla, freland := quad.IRI(id+"person/orla-quennell"), quad.IRI(id+"place/freland")
	paths, err := s.Paths(ctx, orla, freland, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 1 {
		t.Fatalf("got %d paths, want 1: %+v", len(paths), paths)
	}
	var names, preds []string
	for _, n := range paths[0].Nodes {
		names = append(names, n.Name)
	}
	for _, st := range paths[0].Steps {
		for _, l := range st {
			preds = append(preds, string(l.Predicate))
			if len(l.Sources) != 1 || !strings.Contains(string(l.Sources[0]), "/doc/") {
				t.Errorf("edge %s: sources %v, want the one document", l.Predicate, l.Sources)
			}
			if !l.Forward {
				t.Errorf("edge %s is backwards", l.Predicate)
			}
		}
	}
	if diff := cmp.Diff([]string{"Orla Quennell", "Brightwater Institute", "Vantor", "Freland"}, names); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{schema.WorksFor, schema.Location, schema.ContainedInPlace}, preds); diff != "" {
		t.Errorf("predicates (-want +got):\n%s", diff)
	}
	// Backwards: the same chain, edges marked as followed against their
	// direction.
	back, err := s.Paths(ctx, freland, orla, nil)
	if err != nil || len(back) != 1 || back[0].Steps[0][0].Forward {
		t.Errorf("reverse path: %+v, %v", back, err)
	}
	// Too short a depth, a predicate filter: none.
	for _, o := range []*PathOptions{{MaxDepth: 2}, {Via: []string{schema.WorksFor}}} {
		if p, err := s.Paths(ctx, orla, freland, o); err != nil || len(p) != 0 {
			t.Errorf("Paths(%+v) = %+v, %v; want none", o, p, err)
		}
	}
	// Only documents connect Orla and Ilse: a path only with plumbing.
	ilse := quad.IRI(id + "person/ilse-marrow")
	if p, _ := s.Paths(ctx, orla, ilse, nil); len(p) != 0 {
		t.Errorf("path without plumbing: %+v", p)
	}
	p, err := s.Paths(ctx, orla, ilse, &PathOptions{Plumbing: true})
	if err != nil || len(p) == 0 || len(p[0].Steps) != 4 {
		t.Fatalf("path with plumbing: %+v, %v", p, err)
	}
	if p[0].Steps[0][0].Predicate != schema.Mentions {
		t.Errorf("plumbing path starts with %s", p[0].Steps[0][0].Predicate)
	}
	if _, err := s.Paths(ctx, orla, "https://example.org/none", nil); err == nil {
		t.Error("path to an unknown node: no error")
	}
	if p, err := s.Paths(ctx, orla, orla, nil); err != nil || len(p) != 1 || len(p[0].Nodes) != 1 {
		t.Errorf("path to itself: %+v, %v", p, err)
	}
}

func TestNeighbours(t *testing.T) {
	s := worldStore(t)
	nb, err := s.Neighbours(context.Background(), quad.IRI(id+"place/vantor"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range nb.Nodes {
		got = append(got, n.Name)
	}
	want := []string{"Freland", "Brightwater Institute"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("neighbours (-want +got):\n%s", diff)
	}
	if len(nb.Edges) != 2 || nb.Center.Name != "Vantor" {
		t.Errorf("neighbourhood: %+v", nb)
	}
}

func TestCard(t *testing.T) {
	s := worldStore(t)
	c, err := s.Card(context.Background(), quad.IRI(id+"place/ostria"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Ostria" || c.Documents != 2 || !cmp.Equal(c.Aliases, []string{"Ostrian"}) {
		t.Errorf("card head: %+v", c)
	}
	if len(c.Links) != 1 || c.Links[0].Target != "http://www.wikidata.org/entity/Q990002" {
		t.Errorf("links: %+v", c.Links)
	}
	if !cmp.Equal(c.Properties, []Fact{{Predicate: "http://www.wikidata.org/prop/direct/P297", Value: "OX"}}) {
		t.Errorf("properties: %+v", c.Properties)
	}
	var rels []string
	for _, r := range c.Relations {
		rels = append(rels, r.Other.Name+" "+string(r.Predicate))
		if len(r.Sources) == 0 {
			t.Errorf("relation %+v has no source", r)
		}
	}
	if diff := cmp.Diff([]string{"Port Selby " + schema.ContainedInPlace, "Ilse Marrow " + schema.Nationality}, rels); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	if c.MentionCount != 3 || len(c.Mentions) != 3 {
		t.Fatalf("mentions: %d %+v", c.MentionCount, c.Mentions)
	}
	m := c.Mentions[0]
	if m.Text == "" || m.DocumentName == "" || !strings.Contains(m.Before+m.Text+m.After, m.Text) || m.Before+m.After == "" {
		t.Errorf("mention: %+v", m)
	}
	for _, m := range c.Mentions {
		if m.Method == "" || m.Score <= 0 {
			t.Errorf("mention %q without method or score (canonical names default to %q, 1): %+v", m.Text, schema.ExactMethod, m)
		}
	}
	if _, err := s.Card(context.Background(), "https://example.org/none", nil); err == nil {
		t.Error("card of an unknown node: no error")
	}
}

func TestSnippet(t *testing.T) {
	text := "one two three four five six seven"
	b, a := snippet(text, 14, 18, 6) // "four"
	if b != "…three " || a != " five…" {
		t.Errorf("snippet = %q, %q", b, a)
	}
	if b, a := snippet(text, 14, 18, 4); b != "…" || a != "…" {
		t.Errorf("snippet = %q, %q", b, a)
	}
	if b, a := snippet(text, 40, 50, 5); b != "" || a != "" {
		t.Errorf("out of range: %q %q", b, a)
	}
}

// readWant reads a linking fixture's expected links.
func readWant(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		e, tgt, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: bad line %q", path, line)
		}
		want[e] = tgt
	}
	return want
}

func fileDataset(path string) Dataset {
	abs, _ := filepath.Abs(path)
	return Dataset{Graph: quad.IRI("file://" + filepath.ToSlash(abs)), Name: path, Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

func importFile(t testing.TB, s *Store, d Dataset) {
	t.Helper()
	f, err := os.Open(d.Name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := s.Import(context.Background(), f, &ImportOptions{Name: d.Name, Label: d.Graph}); err != nil {
		t.Fatal(err)
	}
}

// linkScore compares links with the expected ones: right, wrong (linked
// to another target, or linked when none was expected), missed.
func linkScore(links []Link, want map[string]string) (right, wrong, missed int, diffs []string) {
	got := map[string]string{}
	for _, l := range links {
		got[string(l.Entity)] = string(l.Target)
	}
	for e, w := range want {
		g, ok := got[e]
		switch {
		case w == "-" && !ok:
		case w == "-":
			wrong++
			diffs = append(diffs, e+": linked to "+g+", want none")
		case !ok:
			missed++
			diffs = append(diffs, e+": not linked, want "+w)
		case g == w:
			right++
		default:
			wrong++
			diffs = append(diffs, e+": linked to "+g+", want "+w)
		}
	}
	return
}

func TestLink(t *testing.T) {
	s := worldStore(t)
	ctx := context.Background()
	d := fileDataset("testdata/link/world.nt")
	importFile(t, s, d)
	rep, err := s.Link(ctx, []Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := readWant(t, "testdata/link/world.want")
	right, wrong, missed, diffs := linkScore(rep.Links, want)
	if wrong+missed > 0 {
		t.Errorf("%d right, %d wrong, %d missed:\n%s", right, wrong, missed, strings.Join(diffs, "\n"))
	}
	for _, l := range rep.Links {
		if l.Method == "" || l.Score < DefaultMinLinkScore || l.Dataset != d.Graph {
			t.Errorf("link %+v: no method, low score or wrong dataset", l)
		}
	}
	// The links are in the store, in their own graph, with their records.
	card, err := s.Card(ctx, quad.IRI(id+"place/vantor"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(card.Links) != 1 || card.Links[0].Graph != vocab.LinksGraph || card.Links[0].Method == "" || card.Links[0].Score == 0 {
		t.Errorf("vantor's links: %+v", card.Links)
	}
	// Across datasets: from our city through owl:sameAs to the dataset's
	// country and its code.
	var codes []string
	q := `g.V("<` + id + `place/vantor>").Out("<` + schema.SameAs + `>").Out("<http://www.wikidata.org/prop/direct/P17>").Out("<http://www.wikidata.org/prop/direct/P297>").All()`
	err = s.Query(ctx, "gizmo", q, nil, func(r any) error {
		codes = append(codes, r.(map[string]any)["id"].(string))
		return nil
	})
	if err != nil || !cmp.Equal(codes, []string{"FX"}) {
		t.Errorf("cross-dataset query = %v, %v", codes, err)
	}
	// Linking again replaces the links.
	rep2, err := s.Link(ctx, []Dataset{d}, nil)
	if err != nil || rep2.Replaced != len(rep.Links) || rep2.QuadsAdded != rep.QuadsAdded {
		t.Errorf("relink: replaced %d of %d, added %d quads (first %d), %v", rep2.Replaced, len(rep.Links), rep2.QuadsAdded, rep.QuadsAdded, err)
	}
	// Unlink removes every link, and only them: the record of the dataset
	// (its type and source) stays while its quads do.
	before, _ := s.Stats(ctx)
	un, err := s.Unlink(ctx, nil)
	if err != nil || un.Links != len(rep.Links) {
		t.Fatalf("unlink: %+v, %v", un, err)
	}
	after, _ := s.Stats(ctx)
	const records = 2
	if before.Quads-after.Quads != int64(rep.QuadsAdded-records) {
		t.Errorf("unlink removed %d quads, link added %d of which %d records", before.Quads-after.Quads, rep.QuadsAdded, records)
	}
	if ds, err := s.LinkedDatasets(ctx, ""); err != nil || !cmp.Equal(ds, []LinkedDataset{{Graph: d.Graph, Source: d.Name}}) {
		t.Errorf("linked datasets after unlink: %+v, %v", ds, err)
	}
	card, _ = s.Card(ctx, quad.IRI(id+"place/vantor"), nil)
	if len(card.Links) != 0 {
		t.Errorf("links after unlink: %+v", card.Links)
	}
	// The countries' own sameAs (from the documents) stay.
	card, _ = s.Card(ctx, quad.IRI(id+"place/freland"), nil)
	if len(card.Links) != 1 || card.Links[0].Method != "" {
		t.Errorf("freland's document link after unlink: %+v", card.Links)
	}
	// The datasets, whose links are gone already, with their records.
	un, err = s.Unlink(ctx, &UnlinkOptions{RemoveDatasets: true})
	if err != nil || un.Links != 0 || un.DatasetQuads == 0 || !cmp.Equal(un.Datasets, []quad.IRI{d.Graph}) {
		t.Fatalf("unlink with datasets: %+v, %v", un, err)
	}
	if ds, err := s.LinkedDatasets(ctx, ""); err != nil || len(ds) != 0 {
		t.Errorf("linked datasets after removing them: %+v, %v", ds, err)
	}
	end, _ := s.Stats(ctx)
	if end.Quads != before.Quads-int64(rep.QuadsAdded)-int64(un.DatasetQuads) {
		t.Errorf("quads after removing the dataset: %d", end.Quads)
	}
}

func TestLinkDryRun(t *testing.T) {
	s := worldStore(t)
	ctx := context.Background()
	d := fileDataset("testdata/link/world.nt")
	before, _ := s.Stats(ctx)
	rep, err := s.Link(ctx, []Dataset{d}, &LinkOptions{DryRun: true})
	if err != nil || len(rep.Links) == 0 || rep.QuadsAdded != 0 {
		t.Fatalf("dry run: %+v, %v", rep, err)
	}
	after, _ := s.Stats(ctx)
	if after.Quads != before.Quads {
		t.Errorf("dry run wrote %d quads", after.Quads-before.Quads)
	}
}

func TestDescriptionHead(t *testing.T) {
	for d, want := range map[string]string{
		"city in Texas, United States":              "city",
		"American actor":                            "actor",
		"space-related agency of the United States": "agency",
		"sea connected to the Atlantic Ocean":       "sea",
		"county seat of El Paso County, Texas":      "seat",
		"research institute in Freland":             "institute",
	} {
		if got := descriptionHead(d); got != want {
			t.Errorf("descriptionHead(%q) = %q, want %q", d, got, want)
		}
	}
	_ = extract.Person
}

// TestLinkJSONLD links against a JSON-LD dataset with an inline context.
func TestLinkJSONLD(t *testing.T) {
	s := worldStore(t)
	d := fileDataset("testdata/link/world.jsonld")
	importFile(t, s, d)
	rep, err := s.Link(context.Background(), []Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range rep.Links {
		got[string(l.Entity)] = string(l.Target)
	}
	want := map[string]string{
		id + "place/vantor":       "http://www.wikidata.org/entity/Q990010",
		id + "place/freland":      "http://www.wikidata.org/entity/Q990001",
		id + "place/ostria":       "http://www.wikidata.org/entity/Q990002",
		id + "person/ilse-marrow": "http://www.wikidata.org/entity/Q990030",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestCardClaims(t *testing.T) {
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	res := graphtest.Result("Orla Quennell said the dam was safe, the Vantor Post reported. She denied that it leaked.",
		[]graphtest.Ent{{Type: extract.Person, Name: "Orla Quennell"}, {Type: extract.Organization, Class: "NewsMediaOrganization", Name: "Vantor Post"}}, nil)
	text := res.Doc.Text
	span := func(sub string) (int, int) { i := strings.Index(text, sub); return i, i + len(sub) }
	a, b := span("the dam was safe")
	c, d := span("it leaked")
	res.Claims = []extract.Claim{
		{Speaker: 0, Outlet: 1, Start: a, End: b, Verb: "said", Method: "subject-verb", Status: extract.ClaimAsserted},
		{Speaker: 0, Outlet: -1, Start: c, End: d, Verb: "denied", Method: "denial", Status: extract.ClaimDenied},
	}
	graphtest.Write(t, s, res)
	card, err := s.Card(context.Background(), quad.IRI(id+"person/orla-quennell"), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, cl := range card.Claims {
		line := cl.Verb + ": " + cl.Text + " (" + cl.Status + ")"
		if cl.Outlet != nil {
			line += " via " + cl.Outlet.Name
		}
		got = append(got, line)
	}
	want := []string{"said: the dam was safe (asserted) via Vantor Post", "denied: it leaked (denied)"}
	if diff := cmp.Diff(want, got); diff != "" || card.ClaimCount != 2 {
		t.Errorf("claims of %d (-want +got):\n%s", card.ClaimCount, diff)
	}
	card, _ = s.Card(context.Background(), quad.IRI(id+"person/orla-quennell"), &CardOptions{Claims: -1})
	if len(card.Claims) != 0 || card.ClaimCount != 2 {
		t.Errorf("Claims -1: %d shown of %d", len(card.Claims), card.ClaimCount)
	}
}

// TestPathOptionsLimits: one set of limits, enforced by Validate, which
// Paths, kg path and the server all go through.
func TestPathOptionsLimits(t *testing.T) {
	s := worldStore(t)
	ctx := context.Background()
	orla, freland := quad.IRI(id+"person/orla-quennell"), quad.IRI(id+"place/freland")
	tests := []struct {
		name    string
		opts    *PathOptions
		wantErr string // "" for valid
	}{
		{"nil", nil, ""},
		{"zero means the defaults", &PathOptions{}, ""},
		{"deepest", &PathOptions{MaxDepth: MaxPathDepth}, ""},
		{"too deep", &PathOptions{MaxDepth: 20}, "graph: paths: max depth must be 1 to 8 (0: the default, 4), not 20"},
		{"negative depth", &PathOptions{MaxDepth: -1}, "not -1"},
		{"negative limit", &PathOptions{Limit: -3}, "graph: paths: limit must be positive"},
		{"negative degree", &PathOptions{MaxDegree: -1}, "graph: paths: max degree"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			verr := tc.opts.Validate()
			_, perr := s.Paths(ctx, orla, freland, tc.opts)
			for what, err := range map[string]error{"Validate": verr, "Paths": perr} {
				switch {
				case tc.wantErr == "" && err != nil:
					t.Errorf("%s: %v", what, err)
				case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
					t.Errorf("%s: %v, want %q", what, err, tc.wantErr)
				}
			}
		})
	}
}

// TestSearchRanks: exact words (and their inflected forms) and entities
// the documents mention come first; a dataset's prefix and typo matches
// after them (issue 18 item 18).
func TestSearchRanks(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Made-up articles and dataset, not from any corpus.
	ban, tories, parties := quad.IRI(id+"person/ban-ki-moon"), quad.IRI(id+"organization/conservative-party"), quad.IRI(id+"organization/ministries")
	for i, e := range []struct {
		iri   quad.IRI
		class string
		names []string
	}{
		{ban, schema.PersonClass, []string{"Ban Ki-moon"}},
		{tories, schema.OrgClass, []string{"Conservative Party", "Tories"}},
		{parties, schema.OrgClass, []string{"Ministry of Harbours"}},
	} {
		doc := quad.IRI(fmt.Sprintf("%sdoc/rank%d", id, i))
		qs := []quad.Quad{
			quad.Make(doc, quad.IRI(schema.Type), quad.IRI(schema.NewsArticle), nil),
			quad.Make(doc, quad.IRI(schema.Mentions), e.iri, nil),
			quad.Make(e.iri, quad.IRI(schema.Type), quad.IRI(e.class), nil),
			quad.Make(e.iri, quad.IRI(schema.Name), quad.String(e.names[0]), nil),
		}
		for _, a := range e.names[1:] {
			qs = append(qs, quad.Make(e.iri, quad.IRI(schema.AltName), quad.String(a), nil))
		}
		if _, err := s.WriteDocument(ctx, doc, qs); err != nil {
			t.Fatal(err)
		}
	}
	const dataset = `<http://www.wikidata.org/entity/Q1> <http://www.w3.org/2000/01/rdf-schema#label> "Ban Houayxay" .
<http://www.wikidata.org/entity/Q2> <http://www.w3.org/2000/01/rdf-schema#label> "Bandai" .
<http://www.wikidata.org/entity/Q3> <http://www.w3.org/2000/01/rdf-schema#label> "Bana" .
<http://www.wikidata.org/entity/Q4> <http://www.w3.org/2000/01/rdf-schema#label> "Tory Island" .
<http://www.wikidata.org/entity/Q5> <http://www.w3.org/2000/01/rdf-schema#label> "Ban" .
<http://www.wikidata.org/entity/Q6> <http://www.w3.org/2000/01/rdf-schema#label> "Harbour Master" .
`
	if _, err := s.Import(ctx, strings.NewReader(dataset), &ImportOptions{Label: "file:///data/wd.nt", Format: "nquads"}); err != nil {
		t.Fatal(err)
	}
	wd := func(q string) string { return "http://www.wikidata.org/entity/" + q }
	tests := []struct {
		name  string
		query string
		want  []string // the hits' IRIs, in order
	}{
		{"exact word of a mentioned entity first", "ban", []string{string(ban), wd("Q5"), wd("Q1"), wd("Q3"), wd("Q2")}},
		{"plural of the query", "tory", []string{string(tories), wd("Q4")}},
		{"singular of the query", "conservative parties", []string{string(tories)}},
		{"plural of a name", "ministries", []string{string(parties)}},
		{"plural on both sides", "harbours", []string{string(parties), wd("Q6")}},
		{"prefix, then typo", "banda", []string{wd("Q2"), wd("Q3")}},
		{"typo still found", "bamdai", []string{wd("Q2")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tc.query, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, h := range hits {
				got = append(got, string(h.IRI))
				if i > 0 && h.Score > hits[i-1].Score {
					t.Errorf("hit %d scores %v, above the one before it (%v)", i, h.Score, hits[i-1].Score)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Search(%q) (-want +got):\n%s\n%+v", tc.query, diff, hits)
			}
		})
	}
	if hits, _ := s.Search(ctx, "Ban Ki-moon", nil); len(hits) == 0 || hits[0].Score != 1 {
		t.Errorf("a whole name of a mentioned entity: %+v, want score 1", hits)
	}
}

func TestInflectionKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"-ies", "tories", "tory"},
		{"-s", "harbours", "harbour"},
		{"possessive, as nameTokens gives it", "britains", "britain"},
		{"-ches", "churches", "church"},
		{"-sses", "classes", "class"},
		{"-ss kept", "congress", "congress"},
		{"-us kept", "cyprus", "cyprus"},
		{"-is kept", "paris", "paris"},
		{"short stem kept", "news", "news"},
		{"short stem of -ies kept", "dies", "dies"},
		{"singular", "tory", "tory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := vocab.InflectionKey(tc.in); got != tc.want {
				t.Errorf("inflectionKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestLinkAgreesWithContainedInPlace: a place the text puts in one country
// is not linked to a place of the same name in another, not even through
// an identifier it carries (a guess by name, as kg's out-of-the-box city
// links are), and is linked to the one in its country.
func TestLinkAgreesWithContainedInPlace(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "kg.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const wd = "http://www.wikidata.org/entity/"
	// Made-up world: Lunmouth, a mine town of Freland; a bigger Lunmouth
	// in Ostria, whose GeoNames node the document's Lunmouth was given.
	geo := "https://sws.geonames.org/9900777/"
	doc := graphtest.Result("Miners freed\nThe last miner was lifted from the Lunmouth mine in northern Freland.",
		[]graphtest.Ent{
			{Type: extract.Location, Class: "City", Name: "Lunmouth", SameAs: []string{geo}},
			{Type: extract.Location, Class: "Country", Name: "Freland", SameAs: []string{wd + "Q990001"}},
		},
		[]graphtest.Rel{graphtest.R(0, schema.ContainedInPlace, 1)})
	graphtest.Write(t, s, doc)
	const data = `<http://www.wikidata.org/entity/Q990001> <http://www.w3.org/2000/01/rdf-schema#label> "Freland" .
<http://www.wikidata.org/entity/Q990001> <http://www.wikidata.org/prop/direct/P297> "FX" .
<http://www.wikidata.org/entity/Q990002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostria" .
<http://www.wikidata.org/entity/Q990002> <http://www.wikidata.org/prop/direct/P297> "OX" .
<http://www.wikidata.org/entity/Q990700> <http://www.w3.org/2000/01/rdf-schema#label> "Lunmouth" .
<http://www.wikidata.org/entity/Q990700> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q990002> .
<http://www.wikidata.org/entity/Q990700> <http://www.wikidata.org/prop/direct/P1566> "9900777" .
<http://www.wikidata.org/entity/Q990700> <http://www.wikidata.org/prop/direct/P31> <http://www.wikidata.org/entity/Q515> .
<https://sws.geonames.org/9900777/> <http://www.w3.org/2000/01/rdf-schema#label> "Lunmouth" .
<https://sws.geonames.org/9900777/> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q990002> .
<http://www.wikidata.org/entity/Q990701> <http://www.w3.org/2000/01/rdf-schema#label> "Lunmouth" .
<http://www.wikidata.org/entity/Q990701> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q990001> .
<http://www.wikidata.org/entity/Q990701> <http://www.wikidata.org/prop/direct/P1566> "9900778" .
`
	tests := []struct {
		name string
		data string
		want string // Lunmouth's link, "" for none
	}{
		{"the one in its country", data, wd + "Q990701"},
		{"none rather than another country's", strings.Join(slices.DeleteFunc(strings.SplitAfter(data, "\n"), func(l string) bool { return strings.Contains(l, "Q990701") }), ""), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Dataset{Graph: "file:///data/places.nt", Name: "places.nt", Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(tc.data)), nil }}
			rep, err := s.Link(ctx, []Dataset{d}, &LinkOptions{DryRun: true})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, l := range rep.Links {
				if l.EntityName == "Lunmouth" {
					got = string(l.Target)
				}
			}
			if got != tc.want {
				t.Errorf("Lunmouth linked to %q, want %q (links %+v)", got, tc.want, rep.Links)
			}
		})
	}
}
