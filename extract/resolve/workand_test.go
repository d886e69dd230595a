package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSplitWorkAnd checks that two titles the recognizer ran together at
// the "and" of a list of works are parted, and that a single title with
// "and" in it stays whole.
func TestSplitWorkAnd(t *testing.T) {
	const misc, org = extract.Miscellaneous, extract.Organization
	tests := []entityRow{
		{"the list's last two", "The band sang songs including Rain Song, Love Harlow and For the Love of Acme last night.",
			[][2]string{{"Rain Song", misc}, {"Love Harlow and For the Love of Acme", misc}},
			[]string{"Rain Song", "Love Harlow", "For the Love of Acme"}},
		{"after a plural noun for works (the work-list rule takes the title's article)", "The shop stocked novels such as The Salt of Harlow and Vell 4/4 last winter.",
			[][2]string{{"Salt of Harlow and Vell 4/4", misc}}, []string{"The Salt of Harlow", "Vell 4/4"}},
		{"an article after and", "Blockbuster films like Ann Tarvik and The Keeper Of Vell took a lot.",
			[][2]string{{"Ann Tarvik and The Keeper Of Vell", misc}}, []string{"Ann Tarvik and The Keeper Of Vell"}},
		{"after include", "Her best-known songs include Lanterns At Dusk and Orlen River Waltz, both from 1990.",
			[][2]string{{"Lanterns At Dusk and Orlen River Waltz", org}}, []string{"Lanterns At Dusk", "Orlen River Waltz"}},
		{"include after a noun for no work", "The firms include Tarvik Power and Vell Oil Trading.",
			[][2]string{{"Tarvik Power and Vell Oil Trading", org}}, []string{"Tarvik Power and Vell Oil Trading"}},
		{"one word first", "Its biggest hits such as Salt and Vell Road came from abroad.",
			[][2]string{{"Salt and Vell Road", misc}}, []string{"Salt and Vell Road"}},
		{"no noun for works", "The firms such as Tarvik Power and Vell Oil grew.",
			[][2]string{{"Tarvik Power and Vell Oil", org}}, []string{"Tarvik Power and Vell Oil"}},
		{"a place after in", "The film looks at the war in Norland and Walk Along With The Tarvik tells a story.",
			[][2]string{{"Norland and Walk Along With The Tarvik", misc}}, []string{"Norland", "Walk Along With The Tarvik"}},
		{"a place after at", "The film looks at Norland and Walk Along With The Tarvik tells a story.",
			[][2]string{{"Norland and Walk Along With The Tarvik", misc}}, []string{"Norland and Walk Along With The Tarvik"}},
		{"a common word after in", "The story is told in Rain and Walk Along With The Tarvik today.",
			[][2]string{{"Rain and Walk Along With The Tarvik", misc}}, []string{"Rain and Walk Along With The Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}

// TestSplitAndTheTitles checks that "A and the B and C D" cut as a name
// from B on becomes the title "A and the B" and the title "C D", and
// that a name before "and the" that is not one word stays alone.
func TestSplitAndTheTitles(t *testing.T) {
	const misc, org, per = extract.Miscellaneous, extract.Organization, extract.Person
	tests := []entityRow{
		{"the first word left out", "It beat Salt and the Sea and Mind Your Tarvik at the awards.",
			[][2]string{{"Sea and Mind Your Tarvik", org}}, []string{"Salt and the Sea", "Mind Your Tarvik"}},
		{"the first word apart", "It beat Salt and the Sea and Will and Bo at the awards.",
			[][2]string{{"Salt", org}, {"Sea and Will and Bo", org}}, []string{"Salt and the Sea", "Will and Bo"}},
		{"a person's name", "It beat Salt and the Sea and Ann Lee at the awards.",
			[][2]string{{"Sea and Ann Lee", per}}, []string{"Sea and Ann Lee"}},
		{"one word after and", "It beat Salt and the Sea and Tarvik at the awards.",
			[][2]string{{"Sea and Tarvik", misc}}, []string{"Sea and Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: titleNames{}}), tests)
}
