package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strconv"

	"github.com/spf13/pflag"
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

// apply sets the runtime's soft memory limit for a command running workers
// goroutines and returns the function that restores the previous one.
func (m *memoryFlag) apply(mb, workers int) (restore func()) {
	lim := memoryLimit(mb, workers, os.Getenv("GOMEMLIMIT") != "")
	if lim <= 0 {
		return func() {}
	}
	prev := debug.SetMemoryLimit(lim)
	return func() { debug.SetMemoryLimit(prev) }
}

// memoryLimit returns the soft heap limit in bytes for --memory-limit mb
// (-1 when not given, 0 for off) and the number of workers, or 0 for
// none. By default a command keeps its heap near what it needs (the
// models, about 60 MB, a batch being written and each worker's document)
// rather than letting it grow to twice the live heap between collections,
// Go's default, which took the BBC build's anonymous memory to 350-410
// MB (245 MB with the default limit, docs/BENCHMARKS.md); a GOMEMLIMIT
// set in the environment (envSet) is left to the runtime.
func memoryLimit(mb, workers int, envSet bool) int64 {
	switch {
	case mb == 0, mb < 0 && envSet:
		return 0
	case mb < 0:
		mb = 224 + 32*max(workers, 1)
	}
	return int64(mb) << 20
}
