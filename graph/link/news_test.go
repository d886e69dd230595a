package link

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// newsWorld is a linking fixture with real place, person and organisation
// names in short articles we wrote, shaped as kg build stores them:
// countries carry the Wikidata item the typing stage gives them, cities and
// the rest carry nothing, and relations say where places are.
func newsWorld() []*extract.Result {
	const (
		P = extract.Person
		O = extract.Organization
		L = extract.Location
	)
	wd := func(q string) []string { return []string{schema.WD + q} }
	country := func(name, q string) graphtest.Ent {
		return graphtest.Ent{Type: L, Class: "Country", Name: name, SameAs: wd(q)}
	}
	in := schema.ContainedInPlace
	return []*extract.Result{
		graphtest.Result("Flood defences fail in Perth\nHeavy rain flooded parts of Perth, in Scotland, on Sunday.\nOfficials in the United Kingdom promised help.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Perth"}, {Type: L, Class: "AdministrativeArea", Name: "Scotland"}, country("United Kingdom", "Q145")},
			[]graphtest.Rel{graphtest.R(0, in, 1)}),
		graphtest.Result("Protests in Portland\nHundreds marched through Portland, Oregon, on Saturday.\nThe mayor of Portland, Dana Whitlock, urged calm.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Portland"}, {Type: L, Class: "AdministrativeArea", Name: "Oregon"}, {Type: P, Name: "Dana Whitlock"}},
			[]graphtest.Rel{graphtest.R(0, in, 1), graphtest.R(2, schema.WorkLocation, 0)}),
		graphtest.Result("Strike at Mombasa\nDock workers at Mombasa, in Kenya, went on strike.\nThe Coast Dockers Union said talks would resume.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Mombasa"}, country("Kenya", "Q114"), {Type: O, Name: "Coast Dockers Union"}},
			[]graphtest.Rel{graphtest.R(0, in, 1)}),
		graphtest.Result("Budget vote in Springfield\nLawmakers met in Springfield, Illinois, on Monday.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Springfield"}, {Type: L, Class: "AdministrativeArea", Name: "Illinois"}},
			[]graphtest.Rel{graphtest.R(0, in, 1)}),
		graphtest.Result("Steel plant to close in Hamilton\nThe plant in Hamilton, Ontario, will close next year.\nCanada's unions protested.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Hamilton"}, {Type: L, Class: "AdministrativeArea", Name: "Ontario"}, country("Canada", "Q16")},
			[]graphtest.Rel{graphtest.R(0, in, 1)}),
		graphtest.Result("NATO ministers meet in Brussels\nNATO foreign ministers met in Brussels, Belgium.\nThe European Union sent observers.",
			[]graphtest.Ent{{Type: O, Name: "NATO"}, {Type: L, Class: "City", Name: "Brussels"}, country("Belgium", "Q31"), {Type: O, Name: "European Union"}},
			[]graphtest.Rel{graphtest.R(1, in, 2)}),
		graphtest.Result("Harbour reopens in Valencia\nThe harbour of Valencia, in Spain, reopened after repairs.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Valencia"}, country("Spain", "Q29")},
			[]graphtest.Rel{graphtest.R(0, in, 1)}),
		graphtest.Result("Mandela remembered in Johannesburg\nCrowds gathered in Johannesburg, South Africa, to remember Nelson Mandela.\nThandiwe Mokoena, a teacher, spoke first.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Johannesburg"}, country("South Africa", "Q258"), {Type: P, Name: "Nelson Mandela"}, {Type: P, Name: "Thandiwe Mokoena"}},
			[]graphtest.Rel{graphtest.R(0, in, 1)}),
		graphtest.Result("Research park opens in Cambridge\nA research park opened in Cambridge, England.\nThe World Health Organization sent a delegation.",
			[]graphtest.Ent{{Type: L, Class: "City", Name: "Cambridge"}, {Type: L, Class: "AdministrativeArea", Name: "England"}, {Type: O, Name: "World Health Organization"}},
			[]graphtest.Rel{graphtest.R(0, in, 1)}),
	}
}

// newsWant is what each entity of newsWorld should be linked to in the
// wikidata-labels-rdf slice ("-": it is not there).
var newsWant = map[string]string{
	"place/perth":                            "Q203000", // Perth, Scotland, not Western Australia
	"place/scotland":                         "Q22",
	"place/united-kingdom":                   "Q145",
	"place/portland":                         "Q6106", // Oregon, not Maine
	"place/oregon":                           "Q824",
	"person/dana-whitlock":                   "-",
	"place/mombasa":                          "Q225641", // the city, not the county
	"place/kenya":                            "Q114",
	"organization/coast-dockers-union":       "-",
	"place/springfield":                      "Q28515", // Illinois, not Massachusetts
	"place/illinois":                         "Q1204",
	"place/hamilton":                         "Q133116", // Ontario
	"place/ontario":                          "Q1904",   // the province, not the Californian city
	"place/canada":                           "Q16",
	"organization/nato":                      "Q7184",
	"place/brussels":                         "Q239",
	"place/belgium":                          "Q31",
	"organization/european-union":            "Q458",
	"place/valencia":                         "Q8818", // the city in Spain
	"place/spain":                            "Q29",
	"place/johannesburg":                     "Q34647",
	"place/south-africa":                     "Q258",
	"person/nelson-mandela":                  "Q8023",
	"person/thandiwe-mokoena":                "-",
	"place/cambridge":                        "Q350", // England, not Massachusetts
	"place/england":                          "Q21",
	"organization/world-health-organization": "Q7817",
}

// TestLinkNews links newsWorld against ../shared/data/wikidata-labels-rdf
// and checks the targets of the issue: of the entities that exist in the
// dataset, at least 90% linked to the right entry and under 5% wrongly.
func TestLinkNews(t *testing.T) {
	if testing.Short() {
		t.Skip("imports the 13 MB wikidata-labels-rdf slices and links against them (about 30 s): run without -short")
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "wikidata-labels-rdf")
	files, _ := filepath.Glob(filepath.Join(dir, "*.nt"))
	if len(files) == 0 {
		t.Skip("../shared/data/wikidata-labels-rdf not found: linking evaluation skipped")
	}
	s, err := graph.Open(context.Background(), filepath.Join(t.TempDir(), "kg.db"), &graph.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	graphtest.Write(t, s, newsWorld()...)
	var ds []Dataset
	for _, f := range files {
		d := fileDataset(f)
		importFile(t, s, d)
		ds = append(ds, d)
	}
	rep, err := Run(context.Background(), s, ds, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	inDataset := 0
	for k, v := range newsWant {
		if v != "-" {
			v = schema.WD + v
			inDataset++
		}
		want[schema.DefaultBase+k] = v
	}
	right, wrong, missed, diffs := linkScore(rep.Links, want)
	sort.Strings(diffs)
	t.Logf("%d entities in the dataset: %d linked right (%.0f%%), %d wrongly, %d missed; %d not in the dataset", inDataset, right, 100*float64(right)/float64(inDataset), wrong, missed, len(want)-inDataset)
	if len(diffs) > 0 {
		t.Logf("differences:\n%s", strings.Join(diffs, "\n"))
	}
	if float64(right) < 0.9*float64(inDataset) || float64(wrong) >= 0.05*float64(len(want)) {
		t.Errorf("linking below target: %d of %d right, %d wrong", right, inDataset, wrong)
	}
}
