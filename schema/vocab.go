package schema

// Namespaces.
const (
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	OWL    = "http://www.w3.org/2002/07/owl#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
	SKOS   = "http://www.w3.org/2004/02/skos/core#"
	SDO    = "http://schema.org/"
	NIF    = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
	ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
	WD     = "http://www.wikidata.org/entity/"
	WDT    = "http://www.wikidata.org/prop/direct/"
	// NS is kg's own namespace, for terms schema.org does not have.
	NS = "https://kg.example/ns#"
)

// DefaultBase is the base IRI under which entities and documents are named
// when no other is given.
const DefaultBase = "https://kg.example/id/"

// Frequently used terms, as full IRIs.
const (
	Type        = RDF + "type"
	Label       = RDFS + "label"
	SameAs      = OWL + "sameAs"
	EquivProp   = OWL + "equivalentProperty"
	AltLabel    = SKOS + "altLabel"
	Name        = SDO + "name"
	AltName     = SDO + "alternateName"
	Mentions    = SDO + "mentions"
	URL         = SDO + "url"
	DatePub     = SDO + "datePublished"
	Text        = SDO + "text"
	Description = SDO + "description"

	NewsArticle = SDO + "NewsArticle"
	PersonClass = SDO + "Person"
	OrgClass    = SDO + "Organization"
	PlaceClass  = SDO + "Place"
	CountryCls  = SDO + "Country"
	CityClass   = SDO + "City"
	EventClass  = SDO + "Event"
	ThingClass  = SDO + "Thing"

	NIFContext     = NIF + "Context"
	NIFPhrase      = NIF + "Phrase"
	NIFSentence    = NIF + "Sentence"
	NIFString      = NIF + "RFC5147String"
	IsString       = NIF + "isString"
	AnchorOf       = NIF + "anchorOf"
	BeginIndex     = NIF + "beginIndex"
	EndIndex       = NIF + "endIndex"
	RefContext     = NIF + "referenceContext"
	NIFSentenceRef = NIF + "sentence"
	TaIdentRef     = ITSRDF + "taIdentRef"
	TaClassRef     = ITSRDF + "taClassRef"

	// Source is the path or URL a document was read from.
	Source = NS + "source"
	// Context links a document to its nif:Context.
	Context = NS + "context"
	// Statement, StmtSubject, StmtPredicate, StmtObject and Document reify
	// each extracted edge so that "which documents support this edge" is a
	// subject/object index lookup rather than a scan over labels.
	Statement     = NS + "Statement"
	StmtSubject   = RDF + "subject"
	StmtPredicate = RDF + "predicate"
	StmtObject    = RDF + "object"
	Document      = NS + "document"
	// Method and Score record how a decision (a resolution, a relation, a
	// link) was made and how confident it is.
	Method = NS + "method"
	Score  = NS + "score"
	// EntityType is the coarse type of an entity (PER, ORG, LOC, MISC, ...).
	EntityType = NS + "entityType"
)

// Terms for relations, claims and events.
const (
	Location    = SDO + "location"
	StartDate   = SDO + "startDate"
	Author      = SDO + "author"
	ClaimClass  = SDO + "Claim"
	Participant = NS + "participant"
	// Perpetrator, Suspect and Victim link an event to the unnamed group
	// of people the text says carried it out, are suspected of it or
	// suffered it ("the three attackers, who were all from X"); the group
	// is an entity of class GroupClass.
	Perpetrator = NS + "perpetrator"
	Suspect     = NS + "suspect"
	Victim      = NS + "victim"
	// GroupClass is the class of such a group.
	GroupClass = NS + "Group"
	// ReportedBy links a claim to the outlet that reported it.
	ReportedBy = NS + "reportedBy"
	// Status is how a claim puts its content: "asserted", "denied",
	// "hedged" or "reported".
	Status = NS + "status"
	// Quote links a claim to the NIF string of its quoted content.
	Quote = NS + "quote"
	// SourceText is the words that name a claim's unnamed speaker, as
	// written ("officials", "a senior source", "Ann Lee's lawyer"): a
	// claim with no schema:author that says who spoke.
	SourceText = NS + "sourceText"
	// Evidence links a statement to the NIF string of the words that state
	// it.
	Evidence = NS + "evidence"
	// InClaim links a statement to the claim inside which it was said: such
	// a statement is reported, not asserted, and has no plain edge.
	InClaim = NS + "inClaim"
	// Value is the normalised value of a literal mention (a date, a number).
	Value = NS + "value"
	// Currency is a money mention's ISO 4217 currency code, UnitText
	// another quantity's unit ("percent", "mph").
	Currency = SDO + "currency"
	UnitText = SDO + "unitText"
	// Figures of events are kg:<role>Count (kg:killedCount, see
	// FigurePredicate), or kg:figure without a role.
)

// Terms for reversible entity resolution (kg unmerge).
const (
	// DecisionsGraph labels the quads that record decisions made by hand
	// about the graph, such as unmerges: they belong to no document.
	DecisionsGraph = NS + "decisions"
	// Unmerged links an entity to the entity made from mentions taken
	// away from it: <entity> kg:unmerged <new entity>.
	Unmerged = NS + "unmerged"
	// UnmergeClass is the class of an unmerge decision node, which has
	// kg:from, kg:to, kg:alias (the surface form moved) and kg:mentionCount.
	UnmergeClass = NS + "Unmerge"
	From         = NS + "from"
	To           = NS + "to"
	Alias        = NS + "alias"
	MentionCount = NS + "mentionCount"
)

// Relation predicates (package relate). Each maps to a Wikidata property in
// the vocabulary graph (see RelationVocabulary and docs/SCHEMA.md).
const (
	WorksFor           = SDO + "worksFor"           // Person -> Organization: wdt:P108 employer
	MemberOf           = SDO + "memberOf"           // Person or Organization -> Organization: wdt:P463 member of
	JobTitle           = SDO + "jobTitle"           // Person -> literal title ("chief executive")
	ParentOrganization = SDO + "parentOrganization" // Organization -> Organization: wdt:P749 parent organization
	SubOrganization    = SDO + "subOrganization"    // Organization -> Organization: wdt:P355 has subsidiary
	ContainedInPlace   = SDO + "containedInPlace"   // Place -> Place: wdt:P131 located in the administrative territorial entity
	HomeLocation       = SDO + "homeLocation"       // Person -> Place: wdt:P551 residence
	WorkLocation       = SDO + "workLocation"       // Person -> Place: wdt:P937 work location
	Nationality        = SDO + "nationality"        // Person -> Country: wdt:P27 country of citizenship
	AreaServed         = SDO + "areaServed"         // Organization -> Place: wdt:P2541 operating area
	Spouse             = SDO + "spouse"             // Person -> Person: wdt:P26 spouse
	Parent             = SDO + "parent"             // Person -> Person (the object is the subject's parent): wdt:P8810 parent
	Sibling            = SDO + "sibling"            // Person -> Person: wdt:P3373 sibling
	Colleague          = SDO + "colleague"          // Person -> Person: no Wikidata property
	Knows              = SDO + "knows"              // Person -> Person: no Wikidata property (one engaged by the other: a lawyer, an agent)
	Founder            = SDO + "founder"            // Organization -> Person: wdt:P112 founded by
	BirthPlace         = SDO + "birthPlace"         // Person -> Place: wdt:P19 place of birth
	DeathPlace         = SDO + "deathPlace"         // Person -> Place: wdt:P20 place of death
	AlumniOf           = SDO + "alumniOf"           // Person -> Organization: wdt:P69 educated at
	// Opponent is kg's own: schema.org has no term for it, nor Wikidata a
	// property. People or organisations that oppose, criticise, challenge
	// or defeat each other.
	Opponent = NS + "opponent"
	// Killed is kg's own: schema.org has no term for it. It is the inverse
	// of wdt:P157 killed by.
	Killed = NS + "killed"
	// VocabularyGraph labels the quads of RelationVocabulary.
	VocabularyGraph  = NS + "vocabulary"
	InverseOf        = OWL + "inverseOf"
	ObjectProperty   = OWL + "ObjectProperty"
	DatatypeProperty = OWL + "DatatypeProperty"
	SeeAlso          = RDFS + "seeAlso"
)
