package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadlineLabels checks the headline-label construction: a common
// noun ending a label that opens a headline before a colon is cut off the
// name, and a body's word, a name after "&", a name the text writes whole
// or one that does not open the headline keep it.
func TestHeadlineLabels(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"a label's noun", "VL Slump: shares fall at last\n\nShares fell at Acme.", [][2]string{{"VL Slump", org}, {"Acme", org}}, []string{"VL", "Acme"}},
		{"a body's word", "Harlow Council: shares fall at last\n\nShares fell at Acme.", [][2]string{{"Harlow Council", org}, {"Acme", org}}, []string{"Harlow Council", "Acme"}},
		{"after an ampersand", "Acme & Slump: shares fall at last\n\nShares fell at Acme.", [][2]string{{"Acme & Slump", org}, {"Acme", org}}, []string{"Acme & Slump", "Acme"}},
		{"written whole in the text", "VL Slump: shares fall at last\n\nThe VL Slump hit shares.", [][2]string{{"VL Slump", org}, {"VL Slump", org}}, []string{"VL Slump"}},
		{"not opening the headline", "Shares fall, VL Slump: Acme\n\nShares fell at Acme.", [][2]string{{"VL Slump", org}, {"Acme", org}}, []string{"VL Slump", "Acme"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
