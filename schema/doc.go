// Package schema is kg's vocabulary and the mapping from an extraction
// Result to quads.
//
// Classes and most properties are schema.org's (full http://schema.org/
// IRIs); mentions are NIF 2.0 phrases with ITS 2.0 entity references; the few
// terms schema.org lacks live under the kg namespace, NS. See docs/SCHEMA.md
// for a worked example.
//
// Every quad extracted from a document carries that document's IRI as its
// label, so a fact stated by two documents is two quads and each document's
// graph can be read on its own.
//
// Prefixes are the namespace prefixes kg reads and writes IRIs with:
// ExpandIRIs expands them in queries, ExpandTerm in a term a user gives,
// and ShortTerm and CompactIRI write IRIs short for printing.
package schema
