package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinCapitalTitle checks that a title with a capitalised function
// word or pronoun after a singular noun for a work becomes one name, cut
// or missed as the recognizer left it, and that a title with none, a
// verb's object, a title one name spans, a date inside and a headline
// are left alone.
func TestJoinCapitalTitle(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"cut at a capitalised preposition", "He recorded the sentimental string ballad Tarvik On My Mind, and more.",
			[][2]string{{"Tarvik", loc}, {"My Mind", loc}},
			[]string{"Tarvik On My Mind"}},
		{"missed", "She sang the song Right To Be Wrong at the show.",
			nil,
			[]string{"Right To Be Wrong"}},
		{"a glued part", "It was her single Sometimes You Can't Stay In Harlow.",
			[][2]string{{"Harlow", loc}},
			[]string{"Sometimes You Can't Stay In Harlow"}},
		{"a lower-case preposition between", "He released the album Tales in The Shade Of Vell.",
			[][2]string{{"Shade Of Vell", misc}},
			[]string{"Tales in The Shade Of Vell"}},
		{"two titles listed", "The comedy series Early Rain and The Harlow Diaries will compete.",
			[][2]string{{"Early Rain", misc}, {"The Harlow Diaries", misc}},
			[]string{"Early Rain", "The Harlow Diaries"}},
		{"no capitalised function word", "He made the film Quiet Harbour Nights last year.",
			[][2]string{{"Quiet Harbour", org}},
			[]string{"Quiet Harbour"}},
		{"a verb's object", "They want to film Tarvik On My Mind soon.",
			[][2]string{{"Tarvik", loc}, {"My Mind", loc}},
			[]string{"Tarvik", "My Mind"}},
		{"one name spans it", "He loved the film Tarvik On My Mind.",
			[][2]string{{"Tarvik On My Mind", misc}},
			[]string{"Tarvik On My Mind"}},
		{"a person after the noun", "He saw the film Ann Lee made in Harlow.",
			[][2]string{{"Ann Lee", per}, {"Harlow", loc}},
			[]string{"Ann Lee", "Harlow"}},
		{"a headline", "New ballad Tarvik On My Mind\n\nHe spoke.",
			[][2]string{{"Tarvik", loc}, {"My Mind", loc}},
			[]string{"Tarvik", "My Mind"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}
