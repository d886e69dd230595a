// Package txtar reads and writes txtar archives, the golden-file format of
// kg's tests: a comment, then files each introduced by a line "-- name --"
// (the format of golang.org/x/tools/txtar, without the dependency).
package txtar
