package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// monthWords is casedWords with "last" a word news writes in lower case.
type monthWords struct{ casedWords }

func (m monthWords) Casing(word string) (int, int, bool) {
	if word == "Last" || word == "last" {
		return 900, 300, true
	}
	return m.casedWords.Casing(word)
}

// TestGivenMonths checks the given-month construction: a given name, or a
// rare capitalised word before a verb of saying or a person's role, and a
// month's name after it are a person's name the recognizer left out; a
// date, a common word and a name already read are not.
func TestGivenMonths(t *testing.T) {
	words, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []entityRow{
		{"given name before a verb", "Bo June said the plan was wrong.", nil, []string{"Bo June"}},
		{"given name before a comma", "Ann May, 45, won.", nil, []string{"Ann May"}},
		{"rare word before a kind of person", "Tova May, a union organiser, said the plan failed.", nil, []string{"Tova May"}},
		{"rare word before an office", "Tova May, deputy mayor since 2001, wrote to the board.", nil, []string{"Tova May"}},
		{"rare word before a verb of saying", "Tova May said the plan failed.", nil, []string{"Tova May"}},
		{"a date", "Bo May 5 was the day.", nil, nil},
		{"a common word", "Last May, the minister quit.", nil, nil},
		{"rare word, no person's role", "Tova May, then June, passed.", nil, nil},
		{"rare word before another verb", "Tova May won the race.", nil, nil},
		{"already a name", "Ann May said no.", [][2]string{{"Ann May", extract.Person}}, []string{"Ann May"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: monthWords{}, Words: words}), tests)
}
