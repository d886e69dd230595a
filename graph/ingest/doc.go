// Package ingest joins the extraction pipeline to the store: it reads
// documents from input sources, extracts each with a pipeline and writes
// their quads to a graph store, as `kg build` does.
//
// A Builder reads the sources in order on one goroutine, extracts the
// documents on Options.Workers goroutines, and puts the results back in
// input order before writing them in batches, one transaction each (at
// most Options.BatchDocs documents or Options.BatchQuads quads), so that
// each document is wholly in the store or not at all and the store's
// contents do not depend on the number of workers. A document already in
// the store (the same text, so the same IRI) is not extracted again. The
// number of documents between the reader and the writer is bounded, and
// Build keeps the heap near a soft limit (Options.MemoryLimit), so memory
// does not grow with the input. On a store that takes several writers at
// once (PostgreSQL) batches are written concurrently.
//
// The package prints nothing: it reports each item read (rejections,
// repairs, warnings) and its progress through the callbacks of Options,
// and returns a Summary of what it stored. Package ingest owns the build
// loop only; reading inputs is package extract/input's, extraction
// package extract/pipeline's, the quads package schema's and the store
// package graph's.
//
// ImportFile loads an RDF file into the store under its own graph, its
// file: URI (graph.FileIRI), as 'kg import' does ('kg link' puts a dataset
// in the same graph).
package ingest
