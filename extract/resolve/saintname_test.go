package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinSaintNames checks that a saint's title read alone joins the
// name after it, a natural feature's word before it opening a place's
// name, and that a title apart from the next name stays.
func TestJoinSaintNames(t *testing.T) {
	const org, per, loc = extract.Organization, extract.Person, extract.Location
	tests := []entityRow{
		{"a saint's name", "Visit\n\nThey prayed to St. Tarva in the chapel.", [][2]string{{"St.", org}, {"Tarva", per}}, []string{"St. Tarva"}},
		{"a mountain's name", "Visit\n\nClimbers reached Lake St. Orvel near Harlow by noon.", [][2]string{{"St.", org}, {"Orvel", per}, {"Harlow", loc}}, []string{"Lake St. Orvel", "Harlow"}},
		{"apart", "Visit\n\nThey met at St, and Tarva came.", [][2]string{{"St", org}, {"Tarva", per}}, []string{"St", "Tarva"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
