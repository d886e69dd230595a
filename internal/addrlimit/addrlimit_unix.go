//go:build unix

package addrlimit

import (
	"syscall"
	"testing"
)

// Limit caps the process's address space at n bytes (RLIMIT_AS), unless it
// is lower already; where it cannot, it says so in the test's log.
func Limit(tb testing.TB, n uint64) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &old); err != nil {
		tb.Logf("no address space limit: %v", err)
		return
	}
	if old.Cur <= n { // already lower (RLIM_INFINITY is the largest value)
		return
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: n, Max: old.Max}); err != nil {
		tb.Logf("no address space limit: %v", err)
	}
}
