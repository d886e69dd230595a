package link

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/explore"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/graph/storetest"
	"github.com/kg-project/kg/schema"
)

// readWant reads a linking fixture's expected links.
func readWant(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		e, tgt, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: bad line %q", path, line)
		}
		want[e] = tgt
	}
	return want
}

func fileDataset(path string) Dataset {
	return Dataset{Graph: storetest.FileGraph(path), Name: path, Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

func importFile(t testing.TB, s *graph.Store, d Dataset) {
	t.Helper()
	storetest.Import(t, s, d.Name, d.Graph)
}

// linkScore compares links with the expected ones: right, wrong (linked
// to another target, or linked when none was expected), missed.
func linkScore(links []Link, want map[string]string) (right, wrong, missed int, diffs []string) {
	got := map[string]string{}
	for _, l := range links {
		got[string(l.Entity)] = string(l.Target)
	}
	for e, w := range want {
		g, ok := got[e]
		switch {
		case w == "-" && !ok:
		case w == "-":
			wrong++
			diffs = append(diffs, e+": linked to "+g+", want none")
		case !ok:
			missed++
			diffs = append(diffs, e+": not linked, want "+w)
		case g == w:
			right++
		default:
			wrong++
			diffs = append(diffs, e+": linked to "+g+", want "+w)
		}
	}
	return
}

func TestLink(t *testing.T) {
	s := storetest.World(t)
	ctx := context.Background()
	d := fileDataset("testdata/world.nt")
	importFile(t, s, d)
	rep, err := Run(ctx, s, []Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := readWant(t, "testdata/world.want")
	right, wrong, missed, diffs := linkScore(rep.Links, want)
	if wrong+missed > 0 {
		t.Errorf("%d right, %d wrong, %d missed:\n%s", right, wrong, missed, strings.Join(diffs, "\n"))
	}
	for _, l := range rep.Links {
		if l.Method == "" || l.Score < DefaultMinLinkScore || l.Dataset != d.Graph {
			t.Errorf("link %+v: no method, low score or wrong dataset", l)
		}
	}
	checkLinksStored(t, s)
	// Linking again replaces the links.
	rep2, err := Run(ctx, s, []Dataset{d}, nil)
	if err != nil || rep2.Replaced != len(rep.Links) || rep2.QuadsAdded != rep.QuadsAdded {
		t.Errorf("relink: replaced %d of %d, added %d quads (first %d), %v", rep2.Replaced, len(rep.Links), rep2.QuadsAdded, rep.QuadsAdded, err)
	}
	checkUnlink(t, s, d, rep)
}

// checkLinksStored checks that TestLink's links are in the store, in
// their own graph with their records, and that a Gizmo query crosses
// from a document's city to the dataset's country.
func checkLinksStored(t *testing.T, s *graph.Store) {
	t.Helper()
	ctx := context.Background()
	// The links are in the store, in their own graph, with their records.
	card, err := explore.CardOf(ctx, s, quad.IRI(id+"place/vantor"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(card.Links) != 1 || card.Links[0].Graph != vocab.LinksGraph || card.Links[0].Method == "" || card.Links[0].Score == 0 {
		t.Errorf("vantor's links: %+v", card.Links)
	}
	// Across datasets: from our city through owl:sameAs to the dataset's
	// country and its code.
	var codes []string
	q := `g.V("<` + id + `place/vantor>").Out("<` + schema.SameAs + `>").Out("<http://www.wikidata.org/prop/direct/P17>").Out("<http://www.wikidata.org/prop/direct/P297>").All()`
	err = s.Query(ctx, "gizmo", q, nil, func(r any) error {
		codes = append(codes, r.(map[string]any)["id"].(string))
		return nil
	})
	if err != nil || !cmp.Equal(codes, []string{"FX"}) {
		t.Errorf("cross-dataset query = %v, %v", codes, err)
	}
}

// checkUnlink checks that Unlink removes every link of rep, and only
// them, then the datasets with their records.
func checkUnlink(t *testing.T, s *graph.Store, d Dataset, rep *Report) {
	t.Helper()
	ctx := context.Background()
	// Unlink removes every link, and only them: the record of the dataset
	// (its type and source) stays while its quads do.
	before, _ := s.Stats(ctx)
	un, err := Unlink(ctx, s, nil)
	if err != nil || un.Links != len(rep.Links) {
		t.Fatalf("unlink: %+v, %v", un, err)
	}
	after, _ := s.Stats(ctx)
	const records = 2
	if before.Quads-after.Quads != int64(rep.QuadsAdded-records) {
		t.Errorf("unlink removed %d quads, link added %d of which %d records", before.Quads-after.Quads, rep.QuadsAdded, records)
	}
	if ds, err := LinkedDatasets(ctx, s, ""); err != nil || !cmp.Equal(ds, []LinkedDataset{{Graph: d.Graph, Source: d.Name}}) {
		t.Errorf("linked datasets after unlink: %+v, %v", ds, err)
	}
	card, _ := explore.CardOf(ctx, s, quad.IRI(id+"place/vantor"), nil)
	if len(card.Links) != 0 {
		t.Errorf("links after unlink: %+v", card.Links)
	}
	// The countries' own sameAs (from the documents) stay.
	card, _ = explore.CardOf(ctx, s, quad.IRI(id+"place/freland"), nil)
	if len(card.Links) != 1 || card.Links[0].Method != "" {
		t.Errorf("freland's document link after unlink: %+v", card.Links)
	}
	// The datasets, whose links are gone already, with their records.
	un, err = Unlink(ctx, s, &UnlinkOptions{RemoveDatasets: true})
	if err != nil || un.Links != 0 || un.DatasetQuads == 0 || !cmp.Equal(un.Datasets, []quad.IRI{d.Graph}) {
		t.Fatalf("unlink with datasets: %+v, %v", un, err)
	}
	if ds, err := LinkedDatasets(ctx, s, ""); err != nil || len(ds) != 0 {
		t.Errorf("linked datasets after removing them: %+v, %v", ds, err)
	}
	end, _ := s.Stats(ctx)
	if end.Quads != before.Quads-int64(rep.QuadsAdded)-int64(un.DatasetQuads) {
		t.Errorf("quads after removing the dataset: %d", end.Quads)
	}
}

func TestLinkDryRun(t *testing.T) {
	s := storetest.World(t)
	ctx := context.Background()
	d := fileDataset("testdata/world.nt")
	before, _ := s.Stats(ctx)
	rep, err := Run(ctx, s, []Dataset{d}, &Options{DryRun: true})
	if err != nil || len(rep.Links) == 0 || rep.QuadsAdded != 0 {
		t.Fatalf("dry run: %+v, %v", rep, err)
	}
	after, _ := s.Stats(ctx)
	if after.Quads != before.Quads {
		t.Errorf("dry run wrote %d quads", after.Quads-before.Quads)
	}
}

func TestDescriptionHead(t *testing.T) {
	for d, want := range map[string]string{
		"city in Texas, United States":              "city",
		"American actor":                            "actor",
		"space-related agency of the United States": "agency",
		"sea connected to the Atlantic Ocean":       "sea",
		"county seat of El Paso County, Texas":      "seat",
		"research institute in Freland":             "institute",
		"Frelish television and radio network":      "network",
		"baseball team and franchise in Freland":    "team",
	} {
		if got := descriptionHead(d); got != want {
			t.Errorf("descriptionHead(%q) = %q, want %q", d, got, want)
		}
	}
	_ = extract.Person
}

// TestLinkJSONLD links against a JSON-LD dataset with an inline context.
func TestLinkJSONLD(t *testing.T) {
	s := storetest.World(t)
	d := fileDataset("testdata/world.jsonld")
	importFile(t, s, d)
	rep, err := Run(context.Background(), s, []Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, l := range rep.Links {
		got[string(l.Entity)] = string(l.Target)
	}
	want := map[string]string{
		id + "place/vantor":       "http://www.wikidata.org/entity/Q990010",
		id + "place/freland":      "http://www.wikidata.org/entity/Q990001",
		id + "place/ostria":       "http://www.wikidata.org/entity/Q990002",
		id + "person/ilse-marrow": "http://www.wikidata.org/entity/Q990030",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// TestLinkAgreesWithContainedInPlace: a place the text puts in one country
// is not linked to a place of the same name in another, not even through
// an identifier it carries (a guess by name, as kg's out-of-the-box city
// links are), and is linked to the one in its country.
func TestLinkAgreesWithContainedInPlace(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t)
	const wd = "http://www.wikidata.org/entity/"
	// Made-up world: Lunmouth, a mine town of Freland; a bigger Lunmouth
	// in Ostria, whose GeoNames node the document's Lunmouth was given.
	geo := "https://sws.geonames.org/9900777/"
	doc := graphtest.Result("Miners freed\nThe last miner was lifted from the Lunmouth mine in northern Freland.",
		[]graphtest.Ent{
			{Type: extract.Location, Class: "City", Name: "Lunmouth", SameAs: []string{geo}},
			{Type: extract.Location, Class: "Country", Name: "Freland", SameAs: []string{wd + "Q990001"}},
		},
		[]graphtest.Rel{graphtest.R(0, schema.ContainedInPlace, 1)})
	graphtest.Write(t, s, doc)
	const data = `<http://www.wikidata.org/entity/Q990001> <http://www.w3.org/2000/01/rdf-schema#label> "Freland" .
<http://www.wikidata.org/entity/Q990001> <http://www.wikidata.org/prop/direct/P297> "FX" .
<http://www.wikidata.org/entity/Q990002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostria" .
<http://www.wikidata.org/entity/Q990002> <http://www.wikidata.org/prop/direct/P297> "OX" .
<http://www.wikidata.org/entity/Q990700> <http://www.w3.org/2000/01/rdf-schema#label> "Lunmouth" .
<http://www.wikidata.org/entity/Q990700> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q990002> .
<http://www.wikidata.org/entity/Q990700> <http://www.wikidata.org/prop/direct/P1566> "9900777" .
<http://www.wikidata.org/entity/Q990700> <http://www.wikidata.org/prop/direct/P31> <http://www.wikidata.org/entity/Q515> .
<https://sws.geonames.org/9900777/> <http://www.w3.org/2000/01/rdf-schema#label> "Lunmouth" .
<https://sws.geonames.org/9900777/> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q990002> .
<http://www.wikidata.org/entity/Q990701> <http://www.w3.org/2000/01/rdf-schema#label> "Lunmouth" .
<http://www.wikidata.org/entity/Q990701> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q990001> .
<http://www.wikidata.org/entity/Q990701> <http://www.wikidata.org/prop/direct/P1566> "9900778" .
`
	tests := []struct {
		name string
		data string
		want string // Lunmouth's link, "" for none
	}{
		{"the one in its country", data, wd + "Q990701"},
		{"none rather than another country's", strings.Join(slices.DeleteFunc(strings.SplitAfter(data, "\n"), func(l string) bool { return strings.Contains(l, "Q990701") }), ""), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Dataset{Graph: "file:///data/places.nt", Name: "places.nt", Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(tc.data)), nil }}
			rep, err := Run(ctx, s, []Dataset{d}, &Options{DryRun: true})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, l := range rep.Links {
				if l.EntityName == "Lunmouth" {
					got = string(l.Target)
				}
			}
			if got != tc.want {
				t.Errorf("Lunmouth linked to %q, want %q (links %+v)", got, tc.want, rep.Links)
			}
		})
	}
}

const id = schema.DefaultBase

func TestDatasetsOfFile(t *testing.T) {
	dir := t.TempDir()
	owls := filepath.Join(dir, "owls.nt")
	for _, f := range []string{owls, filepath.Join(dir, "wrens.nt")} {
		if err := os.WriteFile(f, []byte("<urn:owl> <urn:hoots> \"yes\" .\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(owls, filepath.Join(dir, "strix.nt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	iri := func(name string) quad.IRI { return quad.IRI("file://" + filepath.ToSlash(filepath.Join(dir, name))) }
	linked := []LinkedDataset{{Graph: iri("owls.nt")}, {Graph: iri("strix.nt")}, {Graph: iri("wrens.nt")}, {Graph: "urn:kg:dataset:stdin"}, {Graph: iri("gone.nt")}}
	tests := []struct {
		path string
		want []quad.IRI
	}{
		{owls, []quad.IRI{iri("owls.nt"), iri("strix.nt")}},
		{filepath.Join(dir, "strix.nt"), []quad.IRI{iri("strix.nt"), iri("owls.nt")}},
		{filepath.Join(dir, "gone.nt"), []quad.IRI{iri("gone.nt")}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, DatasetsOfFile(tt.path, linked)); diff != "" {
			t.Errorf("DatasetsOfFile(%s) (-want +got):\n%s", tt.path, diff)
		}
	}
}

// TestLinkCountryPeers: a country the text relates to another country
// ("Vestria faced Ostmark") is still linked to the part of a kingdom
// that bears its name: the other country is its peer, not the one it is
// in. A town so related is not.
func TestLinkCountryPeers(t *testing.T) {
	const slice = `<http://www.wikidata.org/entity/Q996001> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q996001> <http://www.wikidata.org/prop/direct/P297> "NX" .
<http://www.wikidata.org/entity/Q996002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark"@en .
<http://www.wikidata.org/entity/Q996002> <http://www.wikidata.org/prop/direct/P297> "OX" .
<http://www.wikidata.org/entity/Q996003> <http://www.w3.org/2000/01/rdf-schema#label> "Vestria"@en .
<http://www.wikidata.org/entity/Q996003> <http://www.wikidata.org/prop/direct/P300> "NX-VE" .
<http://www.wikidata.org/entity/Q996003> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q996001> .
<http://www.wikidata.org/entity/Q996003> <http://schema.org/description> "country, part of Norland"@en .
`
	for _, row := range []struct{ name, class, want string }{
		{"country", "Country", "Q996003"},
		{"town", "City", ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "peers.nt", slice,
				graphtest.Result("Talks\nVestria faced Ostmark in talks.",
					[]graphtest.Ent{{Type: extract.Location, Class: row.class, Name: "Vestria"}, {Type: extract.Location, Class: "Country", Name: "Ostmark"}},
					[]graphtest.Rel{graphtest.R(0, schema.Opponent, 1)}))
			checkLinks(t, rep, map[string]string{"Vestria": row.want, "Ostmark": "Q996002"})
		})
	}
}

// TestLinkProminence: of two towns of one name in the country the page
// names, found and supported alike, the one far better known (statements
// about it, statements pointing at it) is taken; two alike stay
// ambiguous.
func TestLinkProminence(t *testing.T) {
	const slice = `<http://www.wikidata.org/entity/Q999001> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q999001> <http://www.wikidata.org/prop/direct/P297> "NX" .
<http://www.wikidata.org/entity/Q999011> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow"@en .
<http://www.wikidata.org/entity/Q999011> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q999001> .
<http://www.wikidata.org/entity/Q999011> <http://www.wikidata.org/prop/direct/P1566> "9990011" .
<http://www.wikidata.org/entity/Q999012> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow"@en .
<http://www.wikidata.org/entity/Q999012> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q999001> .
<http://www.wikidata.org/entity/Q999012> <http://www.wikidata.org/prop/direct/P1566> "9990012" .
`
	const known = `<http://www.wikidata.org/entity/Q999021> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow Bridge"@en .
<http://www.wikidata.org/entity/Q999021> <http://www.wikidata.org/prop/direct/P131> <http://www.wikidata.org/entity/Q999011> .
<http://www.wikidata.org/entity/Q999022> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow Castle"@en .
<http://www.wikidata.org/entity/Q999022> <http://www.wikidata.org/prop/direct/P131> <http://www.wikidata.org/entity/Q999011> .
<http://www.wikidata.org/entity/Q999023> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Lee"@en .
<http://www.wikidata.org/entity/Q999023> <http://www.wikidata.org/prop/direct/P19> <http://www.wikidata.org/entity/Q999011> .
`
	for _, row := range []struct{ name, slice, want string }{
		{"one-better-known", slice + known, "Q999011"},
		{"alike", slice, ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "towns.nt", row.slice,
				graphtest.Result("Floods\nFloods hit Harlow in northern Norland.",
					[]graphtest.Ent{{Type: extract.Location, Class: "City", Name: "Harlow"}, {Type: extract.Location, Class: "Country", Name: "Norland"}},
					[]graphtest.Rel{graphtest.R(0, schema.ContainedInPlace, 1)}))
			checkLinks(t, rep, map[string]string{"Harlow": row.want})
		})
	}
}
