//go:build !unix

package server

import "testing"

// limitAddressSpace does nothing where there is no RLIMIT_AS.
func limitAddressSpace(t *testing.T, n uint64) {
	t.Logf("no address space limit on this system")
}
