// Package gizmo is Cayley's Gizmo query language (JavaScript on goja), copied
// from github.com/cayleygraph/cayley/query/gizmo at
// v0.7.7-0.20240706181042-81dcd7d73e45 under the Apache License 2.0 (see
// LICENSE in this directory), with changes by the kg authors:
//
//   - the goroutine that runs a script recovers from Go panics raised by
//     Cayley code the script calls and reports them as query errors, so
//     that a malformed query (found by graph's FuzzQuery: `g.V().Has("")`)
//     cannot crash kg;
//   - the result iterator's Done says when that goroutine has ended, so
//     that a query interrupted by its timeout or memory budget can be
//     waited for;
//   - a session's VM has a bounded call stack, its built-ins that could do
//     unbounded work in one call that goja cannot interrupt check their
//     arguments first, the binary data types are removed, and regular
//     expressions have a match timeout (limits.go, kg's own file).
//
// It registers itself with Cayley's query package as "gizmo", in place of
// the upstream package, which kg does not import. Everything else is as
// upstream; keep it so, to make updating easy (diff against the module).
package gizmo
