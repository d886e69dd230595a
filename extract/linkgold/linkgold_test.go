package linkgold

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
)

// sample is a made-up document in ELEVANT's format; "é" makes character
// and byte offsets differ.
const sample = `{"id": 0, "text": "Café owner Dana Arvel met Boris Brannock in Lima.", "labels": [` +
	`{"span": [11, 21], "entity_id": "Q1", "name": "Dana Arvel"}, ` +
	`{"span": [26, 40], "entity_id": "Q2", "name": "Boris Brannock"}, ` +
	`{"span": [44, 48], "entity_id": "Q3", "name": "Lima"}, ` +
	`{"span": [0, 4], "entity_id": "<NIL>", "name": "Café"}]}
`

func TestRead(t *testing.T) {
	docs, err := Read(strings.NewReader(sample), "s.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range docs[0].Labels {
		got = append(got, docs[0].Text[l.Start:l.End]+"="+l.QID)
	}
	want := []string{"Dana Arvel=Q1", "Boris Brannock=Q2", "Lima=Q3", "Café="}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	for _, bad := range []string{`{"text": "x", "labels": [{"span": [0, 9], "entity_id": "Q1"}]}`, `{"text": `} {
		if _, err := Read(strings.NewReader(bad), "bad.jsonl"); err == nil || !strings.Contains(err.Error(), "bad.jsonl:1") {
			t.Errorf("Read(%q): error %v, want one naming bad.jsonl:1", bad, err)
		}
	}
}

// TestAdd scores a hand-made result: Dana Arvel linked right, Boris
// Brannock linked to an item the datasets hold but the gold does not
// name, Lima found but not linked.
func TestAdd(t *testing.T) {
	docs, err := Read(strings.NewReader(sample), "s.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	d := &docs[0]
	span := func(s string) (int, int) { i := strings.Index(d.Text, s); return i, i + len(s) }
	res := &extract.Result{Entities: []extract.Entity{{Name: "Dana Arvel"}, {Name: "Boris Brannock"}, {Name: "Lima"}}}
	for e, n := range []string{"Dana Arvel", "Boris Brannock", "Lima"} {
		a, b := span(n)
		res.Mentions = append(res.Mentions, extract.Mention{Start: a, End: b, Entity: e})
	}
	links := map[int][]string{0: {"Q1"}, 1: {"Q9"}}
	r := &Report{}
	r.Add(d, res, func(q string) bool { return q != "Q9" }, func(e int) []string { return links[e] })
	got := []int{r.Labels, r.NoItem, r.NotHeld, r.Right, r.Wrong, r.NotLinked, r.NotFound}
	if diff := cmp.Diff([]int{4, 1, 0, 1, 1, 1, 0}, got); diff != "" {
		t.Errorf("labels, no item, not held, right, wrong, not linked, not found (-want +got):\n%s", diff)
	}
	var b bytes.Buffer
	if err := r.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "linked right                      1   0.333") {
		t.Errorf("report:\n%s", b.String())
	}
}

func TestHeldItems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]bool
	}{
		{
			name: "subjects only",
			in: "<http://www.wikidata.org/entity/Q900001> <http://www.w3.org/2000/01/rdf-schema#label> \"Dana Arvel\"@en .\n" +
				"<http://www.wikidata.org/entity/Q900002> <http://schema.org/knows> <http://www.wikidata.org/entity/Q900003> .\n",
			want: map[string]bool{"Q900001": true, "Q900002": true},
		},
		{
			name: "other subjects and broken lines skipped",
			in:   "<http://example.org/Q900004> <urn:p> \"x\" .\n<http://www.wikidata.org/entity/> <urn:p> \"x\" .\n<http://www.wikidata.org/entity/Q900005\n",
			want: map[string]bool{},
		},
		{
			name: "n-quads",
			in:   "<http://www.wikidata.org/entity/Q900006> <urn:p> \"x\" <urn:graph> .\n",
			want: map[string]bool{"Q900006": true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]bool{}
			if err := HeldItems(strings.NewReader(tt.in), got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("held (-want +got):\n%s", diff)
			}
		})
	}
}
