package match

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOneToOne(t *testing.T) {
	// Prediction 0 overlaps gold 0 and 1; prediction 1 only gold 0, more.
	predOf, goldOf := OneToOne([]Pair{{0, 0, 5}, {0, 1, 3}, {1, 0, 9}}, 3, 2)
	if diff := cmp.Diff([]int{1, 0}, predOf); diff != "" {
		t.Errorf("predOf (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 0, -1}, goldOf); diff != "" {
		t.Errorf("goldOf (-want +got):\n%s", diff)
	}
}
