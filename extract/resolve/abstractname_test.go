package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// demonymWords is casedWords that also knows "Norlandic" as the
// demonym of the country Norland.
type demonymWords struct{ casedWords }

func (demonymWords) Canonical(name, coarseType string) (string, string, string, bool) {
	if name == "Norlandic" {
		return "Norland", extract.Location, "", true
	}
	return "", "", "", false
}

// TestAbstractName checks that a nation's quality in "-ness" and a fear
// in "-phobia" name nothing, and that other words so ended stay.
func TestAbstractName(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a demonym's quality", "Ann Lee said Norlandicness was a theme.",
			[][2]string{{"Ann Lee", per}, {"Norlandicness", org}},
			[]string{"Ann Lee"}},
		{"a fear", "They spoke of the downdraft of Vellophobia in Harlow.",
			[][2]string{{"Vellophobia", loc}, {"Harlow", loc}},
			[]string{"Harlow"}},
		{"a town in -ness of no people's word", "Floods hit Harlowness on Monday.",
			[][2]string{{"Harlowness", loc}},
			[]string{"Harlowness"}},
		{"a name of two words", "Ann Lee joined Norlandicness Group.",
			[][2]string{{"Ann Lee", per}, {"Norlandicness Group", org}},
			[]string{"Ann Lee", "Norlandicness Group"}},
	}
	checkEntityNames(t, New(&Options{Aliases: demonymWords{}}), tests)
}
