package typing

import (
	"testing"

	"github.com/kg-project/kg/extract"
)

// TestListedBand checks the listed-band construction over a made-up
// gazetteer: a name the list holds as a band's only is a MusicGroup on a
// page with a noun for a musical group, read as a body's of no class, a
// thing's or a place's, and nothing else.
func TestListedBand(t *testing.T) {
	names := "#category\tname\tqid\tlabel\tkind\n" +
		"org\tHarbour Lights\tQ1\tHarbour Lights\tband\n" +
		"org\tVellcast\tQ2\tVellcast\tband\n" +
		"org\tTarvik Rovers\tQ3\tTarvik Rovers\tband\n" +
		"org\tTarvik Rovers\tQ4\tTarvik Rovers\tteam\n" +
		"loc\tPellam Bay\tQ5\tPellam Bay\tcity\n" +
		"org\tPellam Bay\tQ6\tPellam Bay\tband\n"
	g := namesGazetteer(t, names)
	ty := New(g)
	tests := []struct {
		name, entity, typ string
		music, placed     bool
		want              bool
	}{
		{"a band read as a body's", "Harbour Lights", extract.Organization, true, false, true},
		{"one word read as a place's", "Vellcast", extract.Location, true, false, true},
		{"read as a thing's", "Vellcast", extract.Miscellaneous, true, false, true},
		{"no music on the page", "Harbour Lights", extract.Organization, false, false, false},
		{"in a place frame", "Vellcast", extract.Location, true, true, false},
		{"a band's and a team's", "Tarvik Rovers", extract.Organization, true, false, false},
		{"a place's too", "Pellam Bay", extract.Organization, true, false, false},
		{"read as a person's", "Harbour Lights", extract.Person, true, false, false},
		{"unknown", "Ostry Lions", extract.Organization, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extract.Entity{Name: tt.entity, Type: tt.typ}
			ev := evidence{musicPage: tt.music}
			if tt.placed {
				ev.placeCtx = 1
			}
			if got := ty.listedBand(&e, &ev); got != tt.want || got && (e.Class != ClassMusicGroup || e.Type != extract.Organization) {
				t.Errorf("listedBand(%q) = %v, %s/%s; want %v", tt.entity, got, e.Type, e.Class, tt.want)
			}
		})
	}
}
