package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGivenNameBars checks that a given name alone joins the person named
// in full with it, but not as the relative of that person (the
// kin-possessor construction), a work's title (the work-title
// construction) or a royal's name (the royal-given-name construction).
func TestGivenNameBars(t *testing.T) {
	const per, loc = extract.Person, extract.Location
	tests := []entityRow{
		{"the given name alone", "Ann Lee spoke. Ann said so.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee"}},
		{"the daughter after a possessive clitic", "Ann Lee spoke. Lee's daughter Ann said so.",
			[][2]string{{"Ann Lee", per}, {"Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"the daughter after a possessive pronoun", "Ann Lee spoke. Her daughter, Ann, agreed.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"the relative named again", "Ann Lee spoke. Her daughter, Ann, agreed. Ann is 20.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"the wife of another person", "Ann Lee spoke. Bo Ek and his wife Ann agreed.",
			[][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Ann", per}}, []string{"Ann Lee", "Bo Ek"}},
		{"a film in apposition", "Ann Lee sang. \"Ann\", the film, won.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"a film called", "Ann Lee sang. A film called Ann won.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"a former queen", "Ann Lee spoke. She met ex-Queen Ann of Norland.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}, {"Norland", loc}}, []string{"Ann Lee", "Ann", "Norland"}},
		{"a queen named again", "Ann Lee spoke. Queen Ann agreed. Ann is 80.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}

// TestBracketedGivenName checks that a given name in brackets after a
// person's full name, none of its words, is a role or another person,
// and that the person's own surname or given name in brackets is the
// person's.
func TestBracketedGivenName(t *testing.T) {
	const per = extract.Person
	tests := []entityRow{
		{"a role", "Bo Ek (Ann) directed the show.",
			[][2]string{{"Bo Ek", per}, {"Ann", per}}, []string{"Bo Ek", "Ann"}},
		{"the surname", "Bo Ek (Ek) directed the show.",
			[][2]string{{"Bo Ek", per}, {"Ek", per}}, []string{"Bo Ek"}},
		{"the given name", "Bo Ek (Bo) directed the show.",
			[][2]string{{"Bo Ek", per}, {"Bo", per}}, []string{"Bo Ek"}},
	}
	checkEntityNames(t, New(&Options{Aliases: parties{}}), tests)
}

// TestWorkNounBeforeGivenName checks the work-title construction with
// the noun for a kind of work before the name: a title, unless a verb
// after the name may make it the subject of a clause ("the film Ann
// made").
func TestWorkNounBeforeGivenName(t *testing.T) {
	const per = extract.Person
	tests := []entityRow{
		{"the film before the name", "Ann Lee sang in the film Ann.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"a possessive before the noun", "Ann Lee sang on her album Ann, out in May.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"a verb after the name", "Ann Lee sang. The film Ann made won a prize.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee"}},
		{"a person's name before the noun", "Hopefuls include the Ann Lee film Ann, out in May.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"a person's name before a biopic", "Hopefuls include Ann Lee biopic Ann and others.",
			[][2]string{{"Ann Lee", per}, {"Ann", per}}, []string{"Ann Lee", "Ann"}},
		{"a person's name and a verb after the name", "Ann Lee sang. The Bo Ek film Ann made won a prize.",
			[][2]string{{"Ann Lee", per}, {"Bo Ek", per}, {"Ann", per}}, []string{"Ann Lee", "Bo Ek"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: parties{}}), tests)
}
