package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/ingest"
)

// importCmd is `kg import`: load RDF files into the store.
type importCmd struct{ stdin io.Reader }

// stdinGraph is the graph IRI of quads imported from standard input when
// --graph is not given.
const stdinGraph = "urn:kg:dataset:stdin"

const importHelp = `Loads RDF files into the store. Each file is imported under its own graph:
every quad gets the file's graph IRI as its label, so 'kg export --graph IRI'
gives the file back and 'kg query' can tell imported data from extracted.
The graph IRI is the file's absolute file: URI (file:///data/people.nt), or
` + stdinGraph + ` for standard input, unless --graph gives one (then all
files share it). --keep-graphs keeps the graph of quads that already have one
(N-Quads, JSON-LD named graphs), as when loading a 'kg export' back. Each
input's line says how many quads it added to which graphs (with
--keep-graphs, the quads' own).

Formats: %s.
The format is --format, else the file extension's (.nq and .nt are N-Quads
and N-Triples, .jsonld JSON-LD, .json Cayley's JSON quads, .pq pquads), else
N-Quads. JSON-LD contexts must be inline: nothing is fetched from the network.

A malformed file is reported with its name and line (and column when known)
and nothing of it is stored: each file is parsed and checked completely
before any of it is written. The other files are still imported, and the exit
status is 1. Quads already in the store are not added twice. A named pipe or
a device is not opened: only "-" reads a stream.

Interrupting kg (Ctrl-C or SIGTERM) stops it within a second, also while it
waits for standard input; the file being imported is not stored, not even in
part. Neither is it when kg is killed (kill -9, a crash): on the embedded
store, a file of more than one transaction (20,000 quads) records what each
transaction adds in a journal, kg-import-journal in the store directory, and
the next kg command that opens the store removes the quads of an import that
did not finish. (On PostgreSQL, a process killed in the middle of such a
file can leave the transactions it committed.)

Examples:
  kg import people.nt places.nq
  kg import --graph urn:kg:dataset:wikidata-sample wd.nt
  kg export > backup.nq && kg import --db restored.db --keep-graphs backup.nq
  cat extra.nq | kg import -`

func (c importCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("import", "[flags] FILE... | -", fmt.Sprintf(importHelp, strings.Join(graph.ReadFormats(), ", ")), stderr)
	var so storeFlags
	so.register(fs)
	graphIRI := fs.String("graph", "", "graph `IRI` for every quad imported (default: one per file, see above)")
	keep := fs.Bool("keep-graphs", false, "keep the graph of quads that already have one")
	format := fs.String("format", "", "input `format` (default: by file extension, else nquads)")
	quiet := fs.BoolP("quiet", "q", false, "print nothing but errors")
	var mem memoryFlag
	mem.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{fmt.Errorf("import: no input; give files or - for standard input")}
	}
	memMB, err := mem.mb("import")
	if err != nil {
		return err
	}
	if *format != "" && !slices.Contains(graph.ReadFormats(), *format) {
		return usageError{fmt.Errorf("import: unknown format %q (have %s)", *format, strings.Join(graph.ReadFormats(), ", "))}
	}
	store, err := graph.Open(ctx, so.db, so.options(true))
	if err != nil {
		return err
	}
	defer store.Close()
	defer mem.apply(memMB, 1)()

	failed, stdinUsed := 0, false
	for _, name := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("import: interrupted: %w", err)
		}
		opts := &graph.ImportOptions{Format: *format, KeepLabels: *keep, Name: name, Label: quad.IRI(trimIRI(*graphIRI))}
		var rep *graph.ImportReport
		var err error
		if name == "-" {
			if stdinUsed || c.stdin == nil {
				fmt.Fprintf(stderr, "kg import: -: standard input can be read only once\n")
				failed++
				continue
			}
			stdinUsed = true
			opts.Name = "<stdin>"
			if opts.Label == "" {
				opts.Label = stdinGraph
			}
			// A read of standard input that waits for data returns when
			// kg is interrupted.
			rep, err = store.ImportGraphs(ctx, input.NewContextReader(ctx, c.stdin), opts)
		} else {
			rep, err = ingest.ImportFile(ctx, store, name, opts)
		}
		if err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("import: interrupted: %w", err)
			}
			fmt.Fprintf(stderr, "kg import: %s\n", trimPrefix(err.Error(), "graph: import "))
			failed++
			continue
		}
		if !*quiet {
			printImport(stdout, opts, rep)
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "kg import: %d of %d inputs failed\n", failed, fs.NArg())
		return errReported
	}
	return nil
}

// maxGraphsShown is the number of graphs kg import lists for one input.
const maxGraphsShown = 20

// printImport says how many quads an input added and to which graphs: the
// input's own, with --keep-graphs, as much as the one it was given.
func printImport(w io.Writer, opts *graph.ImportOptions, rep *graph.ImportReport) {
	graphName := func(g quad.Value) string {
		if g == nil {
			return "the default graph"
		}
		return g.String()
	}
	switch len(rep.Graphs) {
	case 0:
		fmt.Fprintf(w, "%s: %d quads added to %s\n", opts.Name, rep.Added, graphName(opts.Label))
		return
	case 1:
		fmt.Fprintf(w, "%s: %d quads added to %s\n", opts.Name, rep.Added, graphName(rep.Graphs[0].Graph))
		return
	}
	fmt.Fprintf(w, "%s: %d quads added to %d graphs:\n", opts.Name, rep.Added, len(rep.Graphs))
	for i, g := range rep.Graphs {
		if i == maxGraphsShown {
			fmt.Fprintf(w, "  ... and %d more graphs\n", len(rep.Graphs)-i)
			break
		}
		fmt.Fprintf(w, "  %s: %d quads, %d added\n", graphName(g.Graph), g.Quads, g.Added)
	}
}
