//go:build unix

package input

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestExpandSpecialFiles names missing paths, pipes, symbolic links and
// unreadable files on the command line and in directories: every one is
// read, rejected with its cause or skipped with a reason, and nothing
// blocks (a named pipe used to block forever in open).
func TestExpandSpecialFiles(t *testing.T) {
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
	link := func(target, name string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("corpus/a.txt", "Alpha")
	write("corpus/report.pdf", "%PDF-1.4")
	write("corpus/.DS_Store", "x")
	write("corpus/drafts/d.txt", "Draft")
	write("corpus/sub/b.txt", "Beta")
	write("other/c.txt", "Gamma")
	write("file.txt", "File")
	if err := syscall.Mkfifo(filepath.Join(dir, "corpus/pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	link("../other", "corpus/other")         // a directory through a link
	link("../file.txt", "corpus/linked.txt") // a file through a link
	link("..", "corpus/sub/up")              // a loop
	link("nowhere.txt", "corpus/broken.txt") // a broken link
	link("nowhere.pdf", "corpus/broken.pdf") // a broken link of another type
	link("self.txt", "corpus/self.txt")      // a link to itself
	link("corpus", "corpus-link")            // the input path is a link
	link("file.txt", "file-link.txt")        // so is this one

	tests := []struct {
		name    string
		paths   []string
		exclude []string
		want    []string // outcome of each Source, then of each Skip
	}{
		{
			name:  "missing path and a file",
			paths: []string{"missing.txt", "file.txt"},
			want:  []string{"missing.txt: rejected: no such file or directory", "file.txt: File"},
		},
		{
			name:  "named pipe on the command line",
			paths: []string{"fifo.txt", "file.txt"},
			want:  []string{"fifo.txt: rejected: not a regular file (a named pipe); only - reads a stream", "file.txt: File"},
		},
		{
			name:  "symbolic link to a file",
			paths: []string{"file-link.txt"},
			want:  []string{"file-link.txt: File"},
		},
		{
			name:  "directory through a symbolic link",
			paths: []string{"corpus-link"},
			want: []string{
				"corpus-link/a.txt: Alpha",
				"corpus-link/broken.txt: rejected: symbolic link: no such file or directory",
				"corpus-link/drafts/d.txt: Draft",
				"corpus-link/linked.txt: File",
				"corpus-link/other/c.txt: Gamma",
				"corpus-link/self.txt: rejected: symbolic link: too many levels of symbolic links",
				"corpus-link/sub/b.txt: Beta",
				"skipped corpus-link/.DS_Store: hidden file",
				"skipped corpus-link/broken.pdf: symbolic link that cannot be followed: no such file or directory",
				"skipped corpus-link/pipe.txt: not a regular file (a named pipe)",
				"skipped corpus-link/report.pdf: not a file type kg reads (.pdf); name it on the command line, with --format if need be, to read it",
				"skipped corpus-link/sub/up: symbolic link loop: the directory is corpus-link, already being read",
			},
		},
		{
			name:    "excluded",
			paths:   []string{"corpus", "file.txt"},
			exclude: []string{"drafts", "*.pdf", "corpus/sub/*", "file.*", "other", "broken*", "self*", ".*", "pipe*", "linked*"},
			want: []string{
				"corpus/a.txt: Alpha",
				"excluded corpus/.DS_Store: excluded by .*",
				"excluded corpus/broken.pdf: excluded by *.pdf",
				"excluded corpus/broken.txt: excluded by broken*",
				"excluded corpus/drafts: excluded by drafts",
				"excluded corpus/linked.txt: excluded by linked*",
				"excluded corpus/other: excluded by other",
				"excluded corpus/pipe.txt: excluded by pipe*",
				"excluded corpus/report.pdf: excluded by *.pdf",
				"excluded corpus/self.txt: excluded by self*",
				"excluded corpus/sub/b.txt: excluded by corpus/sub/*",
				"excluded corpus/sub/up: excluded by corpus/sub/*",
				"excluded file.txt: excluded by file.*",
			},
		},
		{
			name:    "current directory and a hidden pattern",
			paths:   []string{"."},
			exclude: []string{".*", "corpus*", "elsewhere", "other", "fifo*", "file-link*"},
			want: []string{
				"file.txt: File",
				"excluded corpus-link: excluded by corpus*",
				"excluded corpus: excluded by corpus*",
				"excluded fifo.txt: excluded by fifo*",
				"excluded file-link.txt: excluded by file-link*",
				"excluded other: excluded by other",
			},
		},
	}
	t.Chdir(dir)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, skips []string
			opts := &Options{Exclude: tt.exclude, Skipped: func(s Skip) {
				what := "skipped"
				if s.Excluded {
					what = "excluded"
				}
				skips = append(skips, what+" "+s.Path+": "+s.Reason)
			}}
			srcs, err := Expand(tt.paths, opts)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			for _, src := range srcs {
				err := Each(ctx, src, nil, opts, func(it Item) error {
					if it.Err != nil {
						got = append(got, it.Name+": rejected: "+strings.TrimPrefix(it.Err.Error(), "input: "+it.Name+": "))
					} else {
						got = append(got, it.Name+": "+it.Doc.Text)
					}
					return nil
				})
				if err != nil {
					t.Fatalf("Each %s: %v", src.Path, err)
				}
			}
			sort.Strings(skips)
			if diff := cmp.Diff(tt.want, append(got, skips...)); diff != "" {
				t.Errorf("outcomes (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOpenPipe opens a named pipe as Each does: it is rejected, and the
// open itself does not wait for a writer (the file may become a pipe
// between open's Stat and its open).
func TestOpenPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "late.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var rej *Rejection
	var mode os.FileMode
	go func() {
		defer close(done)
		_, rej = open(fifo)
		if f, err := openNoWait(fifo); err == nil {
			if info, err := f.Stat(); err == nil {
				mode = info.Mode()
			}
			f.Close()
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("opening a named pipe waited for a writer")
	}
	if rej == nil || rej.Reason != "not a regular file (a named pipe); only - reads a stream" {
		t.Errorf("open = %v, want a rejection", rej)
	}
	if mode&os.ModeNamedPipe == 0 {
		t.Errorf("openNoWait opened a file of mode %v, want the named pipe", mode)
	}
}

// TestEachReadError reads a file whose read fails (/proc/self/mem, whose
// first page is not mapped): a rejection with the cause, not an error that
// stops the caller.
func TestEachReadError(t *testing.T) {
	const mem = "/proc/self/mem"
	if _, err := os.Stat(mem); err != nil {
		t.Skipf("no %s: %v", mem, err)
	}
	var got []string
	err := Each(context.Background(), Source{Path: mem}, nil, nil, func(it Item) error {
		got = append(got, it.Err.Error())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"input: /proc/self/mem: read: input/output error"}, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

// TestEachUnreadable reads a file without read permission.
func TestEachUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files without read permission")
	}
	p := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(p, []byte("Secret"), 0o000); err != nil {
		t.Fatal(err)
	}
	srcs, err := Expand([]string{p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := Each(context.Background(), srcs[0], nil, nil, func(it Item) error {
		got = append(got, it.Err.Error())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"input: " + p + ": cannot open: permission denied"}, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

// TestEachStdinInterrupted reads standard input that never ends: Each
// returns once the context is done.
func TestEachStdinInterrupted(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	defer r.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Each(ctx, Source{Path: "-"}, r, nil, func(Item) error { return nil })
	}()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case err := <-done:
		if err != context.Canceled {
			t.Errorf("Each = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Each did not return after the context was cancelled")
	}
}
