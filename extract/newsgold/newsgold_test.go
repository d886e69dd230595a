package newsgold

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/relate"

	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/internal/shareddata"
)

// Every gold file parses, and every excerpt it quotes is in its article.
func TestGoldFiles(t *testing.T) {
	data := shareddata.Path(t, "")
	for _, split := range []string{"dev", "test"} {
		arts, err := Load(filepath.Join("testdata", split))
		if err != nil {
			t.Fatal(err)
		}
		for i := range arts {
			a := &arts[i]
			doc, err := a.Document(data)
			if err != nil {
				t.Fatal(err)
			}
			in := func(what, s string) {
				if !strings.Contains(doc.Text, s) {
					t.Errorf("%s/%s: %s %q is not in the article", split, a.Name, what, s)
				}
			}
			names := map[string]bool{}
			for _, e := range a.Entities {
				names[e.Name] = true
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					in("name", n)
				}
			}
			for _, r := range append(a.Relations, a.Open...) {
				in("evidence", r.Evidence)
				if !names[r.Subject] || r.Predicate != "jobTitle" && !names[r.Object] {
					t.Errorf("%s/%s: relation %q %s %q names an entity not listed", split, a.Name, r.Subject, r.Predicate, r.Object)
				}
			}
			for _, c := range a.Claims {
				in("claim content", c.Content)
			}
			for _, e := range a.Events {
				in("event trigger", e.Trigger)
			}
			for _, q := range a.Quantities {
				in("quantity", q.Text)
			}
		}
	}
}

// floors are the lowest figures the dev split may give; docs/QUALITY.md
// has the current ones.
var floors = []struct {
	name  string
	value func(*Report) float64
	min   float64
}{
	{"entity precision (a second node for one gold entity counts as wrong)", func(r *Report) float64 { return r.Entities.Precision() }, 0.88},
	{"entity recall", func(r *Report) float64 { return r.Entities.Recall() }, 0.88},
	{"entity type precision", func(r *Report) float64 { return r.Types.Precision() }, 0.90},
	{"fine class precision", func(r *Report) float64 { return r.FineTypes.Precision() }, 0.93},
	{"relation precision (every classifier relation: no --min-score)", func(r *Report) float64 { return r.Relations.Precision() }, 0.90},
	{"relation recall (every classifier relation)", func(r *Report) float64 { return r.Relations.Recall() }, 0.54},
	{"rule relation precision", func(r *Report) float64 { return r.RuleRelations().Precision() }, 0.95},
	{"1 - Brier score of the classifier's kg:score (NewsModel, not fitted on this set; every classifier relation)", func(r *Report) float64 {
		b, _ := Brier([]Bin{*r.ScoreByMethod[relate.MethodClassifier]})
		return 1 - b
	}, 0.80},
	{"claim content precision", func(r *Report) float64 { return r.Claims.Precision() }, 0.95},
	{"claim precision with speaker", func(r *Report) float64 { return r.ClaimsRight.Precision() }, 0.86},
	{"event precision", func(r *Report) float64 { return r.EventsRight.Precision() }, 0.84},
	{"quantity precision", func(r *Report) float64 { return r.Quantities.Precision() }, 0.95},
}

func TestDevFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline on the dev gold set; skipped with -short")
	}
	data := shareddata.Path(t, "")
	arts, err := Load(filepath.Join("testdata", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	rep := NewReport()
	for i := range arts {
		doc, err := arts[i].Document(data)
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		rep.Add(&arts[i], res)
	}
	for _, f := range floors {
		if got := f.value(rep); got < f.min {
			t.Errorf("%s = %.3f, below its floor %.3f", f.name, got, f.min)
		}
	}
}

// The news models of the classifier's relations and of the open
// relations, refitted on the judged relations by cross-validation over
// articles, keep their Brier scores, and nearly all the relations each
// method proposes in those articles are judged (the judged set is a
// sample of what it proposes; the relations a changed method no longer
// proposes leave it).
func TestJudgedCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pipeline on the judged BBC articles; skipped with -short")
	}
	data := shareddata.Path(t, "")
	p, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file, method string
		spec               ModelSpec
		ceiling            float64
	}{
		{"classifier", "classifier-judged.tsv", relate.MethodClassifier, ClassifierSpec(relate.DefaultNewsModel()), 0.21},
		{"open relations", "open-judged.tsv", relate.MethodVerbPattern, OpenSpec(relate.DefaultOpenModel()), 0.19},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			judged, err := LoadJudged(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			rows, missing, unjudged, err := JudgedRows(context.Background(), p, relate.New(nil), tt.method, judged, data)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d judged relations proposed, %d no longer proposed, %d proposed and not judged", len(rows), missing, unjudged)
			if unjudged > (len(rows)+unjudged)/20 {
				t.Errorf("%d relations the method proposes in the judged articles are not judged (more than 5%% of them): judge them", unjudged)
			}
			f := FitModel(rows, 10, tt.spec)
			best := 1.0
			for _, b := range f.LeftOut {
				best = min(best, b)
			}
			if best > tt.ceiling {
				t.Errorf("cross-validated Brier %.3f, above its ceiling %.2f (docs/QUALITY.md)", best, tt.ceiling)
			}
		})
	}
}

// TestBrier checks the Brier score of a few calibration tables.
func TestBrier(t *testing.T) {
	tests := []struct {
		name  string
		bins  []Bin
		want  float64
		wantN int
	}{
		{"none", nil, 0, 0},
		{"sure and right", []Bin{{N: 2, Right: 2, Sum: 2, SqErr: 0}}, 0, 2},
		{"half right at one half", []Bin{{N: 4, Right: 2, Sum: 2, SqErr: 4 * 0.25}}, 0.25, 4},
		{"two bins", []Bin{{N: 1, Right: 0, Sum: 0.5, SqErr: 0.25}, {N: 1, Right: 1, Sum: 1, SqErr: 0}}, 0.125, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := Brier(tt.bins)
			if got != tt.want || n != tt.wantN {
				t.Errorf("Brier = %v, %d; want %v, %d", got, n, tt.want, tt.wantN)
			}
		})
	}
}

func TestUnnamedSpeaker(t *testing.T) {
	tests := []struct {
		gold, words string
		scored      bool // the gold speaker is unnamed, with words
		want        bool
	}{
		{gold: "[a spokeswoman]", words: "the spokeswoman", scored: true, want: true},
		{gold: "[Ann Lee's official spokesman]", words: "Ann Lee's spokesman", scored: true, want: true},
		{gold: "[analysts]", words: "Some Analysts", scored: true, want: true},
		{gold: "[officials]", words: "the Acme board", scored: true, want: false},
		{gold: "[a source]", words: "the report", scored: true, want: false},
		{gold: "[the head of the Norland bank]", words: "the head", scored: true, want: true},
		{gold: "[some of those]", words: "some of them", scored: true, want: false},
		{gold: "[unnamed]", words: "an unnamed official", scored: false},
		{gold: "Ann Lee", words: "Ann Lee's lawyer", scored: false},
	}
	for _, tt := range tests {
		t.Run(tt.gold+" / "+tt.words, func(t *testing.T) {
			if got := unnamedGold(tt.gold); got != tt.scored {
				t.Fatalf("unnamedGold(%q) = %v, want %v", tt.gold, got, tt.scored)
			}
			if !tt.scored {
				return
			}
			if got := unnamedSpeaker(tt.gold, tt.words); got != tt.want {
				t.Errorf("unnamedSpeaker(%q, %q) = %v, want %v", tt.gold, tt.words, got, tt.want)
			}
		})
	}
}
