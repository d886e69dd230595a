package typing

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/schema"
)

func TestCountryGeoNamesID(t *testing.T) {
	for code, want := range map[string]int{"TJ": 1220409, "KE": 192950, "FR": 3017382} {
		if got, ok := CountryGeoNamesID(code); !ok || got != want {
			t.Errorf("CountryGeoNamesID(%s) = %d, %v; want %d", code, got, ok, want)
		}
	}
	if _, ok := CountryGeoNamesID("XX"); ok {
		t.Error("CountryGeoNamesID(XX): found")
	}
	if got := GeoNamesIRI(1220409); got != "https://sws.geonames.org/1220409/" {
		t.Errorf("GeoNamesIRI = %s", got)
	}
}

func TestUnambiguousCity(t *testing.T) {
	big := gazetteer.Place{GeonameID: 1, Class: "P", Population: 2_000_000, QID: "Q1"}
	small := gazetteer.Place{GeonameID: 2, Class: "P", Population: 20_000, QID: "Q2"}
	peer := gazetteer.Place{GeonameID: 3, Class: "P", Population: 1_500_000}
	tests := []struct {
		name string
		ps   []gazetteer.Place
		want int // GeonameID, 0 for none
	}{
		{"only one", []gazetteer.Place{small}, 2},
		{"dominant", []gazetteer.Place{big, small}, 1},
		{"two of a size", []gazetteer.Place{big, peer}, 0},
		{"none", nil, 0},
		{"not a populated place", []gazetteer.Place{{GeonameID: 4, Class: "A"}}, 0},
	}
	for _, tc := range tests {
		p, ok := unambiguousCity(tc.ps)
		got := 0
		if ok {
			got = p.GeonameID
		}
		if got != tc.want {
			t.Errorf("%s: got %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestCityLinks(t *testing.T) {
	g := gaz(t)
	ps := g.Places("Nairobi")
	p, ok := unambiguousCity(ps)
	if !ok {
		t.Skip("the gazetteer has several places named Nairobi")
	}
	var want []string
	if p.QID != "" {
		want = append(want, wikidataEntity+p.QID)
	}
	want = append(want, GeoNamesIRI(p.GeonameID))
	res := build(t, g, "Talks in Nairobi.", [][2]string{{"Nairobi", "LOC"}})
	if err := New(g).Process(res); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, res.Entities[0].SameAs); diff != "" {
		t.Errorf("sameAs (-want +got):\n%s", diff)
	}
}

// TestDatelineCityLinks: a city named in an all-caps dateline gets the
// links the same city gets in running text (issue 18 item 5).
func TestDatelineCityLinks(t *testing.T) {
	g := gaz(t)
	running := build(t, g, "A baker in Paris raised bread prices by a tenth.", [][2]string{{"Paris", "LOC"}})
	if err := New(g).Process(running); err != nil {
		t.Fatal(err)
	}
	want := running.Entities[0].SameAs
	if len(want) == 0 {
		t.Skip("the gazetteer does not link Paris by name")
	}
	tests := []struct {
		name, text, mention string
	}{
		{"all-caps dateline", "PARIS — Bakers raised bread prices by a tenth.", "PARIS"},
		{"dateline with an agency", "PARIS (Wirenews) - Bakers raised bread prices by a tenth.", "PARIS"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := build(t, g, tc.text, [][2]string{{tc.mention, "LOC"}})
			if err := New(g).Process(res); err != nil {
				t.Fatal(err)
			}
			e := res.Entities[0]
			if e.Class != ClassCity {
				t.Fatalf("%s: class %q, want %q", tc.mention, e.Class, ClassCity)
			}
			if diff := cmp.Diff(want, e.SameAs); diff != "" {
				t.Errorf("sameAs (-running text +dateline):\n%s", diff)
			}
		})
	}
}

// TestCityCountries: a city linked by its name alone loses the link when
// the text puts it in another country, and keeps it in its own (issue 18
// item 6).
func TestCityCountries(t *testing.T) {
	g := gaz(t)
	tests := []struct {
		name, text, country string
		keep                bool // the name-only link stays
	}{
		{"another country", "Olive growers near Guadalajara in central Spain fear a dry summer.", "Spain", false},
		{"its own country", "Guadalajara in Mexico hosts a car fair each spring.", "Mexico", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := build(t, g, tc.text, [][2]string{{"Guadalajara", "LOC"}, {tc.country, "LOC"}})
			if err := New(g).Process(res); err != nil {
				t.Fatal(err)
			}
			city := &res.Entities[0]
			p, ok := unambiguousCity(g.Places(city.Name))
			if !ok || city.Class != ClassCity || !slices.Contains(city.SameAs, GeoNamesIRI(p.GeonameID)) {
				t.Skipf("the typing stage does not link Guadalajara by name (class %q, sameAs %v)", city.Class, city.SameAs)
			}
			named := GeoNamesIRI(p.GeonameID)
			res.Relations = append(res.Relations, extract.Relation{Subject: 0, Object: 1, Predicate: schema.ContainedInPlace, Claim: -1})
			if err := NewCityCountries(g).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(city.SameAs, named); got != tc.keep {
				t.Errorf("link to %s (in %s) kept: %v, want %v; sameAs %v", named, p.Country, got, tc.keep, city.SameAs)
			}
		})
	}
}

// TestDatelineTown checks that the dateline's town is told from the same
// name later in the story, which a sports page may read as a side's.
func TestDatelineTown(t *testing.T) {
	g := gaz(t)
	text := "VELDEN, Norland - Ann Lee joined Velden on Monday."
	res := build(t, g, text, [][2]string{{"VELDEN", "LOC"}, {"Velden", "ORG"}})
	if res.Dateline == nil {
		t.Fatal("no dateline read")
	}
	var got []bool
	for mi := range res.Mentions {
		got = append(got, datelineTown(res, mi))
	}
	if diff := cmp.Diff([]bool{true, false}, got); diff != "" {
		t.Errorf("dateline towns (-want +got):\n%s", diff)
	}
}

// TestDatelineTwoTowns checks that each town of a dateline filed from
// two, parted by a slash, is a dateline town, and its agency none.
func TestDatelineTwoTowns(t *testing.T) {
	g := gaz(t)
	text := "HARLOW/NEW VELDEN (Wirenews) - Ann Lee joined Velden on Monday."
	res := build(t, g, text, [][2]string{{"HARLOW", "LOC"}, {"NEW VELDEN", "LOC"}, {"Wirenews", "ORG"}, {"Velden", "ORG"}})
	if res.Dateline == nil {
		t.Fatal("no dateline read")
	}
	var got []bool
	for mi := range res.Mentions {
		got = append(got, datelineTown(res, mi))
	}
	if diff := cmp.Diff([]bool{true, true, false, false}, got); diff != "" {
		t.Errorf("dateline towns (-want +got):\n%s", diff)
	}
}

// TestDatelineRegion checks that a dateline naming a region the gazetteer
// knows as no town's name types it as a region, spelled as news does,
// and a town's as a city.
func TestDatelineRegion(t *testing.T) {
	g := gaz(t)
	for _, tc := range []struct{ text, surface, name, class string }{
		{"TASMANIA - Ann Lee won the race on Sunday.", "TASMANIA", "Tasmania", ClassAdminArea},
		{"VELDEN - Ann Lee won the race on Sunday.", "VELDEN", "Velden", ClassCity},
	} {
		res := build(t, g, tc.text, [][2]string{{tc.surface, "LOC"}})
		if res.Dateline == nil {
			t.Fatalf("%s: no dateline read", tc.text)
		}
		if err := New(g).Process(res); err != nil {
			t.Fatal(err)
		}
		if e := res.Entities[0]; e.Name != tc.name || e.Class != tc.class {
			t.Errorf("%s: %s/%s, want %s/%s", tc.text, e.Name, e.Class, tc.name, tc.class)
		}
	}
}
