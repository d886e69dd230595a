// Package graphql is Cayley's GraphQL query language, copied from
// github.com/cayleygraph/cayley/query/graphql at
// v0.7.7-0.20240706181042-81dcd7d73e45 under the Apache License 2.0 (see
// LICENSE in this directory), with changes by the kg authors, marked "kg"
// in the code: query.Options.Limit, which upstream ignores, caps every list
// in the answer, and an answer of more than MaxObjects(Limit) objects in
// all is an error (a nested fan-out query crashed kg serve); and the
// handler for Cayley's HTTP API (http.go) is left out, since kg runs every
// query through graph.Store.Query; and iterateObject is split into named
// steps (kg keeps every function under cyclomatic complexity 40), with
// upstream's code in them unchanged.
//
// It registers itself with Cayley's query package as "graphql", in place
// of the upstream package, which kg does not import. Everything else is as
// upstream; keep it so, to make updating easy (diff against the module).
package graphql
