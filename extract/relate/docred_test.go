package relate

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract"
)

func TestDocREDResult(t *testing.T) {
	in := `[{"title":"T","sents":[["Ann","Lee",",","a","lawyer","for","Acme",",","lives","in","Dunmore","."],["Lee","left","."]],
	"vertexSet":[[{"name":"Ann Lee","pos":[0,2],"sent_id":0,"type":"PER"},{"name":"Lee","pos":[0,1],"sent_id":1,"type":"PER"}],
	[{"name":"Acme","pos":[6,7],"sent_id":0,"type":"ORG"}],[{"name":"Dunmore","pos":[10,11],"sent_id":0,"type":"LOC"}]],
	"labels":[{"r":"P108","h":0,"t":1},{"r":"P551","h":0,"t":2}]}]`
	docs, err := ReadDocRED(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	res := docs[0].Result()
	if got, want := res.Doc.Text, "Ann Lee , a lawyer for Acme , lives in Dunmore .\nLee left ."; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	var names []string
	for _, m := range res.Mentions {
		names = append(names, fmt.Sprintf("%s/%s/%d", res.Doc.Text[m.Start:m.End], m.Type, m.Entity))
	}
	if diff := cmp.Diff([]string{"Ann Lee/PER/0", "Acme/ORG/1", "Dunmore/LOC/2", "Lee/PER/0"}, names); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	s, err := EvaluateDocRED(docs, New(&Options{NoClassifier: true, NoOpen: true}))
	if err != nil {
		t.Fatal(err)
	}
	want := []DocREDRow{{Method: MethodAppositive, Predicate: "http://schema.org/worksFor", Found: 1, Exact: 1, Lenient: 1}}
	if diff := cmp.Diff(want, s.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if got := s.Recall["P108"]; got != [2]int{1, 1} {
		t.Errorf("P108 recall counts %v, want [1 1]", got)
	}
}

// fakeExtractor gives one document's result with kg's own names: "Ann
// Lee" whole, "Acme ," longer than the gold "Acme", and "lives in", which
// overlaps no gold mention.
type fakeExtractor struct{}

func (fakeExtractor) Extract(_ context.Context, doc extract.Document) (*extract.Result, error) {
	res := &extract.Result{Doc: doc}
	add := func(text string, typ string) {
		i := strings.Index(doc.Text, text)
		res.Mentions = append(res.Mentions, extract.Mention{Start: i, End: i + len(text), Text: text, Type: typ, Entity: len(res.Entities)})
		res.Entities = append(res.Entities, extract.Entity{Name: text, Type: typ, Mentions: []int{len(res.Mentions) - 1}})
	}
	add("Ann Lee", extract.Person)
	add("Acme ,", extract.Organization)
	add("lives in", extract.Location)
	res.Relations = []extract.Relation{
		{Subject: 0, Object: 1, Predicate: "http://schema.org/worksFor", Method: MethodAppositive},
		{Subject: 0, Object: 2, Predicate: "http://schema.org/homeLocation", Method: MethodClassifier},
	}
	return res, nil
}

// TestDocREDEndToEnd checks that kg's own names stand for the gold
// entities their mentions overlap by half, and that a relation with a
// name that stands for none counts as found, not confirmed.
func TestDocREDEndToEnd(t *testing.T) {
	in := `[{"title":"T","sents":[["Ann","Lee",",","a","lawyer","for","Acme",",","lives","in","Dunmore","."]],
	"vertexSet":[[{"name":"Ann Lee","pos":[0,2],"sent_id":0,"type":"PER"}],
	[{"name":"Acme","pos":[6,7],"sent_id":0,"type":"ORG"}],[{"name":"Dunmore","pos":[10,11],"sent_id":0,"type":"LOC"}]],
	"labels":[{"r":"P108","h":0,"t":1},{"r":"P551","h":0,"t":2}]}]`
	docs, err := ReadDocRED(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	s, err := EvaluateDocREDEndToEnd(context.Background(), docs, fakeExtractor{})
	if err != nil {
		t.Fatal(err)
	}
	want := []DocREDRow{
		{Method: MethodAppositive, Predicate: "http://schema.org/worksFor", Found: 1, Exact: 1, Lenient: 1},
		{Method: MethodClassifier, Predicate: "http://schema.org/homeLocation", Found: 1},
	}
	if diff := cmp.Diff(want, s.Rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if !s.EndToEnd || s.Recall["P551"] != [2]int{1, 0} {
		t.Errorf("end to end %v, P551 recall counts %v, want true and [1 0]", s.EndToEnd, s.Recall["P551"])
	}
}
