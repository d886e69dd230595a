package ingest

import (
	"os"
	"runtime/debug"
)

// DefaultMemoryLimit is the soft heap limit, in bytes, that Build sets by
// default for workers extraction goroutines: 224 MB and 32 MB a worker,
// what a build needs (the models, about 60 MB, a batch being written and
// each worker's document). Go's default, letting the heap grow to twice
// the live heap between collections, took the BBC build's anonymous
// memory to over 1.4 times as much (docs/BENCHMARKS.md, "Build throughput
// and scale").
func DefaultMemoryLimit(workers int) int64 {
	return int64(224+32*max(workers, 1)) << 20
}

// SetMemoryLimit sets the runtime's soft memory limit as Build does for
// Options.MemoryLimit limit and workers goroutines, and returns the
// function that restores the previous limit.
func SetMemoryLimit(limit int64, workers int) (restore func()) {
	lim := memoryLimit(limit, workers, os.Getenv("GOMEMLIMIT") != "")
	if lim <= 0 {
		return func() {}
	}
	prev := debug.SetMemoryLimit(lim)
	return func() { debug.SetMemoryLimit(prev) }
}

// memoryLimit returns the soft heap limit in bytes for Options.MemoryLimit
// limit and workers goroutines when GOMEMLIMIT is set in the environment
// (envSet) or not, or 0 for none.
func memoryLimit(limit int64, workers int, envSet bool) int64 {
	switch {
	case limit < 0, limit == 0 && envSet:
		return 0
	case limit == 0:
		return DefaultMemoryLimit(workers)
	}
	return limit
}
