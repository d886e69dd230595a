package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

// boundNames knows two countries, their demonyms, a town, and how news
// writes a few more common words than casedWords.
type boundNames struct{ casedWords }

func (boundNames) Canonical(name, coarseType string) (string, string, string, bool) {
	switch name {
	case "Norland", "Ostmark":
		return name, extract.Location, "Country", true
	case "Norlandic", "Ostmarkish":
		return strings.TrimSuffix(strings.TrimSuffix(name, "ic"), "ish"), extract.Location, "Country", true
	}
	return "", "", "", false
}

func (boundNames) IsDemonym(word string) bool { return word == "Norlandic" || word == "Ostmarkish" }

func (b boundNames) KnownName(name, coarseType string) bool {
	if name == "Norland" || name == "Ostmark" || name == "Harlow" {
		return coarseType == extract.Location
	}
	return b.casedWords.KnownName(name, coarseType)
}

func (b boundNames) Casing(word string) (int, int, bool) {
	switch strings.ToLower(word) {
	case "culture", "arts", "media", "track", "field", "promoters", "rivals", "fighters", "health", "regular":
		return 300, 40, true
	}
	return b.casedWords.Casing(word)
}

// TestTitleBodies checks that a name read as a body's inside a title
// before a person's name (an office's word and a body's, or a portfolio
// written only in titles, also one word and "'s" read as a person's) is
// no body, and that a body's name and a person's are kept.
func TestTitleBodies(t *testing.T) {
	const per, org = extract.Person, extract.Organization
	tests := []entityRow{
		{"an office's word and a body's", "Chief Treasury Secretary Ann Lee said no.",
			[][2]string{{"Chief Treasury", org}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a portfolio joined by and", "Trade and Industry Secretary Ann Lee said no.",
			[][2]string{{"Trade and Industry", org}, {"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a one-word portfolio", "Health Minister Bo Ek said no.",
			[][2]string{{"Health", org}, {"Bo Ek", per}}, []string{"Bo Ek"}},
		{"a portfolio's possessive read as a person", "Crowds cheered as Health's Minister Bo Ek opened the ward.",
			[][2]string{{"Health", per}, {"Bo Ek", per}}, []string{"Bo Ek"}},
		{"a person's possessive", "Crowds cheered as Harlow's Minister Bo Ek opened the ward.",
			[][2]string{{"Harlow", per}, {"Bo Ek", per}}, []string{"Harlow", "Bo Ek"}},
		{"a person's name without a possessive", "Health Minister Bo Ek met Ann Lee.",
			[][2]string{{"Health Minister Bo Ek", per}, {"Ann Lee", per}}, []string{"Health Minister Bo Ek", "Ann Lee"}},
		{"a body's name", "Harlow Council Leader Ann Lee said no.",
			[][2]string{{"Harlow Council", org}, {"Ann Lee", per}}, []string{"Harlow Council", "Ann Lee"}},
		{"a portfolio named as a body elsewhere", "Health Minister Bo Ek said no. Ann Lee of Health agreed.",
			[][2]string{{"Health", org}, {"Bo Ek", per}, {"Ann Lee", per}, {"Health", org}}, []string{"Health", "Bo Ek", "Ann Lee"}},
		{"no name after the office", "The Trade and Industry Secretary said no.",
			[][2]string{{"Trade and Industry", org}}, []string{"Trade and Industry"}},
		{"two words that are no office and body", "Vell Treasury Secretary Ann Lee said no.",
			[][2]string{{"Vell Treasury", org}, {"Ann Lee", per}}, []string{"Vell Treasury", "Ann Lee"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: boundNames{}}), tests)
}

// TestPortfolioNames checks that a portfolio in common words the
// recognizer joined to a person's name after an office's "of" is cut
// from it, and that a name without such words, or a body's, is left
// alone (the portfolio-name construction).
func TestPortfolioNames(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"a portfolio before a name", "Minister of Culture Media Bo Ek said no.",
			[][2]string{{"Culture Media Bo Ek", org}}, []string{"Bo Ek"}},
		{"a portfolio joined by and", "Minister of Culture and Arts Bo Ek said no.",
			[][2]string{{"Culture and Arts Bo Ek", org}}, []string{"Bo Ek"}},
		{"no portfolio's word", "Minister of Tarvik Bo Ek said no.",
			[][2]string{{"Tarvik Bo Ek", org}}, []string{"Tarvik Bo Ek"}},
		{"one word after it", "Minister of Culture Tarvik said no.",
			[][2]string{{"Culture Tarvik", org}}, []string{"Culture Tarvik"}},
		{"no office before", "The friend of Culture Media Bo Ek said no.",
			[][2]string{{"Culture Media Bo Ek", org}}, []string{"Culture Media Bo Ek"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: boundNames{}}), tests)
}
