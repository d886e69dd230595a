package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// verbCasing knows how news writes a few verbs, nouns and made-up names.
type verbCasing struct{}

func (verbCasing) Canonical(string, string) (string, string, string, bool) { return "", "", "", false }
func (verbCasing) Casing(word string) (int, int, bool) {
	switch word {
	case "Persuade", "Deter", "Water", "Swiftly", "Reads":
		return 300, 20, true
	case "Harlow":
		return 2, 400, true
	}
	return 0, 0, false
}

func TestVerbWord(t *testing.T) {
	tests := []struct {
		name, word, typ string
		want            bool
	}{
		{"a verb alone", "Persuade", extract.Location, true},
		{"another verb", "Deter", extract.Organization, true},
		{"a noun and a verb", "Water", extract.Location, false},
		{"an adverb", "Swiftly", extract.Miscellaneous, false},
		{"a person's", "Persuade", extract.Person, false},
		{"a name news capitalises", "Harlow", extract.Location, false},
		{"in capitals", "PERSUADE", extract.Location, false},
		{"two words", "Persuade Harlow", extract.Location, false},
	}
	r := New(&Options{Aliases: verbCasing{}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := extract.Mention{Text: tt.word, Type: tt.typ}
			if got := r.verbWord(m); got != tt.want {
				t.Errorf("verbWord(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
