// Package event finds the incidents a news article tells of: events the
// tagger names ("the Geneva Summit", "Hurricane Ida") and incidents
// described with a noun ("the May 1 attack in Korvath", "the
// massacre", "the eruption of the volcano on Saturday"). Each becomes an
// entity of type extract.EventType (a schema:Event node) with one mention
// per description, and an extract.Event with its place, date,
// participants and figures ("which killed over 140 people").
//
// Descriptions of one incident within a document are one event: a
// definite description refers to the latest event of a compatible kind
// whose date and place do not contradict it (a dated description without
// a place does not join an event placed but not dated); an indefinite one ("an
// attack") is a new incident unless its date or place say otherwise, and
// none at all when it is only planned or feared ("were planning an
// attack").
//
// An event's key, and so its IRI, names it across documents only when the
// text fixes it: by a name, or by its kind, place and day ("attack moscow
// 2024-03-22"). Otherwise the key carries a hash of the document, so that
// two articles' "the attack" are never merged on the word alone.
//
// Finder runs before the relation stage, so that relations can reach
// events; Linker runs after it and adds participants from relations.
package event
