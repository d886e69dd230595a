// Package graph is kg's knowledge-graph store: a plain Cayley quad store
// (bbolt by default, at ./kg.db) with the operations the kg command and the
// library need — writing one document's quads atomically, querying with
// Gizmo, GraphQL or MQL, exporting and importing RDF, statistics and
// provenance ("which documents support this edge?").
//
// Package graph and the packages under it are kg's only importers of
// github.com/cayleygraph/cayley: graph itself (the store adapter), the
// packages built on the store (graph/explore: search, cards, neighbours,
// paths; graph/link: linking to datasets; graph/unmerge), graph/server
// (Cayley's HTTP API and UI) and graph/internal/gizmo and
// graph/internal/graphql (query languages). Packages outside graph/ build
// quads with github.com/cayleygraph/quad and hand them to a *Store.
//
// For the packages built on it, graph offers a small API: ReadLock and
// Update (the store's read and write lock; AddQuads and RemoveQuads write
// inside Update), the read primitives Ref, Values, Each, MatchQuads,
// EachOut, QuadsOf, HasQuad and Sources, and EntityIndex, the entity index
// (names, classes, document counts and entity-to-entity edges of every
// named node) that the store derives from the quads and keeps up to date
// on every write (entindex.go; its data structure is
// graph/internal/entindex, the name vocabulary graph/internal/vocab).
//
// The store stays a stock Cayley store; kg adds no private metadata, and
// everything it knows is in the quads. The stock `cayley` binary at kg's
// pinned Cayley commit registers the bbolt file format only under its legacy
// name "bolt" (same file, <path>/indexes.bolt), so it opens kg's store as
// `cayley dump --db bolt --dbpath ./kg.db` (or query, http); a store made by
// `cayley load --init --db bolt` opens in kg with the default backend.
//
// Beside the bbolt file, the store directory holds only transient records:
// who has the store open (bolt.go) and the journal of an import in progress
// (journal.go), which the next Open uses to undo an import a crash
// interrupted.
//
// A bbolt store opened with Options.ReadOnly is shared with every other
// reader, in this process or others; one opened for writing is held alone,
// and a process kept out is told who holds it (bolt.go).
//
// Backends, query languages and quad formats are registered by blank imports
// in register.go.
package graph
