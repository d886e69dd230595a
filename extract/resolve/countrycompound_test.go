package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCountryCompounds checks the country-compound construction: a
// country and a capitalised common noun read as one body's name before a
// noun in lower case are cut back to the country, and a body's word, an
// adjective, a demonym or the pair written elsewhere not so keep the
// name whole.
func TestCountryCompounds(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a common noun", "Half of Norland Internet users agree.", [][2]string{{"Norland Internet", org}}, []string{"Norland"}},
		{"a body's word", "Norland Army troops left.", [][2]string{{"Norland Army", org}}, []string{"Norland Army"}},
		{"an adjective too", "The Norland Open champion won.", [][2]string{{"Norland Open", misc}}, []string{"Norland Open"}},
		{"a demonym", "Half of Norlandic Internet users agree.", [][2]string{{"Norlandic Internet", org}}, []string{"Norlandic Internet"}},
		{"written before a verb too", "Norland Athletics chief Ann Lee spoke. Norland Athletics has agreed.", [][2]string{{"Norland Athletics", org}, {"Ann Lee", extract.Person}, {"Norland Athletics", org}}, []string{"Norland Athletics", "Ann Lee"}},
		{"no noun after", "Half of them use Norland Internet.", [][2]string{{"Norland Internet", org}}, []string{"Norland Internet"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: hyphenNames{}}), tests)
}
