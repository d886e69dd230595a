package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// seasonWords is casedWords that writes "spring" and "winter" in lower
// case mostly.
type seasonWords struct{ casedWords }

func (seasonWords) Casing(word string) (int, int, bool) {
	switch word {
	case "Spring", "Winter", "Times":
		return 900, 60, true
	}
	return casedWords{}.Casing(word)
}

// TestTimeSpanWords checks that a season's word capitalised alone names
// no place, and that a person's name, a body's and a plural stay.
func TestTimeSpanWords(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a season read as a place", "The fair will reopen in Spring next year.", [][2]string{{"Spring", loc}}, nil},
		{"after \"the\"", "The bill will come in the Spring, he said.", [][2]string{{"Spring", loc}}, nil},
		{"a person's name", "Later Winter said no.", [][2]string{{"Winter", per}}, []string{"Winter"}},
		{"a body's name", "He told the Spring he would stay.", [][2]string{{"Spring", org}}, []string{"Spring"}},
		{"a work's name", "She praised the film Spring at the show.", [][2]string{{"Spring", extract.Miscellaneous}}, []string{"Spring"}},
		{"a title read as a place", "She praised the film Spring at the show.", [][2]string{{"Spring", loc}}, []string{"Spring"}},
		{"a plural", "He told the Times he would stay.", [][2]string{{"Times", loc}}, []string{"Times"}},
	}
	checkEntityNames(t, New(&Options{Aliases: seasonWords{}, Words: pertainymLexicon(t)}), tests)
}
