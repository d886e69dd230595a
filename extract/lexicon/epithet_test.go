package lexicon

import "testing"

// TestEpithet checks that an adjective, or its comparative, reads as a
// byname after "the", and that a noun, also when an adjective too, does
// not.
func TestEpithet(t *testing.T) {
	l := lex(t)
	tests := []struct {
		name, word string
		want       bool
	}{
		{"comparative", "Younger", true},
		{"superlative", "Youngest", true},
		{"adjective only", "Terrible", true},
		{"noun and adjective", "Native", false},
		{"noun", "Road", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Epithet(tc.word); got != tc.want {
				t.Errorf("Epithet(%q) = %v, want %v", tc.word, got, tc.want)
			}
		})
	}
}
