package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// File is a file written in place of the file at a path, under a
// temporary name beside it until Commit.
type File struct {
	*os.File
	path      string
	committed bool
}

// Create creates a new file beside path, to be renamed to path by
// Commit. Unlike os.CreateTemp (mode 0600) it is created with mode 0666
// less the umask, as a file the shell or os.Create makes, or with the mode
// of the file at path when there is one.
func Create(path string) (*File, error) {
	perm := os.FileMode(0o666)
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		perm = info.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	for range 100 {
		name := filepath.Join(dir, "."+base+".tmp-"+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err == nil && perm != 0o666 {
			if err = f.Chmod(perm); err != nil { // the file's own mode, not less the umask
				f.Close()
				os.Remove(name)
			}
		}
		if err != nil {
			return nil, err
		}
		return &File{File: f, path: path}, nil
	}
	return nil, fmt.Errorf("create a temporary file beside %s: too many tries", path)
}

// Commit closes the file and renames it to the path given to Create. Its
// error is the first of closing and renaming, as they are.
func (f *File) Commit() error {
	if err := f.File.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), f.path); err != nil {
		return err
	}
	f.committed = true
	return nil
}

// Abort closes the file and removes it, unless Commit renamed it: a
// caller defers it after Create.
func (f *File) Abort() {
	if f.committed {
		return
	}
	f.File.Close()
	os.Remove(f.Name())
}
