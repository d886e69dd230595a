package claim

import (
	"testing"

	"github.com/kg-project/kg/extract/lexicon"
)

// TestPersonRole checks the classes that name a person by what the
// person is or does, and nouns of other classes.
func TestPersonRole(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lemma string
		want        bool
	}{
		{"person noun", "woman", true},
		{"office", "minister", true},
		{"occupation", "lawyer", true},
		{"body of government", "parliament", false},
		{"statement", "report", false},
		{"thing", "table", false},
	} {
		if got := personRole(lex.Classes(tc.lemma)); got != tc.want {
			t.Errorf("%s: personRole(%q) = %v, want %v", tc.name, tc.lemma, got, tc.want)
		}
	}
}

// TestBodyNoun checks the classes of a body that speaks, and nouns of
// other classes.
func TestBodyNoun(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, lemma string
		want        bool
	}{
		{"body of government", "ministry", true},
		{"company", "firm", true},
		{"party", "party", true},
		{"news medium", "newspaper", true},
		{"person", "minister", false},
		{"thing", "table", false},
	} {
		if got := bodyNoun(lex.Classes(tc.lemma)); got != tc.want {
			t.Errorf("%s: bodyNoun(%q) = %v, want %v", tc.name, tc.lemma, got, tc.want)
		}
	}
}
