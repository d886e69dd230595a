package relate

import (
	"math"
	"testing"
)

func TestScale(t *testing.T) {
	for _, tc := range []struct {
		name  string
		s     Scale
		p, at float64
	}{
		{"identity", Scale{A: 1}, 0.7, 0.7},
		{"shift", Scale{A: 1, B: math.Log(3)}, 0.5, 0.75},
		{"steeper", Scale{A: 2}, 0.75, 0.9},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.Apply(tc.p); math.Abs(got-tc.at) > 1e-9 {
				t.Errorf("Apply(%v) = %v, want %v", tc.p, got, tc.at)
			}
			if got := tc.s.Invert(tc.at); math.Abs(got-tc.p) > 1e-9 {
				t.Errorf("Invert(%v) = %v, want %v", tc.at, got, tc.p)
			}
		})
	}
	// The news scale keeps the order of scores and is about even where
	// the classifier's CoNLL04 probability is 0.8.
	n := NewsScale()
	if a, b := n.Apply(0.7), n.Apply(0.9); a >= b {
		t.Errorf("NewsScale: Apply(0.7) = %v >= Apply(0.9) = %v", a, b)
	}
	if got := n.Apply(0.8); got < 0.4 || got > 0.6 {
		t.Errorf("NewsScale().Apply(0.8) = %v, want about 0.5", got)
	}
}
