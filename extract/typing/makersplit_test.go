package typing

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/resolve"
)

// TestSplitMakers checks the maker-split construction: the first word of
// a thing's name, joined to it as a person's given name, is its maker
// when it stands before a possessive or a verb; a thing's other
// mentions stay, and so does a first word that stands as no body does.
func TestSplitMakers(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name, text string
		mentions   [][2]string
		want       []string
	}{
		{
			name:     "a given name's join of a thing's first word that speaks and owns is its maker",
			text:     "Ann Tarvik Vell won praise. Tarvik expects the Vell to sell well. Tarvik's store struggled.",
			mentions: [][2]string{{"Tarvik Vell", extract.Person}, {"Tarvik", extract.Person}, {"Vell", extract.Miscellaneous}, {"Tarvik", extract.Person}},
			want:     []string{"Tarvik = ORG", "Tarvik Vell = MISC", "Vell = MISC"},
		},
		{
			name:     "a first word that stands as no body does stays",
			text:     "Ann Tarvik Vell won praise. They like the Tarvik look.",
			mentions: [][2]string{{"Tarvik Vell", extract.Person}, {"Tarvik", extract.Person}},
			want:     []string{"Tarvik Vell = MISC"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := build(t, g, tc.text, tc.mentions)
			// The thing the typer read; its first word joined as a
			// given name.
			for e := range res.Entities {
				if res.Entities[e].Name == "Tarvik Vell" {
					res.Entities[e].Type = extract.Miscellaneous
				}
			}
			for mi := range res.Mentions {
				if res.Mentions[mi].Text == "Tarvik" {
					if e := res.Mentions[mi].Entity; e >= 0 && res.Entities[e].Name != "Tarvik Vell" {
						moveMention(res, mi, "Tarvik Vell")
					}
					res.Mentions[mi].Method = resolve.MethodSurname
				}
			}
			New(g).splitMakers(res)
			var got []string
			for _, e := range res.Entities {
				if len(e.Mentions) > 0 {
					got = append(got, e.Name+" = "+e.Type)
				}
			}
			slices.Sort(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

// moveMention moves mention mi to the entity named name.
func moveMention(res *extract.Result, mi int, name string) {
	old := res.Mentions[mi].Entity
	res.Entities[old].Mentions = slices.DeleteFunc(res.Entities[old].Mentions, func(k int) bool { return k == mi })
	for e := range res.Entities {
		if res.Entities[e].Name == name {
			res.Entities[e].Mentions = append(res.Entities[e].Mentions, mi)
			res.Mentions[mi].Entity = e
		}
	}
}
