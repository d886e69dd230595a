package claim

import (
	"testing"
	"time"

	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/extract/resolve"
)

// TestDemonymPerson checks that a demonym resolution read as one person
// of a country, joined to no entity, speaks as the person the text is
// about, or else as the phrase, unnamed; never as the country.
func TestDemonymPerson(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
		off              []string
	}{
		{"after an age", "[[Ann Lee|PER]] won the final. The 24-year-old [[Norlander|LOC]] added that the court was too slow.", "Ann Lee | added | the court was too slow\n", nil},
		{"before a relative clause", "[[Ann Lee|PER]] won the final. The [[Norlander|LOC]], who lost in 2002, said the court was too slow.", "Ann Lee | said | the court was too slow\n", nil},
		{"after an inverted verb", "[[Ann Lee|PER]] won the final. “The court was too slow,” said the [[Norlander|LOC]].", "Ann Lee | said | The court was too slow\n", nil},
		{"no one before", "“The court was too slow,” said the [[Norlander|LOC]].", "[the Norlander] | said | The court was too slow\n", nil},
		{"off", "[[Ann Lee|PER]] won the final. The 24-year-old [[Norlander|LOC]] added that the court was too slow.", "- | added | the court was too slow\n", []string{RuleDemonymPerson}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			for i, m := range res.Mentions {
				if m.Text != "Norlander" {
					continue
				}
				e := &res.Entities[m.Entity]
				e.Mentions = nil
				res.Mentions[i].Entity, res.Mentions[i].Method, res.Mentions[i].Value = -1, resolve.MethodDemonymPerson, "Norland"
			}
			res.IndexMentions()
			if err := New(&Options{Off: tt.off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := renderSource(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPeopleDemonymSource checks that a country's people in the plural
// that typing joined to no entity (people-demonym) speak as an unnamed
// people, whom "they" may be after them.
func TestPeopleDemonymSource(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"the subject", "The [[Norlanders|LOC]] say the plan is unfair.", "[The Norlanders] | say | the plan is unfair\n"},
		{"they in the same sentence", "The [[Norlanders|LOC]] oppose the plan, which they say is unfair.", "[The Norlanders] | say | which they say is unfair\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			for i, m := range res.Mentions {
				if m.Text != "Norlanders" {
					continue
				}
				res.Entities[m.Entity].Mentions = nil
				res.Mentions[i].Entity, res.Mentions[i].Method, res.Mentions[i].Value = -1, resolve.MethodPeopleDemonym, "Norland"
			}
			res.IndexMentions()
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := renderSource(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestInhabitantPerson checks that a capitalised noun for a person of a
// nation (lexicon Inhabitant) after "the" speaks as the person the text
// is about, else as the phrase, unnamed; not a plural, nor a word before
// a noun.
func TestInhabitantPerson(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
		off              []string
	}{
		{"final", "[[Ann Lee|PER]] won the final. “We had the initiative,” the Welshman said.", "Ann Lee | said | We had the initiative\n", nil},
		{"after quoted sentences", "[[Ann Lee|PER]] won the final. “We had the initiative. It was hard,” the Welshman said.", "Ann Lee | said | We had the initiative. It was hard\n", nil},
		{"after an age", "[[Ann Lee|PER]] won the final. The 24-year-old Frenchman added that the court was too slow.", "Ann Lee | added | the court was too slow\n", nil},
		{"after an inverted verb", "[[Ann Lee|PER]] won the final. “The court was too slow,” said the Welshman.", "Ann Lee | said | The court was too slow\n", nil},
		{"object inside the subject", "[[Ann Lee|PER]] won the final. A doctor treating the Welshman feared that the wrist was broken.", "", nil},
		{"no one before", "“The court was too slow,” said the Welshman.", "[the Welshman] | said | The court was too slow\n", nil},
		{"a plural", "[[Ann Lee|PER]] won the final. “We had the initiative,” the Welshmen said.", "- | said | We had the initiative\n", nil},
		{"before a noun", "[[Ann Lee|PER]] won the final. “We had the initiative,” the Welshman's coach said.", "[the Welshman's coach] | said | We had the initiative\n", nil},
		{"off", "[[Ann Lee|PER]] won the final. “We had the initiative,” the Welshman said.", "- | said | We had the initiative\n", []string{RuleInhabitantPerson}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			if err := New(&Options{Off: tt.off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := renderSource(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
