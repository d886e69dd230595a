package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestCompanyFirstWords checks that a firm's first word joins its full
// name when the rest are proper names, and that a common word, an
// acronym, a product's mixed case, two such names, a first name and a
// miscellaneous word keep them apart.
func TestCompanyFirstWords(t *testing.T) {
	const org, per, misc = extract.Organization, extract.Person, extract.Miscellaneous
	tests := []entityRow{
		{"a founder's surname", "Pellam Tarvik bought Vell. Pellam paid cash.",
			[][2]string{{"Pellam Tarvik", org}, {"Vell", org}, {"Pellam", org}}, []string{"Pellam Tarvik", "Vell"}},
		{"two surnames with &", "Harlow & Velden said so. Harlow grew.",
			[][2]string{{"Harlow & Velden", org}, {"Harlow", org}}, []string{"Harlow & Velden"}},
		{"the short name first", "Pellam grew. Pellam Tarvik said so.",
			[][2]string{{"Pellam", org}, {"Pellam Tarvik", org}}, []string{"Pellam Tarvik"}},
		{"a common word", "Acme Trade grew. Acme said so.",
			[][2]string{{"Acme Trade", org}, {"Acme", org}}, []string{"Acme Trade", "Acme"}},
		{"an acronym", "Acme TVX sold. Acme said so.",
			[][2]string{{"Acme TVX", org}, {"Acme", org}}, []string{"Acme TVX", "Acme"}},
		{"a product's mixed case", "Acme TarPod sold. Acme said so.",
			[][2]string{{"Acme TarPod", org}, {"Acme", org}}, []string{"Acme TarPod", "Acme"}},
		{"two such names", "Pellam Tarvik and Pellam Velden met. Pellam said so.",
			[][2]string{{"Pellam Tarvik", org}, {"Pellam Velden", org}, {"Pellam", org}}, []string{"Pellam Tarvik", "Pellam Velden", "Pellam"}},
		{"a first name", "Ann Tarvik grew. Ann said so.",
			[][2]string{{"Ann Tarvik", org}, {"Ann", org}}, []string{"Ann Tarvik", "Ann"}},
		{"a person's name", "Bo Tarvik spoke. Pellam Tarvik grew. Pellam said so.",
			[][2]string{{"Bo Tarvik", per}, {"Pellam Tarvik", org}, {"Pellam", org}}, []string{"Bo Tarvik", "Pellam Tarvik"}},
		{"a miscellaneous word", "Pellam Tarvik grew. Pellam shares fell.",
			[][2]string{{"Pellam Tarvik", org}, {"Pellam", misc}}, []string{"Pellam Tarvik", "Pellam"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}, Known: placeLexicon{"Ostmark": true}}), tests)
}

// TestProperTail checks which words after a firm's first word are
// proper names.
func TestProperTail(t *testing.T) {
	u := &union{firstNames: casedWords{}}
	place := func(w string) bool { return w == "Ostmark" }
	tests := []struct {
		name  string
		words []string
		want  bool
	}{
		{"a surname", []string{"Tarvik"}, true},
		{"two with &", []string{"&", "Velden"}, true},
		{"& last", []string{"Velden", "&"}, false},
		{"a common word", []string{"Trade"}, false},
		{"a place", []string{"Ostmark"}, false},
		{"an acronym", []string{"TVX"}, false},
		{"mixed case", []string{"TarPod"}, false},
		{"a number", []string{"3"}, false},
		{"none", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := u.properTail(tt.words, place); got != tt.want {
				t.Errorf("properTail(%q) = %v, want %v", tt.words, got, tt.want)
			}
		})
	}
}

// TestOrgAffixes checks that an organisation's name joins the one name
// that adds its kind's word after it or an acronym before it, and that a
// name of common words, a word that is no acronym and two such names
// keep them apart.
func TestOrgAffixes(t *testing.T) {
	const org = extract.Organization
	tests := []entityRow{
		{"a kind's word", "The Pellam Research Council met. Pellam Research said so.",
			[][2]string{{"Pellam Research Council", org}, {"Pellam Research", org}}, []string{"Pellam Research Council"}},
		{"an acronym before", "The NBX Trade Council met. The Trade Council said so.",
			[][2]string{{"NBX Trade Council", org}, {"Trade Council", org}}, []string{"NBX Trade Council"}},
		{"a kind's word already", "The Pellam Canal Council met. The Pellam Canal froze.",
			[][2]string{{"Pellam Canal Council", org}, {"Pellam Canal", org}}, []string{"Pellam Canal Council", "Pellam Canal"}},
		{"common words only", "The Water Safety Council met. Water Safety rose.",
			[][2]string{{"Water Safety Council", org}, {"Water Safety", org}}, []string{"Water Safety Council", "Water Safety"}},
		{"capitals", "The NBX TRADE COUNCIL met. The TRADE COUNCIL said so.",
			[][2]string{{"NBX TRADE COUNCIL", org}, {"TRADE COUNCIL", org}}, []string{"NBX TRADE COUNCIL", "TRADE COUNCIL"}},
		{"no acronym before", "The Royal Trade Council met. The Trade Council said so.",
			[][2]string{{"Royal Trade Council", org}, {"Trade Council", org}}, []string{"Royal Trade Council", "Trade Council"}},
		{"two acronyms", "The NBX Trade Council and the OST Trade Council met. The Trade Council said so.",
			[][2]string{{"NBX Trade Council", org}, {"OST Trade Council", org}, {"Trade Council", org}}, []string{"NBX Trade Council", "OST Trade Council", "Trade Council"}},
	}
	checkEntityNames(t, New(&Options{Aliases: casedWords{}}), tests)
}
