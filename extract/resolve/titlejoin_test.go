package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// titleNames knows boundNames' names and how news writes a few common
// nouns that titles capitalise.
type titleNames struct{ boundNames }

func (t titleNames) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "rain", "night", "hall", "winter", "city":
		return 300, 40, true
	}
	return t.boundNames.Casing(word)
}

// TestJoinTitleWords checks that a title the tagger cut at a function
// word before a capitalised common noun is joined into one name, and
// that a name before a phrase, a headline and a listed or proper name
// after the function word stay apart.
func TestJoinTitleWords(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"a verb and the noun", "She met the Dancing the Night director on Monday.",
			[][2]string{{"Dancing", misc}, {"Night", org}}, []string{"Dancing the Night"}},
		{"a name and in", "The success of Pellam in Winter surprised him.",
			[][2]string{{"Pellam", per}, {"Winter", loc}}, []string{"Pellam in Winter"}},
		{"an article opens the title", "Films such as The Harp in the Night did well.",
			[][2]string{{"The Harp", org}, {"Night", loc}}, []string{"The Harp in the Night"}},
		{"a possessive opens the title", "Ann Lee starred in My Summer of Rain last year.",
			[][2]string{{"Ann Lee", per}, {"My Summer", misc}, {"Rain", loc}}, []string{"Ann Lee", "My Summer of Rain"}},
		{"a person's full name", "He told Ann Lee of the City on Monday.",
			[][2]string{{"Ann Lee", per}, {"City", org}}, []string{"Ann Lee", "City"}},
		{"a place before the phrase", "Pellam played Harlow in Winter.",
			[][2]string{{"Pellam", org}, {"Harlow", loc}, {"Winter", loc}}, []string{"Pellam", "Harlow", "Winter"}},
		{"a proper name after the word", "Pellam in Ostmark surprised him.",
			[][2]string{{"Pellam", per}, {"Ostmark", loc}}, []string{"Pellam", "Ostmark"}},
		{"a miscellaneous short name", "Pellam in the City surprised him.",
			[][2]string{{"Pellam", org}, {"City", misc}}, []string{"Pellam", "City"}},
		{"a capitalised word after the noun", "The success of Pellam in Winter Harlow surprised him.",
			[][2]string{{"Pellam", per}, {"Winter Harlow", loc}}, []string{"Pellam", "Winter Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestJoinWorkAnd checks that a title opened by a capitalised common word
// after a singular noun for a work and cut at "and" is joined into one
// name, and that a plural noun, a proper name first, a person's name
// second, or a capitalised word after the title keep the parts apart.
func TestJoinWorkAnd(t *testing.T) {
	const per, loc = extract.Person, extract.Location
	tests := []entityRow{
		{"a record's noun", "The album follows single Rain and Harlow Hall, which did well.",
			[][2]string{{"Rain", loc}, {"Harlow Hall", loc}}, []string{"Rain and Harlow Hall"}},
		{"a film's noun", "She praised the film Night and Harlow at the show.",
			[][2]string{{"Night", loc}, {"Harlow", loc}}, []string{"Night and Harlow"}},
		{"a plural noun", "She praised the films Night and Harlow at the show.",
			[][2]string{{"Night", loc}, {"Harlow", loc}}, []string{"Night", "Harlow"}},
		{"a proper name first", "She praised the film Pellam and Harlow at the show.",
			[][2]string{{"Pellam", loc}, {"Harlow", loc}}, []string{"Pellam", "Harlow"}},
		{"a person second", "She praised the film Night and Ann Lee sang.",
			[][2]string{{"Night", loc}, {"Ann Lee", per}}, []string{"Night", "Ann Lee"}},
		{"a capitalised word after", "She praised the film Night and Harlow Monday.",
			[][2]string{{"Night", loc}, {"Harlow", loc}}, []string{"Night", "Harlow"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}
