package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinHyphenCountries checks that a capitalised hyphenated word in
// no mention before a country's name joins it as one body's name, and
// that a word holding a country, a demonym or a known place, a noun
// after the country and a headline leave the country alone.
func TestJoinHyphenCountries(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"a firm's arm", "The sale left Q-Pellam Norland without a buyer, Acme said.", [][2]string{{"Norland", loc}, {"Acme", org}}, []string{"Q-Pellam Norland", "Acme"}},
		{"a country's name in the word", "The Ostmark-Vell Norland, said so.", [][2]string{{"Norland", loc}}, []string{"Norland"}},
		{"a known place in the word", "Talks in Velden-Pellam Norland, failed.", [][2]string{{"Norland", loc}}, []string{"Norland"}},
		{"a noun after the country", "They quit the Low-End Norland market.", [][2]string{{"Norland", loc}}, []string{"Norland"}},
		{"a lower-case part", "The Vell-based Norland, said so.", [][2]string{{"Norland", loc}}, []string{"Norland"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: hyphenNames{}}), tests)
}
