package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSplitInitialBreaks checks that a mention run over a sentence's end
// after a one-letter surname is parted when the document names the
// first part alone, and that an initial inside a name stays.
func TestSplitInitialBreaks(t *testing.T) {
	const per, misc = extract.Person, extract.Miscellaneous
	tests := []entityRow{
		{"named alone elsewhere", "He starred in Harlow Nights and Ann X. Bo Tarvik, the daughter of Ann X, spoke.",
			[][2]string{{"Harlow Nights", misc}, {"Ann X. Bo Tarvik", misc}, {"Ann X", per}},
			[]string{"Harlow Nights", "Ann X", "Bo Tarvik"}},
		{"an initial inside a name", "Ann X. Tarvik spoke, and Ann X. Tarvik left.",
			[][2]string{{"Ann X. Tarvik", per}, {"Ann X. Tarvik", per}}, []string{"Ann X. Tarvik"}},
		{"one word after the period", "He met Ann X. Tarvik and Ann X later.",
			[][2]string{{"Ann X. Tarvik", per}, {"Ann X", per}}, []string{"Ann X. Tarvik", "Ann X"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}
