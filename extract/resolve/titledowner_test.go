package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTitledOwners checks the titled-owner construction: a name run over
// a possessive and a common noun after a capitalised office's title is
// cut back to the owner, a person, and one with no title before it, or a
// name after the possessive, is left to the other possessive rules.
func TestTitledOwners(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"after a title", "Prime Minister Vell's Cabinet met on Friday.", [][2]string{{"Vell's Cabinet", org}}, []string{"Vell"}},
		{"no title before", "Then Vell's Cabinet met on Friday.", [][2]string{{"Vell's Cabinet", org}}, []string{"Vell's Cabinet"}},
		{"a name after the possessive", "Prime Minister Vell's Tarvik met on Friday.", [][2]string{{"Vell's Tarvik", org}}, []string{"Vell's Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
