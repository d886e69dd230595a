package gazetteer

import (
	"bytes"
	"compress/gzip"
	"testing"
	"testing/fstest"
)

// gz compresses s as the data files are.
func gz(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestOrgName reads a made-up slice of organisations and their
// alternative names.
func TestOrgName(t *testing.T) {
	names := "#category\tname\tqid\tlabel\tkind\n" +
		"org\tUnity Party\tQ1\tUnity Party\tparty\n" +
		"org\tUnitarians\tQ1\tUnity Party\tparty\n" +
		"org\tUnitarians\tQ2\tUnity Party of Norland\tparty\n" +
		"org\tUnity Party of Norland\tQ2\tUnity Party of Norland\tparty\n" +
		"org\tCongress\tQ5\tNorland Congress Party\tparty\n" +
		"org\tNorvex Holdings\tQ3\tNorvex Holdings\tcompany\n" +
		"org\tNorvex\tQ3\tNorvex Holdings\tcompany\n" +
		"org\tNVX\tQ3\tNorvex Holdings\tcompany\n" +
		"org\tThe Harriers\tQ4\tOrla Harriers F.C.\tclub\n" +
		"org\tOrla Harriers\tQ4\tOrla Harriers F.C.\tclub\n" +
		"org\tGreens\tQ6\tGreen Party of Norland\tparty\n" +
		"org\tHarlow University\tQ7\tUniversity College Harlow\tuniversity\n" +
		"org\tHarlow University\tQ8\tUniversity of Harlow\tuniversity\n" +
		"org\tVell Institute\tQ9\tVell Institute\tuniversity\n" +
		"org\tVell Institute\tQ10\tVell Institute of Norland\tuniversity\n"
	g := madeUp(t, "", names)
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"a party's plural name", "Unitarians", "Unity Party", true},
		{"the label itself", "Unity Party", "Unity Party", true},
		{"an acronym", "NVX", "", false},
		{"a name of two words", "Orla Harriers", "Orla Harriers F.C.", true},
		{"one word of a company", "Norvex", "", false},
		{"one word after the", "The Harriers", "", false},
		{"only a qualified label", "Greens", "", false},
		{"a qualified label of another thing, no party", "Harlow University", "", false},
		{"a qualified label extending the answer", "Vell Institute", "Vell Institute", true},
		{"unknown", "Zebra Party", "", false},
	}
	if !g.IsParty("Unity Party") || g.IsParty("Norvex Holdings") {
		t.Errorf("IsParty: Unity Party %v, Norvex Holdings %v", g.IsParty("Unity Party"), g.IsParty("Norvex Holdings"))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := g.OrgName(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("OrgName(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestDivision reads a made-up slice of places: a name is a division's
// when every place so named is described as one, a town's when one is.
func TestDivision(t *testing.T) {
	names := "#category\tname\tqid\tlabel\tkind\n" +
		"loc\tOstmark\tQ1\tOstmark\tstate\n" +
		"loc\tOst\tQ1\tOstmark\tstate\n" +
		"loc\tHarlow\tQ2\tHarlow\tcounty\n" +
		"loc\tHarlow\tQ3\tHarlow\tcity\n" +
		"loc\tPellam\tQ4\tPellam\tisland\n" +
		"loc\tVelden\tQ5\tVelden\tprovince\n" +
		"loc\tVelden\tQ6\tVelden\tregion\n"
	g := madeUp(t, "", names)
	tests := []struct {
		name, in string
		want     bool
	}{
		{"a state", "Ostmark", true},
		{"a state's other name", "Ost", true},
		{"two divisions", "Velden", true},
		{"a county and a city", "Harlow", false},
		{"an island", "Pellam", false},
		{"unknown", "Tarvik", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := g.Division(tt.in); got != tt.want {
				t.Errorf("Division(%q) = %v; want %v", tt.in, got, tt.want)
			}
		})
	}
	if !g.Town("Harlow") || g.Town("Ostmark") || g.Town("Pellam") {
		t.Errorf("Town: Harlow %v (want true), Ostmark %v, Pellam %v (want false)", g.Town("Harlow"), g.Town("Ostmark"), g.Town("Pellam"))
	}
}

// TestCountryShortNames reads made-up countries: a name both list, one's
// own and the last word of the other's, names neither (shared-short-name);
// a code another lists keeps its country; a name ending in a function
// word names none (fragment-name).
func TestCountryShortNames(t *testing.T) {
	countries := "#code\tname\tqid\tnames\tdemonyms\n" +
		"NN\tNorth Norland\tQ1\tNorth Norland|Norland\tNorlander\n" +
		"NR\tNorland\tQ2\tNorland|Republic of Norland\t\n" +
		"OS\tOstmark\tQ3\tOstmark|O.S.\t\n" +
		"VI\tOstmark Islands\tQ4\tOstmark Islands|O.S.\t\n" +
		"TV\tTarvik\tQ5\tTarvik|Republic of\t\n"
	g := madeUp(t, countries, "")
	tests := []struct {
		name, in, want string // want: the code, "" for none
	}{
		{"a short name of both", "Norland", ""},
		{"the longer name", "North Norland", "NN"},
		{"the other's full name", "Republic of Norland", "NR"},
		{"a code another lists", "O.S.", "OS"},
		{"a fragment", "Republic of", ""},
		{"a name of one", "Tarvik", "TV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if c, ok := g.CountryByName(tt.in); ok {
				got = c.Code
			}
			if got != tt.want {
				t.Errorf("CountryByName(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTeamName reads a made-up slice of organisations: a name is a
// team's when every organisation listed under it is a team or a club.
func TestTeamName(t *testing.T) {
	names := "#category\tname\tqid\tlabel\tkind\n" +
		"org\tOrla Harriers\tQ1\tOrla Harriers F.C.\tclub\n" +
		"org\tVell Hawks\tQ2\tVell Hawks\tteam\n" +
		"org\tHawks\tQ2\tVell Hawks\tteam\n" +
		"org\tHawks\tQ3\tHawks Holdings\tcompany\n" +
		"org\tNorvex Holdings\tQ4\tNorvex Holdings\tcompany\n"
	g := madeUp(t, "", names)
	tests := []struct {
		name, in string
		want     bool
	}{
		{"a club", "Orla Harriers", true},
		{"a team", "Vell Hawks", true},
		{"a team's and a company's", "Hawks", false},
		{"a company", "Norvex Holdings", false},
		{"unknown", "Tarvik Rovers", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := g.TeamName(tt.in); got != tt.want {
				t.Errorf("TeamName(%q) = %v; want %v", tt.in, got, tt.want)
			}
		})
	}
}

// madeUp loads a gazetteer of made-up countries and names tables (TSV
// text, "" for none), with no places and no clusters.
func madeUp(t *testing.T, countries, names string) *Gazetteer {
	t.Helper()
	fs := fstest.MapFS{
		"data/countries.tsv.gz": {Data: gz(t, countries)},
		"data/places.tsv.gz":    {Data: gz(t, "")},
		"data/names.tsv.gz":     {Data: gz(t, names)},
		"data/clusters.tsv.gz":  {Data: gz(t, "")},
	}
	g, err := load(fs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestBandName reads a made-up slice of organisations: a name is a band's
// when every organisation listed under it is a band.
func TestBandName(t *testing.T) {
	g := madeUp(t, "", "#category\tname\tqid\tlabel\tkind\n"+
		"org\tHarbour Lights\tQ1\tHarbour Lights\tband\n"+
		"org\tVell\tQ2\tVell\tband\n"+
		"org\tVell\tQ3\tVell Holdings\tcompany\n")
	for name, want := range map[string]bool{"Harbour Lights": true, "Vell": false, "Tarvik": false} {
		if got := g.BandName(name); got != want {
			t.Errorf("BandName(%q) = %v; want %v", name, got, want)
		}
	}
}
