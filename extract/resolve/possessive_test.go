package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestPossessiveNames checks that a "'s" that owns no noun joins the name
// before it as a business's, and that people's possessives, short forms of
// "is" and places keep their names.
func TestPossessiveNames(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"a list of stores", "Stores like Pellam's, Vellmart's and Bo Field's, opened.", [][2]string{{"Pellam", per}, {"Vellmart", org}, {"Bo Field", loc}}, []string{"Pellam's", "Vellmart's", "Bo Field's"}},
		{"before a verb", "Vellmart's said sales rose.", [][2]string{{"Vellmart", per}}, []string{"Vellmart's"}},
		{"and another name", "Vellmart's and Acme agreed.", [][2]string{{"Vellmart", per}, {"Acme", org}}, []string{"Vellmart's", "Acme"}},
		{"the same name before a noun", "Vellmart's owner sold Vellmart's, a chain.", [][2]string{{"Vellmart", per}, {"Vellmart", per}}, []string{"Vellmart's"}},
		{"a possessive", "Vellmart's owner spoke.", [][2]string{{"Vellmart", org}}, []string{"Vellmart"}},
		{"two possessives before a noun", "Acme's and Vellmart's shares rose.", [][2]string{{"Acme", org}, {"Vellmart", org}}, []string{"Acme", "Vellmart"}},
		{"a quoted noun", `Ann Lee's "new look" won.`, [][2]string{{"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a courtesy title", "The idea was Mr Ek's.", [][2]string{{"Mr Ek", per}}, []string{"Ek"}},
		{"a sequel's number", "Harlow's 12 fell to second place.", [][2]string{{"Harlow", org}}, []string{"Harlow's 12"}},
		{"a count", "Harlow's 12 stores shut.", [][2]string{{"Harlow", org}}, []string{"Harlow"}},
		{"a short is", "Ann Lee's gone home.", [][2]string{{"Ann Lee", per}}, []string{"Ann Lee"}},
		{"a hyphened name", "Shoppers went to Harlow-Acme's, a chain.", [][2]string{{"Harlow-Acme", misc}}, []string{"Harlow-Acme's"}},
		{"a hyphened name before a noun", "Harlow-Acme's owner spoke.", [][2]string{{"Harlow-Acme", misc}}, []string{"Harlow-Acme"}},
		{"a hyphened name in capitals", "It went to Harlow-US's, a chain.", [][2]string{{"Harlow-US", misc}}, []string{"Harlow-US"}},
		{"one word", "It went to Tarvik's, a chain.", [][2]string{{"Tarvik", misc}}, []string{"Tarvik"}},
		{"a place", "Stores opened in Norland's, and Ostmark's, towns.", [][2]string{{"Norland", loc}, {"Ostmark", loc}}, []string{"Norland", "Ostmark"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// TestPossessiveTitles checks that a name, its "'s" and the next name
// after a noun for a kind of work are one title, joined so elsewhere in
// the document too, and that an owner's possessive stays apart.
func TestPossessiveTitles(t *testing.T) {
	const per, org, misc = extract.Person, extract.Organization, extract.Miscellaneous
	tests := []entityRow{
		{"after a work's noun", "It was the animated film Harlow's Tall Tower, which sold well.", [][2]string{{"Harlow", per}, {"Tall Tower", misc}}, []string{"Harlow's Tall Tower"}},
		{"the same title again", "The film Harlow's Tall Tower won. Harlow's Tall Tower is long.", [][2]string{{"Harlow", per}, {"Tall Tower", misc}, {"Harlow", per}, {"Tall Tower", misc}}, []string{"Harlow's Tall Tower"}},
		{"an owner's", "Ann Lee's Acme Group grew.", [][2]string{{"Ann Lee", per}, {"Acme Group", org}}, []string{"Ann Lee", "Acme Group"}},
		{"a person's noun before it", "The director Ann Lee's Acme Group grew.", [][2]string{{"Ann Lee", per}, {"Acme Group", org}}, []string{"Ann Lee", "Acme Group"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}

// knownPlaces is casedWords that knows "Norland" and "Ostmark" as places.
type knownPlaces struct{ casedWords }

func (k knownPlaces) KnownName(name, coarseType string) bool {
	if name == "Norland" || name == "Ostmark" {
		return coarseType == extract.Location
	}
	return k.casedWords.KnownName(name, coarseType)
}
