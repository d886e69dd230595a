package claim

import (
	"testing"
	"time"

	"github.com/kg-project/kg/extract"

	"github.com/kg-project/kg/extract/internal/testkit"
)

// TestNewsScore checks that a claim's kg:score follows its speaker: a
// named speaker's plain "said" scores high, and the same words with no
// speaker low.
func TestNewsScore(t *testing.T) {
	text := "the port would open in May"
	none := extract.Claim{Speaker: -1, Outlet: -1, End: len(text), Verb: "said", Method: ConsSubjectVerb}
	if s := newsScore(DefaultNewsModel(), &none, text); s > 0.1 {
		t.Errorf("no speaker: score %.3f, want 0.1 at most", s)
	}
	tests := []struct {
		name, text string
		lo, hi     float64
	}{
		{"named", "[[Ann Lee|PER]] said the port would open in May.", 0.8, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if len(res.Claims) != 1 {
				t.Fatalf("%q: claims %+v, want one", tt.text, res.Claims)
			}
			if s := res.Claims[0].Score; s < tt.lo || s > tt.hi {
				t.Errorf("%q: score %.3f, want from %.1f to %.1f", tt.text, s, tt.lo, tt.hi)
			}
		})
	}
}

func TestClaimFeatures(t *testing.T) {
	f := ClaimFeatures(SpeakerUnnamed, "was quoted as saying", `"We will win"`, "hedged", ConsStance, 0.5)
	want := map[int]float64{nfBias: 1, nfConstruction: 0, nfUnnamed: 1, nfHedged: 1, nfQuoted: 1, nfSay: 1, nfStance: 1}
	for i, v := range f {
		if v != want[i] {
			t.Errorf("feature %s = %v, want %v", NewsFeatureNames[i], v, want[i])
		}
	}
}
