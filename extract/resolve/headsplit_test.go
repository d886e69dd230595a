package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestHeadlineFunctionWords checks that a headline's name glued at a
// preposition, a modal or an ampersand is split into the parts the text
// names, and that a name the text writes with its function word, or
// whose parts the text does not name, is left whole.
func TestHeadlineFunctionWords(t *testing.T) {
	const org, per, misc = extract.Organization, extract.Person, extract.Miscellaneous
	tests := []entityRow{
		{"a preposition in lower case", "Harlow Nights for Awards\n\nThe film Harlow Nights is up for two Awards on Monday.",
			[][2]string{{"Harlow Nights for Awards", misc}, {"Harlow Nights", misc}, {"Awards", misc}}, []string{"Harlow Nights", "Awards"}},
		{"a modal", "Acme Will Rename Stores\n\nAcme said it would rename its stores.",
			[][2]string{{"Acme Will Rename Stores", org}, {"Acme", org}}, []string{"Acme"}},
		{"an ampersand", "Acme & Tarvik Sign Deal\n\nAcme Corp. and Tarvik signed a deal. Acme said so.",
			[][2]string{{"Acme & Tarvik Sign", org}, {"Acme Corp.", org}, {"Tarvik", org}, {"Acme", org}}, []string{"Acme Corp.", "Tarvik"}},
		{"the opening words of longer names", "Orvik & Tarvik Sign Pact\n\nOrvik Corp. and Tarvik Electronics signed a pact.",
			[][2]string{{"Orvik & Tarvik", org}, {"Orvik Corp.", org}, {"Tarvik Electronics", org}}, []string{"Orvik Corp.", "Tarvik Electronics"}},
		{"a capitalised to in a mixed headline", "Acme To Buy Tarvik Deal with Bo Ek\n\nAcme will buy the firm, Bo Ek said.",
			[][2]string{{"Acme To Buy Tarvik Deal", org}, {"Bo Ek", per}, {"Acme", org}, {"Bo Ek", per}}, []string{"Acme", "Bo Ek"}},
		{"the text writes the word in the name", "Department for Harlow Bans Phones\n\nThe Department for Harlow said so.",
			[][2]string{{"Department for Harlow Bans Phones", org}, {"Department for Harlow", org}}, []string{"Department for Harlow"}},
		{"a firm's ampersand", "Pellam & Vell Profits Fall\n\nPellam & Vell said its profits fell. Pellam shares fell.",
			[][2]string{{"Pellam & Vell Profits", org}, {"Pellam & Vell", org}, {"Pellam", org}}, []string{"Pellam & Vell"}},
		{"no part named", "Tarvik Will Rename Stores\n\nThe firm said so.",
			[][2]string{{"Tarvik Will Rename Stores", org}}, []string{"Tarvik Will Rename Stores"}},
		{"a lower-case word outside title case", "Acme and Bo Ek to part with Harlow Trust staff\n\nAcme said so.",
			[][2]string{{"Acme", org}, {"Bo Ek", per}, {"Harlow Trust", org}, {"Acme", org}}, []string{"Acme", "Bo Ek", "Harlow Trust"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
