package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/internal/atomicfile"
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
.graphml .dot .gml .json .pq), else nquads. N-Triples (ntriples, .nt) has
no graph labels: they are dropped, so the export no longer says which
document or dataset each triple came from, and a triple several graphs hold
is written once; an .nt file is never given N-Quads (--format nquads -o
x.nt is refused).
With -o, the file is written next to its final name and renamed when
complete, so a failed export leaves no half-written file. A new file gets
mode 0666 less the umask (usually 0644); a file replaced keeps its mode.

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
	ext := strings.ToLower(filepath.Ext(*out))
	if f == "" && *out != "" {
		if ext == ".nt" {
			f = graph.NTriples
		} else if q := quad.FormatByExt(ext); q != nil && q.Writer != nil {
			f = q.Name
		}
	}
	if f != "" && !slices.Contains(graph.WriteFormats(), f) && f != "dot" {
		return usageError{fmt.Errorf("export: unknown format %q (have %s)", f, strings.Join(graph.WriteFormats(), ", "))}
	}
	if ext == ".nt" && f != graph.NTriples {
		return usageError{fmt.Errorf("export: %s: an .nt file holds N-Triples, not %s; use --format ntriples (graph labels dropped) or another file name", *out, f)}
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
	tmp, err := atomicfile.Create(*out)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer tmp.Abort() // after a successful Commit, a no-op
	bw := bufio.NewWriterSize(tmp, 1<<16)
	err = store.Export(ctx, bw, opts)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Commit()
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
