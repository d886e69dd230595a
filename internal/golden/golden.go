package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files with what the tests get")

// Update reports whether the tests run with -update, to rewrite the golden
// files instead of comparing with them.
func Update() bool { return *update }

// File compares got with the contents of the file at path or, with
// -update, writes got there.
func File(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// Archives runs a golden test on every dir/*.txtar archive, each as a
// subtest named after its file. fn computes the outputs from the archive
// (its input files), each as the archive file that holds the expected
// output: Archives compares each with that file or, with -update, writes
// them into the archive. It fails when dir holds no archive.
func Archives(t *testing.T, dir string, fn func(t *testing.T, a txtar.Archive) []txtar.File) {
	t.Helper()
	files, err := txtar.Glob(dir)
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in %s: %v", dir, err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, err := txtar.Read(path)
			if err != nil {
				t.Fatal(err)
			}
			got := fn(t, a)
			if t.Failed() {
				return
			}
			if *update {
				for _, f := range got {
					a.Set(f.Name, f.Data)
				}
				if err := os.WriteFile(path, []byte(a.Format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, f := range got {
				want, _ := a.Get(f.Name)
				if diff := cmp.Diff(want, f.Data); diff != "" {
					t.Errorf("%s (-want +got):\n%s", f.Name, diff)
				}
			}
		})
	}
}
