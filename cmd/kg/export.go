package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
)

// exportCmd is `kg export`: write the store, or one graph, as RDF.
type exportCmd struct{}

const exportHelp = `Writes the quads of the store to standard output (or -o FILE) in a quad
format, sorted by subject, predicate, object and graph, so the same store
always exports to the same bytes. --graph keeps only the quads of one graph:
a document's IRI (every quad kg build writes is labelled with its document)
or the graph IRI an import was given.

Formats: %s ("dot" is graphviz).
Without --format, the extension of -o picks the format (.nq .nt .jsonld
.graphml .dot .gml .json .pq), else nquads.
With -o, the file is written next to its final name and renamed when
complete, so a failed export leaves no half-written file.

The export can be loaded back with 'kg import --keep-graphs', or with the
stock 'cayley load'. (The stock cayley also opens the store itself:
'cayley dump --db bolt --dbpath ./kg.db'.)

Examples:
  kg export > kg.nq
  kg export --graph https://kg.example/id/doc/... --format jsonld
  kg export --db news.db -o news.graphml`

func (exportCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("export", "[flags]", fmt.Sprintf(exportHelp, strings.Join(graph.WriteFormats(), ", ")), stderr)
	var so storeFlags
	so.register(fs)
	format := fs.String("format", "", "quad `format` to write (default from -o's extension, else nquads)")
	graphIRI := fs.String("graph", "", "export only the quads labelled with this graph `IRI`")
	out := fs.StringP("output", "o", "", "write to `FILE` instead of standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return usageError{fmt.Errorf("export: unexpected arguments %q", fs.Args())}
	}
	f := *format
	if f == "" && *out != "" {
		if q := quad.FormatByExt(strings.ToLower(filepath.Ext(*out))); q != nil && q.Writer != nil {
			f = q.Name
		}
	}
	if f != "" && !slices.Contains(graph.WriteFormats(), f) && f != "dot" {
		return usageError{fmt.Errorf("export: unknown format %q (have %s)", f, strings.Join(graph.WriteFormats(), ", "))}
	}
	opts := &graph.ExportOptions{Format: f, Graph: quad.IRI(trimIRI(*graphIRI))}

	store, err := graph.Open(ctx, so.db, so.options(false))
	if err != nil {
		return err
	}
	defer store.Close()

	if *out == "" || *out == "-" {
		bw := bufio.NewWriterSize(stdout, 1<<16)
		if err := store.Export(ctx, bw, opts); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".tmp-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename, a no-op
	bw := bufio.NewWriterSize(tmp, 1<<16)
	err = store.Export(ctx, bw, opts)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), *out)
	}
	if err != nil {
		return fmt.Errorf("export: %s: %w", *out, err)
	}
	return nil
}

// trimIRI accepts an IRI with or without its N-Quads angle brackets.
func trimIRI(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	return s
}
