package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinSlashNames checks that two names on either side of a slash
// with no space join into one body's name when neither is named alone
// nor a listed place, nor both people's, and that another mention of
// the first part before the slash and the rest takes the joined name
// (slash-name).
func TestJoinSlashNames(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []mentionStepRow{
		{"a firm's two names", "It grew, said analysts Tarvik/NetVell.", [][2]string{{"Tarvik", loc}, {"NetVell", org}}, [][2]string{{"Tarvik/NetVell", org}}},
		{"a thing's name", "Add the Tarvik/NetVell key.", [][2]string{{"Tarvik", org}, {"NetVell", misc}}, [][2]string{{"Tarvik", org}, {"NetVell", misc}}},
		{"the rest unread later", "Analysts Tarvik/NetVell said so. Ann Lee, Tarvik/NetVell analyst, agreed.",
			[][2]string{{"Tarvik", loc}, {"NetVell", org}, {"Ann Lee", per}, {"Tarvik", per}},
			[][2]string{{"Tarvik/NetVell", org}, {"Ann Lee", per}, {"Tarvik/NetVell", org}}},
		{"one way throughout", "Analysts Tarvik/NetVell said so. A report by Tarvik/NetVell agreed.",
			[][2]string{{"Tarvik", per}, {"NetVell", misc}, {"Tarvik", loc}, {"NetVell", org}},
			[][2]string{{"Tarvik/NetVell", org}, {"Tarvik/NetVell", org}}},
		{"a part named alone", "The Acme/Vellmar deal was signed. Acme said so.", [][2]string{{"Acme", org}, {"Vellmar", org}, {"Acme", org}},
			[][2]string{{"Acme", org}, {"Vellmar", org}, {"Acme", org}}},
		{"two people", "The Lee/Ek partnership ended.", [][2]string{{"Lee", per}, {"Ek", per}}, [][2]string{{"Lee", per}, {"Ek", per}}},
		{"a listed place", "The Ostmark/Tarvik route opened.", [][2]string{{"Ostmark", loc}, {"Tarvik", org}}, [][2]string{{"Ostmark", loc}, {"Tarvik", org}}},
		{"a space around the slash", "It grew, said Tarvik / NetVell.", [][2]string{{"Tarvik", per}, {"NetVell", org}}, [][2]string{{"Tarvik", per}, {"NetVell", org}}},
	}
	checkMentionStep(t, New(&Options{Aliases: casedWords{}, Known: placeLexicon{"Ostmark": true}}).joinSlashNames, tests)
}
