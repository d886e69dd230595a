package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTrimRoleNouns checks that a plural noun for a kind of person that
// begins a name leaves it when the document writes the name without it,
// and stays otherwise.
func TestTrimRoleNouns(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"the name written alone", "Promoters Regular Vell booked the hall. Ann Lee of Regular Vell said so.",
			[][2]string{{"Promoters Regular Vell", org}, {"Ann Lee", per}, {"Regular Vell", org}}, []string{"Regular Vell", "Ann Lee"}},
		{"inside a sentence", "The hall was booked by rivals. Rivals Regular Vell said so. Ann Lee of Regular Vell agreed.",
			[][2]string{{"Rivals Regular Vell", org}, {"Ann Lee", per}, {"Regular Vell", org}}, []string{"Regular Vell", "Ann Lee"}},
		{"never written alone", "Promoters Regular Vell booked the hall.",
			[][2]string{{"Promoters Regular Vell", org}}, []string{"Promoters Regular Vell"}},
		{"after of", "They played King of Fighters Harlow. Fighters Harlow is new.",
			[][2]string{{"King of Fighters Harlow", misc}, {"Fighters Harlow", org}}, []string{"King of Fighters Harlow", "Fighters Harlow"}},
		{"no plural", "Allied Vell rose. Vell fell.",
			[][2]string{{"Allied Vell", org}, {"Vell", org}}, []string{"Allied Vell", "Vell"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: boundNames{}}), tests)
}

// TestTrimTitleTails checks that an office's title ending a person's name
// is cut when the rest is a body's or a place's name, and that a surname
// that is an office's noun stays.
func TestTrimTitleTails(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"the text names the body", "Rain fell. The Acme Chairman quit on Monday, Acme said.",
			[][2]string{{"Acme Chairman", per}, {"Acme", org}}, []string{"Acme/ORG"}},
		{"two title words, a person after", "Rain fell. Then Tarvik Deputy Chairman Bo Ek quit.",
			[][2]string{{"Tarvik Deputy Chairman", per}, {"Bo Ek", per}}, []string{"Tarvik/ORG", "Bo Ek/PER"}},
		{"a place", "Rain fell. The Harlow Mayor quit on Monday in Harlow.",
			[][2]string{{"Harlow Mayor", per}, {"Harlow", loc}}, []string{"Harlow/LOC"}},
		{"no evidence", "Rain fell. Then Tarvik Chairman quit.",
			[][2]string{{"Tarvik Chairman", per}}, []string{"Tarvik Chairman/PER"}},
		{"a surname written alone", "Rain fell. Jorvi Provost won. The win pleased Provost and Acme.",
			[][2]string{{"Jorvi Provost", per}, {"Provost", per}, {"Acme", org}}, []string{"Jorvi Provost/PER", "Acme/ORG"}},
		{"a given name", "Rain fell. Ann King won for Ann.",
			[][2]string{{"Ann King", per}, {"Ann", org}}, []string{"Ann King/PER", "Ann/ORG"}},
		{"initials", "The L team won. Norland: A Lee, L Provost, B Ek.",
			[][2]string{{"L", loc}, {"L Provost", per}}, []string{"L/LOC", "L Provost/PER"}},
	}
	checkNameTypes(t, New(&Options{Aliases: casedWords{}}), tests)
}
