package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCountryNumbers checks that a country's name and a number after it
// are one name of a thing, not the country, but for a score's side.
func TestCountryNumbers(t *testing.T) {
	const loc, misc = extract.Location, extract.Miscellaneous
	tests := []mentionStepRow{
		{"a dye", "Traces of Norland 1 were found.", [][2]string{{"Norland", loc}}, [][2]string{{"Norland 1", misc}}},
		{"a score", "Ostmark 66, Norland 62.", [][2]string{{"Ostmark", loc}, {"Norland", loc}}, [][2]string{{"Ostmark", loc}, {"Norland", loc}}},
		{"a score spaced as a table's", "Norland 2 , Ostmark 0 at half-time.", [][2]string{{"Norland", loc}, {"Ostmark", loc}}, [][2]string{{"Norland", loc}, {"Ostmark", loc}}},
		{"a range", "Norland 3 to 5 was the score.", [][2]string{{"Norland", loc}}, [][2]string{{"Norland", loc}}},
		{"a town", "Harlow 1 opened.", [][2]string{{"Harlow", loc}}, [][2]string{{"Harlow", loc}}},
		{"a score spaced about its dash", "Norland defeated Ostmark 3 – 0 on Monday.", [][2]string{{"Norland", loc}, {"Ostmark", loc}}, [][2]string{{"Norland", loc}, {"Ostmark", loc}}},
		{"a score spaced about a hyphen", "It put Norland 1 - 0 up.", [][2]string{{"Norland", loc}}, [][2]string{{"Norland", loc}}},
		{"a dash and no number", "Traces of Norland 1 – a dye – were found.", [][2]string{{"Norland", loc}}, [][2]string{{"Norland 1", misc}}},
	}
	checkMentionStep(t, New(&Options{Aliases: boundNames{}}).extendTails, tests)
}
