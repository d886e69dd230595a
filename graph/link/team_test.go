package link

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/schema"
)

// teamSlice is a made-up slice: towns, football clubs named after them or
// not (Pellam, Tarn: "F.C." ends the labels of many), one known by its
// nickname (Otters), one whose label opens with its kind (A.C. Tallow)
// and a band named like one of the towns.
const teamSlice = `<http://www.wikidata.org/entity/Q991001> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow"@en .
<http://www.wikidata.org/entity/Q991001> <http://www.wikidata.org/prop/direct/P1566> "9910001" .
<http://www.wikidata.org/entity/Q991002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark"@en .
<http://www.wikidata.org/entity/Q991002> <http://www.wikidata.org/prop/direct/P1566> "9910002" .
<http://www.wikidata.org/entity/Q991003> <http://www.w3.org/2000/01/rdf-schema#label> "Vornsby"@en .
<http://www.wikidata.org/entity/Q991003> <http://www.wikidata.org/prop/direct/P1566> "9910003" .
<http://www.wikidata.org/entity/Q991011> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow United F.C."@en .
<http://www.wikidata.org/entity/Q991011> <http://schema.org/description> "Norlandish association football club"@en .
<http://www.wikidata.org/entity/Q991012> <http://www.w3.org/2000/01/rdf-schema#label> "Pellam F.C."@en .
<http://www.wikidata.org/entity/Q991012> <http://schema.org/description> "association football club"@en .
<http://www.wikidata.org/entity/Q991013> <http://www.w3.org/2000/01/rdf-schema#label> "Vornsby Town F.C."@en .
<http://www.wikidata.org/entity/Q991013> <http://schema.org/description> "Norlandish football club"@en .
<http://www.wikidata.org/entity/Q991014> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark Rovers F.C."@en .
<http://www.wikidata.org/entity/Q991014> <http://schema.org/description> "association football club in Norland"@en .
<http://www.wikidata.org/entity/Q991015> <http://www.w3.org/2000/01/rdf-schema#label> "Tarn Athletic F.C."@en .
<http://www.wikidata.org/entity/Q991015> <http://schema.org/description> "association football club"@en .
<http://www.wikidata.org/entity/Q991004> <http://www.w3.org/2000/01/rdf-schema#label> "Harwick"@en .
<http://www.wikidata.org/entity/Q991004> <http://www.wikidata.org/prop/direct/P1566> "9910004" .
<http://www.wikidata.org/entity/Q991016> <http://www.w3.org/2000/01/rdf-schema#label> "Harwick Otters"@en .
<http://www.wikidata.org/entity/Q991016> <http://schema.org/description> "association football club"@en .
<http://www.wikidata.org/entity/Q991017> <http://www.w3.org/2000/01/rdf-schema#label> "A.C. Tallow"@en .
<http://www.wikidata.org/entity/Q991017> <http://schema.org/description> "association football club"@en .
<http://www.wikidata.org/entity/Q991021> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow"@en .
<http://www.wikidata.org/entity/Q991021> <http://schema.org/description> "Norlandish rock band"@en .
`

// TestLinkTeams: on a page of results the organisations named by towns
// are their clubs, not the towns nor a band of the same name; a club
// named once on a page no other club shares is left alone.
func TestLinkTeams(t *testing.T) {
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	rep := dryRun(t, "teams.nt", teamSlice,
		graphtest.Result("Results\nHarlow beat Pellam 2-1.\nVornsby drew with Ostmark 0-0.\nOtters lost at home.\nTallow won away.",
			[]graphtest.Ent{org("Harlow"), org("Pellam"), org("Vornsby"), org("Ostmark"), org("Otters"), org("Tallow")}, nil),
		graphtest.Result("Acme opens a plant\nAcme will build its plant near Tarn, its chief Ann Lee said.",
			[]graphtest.Ent{org("Acme"), org("Tarn"), {Type: extract.Person, Name: "Ann Lee"}}, nil))
	checkLinks(t, rep, map[string]string{"Harlow": "Q991011", "Pellam": "Q991012", "Vornsby": "Q991013", "Ostmark": "Q991014", "Otters": "Q991016", "Tallow": "Q991017", "Tarn": ""})
	// Two clubs named by their towns, alone on a page, are a fixture.
	rep = dryRun(t, "teams.nt", teamSlice,
		graphtest.Result("Vornsby and Pellam shared the points.",
			[]graphtest.Ent{org("Vornsby"), org("Pellam")}, nil))
	checkLinks(t, rep, map[string]string{"Vornsby": "Q991013", "Pellam": "Q991012"})
}

// nationalSlice is a made-up slice: two countries, each with national
// teams of two sports, the cricket teams described only as "national
// sports team" (their labels say the sport).
const nationalSlice = `<http://www.wikidata.org/entity/Q992001> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q992001> <http://www.wikidata.org/prop/direct/P297> "NL" .
<http://www.wikidata.org/entity/Q992002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark"@en .
<http://www.wikidata.org/entity/Q992002> <http://www.wikidata.org/prop/direct/P297> "OM" .
<http://www.wikidata.org/entity/Q992011> <http://www.w3.org/2000/01/rdf-schema#label> "Norland national cricket team"@en .
<http://www.wikidata.org/entity/Q992011> <http://schema.org/description> "national sports team"@en .
<http://www.wikidata.org/entity/Q992012> <http://www.w3.org/2000/01/rdf-schema#label> "Norland national football team"@en .
<http://www.wikidata.org/entity/Q992012> <http://schema.org/description> "sports team that represents Norland"@en .
<http://www.wikidata.org/entity/Q992013> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark national cricket team"@en .
<http://www.wikidata.org/entity/Q992013> <http://schema.org/description> "national sports team"@en .
`

// TestLinkOpponents: on a page of one match the two sides, countries'
// names the extractor took for organisations and opponents, are their
// national teams of the one sport both have; a country's name for a
// body on a page without a match is no team.
func TestLinkOpponents(t *testing.T) {
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	rep := dryRun(t, "national.nt", nationalSlice,
		graphtest.Result("Norland beat Ostmark by four wickets.",
			[]graphtest.Ent{org("Norland"), org("Ostmark")}, []graphtest.Rel{graphtest.R(0, schema.Opponent, 1)}))
	checkLinks(t, rep, map[string]string{"Norland": "Q992011", "Ostmark": "Q992013"})
	rep = dryRun(t, "national.nt", nationalSlice,
		graphtest.Result("Norland and Ostmark signed a treaty.",
			[]graphtest.Ent{org("Norland"), org("Ostmark")}, nil))
	checkLinks(t, rep, map[string]string{"Norland": "", "Ostmark": ""})
	// A side whose canonical name is the country's other one is found
	// by the name the text gives it.
	rep = dryRun(t, "national.nt", nationalSlice,
		graphtest.Result("Norland beat Ostmark by four wickets.",
			[]graphtest.Ent{org("Norland"), {Type: extract.Organization, Name: "Ostmarkia", Aliases: []string{"Ostmark"}}}, []graphtest.Rel{graphtest.R(0, schema.Opponent, 1)}))
	checkLinks(t, rep, map[string]string{"Norland": "Q992011", "Ostmarkia": "Q992013"})
}

// TestLinkClassedTeams: a side the extractor classed a sports team needs
// no other team on its page: it takes the one team its name names, and
// none of two sports' teams; a body named so, classed nothing finer,
// still needs a page of teams.
func TestLinkClassedTeams(t *testing.T) {
	for _, row := range []struct {
		name, text, entity, class, want string
	}{
		{"one-sport", "Ostmark won 3-0 on Saturday.", "Ostmark", "SportsTeam", "Q992013"},
		{"two-sports", "Norland won 3-0 on Saturday.", "Norland", "SportsTeam", ""},
		{"no-class", "Ostmark signed the treaty on Saturday.", "Ostmark", "", ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "national.nt", nationalSlice,
				graphtest.Result(row.text, []graphtest.Ent{{Type: extract.Organization, Class: row.class, Name: row.entity}}, nil))
			checkLinks(t, rep, map[string]string{row.entity: row.want})
		})
	}
}

// TestLabelSports: a team's sport phrase comes from its label where its
// description names no sport.
func TestLabelSports(t *testing.T) {
	for _, row := range []struct {
		name, label string
		sport, want []string
	}{
		{"generic", "Norland national cricket team", []string{"national", "sports", "team"}, []string{"cricket"}},
		{"sport-named", "Norland national cricket team", []string{"association", "football", "team"}, []string{"association", "football", "team"}},
		{"no-lower-case-ending", "Harlow F.C.", []string{"sports", "team"}, []string{"sports", "team"}},
		{"all-lower-case", "national team", []string{"sports", "team"}, []string{"sports", "team"}},
	} {
		t.Run(row.name, func(t *testing.T) {
			tg := &target{iri: "x", team: true, labels: []string{row.label}, sport: row.sport}
			labelSports(map[string]*target{"x": tg})
			if diff := cmp.Diff(row.want, tg.sport); diff != "" {
				t.Errorf("sport of %q (-want +got):\n%s", row.label, diff)
			}
		})
	}
}

// TestAfterClubAbbreviation: the name after an abbreviation of one to
// three capitals that opens a club's label.
func TestAfterClubAbbreviation(t *testing.T) {
	for _, row := range []struct {
		name, label, want string
		ok                bool
	}{
		{"dotted", "F.K. Harlow Rovers", "harlow rovers", true},
		{"plain", "AC Pellam", "pellam", true},
		{"four-capitals", "ABCD Pellam", "", false},
		{"word", "Harlow United", "", false},
		{"alone", "FC", "", false},
	} {
		t.Run(row.name, func(t *testing.T) {
			got, ok := afterClubAbbreviation(row.label)
			if diff := cmp.Diff(row.want, got); diff != "" || ok != row.ok {
				t.Errorf("afterClubAbbreviation(%q) = %q, %v, want %v (-want +got):\n%s", row.label, got, ok, row.ok, diff)
			}
		})
	}
}

// TestSportSimilarity: teams' sport phrases are of one sport when their
// words, whole or less those that name no sport, are alike enough.
func TestSportSimilarity(t *testing.T) {
	for _, row := range []struct {
		a, b string
		same bool
	}{
		{"baseball team", "major league baseball franchise", true},
		{"former baseball team", "baseball team", true},
		{"norlandish football club", "association football club", true},
		{"american football team", "association football club", false},
		{"hockey team", "baseball team", false},
	} {
		a := &target{team: true, sport: strings.Fields(row.a)}
		b := &target{team: true, sport: strings.Fields(row.b)}
		if got := sportSimilarity(a, b) >= minSportSimilarity; got != row.same {
			t.Errorf("%q and %q: same sport %v, want %v", row.a, row.b, got, row.same)
		}
	}
}

// TestTownAdjective: a club's first word is the adjective of a place of
// the datasets, less -er or -r, and of no other word.
func TestTownAdjective(t *testing.T) {
	harlow := &target{iri: "h", labels: []string{"Harlow"}, town: true}
	vell := &target{iri: "v", labels: []string{"Velle"}, town: true}
	band := &target{iri: "b", labels: []string{"Tarn"}}
	byKey := map[string][]*target{"harlow": {harlow}, "velle": {vell}, "tarn": {band}}
	for _, row := range []struct {
		name, word, want string
		ok               bool
	}{
		{"er", "harlower", "harlow", true},
		{"r", "veller", "velle", true},
		{"no-place", "tarner", "", false},
		{"short", "oser", "", false},
		{"no-ending", "harlow", "", false},
	} {
		t.Run(row.name, func(t *testing.T) {
			got, ok := townAdjective(row.word, byKey)
			if got != row.want || ok != row.ok {
				t.Errorf("townAdjective(%q) = %q, %v, want %q, %v", row.word, got, ok, row.want, row.ok)
			}
		})
	}
}

// TestLinkTownAdjectiveClubs: on a page of results "Velden" is the club
// whose label opens with the town's adjective ("Veldener SC").
func TestLinkTownAdjectiveClubs(t *testing.T) {
	slice := teamSlice + `<http://www.wikidata.org/entity/Q991005> <http://www.w3.org/2000/01/rdf-schema#label> "Velden"@en .
<http://www.wikidata.org/entity/Q991005> <http://www.wikidata.org/prop/direct/P1566> "9910005" .
<http://www.wikidata.org/entity/Q991031> <http://www.w3.org/2000/01/rdf-schema#label> "Veldener SC"@en .
<http://www.wikidata.org/entity/Q991031> <http://schema.org/description> "association football club"@en .
`
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	rep := dryRun(t, "teams.nt", slice,
		graphtest.Result("Results\nVelden drew with Pellam 0-0.", []graphtest.Ent{org("Velden"), org("Pellam")}, nil))
	checkLinks(t, rep, map[string]string{"Velden": "Q991031", "Pellam": "Q991012"})
}

// TestLinkNicknameOverAlias: "Otters" on a page of results is the club
// whose label ends with the nickname, not one that has it only as an alias
// (a former name).
func TestLinkNicknameOverAlias(t *testing.T) {
	slice := teamSlice + `<http://www.wikidata.org/entity/Q991041> <http://www.w3.org/2000/01/rdf-schema#label> "Pellam Rovers"@en .
<http://www.wikidata.org/entity/Q991041> <http://www.w3.org/2004/02/skos/core#altLabel> "Otters"@en .
<http://www.wikidata.org/entity/Q991041> <http://schema.org/description> "association football club"@en .
<http://www.wikidata.org/entity/Q991016> <http://www.w3.org/2004/02/skos/core#altLabel> "Otters"@en .
`
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	rep := dryRun(t, "teams.nt", slice,
		graphtest.Result("Results\nOtters beat Vornsby 2-1.", []graphtest.Ent{org("Otters"), org("Vornsby")}, nil))
	checkLinks(t, rep, map[string]string{"Otters": "Q991016"})
}

// TestLinkPageSport: two sides whose countries both have teams of two
// sports are the teams of the sport their page's text names; with no
// sport named they stay unlinked.
func TestLinkPageSport(t *testing.T) {
	slice := nationalSlice + `<http://www.wikidata.org/entity/Q992014> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark national football team"@en .
<http://www.wikidata.org/entity/Q992014> <http://schema.org/description> "sports team that represents Ostmark"@en .
`
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	for _, row := range []struct{ name, text, norland, ostmark string }{
		{"cricket", "Norland beat Ostmark in the cricket final.", "Q992011", "Q992013"},
		{"football", "Norland beat Ostmark in the football final.", "Q992012", "Q992014"},
		{"none", "Norland beat Ostmark in the final.", "", ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "national.nt", slice,
				graphtest.Result(row.text, []graphtest.Ent{org("Norland"), org("Ostmark")}, []graphtest.Rel{graphtest.R(0, schema.Opponent, 1)}))
			checkLinks(t, rep, map[string]string{"Norland": row.norland, "Ostmark": row.ostmark})
		})
	}
}

// TestLinkClublessSides: a body named by a town whose club the datasets
// lack, that the text makes a side ("Vellby 2 Harlow 1" classes it a
// sports team), supports the other side's club as a club of the datasets
// would; one the text does not make a side (a ship, a firm named like a
// town) supports nothing, and "Harlow" stays the band of its name, as on a
// page whose other body is named by no town.
func TestLinkClublessSides(t *testing.T) {
	slice := teamSlice + `<http://www.wikidata.org/entity/Q991006> <http://www.w3.org/2000/01/rdf-schema#label> "Vellby"@en .
<http://www.wikidata.org/entity/Q991006> <http://www.wikidata.org/prop/direct/P1566> "9910006" .
`
	org := func(name, class string) graphtest.Ent {
		return graphtest.Ent{Type: extract.Organization, Class: class, Name: name}
	}
	for _, row := range []struct{ name, text, other, class, want string }{
		{"town-side", "Results\nVellby 2 Harlow 1", "Vellby", "SportsTeam", "Q991011"},
		{"town-not-side", "Harbour\nThe Vellby docked beside Harlow on Monday.", "Vellby", "", "Q991021"},
		{"no-town", "Results\nAcme 2 Harlow 1", "Acme", "SportsTeam", "Q991021"},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "teams.nt", slice,
				graphtest.Result(row.text, []graphtest.Ent{org(row.other, row.class), org("Harlow", "")}, nil))
			checkLinks(t, rep, map[string]string{"Harlow": row.want})
		})
	}
}

// TestLinkLocatedTownClubs: a club whose label opens with the name of a
// node that only a place's properties describe (coordinates, a country)
// is named by it: "Tarvik" of the Tarvik Steelers beside Harlow.
func TestLinkLocatedTownClubs(t *testing.T) {
	slice := teamSlice + `<http://www.wikidata.org/entity/Q991007> <http://www.w3.org/2000/01/rdf-schema#label> "Tarvik"@en .
<http://www.wikidata.org/entity/Q991007> <http://www.wikidata.org/prop/direct/P625> "Point(12.5 55.1)" .
<http://www.wikidata.org/entity/Q991032> <http://www.w3.org/2000/01/rdf-schema#label> "Tarvik Steelers"@en .
<http://www.wikidata.org/entity/Q991032> <http://schema.org/description> "Norlandish football club"@en .
`
	org := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Organization, Name: name} }
	rep := dryRun(t, "teams.nt", slice,
		graphtest.Result("Results\nTarvik 2 Harlow 1", []graphtest.Ent{org("Tarvik"), org("Harlow")}, nil))
	checkLinks(t, rep, map[string]string{"Tarvik": "Q991032", "Harlow": "Q991011"})
}

// TestLinkClubTakenForPlace: a name the tagger took for a place, classed
// no more than that, that no place of the datasets bears, is the club the
// page's teams make it ("Pellam" of Pellam F.C. beside Harlow's club); a
// place of the datasets stays itself (Vornsby, the town).
func TestLinkClubTakenForPlace(t *testing.T) {
	org := graphtest.Ent{Type: extract.Organization, Name: "Harlow"}
	for _, row := range []struct{ name, other, want string }{
		{"no such place", "Pellam", "Q991012"},
		{"a place", "Vornsby", "Q991003"},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, "teams.nt", teamSlice,
				graphtest.Result("Results\nHarlow 2 "+row.other+" 1 in the cup on Saturday.", []graphtest.Ent{org, {Type: extract.Location, Name: row.other}}, nil))
			checkLinks(t, rep, map[string]string{row.other: row.want})
		})
	}
}
