package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinPatronymics checks that a given name and "bin" (or "ibn")
// before a name the recognizer cut there join it as a person's name,
// leaving out an honorific, and that a lower-case word, an honorific
// alone and a word in capitals before the particle do not.
func TestJoinPatronymics(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []mentionStepRow{
		{"a word before bin", "Bo bin Tarvik's driver was charged.", [][2]string{{"Tarvik", per}}, [][2]string{{"Bo bin Tarvik", per}}},
		{"an honorific before the given name", "They buried Sheikh Bo bin Vell Al-Harlow on Monday.", [][2]string{{"Vell Al-Harlow", per}}, [][2]string{{"Bo bin Vell Al-Harlow", per}}},
		{"the given name a mention", "Sheik Bo ibn Vell won.", [][2]string{{"Sheik Bo", per}, {"Vell", loc}}, [][2]string{{"Bo ibn Vell", per}}},
		{"two particles", "Bo bin Vell bin Tarvik spoke.", [][2]string{{"Vell", per}, {"Tarvik", per}}, [][2]string{{"Bo bin Vell bin Tarvik", per}}},
		{"a lower-case word", "Put it in the recycling bin Acme sells.", [][2]string{{"Acme", org}}, [][2]string{{"Acme", org}}},
		{"an honorific alone", "Sheikh bin Tarvik spoke.", [][2]string{{"Tarvik", per}}, [][2]string{{"Tarvik", per}}},
		{"a word in capitals", "TARVIK bin Vell spoke.", [][2]string{{"Vell", per}}, [][2]string{{"Vell", per}}},
	}
	checkMentionStep(t, New(&Options{Aliases: boundNames{}}).joinPatronymics, tests)
}
