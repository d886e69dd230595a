package claim_test

import (
	"context"
	"math"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/claim"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/internal/shareddata"
)

// PolNeAR dev floors; docs/QUALITY.md has the figures.
func TestPolNeARDevFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the finder on PolNeAR dev; skipped with -short")
	}
	docs, err := claim.ReadPolNeAR(shareddata.Path(t, "polnear/dev"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	results := make([]*extract.Result, len(docs))
	for i, d := range docs {
		if results[i], err = p.Extract(context.Background(), extract.Document{Text: d.Text}); err != nil {
			t.Fatal(err)
		}
	}
	s, err := claim.EvaluatePolNeAR(docs, results)
	if err != nil {
		t.Fatal(err)
	}
	prec := float64(s.TP) / float64(s.TP+s.FP)
	r := float64(s.TP) / float64(s.TP+s.FN)
	acc := float64(s.Right) / float64(s.Named)
	// Each construction's score, calibrated on PolNeAR train, holds on dev
	// within three binomial standard deviations (at least 0.05).
	for cons, n := range s.ByMethod {
		all := float64(n[0] + n[1])
		score, measured := claim.Score(cons), float64(n[0])/all
		tol := max(0.05, 3*math.Sqrt(score*(1-score)/all))
		if math.Abs(score-measured) > tol {
			t.Errorf("claim.Score(%q) = %.3f, but PolNeAR dev measures %.3f (%d of %d): recalibrate constructionScore on train", cons, score, measured, n[0], n[0]+n[1])
		}
	}
	for _, f := range []struct {
		name     string
		got, min float64
	}{{"precision", prec, 0.94}, {"recall", r, 0.61}, {"speaker accuracy", acc, 0.93}} {
		if f.got < f.min {
			t.Errorf("PolNeAR dev %s = %.3f, below its floor %.3f", f.name, f.got, f.min)
		}
	}
}
