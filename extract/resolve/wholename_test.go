package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestWholeNames checks that a mention cut at a whole name's function
// words is widened to the name the document writes whole, joining a
// mention the name begins inside or at, and that a name with no function
// word, or one the document never writes whole, is left alone.
func TestWholeNames(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"the last word alone", "Tops of the Harbour grew. Later Harbour of the Tops won, and Harbour of the Tops stayed.",
			[][2]string{{"Tops", misc}, {"Harbour of the Tops", misc}, {"Harbour of the Tops", misc}}, []string{"Tops", "Harbour of the Tops"}},
		{"a mention it begins inside", "The Grand Harbour of the Tops began. Harbour of the Tops won.",
			[][2]string{{"Grand Harbour", org}, {"Tops", misc}, {"Harbour of the Tops", misc}}, []string{"Grand Harbour of the Tops", "Harbour of the Tops"}},
		{"no function word", "The Acme Vell Tarvik rose. Vell Tarvik fell.",
			[][2]string{{"Acme Vell Tarvik", org}, {"Tarvik", org}}, []string{"Acme Vell Tarvik", "Tarvik"}},
		{"a mention the name begins at", "Ann Lee of the Tops spoke. Lee of the Tops won.",
			[][2]string{{"Ann", misc}, {"Lee", org}, {"Tops", misc}, {"Lee of the Tops", misc}}, []string{"Ann", "Lee of the Tops"}},
		{"a name the text does not write whole", "Harbour of the Tops won. Tops rose.",
			[][2]string{{"Harbour", misc}, {"Tops", misc}, {"Tops", misc}}, []string{"Harbour", "Tops"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
