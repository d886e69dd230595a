// Command kg turns English news text into a knowledge graph in a Cayley store.
//
// People, organisations, places, events and dates found in articles become
// quads in the store (bbolt at ./kg.db by default, or PostgreSQL), each
// labelled with the document it came from and tied to its sentence and
// characters. Usage:
//
//	kg build [flags] PATH... | -     extract articles into the store
//	kg query [flags] QUERY | -       run a Gizmo, GraphQL or MQL query
//	kg export [flags]                write the store as N-Quads (or another format)
//	kg import [flags] FILE... | -    load an RDF dataset beside the extracted graph
//	kg stats | search | show | path  look around the store
//	kg link | unlink | unmerge       link entities to other datasets, undo merges
//	kg serve [flags]                 Cayley's HTTP API and UI, and kg's explorer
//	kg extract | tag | relate | eval | train
//	                                 the language pipeline without a store
//	kg version                       the version and revision kg was built from
//
// Run kg COMMAND --help for each command's flags. Each command is a type
// with a Run(ctx, args, stdout, stderr) method, one file per command, so
// tests call them directly.
package main
