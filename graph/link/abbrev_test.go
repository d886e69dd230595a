package link

import (
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/graph/graphtest"
	"github.com/kg-project/kg/graph/internal/vocab"
)

// abbrevSlice is a made-up slice: two countries and an administrative
// area of each that "Vest." abbreviates.
const abbrevSlice = `<http://www.wikidata.org/entity/Q994001> <http://www.w3.org/2000/01/rdf-schema#label> "Norland"@en .
<http://www.wikidata.org/entity/Q994001> <http://www.wikidata.org/prop/direct/P297> "NX" .
<http://www.wikidata.org/entity/Q994002> <http://www.w3.org/2000/01/rdf-schema#label> "Ostmark"@en .
<http://www.wikidata.org/entity/Q994002> <http://www.wikidata.org/prop/direct/P297> "OX" .
<http://www.wikidata.org/entity/Q994011> <http://www.w3.org/2000/01/rdf-schema#label> "Vestria"@en .
<http://www.wikidata.org/entity/Q994011> <http://www.wikidata.org/prop/direct/P300> "NX-VE" .
<http://www.wikidata.org/entity/Q994011> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q994001> .
<http://www.wikidata.org/entity/Q994012> <http://www.w3.org/2000/01/rdf-schema#label> "Vestmark"@en .
<http://www.wikidata.org/entity/Q994012> <http://www.wikidata.org/prop/direct/P300> "OX-VE" .
<http://www.wikidata.org/entity/Q994012> <http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q994002> .
`

// TestLinkAbbreviations: "Vest." on a page about Norland is Norland's
// Vestria, not Ostmark's Vestmark; "Vestm." on a page naming neither
// country is left alone.
func TestLinkAbbreviations(t *testing.T) {
	place := func(name string, sameAs ...string) graphtest.Ent {
		return graphtest.Ent{Type: extract.Location, Name: name, SameAs: sameAs}
	}
	rep := dryRun(t, "abbrev.nt", abbrevSlice,
		graphtest.Result("Floods in Norland\nHARLOW, Vest. - Rivers rose across Norland on Sunday.",
			[]graphtest.Ent{place("Vest."), place("Norland", "http://www.wikidata.org/entity/Q994001")}, nil),
		graphtest.Result("Fair opens\nPELLAM, Vestm. - The fair opened on Monday.",
			[]graphtest.Ent{place("Vestm.")}, nil))
	checkLinks(t, rep, map[string]string{"Vest.": "Q994011", "Vestm.": ""})
}

func TestAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		abbr, name string
		want       bool
	}{
		{"calif", "california", true},
		{"w va", "west virginia", true},
		{"fla", "florida", true},
		{"va", "virginia", true},
		{"la", "louisiana", true},
		{"vest", "ostmark", false},
		{"ca", "ca", false},
		{"va", "west virginia", false},
	} {
		if got := abbreviates(strings.Fields(tc.abbr), strings.Fields(tc.name)); got != tc.want {
			t.Errorf("abbreviates(%q, %q) = %v", tc.abbr, tc.name, got)
		}
	}
}

// TestAddDedicationNames: an administrative area labelled "W de Y" is
// also named W, unless a node is named W already, two areas would share
// it, or it is a town.
func TestAddDedicationNames(t *testing.T) {
	for _, row := range []struct {
		name  string
		area  *target
		other []*target
		want  bool
	}{
		{"area", &target{iri: "a", labels: []string{"Vellosa de Arno"}, admin: true}, nil, true},
		{"del", &target{iri: "a", labels: []string{"Vellosa del Mar"}, admin: true}, nil, true},
		{"town", &target{iri: "a", labels: []string{"Vellosa de Arno"}, admin: true, town: true}, nil, false},
		{"named-already", &target{iri: "a", labels: []string{"Vellosa de Arno"}, admin: true}, []*target{{iri: "b", labels: []string{"Vellosa"}, town: true}}, false},
		{"two-areas", &target{iri: "a", labels: []string{"Vellosa de Arno"}, admin: true}, []*target{{iri: "b", labels: []string{"Vellosa de Tarn"}, admin: true}}, false},
		{"no-particle", &target{iri: "a", labels: []string{"Vellosa North Arno"}, admin: true}, nil, false},
	} {
		t.Run(row.name, func(t *testing.T) {
			targets := map[string]*target{row.area.iri: row.area}
			byKey := map[string][]*target{}
			for _, o := range append([]*target{row.area}, row.other...) {
				targets[o.iri] = o
				for _, l := range o.labels {
					byKey[vocab.NameKey(l)] = append(byKey[vocab.NameKey(l)], o)
				}
			}
			addDedicationNames(targets, byKey)
			got := slices.Contains(byKey["vellosa"], row.area)
			if got != row.want {
				t.Errorf("Vellosa names %v: %v, want %v", row.area.labels, got, row.want)
			}
		})
	}
}

// TestAddWaterNames: a sea labelled "X Sea" or an ocean "X Ocean" is also
// named X, unless X is short, a node's name or a place's adjective.
func TestAddWaterNames(t *testing.T) {
	norland := &target{iri: "n", labels: []string{"Norland"}, country: true, kinds: tLOC}
	for _, row := range []struct {
		name, label, key string
		want             bool
	}{
		{"sea", "Vellican Sea", "vellican", true},
		{"ocean", "Tarvikan Ocean", "tarvikan", true},
		{"short", "Vell Sea", "vell", false},
		{"adjective", "Norlandish Sea", "norlandish", false},
		{"named", "Harlowe Sea", "harlowe", false},
		{"lake", "Vellican Lake", "vellican", false},
	} {
		t.Run(row.name, func(t *testing.T) {
			water := &target{iri: "w", labels: []string{row.label}, kinds: tLOC}
			town := &target{iri: "h", labels: []string{"Harlowe"}, town: true, kinds: tLOC}
			targets := map[string]*target{"w": water, "n": norland, "h": town}
			byKey := map[string][]*target{vocab.NameKey(row.label): {water}, "norland": {norland}, "harlowe": {town}}
			byAdj := map[string][]*target{"norlandish": {norland}}
			addWaterNames(targets, byKey, byAdj)
			if got := slices.Contains(byKey[row.key], water); got != row.want {
				t.Errorf("%s names %q: %v, want %v", row.key, row.label, got, row.want)
			}
		})
	}
}

// TestLinkWaterNames: "the Vellican" ("Vellican shipping"), which the
// tagger calls miscellaneous, is the Vellican Sea.
func TestLinkWaterNames(t *testing.T) {
	const slice = `<http://www.wikidata.org/entity/Q998001> <http://www.w3.org/2000/01/rdf-schema#label> "Vellican Sea"@en .
<http://www.wikidata.org/entity/Q998001> <http://schema.org/description> "sea between Norland and Ostmark"@en .
`
	rep := dryRun(t, "water.nt", slice,
		graphtest.Result("Storms\nStorms hit Vellican shipping.", []graphtest.Ent{{Type: extract.Miscellaneous, Name: "Vellican"}}, nil))
	checkLinks(t, rep, map[string]string{"Vellican": "Q998001"})
}

// TestOtherSpelling: -isation and -ization are one ending spelt two ways.
func TestOtherSpelling(t *testing.T) {
	for _, row := range []struct {
		name, in, want string
		ok             bool
	}{
		{"british", "Vell Trade Organisation", "Vell Trade Organization", true},
		{"american", "Pellam Normalization Board", "Pellam Normalisation Board", true},
		{"none", "Harlow United", "Harlow United", false},
		{"short-stem", "Ization", "Ization", false},
	} {
		t.Run(row.name, func(t *testing.T) {
			got, ok := otherSpelling(row.in)
			if got != row.want || ok != row.ok {
				t.Errorf("otherSpelling(%q) = %q, %v, want %q, %v", row.in, got, ok, row.want, row.ok)
			}
		})
	}
}

// TestLinkOtherSpelling: a body named with the British ending is the node
// labelled with the American one.
func TestLinkOtherSpelling(t *testing.T) {
	const slice = `<http://www.wikidata.org/entity/Q998011> <http://www.w3.org/2000/01/rdf-schema#label> "Vell Trade Organization"@en .
<http://www.wikidata.org/entity/Q998011> <http://schema.org/description> "international organization"@en .
`
	rep := dryRun(t, "spelling.nt", slice,
		graphtest.Result("Trade\nThe Vell Trade Organisation met.", []graphtest.Ent{{Type: extract.Organization, Name: "Vell Trade Organisation"}}, nil))
	checkLinks(t, rep, map[string]string{"Vell Trade Organisation": "Q998011"})
}
