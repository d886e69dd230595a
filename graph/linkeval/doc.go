// Package linkeval is the store side of scoring kg's Wikidata links
// against entity-linking gold ('kg eval links'): Build extracts the gold
// documents and writes them to a graph.Store, and Score reads the
// owl:sameAs links into Wikidata that the store holds once package link
// has run, and scores them with package extract/linkgold.
//
// Reading the gold and the scoring rules are linkgold's, which reads no
// store; importing the linking datasets is graph.Store's and linking
// package link's.
package linkeval
