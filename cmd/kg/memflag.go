package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/pflag"

	"github.com/kg-project/kg/graph/ingest"
)

// memoryFlag is --memory-limit, the soft heap limit of the bulk commands
// (build, import).
type memoryFlag struct{ value string }

func (m *memoryFlag) register(fs *pflag.FlagSet) {
	fs.StringVar(&m.value, "memory-limit", "", "soft limit of kg's heap in `MB`, which the garbage collector works to keep, or off for Go's default (default: 224 + 32 per worker, or GOMEMLIMIT if set)")
}

// mb returns the limit given in MB, -1 when none was given, 0 for off.
func (m *memoryFlag) mb(cmd string) (int, error) {
	switch m.value {
	case "":
		return -1, nil
	case "off":
		return 0, nil
	}
	n, err := strconv.Atoi(m.value)
	if err != nil || n < 1 {
		return 0, usageError{fmt.Errorf("%s: --memory-limit %q: want a number of MB or off", cmd, m.value)}
	}
	return n, nil
}

// limit returns the ingest.Options.MemoryLimit for the limit given in MB
// (-1 when not given, 0 for off): by default a command keeps its heap
// near what it needs rather than letting it grow to twice the live heap
// between collections, Go's default; a GOMEMLIMIT set in the environment
// is left to the runtime.
func (m *memoryFlag) limit(mb int) int64 {
	switch {
	case mb < 0:
		return 0
	case mb == 0:
		return -1
	}
	return int64(mb) << 20
}

// apply sets the runtime's soft memory limit for a command running workers
// goroutines and returns the function that restores the previous one.
func (m *memoryFlag) apply(mb, workers int) (restore func()) {
	return ingest.SetMemoryLimit(m.limit(mb), workers)
}
