//go:build unix

package input

import (
	"os"
	"syscall"
)

// openNoWait opens a file for reading without waiting: a named pipe opens at
// once instead of waiting for a writer (open then sees that it is not a
// regular file). On a regular file the flag changes nothing.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
