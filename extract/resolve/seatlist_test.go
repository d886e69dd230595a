package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSeatLists checks that the members of a list of seats that end in
// compass words, or join two places with "and" before a comma, become one
// place's name, that a member read as a body's is read as a place's, and
// that a list with no noun for a seat, the "and" of the list's last
// member, a list of people and a list with too few places are left as
// read.
func TestSeatLists(t *testing.T) {
	const loc, org, per = extract.Location, extract.Organization, extract.Person
	tests := []mentionStepRow{
		{"a cut compass word", "The seats are: Tarvik, Vellby, Harlow Central, Pellam.",
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlow", org}, {"Pellam", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Pellam", loc}, {"Harlow Central", loc}}},
		{"two compass words apart", "Its constituencies include Tarvik, Vellby, Harlowshire South West and Pellam.",
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlowshire", org}, {"South West", loc}, {"Pellam", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Pellam", loc}, {"Harlowshire South West", loc}}},
		{"a body's reading", "The seats are Tarvik, Vellby, Harlow West, Pellam.",
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlow West", org}, {"Pellam", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlow West", loc}, {"Pellam", loc}}},
		{"an and before a comma", "The wards are Tarvik, Harlow and Ostby, Vellby, Pellam.",
			[][2]string{{"Tarvik", loc}, {"Harlow", org}, {"Ostby", loc}, {"Vellby", loc}, {"Pellam", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Pellam", loc}, {"Harlow and Ostby", loc}}},
		{"the last member", "The seats are Tarvik, Vellby, Pellam, Harlow and Ostby.",
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Pellam", loc}, {"Harlow", org}, {"Ostby", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Pellam", loc}, {"Harlow", loc}, {"Ostby", loc}}},
		{"no seat", "The towns are: Tarvik, Vellby, Harlow Central, Pellam.",
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlow", org}, {"Pellam", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlow", org}, {"Pellam", loc}}},
		{"a person in the list", "The seats went to Tarvik, Vellby, Bo West, Pellam.",
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Bo West", per}, {"Pellam", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Bo West", per}, {"Pellam", loc}}},
		{"too few places", "The seats went to Ann Lee, Bo Ek, Harlow Central, Tim Vell.",
			[][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Harlow", org}, {"Tim Vell", per}},
			[][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Harlow", org}, {"Tim Vell", per}}},
		{"a seat to sit on", "Seats for Tarvik, Vellby, Harlow Central, Pellam.",
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlow", org}, {"Pellam", loc}},
			[][2]string{{"Tarvik", loc}, {"Vellby", loc}, {"Harlow", org}, {"Pellam", loc}}},
	}
	r := New(&Options{Aliases: casedWords{}})
	checkTaggedStep(t, r.seatLists, tests)
}
