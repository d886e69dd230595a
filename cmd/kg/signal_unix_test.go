//go:build unix

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kg-project/kg/graph"
)

// interruptible runs kg with args in a process whose standard input is a
// pipe that stays open, writes stdin to it and waits until kg has read it
// (stdin is larger than the pipe's buffer, so the write returns only when
// kg reads), so that kg's next read waits for ever; then it sends SIGTERM
// and returns how long kg took to exit after the signal, its exit status
// and its stderr.
func interruptible(t *testing.T, stdin string, args ...string) (took time.Duration, code int, stderr string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	cmd := kgProcess(args...)
	cmd.Stdin = r
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	written := make(chan error, 1)
	go func() {
		_, err := w.WriteString(stdin)
		written <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("kg %s ended before the signal: %v\n%s", strings.Join(args, " "), err, errb.String())
	case err := <-written:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("kg %s did not read its standard input", strings.Join(args, " "))
	}
	time.Sleep(100 * time.Millisecond) // to the next read
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		<-done
		t.Fatalf("kg %s did not stop within 15s of SIGTERM\n%s", strings.Join(args, " "), errb.String())
	}
	return time.Since(start), cmd.ProcessState.ExitCode(), errb.String()
}

// TestBuildInterrupted sends SIGTERM to a build reading standard input that
// never ends: it stops (interruptible fails it after 15 s; README's "within
// a second" is logged, not asserted, as timings are no test's business on a
// loaded machine), says so, and the store holds no
// document (the article read before it was in a batch not yet committed).
func TestBuildInterrupted(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.txt")
	if err := os.WriteFile(good, []byte("Ann Lee met Bo Ek in Tarvik on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	article := strings.Repeat("Ann Lee, the head of Acme Corp, visited Tarvik on Monday. ", 4000) // 240 KB
	took, code, stderr := interruptible(t, article, "build", "--db", db, good, "-")
	t.Logf("stopped %v after SIGTERM", took)
	if code != 1 || !strings.Contains(stderr, "kg: build: interrupted after 0 documents: context canceled") {
		t.Errorf("exit status %d, stderr:\n%s", code, stderr)
	}
	st, err := graph.Open(context.Background(), db, &graph.Options{MustExist: true})
	if err != nil {
		t.Fatalf("open after the interrupted build: %v", err)
	}
	defer st.Close()
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 0 {
		t.Errorf("store holds %d documents, want 0", stats.Documents)
	}
}

// TestImportInterrupted sends SIGTERM to an import reading standard input
// that never ends: it stops (the time is logged, not asserted) and stores
// nothing of it.
func TestImportInterrupted(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if _, stderr, code := runCmd(t, "<urn:a> <urn:p> <urn:b> .\n", "import", "--db", db, "--graph", "urn:g:first", "-"); code != 0 {
		t.Fatalf("first import: exit %d\n%s", code, stderr)
	}
	var quads strings.Builder
	for i := 0; quads.Len() < 256<<10; i++ {
		fmt.Fprintf(&quads, "<urn:c%d> <urn:p> <urn:d> .\n", i)
	}
	took, code, stderr := interruptible(t, quads.String(), "import", "--db", db, "-")
	t.Logf("stopped %v after SIGTERM", took)
	if code != 1 || !strings.Contains(stderr, "interrupted") {
		t.Errorf("exit status %d, stderr:\n%s", code, stderr)
	}
	out, stderr, code := runCmd(t, "", "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: exit %d\n%s", code, stderr)
	}
	if want := "<urn:a> <urn:p> <urn:b> <urn:g:first> .\n"; out != want {
		t.Errorf("store after the interrupted import:\n%s\nwant only\n%s", out, want)
	}
}
