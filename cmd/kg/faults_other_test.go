//go:build !linux

package main

// limitFileSize does nothing here: the write-fault tests are Linux's.
func limitFileSize() {}
