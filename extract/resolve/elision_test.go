package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSaintsPlace checks that a saint's possessive with no noun after it
// is the name of the place, and one before a noun or a verb is not.
func TestSaintsPlace(t *testing.T) {
	const loc = extract.Location
	tests := []entityRow{
		{"the sentence's end", "He was hurt at St Pellam's.", [][2]string{{"St Pellam", loc}}, []string{"St Pellam's"}},
		{"a preposition after", "They play at St Pellam's on Monday.", [][2]string{{"St Pellam", loc}}, []string{"St Pellam's"}},
		{"a noun after", "They met on St Pellam's day.", [][2]string{{"St Pellam", loc}}, []string{"St Pellam"}},
		{"a verb after", "St Pellam's was shut.", [][2]string{{"St Pellam", loc}}, []string{"St Pellam"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}
