package fuzzbudget

import "testing"

// TestNotFuzzing checks that plain go test is never timed.
func TestNotFuzzing(t *testing.T) {
	if Fuzzing() {
		t.Skip("running under -fuzz")
	}
	Start(t, 0)()
}
