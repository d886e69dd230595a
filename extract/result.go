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

// CreativeWorkClass is the class (schema.org's CreativeWork) of a
// Miscellaneous entity that evidence says is the title of a creative work:
// a film, a series, a book, a game. Later stages leave such an entity's type
// alone ("X Murders", a series, is no incident).
const CreativeWorkClass = "CreativeWork"

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

// Sentence is a span of the document text, its tokens and their
// annotation. Package annotate fills Lower, Lemma, POS and Chunks once,
// before the entity recognizer; Result.IndexMentions fills Mention and
// Literal. Every later stage reads them and none derives them again.
type Sentence struct {
	Start, End int
	Tokens     []tokenize.Token
	// Lower holds each token's text in lower case.
	Lower []string `json:"-"`
	// Lemma holds each token's dictionary form, lower case ("said" ->
	// "say", "ministers" -> "minister"), chosen by its part of speech.
	Lemma []string `json:",omitempty"`
	// POS and Chunks are the part-of-speech (Penn Treebank) and IOB2
	// chunk tags of Tokens.
	POS, Chunks []string
	// Mention holds, for each token, the index into Result.Mentions of the
	// entity mention (one with an Entity) over it, or -1; Literal the
	// index of the date or quantity mention over it, or -1. Where mentions
	// overlap, the first in Result.Mentions wins.
	Mention, Literal []int `json:"-"`
}

// Span is a half-open range [Start, End) of byte offsets into the text.
type Span struct{ Start, End int }

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Quote is a quotation: the span between an opening quotation mark and
// the closing one that pairs with it, perhaps several sentences later.
type Quote struct {
	// Open and Close are the offsets of the marks (Close is -1 when the
	// quotation runs to a paragraph's end unclosed, as a quotation that
	// goes on in the next paragraph does).
	Open, Close int
	// Span is the quoted text, without the marks.
	Span
}

// Dateline is the line that opens a news report with the place it was
// filed from and perhaps the agency that filed it ("PARIS (Reuters) —").
type Dateline struct {
	// Sentence is the index of the sentence that opens with it.
	Sentence int
	// Town is the token range [Town[0], Town[1]) of the town, in
	// capitals; Agency the token range of the agency named in brackets,
	// or [0, 0) when none; Dash is the token of the dash that ends it
	// (the agency's closing bracket when no dash follows it, "PARIS
	// (Reuters) The ...", or the colon, "PARIS: The ...").
	Town, Agency [2]int
	Dash         int
}

// Lineup is a team's line-up at the end of a match report: the words
// before a colon ("Norland:", "Replacements:"), perhaps none, then a list
// of short names parted by commas and semicolons, with minutes and
// substitutes in brackets ("Lee; Ek (Moss 58), Vell 76; ...").
type Lineup struct {
	// Sentence is the index of the sentence that holds it.
	Sentence int
	// Label is the token range of the words before the colon, or [0, 0)
	// when the list has none; Span the token range of the label and the
	// list.
	Label, Span [2]int
	// Names holds the token range of each player's name, a substitute's
	// in brackets among them; no minute, bracket or separator is in one.
	Names [][2]int
	// Clubs holds the token range of each name in brackets after a
	// player that is no substitute, a squad list's club ("Ek
	// (Harlow)"); it is no player.
	Clubs [][2]int `json:",omitempty"`
	// Lines says semicolons part the list into the lines of a side
	// (backs; half-backs; forwards), as a side's starting line-up has.
	Lines bool
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
	// for Date, a number for Quantity), or, for a demonym that stands for
	// a person and joins no entity (Method "demonym-person"), the name of
	// its country; empty otherwise.
	Value string
	// Unit is a quantity's unit: an ISO 4217 currency code for money
	// ("GBP"; the symbol or word as written when it names several
	// currencies), "percent", or the unit's word ("mph", "metre").
	Unit string `json:",omitempty"`
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
	// Evidence says what gave the entity its class (and its type, when
	// that is not the recognizer's): the constructions and lists that
	// decided, and the words they read. 'kg extract --explain' prints it.
	Evidence []Evidence `json:",omitempty"`
}

// Evidence is one construction, list or model that decided something,
// and the words it read.
type Evidence struct {
	// Method names it: "typing/descriptor", "gazetteer/city", ...
	Method string
	// Words are the words it read, or "" when it read none in particular.
	Words string `json:",omitempty"`
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
	// Source is the span of the words that name an unnamed speaker, as
	// written: the noun phrase ("officials", "a senior source", "Ann
	// Lee's lawyer") that is the subject of the reporting verb, follows
	// an inverted one ("..., said one official") or "according to". It
	// is zero when the speaker is named (Speaker >= 0), a pronoun, or
	// not said.
	Source Span `json:",omitzero"`
	// Start and End delimit the quoted or reported content.
	Start, End int
	Sentence   int
	// Verb is the reporting verb or phrase ("said", "was quoted as saying").
	Verb string
	// Method names the construction that found the claim ("subject-verb",
	// "inverted", "according-to", ...).
	Method string
	// Status says how the content is put: ClaimAsserted, ClaimDenied
	// ("X denied that ..."), ClaimHedged ("may", "reportedly") or
	// ClaimReported (a news outlet reports it).
	Status string `json:",omitempty"`
	// Score is the probability that the claim is right: its content an
	// attribution the text makes and its speaker the one the text gives
	// (claim.NewsModel, calibrated on news claims judged by hand).
	Score float64 `json:",omitempty"`
}

// The statuses of a claim.
const (
	ClaimAsserted = "asserted"
	ClaimDenied   = "denied"
	ClaimHedged   = "hedged"
	ClaimReported = "reported"
)

// Event is a named or described incident.
type Event struct {
	Entity int // index into Result.Entities of the event node
	// Kind is the kind of incident ("attack", "explosion", "election",
	// ...), or "" when unknown.
	Kind  string `json:",omitempty"`
	Place int    // entity index, or -1
	// Date is an ISO 8601 date or date-time, or empty.
	Date         string
	Participants []int
	// Figures are quantities said of the event ("over 140 people killed").
	Figures []Figure
	// Described is true when the text gives the event no name, only
	// descriptions ("a monthly news conference", "the attack"): its
	// entity's Name is then made of the kind, the place and the date
	// ("Conference in Harlow"), a label and not a name the text gives.
	Described bool `json:",omitempty"`
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
	// Quotes are the document's quotations, in text order (package
	// annotate).
	Quotes []Quote `json:",omitempty"`
	// Headline is the document's headline: its first line when that line
	// stands alone as one (package annotate), or the empty span.
	Headline Span `json:",omitempty"`
	// Dateline is the document's dateline, or nil when it has none
	// (package annotate).
	Dateline *Dateline `json:",omitempty"`
	// Credits are the byte spans of a wire's credit: the name in
	// brackets that ends the headline ("Rain Hits Harlow (NP)") and the
	// same words opening the text before a dash ("NP - The mayor ..."),
	// or only the second when the headline is a title apart from the
	// text (package annotate).
	Credits []Span `json:",omitempty"`
	// Lineups are the document's team line-ups (package annotate).
	Lineups   []Lineup `json:",omitempty"`
	Mentions  []Mention
	Entities  []Entity
	Relations []Relation
	Claims    []Claim
	Events    []Event
}

// IndexMentions fills each sentence's Mention and Literal token indexes
// from r.Mentions. A stage that adds mentions, or moves one, calls it
// before it returns; the pipeline calls it after resolution.
func (r *Result) IndexMentions() {
	for si := range r.Sentences {
		s := &r.Sentences[si]
		n := len(s.Tokens)
		if cap(s.Mention) < n {
			s.Mention, s.Literal = make([]int, n), make([]int, n)
		}
		s.Mention, s.Literal = s.Mention[:n], s.Literal[:n]
		for i := range s.Mention {
			s.Mention[i], s.Literal[i] = -1, -1
		}
	}
	for mi, m := range r.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(r.Sentences) {
			continue
		}
		s := &r.Sentences[m.Sentence]
		into := s.Literal
		if m.Entity >= 0 && m.Entity < len(r.Entities) {
			into = s.Mention
		} else if m.Type != Date && m.Type != Quantity {
			continue
		}
		lo, hi := s.TokenSpan(m.Start, m.End)
		for i := lo; i >= 0 && i < hi; i++ {
			if s.Tokens[i].End <= m.End && into[i] < 0 {
				into[i] = mi
			}
		}
	}
}

// MentionSpan returns the token range [lo, hi) that the mention at token i
// covers in idx (a sentence's Mention or Literal index): the run of tokens
// around i with the same mention.
func MentionSpan(idx []int, i int) (lo, hi int) {
	if i < 0 || i >= len(idx) {
		return i, i + 1
	}
	lo, hi = i, i+1
	for lo > 0 && idx[lo-1] == idx[i] {
		lo--
	}
	for hi < len(idx) && idx[hi] == idx[i] {
		hi++
	}
	return lo, hi
}

// TokenSpan returns the range [lo, hi) of the sentence's tokens that lie
// wholly inside the byte span [start, end), or lo = -1 when none does.
func (s *Sentence) TokenSpan(start, end int) (lo, hi int) {
	a, b := 0, len(s.Tokens)
	for a < b {
		mid := (a + b) / 2
		if s.Tokens[mid].Start < start {
			a = mid + 1
		} else {
			b = mid
		}
	}
	lo, hi = -1, -1
	for i := a; i < len(s.Tokens) && s.Tokens[i].Start < end; i++ {
		if s.Tokens[i].End <= end {
			if lo < 0 {
				lo = i
			}
			hi = i + 1
		}
	}
	return lo, hi
}
