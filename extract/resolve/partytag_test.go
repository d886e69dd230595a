package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

func TestPartyStateTag(t *testing.T) {
	tests := []struct {
		name string
		text string
		tag  string // the mention tested
		want bool
	}{
		{"party and state after a comma", "Sen. Ann Lee, D-Norl., said the bill would pass.", "D-Norl", true},
		{"party and state in brackets", "Sen. Ann Lee (R-Ost) said the bill would pass.", "R-Ost", true},
		{"dotted state", "Rep. Ann Lee, I-N.V., voted no.", "I-N.V.", true},
		{"a body's name with a possessive", "Ann Lee, X-Ray's chief, said sales rose.", "X-Ray", false},
		{"a longer word is a name", "Ann Lee, T-Market, said sales rose.", "T-Market", false},
		{"not after a person", "Acme, D-Norl., said the bill would pass.", "D-Norl", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &extract.Result{Doc: extract.Document{Text: tt.text}}
			first := strings.Index(tt.text, "Ann Lee")
			typ := extract.Person
			if first < 0 {
				first, typ = 0, extract.Organization
			}
			name := "Ann Lee"
			if typ == extract.Organization {
				name = "Acme"
			}
			res.Mentions = append(res.Mentions, extract.Mention{Start: first, End: first + len(name), Text: name, Type: typ})
			at := strings.Index(tt.text, tt.tag)
			m := extract.Mention{Start: at, End: at + len(tt.tag), Text: tt.tag, Type: extract.Organization}
			res.Mentions = append(res.Mentions, m)
			if got := partyStateTag(res, m); got != tt.want {
				t.Errorf("partyStateTag(%q) = %v, want %v", tt.tag, got, tt.want)
			}
		})
	}
}
