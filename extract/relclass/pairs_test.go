package relclass

import (
	"math/rand"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCandidatePairs checks that the linear walk over a long list of names
// finds exactly the pairs the quadratic definition does, in the same order.
func TestCandidatePairs(t *testing.T) {
	brute := func(s *tagged, far bool) [][2]int {
		var out [][2]int
		for a := range s.ents {
			for b := range s.ents {
				if a == b {
					continue
				}
				if far && max(s.ents[a].start, s.ents[b].start)-min(s.ents[a].end, s.ents[b].end) > maxDistance {
					continue
				}
				out = append(out, [2]int{a, b})
			}
		}
		return out
	}
	r := rand.New(rand.NewSource(1))
	tests := []struct {
		name string
		ents []span
	}{
		{"few", []span{{0, 1, "Peop"}, {5, 7, "Org"}, {90, 91, "Loc"}}},
		{"list in order", nil},
		{"list shuffled", nil},
		{"long name inside", []span{{0, 100, "Org"}, {10, 11, "Peop"}, {50, 51, "Loc"}, {120, 121, "Loc"}, {145, 146, "Peop"}}},
	}
	for i := range 60 {
		tests[1].ents = append(tests[1].ents, span{i * 3, i*3 + 2, "Peop"})
	}
	tests[2].ents = append([]span(nil), tests[1].ents...)
	r.Shuffle(len(tests[2].ents), func(i, j int) { tests[2].ents[i], tests[2].ents[j] = tests[2].ents[j], tests[2].ents[i] })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &tagged{ents: tt.ents}
			for _, far := range []bool{false, true} {
				want, got := brute(s, far), candidatePairs(s, far)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("far=%v (-want +got):\n%s", far, diff)
				}
			}
		})
	}
}
