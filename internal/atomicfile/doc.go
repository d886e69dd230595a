// Package atomicfile writes a file whole or not at all: Create makes a new
// file beside the one to write, and File.Commit renames it over that one
// once it is written, so a reader never sees half a file and a failed
// write leaves the old file as it was.
package atomicfile
