// Package testkit holds what the tests of the extraction stages share: a
// markup for writing test sentences with their mentions inline, and the
// Results built from it. Only tests import it. (The golden-file harness
// and its -update flag are package internal/golden, the shared corpora
// internal/shareddata.)
package testkit
