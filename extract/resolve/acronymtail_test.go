package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAcronymPlurals checks that an office's plural acronym after a
// demonym is cut off the name, and that one after another name stays.
func TestAcronymPlurals(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"a demonym's", "There are more Norlandish MPs at Harlow.", [][2]string{{"Norlandish MPs", org}}, []string{"Norland"}},
		{"another name's", "There are more Tarvik MPs at Harlow.", [][2]string{{"Tarvik MPs", org}}, []string{"Tarvik MPs"}},
	}
	checkEntityNames(t, New(&Options{Aliases: demonymAliases{}, Words: pertainymLexicon(t)}), tests)
}
