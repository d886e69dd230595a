package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// countryItemAliases is townAliases that also knows Ostmark as a country
// the aliases do not read as one (a kingdom's country).
type countryItemAliases struct{ townAliases }

func (countryItemAliases) CountryItem(name string) (string, bool) {
	return "Q1", name == "Ostmark"
}

func (countryItemAliases) Casing(word string) (int, int, bool) {
	if strings.ToLower(word) == "ostmark" {
		return 2, 400, true
	}
	return townAliases{}.Casing(word)
}

// TestOwnCountry checks that a body's name before a country that only
// the country items know is the body's branch there, not a club's head
// before its town (the own-country construction), and that a town still
// is.
func TestOwnCountry(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"a branch in a kingdom's country", "ACP grew. ACP Ostmark said so.",
			[][2]string{{"ACP", org}, {"ACP Ostmark", org}}, []string{"ACP", "ACP Ostmark"}},
		{"a club of a town", "ACP grew. ACP Harlow said so.",
			[][2]string{{"ACP", org}, {"ACP Harlow", org}}, []string{"ACP Harlow"}},
	}
	checkEntityNames(t, New(&Options{Known: placeLexicon{"Harlow": true, "Ostmark": true}, Aliases: countryItemAliases{}}), tests)
}
