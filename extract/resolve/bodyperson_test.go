package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSplitBodyPersons checks that a body's name run on into the
// person's name after it is parted, post-nominal letters and all, and
// that a name with no given name after its kind word, a kind word first
// or a kind word among the words after it stays whole.
func TestSplitBodyPersons(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"committee and person", "Homes\n\nA note the Vellmar Parks Committee Bo Ek wrote was lost.", [][2]string{{"Vellmar Parks Committee Bo Ek", org}}, []string{"Vellmar Parks Committee", "Bo Ek"}},
		{"with a middle name", "Homes\n\nThe Tarvik Council Bo Vell Ek spoke.", [][2]string{{"Tarvik Council Bo Vell Ek", org}}, []string{"Tarvik Council", "Bo Vell Ek"}},
		{"with letters after", "Homes\n\nTwo letters from Vellmar Parks Committee Bo Ek QC came.", [][2]string{{"Vellmar Parks Committee Bo Ek QC", org}}, []string{"Vellmar Parks Committee", "Bo Ek"}},
		{"no given name", "Homes\n\nThe Harlow Council Vell Street office shut.", [][2]string{{"Harlow Council Vell Street", org}}, []string{"Harlow Council Vell Street"}},
		{"a kind word after", "Homes\n\nThe Harlow Bank Ann Lee Group gave.", [][2]string{{"Harlow Bank Ann Lee Group", org}}, []string{"Harlow Bank Ann Lee Group"}},
		{"right after of", "Homes\n\nThe Minister of Harlow Council Ann Lee spoke.", [][2]string{{"Harlow Council Ann Lee", org}}, []string{"Harlow Council Ann Lee"}},
		{"kind word first", "Homes\n\nCouncil Ann Lee spoke.", [][2]string{{"Council Ann Lee", org}}, []string{"Council Ann Lee"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}
