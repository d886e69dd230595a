package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestGluedPossessives checks that a possessive a name took at its end
// is given back when the document names the owner without it, and that
// plurals and names without such a twin keep their "s".
func TestGluedPossessives(t *testing.T) {
	const per, org, loc, misc = extract.Person, extract.Organization, extract.Location, extract.Miscellaneous
	tests := []entityRow{
		{"an apostrophe dropped before a noun", "Ann Pellams probe widened. Ann Pellam spoke.", [][2]string{{"Ann Pellams", per}, {"Ann Pellam", per}}, []string{"Ann Pellam"}},
		{"a place's", "Talks in Norlands capital began. Norland agreed.", [][2]string{{"Norlands", loc}, {"Norland", loc}}, []string{"Norland"}},
		{"a trailing possessive", "It is Vellmart's which leads. Vellmart grew.", [][2]string{{"Vellmart's", org}, {"Vellmart", org}}, []string{"Vellmart"}},
		{"no name without it", "Ann Pellams probe widened.", [][2]string{{"Ann Pellams", per}}, []string{"Ann Pellams"}},
		{"a plural after a number", "Acme sold three Tarviks last year. Tarvik rose.", [][2]string{{"Acme", org}, {"Tarviks", misc}, {"Tarvik", org}}, []string{"Acme", "Tarviks", "Tarvik"}},
		{"a common word's plural", "The Harlow Lions coach left. Lion Park shut.", [][2]string{{"Harlow Lions", org}, {"Lion Park", loc}}, []string{"Harlow Lions", "Lion Park"}},
		{"an owner of another type", "It is Vellmart's which leads. Vellmart spoke.", [][2]string{{"Vellmart's", loc}, {"Vellmart", per}}, []string{"Vellmart's", "Vellmart"}},
	}
	checkAnnotatedNames(t, New(&Options{Aliases: knownPlaces{}}), tests)
}
