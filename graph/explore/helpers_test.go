package explore

import (
	"io"
	"os"
	"testing"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/link"
	"github.com/kg-project/kg/graph/storetest"
)

// fileDataset is the link.Dataset of an RDF file, under its file: IRI.
func fileDataset(path string) link.Dataset {
	return link.Dataset{Graph: storetest.FileGraph(path), Name: path, Open: func() (io.ReadCloser, error) { return os.Open(path) }}
}

// importDataset imports d's file into s under d's graph.
func importDataset(t testing.TB, s *graph.Store, d link.Dataset) {
	t.Helper()
	storetest.Import(t, s, d.Name, d.Graph)
}
