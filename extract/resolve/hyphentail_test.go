package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// tailWords tells the test's common words after a hyphen from a given
// name's parts.
type tailWords struct{ casedWords }

func (t tailWords) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "type", "style", "winning":
		return 300, 40, true
	case "bo":
		return 2, 300, true
	}
	return t.casedWords.Casing(word)
}

// TestNameTailModifier checks that a name whose last word a hyphen joins
// to a common word before a noun narrows to the name when the document
// names it, is dropped when not, and that a given name of two parts
// stays.
func TestNameTailModifier(t *testing.T) {
	const per, misc = extract.Person, extract.Miscellaneous
	tests := []entityRow{
		{"not named elsewhere: dropped", "I would hate more Star Harbour-type funding.",
			[][2]string{{"Star Harbour-type", misc}}, nil},
		{"named elsewhere: narrowed", "Ann Lee won. Ann Lee-style politics spread.",
			[][2]string{{"Ann Lee", per}, {"Ann Lee-style", per}}, []string{"Ann Lee"}},
		{"a verb after it", "Star Harbour-winning came.",
			[][2]string{{"Star Harbour-winning", misc}}, []string{"Star Harbour-winning"}},
		{"a given name of two parts", "Ann Shui-bo said so.",
			[][2]string{{"Ann Shui-bo", per}}, []string{"Ann Shui-bo"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: tailWords{}}), tests)
}
