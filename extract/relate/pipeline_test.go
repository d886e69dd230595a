package relate

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/schema"
)

// analyse runs the stages before relation extraction on text: tokenizer,
// sentence splitter, entity recognizer and resolver.
func analyse(t testing.TB, text string) *extract.Result {
	t.Helper()
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	if err := ner.NewRecognizer(m, nil).Recognize(res); err != nil {
		t.Fatal(err)
	}
	if err := resolve.New(nil).Resolve(res); err != nil {
		t.Fatal(err)
	}
	return res
}

// formatRelations lists the relations of res, one a line:
// "Subject | predicate | Object | method | label".
func formatRelations(res *extract.Result) []string {
	var out []string
	for _, r := range res.Relations {
		out = append(out, fmt.Sprintf("%s | %s | %s | %s | %s", res.Entities[r.Subject].Name, short(r.Predicate), res.Entities[r.Object].Name, r.Method, r.Label))
	}
	return out
}

// formatTitles lists the job titles found: "Name | title".
func formatTitles(res *extract.Result) []string {
	var out []string
	for _, e := range res.Entities {
		for _, t := range e.Attributes[schema.JobTitle] {
			out = append(out, e.Name+" | "+t)
		}
	}
	return out
}

// TestClassifierOnlyModel checks that a Relater's default model, loaded
// without the entity taggers, relates the pipeline's entities as the whole
// model does.
func TestClassifierOnlyModel(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole relation model; runs without -short")
	}
	full, err := relclass.Default()
	if err != nil {
		t.Fatal(err)
	}
	cls, err := relclass.DefaultClassifier()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Maria Lopez, the chief executive of Harbor Freight Lines, said on Monday that the company would move to Rotterdam. " +
		"Lopez was born in Valencia and works for Harbor Freight Lines in Rotterdam."
	var out [2][]string
	for i, m := range []*relclass.Model{full, cls} {
		res := analyse(t, text)
		if err := New(&Options{Model: m}).Process(res); err != nil {
			t.Fatal(err)
		}
		out[i] = formatRelations(res)
	}
	if len(out[0]) == 0 {
		t.Fatal("no relations found; the text no longer tests anything")
	}
	if diff := cmp.Diff(out[0], out[1]); diff != "" {
		t.Errorf("relations (-whole model +classifier only):\n%s", diff)
	}
}
