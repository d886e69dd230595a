// Package testkit holds what the tests of the extraction stages share:
// txtar golden archives, the location of ../shared/data and the BBC News
// corpus for benchmarks. Only tests import it.
package testkit
