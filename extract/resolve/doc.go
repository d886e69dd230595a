// Package resolve groups the mentions of one document into entities: the
// many names of one thing ("Angela Merkel" ... "Merkel", "World Health
// Organization (WHO)", "the U.S." and "United States") become one Entity with a
// canonical name, a key that names it across documents, and aliases.
//
// Every mention-to-entity decision records its method and a score in the
// Mention, so that a wrong merge can be found and undone.
//
// Across documents, entities are the same node when their coarse type and
// Key agree. A bare surname or an unexpanded acronym therefore never merges
// with a full name from another document: the key differs. Nor does it
// merge with the same bare name in another document: a person named by one
// word only, and an acronym the document never expands and no lexicon
// lists, get a key of their document ("smith doc 3fa2b1c0d9e8").
//
// A merge found wrong can be undone: `kg unmerge` moves the mentions of an
// alias out of an entity in the store and records the decision, and the
// Resolver respects recorded decisions (Options.Unmerged) in later builds.
package resolve
