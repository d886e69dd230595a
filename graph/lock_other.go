//go:build !unix

package graph

// probeLock is a no-op where flock is not available; bbolt then waits for
// the lock itself.
func probeLock(file string) error { return nil }
