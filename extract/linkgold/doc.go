// Package linkgold reads entity-linking gold in the ELEVANT benchmark
// format (one JSON document a line, mentions with character spans and
// Wikidata QIDs, as in ../shared/data/entity-linking) and scores the
// links kg made for the entities it found there.
//
// Each gold mention whose item the linking datasets hold is scored once:
// right when a mention kg found over it (sharing at least half of the
// shorter span) belongs to an entity linked to that item, wrong when the
// entity is linked to another Wikidata item, and otherwise unlinked, split
// into "no mention found" and "found, not linked". The package reads no
// store: the caller says which items each entity is linked to.
package linkgold
