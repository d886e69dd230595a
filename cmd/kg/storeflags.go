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

// options returns graph options; create says whether a missing store may be
// created (true for commands that write).
func (s *storeFlags) options(create bool) *graph.Options {
	return &graph.Options{Backend: s.backend, MustExist: !create}
}
