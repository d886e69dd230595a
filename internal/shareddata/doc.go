// Package shareddata finds, for tests and benchmarks, the public corpora
// that live beside the repository in ../shared/data, and skips with a clear
// message when they are absent.
package shareddata
