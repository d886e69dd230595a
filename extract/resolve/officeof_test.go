package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTrimOfficeOf checks that an office and its "of" read into a name
// after a person's name and a comma are cut off it, and that names
// elsewhere or with no name after "of" are kept.
func TestTrimOfficeOf(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a body after the office", "Rain fell, said Bo Ek, Chief Trade Officer of Tarvik.",
			[][2]string{{"Bo Ek", per}, {"Chief Trade Officer of Tarvik", per}}, []string{"Bo Ek/PER", "Tarvik/ORG"}},
		{"the and a place the text names", "Rain fell in Norland, said Bo Ek, the Deputy Minister of Norland.",
			[][2]string{{"Norland", loc}, {"Bo Ek", per}, {"Deputy Minister of Norland", org}}, []string{"Norland/LOC", "Bo Ek/PER"}},
		{"no person before", "Rain fell, said the Chief Trade Officer of Tarvik.",
			[][2]string{{"Chief Trade Officer of Tarvik", per}}, []string{"Chief Trade Officer of Tarvik/PER"}},
		{"no name after of", "Rain fell, said Bo Ek, Minister of Trade.",
			[][2]string{{"Bo Ek", per}, {"Minister of Trade", org}}, []string{"Bo Ek/PER", "Minister of Trade/ORG"}},
		{"a body's name before of", "Rain fell, said Bo Ek, Tarvik Bank of Norland.",
			[][2]string{{"Bo Ek", per}, {"Tarvik Bank of Norland", org}}, []string{"Bo Ek/PER", "Tarvik Bank of Norland/ORG"}},
	}
	checkNameTypes(t, New(&Options{Aliases: casedWords{}}), tests)
}
