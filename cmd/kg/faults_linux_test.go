package main

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
)

// limitFileSize applies KG_TEST_FSIZE, a size in bytes, as the limit on
// the size of files this process writes (RLIMIT_FSIZE): a write past it
// fails with "file too large" (Go ignores SIGXFSZ).
func limitFileSize() {
	n, err := strconv.ParseUint(os.Getenv("KG_TEST_FSIZE"), 10, 64)
	if err != nil || n == 0 {
		return
	}
	syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: n, Max: n})
}

// faultLimit is the room the faulty builds get: the store's bbolt file
// grows to 2 MiB, then fails to grow to 4 MiB, after a dozen documents.
const faultLimit = 3 << 20

// TestBuildWriteFaults builds into a store whose writes start failing
// midway, by a file size limit (EFBIG) or a full file system (ENOSPC, a
// small tmpfs: as root where mount works, else skipped): kg build stops
// with the cause and a message, exit status 1, and the store opens holding
// only whole documents, as an uninterrupted build stores them.
func TestBuildWriteFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("write faults skipped in -short mode")
	}
	paths := corpus(t, 60)
	ref := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, code := runCmd(t, "", append([]string{"build", "-q", "--db", ref}, paths...)...); code != 0 {
		t.Fatalf("reference build: exit %d\n%s", code, stderr)
	}
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T) (db string, env []string)
		cause string
	}{
		{"file size limit", func(t *testing.T) (string, []string) {
			return filepath.Join(t.TempDir(), "kg.db"), []string{"KG_TEST_FSIZE=" + strconv.Itoa(faultLimit)}
		}, "file too large"},
		{"full file system", func(t *testing.T) (string, []string) {
			return filepath.Join(smallTmpfs(t, faultLimit), "kg.db"), nil
		}, "no space left on device"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, env := tc.setup(t)
			cmd := kgProcess(append([]string{"build", "-q", "--batch", "1", "--db", db}, paths...)...)
			cmd.Env = append(cmd.Env, env...)
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 1 {
				t.Fatalf("build: %v, want exit status 1\n%s", err, out)
			}
			msg := string(out)
			for _, want := range []string{"kg: build: ", tc.cause, "documents were stored before this, each whole"} {
				if !strings.Contains(msg, want) {
					t.Errorf("message lacks %q:\n%s", want, msg)
				}
			}
			if strings.Contains(msg, "panic") || strings.Contains(msg, "fatal error") {
				t.Errorf("kg crashed:\n%s", msg)
			}
			stored := wholeDocuments(t, db, ref, paths)
			t.Logf("%d of %d documents stored before the fault: %s", stored, len(paths), strings.TrimSpace(msg))
			if stored == 0 || stored == len(paths) {
				t.Errorf("%d of %d documents stored: the fault did not come midway", stored, len(paths))
			}
		})
	}
}

// wholeDocuments opens the store at db, checks that each of the paths'
// documents it holds is exactly as in the reference store ref, and returns
// how many it holds.
func wholeDocuments(t *testing.T, db, ref string, paths []string) int {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, db, &graph.Options{MustExist: true})
	if err != nil {
		t.Fatalf("the store does not open after the fault: %v", err)
	}
	defer st.Close()
	rs, err := graph.Open(ctx, ref, &graph.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return sameDocuments(t, st, rs, paths, stats.Documents)
}

// smallTmpfs mounts a tmpfs of size bytes for the test and returns its
// directory, or skips the test where that is not allowed.
func smallTmpfs(t *testing.T, size int) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+strconv.Itoa(size)); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

// TestBuildTogether starts two kg build processes on one new store at the
// same moment: neither hangs (bbolt is opened with a lock timeout), each
// either builds or fails with a message naming the process that holds the
// store, and the store opens with every document whole.
func TestBuildTogether(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	paths := corpus(t, 8)
	ref := filepath.Join(t.TempDir(), "ref.db")
	if _, stderr, code := runCmd(t, "", append([]string{"build", "-q", "--db", ref}, paths...)...); code != 0 {
		t.Fatalf("reference build: exit %d\n%s", code, stderr)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	type result struct {
		out []byte
		err error
	}
	results := make(chan result, 2)
	var cmds []*exec.Cmd
	for range 2 {
		cmd := kgProcess(append([]string{"build", "-q", "--db", db}, paths...)...)
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		go func() {
			out, err := cmd.CombinedOutput()
			results <- result{out, err}
		}()
	}
	built := 0
	for range cmds {
		select {
		case r := <-results:
			switch {
			case r.err == nil:
				built++
			case !strings.Contains(string(r.out), "store is in use by pid "):
				t.Errorf("build: %v, want success or a message naming the holder:\n%s", r.err, r.out)
			}
		case <-time.After(5 * time.Minute): // a hang, not a slow machine
			for _, cmd := range cmds {
				if cmd.Process != nil {
					cmd.Process.Kill()
				}
			}
			t.Fatal("a build hung")
		}
	}
	t.Logf("%d of 2 builds got the store", built)
	if built == 0 {
		t.Fatal("neither build got the store")
	}
	if n := wholeDocuments(t, db, ref, paths); n != len(paths) {
		t.Errorf("%d of %d documents stored", n, len(paths))
	}
}

// TestImportWriteFaults imports a file of two transactions into a store
// whose file can hold the first but not the second (20,000 quads make a
// 16 MiB bbolt file; the limit leaves room for the import's spool): kg
// import fails with the cause, and the store, opened again, holds what it
// held before.
func TestImportWriteFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("write faults skipped in -short mode")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	small := writeFile(t, dir, "people.nt", peopleNT)
	if _, stderr, code := runCmd(t, "", "import", "-q", "--db", db, small); code != 0 {
		t.Fatalf("import: exit %d\n%s", code, stderr)
	}
	before, _, _ := runCmd(t, "", "export", "--db", db)
	var sb strings.Builder
	for i := range 40_000 {
		sb.WriteString("<https://kg.example/id/n" + strconv.Itoa(i) + "> <https://kg.example/ns#next> <https://kg.example/id/n" + strconv.Itoa(i+1) + "> .\n")
	}
	big := writeFile(t, dir, "big.nt", sb.String())
	cmd := kgProcess("import", "--db", db, big)
	cmd.Env = append(cmd.Env, "KG_TEST_FSIZE="+strconv.Itoa(20<<20))
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 || !strings.Contains(string(out), "big.nt: ") || !strings.Contains(string(out), "indexes.bolt: file too large") {
		t.Fatalf("import: %v, want exit status 1 and the cause\n%s", err, out)
	}
	t.Logf("%s", strings.TrimSpace(string(out)))
	after, stderr, code := runCmd(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("export after the fault: exit %d\n%s", code, stderr)
	}
	if after != before {
		t.Errorf("the store changed:\nbefore %d bytes\nafter %d bytes", len(before), len(after))
	}
}
