package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinBareAnd checks that a capitalised common word and "and" the
// recognizer left out before a one-word name of a common noun are taken
// into it, and that a sentence's first word, a proper word, a listed
// name, a word for a kind of body, a capitalised word or a noun after
// the name keep it alone.
func TestJoinBareAnd(t *testing.T) {
	const org, loc = extract.Organization, extract.Location
	tests := []entityRow{
		{"two common nouns", "She had nominations for Rain and Night last year.",
			[][2]string{{"Night", org}}, []string{"Rain and Night"}},
		{"at the sentence's start", "Rain and Night fell on the town.",
			[][2]string{{"Night", org}}, []string{"Night"}},
		{"a proper word first", "She had nominations for Pellam and Night last year.",
			[][2]string{{"Night", org}}, []string{"Night"}},
		{"a proper word last", "She had nominations for Rain and Pellam last year.",
			[][2]string{{"Pellam", loc}}, []string{"Pellam"}},
		{"a body's word", "She had nominations for Rain and Hall last year.",
			[][2]string{{"Hall", org}}, []string{"Hall"}},
		{"a capitalised word after", "She had nominations for Rain and Night Harlow last year.",
			[][2]string{{"Night", org}}, []string{"Night"}},
		{"a noun after", "She joined the Rain and Winter department last year.",
			[][2]string{{"Winter", org}}, []string{"Winter"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}
