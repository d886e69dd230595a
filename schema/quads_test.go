package schema

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/internal/golden"
)

func TestOffsets(t *testing.T) {
	tests := []struct {
		name string
		text string
		b    []int
		want []int
	}{
		{"ascii", "abc def", []int{0, 3, 7}, []int{0, 3, 7}},
		{"two-byte", "é a", []int{0, 2, 3, 4}, []int{0, 1, 2, 3}},
		{"curly quote", "a’b", []int{0, 1, 4, 5}, []int{0, 1, 2, 3}},
		{"inside a rune maps to its start", "a’b", []int{2, 3}, []int{1, 1}},
		{"out of range clamps", "ab", []int{-1, 9}, []int{0, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := NewOffsets(tt.text)
			var got []int
			for _, b := range tt.b {
				got = append(got, o.CodePoint(b))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CodePoint (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"alexander the great": "alexander-the-great",
		"münchen":             "münchen",
		"a & b":               "a-b",
		"":                    "_",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIRIsAreStable(t *testing.T) {
	a := DocumentIRI("same text", nil)
	if b := DocumentIRI("same text", &Options{}); a != b {
		t.Errorf("DocumentIRI differs between nil and zero Options: %s, %s", a, b)
	}
	if c := DocumentIRI("other text", nil); c == a {
		t.Error("different texts share a document IRI")
	}
	if got, want := EntityIRI(extract.Person, "jane doe", &Options{Base: "http://ex.org/"}), "http://ex.org/person/jane-doe"; got != want {
		t.Errorf("EntityIRI = %s, want %s", got, want)
	}
}

func TestParseEntityIRI(t *testing.T) {
	for _, tc := range []struct {
		typ, key string
	}{
		{extract.Person, "jane doe"}, {extract.EventType, "attack harlow 2024 03 22"},
		{extract.Miscellaneous, "okafor doc 0a1b2c3d4e5f"}, {extract.Location, "münchen"},
	} {
		iri := EntityIRI(tc.typ, tc.key, nil)
		typ, key, ok := ParseEntityIRI(iri, nil)
		if !ok || typ != tc.typ || key != tc.key {
			t.Errorf("ParseEntityIRI(%s) = %q %q %v, want %q %q", iri, typ, key, ok, tc.typ, tc.key)
		}
	}
	for _, iri := range []string{"https://other.example/person/x", DefaultBase + "doc/abc", DefaultBase + "person/", DefaultBase + "person/a#b"} {
		if _, _, ok := ParseEntityIRI(iri, nil); ok {
			t.Errorf("ParseEntityIRI(%s) = ok", iri)
		}
	}
}

// sample is a small hand-made Result with non-ASCII text, a resolved
// alias, a relation, a claim with a reported relation, and an event.
func sample() *extract.Result {
	text := "Zoë Adams, chief of Acme, said “Acme will leave Fooland”. Adams spoke in Barville."
	at := func(s string, from int) (int, int) {
		i := bytes.Index([]byte(text[from:]), []byte(s)) + from
		return i, i + len(s)
	}
	m := func(s string, from int, typ string, ent int, method string) extract.Mention {
		b, e := at(s, from)
		return extract.Mention{Start: b, End: e, Text: s, Type: typ, Entity: ent, Method: method, Score: 1}
	}
	_, e0 := at("”.", 0)
	s1, _ := at("Adams spoke", 0)
	qb, qe := at("Acme will leave Fooland", 0)
	rb, re := at("Zoë Adams, chief of Acme", 0)
	res := &extract.Result{
		Doc:       extract.Document{Text: text, Source: "sample.txt"},
		Sentences: []extract.Sentence{{Start: 0, End: e0}, {Start: s1, End: len(text)}},
		Mentions: []extract.Mention{
			m("Zoë Adams", 0, extract.Person, 0, "exact"),
			m("Acme", 0, extract.Organization, 1, "exact"),
			m("Acme", 30, extract.Organization, 1, "exact"),
			m("Fooland", 0, extract.Location, 2, "exact"),
			m("Adams", 50, extract.Person, 0, "surname"),
			m("Barville", 0, extract.Location, 3, "exact"),
		},
		Entities: []extract.Entity{
			{Name: "Zoë Adams", Type: extract.Person, Key: "zoe adams", Aliases: []string{"Adams"}, Mentions: []int{0, 4}},
			{Name: "Acme", Type: extract.Organization, Key: "acme", Mentions: []int{1, 2}},
			{Name: "Fooland", Type: extract.Location, Class: "Country", Key: "fooland", Mentions: []int{3}, SameAs: []string{"http://www.wikidata.org/entity/Q1"}},
			{Name: "Barville", Type: extract.Location, Class: "City", Key: "barville", Mentions: []int{5}},
		},
		Claims: []extract.Claim{{Speaker: 0, Outlet: -1, Start: qb, End: qe, Sentence: 0, Verb: "said"}},
	}
	res.Mentions[4].Sentence = 1
	res.Mentions[5].Sentence = 1
	res.Relations = []extract.Relation{
		{Subject: 0, Object: 1, Predicate: SDO + "worksFor", Sentence: 0, Start: rb, End: re, Method: "appositive", Score: 0.9, Claim: -1},
		{Subject: 1, Object: 2, Predicate: NS + "leave", Label: "will leave", Sentence: 0, Start: qb, End: qe, Method: "verb-pattern", Score: 0.5, Claim: 0},
	}
	return res
}

func TestQuadsGolden(t *testing.T) {
	qs := Quads(sample(), nil)
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := quad.Copy(w, quad.NewReader(qs)); err != nil {
		t.Fatal(err)
	}
	w.Close()
	golden.File(t, filepath.Join("testdata", "sample.nq"), buf.String())
}

func TestQuadsInvariants(t *testing.T) {
	res := sample()
	qs := Quads(res, nil)
	doc := quad.IRI(DocumentIRI(res.Doc.Text, nil))
	plainEdge, reported := false, false
	for i, q := range qs {
		if q.Label != doc {
			t.Errorf("quad %v not labelled with the document", q)
		}
		if i > 0 && compareKeys(quadForms(qs[i-1]), quadForms(q)) >= 0 {
			t.Errorf("quads not sorted and unique at %d", i)
		}
		if q.Predicate == quad.IRI(SDO+"worksFor") {
			plainEdge = true
		}
		if q.Predicate == quad.IRI(NS+"leave") {
			reported = true
		}
	}
	if !plainEdge {
		t.Error("asserted relation has no plain edge")
	}
	if reported {
		t.Error("relation inside a claim was asserted as a plain edge")
	}
	again := Quads(sample(), nil)
	if diff := cmp.Diff(qs, again); diff != "" {
		t.Errorf("Quads is not deterministic (-first +second):\n%s", diff)
	}
}

func TestQuadsSourceText(t *testing.T) {
	chief := func(text string) extract.Span {
		i := strings.Index(text, "chief of Acme")
		return extract.Span{Start: i, End: i + len("chief of Acme")}
	}
	tests := []struct {
		name    string
		speaker int
		source  func(string) extract.Span
		want    []string // kg:sourceText objects of the claim
	}{
		{name: "an unnamed speaker's words", speaker: -1, source: chief, want: []string{`"chief of Acme"`}},
		{name: "a named speaker has none", speaker: 0, source: chief},
		{name: "an unnamed speaker whose words are not said", speaker: -1, source: func(string) extract.Span { return extract.Span{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := sample()
			res.Claims[0].Speaker = tt.speaker
			res.Claims[0].Source = tt.source(res.Doc.Text)
			var got []string
			for _, q := range Quads(res, nil) {
				if q.Predicate == quad.IRI(SourceText) {
					got = append(got, q.Object.String())
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("kg:sourceText (-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkQuads(b *testing.B) {
	res := sample()
	b.ReportAllocs()
	for b.Loop() {
		Quads(res, nil)
	}
}

// quadForms returns the N-Quads forms of q's values, "" for a missing one.
func quadForms(q quad.Quad) [4]string {
	var k [4]string
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			k[i] = v.String()
		}
	}
	return k
}
