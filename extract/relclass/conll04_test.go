package relclass

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/shareddata"
)

func TestEvaluateStrict(t *testing.T) {
	gold := []Example{{
		Tokens:    strings.Fields("Ann Lee of Acme Corp lives in Oslo ."),
		Entities:  []SpanEntity{{Peop, 0, 2}, {Org, 3, 5}, {Loc, 7, 8}},
		Relations: []SpanRelation{{WorkFor, 0, 1}, {LiveIn, 0, 2}},
	}}
	tests := []struct {
		name       string
		pred       Example
		ents, rels Counts
	}{
		{"perfect", gold[0], Counts{3, 0, 0}, Counts{2, 0, 0}},
		{
			name: "wrong span breaks its relations",
			pred: Example{Tokens: gold[0].Tokens,
				Entities:  []SpanEntity{{Peop, 0, 2}, {Org, 3, 4}, {Loc, 7, 8}},
				Relations: []SpanRelation{{WorkFor, 0, 1}, {LiveIn, 0, 2}}},
			ents: Counts{2, 1, 1}, rels: Counts{1, 1, 1},
		},
		{
			name: "wrong entity type breaks its relations",
			pred: Example{Tokens: gold[0].Tokens,
				Entities:  []SpanEntity{{Peop, 0, 2}, {Org, 3, 5}, {Other, 7, 8}},
				Relations: []SpanRelation{{WorkFor, 0, 1}, {LiveIn, 0, 2}}},
			ents: Counts{2, 1, 1}, rels: Counts{1, 1, 1},
		},
		{
			name: "wrong direction and duplicate",
			pred: Example{Tokens: gold[0].Tokens,
				Entities:  gold[0].Entities,
				Relations: []SpanRelation{{WorkFor, 1, 0}, {LiveIn, 0, 2}, {LiveIn, 0, 2}}},
			ents: Counts{3, 0, 0}, rels: Counts{1, 1, 1},
		},
		{"nothing", Example{Tokens: gold[0].Tokens}, Counts{0, 0, 3}, Counts{0, 0, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Evaluate(gold, []Example{tc.pred})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]Counts{tc.ents, tc.rels}, []Counts{s.Entities, s.Relations}); diff != "" {
				t.Errorf("entity and relation counts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	in := `[{"tokens":["A","b"],"entities":[{"type":"Peop","start":0,"end":1}],"relations":[],"orig_id":7}]`
	exs, err := ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, exs); err != nil {
		t.Fatal(err)
	}
	again, err := ReadJSON(&buf)
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if diff := cmp.Diff(exs, again); diff != "" {
		t.Errorf("(-read +reread):\n%s", diff)
	}
}

func TestReadJSONRejectsBadSpans(t *testing.T) {
	for name, in := range map[string]string{
		"span past end":    `[{"tokens":["A"],"entities":[{"type":"Peop","start":0,"end":2}]}]`,
		"empty span":       `[{"tokens":["A"],"entities":[{"type":"Peop","start":0,"end":0}]}]`,
		"relation outside": `[{"tokens":["A"],"entities":[{"type":"Peop","start":0,"end":1}],"relations":[{"type":"Kill","head":0,"tail":1}]}]`,
		"not an array":     `{}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := ReadJSON(strings.NewReader(in)); err == nil {
				t.Error("ReadJSON accepted it")
			}
		})
	}
}

func readDev(t testing.TB) []Example {
	path := filepath.Join(shareddata.Path(t, "conll04"), "conll04_dev.json")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("../shared/data/conll04 not found: %v", err)
	}
	defer f.Close()
	exs, err := ReadJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

// TestShippedModel checks the shipped model's held-out estimate (5-fold
// cross-validation on CoNLL04 train and dev, recorded when it was trained)
// and that it still predicts the dev sentences, which it was trained on,
// nearly perfectly: a drop means the annotation its features read (the
// part-of-speech tagger, the NER model, the gazetteer) changed since it was
// trained, and it should be retrained.
func TestShippedModel(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cv := m.cfg.CV
	if cv == nil {
		t.Fatal("the shipped model records no cross-validation (train it with kg train relations --folds 5)")
	}
	t.Logf("held out: %d folds of %d sentences, entity F1 %.4f, relation F1 %.4f", cv.Folds, cv.Sentences, cv.EntityF1, cv.RelationF1)
	if cv.Folds < 5 || cv.EntityF1 < 0.83 || cv.RelationF1 < 0.60 {
		t.Errorf("held out: %d folds, entity F1 %.4f, relation F1 %.4f; want >= 5 folds, >= 0.83, >= 0.60", cv.Folds, cv.EntityF1, cv.RelationF1)
	}
	dev := readDev(t)
	for _, tc := range []struct {
		name           string
		gold           bool
		minEnt, minRel float64
	}{
		{"end to end", false, 0.97, 0.97},
		{"gold entities", true, 1, 0.98},
	} {
		s, err := Evaluate(dev, m.Predict(dev, &PredictOptions{GoldEntities: tc.gold}))
		if err != nil {
			t.Fatal(err)
		}
		_, _, ef := s.Entities.PRF()
		p, r, rf := s.Relations.PRF()
		t.Logf("dev (trained on), %s: entity F1 %.4f; relation P %.4f R %.4f F1 %.4f", tc.name, ef, p, r, rf)
		if ef < tc.minEnt || rf < tc.minRel {
			t.Errorf("dev (trained on), %s: entity F1 %.4f (want >= %.2f), relation F1 %.4f (want >= %.2f): retrain?", tc.name, ef, tc.minEnt, rf, tc.minRel)
		}
	}
}
