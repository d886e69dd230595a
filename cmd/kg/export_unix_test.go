//go:build unix

package main

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExportNTriples exports to an .nt file: N-Triples, without graph
// labels and each triple once (the store holds one triple in two graphs),
// created with mode 0666 less the umask; N-Quads into an .nt file is
// refused.
func TestExportNTriples(t *testing.T) {
	db, nt := importedStore(t)
	// The same triples again under another graph.
	if _, stderr, err := storeCmd(t, importCmd{}, db, "-q", "--graph", "urn:kg:dataset:again", nt); err != nil {
		t.Fatalf("import: %v\n%s", err, stderr)
	}
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)

	dir := t.TempDir()
	out := filepath.Join(dir, "out.nt")
	if _, stderr, err := storeCmd(t, exportCmd{}, db, "-o", out); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(peopleNT), "\n")
	sort.Strings(want)
	if diff := cmp.Diff(strings.Join(want, "\n")+"\n", string(b)); diff != "" {
		t.Errorf("export -o out.nt (-want +got):\n%s", diff)
	}
	for _, name := range []string{"out.nt", "out.nq"} {
		p := filepath.Join(dir, name)
		if name != "out.nt" {
			if _, stderr, err := storeCmd(t, exportCmd{}, db, "-o", p); err != nil {
				t.Fatalf("export: %v\n%s", err, stderr)
			}
		}
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o644 {
			t.Errorf("%s has mode %v, want 0644 (0666 less the umask 022)", name, info.Mode().Perm())
		}
	}
	// A file replaced keeps its mode.
	if err := os.Chmod(out, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := storeCmd(t, exportCmd{}, db, "-o", out); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("replaced out.nt: %v, %v; want mode 0600 kept", info.Mode().Perm(), err)
	}

	_, _, err = storeCmd(t, exportCmd{}, db, "--format", "nquads", "-o", filepath.Join(dir, "quads.nt"))
	var u usageError
	if !errors.As(err, &u) || !strings.Contains(err.Error(), "an .nt file holds N-Triples") {
		t.Errorf("--format nquads -o quads.nt: %v, want a usage error", err)
	}
	stdout, _, err := storeCmd(t, exportCmd{}, db, "--format", "ntriples")
	if err != nil || stdout != string(b) {
		t.Errorf("--format ntriples to standard output: %v\n%s", err, stdout)
	}
}
