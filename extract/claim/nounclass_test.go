package claim

import (
	"testing"

	"github.com/kg-project/kg/extract/lexicon"
)

// TestNounClasses checks the class tests of a noun: personRole (a
// person by what the person is or does) and bodyNoun (a body that
// speaks), each on nouns of its classes and of others.
func TestNounClasses(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lemma string
		test        func(lexicon.Classes) bool
		want        bool
	}{
		{"person noun", "woman", personRole, true},
		{"office", "minister", personRole, true},
		{"occupation", "lawyer", personRole, true},
		{"body of government, no person", "parliament", personRole, false},
		{"statement, no person", "report", personRole, false},
		{"thing, no person", "table", personRole, false},
		{"body of government", "ministry", bodyNoun, true},
		{"company", "firm", bodyNoun, true},
		{"party", "party", bodyNoun, true},
		{"news medium", "newspaper", bodyNoun, true},
		{"person, no body", "minister", bodyNoun, false},
		{"thing, no body", "table", bodyNoun, false},
	} {
		if got := tc.test(lex.Classes(tc.lemma)); got != tc.want {
			t.Errorf("%s: %q = %v, want %v", tc.name, tc.lemma, got, tc.want)
		}
	}
}
