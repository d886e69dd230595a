package schema

import "github.com/cayleygraph/quad"

// PropertyMapping ties one of kg's relation predicates to Wikidata.
type PropertyMapping struct {
	// Predicate is kg's predicate IRI (schema.org or kg's namespace).
	Predicate string
	// Label is its English name.
	Label string
	// Wikidata is the Wikidata direct property IRI (wdt:P...).
	Wikidata string
	// Mapping is how they relate: MapEquivalent (owl:equivalentProperty),
	// MapInverse (owl:inverseOf), MapRelated (rdfs:seeAlso, for a
	// literal-valued predicate whose Wikidata property takes items) or
	// MapNone (Wikidata has no such property; Wikidata is empty).
	Mapping string
}

// Mapping kinds of PropertyMapping.
const (
	MapEquivalent = "equivalent"
	MapInverse    = "inverse"
	MapRelated    = "related"
	MapNone       = "none"
)

// RelationProperties lists the relation predicates package relate writes,
// with their Wikidata properties, in a fixed order. schema:location is the
// location of an organisation (its base) or of an event.
func RelationProperties() []PropertyMapping {
	return []PropertyMapping{
		{WorksFor, "works for", WDT + "P108", MapEquivalent},
		{MemberOf, "member of", WDT + "P463", MapEquivalent},
		{JobTitle, "job title", WDT + "P39", MapRelated},
		{ParentOrganization, "parent organization", WDT + "P749", MapEquivalent},
		{SubOrganization, "subsidiary", WDT + "P355", MapEquivalent},
		{ContainedInPlace, "located in", WDT + "P131", MapEquivalent},
		{Location, "location", WDT + "P276", MapEquivalent},
		{HomeLocation, "residence", WDT + "P551", MapEquivalent},
		{WorkLocation, "work location", WDT + "P937", MapEquivalent},
		{Nationality, "nationality", WDT + "P27", MapEquivalent},
		{AreaServed, "area served", WDT + "P2541", MapEquivalent},
		{Spouse, "spouse", WDT + "P26", MapEquivalent},
		{Parent, "parent", WDT + "P8810", MapEquivalent},
		{Sibling, "sibling", WDT + "P3373", MapEquivalent},
		{Founder, "founded by", WDT + "P112", MapEquivalent},
		{BirthPlace, "place of birth", WDT + "P19", MapEquivalent},
		{DeathPlace, "place of death", WDT + "P20", MapEquivalent},
		{AlumniOf, "educated at", WDT + "P69", MapEquivalent},
		{Colleague, "colleague", "", MapNone},
		{Knows, "knows", "", MapNone},
		{Opponent, "opponent", "", MapNone},
		{Killed, "killed", WDT + "P157", MapInverse},
		{Perpetrator, "perpetrator", WDT + "P8031", MapEquivalent},
		{Victim, "victim", WDT + "P8032", MapEquivalent},
	}
}

// RelationVocabulary returns the vocabulary graph of the relation
// predicates: for each, its type, English label and its Wikidata property
// (owl:equivalentProperty; owl:inverseOf for kg:killed; rdfs:seeAlso for
// schema:jobTitle, a literal where Wikidata's P39 takes items), all labelled
// with VocabularyGraph, sorted. Writing it to a store more than once adds
// nothing.
func RelationVocabulary() []quad.Quad {
	b := &builder{label: quad.IRI(VocabularyGraph)}
	for _, p := range RelationProperties() {
		b.str(p.Predicate, Label, p.Label)
		switch p.Mapping {
		case MapInverse:
			b.iri(p.Predicate, Type, ObjectProperty)
			b.iri(p.Predicate, InverseOf, p.Wikidata)
		case MapRelated:
			b.iri(p.Predicate, Type, DatatypeProperty)
			b.iri(p.Predicate, SeeAlso, p.Wikidata)
		case MapNone:
			b.iri(p.Predicate, Type, ObjectProperty)
		default:
			b.iri(p.Predicate, Type, ObjectProperty)
			b.iri(p.Predicate, EquivProp, p.Wikidata)
		}
	}
	return Sort(b.quads)
}
