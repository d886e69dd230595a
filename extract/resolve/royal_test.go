package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTrimRoyalTitles checks that a royal or noble title before a full
// name is cut off the name, and before the surname alone of a name so
// cut, while a title before one name, a regnal number or "of" stays.
func TestTrimRoyalTitles(t *testing.T) {
	const per, loc = extract.Person, extract.Location
	tests := []entityRow{
		{"a king before a full name", "Rain fell. The son of King Bo Tarvik Ek spoke.",
			[][2]string{{"King Bo Tarvik Ek", per}}, []string{"Bo Tarvik Ek/PER"}},
		{"the surname alone after the full name", "Rain fell. King Bo Ek spoke. Later King Ek left.",
			[][2]string{{"King Bo Ek", per}, {"King Ek", per}}, []string{"Bo Ek/PER"}},
		{"a ruler's title", "Rain fell. Sheikh Bo Ek spoke.",
			[][2]string{{"Sheikh Bo Ek", per}}, []string{"Bo Ek/PER"}},
		{"one name", "Rain fell. Prince Tarvik spoke.",
			[][2]string{{"Prince Tarvik", per}}, []string{"Prince Tarvik/PER"}},
		{"a regnal number", "Rain fell. Queen Ann II spoke.",
			[][2]string{{"Queen Ann II", per}}, []string{"Queen Ann II/PER"}},
		{"no person's name", "Rain fell. They met at King Bo Ek Hall.",
			[][2]string{{"King Bo Ek Hall", loc}}, []string{"King Bo Ek Hall/LOC"}},
	}
	checkNameTypes(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestTrimRoyalTitlesMentions checks the mentions the royal-title
// construction leaves: a form of address stays in the name.
func TestTrimRoyalTitlesMentions(t *testing.T) {
	const per = extract.Person
	r := New(&Options{Aliases: casedWords{}})
	checkMentionStep(t, r.trimRoyalTitles, []mentionStepRow{
		{"a king's title is cut", "Rain fell. King Bo Tarvik Ek spoke.",
			[][2]string{{"King Bo Tarvik Ek", per}}, [][2]string{{"Bo Tarvik Ek", per}}},
		{"a form of address stays", "Rain fell. Lady Ann Tarvik Lee spoke.",
			[][2]string{{"Lady Ann Tarvik Lee", per}}, [][2]string{{"Lady Ann Tarvik Lee", per}}},
	})
}
