package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// TestTrimCorrelatives checks that a correlative or a negative adverb
// opening a name is cut, and that a name run over "nor" becomes two.
func TestTrimCorrelatives(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []struct {
		name, text string
		mention    [2]string
		want       []string
	}{
		{"neither opens the sentence", "Neither Harlow Council nor Acme would comment.", [2]string{"Neither Harlow Council", org}, []string{"Harlow Council"}},
		{"both after a comma", "He said, both Ann Lee and Bo Ek agreed.", [2]string{"both Ann Lee", per}, []string{"Ann Lee"}},
		{"a negative adverb", "Never Acme Group again, he said.", [2]string{"Never Acme Group", org}, []string{"Acme Group"}},
		{"a name run over nor", "Neither Acme nor Tarvik thrilled investors.", [2]string{"Acme nor Tarvik", org}, []string{"Acme", "Tarvik"}},
		{"both at once", "Neither Acme nor Tarvik thrilled investors.", [2]string{"Neither Acme nor Tarvik", org}, []string{"Acme", "Tarvik"}},
		{"the determiner no stays", "They met the No Tarvik Group there.", [2]string{"No Tarvik Group", org}, []string{"No Tarvik Group"}},
		{"a title keeps its words", "She read Neither Harlow Nor Here.", [2]string{"Neither Harlow Nor Here", misc}, []string{"Neither Harlow Nor Here"}},
		{"the next word in lower case", "Both the Acme Group and Tarvik fell.", [2]string{"Both the Acme Group", org}, []string{"Both the Acme Group"}},
	}
	words, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: casedWords{}, Words: words})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mention)
			r.trimCorrelatives(res)
			var got []string
			for _, m := range res.Mentions {
				if res.Doc.Text[m.Start:m.End] != m.Text {
					t.Errorf("mention %q at [%d,%d) reads %q", m.Text, m.Start, m.End, res.Doc.Text[m.Start:m.End])
				}
				got = append(got, m.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}
