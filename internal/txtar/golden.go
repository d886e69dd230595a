package txtar

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// RunGolden runs a golden test on every dir/*.txtar archive, each as a
// subtest named after its file: fn computes the output from the archive
// and returns the name of the archive file that holds the expected output
// and the output itself. RunGolden compares the two and reports a
// (-want +got) diff, or, when update is set, writes the output into the
// archive instead. It fails when dir holds no archive. Package golden's
// Archives is the harness the tests use, with its -update flag; claim's
// tests still call RunGolden.
func RunGolden(t *testing.T, dir string, update bool, fn func(t *testing.T, a Archive) (file, got string)) {
	t.Helper()
	files, err := Glob(dir)
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in %s: %v", dir, err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			file, got := fn(t, a)
			if t.Failed() {
				return
			}
			if update {
				a.Set(file, got)
				if err := os.WriteFile(path, []byte(a.Format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := a.Get(file)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", file, diff)
			}
		})
	}
}

// Inputs returns the named file of every dir/*.txtar archive that has one,
// to seed fuzz tests with the golden inputs.
func Inputs(dir, name string) []string {
	files, _ := Glob(dir)
	var out []string
	for _, p := range files {
		if a, err := Read(p); err == nil {
			if in, ok := a.Get(name); ok {
				out = append(out, in)
			}
		}
	}
	return out
}
