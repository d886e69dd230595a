package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestExtendEditionYears checks that a year between "the" and a
// contest's or a festival's name joins the name, that the name written
// without it later is the same event, and that a body's, a person's or
// a team's name, a year after no "the" and a headline keep their span.
func TestExtendEditionYears(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a cup, a date inside", "Ann Lee led the side at the 1974 Norland Cup in Harlow.",
			[][2]string{{"Ann Lee", per}, {"1974", extract.Date}, {"Norland Cup", misc}},
			[]string{"Ann Lee", "1974 Norland Cup"}},
		{"the name again without the year", "Ann Lee played at the 2004 Harlow Open. She said the Harlow Open was hard.",
			[][2]string{{"Ann Lee", per}, {"Harlow Open", misc}, {"Harlow Open", misc}},
			[]string{"Ann Lee", "2004 Harlow Open"}},
		{"a sentence's The", "The 2003 Harlow Open was won by Ann Lee.",
			[][2]string{{"Harlow Open", misc}, {"Ann Lee", per}},
			[]string{"2003 Harlow Open", "Ann Lee"}},
		{"a team", "Ann Lee coached the 2004 Harlow Rangers.",
			[][2]string{{"Ann Lee", per}, {"Harlow Rangers", org}},
			[]string{"Ann Lee", "Harlow Rangers"}},
		{"no the", "Ann Lee won in 2004 Harlow Cup games.",
			[][2]string{{"Ann Lee", per}, {"Harlow Cup", misc}},
			[]string{"Ann Lee", "Harlow Cup"}},
		{"a headline", "Lee wins the 2004 Harlow Cup\n\nAnn Lee spoke.",
			[][2]string{{"Harlow Cup", misc}, {"Ann Lee", per}},
			[]string{"Harlow Cup", "Ann Lee"}},
	}
	checkAnnotatedNames(t, New(nil), tests)
}
