package logistic

import (
	"math"
	"testing"
)

func TestFit(t *testing.T) {
	// One feature beside the bias: right 3 times in 4 with it, 1 in 4
	// without; the unpenalised fit gives back those shares.
	var xs [][]float64
	var ys []bool
	for i := 0; i < 4; i++ {
		xs = append(xs, []float64{1, 1}, []float64{1, 0})
		ys = append(ys, i > 0, i == 0)
	}
	m := Fit(2, xs, ys, 0)
	tests := []struct {
		name string
		x    []float64
		want float64
	}{
		{"with the feature", []float64{1, 1}, 0.75},
		{"without", []float64{1, 0}, 0.25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.Apply(tt.x); math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("Apply(%v) = %.6f, want %.2f", tt.x, got, tt.want)
			}
		})
	}
	if got := Fit(2, xs[:1], ys[:1], 1); got[0] != 0 || got[1] != 0 {
		t.Errorf("Fit of one outcome = %v, want zero weights", got)
	}
	if got := (Model{0, 0}).Apply([]float64{1, 5}); got != 0.5 {
		t.Errorf("zero model's probability = %v, want 0.5", got)
	}
}
