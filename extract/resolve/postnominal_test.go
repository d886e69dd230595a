package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPostNominals checks the honour-letters construction: an honour's
// letters after a person's name are cut off it, or dropped when read as
// a name of their own, and a legal form stays.
func TestPostNominals(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"letters read with the name", "Ann Lee QC spoke.", [][2]string{{"Ann Lee QC", loc}}, []string{"Ann Lee"}},
		{"letters read apart", "Bo Ek QC and Ann Lee QC spoke.", [][2]string{{"Bo Ek", per}, {"QC", loc}, {"Ann Lee QC", per}}, []string{"Bo Ek", "Ann Lee"}},
		{"a legal form", "Ann Lee AG rose.", [][2]string{{"Ann Lee AG", org}}, []string{"Ann Lee AG"}},
		{"no known given name", "Harlow Vell QC spoke.", [][2]string{{"Harlow Vell QC", org}}, []string{"Harlow Vell QC"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}
