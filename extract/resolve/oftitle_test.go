package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// ofTitleNames knows titleNames' names and how news writes a few more
// words: common nouns titles open with, and a month's name.
type ofTitleNames struct{ titleNames }

func (t ofTitleNames) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "revenge", "attack", "highlights", "part", "lawyer":
		return 300, 40, true
	case "november":
		return 0, 500, true
	}
	return t.titleNames.Casing(word)
}

// TestExtendOfTheOpeners checks that a capitalised common noun and "of
// the" the recognizer left out before a name open that name, inside a
// sentence or opening one on a works page, and that a month, a word for
// a body, a noun for people, a plural opening a sentence, a page with no
// work's noun, a name before a noun and a listed place stay apart.
func TestExtendOfTheOpeners(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"after a word in lower case", "Ann Lee starred in Revenge of the Velden last year.",
			[][2]string{{"Ann Lee", per}, {"Velden", per}}, []string{"Ann Lee", "Revenge of the Velden"}},
		{"a capitalised The", "Fans saw Attack of The Kelsos on Friday.",
			[][2]string{{"The Kelsos", loc}}, []string{"Attack of The Kelsos"}},
		{"after a dash", "It was Episode Two - Attack of the Kelsos, a film.",
			[][2]string{{"Kelsos", org}}, []string{"Attack of the Kelsos"}},
		{"opening a sentence on a works page", "Attack of the Kelsos took $5m. The film opened on Friday.",
			[][2]string{{"Kelsos", org}}, []string{"Attack of the Kelsos"}},
		{"opening a sentence elsewhere", "Attack of the Kelsos took $5m on Friday.",
			[][2]string{{"Kelsos", org}}, []string{"Kelsos"}},
		{"a plural opening a sentence", "Highlights of the Harlow Gala will be shown. The film opened on Friday.",
			[][2]string{{"Harlow Gala", org}}, []string{"Harlow Gala"}},
		{"a month", "It was bought last November of the Tarvik group.",
			[][2]string{{"Tarvik", org}}, []string{"Tarvik"}},
		{"a word for a body", "She joined the Bank of the Kelsos on Monday.",
			[][2]string{{"Kelsos", org}}, []string{"Kelsos"}},
		{"a noun for people", "He met the Lawyer of the Kelsos on Monday.",
			[][2]string{{"Kelsos", org}}, []string{"Kelsos"}},
		{"a name before a noun", "He starred in Revenge of the Velden series.",
			[][2]string{{"Velden", per}}, []string{"Velden"}},
		{"a listed place", "They walked in Part of the Harlow on Monday.",
			[][2]string{{"Harlow", loc}}, []string{"Harlow"}},
		{"a capitalised word after", "He starred in Revenge of the Velden Cup Final.",
			[][2]string{{"Velden", per}}, []string{"Velden"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: ofTitleNames{}}), tests)
}
