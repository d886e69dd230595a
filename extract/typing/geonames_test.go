package typing

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract/gazetteer"
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
