package fuzzbudget

import (
	"flag"
	"testing"
	"time"
)

// PerInput is the time one fuzz input may take: generous next to the
// milliseconds a stage spends on the few kilobytes the fuzzer generates.
const PerInput = 2 * time.Second

// Fuzzing reports whether the test binary runs with -test.fuzz.
func Fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// Start times one fuzz input; call the function it returns when the input
// is done (defer fuzzbudget.Start(t)()). When fuzzing, an input that took
// longer than PerInput fails with its size and time.
func Start(t testing.TB, size int) func() {
	if !Fuzzing() {
		return func() {}
	}
	start := time.Now()
	return func() {
		if d := time.Since(start); d > PerInput {
			t.Errorf("fuzzbudget: an input of %d bytes took %v, more than %v: some step is superlinear", size, d.Round(time.Millisecond), PerInput)
		}
	}
}
