package main

import (
	"github.com/spf13/pflag"

	"github.com/kg-project/kg/graph"
)

// storeFlags are the flags every command that opens a store shares.
type storeFlags struct {
	db      string
	backend string
}

func (s *storeFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&s.db, "db", graph.DefaultPath, "store `path` (a directory for bbolt; a connection string for SQL backends)")
	fs.StringVar(&s.backend, "backend", graph.DefaultBackend, "Cayley backend `name`")
}

// options returns graph options for a command that writes (write true: a
// missing store is created, and a bbolt store is held alone while the
// command runs) or one that only reads (the store must exist and is opened
// read-only, shared with other readers such as a running kg serve).
func (s *storeFlags) options(write bool) *graph.Options {
	return &graph.Options{Backend: s.backend, MustExist: !write, ReadOnly: !write}
}

// updateOptions returns graph options for a command that writes into a
// store that must exist already (kg link, kg unlink, kg unmerge).
func (s *storeFlags) updateOptions() *graph.Options {
	return &graph.Options{Backend: s.backend, MustExist: true}
}
