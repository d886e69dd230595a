package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestInnerThe checks that a name written with a capitalised "The"
// inside its sentence keeps the article as its canonical name's first
// word, and that a sentence's, a quote's or a dateline's capital does
// not.
func TestInnerThe(t *testing.T) {
	const org, misc = extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a title inside the sentence", "She starred in The Harlow Years last May.",
			[][2]string{{"The Harlow Years", misc}}, []string{"The Harlow Years"}},
		{"a band inside the sentence", "Fans of The Tarviks cheered.",
			[][2]string{{"The Tarviks", org}}, []string{"The Tarviks"}},
		{"the sentence's capital", "The Harlow Years won a prize.",
			[][2]string{{"The Harlow Years", misc}}, []string{"Harlow Years"}},
		{"a quote's capital", `Ann Lee said: "The Harlow Years won a prize."`,
			[][2]string{{"The Harlow Years", misc}}, []string{"Harlow Years"}},
		{"after a dateline's dash", "HARLOW -- The Harlow Games ended today.",
			[][2]string{{"The Harlow Games", misc}}, []string{"Harlow Games"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
