package link

import (
	"testing"

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
