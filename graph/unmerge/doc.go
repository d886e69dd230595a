// Package unmerge undoes a wrong merge in a graph.Store: Run moves the
// mentions of an alias (in every document or one) out of an entity into
// another, with the relations, statements and claims they support, and
// records the decision in schema.DecisionsGraph so that later builds keep
// the mentions apart; Records lists the decisions recorded, and Decisions
// gives them to the resolver of a later build.
//
// It plans the change with the store's read primitives and writes it
// inside Store.Update (additions, then removals).
package unmerge
