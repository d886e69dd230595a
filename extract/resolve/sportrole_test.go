package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSportRolePerson checks the sport-role-person construction: a name
// the recognizer read as a body's or a thing's right after a noun for a
// side's player is a person's, and joins the surname alone.
func TestSportRolePerson(t *testing.T) {
	const per, org, misc, loc = extract.Person, extract.Organization, extract.Miscellaneous, extract.Location
	tests := []entityRow{
		{"a captain, the surname in the headline", "Tarvik to return\n\nNorland captain Jorvi Tarvik will return soon, he said.",
			[][2]string{{"Tarvik", per}, {"Norland", loc}, {"Jorvi Tarvik", misc}}, []string{"Jorvi Tarvik/PER", "Norland/LOC"}},
		{"a striker with a known given name", "The striker Ann Vellmar scored twice.",
			[][2]string{{"Ann Vellmar", org}}, []string{"Ann Vellmar/PER"}},
		{"a plural noun", "The strikers Ann Vellmar scored twice.",
			[][2]string{{"Ann Vellmar", org}}, []string{"Ann Vellmar/ORG"}},
		{"a side's noun", "The team Ann Vellmar scored twice.",
			[][2]string{{"Ann Vellmar", org}}, []string{"Ann Vellmar/ORG"}},
		{"a body's word in the name", "The captain Jorvi Tarvik Club scored twice.",
			[][2]string{{"Jorvi Tarvik Club", org}}, []string{"Jorvi Tarvik Club/ORG"}},
		{"a common word first", "The captain Golden Harlow scored twice.",
			[][2]string{{"Golden Harlow", org}}, []string{"Golden Harlow/ORG"}},
		{"a noun for no player", "The company Jorvi Tarvik grew.",
			[][2]string{{"Jorvi Tarvik", org}}, []string{"Jorvi Tarvik/ORG"}},
	}
	checkNameTypes(t, New(&Options{Aliases: parties{}}), tests)
}

// TestNamedPerson checks that a surname the recognizer read as a body's
// joins a full name with no known given name when a noun for a kind of
// person stands before the full name (named-person).
func TestNamedPerson(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"a person's noun before the full name", "Orr wins\n\nOlympic champion Harlow Orr was happy. Later Orr said so.",
			[][2]string{{"Orr", org}, {"Harlow Orr", per}, {"Orr", org}}, []string{"Harlow Orr/PER"}},
		{"no noun before it", "Orr wins\n\nIn March Harlow Orr was happy. Later Orr said so.",
			[][2]string{{"Orr", org}, {"Harlow Orr", per}, {"Orr", org}}, []string{"Orr/ORG", "Harlow Orr/PER"}},
		{"a body's noun before it", "Orr wins\n\nThe firm Harlow Orr was happy. Later Orr said so.",
			[][2]string{{"Orr", org}, {"Harlow Orr", per}, {"Orr", org}}, []string{"Orr/ORG", "Harlow Orr/PER"}},
	}
	checkNameTypes(t, New(&Options{Aliases: parties{}}), tests)
}
