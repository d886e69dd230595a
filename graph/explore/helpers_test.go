package explore

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/link"
)

// fileDataset is the link.Dataset of an RDF file, under its file: IRI.
func fileDataset(path string) link.Dataset {
	abs, _ := filepath.Abs(path)
	return link.Dataset{Graph: quad.IRI("file://" + filepath.ToSlash(abs)), Name: path, Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// importDataset imports d's file into s under d's graph.
func importDataset(t testing.TB, s *graph.Store, d link.Dataset) {
	t.Helper()
	f, err := os.Open(d.Name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := s.Import(context.Background(), f, &graph.ImportOptions{Name: d.Name, Label: d.Graph}); err != nil {
		t.Fatal(err)
	}
}
