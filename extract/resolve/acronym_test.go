package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSpelledInitials checks the initials of a name with an acronym
// inside it.
func TestSpelledInitials(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  string
	}{
		{"an acronym first", []string{"NUA", "Track", "&", "Field"}, "NUATF"},
		{"an acronym last", []string{"Harlow", "Trade", "AG"}, "HTAG"},
		{"no acronym", []string{"Harlow", "Trade", "Council"}, ""},
		{"a word in capitals of one letter", []string{"A", "Harlow"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spelledInitials(tt.words); got != tt.want {
				t.Errorf("spelledInitials(%q) = %q, want %q", tt.words, got, tt.want)
			}
		})
	}
}

// TestAcronymsSpelled checks that an acronym joins a name that holds an
// acronym spelled out in it, and that plain initials still join.
func TestAcronymsSpelled(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"an acronym inside", "NUA Track & Field named her. The NUATF meets in May.",
			[][2]string{{"NUA Track & Field", org}, {"NUATF", org}}, []string{"NUA Track & Field"}},
		{"plain initials", "Harlow Trade Council met. The HTC agreed.",
			[][2]string{{"Harlow Trade Council", org}, {"HTC", org}}, []string{"Harlow Trade Council"}},
		{"other letters", "NUA Track & Field named her. The NUAF meets in May.",
			[][2]string{{"NUA Track & Field", org}, {"NUAF", org}}, []string{"NUA Track & Field", "NUAF"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestAcronymsKnown checks that an acronym the aliases know as a
// country's names the country, not a name of those initials
// (known-acronym).
func TestAcronymsKnown(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	aliases := fakeAliases{"nr": {"Norland", loc, "Country"}, "norland": {"Norland", loc, "Country"}}
	tests := []entityRow{
		{"a country's acronym", "Staff of Norvik Rail and of the NR met. Norland said the NR gained.",
			[][2]string{{"Norvik Rail", org}, {"NR", loc}, {"Norland", loc}, {"NR", loc}}, []string{"Norvik Rail", "Norland"}},
		{"an acronym the aliases do not know", "Staff of Norvik Vell Rail met. The NVR gained.",
			[][2]string{{"Norvik Vell Rail", org}, {"NVR", org}}, []string{"Norvik Vell Rail"}},
	}
	checkEntityNames(t, New(&Options{Aliases: aliases}), tests)
}
