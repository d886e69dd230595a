package schema

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
)

func TestLiteralValues(t *testing.T) {
	tests := []struct {
		typ, value, want string
	}{
		{extract.Date, "2024-03-22", `"2024-03-22"^^<http://www.w3.org/2001/XMLSchema#date>`},
		{extract.Date, "2024-03", `"2024-03"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>`},
		{extract.Date, "2024", `"2024"^^<http://www.w3.org/2001/XMLSchema#gYear>`},
		{extract.Date, "--03-22", `"--03-22"^^<http://www.w3.org/2001/XMLSchema#gMonthDay>`},
		{extract.Date, "--03", `"--03"^^<http://www.w3.org/2001/XMLSchema#gMonth>`},
		{extract.Date, "T15:00", `"15:00:00"^^<http://www.w3.org/2001/XMLSchema#time>`},
		{extract.Date, "2024-03-22T15:00", `"2024-03-22T15:00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>`},
		{extract.Date, "2024-W12", `"2024-W12"`},
		{extract.Quantity, "9600000000", `"9600000000"^^<http://www.w3.org/2001/XMLSchema#decimal>`},
		{extract.Quantity, "4.5", `"4.5"^^<http://www.w3.org/2001/XMLSchema#decimal>`},
		{extract.Quantity, "P6D", `"P6D"^^<http://www.w3.org/2001/XMLSchema#duration>`},
	}
	for _, tc := range tests {
		got := literalValue(extract.Mention{Type: tc.typ, Value: tc.value}).String()
		if got != tc.want {
			t.Errorf("literalValue(%s %q) = %s, want %s", tc.typ, tc.value, got, tc.want)
		}
	}
}

func TestFigurePredicate(t *testing.T) {
	for role, want := range map[string]string{"killed": NS + "killedCount", "": NS + "figure", "taken hostage": NS + "takenHostageCount"} {
		if got := FigurePredicate(role); got != want {
			t.Errorf("FigurePredicate(%q) = %s, want %s", role, got, want)
		}
	}
}

// TestEventQuads checks what an event, its date and figure mentions and
// a claim-free result become.
func TestEventQuads(t *testing.T) {
	text := "The March 22 attack in Harlow killed over 120 people."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	ds, de := at("March 22")
	qs, qe := at("over 120 people")
	as, ae := at("March 22 attack")
	ms, me := at("Harlow")
	res := &extract.Result{
		Doc:       extract.Document{Text: text},
		Sentences: []extract.Sentence{{Start: 0, End: len(text)}},
		Mentions: []extract.Mention{
			{Start: ds, End: de, Text: "March 22", Type: extract.Date, Class: "Date", Entity: -1, Value: "--03-22"},
			{Start: qs, End: qe, Text: "over 120 people", Type: extract.Quantity, Class: "QuantitativeValue", Entity: -1, Value: "120"},
			{Start: as, End: ae, Text: "March 22 attack", Type: extract.EventType, Entity: 0, Method: "event-description", Score: 1},
			{Start: ms, End: me, Text: "Harlow", Type: extract.Location, Entity: 1, Method: "exact", Score: 1},
		},
		Entities: []extract.Entity{
			{Name: "Attack in Harlow, March 22", Type: extract.EventType, Key: "attack harlow 03 22 doc 0a1b", Mentions: []int{2}},
			{Name: "Harlow", Type: extract.Location, Class: "City", Key: "harlow", Mentions: []int{3}},
		},
		Events: []extract.Event{{Entity: 0, Place: 1, Date: "--03-22", Figures: []extract.Figure{{Mention: 1, Role: "killed"}}, Described: true}},
	}
	ev := EntityIRI(extract.EventType, res.Entities[0].Key, nil)
	doc := DocumentIRI(text, nil)
	var got []string
	for _, q := range Quads(res, nil) {
		if q.Subject == quad.IRI(ev) || q.Predicate == quad.IRI(Value) {
			got = append(got, strings.ReplaceAll(q.Subject.String()+" "+q.Predicate.String()+" "+q.Object.String(), doc, "D"))
		}
	}
	want := []string{
		`<D#char=37,52> <https://kg.example/ns#value> "120"^^<http://www.w3.org/2001/XMLSchema#decimal>`,
		`<D#char=4,12> <https://kg.example/ns#value> "--03-22"^^<http://www.w3.org/2001/XMLSchema#gMonthDay>`,
		`<https://kg.example/id/event/attack-harlow-03-22-doc-0a1b> <http://schema.org/location> <https://kg.example/id/place/harlow>`,
		`<https://kg.example/id/event/attack-harlow-03-22-doc-0a1b> <http://schema.org/startDate> "--03-22"^^<http://www.w3.org/2001/XMLSchema#gMonthDay>`,
		`<https://kg.example/id/event/attack-harlow-03-22-doc-0a1b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Event>`,
		`<https://kg.example/id/event/attack-harlow-03-22-doc-0a1b> <http://www.w3.org/2000/01/rdf-schema#label> "Attack in Harlow, March 22"`,
		`<https://kg.example/id/event/attack-harlow-03-22-doc-0a1b> <https://kg.example/ns#killedCount> "120"^^<http://www.w3.org/2001/XMLSchema#decimal>`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("event quads (-want +got):\n%s", diff)
	}
}
