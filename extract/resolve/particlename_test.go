package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinParticleNames checks that two names cut at a Romance particle
// join, and that a person's name, a country first or a longer first part
// keep them apart.
func TestJoinParticleNames(t *testing.T) {
	const org, per, loc = extract.Organization, extract.Person, extract.Location
	tests := []entityRow{
		{"a Dutch particle", "Match\n\nFans filled the Museum van Harlow all day.", [][2]string{{"Museum", org}, {"Harlow", loc}}, []string{"Museum van Harlow"}},
		{"a stadium", "Match\n\nTickets for the Palais du Tarvo sold fast.", [][2]string{{"Palais", loc}, {"Tarvo", loc}}, []string{"Palais du Tarvo"}},
		{"a person", "Match\n\nAnn Lee met Bo de Vellmar there.", [][2]string{{"Ann Lee", per}, {"Bo", per}, {"Vellmar", loc}}, []string{"Ann Lee", "Bo", "Vellmar"}},
		{"a longer first part", "Match\n\nThe Acme Group de Vellmar said so.", [][2]string{{"Acme Group", org}, {"Vellmar", loc}}, []string{"Acme Group", "Vellmar"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
