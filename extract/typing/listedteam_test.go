package typing

import (
	"bytes"
	"compress/gzip"
	"testing"
	"testing/fstest"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
)

// TestListedTeam checks the listed-team construction over a made-up
// gazetteer: a body's name of two words or more that the list holds as a
// team's or a club's only is a SportsTeam on a page with a sports page's
// words, and nothing else.
func TestListedTeam(t *testing.T) {
	names := "#category\tname\tqid\tlabel\tkind\n" +
		"org\tVell Hawks\tQ1\tVell Hawks\tteam\n" +
		"org\tOrla Harriers\tQ2\tOrla Harriers F.C.\tclub\n" +
		"org\tHawks\tQ1\tVell Hawks\tteam\n" +
		"org\tTarvik Rovers\tQ3\tTarvik Rovers\tteam\n" +
		"org\tTarvik Rovers\tQ4\tTarvik Rovers Ltd\tcompany\n" +
		"loc\tPellam Bay\tQ5\tPellam Bay\tcity\n" +
		"org\tPellam Bay\tQ6\tPellam Bay F.C.\tclub\n"
	g := namesGazetteer(t, names)
	ty := New(g)
	tests := []struct {
		name, entity string
		typ          string
		aliases      []string
		sports       bool
		want         bool
	}{
		{"a team on a sports page", "Vell Hawks", extract.Organization, nil, true, true},
		{"a club by its other name", "Orla Harriers F.C.", extract.Organization, []string{"Orla Harriers"}, true, true},
		{"off a sports page", "Vell Hawks", extract.Organization, nil, false, false},
		{"one word", "Hawks", extract.Organization, nil, true, false},
		{"a team's and a company's", "Tarvik Rovers", extract.Organization, nil, true, false},
		{"a place's too", "Pellam Bay", extract.Organization, nil, true, false},
		{"read as a person's", "Vell Hawks", extract.Person, nil, true, false},
		{"unknown", "Ostry Lions", extract.Organization, nil, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extract.Entity{Name: tt.entity, Type: tt.typ, Aliases: tt.aliases}
			ev := evidence{sportWords: tt.sports}
			if got := ty.listedTeam(&e, &ev); got != tt.want || got && e.Class != ClassSportsTeam {
				t.Errorf("listedTeam(%q) = %v, class %q; want %v", tt.entity, got, e.Class, tt.want)
			}
		})
	}
}

// namesGazetteer loads a gazetteer of the made-up names table names (TSV
// text), with no countries, places or clusters.
func namesGazetteer(t *testing.T, names string) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Load(fstest.MapFS{
		"data/countries.tsv.gz": {Data: gzipText(t, "")},
		"data/places.tsv.gz":    {Data: gzipText(t, "")},
		"data/names.tsv.gz":     {Data: gzipText(t, names)},
		"data/clusters.tsv.gz":  {Data: gzipText(t, "")},
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// gzipText compresses s as the gazetteer's data files are.
func gzipText(t *testing.T, s string) []byte {
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
