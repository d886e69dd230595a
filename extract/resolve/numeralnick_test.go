package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNumeralNicknames checks that a nickname in digits after a town's
// name joins it as a body's name, and that a number of units does not.
func TestNumeralNicknames(t *testing.T) {
	const loc = extract.Location
	tests := []entityRow{
		{"a side's nickname", "The Harlow 12ers guard left.", [][2]string{{"Harlow", loc}}, []string{"Harlow 12ers"}},
		{"a number of units", "Harlow 500 jobs went.", [][2]string{{"Harlow", loc}}, []string{"Harlow"}},
		{"a decade", "In Harlow 1990s music thrived.", [][2]string{{"Harlow", loc}}, []string{"Harlow"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
