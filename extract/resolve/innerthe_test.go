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

// TestExtendInnerThe checks that a capitalised "The" the recognizer left
// out right before a name inside a sentence goes on the name, and that
// a sentence's, a colon's or a quote's capital, one after a capitalised
// word, and a body's name (its word for a kind of body, its legal form,
// an initialism) are left alone.
func TestExtendInnerThe(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []mentionStepRow{
		{"after a word in lower case", "She read The Harbour Code twice.", [][2]string{{"Harbour Code", misc}}, [][2]string{{"The Harbour Code", misc}}},
		{"a person's name", "He starred in The Tarvik Show last year.", [][2]string{{"Tarvik Show", per}}, [][2]string{{"The Tarvik Show", per}}},
		{"a body's word", "Shares of The Vell Group rose.", [][2]string{{"Vell Group", org}}, [][2]string{{"Vell Group", org}}},
		{"a legal form", "Shares of The Vell Co rose.", [][2]string{{"Vell Co", org}}, [][2]string{{"Vell Co", org}}},
		{"an initialism", "Shares on The NSE rose.", [][2]string{{"NSE", org}}, [][2]string{{"NSE", org}}},
		{"after a bracket", "Ann Lee (The Vell Years, NBS Two) won.", [][2]string{{"Ann Lee", per}, {"Vell Years", misc}}, [][2]string{{"Ann Lee", per}, {"The Vell Years", misc}}},
		{"the sentence's capital", "The Harbour Code sold well.", [][2]string{{"Harbour Code", misc}}, [][2]string{{"Harbour Code", misc}}},
		{"after a colon", "He said: The Harlow Council will pay.", [][2]string{{"Harlow Council", org}}, [][2]string{{"Harlow Council", org}}},
		{"after a quote", `He said "The Harlow Council will pay."`, [][2]string{{"Harlow Council", org}}, [][2]string{{"Harlow Council", org}}},
		{"after a capitalised word", "Acme The Vell Group said so.", [][2]string{{"Acme", org}, {"Vell Group", org}}, [][2]string{{"Acme", org}, {"Vell Group", org}}},
	}
	checkMentionStep(t, New(&Options{Aliases: boundNames{}}).extendInnerThe, tests)
}
