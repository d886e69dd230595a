package event

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/extract/typing"
)

// TestContestOfCompetition checks that one contest ("the match", "the
// final") told after a competition described without a name ("the
// regional tournament") is not that competition, nor a competition told
// after one contest of it that contest, that a competition
// described with words of its own after a contest told by another noun is
// not that contest, and that a contest told again still is the contest
// told before.
func TestContestOfCompetition(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"the match of a tournament", "[[Ann Lee|PER]] won the regional tournament in [[Harlow|LOC]] on Sunday. The match against [[Bo Ek|PER]] was close.", `event "Tournament in Harlow" key "sport harlow doc <hash>"
  place Harlow; date ""
  "regional tournament" event-description 1.00
`},
		{"the final of a tournament, placed", "[[Ann Lee|PER]] won the regional tournament in [[Harlow|LOC]] on Sunday. She lost the final in [[Tarvik|LOC]] in 1990.", `event "Tournament in Harlow" key "sport harlow doc <hash>"
  place Harlow; date ""
  "regional tournament" event-description 1.00
event "Final in Tarvik" key "sport tarvik doc <hash>"
  place Tarvik; date ""
  "final" event-description 1.00
`},
		{"a competition described with its own words after a race", "[[Ann Lee|PER]] ran the race in [[Harlow|LOC]] on Sunday. She hopes to run at the world cross country championships.", `event "Race in Harlow" key "sport harlow doc <hash>"
  place Harlow; date ""
  "race" event-description 1.00
`},
		{"the same noun with its own words", "[[Ann Lee|PER]] ran the race in [[Harlow|LOC]] on Sunday. She won the long cross country race.", `event "Race in Harlow" key "sport harlow doc <hash>"
  place Harlow; date ""
  "race" event-description 1.00
  "long cross country race" event-coreference 0.80
`},
		{"the tournament of a match", "[[Ann Lee|PER]] won the match in [[Harlow|LOC]] on Sunday. She said the tournament was hard.", `event "Match in Harlow" key "sport harlow doc <hash>"
  place Harlow; date ""
  "match" event-description 1.00
`},
		{"a match told again", "[[Ann Lee|PER]] won a match in [[Harlow|LOC]] on Sunday. The match against [[Bo Ek|PER]] was close.", `event "Match in Harlow" key "sport harlow doc <hash>"
  place Harlow; date ""; participants Bo Ek
  "match" event-description 1.00
  "match" event-coreference 0.80
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := testkit.Build(t, tc.text, time.Time{})
			for i := range res.Entities {
				switch res.Entities[i].Name {
				case "Harlow", "Tarvik":
					res.Entities[i].Class = typing.ClassCity
				}
			}
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, render(res)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
