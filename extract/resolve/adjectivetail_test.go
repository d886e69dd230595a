package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// adjTailWords is casedWords that writes "parliamentary" and "ministerial"
// in lower case mostly and "democratic" capitalised mostly.
type adjTailWords struct{ casedWords }

func (adjTailWords) Casing(word string) (int, int, bool) {
	switch word {
	case "Parliamentary", "Ministerial":
		return 58, 23, true
	case "Democratic":
		return 50, 1180, true
	}
	return casedWords{}.Casing(word)
}

// TestTrimAdjectiveTails checks that a party's or a place's word keeps no
// adjective the recognizer took into its name before a noun in lower
// case, and that a name's own adjective stays.
func TestTrimAdjectiveTails(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a party's word", "Voters back Unity Parliamentary hopefuls in Harlow.",
			[][2]string{{"Unity Parliamentary", misc}},
			[]string{"Unity Party"}},
		{"an adjective news capitalises", "Voters back the Unity Democratic candidates.",
			[][2]string{{"Unity Democratic", org}},
			[]string{"Unity Democratic"}},
		{"a capitalised word after it", "Voters back the Unity Parliamentary Group.",
			[][2]string{{"Unity Parliamentary", org}},
			[]string{"Unity Parliamentary"}},
		{"no party's or place's word first", "Voters back the Vell Parliamentary hopefuls.",
			[][2]string{{"Vell Parliamentary", misc}},
			[]string{"Vell Parliamentary"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: adjTailWords{}}), tests)
}
