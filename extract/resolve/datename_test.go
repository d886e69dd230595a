package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDropDateNames checks that a name that is a month and a day in
// capitals or in title case is dropped, and that a name with a number
// that is no date, a month's name alone and a date inside a longer name
// are kept.
func TestDropDateNames(t *testing.T) {
	const org, misc, loc = extract.Organization, extract.Miscellaneous, extract.Location
	tests := []mentionStepRow{
		{"a dateline's date in capitals", "HARLOW, DEC 5: Ann Lee spoke.", [][2]string{{"HARLOW", loc}, {"DEC 5", misc}}, [][2]string{{"HARLOW", loc}}},
		{"a date in title case", "It opened on Dec 5 in Harlow.", [][2]string{{"Dec 5", misc}, {"Harlow", loc}}, [][2]string{{"Harlow", loc}}},
		{"a day, a month and a year", "HARLOW, 5 DECEMBER 2004 - Ann Lee spoke.", [][2]string{{"HARLOW", loc}, {"5 DECEMBER 2004", misc}}, [][2]string{{"HARLOW", loc}}},
		{"a number that is no date", "She moved to Channel 4 in May.", [][2]string{{"Channel 4", org}}, [][2]string{{"Channel 4", org}}},
		{"a month alone", "May Lee spoke.", [][2]string{{"May Lee", misc}}, [][2]string{{"May Lee", misc}}},
		{"a date in a longer name", "The May 5 Movement marched.", [][2]string{{"May 5 Movement", org}}, [][2]string{{"May 5 Movement", org}}},
	}
	checkMentionStep(t, dropDateNames, tests)
}
