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
