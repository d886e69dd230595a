package relate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
