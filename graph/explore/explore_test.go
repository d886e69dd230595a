package explore

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/storetest"
	"github.com/kg-project/kg/schema"
)

const id = schema.DefaultBase

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
	s := storetest.World(t)
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
			hits, err := Search(ctx, s, tc.query, tc.opts)
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
	hits, _ := Search(ctx, s, "Vantor", nil)
	if len(hits) == 0 || hits[0].Name != "Vantor" || hits[0].Documents != 2 || !cmp.Equal(hits[0].Classes, []string{schema.CityClass, schema.PlaceClass}) {
		t.Errorf("Search(Vantor) = %+v", hits)
	}
	// Documents (titles are schema:name) are not entities.
	if hits, _ := Search(ctx, s, "storm reaches", nil); len(hits) != 0 {
		t.Errorf("Search found a document: %+v", hits)
	}
}

func TestResolve(t *testing.T) {
	s := storetest.World(t)
	ctx := context.Background()
	for in, want := range map[string]quad.IRI{
		"Vantor":                   quad.IRI(id + "place/vantor"),
		"<" + id + "place/vantor>": quad.IRI(id + "place/vantor"),
		"wd:Q990001":               "http://www.wikidata.org/entity/Q990001",
		"https://example.org/x":    "https://example.org/x",
		"marrow":                   quad.IRI(id + "person/ilse-marrow"),
	} {
		got, err := Resolve(ctx, s, in)
		if err != nil || got != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := Resolve(ctx, s, "nobody at all"); err == nil {
		t.Error("Resolve(unknown name): no error")
	}
}

func TestPaths(t *testing.T) {
	s := storetest.World(t)
	ctx := context.Background()
	orla, freland := quad.IRI(id+"person/orla-quennell"), quad.IRI(id+"place/freland")
	paths, err := Paths(ctx, s, orla, freland, nil)
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
	back, err := Paths(ctx, s, freland, orla, nil)
	if err != nil || len(back) != 1 || back[0].Steps[0][0].Forward {
		t.Errorf("reverse path: %+v, %v", back, err)
	}
	// Too short a depth, a predicate filter: none.
	for _, o := range []*PathOptions{{MaxDepth: 2}, {Via: []string{schema.WorksFor}}} {
		if p, err := Paths(ctx, s, orla, freland, o); err != nil || len(p) != 0 {
			t.Errorf("Paths(%+v) = %+v, %v; want none", o, p, err)
		}
	}
	// Only documents connect Orla and Ilse: a path only with plumbing.
	ilse := quad.IRI(id + "person/ilse-marrow")
	if p, _ := Paths(ctx, s, orla, ilse, nil); len(p) != 0 {
		t.Errorf("path without plumbing: %+v", p)
	}
	p, err := Paths(ctx, s, orla, ilse, &PathOptions{Plumbing: true})
	if err != nil || len(p) == 0 || len(p[0].Steps) != 4 {
		t.Fatalf("path with plumbing: %+v, %v", p, err)
	}
	if p[0].Steps[0][0].Predicate != schema.Mentions {
		t.Errorf("plumbing path starts with %s", p[0].Steps[0][0].Predicate)
	}
	if _, err := Paths(ctx, s, orla, "https://example.org/none", nil); err == nil {
		t.Error("path to an unknown node: no error")
	}
	if p, err := Paths(ctx, s, orla, orla, nil); err != nil || len(p) != 1 || len(p[0].Nodes) != 1 {
		t.Errorf("path to itself: %+v, %v", p, err)
	}
}

func TestNeighbours(t *testing.T) {
	s := storetest.World(t)
	nb, err := Neighbours(context.Background(), s, quad.IRI(id+"place/vantor"), nil)
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
	s := storetest.World(t)
	c, err := CardOf(context.Background(), s, quad.IRI(id+"place/ostria"), nil)
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
	if _, err := CardOf(context.Background(), s, "https://example.org/none", nil); err == nil {
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

func TestCardClaims(t *testing.T) {
	s, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), nil)
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
	card, err := CardOf(context.Background(), s, quad.IRI(id+"person/orla-quennell"), nil)
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
	card, _ = CardOf(context.Background(), s, quad.IRI(id+"person/orla-quennell"), &CardOptions{Claims: -1})
	if len(card.Claims) != 0 || card.ClaimCount != 2 {
		t.Errorf("Claims -1: %d shown of %d", len(card.Claims), card.ClaimCount)
	}
}

// TestPathOptionsLimits: one set of limits, enforced by Validate, which
// Paths, kg path and the server all go through.
func TestPathOptionsLimits(t *testing.T) {
	s := storetest.World(t)
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
		{"too deep", &PathOptions{MaxDepth: 20}, "explore: paths: max depth must be 1 to 8 (0: the default, 4), not 20"},
		{"negative depth", &PathOptions{MaxDepth: -1}, "not -1"},
		{"negative limit", &PathOptions{Limit: -3}, "explore: paths: limit must be positive"},
		{"negative degree", &PathOptions{MaxDegree: -1}, "explore: paths: max degree"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			verr := tc.opts.Validate()
			_, perr := Paths(ctx, s, orla, freland, tc.opts)
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
	s := storetest.Open(t)
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
	if _, err := s.Import(ctx, strings.NewReader(dataset), &graph.ImportOptions{Label: "file:///data/wd.nt", Format: "nquads"}); err != nil {
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
			hits, err := Search(ctx, s, tc.query, nil)
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
	if hits, _ := Search(ctx, s, "Ban Ki-moon", nil); len(hits) == 0 || hits[0].Score != 1 {
		t.Errorf("a whole name of a mentioned entity: %+v, want score 1", hits)
	}
}
