package annotate

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
)

// TestWireCredits checks the wire-credit construction: the name in
// brackets that ends the headline, repeated before a dash where the text
// opens, is a credit twice (once when the headline is a title apart from
// the text).
func TestWireCredits(t *testing.T) {
	for _, tc := range []struct {
		name, title, text string
		want              []string
	}{
		{"headline and body", "", "Rain Hits Harlow (NP)\n\nNP - The mayor said it rained.", []string{"NP", "NP"}},
		{"a credit of three words", "", "Rain Hits Harlow (Tarvik Daily News)\n\nTarvik Daily News - The mayor spoke.", []string{"Tarvik Daily News", "Tarvik Daily News"}},
		{"a web address", "", "Rain Hits Harlow (acme.com)\n\nacme.com - The mayor spoke.", nil},
		{"a title apart from the text", "Rain Hits Harlow (NP)", "NP - The mayor said it rained.", []string{"NP"}},
		{"no dash after the name", "", "Rain Hits Harlow (NP)\n\nNP said the mayor won.", nil},
		{"another name opens the text", "", "Rain Hits Harlow (NP)\n\nNorland - The mayor won.", nil},
		{"no bracket ends the headline", "", "Rain Hits Harlow\n\nNP - The mayor won.", nil},
		{"a bracket of six words", "", "Rain (A B C D E F)\n\nA B C D E F - The mayor won.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := extract.Document{Text: tc.text, Title: tc.title}
			res := &extract.Result{Doc: doc, Sentences: split(doc.Text)}
			res.Headline = Headline(doc)
			var got []string
			for _, c := range WireCredits(res) {
				got = append(got, tc.text[c.Start:c.End])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("credits (-want +got):\n%s", diff)
			}
		})
	}
}
