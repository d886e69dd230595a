package newsgold

import (
	"math"
	"testing"

	"github.com/kg-project/kg/extract/relate"
)

func TestFitClassifierScale(t *testing.T) {
	// Scores that are overconfident: right one time in four below 0.8,
	// always right above it. A refit spreads them; the left-out Brier
	// score beats the raw one.
	var rows []Scored
	arts := []string{"a", "b", "c", "d"}
	for i := 0; i < 40; i++ {
		s := 0.6 + 0.35*float64(i%8)/7
		right := s > 0.8 || i%4 == 0
		rows = append(rows, Scored{Article: arts[i/10], Score: s, Right: right})
	}
	f := FitClassifierScale(rows, relate.Scale{A: 1})
	if f.N != 40 || f.Right == 0 {
		t.Fatalf("counts %d, %d", f.N, f.Right)
	}
	if f.Fit.A <= 1 {
		t.Errorf("refit A = %v, want a steeper scale (> 1)", f.Fit.A)
	}
	if !(f.LeftOut < f.Raw) {
		t.Errorf("left-out Brier %v not below raw %v", f.LeftOut, f.Raw)
	}
	if math.Abs(f.Raw-f.Scored) > 1e-9 {
		t.Errorf("on the identity scale raw %v and scored %v differ", f.Raw, f.Scored)
	}
	if got := FitClassifierScale(rows[:1], relate.Scale{A: 1}); got.Fit != (relate.Scale{}) {
		t.Errorf("one relation: fit %+v, want none", got.Fit)
	}
}
