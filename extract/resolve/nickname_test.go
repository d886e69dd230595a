package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinNicknames checks that a given name, a quoted nickname and a
// surname are one person's name, and that other quotations between
// names are left alone.
func TestJoinNicknames(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"three names", `She played with Bo "Tank" Ek last year.`,
			[][2]string{{"Bo", per}, {"Tank", misc}, {"Ek", per}},
			[]string{`Bo "Tank" Ek`}},
		{"the nickname untagged, curly marks", "She played with Ann “Big Red” Lee last year.",
			[][2]string{{"Ann", per}, {"Lee", per}},
			[]string{"Ann “Big Red” Lee"}},
		{"a body after the quotation", `Bo "Tank" Acme said so.`,
			[][2]string{{"Bo", per}, {"Acme", org}},
			[]string{"Bo", "Acme"}},
		{"a quotation in lower case", `Bo "the tank" Ek said so.`,
			[][2]string{{"Bo", per}, {"Ek", per}},
			[]string{"Bo", "Ek"}},
		{"marks set apart by spaces", `Ann Lee said " Great " Bo Ek replied.`,
			[][2]string{{"Ann Lee", per}, {"Bo Ek", per}},
			[]string{"Ann Lee", "Bo Ek"}},
	}
	checkEntityNames(t, New(nil), tests)
}
