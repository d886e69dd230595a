// Package graphtest builds small kg stores for tests of package graph, its
// server and the kg command: documents written by hand, turned into quads
// by package schema exactly as kg build does, with made-up names.
package graphtest
