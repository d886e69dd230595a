package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinShowAnd checks that two names cut at "and" inside a show's
// title, its own "The" opening it and a noun for a show ending it,
// become one name, and that a fair's lower-case "the", a sentence's
// opening "The" and a last word that is no show's keep them apart.
func TestJoinShowAnd(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a show", "One couple broadcasts theirs, The Ann and Bo Show, from Harlow.",
			[][2]string{{"The Ann", org}, {"Bo Show", misc}},
			[]string{"The Ann and Bo Show"}},
		{"a fair's the", "They went to the Harlow and Tarvik Show on Monday.",
			[][2]string{{"Harlow", org}, {"Tarvik Show", misc}},
			[]string{"Harlow", "Tarvik Show"}},
		{"a sentence's The", "The Acme and Bo Show met on Monday.",
			[][2]string{{"The Acme", org}, {"Bo Show", misc}},
			[]string{"Acme", "Bo Show"}},
		{"no show's word", "He beat The Lamps and Ann Lee on Monday.",
			[][2]string{{"The Lamps", org}, {"Ann Lee", per}},
			[]string{"The Lamps", "Ann Lee"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}
