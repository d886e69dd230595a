package graph

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// journalFile generates an N-Triples file of n quads; its first one is
// also in preImport.
func journalFile(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, "<https://kg.example/id/n%d> <https://kg.example/ns#next> <https://kg.example/id/n%d> .\n", i, i+1)
	}
	return sb.String()
}

const (
	preImport     = "<https://kg.example/id/n0> <https://kg.example/ns#next> <https://kg.example/id/n1> <urn:kg:dataset:big> .\n<https://kg.example/id/x> <https://kg.example/ns#next> <https://kg.example/id/y> <urn:kg:dataset:other> .\n"
	killedQuads   = 2000 // quads in the file the child imports
	killedBatch   = 100  // quads per transaction
	killedBatches = 3    // transactions committed when the child pauses
)

// TestImportKilled kills (SIGKILL) a process in the middle of an import of
// several transactions, once some have committed, and reopens the store:
// it holds nothing of the file, and what it held before is still there.
// The child process (this test binary, run with KG_IMPORT_CHILD) pauses
// after committing killedBatches transactions and says so: no timing.
func TestImportKilled(t *testing.T) {
	if db := os.Getenv("KG_IMPORT_CHILD"); db != "" {
		importChild(db)
		return
	}
	for _, tc := range []struct {
		name     string
		readOnly bool
	}{
		{"reopened for writing", false},
		{"reopened read-only", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db := filepath.Join(t.TempDir(), "kg.db")
			s, err := Open(ctx, db, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Import(ctx, strings.NewReader(preImport), nil); err != nil {
				t.Fatal(err)
			}
			before := allQuads(t, s)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}

			cmd := exec.Command(os.Args[0], "-test.run=^TestImportKilled$")
			// The killed child cannot remove its spool file: give it a
			// temporary directory the test removes.
			cmd.Env = append(os.Environ(), "KG_IMPORT_CHILD="+db, "TMPDIR="+t.TempDir())
			cmd.Stderr = os.Stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(out).ReadString('\n')
			if err != nil || line != "paused "+strconv.Itoa(killedBatches)+"\n" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("child said %q, %v", line, err)
			}
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			cmd.Wait()

			s, err = Open(ctx, db, &Options{ReadOnly: tc.readOnly})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if diff := cmp.Diff(before, allQuads(t, s)); diff != "" {
				t.Errorf("the store after a killed import (-before +after):\n%s", diff)
			}
			if _, err := os.Stat(filepath.Join(db, journalName)); !os.IsNotExist(err) {
				t.Errorf("journal still there after the rollback: %v", err)
			}
		})
	}
}

// importChild imports journalFile(killedQuads) into the store at db in
// transactions of killedBatch quads, and after killedBatches of them says
// so on stdout and waits to be killed.
func importChild(db string) {
	ctx := context.Background()
	s, err := Open(ctx, db, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	_, err = s.importBatches(ctx, strings.NewReader(journalFile(killedQuads)), &ImportOptions{Name: "big.nt", Label: "urn:kg:dataset:big"}, killedBatch, nil, func(n int) {
		if n == killedBatches {
			fmt.Printf("paused %d\n", n)
			select {}
		}
	})
	fmt.Fprintf(os.Stderr, "import ended without pausing: %v\n", err)
	os.Exit(2)
}

// An import that fails cleanly leaves no journal, and a whole import
// leaves none either.
func TestImportJournalRemoved(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	in := journalFile(50)
	boom := fmt.Errorf("disk full")
	for _, tc := range []struct {
		name   string
		before func(int) error
		added  int
	}{
		{"failed", func(i int) error {
			if i == 2 {
				return boom
			}
			return nil
		}, 0},
		{"whole", nil, 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := s.importBatches(ctx, strings.NewReader(in), &ImportOptions{Name: "j.nt", Label: "urn:kg:dataset:j"}, 10, tc.before, nil)
			if tc.before == nil && (err != nil || rep.Added != tc.added) {
				t.Fatalf("import: %+v, %v", rep, err)
			}
			if _, err := os.Stat(filepath.Join(s.Path(), journalName)); !os.IsNotExist(err) {
				t.Errorf("journal left: %v", err)
			}
		})
	}
}

// A journal whose last record was cut short (the process died while
// writing it, before that transaction committed) rolls back the records
// before it.
func TestImportJournalTorn(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, strings.NewReader(preImport), nil); err != nil {
		t.Fatal(err)
	}
	before := allQuads(t, s)
	var qs []quad.Quad
	for i := 0; i < 11; i++ {
		qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("https://kg.example/id/n%d", i)), quad.IRI("https://kg.example/ns#next"), quad.IRI(fmt.Sprintf("https://kg.example/id/n%d", i+1)), quad.IRI("urn:kg:dataset:big")))
	}
	j, err := createJournal(filepath.Join(db, journalName))
	if err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	idx, err := s.newQuads(ctx, qs[:10])
	if err == nil {
		err = j.record(qs, idx)
	}
	if err == nil {
		_, err = s.addFresh(ctx, qs, idx)
	}
	s.mu.Unlock()
	if err == nil {
		err = j.record(qs, []int32{10}) // never committed
	}
	if err != nil {
		t.Fatal(err)
	}
	j.f.Close()
	info, err := os.Stat(j.path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(j.path, info.Size()-3); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if diff := cmp.Diff(before, allQuads(t, s)); diff != "" {
		t.Errorf("after the rollback (-before +after):\n%s", diff)
	}
}
