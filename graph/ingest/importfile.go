package ingest

import (
	"context"
	"fmt"
	"os"

	"github.com/kg-project/kg/extract/input"
	"github.com/kg-project/kg/graph"
)

// ImportFile imports the RDF file name into s as Store.ImportGraphs does,
// under its file: URI (graph.FileIRI) unless opts.Label names a graph; it
// sets opts.Label to that URI. A named pipe or a device is not opened
// (opening a pipe waits for a writer): only a stream given as a reader is
// read as one, so a caller reads standard input with Store.ImportGraphs.
func ImportFile(ctx context.Context, s *graph.Store, name string, opts *graph.ImportOptions) (*graph.ImportReport, error) {
	if opts.Label == "" {
		iri, err := graph.FileIRI(name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		opts.Label = iri
	}
	info, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() && !info.IsDir() {
		return nil, fmt.Errorf("%s: not a regular file (%s); only - reads a stream", name, input.FileKind(info.Mode()))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return s.ImportGraphs(ctx, f, opts)
}
