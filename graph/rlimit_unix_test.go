//go:build unix

package graph

import (
	"syscall"
	"testing"
)

// limitAddressSpace caps the process's address space at n bytes, so that
// a query escaping its memory budget fails its allocation here instead of
// exhausting the machine.
func limitAddressSpace(t *testing.T, n uint64) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &old); err != nil {
		t.Logf("no address space limit: %v", err)
		return
	}
	if old.Cur <= n { // already lower (RLIM_INFINITY is the largest value)
		return
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: n, Max: old.Max}); err != nil {
		t.Logf("no address space limit: %v", err)
	}
}
