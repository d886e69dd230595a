package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestWireRevisions checks that a wire's revision header ("UPDATE 2-")
// is taken off the name glued to it, and that a name opening with digits
// and a hyphen elsewhere keeps them.
func TestWireRevisions(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"an update's number", "UPDATE 2-Tarvik sets price\n\nTarvik has set a price.", [][2]string{{"2-Tarvik", loc}, {"Tarvik", loc}}, []string{"Tarvik"}},
		{"a two-word name", "UPDATE 1-Acme Vellmar calls off talks", [][2]string{{"1-Acme Vellmar", org}}, []string{"Acme Vellmar"}},
		{"the header read in", "WRAPUP 3-Ann Lee wins", [][2]string{{"WRAPUP 3-Ann Lee", per}}, []string{"Ann Lee"}},
		{"no header word", "The 7-Tarvik chain grew.", [][2]string{{"7-Tarvik", org}}, []string{"7-Tarvik"}},
		{"not opening the sentence", "Shares of 7-Tarvik rose.", [][2]string{{"7-Tarvik", org}}, []string{"7-Tarvik"}},
		{"a header word in small letters", "Update 2-Tarvik sets price", [][2]string{{"2-Tarvik", loc}}, []string{"2-Tarvik"}},
		{"no capital after the hyphen", "UPDATE 4-year-old Tarvik", [][2]string{{"Tarvik", loc}}, []string{"Tarvik"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
