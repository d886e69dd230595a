package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// overAliases knows the test's town.
type overAliases struct{ casedWords }

func (overAliases) KnownName(name, coarseType string) bool {
	return name == "Harlow" && coarseType == extract.Location
}

// TestJoinOverNames checks the over-name rule: a technology's name of a
// capitalised noun, "over" and nouns or initials is one miscellaneous
// name, whether the recognizer cut it or ran it short, and not after a
// determiner, before a place or a person, with a plural first, nor in
// the headline.
func TestJoinOverNames(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"cut at over", "Ann Lee backs the rise of Packet over Copper Line (PCL) in homes.",
			[][2]string{{"Ann Lee", per}, {"Packet", loc}, {"Copper Line", org}, {"PCL", org}}, []string{"Ann Lee", "Packet over Copper Line"}},
		{"run short before initials", "Vell kits come with integrated Packet over QX support.",
			[][2]string{{"Vell", org}, {"Packet", misc}}, []string{"Vell", "Packet over QX"}},
		{"after a determiner", "They met the Packet over Copper Line team.",
			[][2]string{{"Packet", org}, {"Copper Line", org}}, []string{"Packet", "Copper Line"}},
		{"before a place", "Vell kits give Packet over Harlow to all.",
			[][2]string{{"Vell", org}, {"Packet", misc}, {"Harlow", loc}}, []string{"Vell", "Packet", "Harlow"}},
		{"a plural first", "Vell kits give Packets over Copper Line to all.",
			[][2]string{{"Vell", org}, {"Packets", misc}, {"Copper Line", org}}, []string{"Vell", "Packets", "Copper Line"}},
		{"before a person", "Vell backed Packet over Ann Lee today.",
			[][2]string{{"Vell", org}, {"Packet", misc}, {"Ann Lee", per}}, []string{"Vell", "Packet", "Ann Lee"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: overAliases{}}), tests)
}
