package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestJoinCoordinatedNames checks that a name cut at its inner "and" is
// joined (two places before a body's name, two demonyms before a team's,
// a list's last words, "and Co."), and that two names are left two.
func TestJoinCoordinatedNames(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"two countries before a board", "Ann Lee chairs the Norland and Ostmark Rugby Board.",
			[][2]string{{"Ann Lee", per}, {"Norland", loc}, {"Ostmark Rugby Board", org}}, []string{"Ann Lee", "Norland and Ostmark Rugby Board"}},
		{"two demonyms before a team", "He fears the Norlandic and Ostmarkish Rovers.",
			[][2]string{{"Norlandic", loc}, {"Ostmarkish Rovers", org}}, []string{"Norlandic and Ostmarkish Rovers"}},
		{"a country and a club", "Fans of Norland and Ostmark Rovers met.",
			[][2]string{{"Norland", loc}, {"Ostmark Rovers", org}}, []string{"Norland", "Ostmark Rovers"}},
		{"a list's last word", "Cuts at the Department for Culture Arts and Media were made.",
			[][2]string{{"Department for Culture Arts", org}, {"Media", misc}}, []string{"Department for Culture Arts and Media"}},
		{"a field's two words", "The ruling of Harlow Track and Field was final.",
			[][2]string{{"Harlow Track", org}, {"Field", misc}}, []string{"Harlow Track and Field"}},
		{"a body's name after and", "Harlow Track and Vell Council met.",
			[][2]string{{"Harlow Track", org}, {"Vell Council", org}}, []string{"Harlow Track", "Vell Council"}},
		{"a list going on in capitals", "The ruling of Harlow Track and Field Harlow was final.",
			[][2]string{{"Harlow Track", org}, {"Field", misc}, {"Harlow", loc}}, []string{"Harlow Track", "Field", "Harlow"}},
		{"a list of three names", "Harlow, Tarvik Fighters and Iron Mill will play.",
			[][2]string{{"Harlow", org}, {"Tarvik Fighters", org}, {"Iron Mill", org}}, []string{"Harlow", "Tarvik Fighters", "Iron Mill"}},
		{"a name the text names apart", "Tarvik Fighters and Iron Mill will play. Iron Mill will close.",
			[][2]string{{"Tarvik Fighters", org}, {"Iron Mill", org}, {"Iron Mill", org}}, []string{"Tarvik Fighters", "Iron Mill"}},
		{"a list's last word named twice in the name", "Cuts at the Department for Culture Arts and Media were made. The Department for Culture Arts and Media spoke.",
			[][2]string{{"Department for Culture Arts", org}, {"Media", misc}, {"Department for Culture Arts", org}, {"Media", misc}}, []string{"Department for Culture Arts and Media"}},
		{"founders and Co.", "Shares in Vell, Pellam and Co. rose.",
			[][2]string{{"Vell", org}, {"Pellam", per}}, []string{"Vell, Pellam and Co."}},
		{"and Co without a stop", "Shares in Vell & Co rose.",
			[][2]string{{"Vell", org}}, []string{"Vell & Co"}},
		{"a word going on after Co", "Shares in Vell and Corby rose.",
			[][2]string{{"Vell", org}, {"Corby", org}}, []string{"Vell", "Corby"}},
		{"two names that end alike", "The branches of Harlow Track and Regular Track sued.",
			[][2]string{{"Harlow Track", org}, {"Regular Track", org}}, []string{"Harlow Track", "Regular Track"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: boundNames{}}), tests)
}
