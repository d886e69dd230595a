package extract

import (
	"time"

	"github.com/kg-project/kg/extract/tokenize"
)

// Coarse entity types, as in CoNLL-2003, plus the literal-valued types the
// pipeline finds with rules.
const (
	Person        = "PER"
	Organization  = "ORG"
	Location      = "LOC"
	Miscellaneous = "MISC"
	Date          = "DATE"
	Quantity      = "QUANTITY"
	EventType     = "EVENT"
)

// Document is one input text.
type Document struct {
	// Text is the document body, valid UTF-8.
	Text string
	// Title is the document's title; empty means the first line of Text.
	Title string
	// Source is where the text came from: a file path, a URL or "-".
	Source string
	// Date is the publication date, or the zero time when unknown. Relative
	// dates ("on Friday") are resolved against it.
	Date time.Time
}

// Sentence is a span of the document text and its tokens.
type Sentence struct {
	Start, End int
	Tokens     []tokenize.Token
	// POS and Chunks are the part-of-speech and IOB2 chunk tags of Tokens,
	// filled by the first stage that needs them (pos.Tagger.Sentence) and
	// shared by the later ones; nil until then.
	POS, Chunks []string
}

// Mention is a span of text that names an entity.
type Mention struct {
	Start, End int
	// Text is Document.Text[Start:End].
	Text string
	// Type is the coarse type (Person, Organization, ...).
	Type string
	// Class is a finer schema.org class local name ("City", "GovernmentOrganization"),
	// or empty when only the coarse type is known.
	Class string
	// Sentence is the index of the sentence holding the mention.
	Sentence int
	// Entity is the index into Result.Entities of the entity the mention
	// refers to, or -1 before resolution.
	Entity int
	// Method and Score record how the mention was linked to its entity
	// ("exact", "surname", "acronym", ...), so a wrong merge can be found.
	Method string
	Score  float64
	// Value is the normalised value of a literal mention (an ISO 8601 date
	// for Date, a number for Quantity); empty otherwise.
	Value string
}

// Entity is one real-world thing named in a document.
type Entity struct {
	// Name is the canonical name: the longest, most complete surface form.
	Name string
	// Type is the coarse type; Class the finest known schema.org class.
	Type  string
	Class string
	// Key identifies the entity across documents and runs: the normalised
	// canonical name. Together with Type it makes the entity IRI.
	Key string
	// Aliases are the other surface forms seen, sorted, without Name.
	Aliases []string
	// Mentions are indexes into Result.Mentions, in text order.
	Mentions []int
	// SameAs holds external identifiers known without a dataset, as full
	// IRIs (a country's Wikidata entity, for example).
	SameAs []string
	// Attributes holds literal facts about the entity (predicate IRI to
	// values), such as an ISO country code.
	Attributes map[string][]string
}

// Relation is a directed edge between two entities, found in one sentence.
type Relation struct {
	Subject, Object int // indexes into Result.Entities
	// Predicate is a full IRI.
	Predicate string
	// Label is the text of the relation phrase ("claimed responsibility for").
	Label string
	// Sentence is the sentence index; Start and End the evidence span.
	Sentence   int
	Start, End int
	// Method names the evidence ("appositive", "classifier", "verb-pattern");
	// Score is its confidence in [0,1].
	Method string
	Score  float64
	// Claim is the index into Result.Claims when the relation is stated
	// inside reported speech, or -1 when the document asserts it.
	Claim int
}

// Claim is reported speech: a speaker says something, perhaps through an
// outlet that reported it.
type Claim struct {
	Speaker int // entity index, or -1 when unnamed
	Outlet  int // entity index of the reporting outlet, or -1
	// Start and End delimit the quoted or reported content.
	Start, End int
	Sentence   int
	// Verb is the reporting verb or phrase ("said", "was quoted as saying").
	Verb string
}

// Event is a named or described incident.
type Event struct {
	Entity int // index into Result.Entities of the event node
	Place  int // entity index, or -1
	// Date is an ISO 8601 date or date-time, or empty.
	Date         string
	Participants []int
	// Figures are quantities said of the event ("over 140 people killed").
	Figures []Figure
}

// Figure is a quantity stated about an event.
type Figure struct {
	Mention int    // index into Result.Mentions of the quantity mention
	Role    string // what is counted, e.g. "killed", "injured"
}

// Result is everything extracted from one document.
type Result struct {
	Doc       Document
	Sentences []Sentence
	Mentions  []Mention
	Entities  []Entity
	Relations []Relation
	Claims    []Claim
	Events    []Event
}
