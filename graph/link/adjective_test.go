package link

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
)

// adjectiveSlice is a made-up slice: Norland, its language and its people,
// a language without a people or place of its name, Vestria (a region),
// Pellam (a country with a demonym), Tarnistan, Harlic, a language spoken
// in Vestria, Vornism, a religion, and Ekish, a language and a people
// but no place.
const adjectiveSlice = `<http://www.wikidata.org/entity/Q993001> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q993001> <http://www.wikidata.org/prop/direct/P297> "NX" .
<http://www.wikidata.org/entity/Q993002> <http://www.w3.org/2000/01/rdf-schema#label> "Norlandish"@en .
<http://www.wikidata.org/entity/Q993002> <http://schema.org/description> "North Sea language spoken in Norland"@en .
<http://www.wikidata.org/entity/Q993003> <http://www.w3.org/2000/01/rdf-schema#label> "Norlandish people"@en .
<http://www.wikidata.org/entity/Q993003> <http://www.w3.org/2004/02/skos/core#altLabel> "Norlandish"@en .
<http://www.wikidata.org/entity/Q993003> <http://schema.org/description> "nation and ethnic group native to Norland"@en .
<http://www.wikidata.org/entity/Q993004> <http://www.w3.org/2000/01/rdf-schema#label> "Vornic"@en .
<http://www.wikidata.org/entity/Q993004> <http://schema.org/description> "extinct language of Ostmark"@en .
<http://www.wikidata.org/entity/Q993005> <http://www.w3.org/2000/01/rdf-schema#label> "Vestria"@en .
<http://www.wikidata.org/entity/Q993005> <http://schema.org/description> "region of Norland"@en .
<http://www.wikidata.org/entity/Q993006> <http://www.w3.org/2000/01/rdf-schema#label> "Pellam"@en .
<http://www.wikidata.org/entity/Q993006> <http://www.wikidata.org/prop/direct/P297> "PX" .
<http://www.wikidata.org/entity/Q993006> <http://www.wikidata.org/prop/direct/P1549> "Pellamese"@en .
<http://www.wikidata.org/entity/Q993007> <http://www.w3.org/2000/01/rdf-schema#label> "Harlic"@en .
<http://www.wikidata.org/entity/Q993007> <http://schema.org/description> "Celtic language spoken in Vestria"@en .
<http://www.wikidata.org/entity/Q993008> <http://www.w3.org/2000/01/rdf-schema#label> "Tarnistan"@en .
<http://www.wikidata.org/entity/Q993008> <http://www.wikidata.org/prop/direct/P297> "TX" .
<http://www.wikidata.org/entity/Q993009> <http://www.w3.org/2000/01/rdf-schema#label> "Vornism"@en .
<http://www.wikidata.org/entity/Q993009> <http://schema.org/description> "monotheistic religion founded by Bo Ek"@en .
<http://www.wikidata.org/entity/Q993010> <http://www.w3.org/2000/01/rdf-schema#label> "Ekish"@en .
<http://www.wikidata.org/entity/Q993010> <http://schema.org/description> "language of the Ekish people"@en .
<http://www.wikidata.org/entity/Q993011> <http://www.w3.org/2000/01/rdf-schema#label> "Ekish people"@en .
<http://www.wikidata.org/entity/Q993011> <http://www.w3.org/2004/02/skos/core#altLabel> "Ekish"@en .
<http://www.wikidata.org/entity/Q993011> <http://schema.org/description> "people of the northern hills"@en .
`

// TestLinkAdjectives: a miscellaneous "Norlandish" or "Harlic", the name
// of a language its description places in Norland or Vestria, is taken
// for the place's adjective, far commoner in news than the language;
// "Ekish", a language and a people but no place, is left unlinked; a
// language no people or place is named after is linked; "Vestrian",
// "Pellamese", "Tarn" and "Vornist" are the adjectives of Vestria, Pellam,
// Tarnistan and Vornism.
func TestLinkAdjectives(t *testing.T) {
	misc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Miscellaneous, Name: name} }
	rep := dryRun(t, "adjectives.nt", adjectiveSlice,
		graphtest.Result("Norlandish league\nThe Norlandish league starts on Saturday.\nFew still speak Vornic.\nVestrian and Pellamese clubs play Harlic teams.\nTarn troops crossed the border.\nVornist leaders met.\nEkish songs were sung.",
			[]graphtest.Ent{misc("Norlandish"), misc("Vornic"), misc("Vestrian"), misc("Pellamese"), misc("Harlic"), misc("Tarn"), misc("Vornist"), misc("Ekish")}, nil))
	checkLinks(t, rep, map[string]string{"Norlandish": "Q993001", "Vornic": "Q993004", "Vestrian": "Q993005", "Pellamese": "Q993006", "Harlic": "Q993005", "Tarn": "Q993008", "Vornist": "Q993009", "Ekish": ""})
}

// landSlice is a made-up slice: Norland and two of its republics labelled
// by their peoples' names, as some datasets label them.
const landSlice = `<http://www.wikidata.org/entity/Q994001> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q994001> <http://www.wikidata.org/prop/direct/P297> "NX" .
<http://www.wikidata.org/entity/Q994002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostren"@en .
<http://www.wikidata.org/entity/Q994002> <http://www.wikidata.org/prop/direct/P300> "NX-OS" .
<http://www.wikidata.org/entity/Q994002> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q994001> .
<http://www.wikidata.org/entity/Q994003> <http://www.w3.org/2000/01/rdf-schema#label> "Harvesh"@en .
<http://www.wikidata.org/entity/Q994003> <http://www.wikidata.org/prop/direct/P300> "NX-HA" .
<http://www.wikidata.org/entity/Q994003> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q994001> .
`

// TestLinkPeopleLands: a land named by its people's name and a place
// ending ("Ostrnya", "Harveshia") is the region labelled by the people's
// name, when the page names the region's country; not otherwise.
func TestLinkPeopleLands(t *testing.T) {
	loc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Location, Name: name} }
	rep := dryRun(t, "lands.nt", landSlice,
		graphtest.Result("Norland sends troops\nNorland sent troops to Ostrnya and Harveshia.",
			[]graphtest.Ent{loc("Norland"), loc("Ostrnya"), loc("Harveshia")}, nil))
	checkLinks(t, rep, map[string]string{"Norland": "Q994001", "Ostrnya": "Q994002", "Harveshia": "Q994003"})
	rep = dryRun(t, "lands.nt", landSlice,
		graphtest.Result("Troops move\nTroops were sent to Ostrnya.", []graphtest.Ent{loc("Ostrnya")}, nil))
	checkLinks(t, rep, map[string]string{"Ostrnya": ""})
}

// TestLinkPeopleNames: a miscellaneous "Harvesh" ("Harvesh rebels") is
// the region labelled by the people's name when the page names its
// country, and not otherwise, nor when a town bears the name.
func TestLinkPeopleNames(t *testing.T) {
	misc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Miscellaneous, Name: name} }
	loc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Location, Name: name} }
	rep := dryRun(t, "lands.nt", landSlice,
		graphtest.Result("Clashes\nHarvesh rebels fought Norland troops.", []graphtest.Ent{misc("Harvesh"), loc("Norland")}, nil))
	checkLinks(t, rep, map[string]string{"Harvesh": "Q994003"})
	rep = dryRun(t, "lands.nt", landSlice,
		graphtest.Result("Clashes\nHarvesh rebels fought on.", []graphtest.Ent{misc("Harvesh")}, nil))
	checkLinks(t, rep, map[string]string{"Harvesh": ""})
	town := landSlice + `<http://www.wikidata.org/entity/Q994004> <http://www.w3.org/2000/01/rdf-schema#label> "Harvesh"@en .
<http://www.wikidata.org/entity/Q994004> <http://www.wikidata.org/prop/direct/P1566> "9940004" .
<http://www.wikidata.org/entity/Q994004> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q994001> .
`
	rep = dryRun(t, "lands.nt", town,
		graphtest.Result("Clashes\nHarvesh rebels fought Norland troops.", []graphtest.Ent{misc("Harvesh"), loc("Norland")}, nil))
	checkLinks(t, rep, map[string]string{"Harvesh": ""})
}

// TestPeopleLands: the names of lands a region's one-word label makes,
// less those that are a node's name ("ostrnland" here).
func TestPeopleLands(t *testing.T) {
	for _, row := range []struct {
		name, label string
		want        []string
	}{
		{"vowel-dropped", "Ostren", []string{"ostrenia", "ostrenistan", "ostrenland", "ostrenstan", "ostrenya", "ostrnia", "ostrnistan", "ostrnstan", "ostrnya"}},
		{"ends-in-vowel", "Tarna", nil},
		{"two-words", "Ostren Vale", nil},
		{"short", "Ost", nil},
	} {
		t.Run(row.name, func(t *testing.T) {
			tg := &target{iri: "r", admin: true, kinds: tLOC, labels: []string{row.label}}
			var got []string
			for k := range peopleLands(map[string]*target{"r": tg}, map[string][]*target{"ostrnland": {tg}}) {
				got = append(got, k)
			}
			slices.Sort(got)
			if diff := cmp.Diff(row.want, got); diff != "" {
				t.Errorf("lands of %q (-want +got):\n%s", row.label, diff)
			}
		})
	}
}

// variantSlice is a made-up slice: a religion known by an alias "X
// religion", and a movement.
const variantSlice = `<http://www.wikidata.org/entity/Q997001> <http://www.w3.org/2000/01/rdf-schema#label> "Vornism"@en .
<http://www.wikidata.org/entity/Q997001> <http://www.w3.org/2004/02/skos/core#altLabel> "Vurlan religion"@en .
<http://www.wikidata.org/entity/Q997001> <http://schema.org/description> "monotheistic religion founded by Bo Ek"@en .
<http://www.wikidata.org/entity/Q997002> <http://www.w3.org/2000/01/rdf-schema#label> "Harzbellah"@en .
<http://www.wikidata.org/entity/Q997002> <http://schema.org/description> "political party in Norland"@en .
<http://www.wikidata.org/entity/Q997003> <http://www.w3.org/2000/01/rdf-schema#label> "Tarn Peterson"@en .
<http://www.wikidata.org/entity/Q997003> <http://www.w3.org/2004/02/skos/core#altLabel> "Peterson"@en .
<http://www.wikidata.org/entity/Q997003> <http://schema.org/description> "Norlandish politician"@en .
`

// TestLinkVariants: "Vurlan", of the alias "Vurlan religion", is the
// religion's adjective; a one-word name spelt with other vowels ("Vorlan",
// "Herzbollah") is the one name or adjective so spelt; a person's
// ("Patterson") is not.
func TestLinkVariants(t *testing.T) {
	misc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Miscellaneous, Name: name} }
	rep := dryRun(t, "variants.nt", variantSlice,
		graphtest.Result("Leaders meet\nVurlan and Vorlan leaders met Herzbollah and Patterson.",
			[]graphtest.Ent{misc("Vurlan"), misc("Vorlan"), {Type: extract.Organization, Name: "Herzbollah"}, {Type: extract.Person, Name: "Patterson"}}, nil))
	checkLinks(t, rep, map[string]string{"Vurlan": "Q997001", "Vorlan": "Q997001", "Herzbollah": "Q997002", "Patterson": ""})
}

// TestLinkPlurals: a people named in the plural stands for what its
// adjective names ("Pellameses" for Pellam, "Vornists" for Vornism), also
// when the adjective is spelt with other vowels ("Vorlans" of the
// religion whose adjective is "Vurlan"); a body's name in the plural is
// not read so.
func TestLinkPlurals(t *testing.T) {
	for _, row := range []struct {
		name, slice, entity, typ, want string
	}{
		{"demonym", adjectiveSlice, "Pellameses", extract.Miscellaneous, "Q993006"},
		{"religion", adjectiveSlice, "Vornists", extract.Miscellaneous, "Q993009"},
		{"variant", variantSlice, "Vorlans", extract.Miscellaneous, "Q997001"},
		{"a body", adjectiveSlice, "Vornists", extract.Organization, ""},
		{"no people", adjectiveSlice, "Harlows", extract.Miscellaneous, ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, row.name+".nt", row.slice,
				graphtest.Result("Talks\nThe "+row.entity+" met on Saturday.",
					[]graphtest.Ent{{Type: row.typ, Name: row.entity}}, nil))
			checkLinks(t, rep, map[string]string{row.entity: row.want})
		})
	}
}

// TestSkeleton: a name key's first letter and its consonants after it.
func TestSkeleton(t *testing.T) {
	for _, row := range []struct{ name, k, want string }{
		{"vowels", "vorlan", "vrln"},
		{"doubled", "harzbellah", "hrzblh"},
		{"first-vowel", "ostmark", "ostmrk"},
	} {
		t.Run(row.name, func(t *testing.T) {
			if diff := cmp.Diff(row.want, skeleton(row.k)); diff != "" {
				t.Errorf("skeleton(%q) (-want +got):\n%s", row.k, diff)
			}
		})
	}
}

// TestLinkOrganisationAdjectives: a one-word name the tagger took for a
// body that is an adjective ("Vornist gunmen", "Pellamese troops"), or a
// variant spelling of one ("Vorlan"), is linked as a miscellaneous one
// is; a body that a node of the datasets is named by ("Norlandish", the
// people's alias) and a body of several words are not read so.
func TestLinkOrganisationAdjectives(t *testing.T) {
	for _, row := range []struct {
		name, slice, entity, want string
	}{
		{"religion", adjectiveSlice, "Vornist", "Q993009"},
		{"demonym", adjectiveSlice, "Pellamese", "Q993006"},
		{"variant", variantSlice, "Vorlan", "Q997001"},
		{"named-node", adjectiveSlice, "Norlandish", ""},
		{"several-words", adjectiveSlice, "Pellamese Guard", ""},
	} {
		t.Run(row.name, func(t *testing.T) {
			rep := dryRun(t, row.name+".nt", row.slice,
				graphtest.Result("Clashes\n"+row.entity+" gunmen clashed with police on Saturday.",
					[]graphtest.Ent{{Type: extract.Organization, Name: row.entity}}, nil))
			checkLinks(t, rep, map[string]string{row.entity: row.want})
		})
	}
}

// TestLinkChurchAdjectives: "Vornic" of a Vornic church (label or alias
// "Vornic Church", a church that is no building) is linked to it; a
// church building's name gives no adjective.
func TestLinkChurchAdjectives(t *testing.T) {
	const slice = `<http://www.wikidata.org/entity/Q997011> <http://www.w3.org/2000/01/rdf-schema#label> "Eastern Church"@en .
<http://www.wikidata.org/entity/Q997011> <http://www.w3.org/2004/02/skos/core#altLabel> "Old Vornic Church"@en .
<http://www.wikidata.org/entity/Q997011> <http://schema.org/description> "Christian church led by a council of elders"@en .
<http://www.wikidata.org/entity/Q997012> <http://www.w3.org/2000/01/rdf-schema#label> "Harlow Abbey Church"@en .
<http://www.wikidata.org/entity/Q997012> <http://schema.org/description> "church building in Harlow"@en .
`
	misc := func(name string) graphtest.Ent { return graphtest.Ent{Type: extract.Miscellaneous, Name: name} }
	rep := dryRun(t, "churches.nt", slice,
		graphtest.Result("Clergy meet\nOld Vornic and Harlow Abbey clergy met.", []graphtest.Ent{misc("Old Vornic"), misc("Harlow Abbey")}, nil))
	checkLinks(t, rep, map[string]string{"Old Vornic": "Q997011", "Harlow Abbey": ""})
}
