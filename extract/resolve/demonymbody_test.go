package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDemonymBodies checks the demonym-body rule: a place's adjective and
// a capitalised noun of a business the recognizer left out are one
// organisation's name, and a government's word, a longer run of
// capitals or a sentence's first word are left alone.
func TestDemonymBodies(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a business's noun", "It praised Norlandic Partnerships and Acme.", [][2]string{{"Norlandic", misc}, {"Acme", org}}, []string{"Norlandic Partnerships", "Acme"}},
		{"a government's word", "It praised the Norlandic Government and Acme.", [][2]string{{"Norlandic", misc}, {"Acme", org}}, []string{"Norlandic", "Acme"}},
		{"more capitals after", "It praised Norlandic Partnerships Vell and Acme.", [][2]string{{"Norlandic", misc}, {"Acme", org}}, []string{"Norlandic", "Acme"}},
		{"opening the sentence", "Norlandic Partnerships praised Acme.", [][2]string{{"Norlandic", misc}, {"Acme", org}}, []string{"Norlandic", "Acme"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}, Words: pertainymLexicon(t)}), tests)
}
