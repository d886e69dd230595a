package event

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/extract/temporal"
	"github.com/kg-project/kg/extract/typing"
)

// TestNotIncident checks the seizure construction (a sudden episode of a
// bodily or mental condition is no attack) and the topic construction (an
// indefinite description after "about" is what a work or a talk is about,
// no incident told), and that an attack beside them stays one.
func TestNotIncident(t *testing.T) {
	checkEvents(t, []eventRow{
		{"a heart attack", "[[Ann Lee|PER]] was treated for a heart attack in [[Korvath|LOC]] in October.", ""},
		{"a panic attack", "[[Bo Ek|PER]] had a panic attack in [[Harlow|LOC]] on Sunday.", ""},
		{"an asthma attack", "[[Bo Ek|PER]] missed the match in [[Harlow|LOC]] after an asthma attack on Friday.", `event "Match in Harlow" key "sport harlow doc <hash>"
  place Harlow; date ""
  "match" event-description 1.00
`},
		{"a terror attack stays", "[[Ann Lee|PER]] was hurt in a terror attack in [[Korvath|LOC]] in October.", `event "Attack in Korvath, October" key "attack korvath 10 doc <hash>"
  place Korvath; date "--10"
  "terror attack" event-description 1.00
`},
		{"a work about a flood", "Cold Water, the new opera, is about a great flood in [[Tarvik|LOC]].", ""},
		{"an eruption told", "A volcanic eruption in [[Tarvik|LOC]] closed the airport on Friday.", `event "Eruption in Tarvik" key "eruption tarvik doc <hash>"
  place Tarvik; date ""
  "volcanic eruption" event-description 1.00
`},
	})
}

// TestOutside checks the outside construction: a body named after
// "outside", "near" or "off" took no part in the event, while one after
// "by" did.
func TestOutside(t *testing.T) {
	checkEvents(t, []eventRow{
		{"outside a body", "Students staged a protest outside [[Parliament|ORG]] in [[Harlow|LOC]] on Friday.", `event "Protest in Harlow, Friday" key "protest harlow doc <hash>"
  place Harlow; date ""
  "protest" event-description 1.00
`},
		{"near a body", "A blast near the [[Acme|ORG]] plant in [[Harlow|LOC]] on Friday killed two people.", `event "Blast in Harlow, Friday" key "explosion harlow doc <hash>"
  place Harlow; date ""; killed 2 ("two people")
  "blast" event-description 1.00
`},
		{"by a body", "The protest by [[Acme|ORG]] workers in [[Harlow|LOC]] on Friday was calm.", `event "Protest in Harlow, Friday" key "protest harlow doc <hash>"
  place Harlow; date ""; participants Acme
  "protest" event-description 1.00
`},
	})
}

// TestAssembly checks the assembly construction: a meeting's noun with
// officers or members, or that speaks, names a standing body; one spoken
// to is a meeting.
func TestAssembly(t *testing.T) {
	checkEvents(t, []eventRow{
		{"officers of a forum", "[[Ann Lee|PER]], chairman of the [[Harlow|LOC]] forum, backed the plan.", ""},
		{"a forum that speaks", "The [[Harlow|LOC]] forum said the plan would cost jobs.", ""},
		{"a conference spoken to", "The [[Harlow|LOC]] conference was told the plan would cost jobs.", `event "Conference in Harlow" key "meeting harlow doc <hash>"
  place Harlow; date ""
  "conference" event-description 1.00
`},
	})
}

// TestJoinedDates checks the joined-dates and joined-places
// constructions: a plural counted by dates joined with "and", or placed
// in places so joined, is several incidents, no event, while one date or
// place still makes one.
func TestJoinedDates(t *testing.T) {
	checkEvents(t, []eventRow{
		{"two years joined", "[[Bo Ek|PER]], who lost the 2011 and 2013 finals, won the final.", ""},
		{"two places joined", "Trials in [[Pellam|LOC]] and [[Velden|LOC]] use old masts.", ""},
		{"places of another noun", "Three youths were charged over knife attacks on buses in [[Harlow|LOC]] and [[Velden|LOC]].", `event "Attack in Harlow" key "attack harlow doc <hash>"
  place Harlow; date ""
  "knife attacks" event-description 1.00
`},
		{"one place", "Trials in [[Pellam|LOC]] use old masts.", `event "Trial in Pellam" key "trial pellam doc <hash>"
  place Pellam; date ""
  "Trials" event-description 1.00
`},
		{"one year", "The 2004 elections in [[Korvath|LOC]] were calm.", `event "Election in Korvath, 2004" key "election korvath 2004 doc <hash>"
  place Korvath; date "2004"
  "2004 elections" event-description 1.00
`},
	})
}

// TestOwnCrisis checks the own-crisis construction: a word for an
// incident in general with its domain before it ("the economic crisis in
// X") is a trouble of its own kind and lends its place to no incident told
// before.
func TestOwnCrisis(t *testing.T) {
	checkEvents(t, []eventRow{
		{"a domain's crisis", "Jobs fell after the uprising four years ago. Bo Ek spoke of the economic crisis in [[Tarvik|LOC]].", `event "Uprising, four years ago" key "protest doc <hash>"
  place -; date ""
  "uprising" event-description 1.00
`},
	})
}

// eventRow is a named text and the events the stage should find in it,
// as run renders them.
type eventRow struct{ name, text, want string }

// checkEvents runs the event stage on each row's text and compares the
// events found with the row's.
func checkEvents(t *testing.T, rows []eventRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			_, got := run(t, tc.text, "")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestPriceRally checks the price-rally construction: a rally in a
// sentence of shares or a currency is a rise in prices, no gathering,
// while a rally of people, shareholders too, stays one.
func TestPriceRally(t *testing.T) {
	checkEvents(t, []eventRow{
		{"shares after a rally", "A week-long rally in [[Harlow|LOC]] lifted bank shares in [[June|DATE]].", ""},
		{"a currency's rally", "The euro rose on Friday after a rally in [[Harlow|LOC]].", ""},
		{"a rally of people", "Thousands joined a rally in [[Harlow|LOC]] on Friday.", `event "Rally in Harlow, Friday" key "protest harlow doc <hash>"
  place Harlow; date ""
  "rally" event-description 1.00
`},
		{"shareholders' rally", "Shareholders held a rally in [[Harlow|LOC]] on Friday.", `event "Rally in Harlow, Friday" key "protest harlow doc <hash>"
  place Harlow; date ""
  "rally" event-description 1.00
`},
	})
}

// TestJoinedKinds checks the joined-kinds construction: a bare plural
// joined by a comma, "and" or "or" to another plural noun is a list of
// kinds of incidents, no event, while a plural alone or after a
// determiner still makes one.
func TestJoinedKinds(t *testing.T) {
	checkEvents(t, []eventRow{
		{"a list of plurals", "At least 20 people died in [[Harlow|LOC]] on Sunday in gun battles, car bombs and raids.", ""},
		{"after another plural", "Two people died in mortars and raids in [[Harlow|LOC]] on Sunday.", ""},
		{"a plural alone", "Raids in [[Harlow|LOC]] on Sunday killed two people.", `event "Raid in Harlow, Sunday" key "attack harlow doc <hash>"
  place Harlow; date ""; killed 2 ("two people")
  "Raids" event-description 1.00
`},
	})
}

// TestStrikeWeapon checks that a strike after a weapon's noun in lower
// case (the lexicon's Weapon) or a word of attackModifiers is an attack,
// and that a capitalised word inside the sentence is no weapon there.
func TestStrikeWeapon(t *testing.T) {
	checkEvents(t, []eventRow{
		{"a mortar strike", "The April 3 mortar strike in [[Korvath|LOC]] killed 12 people.", `event "Strike in Korvath, April 3" key "attack korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"; killed 12 ("12 people")
  "April 3 mortar strike" event-description 1.00
`},
		{"an air strike", "The April 3 air strike in [[Korvath|LOC]] killed 12 people.", `event "Strike in Korvath, April 3" key "attack korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"; killed 12 ("12 people")
  "April 3 air strike" event-description 1.00
`},
		{"a steel strike is a walkout", "The April 3 steel strike in [[Korvath|LOC]] closed 12 plants.", `event "Strike in Korvath, April 3" key "protest korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"
  "April 3 steel strike" event-description 1.00
`},
		{"a capitalised word is no weapon", "The April 3 Mortar strike in [[Korvath|LOC]] killed 12 people.", `event "Strike in Korvath, April 3" key "protest korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"; killed 12 ("12 people")
  "April 3 Mortar strike" event-description 1.00
`},
	})
}

// TestDeviceOccurs checks that a weapon's noun that is a trigger (the
// lexicon's Weapon: "bomb") is an incident only as the subject of a verb
// of occurring.
func TestDeviceOccurs(t *testing.T) {
	checkEvents(t, []eventRow{
		{"a bomb that went off", "A bomb exploded in [[Korvath|LOC]] on April 3.", `event "Bomb in Korvath, April 3" key "explosion korvath 04 03 doc <hash>"
  place Korvath; date "--04-03"
  "bomb" event-description 1.00
`},
		{"a bomb found", "A bomb was found in [[Korvath|LOC]] on April 3.", ""},
		{"bombs found", "Two bombs were found in [[Korvath|LOC]] on April 3.", ""},
	})
}

// TestPlayAttack checks the play-attack construction: on a page that
// names a sports team, an "attack" told with no word of harm is a move
// in a game, no incident; one told with harm's words, or on a page with
// no team, stays one.
func TestPlayAttack(t *testing.T) {
	tests := []struct {
		name, text, team, want string
	}{
		{"a move in a game on a match report", "[[Harlow|ORG]] won. A swift attack in [[Tarvik|LOC]] set up the opening goal.", "Harlow", ""},
		{"an attack that hurt people on a match report", "[[Harlow|ORG]] won. Two fans were killed in an attack in [[Tarvik|LOC]] on Friday.", "Harlow", `event "Attack in Tarvik, Friday" key "attack tarvik doc <hash>"
  place Tarvik; date ""; killed 2 ("Two fans")
  "attack" event-description 1.00
`},
		{"an attack on a page with no team", "[[Harlow|ORG]] won. A swift attack in [[Tarvik|LOC]] set up the opening goal.", "", `event "Attack in Tarvik" key "attack tarvik doc <hash>"
  place Tarvik; date ""
  "swift attack" event-description 1.00
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := testkit.Build(t, tc.text, time.Time{})
			for i := range res.Entities {
				if res.Entities[i].Name == tc.team {
					res.Entities[i].Class = typing.ClassSportsTeam
				}
			}
			if err := temporal.New(&temporal.Options{NoHeaderDate: true}).Process(res); err != nil {
				t.Fatal(err)
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
