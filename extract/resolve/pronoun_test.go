package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

func TestPronounAlone(t *testing.T) {
	tests := []struct {
		name, word, typ string
		want            bool
	}{
		{"I as a person", "I", extract.Person, true},
		{"I as a place", "I", extract.Location, true},
		{"we as a person", "We", extract.Person, true},
		{"a title", "It", extract.Miscellaneous, false},
		{"a country's initials", "US", extract.Location, false},
		{"a field's initials", "IT", extract.Person, false},
		{"a name", "Ann", extract.Person, false},
		{"a pronoun in a name", "I Am", extract.Person, false},
	}
	r := New(&Options{Aliases: verbCasing{}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.pronounAlone(extract.Mention{Text: tt.word, Type: tt.typ}); got != tt.want {
				t.Errorf("pronounAlone(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// TestAnswerAlone checks that a vote's answer the tagger read as a
// place's or a person's name is no name, and that a body's stays.
func TestAnswerAlone(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a place's", "He backs the No campaign in Harlow.", [][2]string{{"No", loc}, {"Harlow", loc}}, []string{"Harlow"}},
		{"a person's", "Ann Lee runs Vote Yes.", [][2]string{{"Ann Lee", per}, {"Yes", per}}, []string{"Ann Lee"}},
		{"a body's", "The band Yes played.", [][2]string{{"Yes", org}}, []string{"Yes"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestCapsAuxiliary checks that an auxiliary verb in capitals for stress
// inside a sentence names nothing, and that one among capitals stays to
// the headline rules.
func TestCapsAuxiliary(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"stress", "Rates\n\nIn the end Acme DID pay the fee.", [][2]string{{"Acme", org}, {"DID", org}}, []string{"Acme"}},
		{"among capitals", "Rates\n\nACME HAS WON.", [][2]string{{"HAS", org}}, []string{"HAS"}},
		{"no auxiliary", "Rates\n\nThe ACME fee was paid.", [][2]string{{"ACME", org}}, []string{"ACME"}},
	}
	checkEntityNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
