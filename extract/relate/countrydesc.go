package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/schema"
)

// scoreCountryDescriptor is the confidence of the country-descriptor
// construction, the nationality construction's for organisations.
const scoreCountryDescriptor = 0.8

// countryDescriptor reads a country, its demonym or its possessive before
// a common noun for an organisation right before organisation mention o
// (the country-descriptor construction): "Norlandic bank Acme", "Norland
// software firm Acme", "Norland's leading retail bank Acme": o is located
// in that country. Up to three modifiers may stand between the country
// and the noun, no names, no place's or incident's nouns. A demonym of a
// continent ("European rival Acme") names no country; where no typing
// ran, a demonym is taken for a country's.
func countryDescriptor(d *docState, o int, _ map[int]bool) {
	v := d.v
	n := v.s.Ents[o].Start - 1
	// A "body" named as a person is, a given name first, is most often a
	// person the tagger misread ("Norlandic film maker Ann Lee"), whose
	// country is a nationality.
	if !v.free(n) || v.tag(n) != "NN" || tokenize.StartsUpper(v.toks[n].Text) || !v.bodyNoun(n) || d.givenNamed(o) {
		return
	}
	k := n - 1
	for m := 0; m < 3 && v.free(k) && v.descriptorModifier(k); m++ {
		k--
	}
	if v.isPossessive(k) {
		k--
	}
	q := v.entEnding(k + 1)
	// Where no typing ran, a demonym ("Norlandic") stands for a
	// country, as for a title's place (employPlace).
	if q < 0 || v.typ(q) != extract.Location || !d.country(q) && (v.typed || !v.demonym(q)) {
		return
	}
	d.add(o, q, schema.Location, v.phrase(v.s.Ents[q].Start, v.s.Ents[o].End), MethodCountryDescriptor, scoreCountryDescriptor)
}

// bodyNoun reports whether token i is a common noun for an organisation
// ("bank", "firm", "carmaker", "giant", "club", "band", "university").
func (v *view) bodyNoun(i int) bool {
	return v.isOrgNoun(i) || v.is(i, lexicon.Enterprise, lexicon.Education, lexicon.MusicGroup)
}

// descriptorModifier reports whether token i may modify a body's noun
// between a country and the noun ("leading retail", "third-biggest",
// "software"): an adjective or a common noun in lower case, not a
// place's nor an incident's noun, nor a title's head.
func (v *view) descriptorModifier(i int) bool {
	t := v.tag(i)
	if !(strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || t == "VBG") || tokenize.StartsUpper(v.toks[i].Text) {
		return false
	}
	return !v.is(i, lexicon.IncidentClasses()...) && !v.is(i, lexicon.Settlement, lexicon.Facility) && !v.isTitleHead(i)
}
