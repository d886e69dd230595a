package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestTrimOfficeBodies checks that a name read as a body's that runs
// into the title before a person's name is cut back to the party or the
// place it names, or dropped when it names none, and that bodies' names
// are kept.
func TestTrimOfficeBodies(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []entityRow{
		{"a place and an office inside the name", "Rain fell. Then Norland Attorney Bo Ek said so in Norland.",
			[][2]string{{"Norland Attorney", org}, {"Bo Ek", per}, {"Norland", loc}}, []string{"Norland/LOC", "Bo Ek/PER"}},
		{"a place, a portfolio and the office's first word", "Rain fell in Norland. Then Norland Trade Attorney General Bo Ek said so.",
			[][2]string{{"Norland", loc}, {"Norland Trade Attorney", org}, {"Bo Ek", per}}, []string{"Norland/LOC", "Bo Ek/PER"}},
		{"a party and a portfolio before an office in lower case", "Rain fell. Then Unity Trade spokesman Bo Ek said so.",
			[][2]string{{"Unity Trade", org}, {"Bo Ek", per}}, []string{"Unity Party/ORG", "Bo Ek/PER"}},
		{"a party and a government body's word", "Rain fell. Then Unity Treasury spokesman Bo Ek said so.",
			[][2]string{{"Unity Treasury", org}, {"Bo Ek", per}}, []string{"Unity Party/ORG", "Bo Ek/PER"}},
		{"a portfolio alone", "Rain fell. Then Trade and Industry spokesman Bo Ek said so.",
			[][2]string{{"Trade and Industry", org}, {"Bo Ek", per}}, []string{"Bo Ek/PER"}},
		{"a people's adjective and a portfolio", "Rain fell. Then Asian Trade Commissioner Bo Ek said so.",
			[][2]string{{"Asian Trade Commissioner", org}, {"Bo Ek", per}}, []string{"Bo Ek/PER"}},
		{"a people's adjective and a portfolio before an undersecretary (lexicon Portfolio)", "Rain fell. Then Asian Trade Undersecretary Bo Ek said so.",
			[][2]string{{"Asian Trade Undersecretary", org}, {"Bo Ek", per}}, []string{"Bo Ek/PER"}},
		{"a body's name before the office", "Rain fell. Then Tarvik Chairman Bo Ek said so.",
			[][2]string{{"Tarvik Chairman", org}, {"Bo Ek", per}}, []string{"Tarvik/ORG", "Bo Ek/PER"}},
		{"a body written elsewhere", "Rain fell. Then Norland Trade Chairman Bo Ek quit, Norland Trade said.",
			[][2]string{{"Norland Trade Chairman", org}, {"Bo Ek", per}, {"Norland Trade", org}}, []string{"Norland Trade/ORG", "Bo Ek/PER"}},
		{"common words before a chairman's title name the body", "Rain fell. Then Trade and Industry chairman Bo Ek said so.",
			[][2]string{{"Trade and Industry", org}, {"Bo Ek", per}}, []string{"Trade and Industry/ORG", "Bo Ek/PER"}},
		{"a place and a common word before an office in lower case", "Rain fell in Norland. Then Norland Trade chief Bo Ek said so.",
			[][2]string{{"Norland", loc}, {"Norland Trade", org}, {"Bo Ek", per}}, []string{"Norland/LOC", "Norland Trade/ORG", "Bo Ek/PER"}},
		{"no person after the office", "Rain fell in Norland. Then the Norland Attorney said so.",
			[][2]string{{"Norland", loc}, {"Norland Attorney", org}}, []string{"Norland/LOC", "Norland Attorney/ORG"}},
		{"a party's own word", "Rain fell. Then Unity Party spokesman Bo Ek said so.",
			[][2]string{{"Unity Party", org}, {"Bo Ek", per}}, []string{"Unity Party/ORG", "Bo Ek/PER"}},
		{"a body's word after a place", "Rain fell in Norland. Then Norland Council Leader Bo Ek said so.",
			[][2]string{{"Norland", loc}, {"Norland Council Leader", org}, {"Bo Ek", per}}, []string{"Norland/LOC", "Norland Council/ORG", "Bo Ek/PER"}},
	}
	checkNameTypes(t, New(&Options{Aliases: casedWords{}}), tests)
}

// TestTrimOfficeBodiesTypes checks the type of what is left of the name:
// a place's where the document names the place, though it writes it
// elsewhere too.
func TestTrimOfficeBodiesTypes(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	r := New(&Options{Aliases: casedWords{}})
	checkMentionStep(t, r.trimOfficeBodies, []mentionStepRow{
		{"a place written elsewhere", "Rain fell in Norland. Then Norland Attorney Bo Ek said so.",
			[][2]string{{"Norland", loc}, {"Norland Attorney", org}, {"Bo Ek", per}},
			[][2]string{{"Norland", loc}, {"Norland", loc}, {"Bo Ek", per}}},
		{"a body written elsewhere", "Tarvik said so. Then Tarvik Chairman Bo Ek said so.",
			[][2]string{{"Tarvik", org}, {"Tarvik Chairman", org}, {"Bo Ek", per}},
			[][2]string{{"Tarvik", org}, {"Tarvik", org}, {"Bo Ek", per}}},
	})
}
