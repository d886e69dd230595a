package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// TestTrimAgencySources checks that the other sources a dateline's
// credit adds after "&" or "and" are cut from the outlet's name, and
// that a name whose words after the conjunction are no such sources
// stays whole.
func TestTrimAgencySources(t *testing.T) {
	const org = extract.Organization
	tests := []struct {
		name, text string
		mention    [2]string
		want       string
	}{
		{"an outlet and news agencies", "HARLOW (Velden Online & News Agencies) - The mayor won.", [2]string{"Velden Online & News Agencies", org}, "Velden Online"},
		{"an outlet and agencies", "HARLOW (Acme Wire and agencies) - The mayor won.", [2]string{"Acme Wire and agencies", org}, "Acme Wire"},
		{"a firm's founders' name", "HARLOW (Vell & Sons) - The mayor won.", [2]string{"Vell & Sons", org}, "Vell & Sons"},
		{"two agencies", "HARLOW (Acme Wire & Tarvik Press) - The mayor won.", [2]string{"Acme Wire & Tarvik Press", org}, "Acme Wire & Tarvik Press"},
		{"no dateline", "Staff at Velden Online & News Agencies won.", [2]string{"Velden Online & News Agencies", org}, "Velden Online & News Agencies"},
	}
	words, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: casedWords{}, Words: words})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mention)
			r.trimAgencySources(res)
			m := res.Mentions[0]
			if res.Doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, res.Doc.Text[m.Start:m.End])
			}
			if m.Text != tt.want {
				t.Errorf("got %q, want %q", m.Text, tt.want)
			}
		})
	}
}
