package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestAcronymPrefixes checks the acronym-prefix rule: capitals in no name
// right before a body's name open it, and a sentence's first word, a
// capitalised word before them or capitals in a name of their own are
// left alone.
func TestAcronymPrefixes(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"capitals in no name", "Regulators blocked VLQ Tarvikcom's bid.", [][2]string{{"Tarvikcom", org}}, []string{"VLQ Tarvikcom"}},
		{"a capitalised word before", "Then Harlow VLQ Tarvikcom rose.", [][2]string{{"Tarvikcom", org}}, []string{"Tarvikcom"}},
		{"capitals in a name", "Regulators blocked VLQ Tarvikcom's bid.", [][2]string{{"VLQ", org}, {"Tarvikcom", org}}, []string{"VLQ", "Tarvikcom"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
