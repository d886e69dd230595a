//go:build !unix

package addrlimit

import "testing"

// Limit does nothing where there is no RLIMIT_AS.
func Limit(tb testing.TB, n uint64) {
	tb.Logf("no address space limit on this system")
}
