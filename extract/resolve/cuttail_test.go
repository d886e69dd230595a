package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCutTails checks that a ticker a feed cut short at the end of its
// text is dropped, and that a name the text finishes, a ticker closed,
// or one named elsewhere stays.
func TestCutTails(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"a ticker cut at its period", "Vellmar merges\n\nAcme Petroleum (ACM.", [][2]string{{"Vellmar", org}, {"Acme Petroleum", org}, {"ACM", org}}, []string{"Vellmar", "Acme Petroleum"}},
		{"a ticker closed", "Vellmar merges\n\nAcme Petroleum (ACM.L) said.", [][2]string{{"Vellmar", org}, {"Acme Petroleum", org}}, []string{"Vellmar", "Acme Petroleum"}},
		{"a name at the cut, no bracket", "Vellmar merges\n\nAn official told Acme", [][2]string{{"Vellmar", org}, {"Acme", org}}, []string{"Vellmar", "Acme"}},
		{"named elsewhere", "Vellmar merges\n\nACM said it would grow (ACM.", [][2]string{{"Vellmar", org}, {"ACM", org}, {"ACM", org}}, []string{"Vellmar", "ACM"}},
		{"in the headline", "Vellmar buys (ACM.", [][2]string{{"Vellmar", org}, {"ACM", org}}, []string{"Vellmar", "ACM"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
