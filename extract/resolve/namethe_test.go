package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinNameTheNouns checks that a name, "the" and a capitalised word
// ending the phrase are one name, a sentence's untagged first word
// included, and that a body's word, a word before a lower-case noun, a
// word the text names alone and an adverb before "the" part them.
func TestJoinNameTheNouns(t *testing.T) {
	const org, loc, misc, per = extract.Organization, extract.Location, extract.Miscellaneous, extract.Person
	tests := []entityRow{
		{"a character's name", "Shows\n\nKids cheered for Tarvo the Badger at the fair.", [][2]string{{"Tarvo", misc}, {"Badger", loc}}, []string{"Tarvo the Badger"}},
		{"an untagged first word", "Shows\n\nTarvik the Badger, Ann Lee and Bo Ek were there.", [][2]string{{"Badger", loc}, {"Ann Lee", per}, {"Bo Ek", per}}, []string{"Tarvik the Badger", "Ann Lee", "Bo Ek"}},
		{"an epithet", "Shows\n\nA life of Ann Lee the Younger, out now.", [][2]string{{"Ann Lee", per}, {"Younger", misc}}, []string{"Ann Lee the Younger"}},
		{"a body's word", "Shows\n\nShe told Acme the Council would pay.", [][2]string{{"Acme", org}, {"Council", org}}, []string{"Acme", "Council"}},
		{"before a noun in lower case", "Shows\n\nIn 300 Tarvo the Vellish philosopher wrote.", [][2]string{{"Tarvo", per}, {"Vellish", misc}}, []string{"Tarvo", "Vellish"}},
		{"named alone", "Shows\n\nShe met Tarvo the Badger. The Badger left, and Badger was sad.", [][2]string{{"Tarvo", per}, {"Badger", loc}, {"Badger", loc}, {"Badger", per}}, []string{"Tarvo", "Badger"}},
		{"an adverb before", "Shows\n\nMeanwhile the Badger left.", [][2]string{{"Badger", org}}, []string{"Badger"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
