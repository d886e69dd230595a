package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTrimQuantifiers checks that a determiner opening a sentence or a
// quotation is cut off a name that modifies a plural noun after it (a
// country's name left a place's), and that a name before a verb, one
// inside a sentence and a title are left whole.
func TestTrimQuantifiers(t *testing.T) {
	const org, loc, misc = extract.Organization, extract.Location, extract.Miscellaneous
	tests := []mentionStepRow{
		{"a quotation's first word", `Ann Lee said: "All Norland companies should take note."`, [][2]string{{"All Norland", org}}, [][2]string{{"Norland", loc}}},
		{"a sentence's first word", "Some Harlow banks rose.", [][2]string{{"Some Harlow", loc}}, [][2]string{{"Harlow", loc}}},
		{"a verb after", "All Saints won the award.", [][2]string{{"All Saints", org}}, [][2]string{{"All Saints", org}}},
		{"inside a sentence", "He said All Norland firms paid.", [][2]string{{"All Norland", org}}, [][2]string{{"All Norland", org}}},
		{"a title", "All Harbour Songs sold well.", [][2]string{{"All Harbour", misc}}, [][2]string{{"All Harbour", misc}}},
	}
	r := New(&Options{Aliases: boundNames{}})
	checkTaggedStep(t, func(res *extract.Result) {
		r.trimQuantifiers(res)
	}, tests)
}
