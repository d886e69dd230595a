package typing

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListedShow checks the listed-show construction over a made-up
// gazetteer: a name the list holds as a film's or a screen show's only,
// or after "The", is a creative work when the tagger read it as a body's
// of no class and nothing reads a body.
func TestListedShow(t *testing.T) {
	names := "#category\tname\tqid\tlabel\tkind\n" +
		"misc\tHarbour Lights\tQ1\tHarbour Lights\tfilm\n" +
		"misc\tThe Vellcast\tQ2\tThe Vellcast\tseries\n" +
		"misc\tVellcast\tQ2\tThe Vellcast\tseries\n" +
		"misc\tTarvik Rovers\tQ3\tTarvik Rovers\tfilm\n" +
		"org\tTarvik Rovers\tQ4\tTarvik Rovers\tteam\n" +
		"misc\tPellam Bay\tQ5\tPellam Bay\tfilm\n" +
		"misc\tPellam Bay\tQ6\tPellam Bay\tgame\n" +
		"misc\tOstry\tQ7\tOstry\tfilm\n"
	g := namesGazetteer(t, names)
	ty := New(g)
	tests := []struct {
		name, entity, typ string
		speaks            bool
		want              bool
	}{
		{"a film read as a body's", "Harbour Lights", extract.Organization, false, true},
		{"a series named after 'The'", "Vellcast", extract.Organization, false, true},
		{"one word alone", "Ostry", extract.Organization, false, false},
		{"a body's too", "Tarvik Rovers", extract.Organization, false, false},
		{"a game's too", "Pellam Bay", extract.Organization, false, false},
		{"it speaks", "Harbour Lights", extract.Organization, true, false},
		{"read as a person's", "Harbour Lights", extract.Person, false, false},
		{"unknown", "Ostry Lions", extract.Organization, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extract.Entity{Name: tt.entity, Type: tt.typ}
			ev := evidence{}
			if tt.speaks {
				ev.speaker = 1
			}
			if got := ty.listedShow(&e, &ev, tally{}); got != tt.want || got && (e.Class != extract.CreativeWorkClass || e.Type != extract.Miscellaneous) {
				t.Errorf("listedShow(%q) = %v, %s/%s; want %v", tt.entity, got, e.Type, e.Class, tt.want)
			}
		})
	} // An alias the list holds counts as the name does (listedOnly).
	for _, tt := range []struct {
		name    string
		aliases []string
		want    bool
	}{
		{"a listed alias", []string{"Harbour Lights"}, true},
		{"an alias listed for a body too", []string{"Tarvik Rovers"}, false},
		{"no listed alias", []string{"Ostry Lions"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := extract.Entity{Name: "Lights", Aliases: tt.aliases, Type: extract.Organization}
			if got := ty.listedShow(&e, &evidence{}, tally{}); got != tt.want {
				t.Errorf("listedShow(Lights, aliases %v) = %v; want %v", tt.aliases, got, tt.want)
			}
		})
	}
}
