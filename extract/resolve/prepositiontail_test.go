package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPrepositionTails checks that a name cut after a capitalised
// preposition runs on into the name after it as one title, and that a
// name ending in another word, or a comma between, stays apart.
func TestPrepositionTails(t *testing.T) {
	const per, loc, misc = extract.Person, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"a film's title", "Ann Lee worked on Flight From Harlow and other films.", [][2]string{{"Ann Lee", per}, {"Flight From", loc}, {"Harlow", loc}}, []string{"Ann Lee", "Flight From Harlow"}},
		{"a name ending in a noun", "Ann Lee left Harlow Bay Harlow.", [][2]string{{"Ann Lee", per}, {"Harlow Bay", loc}, {"Harlow", loc}}, []string{"Ann Lee", "Harlow Bay", "Harlow"}},
		{"a comma between", "He saw Flight From, Harlow and more.", [][2]string{{"Flight From", misc}, {"Harlow", loc}}, []string{"Flight From", "Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}, Words: pertainymLexicon(t)}), tests)
}
