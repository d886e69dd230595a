package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestExtendKindTitles checks that capitalised words in no name and a
// title's function word before a name, with a noun for the work's kind
// after it, join the name, and that a noun after the kind, a verb in
// its place, no function word and a sentence's first word keep it as it
// is.
func TestExtendKindTitles(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a programme", "The minister told Acme One's Breakfast with Harlow programme he would stay.",
			[][2]string{{"Acme One", org}, {"Harlow", misc}},
			[]string{"Acme One", "Breakfast with Harlow"}},
		{"a show after the", "She won the Dancing on Tarvik show last year.",
			[][2]string{{"Tarvik", misc}},
			[]string{"Dancing on Tarvik"}},
		{"a noun after the kind", "She joined the Dancing on Tarvik show team.",
			[][2]string{{"Tarvik", misc}},
			[]string{"Tarvik"}},
		{"no function word", "She watched the Harlow Tarvik show.",
			[][2]string{{"Tarvik", misc}},
			[]string{"Tarvik"}},
		{"the sentence's first words", "Breakfast with Ann Lee show is back.",
			[][2]string{{"Ann Lee", per}},
			[]string{"Ann Lee"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}
