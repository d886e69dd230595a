package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/txtar"
)

func TestArchives(t *testing.T) {
	dir := t.TempDir()
	a := txtar.Archive{Files: []txtar.File{{Name: "input", Data: "Ann Lee\n"}, {Name: "want", Data: "ANN LEE\n"}}}
	if err := os.WriteFile(filepath.Join(dir, "upper.txtar"), []byte(a.Format()), 0o644); err != nil {
		t.Fatal(err)
	}
	var ran []string
	Archives(t, dir, func(t *testing.T, a txtar.Archive) []txtar.File {
		in, _ := a.Get("input")
		ran = append(ran, t.Name())
		return []txtar.File{{Name: "want", Data: strings.ToUpper(in)}}
	})
	if diff := cmp.Diff([]string{"TestArchives/upper.txtar"}, ran); diff != "" {
		t.Errorf("subtests (-want +got):\n%s", diff)
	}
}

func TestFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("Bo Ek\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	File(t, path, "Bo Ek\n")
}
