package relate_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/pipeline"
)

// TestLineups runs the pipeline on a match report that ends with the
// sides' line-ups, and checks that their players are people, one name
// each, that they play for the side named before the colon (the
// replacements listed after it too, not those of a short list that may
// name both sides' players), and that no player is related to another.
func TestLineups(t *testing.T) {
	text := "Velden Rovers edge past Ostmark\n\n" +
		"Velden Rovers beat Ostmark United 2-1 on Saturday. Ann Lee scored twice for the home side.\n\n" +
		"Velden Rovers: Lee; Ek, Vell, Preston, Moss; Tarvik, Pellam (Orr 58); Fox, Chester, Wells. " +
		"Replacements: Kell, Dunmore, Young, Ashby.\n\n" +
		"Ostmark United: Brandt; Sorel, Kiley, Castle (Marsh 76), Wren; Gale, Holt; Dane, Ferris, Penn, Quill. Booked: Moss, Wren.\n"
	res, types := extractLineup(t, text, ";,()0123456789")
	for _, name := range []string{"Preston", "Chester", "Wells", "Orr", "Castle", "Marsh", "Young"} {
		if types[name] != extract.Person {
			t.Errorf("%s typed %q, want a person", name, types[name])
		}
	}
	players := map[string]bool{"Lee": true, "Ann Lee": true, "Ek": true, "Vell": true, "Preston": true, "Moss": true, "Tarvik": true, "Pellam": true, "Orr": true,
		"Fox": true, "Chester": true, "Wells": true, "Brandt": true, "Sorel": true, "Kiley": true, "Castle": true, "Marsh": true, "Wren": true, "Gale": true, "Holt": true}
	got := map[string]bool{}
	var all []string
	for _, r := range res.Relations {
		s, o := res.Entities[r.Subject].Name, res.Entities[r.Object].Name
		local := r.Predicate[strings.LastIndexAny(r.Predicate, "/#")+1:]
		l := fmt.Sprintf("%s | %s | %s", s, local, o)
		got[l] = true
		all = append(all, l+" ("+r.Method+")")
		if s == "Moss" && o == "Ostmark United" {
			t.Errorf("a short list after a side's line-up given that side: %s (%s)", l, r.Method)
		}
		if players[s] && players[o] {
			t.Errorf("relation between two players: %s (%s)", l, r.Method)
		}
	}
	for _, w := range []string{"Preston | worksFor | Velden Rovers", "Orr | worksFor | Velden Rovers", "Castle | worksFor | Ostmark United", "Marsh | worksFor | Ostmark United", "Young | worksFor | Velden Rovers"} {
		if !got[w] {
			t.Errorf("missing %q; found:\n%s", w, strings.Join(all, "\n"))
		}
	}
}

// TestLineupClubs runs the pipeline on a squad list that gives a player's
// club in brackets and on an official's line, and checks that the list's
// names are people, its clubs are no players, no two players are related,
// and the official's county employs no one.
func TestLineupClubs(t *testing.T) {
	text := "Norland name side for Ostmark test\n\n" +
		"Norland coach Ann Lee has made three changes to the side that lost to Velden last week.\n\n" +
		"B Ek; C Orr, D Vell, E Fox, F Moss; G Tarn, H Pell; J Brandt, K Sorel (Harlow), L Kiley.\n\n" +
		"Referee: M Wren (Tarvikshire).\n"
	res, types := extractLineup(t, text, ";,()")
	players := []string{"C Orr", "D Vell", "E Fox", "G Tarn", "K Sorel", "L Kiley"}
	for _, name := range players {
		if types[name] != extract.Person {
			t.Errorf("%s typed %q, want a person", name, types[name])
		}
	}
	if types["Harlow"] == extract.Person {
		t.Errorf("the club Harlow typed a person")
	}
	isPlayer := map[string]bool{}
	for _, n := range players {
		isPlayer[n] = true
	}
	for _, r := range res.Relations {
		s, o := res.Entities[r.Subject].Name, res.Entities[r.Object].Name
		if isPlayer[s] && isPlayer[o] {
			t.Errorf("relation between two players: %s %s %s (%s)", s, r.Predicate, o, r.Method)
		}
		if s == "M Wren" && strings.HasSuffix(r.Predicate, "worksFor") {
			t.Errorf("an official's county as his employer: %s %s %s (%s)", s, r.Predicate, o, r.Method)
		}
	}
}

// extractLineup runs the default pipeline on text and returns its result
// and each entity's type by name, reporting an entity whose name holds
// one of the characters joiners (a line-up's separators or a minute): two
// names of the line-up run together.
func extractLineup(t *testing.T, text, joiners string) (*extract.Result, map[string]string) {
	t.Helper()
	p, err := pipeline.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Extract(context.Background(), extract.Document{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, e := range res.Entities {
		types[e.Name] = e.Type
		// An event's label is made of its kind, place and date ("Match,
		// Saturday"), no name the text gives.
		if e.Type != extract.EventType && strings.ContainsAny(e.Name, joiners) {
			t.Errorf("entity %q joins names of a line-up or a minute", e.Name)
		}
	}
	return res, types
}
