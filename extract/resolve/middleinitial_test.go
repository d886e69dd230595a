package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestMiddleInitials checks that a person's name cut after a bare middle
// initial is joined to the surname after it, and that a name a single
// letter ends alone, or a name of another type, stays.
func TestMiddleInitials(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"a bare middle initial", "The arrival of Ann B Tarvik disrupted flights.", [][2]string{{"Ann B", per}, {"Tarvik", per}}, []string{"Ann B Tarvik"}},
		{"a letter that ends the name", "Later Bo X said no.", [][2]string{{"Bo X", per}}, []string{"Bo X"}},
		{"a comma between", "Ann B, Tarvik and Bo Ek spoke.", [][2]string{{"Ann B", per}, {"Tarvik", per}, {"Bo Ek", per}}, []string{"Ann B", "Tarvik", "Bo Ek"}},
		{"a body after", "Ann B Acme Vellmar Harlow Group spoke.", [][2]string{{"Ann B", per}, {"Acme Vellmar Harlow Group", org}}, []string{"Ann B", "Acme Vellmar Harlow Group"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
