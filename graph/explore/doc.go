// Package explore answers a person's questions about what a graph.Store
// knows: Search finds entities by name or alias (prefix and typo
// tolerant), Resolve turns a name or IRI a user typed into a node,
// MostMentioned offers a start, CardOf gathers an entity's card (names,
// classes, links, properties, relations with their sources, mentions with
// the text around them, claims), Neighbours lists the entities one edge
// away and Paths the shortest chains of relations between two.
//
// It owns the search algorithm (tokens, prefixes, inflections, edit
// distance, ranks) and the breadth-first searches; the entity index they
// read (names, classes, document counts, entity-to-entity edges) is kept
// up to date by the store on every write and read through
// Store.EntityIndex. Every function holds the store's read lock
// (Store.ReadLock) while it reads, and reads through Cayley's indexes
// (Store.QuadStore, Store.MatchQuads) only where the entity index does not
// answer: cards, and paths over plumbing edges.
package explore
