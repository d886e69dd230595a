//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runCmdTimeout is runCmd that fails the test when the command has not
// returned after d (the command goroutine is left behind).
func runCmdTimeout(t *testing.T, d time.Duration, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	type result struct {
		out, err string
		code     int
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
		done <- result{out.String(), errb.String(), code}
	}()
	select {
	case r := <-done:
		return r.out, r.err, r.code
	case <-time.After(d):
		t.Fatalf("kg %s did not return within %v", strings.Join(args, " "), d)
	}
	return "", "", 0
}

// TestBuildInputs gives kg build inputs of every awkward kind at once: a
// named pipe, a file whose read fails, a directory through
// a symbolic link holding a linked file, a link loop, a PDF and a hidden
// file. Each is read, rejected with its real cause or skipped with a
// reason; the good articles are stored and the exit status is 1.
func TestBuildInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n")
	write("corpus/a.txt", "Jane Smith, the head of Acme Corp, visited Paris on Monday.\n")
	write("corpus/report.pdf", "%PDF-1.4 not read")
	write("corpus/.notes.txt", "hidden")
	write("elsewhere/linked.txt", "Officials from Japan and South Korea met in Seoul, the ministry said.\n")
	for _, l := range [][2]string{
		{"../elsewhere/linked.txt", "corpus/linked.txt"},
		{"../corpus", "corpus/loop"},
		{"corpus", "corpus-link"},
	} {
		if err := os.Symlink(l[0], filepath.Join(dir, l[1])); err != nil {
			t.Fatal(err)
		}
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"build", "--db", filepath.Join(t.TempDir(), "kg.db"), fifo, good, filepath.Join(dir, "corpus-link")}
	const mem = "/proc/self/mem" // its reads fail: the first page is not mapped
	if _, err := os.Stat(mem); err == nil {
		args = append(args, mem)
	}
	_, stderr, code := runCmdTimeout(t, 20*time.Second, args...)
	if code != 1 {
		t.Errorf("exit status %d, want 1 (inputs rejected)", code)
	}
	want := []string{
		"rejected " + fifo + ": not a regular file (a named pipe); only - reads a stream",
		"skipped " + filepath.Join(dir, "corpus-link", "report.pdf") + ": not a file type kg reads (.pdf)",
		"skipped " + filepath.Join(dir, "corpus-link", ".notes.txt") + ": hidden file",
		"skipped " + filepath.Join(dir, "corpus-link", "loop") + ": symbolic link loop",
	}
	if len(args) > 6 {
		want = append(want, "rejected "+mem+": read: input/output error")
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if strings.Contains(stderr, "context canceled") {
		t.Errorf("stderr blames a cancelled context:\n%s", stderr)
	}
	s := parseSummary(t, stderr)
	if s.stored != 3 {
		t.Errorf("summary %+v, want 3 stored (good.txt, a.txt, linked.txt)", s)
	}
}

// TestBuildExclude leaves files out with --exclude and counts them.
func TestBuildExclude(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"a.txt":        "Jane Smith, the head of Acme Corp, visited Paris on Monday.\n",
		"README.txt":   "This corpus holds news articles, one a file.\n",
		"drafts/b.txt": "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, stderr, code := runCmd(t, "", "build", "--db", filepath.Join(t.TempDir(), "kg.db"), "--exclude", "README*", "--exclude", "drafts", dir)
	if code != 0 {
		t.Fatalf("exit status %d:\n%s", code, stderr)
	}
	if s := parseSummary(t, stderr); s.stored != 1 || !strings.Contains(stderr, "0 files skipped, 2 excluded") {
		t.Errorf("summary %+v, want 1 stored and 2 excluded:\n%s", s, stderr)
	}
	_, stderr, code = runCmd(t, "", "build", "--db", filepath.Join(t.TempDir(), "kg.db"), "--exclude", "[", dir)
	if code != 2 || !strings.Contains(stderr, `exclude pattern "["`) {
		t.Errorf("malformed --exclude: exit %d, stderr %q", code, stderr)
	}
}

// TestImportFIFO names a named pipe: it is refused, not opened (opening it
// waits for a writer), and the other file is imported.
func TestImportFIFO(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.nt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.nt")
	if err := os.WriteFile(good, []byte("<urn:a> <urn:p> <urn:b> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCmdTimeout(t, 20*time.Second, "import", "--db", filepath.Join(t.TempDir(), "kg.db"), fifo, good)
	if code != 1 || !strings.Contains(stderr, "kg import: "+fifo+": not a regular file (a named pipe); only - reads a stream") || !strings.Contains(stderr, "1 of 2 inputs failed") {
		t.Errorf("exit status %d, stderr:\n%s", code, stderr)
	}
}
