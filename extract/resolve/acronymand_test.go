package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinAcronymAnd checks that a name the acronym after it covers only
// in part takes in the words and the "and" before it that give the
// acronym's first initials, and that other names stay as they were.
func TestJoinAcronymAnd(t *testing.T) {
	const org, per = extract.Organization, extract.Person
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       []string
	}{
		{"cut at and, the first word untagged", "Shares in Tarvik and Norland Gas Corp (TNGC) rose.", [][2]string{{"Norland Gas Corp", org}, {"TNGC", org}}, []string{"Tarvik and Norland Gas Corp", "TNGC"}},
		{"two names the recognizer ran apart", "The Vell Services Employment and Pellam Rights Act (VSEPRA) passed.", [][2]string{{"Vell Services Employment", org}, {"Pellam Rights Act", org}, {"VSEPRA", org}}, []string{"Vell Services Employment and Pellam Rights Act", "VSEPRA"}},
		{"an ampersand", "Shares in Tarvik & Vell (T&V) rose.", [][2]string{{"Tarvik", org}, {"Vell", org}, {"T&V", org}}, []string{"Tarvik & Vell", "T&V"}},
		{"the acronym is the name's own", "Shares in Tarvik and Norland Gas Corp (NGC) rose.", [][2]string{{"Norland Gas Corp", org}, {"NGC", org}}, []string{"Norland Gas Corp", "NGC"}},
		{"initials that do not match", "Shares in Tarvik and Norland Gas Corp (ANGC) rose.", [][2]string{{"Norland Gas Corp", org}, {"ANGC", org}}, []string{"Norland Gas Corp", "ANGC"}},
		{"a comma parts the words", "The Ministry of Trade, Energy and Norland Power (TENP) met.", [][2]string{{"Norland Power", org}, {"TENP", org}}, []string{"Norland Power", "TENP"}},
		{"a person is left alone", "Ann Lee and Bo Ek (ALBE) met.", [][2]string{{"Bo Ek", per}, {"ALBE", org}}, []string{"Bo Ek", "ALBE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			joinAcronymAnd(res)
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
