package claim

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/extract/resolve"
)

// TestDemonymSubject checks that a place's demonym alone after "the",
// the subject of a gerund of saying, where resolution joined it to its
// country, is a person, not the place.
func TestDemonymSubject(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
		off              []string
	}{
		{"person before", "[[Ann Lee|PER]] won the final. The [[Norlandic|LOC]] had stoked the row by saying the court was too slow.", "Ann Lee | saying | - | the court was too slow\n", nil},
		{"no one", "The [[Norlandic|LOC]] had stoked the row by saying the court was too slow.", "- | saying | - | the court was too slow\n", nil},
		{"off", "The [[Norlandic|LOC]] had stoked the row by saying the court was too slow.", "Norlandic | saying | - | the court was too slow\n", []string{RuleDemonymSubject}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			for i, m := range res.Mentions {
				if strings.HasPrefix(m.Text, "Norlandic") {
					res.Mentions[i].Method = resolve.MethodAlias
				}
			}
			if err := New(&Options{Off: tt.off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, render(res)); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
		})
	}
}
