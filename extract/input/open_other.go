//go:build !unix

package input

import "os"

// openNoWait opens a file for reading (named pipes on these systems are not
// files in a directory).
func openNoWait(path string) (*os.File, error) {
	return os.Open(path)
}
