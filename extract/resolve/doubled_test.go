package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestDoubledNames checks that a name written twice, whose half the text
// names alone, is two mentions of the half (the doubled-name
// construction), and that one the gazetteer lists, one written twice in
// the text or one whose half stands nowhere alone is left whole.
func TestDoubledNames(t *testing.T) {
	const loc, org = extract.Location, extract.Organization
	tests := []mentionStepRow{
		{"a title line run into the text", "Harlow Harlow is a town. Harlow grew.",
			[][2]string{{"Harlow Harlow", org}, {"Harlow", loc}}, [][2]string{{"Harlow", loc}, {"Harlow", org}, {"Harlow", org}}}, // the halves come last; resolution sorts the mentions after its steps
		{"two words twice", "Vell Bay Vell Bay lies north. Vell Bay is calm.",
			[][2]string{{"Vell Bay Vell Bay", org}, {"Vell Bay", loc}}, [][2]string{{"Vell Bay", loc}, {"Vell Bay", org}, {"Vell Bay", org}}},
		{"a listed doubled name", "Pellam Pellam is a town. Pellam grew.",
			[][2]string{{"Pellam Pellam", loc}, {"Pellam", loc}}, [][2]string{{"Pellam Pellam", loc}, {"Pellam", loc}}},
		{"the half named nowhere alone", "Tarvik Tarvik played on Sunday.",
			[][2]string{{"Tarvik Tarvik", org}}, [][2]string{{"Tarvik Tarvik", org}}},
		{"the doubled form written twice", "Tarvik Tarvik played. Tarvik Tarvik won. Tarvik cheered.",
			[][2]string{{"Tarvik Tarvik", org}, {"Tarvik Tarvik", org}, {"Tarvik", loc}}, [][2]string{{"Tarvik Tarvik", org}, {"Tarvik Tarvik", org}, {"Tarvik", loc}}},
		{"not the same words", "Harlow Pellam is a town. Harlow grew.",
			[][2]string{{"Harlow Pellam", loc}, {"Harlow", loc}}, [][2]string{{"Harlow Pellam", loc}, {"Harlow", loc}}},
	}
	checkMentionStep(t, New(&Options{Known: placeLexicon{"Pellam Pellam": true}}).doubledNames, tests)
}
