package relate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCountryDescriptor covers the country-descriptor construction: a
// country, its demonym or its possessive before a body's common noun
// right before the body's name, and what it leaves alone.
func TestCountryDescriptor(t *testing.T) {
	r := New(&Options{NoClassifier: true, NoOpen: true})
	classes := map[string]string{"Norland": "Country", "Norlandic": "Country", "Vellish": "Continent", "Harlow": "City"}
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a demonym before a body's noun", "It bought [[Norlandic|LOC]] bank [[Acme|ORG]].", []string{"Acme | schema:location | Norlandic | country-descriptor"}},
		{"a country's name and modifiers", "[[Norland|LOC]] software firm [[Acme|ORG]] grew.", []string{"Acme | schema:location | Norland | country-descriptor"}},
		{"a country's possessive", "It bought a stake in [[Norland|LOC]]'s leading retail bank [[Acme|ORG]].", []string{"Acme | schema:location | Norland | country-descriptor"}},
		{"a continent is no country", "[[Vellish|LOC]] rival group [[Acme|ORG]] grew.", nil},
		{"a town is no country", "[[Harlow|LOC]] firm [[Acme|ORG]] grew.", nil},
		{"a noun that names no body", "[[Norlandic|LOC]] striker [[Acme|ORG]] scored.", nil},
		{"a name between", "[[Norland|LOC]] [[Vell|ORG]] unit [[Acme|ORG]] grew.", nil},
		{"a person the tagger took for a body", "[[Norlandic|LOC]] film maker [[Ann Lee|ORG]] won.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i, e := range res.Entities {
				res.Entities[i].Class = classes[e.Name]
			}
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range formatRelations(res) {
				// "subject | predicate | object | method | label"
				if l = l[:strings.LastIndex(l, " | ")]; strings.HasSuffix(l, "| "+MethodCountryDescriptor) {
					got = append(got, l)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
