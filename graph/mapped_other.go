//go:build !linux

package graph

// dropMappedPages does nothing here: see mapped_linux.go.
func dropMappedPages(file string) {}
