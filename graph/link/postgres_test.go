package link

import (
	"context"
	"testing"

	"github.com/kg-project/kg/graph/storetest"
)

// TestLinkPostgres links and unlinks on the PostgreSQL backend, where the
// documents are written by the backend's own bulk writer (WriteDocuments)
// and the entity index is derived from the quads.
func TestLinkPostgres(t *testing.T) {
	ctx := context.Background()
	s := storetest.PostgresWorld(t)
	d := fileDataset("testdata/world.nt")
	importFile(t, s, d)
	rep, err := Run(ctx, s, []Dataset{d}, nil)
	if err != nil {
		t.Fatal(err)
	}
	right, wrong, missed, diffs := linkScore(rep.Links, readWant(t, "testdata/world.want"))
	if wrong+missed > 0 {
		t.Errorf("%d right, %d wrong, %d missed: %v", right, wrong, missed, diffs)
	}
	un, err := Unlink(ctx, s, nil)
	if err != nil || un.Links != len(rep.Links) {
		t.Errorf("unlink: %+v, %v", un, err)
	}
}
