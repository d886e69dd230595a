//go:build unix

package graph

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// probeLock fails if another process (or another open Store in this process)
// holds bbolt's lock on file. bbolt would otherwise block forever in Open.
// The probe takes and drops a non-blocking exclusive flock, the same lock
// bbolt takes; a missing file is not locked.
func probeLock(file string) error {
	f, err := os.Open(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	defer f.Close()
	fd := int(f.Fd())
	if err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("store is locked by another process or another open Store (bbolt allows one at a time)")
		}
		return fmt.Errorf("lock %s: %w", file, err)
	}
	return syscall.Flock(fd, syscall.LOCK_UN)
}
