package typing

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/resolve"
)

// TestPeopleDemonym checks that a demonym used as a noun for people
// ("Kenyans cheered") joins its country as an adjective does, a
// nationality and not a mention of the place, that one for a single
// person ("the Kenyan won") joins no entity and keeps its country's name
// (demonym-person), while one before a noun is the country's alias.
func TestPeopleDemonym(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		name, text, mention, method string
	}{
		{"after the article, before a verb", "The Kenyan won the race.", "Kenyan", resolve.MethodDemonymPerson},
		{"plural, before a verb", "Later Kenyans cheered loudly.", "Kenyans", resolve.MethodAdjective},
		{"before a noun", "The Kenyan runner won the race.", "Kenyan", resolve.MethodAlias},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := build(t, g, tc.text, [][2]string{{tc.mention, extract.Miscellaneous}})
			if got := res.Mentions[0].Method; got != tc.method {
				t.Errorf("method of %q in %q = %q, want %q", tc.mention, tc.text, got, tc.method)
			}
			if m := res.Mentions[0]; m.Method == resolve.MethodDemonymPerson {
				if m.Entity >= 0 || m.Value != "Kenya" {
					t.Errorf("%q joins entity %d, value %q; want none, Kenya", tc.mention, m.Entity, m.Value)
				}
				return
			}
			if e := res.Mentions[0].Entity; e < 0 || res.Entities[e].Name != "Kenya" {
				t.Errorf("%q joins no entity named Kenya", tc.mention)
			}
		})
	}
}

// TestSchoolSide checks that a side the gazetteer read as a school's
// short name keeps the name the page writes (school-side), and that the
// school stays the school where no result reads it.
func TestSchoolSide(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a side in a score line", "Harlow State 67, Pellam 57. Harlow State won 67-57 on Tuesday.", "Harlow State = ORG/SportsTeam"},
		{"a school", "Ann Lee studied at Harlow State. Harlow State said fees would rise.", "Harlow State University = ORG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := build(t, g, tc.text, [][2]string{{"Harlow State", extract.Organization}, {"Harlow State", extract.Organization}})
			e := res.Mentions[0].Entity
			res.Entities[e].Name, res.Entities[e].Key = "Harlow State University", "harlow state university"
			for _, mi := range res.Entities[e].Mentions {
				res.Mentions[mi].Method = resolve.MethodAlias
			}
			if err := New(g).Process(res); err != nil {
				t.Fatal(err)
			}
			ent := res.Entities[res.Mentions[0].Entity]
			got := ent.Name + " = " + ent.Type
			if ent.Class != "" {
				got += "/" + ent.Class
			}
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
