package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPlaceWordFirms checks that a firm's first word taken for a place
// joins the firm's full name when it says something after the full name,
// and that a place's frame, no verb of saying, the short word first and
// two such names keep them apart.
func TestPlaceWordFirms(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"the subject of said", "Harlow Instruments posted a profit. Harlow said sales were strong.",
			[][2]string{{"Harlow Instruments", org}, {"Harlow", loc}}, []string{"Harlow Instruments"}},
		{"after a relative clause", "Harlow Instruments grew. Harlow, which makes tools, said sales rose. Shares in Harlow fell.",
			[][2]string{{"Harlow Instruments", org}, {"Harlow", loc}, {"Harlow", loc}}, []string{"Harlow Instruments"}},
		{"in a place's frame too", "Harlow Instruments grew. Harlow said sales rose. It hired staff in Harlow.",
			[][2]string{{"Harlow Instruments", org}, {"Harlow", loc}, {"Harlow", loc}}, []string{"Harlow Instruments", "Harlow"}},
		{"based there", "Harlow Instruments grew. Harlow said sales rose. A Harlow-based rival fell.",
			[][2]string{{"Harlow Instruments", org}, {"Harlow", loc}, {"Harlow", loc}}, []string{"Harlow Instruments", "Harlow"}},
		{"no verb of saying", "Harlow Instruments grew. Harlow grew too.",
			[][2]string{{"Harlow Instruments", org}, {"Harlow", loc}}, []string{"Harlow Instruments", "Harlow"}},
		{"the short word first", "Harlow said sales rose. Harlow Instruments grew.",
			[][2]string{{"Harlow", loc}, {"Harlow Instruments", org}}, []string{"Harlow", "Harlow Instruments"}},
		{"two such names", "Harlow Instruments and Harlow Foods grew. Harlow said so.",
			[][2]string{{"Harlow Instruments", org}, {"Harlow Foods", org}, {"Harlow", loc}}, []string{"Harlow Instruments", "Harlow Foods", "Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
