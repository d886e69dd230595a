package event

import (
	"testing"
)

// TestTitleAndParts checks the title construction (a named event told
// only in a title, "the X Open champion", is no antecedent of a later
// "the tournament", and told only before a person's noun it is no event:
// person-epithet) and the part-of-competition plural (several contests,
// "the Friday matches", are not the named competition; a stage's plural,
// "the finals", may be), the race-of-competition construction (a race is
// one contest of a championship, not of a marathon) and the kind-named
// construction (a name with
// "magazine" after it is no fair's, whatever its last word).
func TestTitleAndParts(t *testing.T) {
	checkEvents(t, []eventRow{
		{"a person's title only is an epithet, no event told (person-epithet)", "[[Harlow Open|MISC]] champion [[Ann Lee|PER]] played an exhibition event in [[Tarvik|LOC]]. The tournament was not tested.", ""},
		{"a title won tells the event was held", "[[Ann Lee|PER]] added the [[Harlow Open|MISC]] trophy to her wins.", `event "Harlow Open" key "harlow open"
  place -; date ""
  "Harlow Open" exact 1.00
`},
		{"a title, then the event told", "[[Harlow Open|MISC]] champion [[Ann Lee|PER]] is back. She plays at the [[Harlow Open|MISC]] again. The tournament starts soon.", `event "Harlow Open" key "harlow open"
  place -; date ""
  "Harlow Open" exact 1.00
  "Harlow Open" exact 1.00
  "tournament" event-coreference 0.80
`},
		{"several matches of a cup", "[[Ann Lee|PER]] was dropped for the [[Norland Cup|MISC]] final. She was hurt before the Friday matches.", `event "Norland Cup" key "norland cup"
  place -; date ""
  "Norland Cup" exact 1.00
`},
		{"a magazine whose name ends in a fair's word", "[[Bo Ek|PER]] told [[Harlow Fair|ORG]] magazine that the show in [[Korvath|LOC]] was over.", ""},
		{"a fair told as one", "[[Bo Ek|PER]] opened the [[Harlow Book Fair|ORG]] on Friday.", `event "Harlow Book Fair" key "harlow book fair"
  place -; date ""
  "Harlow Book Fair" exact 1.00
`},
		{"a race of a championship", "[[Bo Ek|PER]] aims to win the [[Harlow World Championship|MISC]] this summer. He lost the race in the semi-finals.", `event "Harlow World Championship" key "harlow world championship"
  place -; date ""
  "Harlow World Championship" exact 1.00
`},
		{"the race of a marathon", "[[Bo Ek|PER]] won the [[Harlow Marathon|MISC]] on Sunday. The race was hot.", `event "Harlow Marathon" key "harlow marathon"
  place -; date ""
  "Harlow Marathon" exact 1.00
  "race" event-coreference 0.80
`},
		{"the finals of a cup", "[[Norland|LOC]] hope to reach the [[Korvath Cup|MISC]] this year. The finals will be hard.", `event "Korvath Cup" key "korvath cup"
  place -; date ""
  "Korvath Cup" exact 1.00
  "finals" event-coreference 0.80
`},
	})
}
