// Package entindex is the in-memory entity index a graph.Store keeps (see
// graph/entindex.go for how the store loads, builds and updates it): for
// every named node its names and their tokens, its classes, the number of
// documents that mention it, and the entity-to-entity edges by node, with
// the journal format the store persists it in. Search, entity cards, paths
// and linking read it through graph.Store.EntityIndex, holding Index.Mu.
package entindex
