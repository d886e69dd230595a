package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinPossessiveTitles checks that an owner's possessive and the
// capitalised words after it, right after a singular noun for a work,
// are one title, and that a plural noun, an owner the document names as
// a person (where the words after the possessive are no name:
// possessiveTitles joins two names so) and a word in lower case after
// the possessive keep the names apart.
func TestJoinPossessiveTitles(t *testing.T) {
	const per, misc = extract.Person, extract.Miscellaneous
	tests := []entityRow{
		{"a pair's possessive", "He made his name in the teen comedy Ann and Bo's Big Harbour Day, and went on.",
			[][2]string{{"Ann", misc}, {"Bo", per}},
			[]string{"Ann and Bo's Big Harbour Day"}},
		{"one owner word", "She starred in the drama Tarvik's Last Winter last year.",
			[][2]string{{"Tarvik", per}, {"Last Winter", misc}},
			[]string{"Tarvik's Last Winter"}},
		{"a plural noun", "He made his name in comedies Ann and Bo's Big Harbour Day.",
			[][2]string{{"Ann", misc}, {"Bo", per}},
			[]string{"Ann", "Bo"}},
		{"an owner named as a person elsewhere (the words after it no name)", "Bo Tarvik made it. She starred in the drama Tarvik's Last Winter last year.",
			[][2]string{{"Bo Tarvik", per}, {"Tarvik", per}},
			[]string{"Bo Tarvik"}},
		{"a lower-case word after the possessive", "He made his name in the teen comedy Ann and Bo's big day.",
			[][2]string{{"Ann", misc}, {"Bo", per}},
			[]string{"Ann", "Bo"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}
