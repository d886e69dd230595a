package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGivenSurnames checks the given-surname construction: a given name
// the recognizer left out before a word the document writes after an
// honorific too joins it as a person's name, and without the honorific,
// or before a word in another name, nothing is joined.
func TestGivenSurnames(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"honorific elsewhere", "Finance Minister Ann Harlow spoke. Ms Harlow said no.", [][2]string{{"Harlow", org}, {"Ms Harlow", org}}, []string{"Ann Harlow"}},
		{"honorific read as a person's", "Then Bo Vell spoke. Mr Vell said no.", [][2]string{{"Vell", loc}, {"Mr Vell", per}}, []string{"Bo Vell"}},
		{"no honorific", "Finance Minister Ann Harlow spoke. Harlow said no.", [][2]string{{"Harlow", loc}, {"Harlow", loc}}, []string{"Harlow"}},
		{"an unlisted given name after a title", "Finance Minister Tove Harlow spoke. Ms Harlow said no.", [][2]string{{"Harlow", org}, {"Ms Harlow", org}}, []string{"Tove Harlow"}},
		{"an unlisted given name", "Then Tove Harlow spoke. Ms Harlow said no.", [][2]string{{"Harlow", org}, {"Ms Harlow", org}}, []string{"Harlow", "Ms Harlow"}},
		{"given name in another name", "The Ann Harlow spoke. Ms Harlow said no.", [][2]string{{"The Ann", org}, {"Harlow", org}, {"Ms Harlow", org}}, []string{"Ann", "Harlow", "Ms Harlow"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}
