// Package testkit holds what the tests of the extraction stages share: a
// markup for writing test sentences with their mentions inline, and the
// Results built from it. Only tests import it. (Golden archives are in
// internal/txtar, the shared corpora in internal/shareddata.)
package testkit
