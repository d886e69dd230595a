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
		{"the owner's name run on into the title", "He told the Acme One's Breakfast with Harlow programme that he would stay.",
			[][2]string{{"Acme One's Breakfast", misc}, {"Harlow", misc}},
			[]string{"Acme One", "Breakfast with Harlow"}},
		{"a mention before the function word", "He starred in the Night on Harlow Street franchise.",
			[][2]string{{"Night", misc}, {"Harlow Street", org}},
			[]string{"Night on Harlow Street"}},
		{"a person's name before the function word", "He met the Ann Lee on Harlow Street franchise.",
			[][2]string{{"Ann Lee", per}, {"Harlow Street", org}},
			[]string{"Ann Lee", "Harlow Street"}},
		{"two mentions before the function word", "He starred in the Night Tarvik on Harlow Street franchise.",
			[][2]string{{"Night", misc}, {"Tarvik", org}, {"Harlow Street", org}},
			[]string{"Night", "Tarvik", "Harlow Street"}},
		{"the sentence's first words", "Breakfast with Ann Lee show is back.",
			[][2]string{{"Ann Lee", per}},
			[]string{"Ann Lee"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}
