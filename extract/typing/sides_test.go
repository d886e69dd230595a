package typing

import (
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
