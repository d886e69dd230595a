package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestNamePrefixes checks that a lower-case prefix glued to a name is
// taken off it, that a prefix before an adjective leaves no name, and
// that an Arabic article stays on its name.
func TestNamePrefixes(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a former employer", "The ex-Acme boss spoke.", [][2]string{{"ex-Acme", org}}, []string{"Acme"}},
		{"a person against", "Later anti-Ann Lee protests grew.", [][2]string{{"anti-Ann Lee", per}}, []string{"Ann Lee"}},
		{"a demonym", "It was an all-Norlandish final.", [][2]string{{"all-Norlandish", extract.Miscellaneous}}, nil},
		{"an adjective", "It was a double-Olympic feat.", [][2]string{{"double-Olympic", extract.Miscellaneous}}, nil},
		{"an Arabic article", "The al-Tarvik group spoke.", [][2]string{{"al-Tarvik", org}}, []string{"al-Tarvik"}},
		{"a place", "The cross-Harlow route opened.", [][2]string{{"cross-Harlow", loc}}, []string{"Harlow"}},
		{"a miscellaneous word, the rest named nowhere else", "The anti-Tarvik protests grew.", [][2]string{{"anti-Tarvik", extract.Miscellaneous}}, nil},
		{"a miscellaneous name of two words", "The non-Harlow Cup games.", [][2]string{{"non-Harlow Cup", extract.Miscellaneous}}, []string{"Harlow Cup"}},
		{"a miscellaneous word, the rest named elsewhere", "Tarvik spoke. The anti-Tarvik protests grew.", [][2]string{{"Tarvik", per}, {"anti-Tarvik", extract.Miscellaneous}}, []string{"Tarvik"}},
	}
	checkEntityNames(t, New(&Options{Aliases: demonymAliases{}, Words: pertainymLexicon(t)}), tests)
}
