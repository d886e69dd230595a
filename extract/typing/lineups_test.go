package typing

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
)

// TestLineupPlayers checks that the players of a line-up are made people
// whatever they were typed, and that the side before the colon of a list
// with lines becomes a team.
func TestLineupPlayers(t *testing.T) {
	text := "Harlow: Lee; Ek, Preston (Moss 58), Orr; Fox."
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	res.Lineups = annotate.FindLineups(res.Sentences)
	if len(res.Lineups) != 1 {
		t.Fatalf("%d line-ups, want 1", len(res.Lineups))
	}
	for _, tc := range []struct{ name, typ, class string }{
		{"Harlow", extract.Miscellaneous, ""},
		{"Preston", extract.Location, ClassCity},
		{"Moss", extract.Organization, ""},
		{"Orr", extract.Person, ""},
	} {
		start := strings.Index(text, tc.name)
		res.Mentions = append(res.Mentions, extract.Mention{Start: start, End: start + len(tc.name), Text: tc.name, Type: tc.typ, Class: tc.class, Entity: len(res.Entities)})
		res.Entities = append(res.Entities, extract.Entity{Name: tc.name, Type: tc.typ, Class: tc.class, Mentions: []int{len(res.Mentions) - 1}})
	}
	if err := NewLineupPlayers().Process(res); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		row        string
		e          int
		typ, class string
	}{
		{"the side before the colon", 0, extract.Organization, ClassSportsTeam},
		{"a town's name as a player", 1, extract.Person, ""},
		{"a substitute in brackets", 2, extract.Person, ""},
		{"a person stays one", 3, extract.Person, ""},
	} {
		t.Run(tc.row, func(t *testing.T) {
			if e := res.Entities[tc.e]; e.Type != tc.typ || e.Class != tc.class {
				t.Errorf("%s: %s/%s, want %s/%s", e.Name, e.Type, e.Class, tc.typ, tc.class)
			}
		})
	}
}
