package resolve

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
)

// demonymAliases reads "Norlander", "Norlanders" and "Norlandish" as
// the demonyms of the made-up country Norland.
type demonymAliases struct{}

func (demonymAliases) Canonical(name, coarseType string) (string, string, string, bool) {
	switch name {
	case "Norland", "Norlander", "Norlanders", "Norlandish":
		return "Norland", extract.Location, "Country", true
	}
	return "", "", "", false
}

func (demonymAliases) IsDemonym(word string) bool {
	return word == "Norlander" || word == "Norlanders" || word == "Norlandish"
}

// TestDemonymPersons checks that a country's singular demonym heading a
// noun phrase a determiner opens is a person of the country, which joins
// no entity and names no country (the demonym-person construction), and
// that a plural, a people's word, a demonym before a noun or without a
// determiner stays the country's.
func TestDemonymPersons(t *testing.T) {
	const loc, per = extract.Location, extract.Person
	tests := []entityRow{ // want: each entity's type, name and aliases
		{"after an age", "The 24-year-old Norlander added that he was tired.", [][2]string{{"Norlander", loc}}, nil},
		{"after an inverted verb", "It was hard, said the Norlander.", [][2]string{{"Norlander", loc}}, nil},
		{"indefinite, before a name", "It was a scruffy little Norlander called Bo Ek.", [][2]string{{"Norlander", loc}, {"Bo Ek", per}}, []string{"PER Bo Ek []"}},
		{"before a relative clause", "The Norlander, who lost in 2002, won.", [][2]string{{"Norlander", loc}}, nil},
		{"the country named too", "The Norlander won in Norland.", [][2]string{{"Norlander", loc}, {"Norland", loc}}, []string{"LOC Norland []"}},
		{"before a noun", "The Norlander coach left.", [][2]string{{"Norlander", loc}}, []string{"LOC Norland [Norlander]"}},
		{"a noun the tagger reads as an adverb", "The Norlander forward tried to score.", [][2]string{{"Norlander", loc}}, []string{"LOC Norland [Norlander]"}},
		{"a plural", "The Norlanders won.", [][2]string{{"Norlanders", loc}}, []string{"LOC Norland [Norlanders]"}},
		{"a people's word", "The Norlandish won.", [][2]string{{"Norlandish", loc}}, []string{"LOC Norland [Norlandish]"}},
		{"no determiner", "Norlander Ann Lee won.", [][2]string{{"Norlander", loc}, {"Ann Lee", per}}, []string{"LOC Norland [Norlander]", "PER Ann Lee []"}},
		{"before a seed's label (demonym-seed)", "The Norlander eighth seed won.", [][2]string{{"Norlander", loc}}, nil},
		{"before a ranking's number, no determiner (demonym-seed)", "Norlander number one Ann Lee won.", [][2]string{{"Norlander", loc}, {"Ann Lee", per}}, []string{"PER Ann Lee []"}},
		{"before a world ranking (demonym-seed)", "He beat the Norlander world number two.", [][2]string{{"Norlander", loc}}, nil},
		{"a seed's label, the country named too", "The Norlander top seed won in Norland.", [][2]string{{"Norlander", loc}, {"Norland", loc}}, []string{"LOC Norland []"}},
		{"a plural before a number is the people's", "The Norlanders number 300.", [][2]string{{"Norlanders", loc}}, []string{"LOC Norland [Norlanders]"}},
		{"before a number of another noun", "The Norlander number plates changed.", [][2]string{{"Norlander", loc}}, []string{"LOC Norland [Norlander]"}},
		{"a people's word before a seed's label (demonym-seed)", "He beat the Norlandish number one.", [][2]string{{"Norlandish", loc}}, nil},
		{"a club's name after a side's noun (club-demonym)", "He left the Ostmark club Norlandish in May.", [][2]string{{"Norlandish", loc}}, []string{"ORG Norlandish []"}},
		{"a club's noun before the demonym and a noun (club-demonym)", "He joined the club Norlandish side Harlow.", [][2]string{{"Norlandish", loc}}, []string{"LOC Norland [Norlandish]"}},
		{"one of a list of adjectives", "He wrote to the Norlander and Ostmark Federations.", [][2]string{{"Norlander", loc}}, []string{"LOC Norland [Norlander]"}},
	}
	checkDemonyms(t, tests, func(t *testing.T, text string, res *extract.Result) {
		for _, m := range res.Mentions {
			if m.Method == MethodDemonymPerson && (m.Entity >= 0 || m.Value != "Norland") {
				t.Errorf("%s: a person's demonym %q joined entity %d, value %q", text, m.Text, m.Entity, m.Value)
			}
		}
	})
}

// TestBasedDemonym checks that a demonym hyphened to "based" before a
// common noun is no mention of the country (demonym-based), and that one
// before a name stays the country's, where the body is based; and that
// one before "title" is none either (demonym-title).
func TestBasedDemonym(t *testing.T) {
	const loc, org = extract.Location, extract.Organization
	tests := []entityRow{
		{"before a common noun", "The Norlandish-based firm grew.", [][2]string{{"Norlandish", loc}}, nil},
		{"taken into the mention", "The Norlandish-based firm grew.", [][2]string{{"Norlandish-based", loc}}, nil},
		{"before a name", "Norlandish-based Acme grew.", [][2]string{{"Norlandish", loc}, {"Acme", org}}, []string{"LOC Norland [Norlandish]", "ORG Acme []"}},
		{"no hyphen", "The Norlandish firm grew.", [][2]string{{"Norlandish", loc}}, []string{"LOC Norland [Norlandish]"}},
		{"before a title (demonym-title)", "He took Acme to a Norlandish title in 1974.", [][2]string{{"Acme", org}, {"Norlandish", loc}}, []string{"ORG Acme []"}},
		{"before a title of a post (demonym-title)", "He held the Norlandish title of count.", [][2]string{{"Norlandish", loc}}, []string{"LOC Norland [Norlandish]"}},
		{"before titles (demonym-title)", "He won two Norlandish titles.", [][2]string{{"Norlandish", loc}}, []string{"LOC Norland [Norlandish]"}},
	}
	checkDemonyms(t, tests, nil)
}

// checkDemonyms resolves each row's annotated text with the demonyms of
// Norland and compares the entities, each written "TYPE Name [aliases]";
// then more, when not nil, checks the result further.
func checkDemonyms(t *testing.T, rows []entityRow, more func(t *testing.T, text string, res *extract.Result)) {
	t.Helper()
	ann, err := annotate.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := New(&Options{Aliases: demonymAliases{}, Words: pertainymLexicon(t)})
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			ann.Annotate(res)
			if err := r.Resolve(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entities {
				got = append(got, fmt.Sprintf("%s %s %v", e.Type, e.Name, e.Aliases))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: entities (-want +got):\n%s", tt.text, diff)
			}
			if more != nil {
				more(t, tt.text, res)
			}
		})
	}
}
