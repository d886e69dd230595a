package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestSplitVerbGlue checks that a name run over a verb in lower case is
// split into the names on either side of it, and that other lower-case
// words inside names stay.
func TestSplitVerbGlue(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"a verb between two bodies", "It is run by the Acme run Tarvik store.",
			[][2]string{{"Acme run Tarvik", org}},
			[]string{"Acme", "Tarvik"}},
		{"a side in lower case with a capital inside stays", "It is dominated by the Acme owned eStore.",
			[][2]string{{"Acme owned eStore", org}},
			[]string{"Acme", "eStore"}},
		{"a verb between two people", "Bo Ek make Ann Lee a happy woman.",
			[][2]string{{"Bo Ek make Ann Lee", per}},
			[]string{"Bo Ek", "Ann Lee"}},
		{"a side of one word news writes in lower case goes", "They say the Lawyer is Bo Ek, not Ann Lee.",
			[][2]string{{"Lawyer is Bo Ek", per}, {"Ann Lee", per}},
			[]string{"Bo Ek", "Ann Lee"}},
		{"a side of one word for a kind of person goes", "They say the Despot is Bo Ek, not Ann Lee.",
			[][2]string{{"Despot is Bo Ek", per}, {"Ann Lee", per}},
			[]string{"Bo Ek", "Ann Lee"}},
		{"a particle of a name stays", "Fans praised Ann de Vell on Monday.",
			[][2]string{{"Ann de Vell", per}},
			[]string{"Ann de Vell"}},
		{"a foreign word no verb in WordNet stays", "She joined Medics sans Tarvik last year.",
			[][2]string{{"Medics sans Tarvik", org}},
			[]string{"Medics sans Tarvik"}},
		{"a work's title stays", "Fans of Bo Ek made Tarvik cheered.",
			[][2]string{{"Bo Ek made Tarvik", misc}},
			[]string{"Bo Ek made Tarvik"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
