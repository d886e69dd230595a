// Package fuzzbudget gives fuzz targets a time budget per input, so that
// `go test -fuzz` reports an input that makes a stage slow (a superlinear
// loop) as it reports one that makes it crash. The budget applies only
// while fuzzing: the seed corpus that plain `go test` runs is never timed,
// so no test fails on a slow machine.
package fuzzbudget
