package unmerge

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/storetest"
	"github.com/kg-project/kg/schema"
)

// wrongMerge is a document in which "Okafor" (a different person, the
// minister's brother) was merged with Jane Okafor on the surname.
func wrongMerge() *extract.Result {
	text := "Jane Okafor met Acme. Okafor works for Brightline, Okafor said, “we will sue”."
	at := func(s string, n int) (int, int) {
		i := -1
		for k := 0; k < n; k++ {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return i, i + len(s)
	}
	men := func(s string, n, ent int, typ, method string, sent int) extract.Mention {
		b, e := at(s, n)
		return extract.Mention{Start: b, End: e, Text: s, Type: typ, Entity: ent, Method: method, Score: 1, Sentence: sent}
	}
	s1, _ := at("Okafor works", 1)
	rb, re := at("Okafor works for Brightline", 1)
	qb, qe := at("we will sue", 1)
	mb, me := at("Jane Okafor met Acme", 1)
	return &extract.Result{
		Doc:       extract.Document{Text: text, Source: "okafor.txt"},
		Sentences: []extract.Sentence{{Start: 0, End: s1 - 1}, {Start: s1, End: len(text)}},
		Mentions: []extract.Mention{
			men("Jane Okafor", 1, 0, extract.Person, "exact", 0),
			men("Acme", 1, 1, extract.Organization, "exact", 0),
			men("Okafor", 2, 0, extract.Person, "surname", 1),
			men("Brightline", 1, 2, extract.Organization, "exact", 1),
			men("Okafor", 3, 0, extract.Person, "surname", 1),
		},
		Entities: []extract.Entity{
			{Name: "Jane Okafor", Type: extract.Person, Key: "jane okafor", Aliases: []string{"Okafor"}, Mentions: []int{0, 2, 4}},
			{Name: "Acme", Type: extract.Organization, Key: "acme", Mentions: []int{1}},
			{Name: "Brightline", Type: extract.Organization, Key: "brightline", Mentions: []int{3}},
		},
		Relations: []extract.Relation{
			{Subject: 0, Object: 1, Predicate: schema.NS + "met", Sentence: 0, Start: mb, End: me, Method: "verb-pattern", Score: 0.6, Claim: -1},
			{Subject: 0, Object: 2, Predicate: schema.WorksFor, Sentence: 1, Start: rb, End: re, Method: "verb-pattern", Score: 0.6, Claim: -1},
		},
		Claims: []extract.Claim{{Speaker: 0, Outlet: -1, Start: qb, End: qe, Sentence: 1, Verb: "said"}},
	}
}

// wrongMergeStore returns a new store holding wrongMerge's document, and
// the document's IRI.
func wrongMergeStore(t *testing.T) (*graph.Store, quad.IRI) {
	t.Helper()
	s := storetest.Open(t)
	res := wrongMerge()
	doc := quad.IRI(schema.DocumentIRI(res.Doc.Text, nil))
	if _, err := s.WriteDocument(context.Background(), doc, schema.Quads(res, nil)); err != nil {
		t.Fatal(err)
	}
	return s, doc
}

func TestUnmerge(t *testing.T) {
	ctx := context.Background()
	s, doc := wrongMergeStore(t)
	jane := quad.IRI(schema.EntityIRI(extract.Person, "jane okafor", nil))
	other := quad.IRI(schema.EntityIRI(extract.Person, "okafor not jane okafor", nil))
	brightline := quad.IRI(schema.EntityIRI(extract.Organization, "brightline", nil))
	acme := quad.IRI(schema.EntityIRI(extract.Organization, "acme", nil))

	dry, err := Run(ctx, s, Options{Entity: jane, To: other, Alias: "Okafor", DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if dry.Mentions != 2 || dry.Added != 0 {
		t.Errorf("dry run report %+v, want 2 mentions and nothing written", dry)
	}
	rep, err := Run(ctx, s, Options{Entity: jane, To: other, Alias: "Okafor"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Mentions != 2 || rep.Statements != 1 || rep.Claims != 1 || len(rep.Documents) != 1 {
		t.Errorf("report %+v, want 2 mentions, 1 statement, 1 claim, 1 document", rep)
	}
	has := func(sub, pred, obj quad.Value, label quad.Value) bool {
		t.Helper()
		ok, err := s.HasQuad(ctx, quad.Quad{Subject: sub, Predicate: pred, Object: obj, Label: label})
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	works := quad.IRI(schema.WorksFor)
	checks := []struct {
		name string
		got  bool
		want bool
	}{
		{"the moved edge is on the new entity", has(other, works, brightline, doc), true},
		{"the old entity lost it", has(jane, works, brightline, doc), false},
		{"the other edge stays", has(jane, quad.IRI(schema.NS+"met"), acme, doc), true},
		{"the new entity is a person", has(other, quad.IRI(schema.Type), quad.IRI(schema.PersonClass), doc), true},
		{"the new entity is named by the alias", has(other, quad.IRI(schema.Name), quad.String("Okafor"), doc), true},
		{"the old entity lost the alias", has(jane, quad.IRI(schema.AltName), quad.String("Okafor"), doc), false},
		{"the document mentions the new entity", has(doc, quad.IRI(schema.Mentions), other, doc), true},
		{"the decision is recorded", has(jane, quad.IRI(schema.Unmerged), other, quad.IRI(schema.DecisionsGraph)), true},
		{"the claim's speaker moved", has(quad.IRI(string(doc)+"#claim-0"), quad.IRI(schema.Author), other, doc), true},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.name, c.got, c.want)
		}
	}
	// Mentions: the full name stays, the surnames moved with their method.
	var got []string
	u := &unmerger{s: s, ctx: ctx}
	for _, e := range []quad.IRI{jane, other} {
		qs, err := u.find(map[quad.Direction]quad.Value{quad.Predicate: quad.IRI(schema.TaIdentRef), quad.Object: e})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			a, _ := u.objects(q.Subject, schema.AnchorOf, doc)
			m, _ := u.objects(q.Subject, schema.Method, doc)
			method := schema.ExactMethod // a canonical-name mention carries no kg:method
			if len(m) > 0 {
				method = stringOf(m[0].Object)
			}
			got = append(got, stringOf(a[0].Object)+" -> "+strings.TrimPrefix(string(e), schema.DefaultBase)+" "+method)
		}
	}
	sort.Strings(got)
	want := []string{"Jane Okafor -> person/jane-okafor exact", "Okafor -> person/okafor-not-jane-okafor unmerged", "Okafor -> person/okafor-not-jane-okafor unmerged"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	recs, err := Records(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].From != jane || recs[0].To != other || recs[0].Alias != "Okafor" || recs[0].Decision != rep.Decision {
		t.Errorf("Unmerges = %+v", recs)
	}
	// Every stored node still has its value: the store exports whole.
	var buf bytes.Buffer
	if err := s.Export(ctx, &buf, nil); err != nil {
		t.Fatalf("export after unmerge: %v", err)
	}
	if strings.Contains(buf.String(), "<nil>") {
		t.Error("export after unmerge holds a node without a value")
	}
	// Again: nothing left to move.
	again, err := Run(ctx, s, Options{Entity: jane, To: other, Alias: "Okafor"})
	if err != nil {
		t.Fatal(err)
	}
	if again.Mentions != 0 || again.Added != 0 {
		t.Errorf("second unmerge %+v, want nothing", again)
	}
}

func TestUnmergeLimitedToADocument(t *testing.T) {
	ctx := context.Background()
	s, _ := wrongMergeStore(t)
	jane := quad.IRI(schema.EntityIRI(extract.Person, "jane okafor", nil))
	other := quad.IRI(schema.EntityIRI(extract.Person, "okafor", nil))
	rep, err := Run(ctx, s, Options{Entity: jane, To: other, Alias: "Okafor", Document: "https://kg.example/id/doc/none"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Mentions != 0 {
		t.Errorf("moved %d mentions of another document", rep.Mentions)
	}
	if _, err := Run(ctx, s, Options{Entity: jane, To: jane, Alias: "Okafor"}); err == nil {
		t.Error("no error when source and target are the same")
	}
}

func TestResolverDecisions(t *testing.T) {
	base := schema.DefaultBase
	tests := []struct {
		name  string
		recs  []Record
		sopts *schema.Options
		want  []resolve.Unmerge
	}{
		{
			name: "every document",
			recs: []Record{{From: quad.IRI(base + "person/tamsin-orla"), To: quad.IRI(base + "person/orla-not-tamsin-orla"), Alias: "Orla"}},
			want: []resolve.Unmerge{{Type: extract.Person, From: "tamsin orla", Alias: "Orla", To: "orla not tamsin orla"}},
		},
		{
			name: "one document",
			recs: []Record{{From: quad.IRI(base + "organization/brightvale"), To: quad.IRI(base + "organization/brightvale-mills"), Alias: "Brightvale", Document: quad.IRI(base + "doc/00ff")}},
			want: []resolve.Unmerge{{Type: extract.Organization, From: "brightvale", Alias: "Brightvale", To: "brightvale mills", Document: "00ff"}},
		},
		{
			name: "outside the base skipped",
			recs: []Record{
				{From: "urn:other:tamsin", To: quad.IRI(base + "person/orla"), Alias: "Orla"},
				{From: quad.IRI(base + "person/orla"), To: "urn:other:tamsin", Alias: "Orla"},
			},
		},
		{
			name:  "another base",
			recs:  []Record{{From: "urn:kgx:person/tamsin-orla", To: "urn:kgx:person/orla", Alias: "Orla"}},
			sopts: &schema.Options{Base: "urn:kgx:"},
			want:  []resolve.Unmerge{{Type: extract.Person, From: "tamsin orla", Alias: "Orla", To: "orla"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, resolverDecisions(tt.recs, tt.sopts)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
