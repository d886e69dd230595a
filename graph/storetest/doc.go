// Package storetest holds the test helpers of the packages built on
// graph.Store (explore, link, unmerge): a temporary store, one holding
// graphtest.World, an RDF file imported under its file: IRI, and the World
// on PostgreSQL. Package graph's own tests cannot import it (it imports
// graph); they have their own.
package storetest
