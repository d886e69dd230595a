package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPersonAndWork checks that a person's name and a work's title of
// two words in brackets after it stay two entities, and that a short
// form in brackets is still the name's.
func TestPersonAndWork(t *testing.T) {
	const per, misc = extract.Person, extract.Miscellaneous
	tests := []entityRow{
		{"a title after an actress", "Nominees include Ann Lee (Harlow Days) this year.",
			[][2]string{{"Ann Lee", per}, {"Harlow Days", misc}}, []string{"Ann Lee", "Harlow Days"}},
		{"a maker after a title", "Nominees include Harlow Days (Ann Lee) this year.",
			[][2]string{{"Harlow Days", misc}, {"Ann Lee", per}}, []string{"Harlow Days", "Ann Lee"}},
		{"a one-word short form", "Nominees include Ann Lee (ALE) this year.",
			[][2]string{{"Ann Lee", per}, {"ALE", misc}}, []string{"Ann Lee"}},
		{"a one-word short form read as a person's", "The Harlow Rowing Union (Hru) will appeal.",
			[][2]string{{"Harlow Rowing Union", misc}, {"Hru", per}}, []string{"Harlow Rowing Union"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: boundNames{}}), tests)
}
