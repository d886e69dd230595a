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

// TestDemonymPeople checks that a place's demonym alone after an
// inverted verb is the place's people, unnamed, and that the place's
// name there is the place.
func TestDemonymPeople(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
		off              []string
	}{
		{"a demonym", "The port is over, say [[Norlandic|LOC]].", "[Norlandic] | say | The port is over\n", nil},
		{"an agency's bracket after", "The port is over, say [[Norlandic|LOC]] (AP).", "[Norlandic] | say | The port is over\n", nil},
		{"the place", "The port is over, says [[Norland|LOC]].", "Norland | says | The port is over\n", nil},
		{"off", "The port is over, say [[Norlandic|LOC]].", "Norlandic | say | The port is over\n", []string{RuleDemonymPeople}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			for i, m := range res.Mentions {
				if strings.HasPrefix(m.Text, "Norlandic") {
					res.Mentions[i].Method = resolve.MethodAdjective
				}
			}
			if err := New(&Options{Off: tt.off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := renderSource(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
