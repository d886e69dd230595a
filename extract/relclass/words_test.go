package relclass

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestKillWord(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"x shot y dead", true},
		{"x was assassinated in y", true},
		{"the murder of y", true},
		{"x targeted opponents of y", false},
		{"x is the outsider for y", false},
	} {
		s := &tagged{lower: strings.Fields(tc.words)}
		if got := killWord(s); got != tc.want {
			t.Errorf("killWord(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestCoordinated(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words string
		ents  []span
		want  []int
	}{
		{"a list with and", "Ann , Bo and Acme met", []span{{0, 1, "Peop"}, {2, 3, "Peop"}, {4, 5, "Org"}}, []int{0, 0, 0}},
		{"a place in a state is no list", "in Aiken , S.C. today", []span{{1, 2, "Loc"}, {3, 4, "Loc"}}, []int{-1, -1}},
		{"two lists", "Ann and Bo met Cy or Di", []span{{0, 1, "Peop"}, {2, 3, "Peop"}, {4, 5, "Peop"}, {6, 7, "Peop"}}, []int{0, 0, 2, 2}},
		{"words between", "Ann of Acme", []span{{0, 1, "Peop"}, {2, 3, "Org"}}, []int{-1, -1}},
		{"the rest of an item's noun phrase", "Ann , her husband Bo and the Acme club", []span{{0, 1, "Peop"}, {4, 5, "Peop"}, {7, 8, "Org"}}, []int{0, 0, 0}},
		{"a noun phrase must follow a comma or a conjunction", "Ann the Acme", []span{{0, 1, "Peop"}, {2, 3, "Org"}}, []int{-1, -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &tagged{lower: strings.Fields(strings.ToLower(tc.words)), ents: tc.ents}
			s.tags = make([]string, len(s.lower))
			for i, w := range s.lower {
				switch w {
				case "the":
					s.tags[i] = "DT"
				case "her":
					s.tags[i] = "PRP$"
				case "husband", "club":
					s.tags[i] = "NN"
				default:
					s.tags[i] = "NNP"
				}
			}
			if diff := cmp.Diff(tc.want, coordinated(s)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestTravelBetween(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"ann during her visit to harlow", true},
		{"ann arrived in harlow", true},
		{"ann , a native of harlow", false},
	} {
		w := strings.Fields(tc.words)
		s := &tagged{lower: w, ents: []span{{0, 1, "Peop"}, {len(w) - 1, len(w), "Loc"}}}
		if got := travelBetween(s, 0, 1); got != tc.want {
			t.Errorf("travelBetween(%q) = %v, want %v", tc.words, got, tc.want)
		}
		if got := travelBetween(s, 1, 0); got != tc.want {
			t.Errorf("travelBetween(%q), reversed = %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestPlaceHeadWords(t *testing.T) {
	for w, want := range map[string]bool{"parish": true, "counties": true, "state": true, "sea": true, "party": false, "city": false} {
		if got := slices.Contains(placeHeadWords, w); got != want {
			t.Errorf("placeHeadWords has %q: %v, want %v", w, got, want)
		}
	}
}
