package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFile writes a file new and in place of another, and gives up
// writing it, leaving no temporary file behind.
func TestFile(t *testing.T) {
	tests := []struct {
		name     string
		old      string      // the file's content before, "" for none
		oldMode  os.FileMode // its mode
		commit   bool
		want     string      // the content after, "" for no file
		wantMode os.FileMode // 0: what os.Create makes
	}{
		{name: "new file", commit: true, want: "quill"},
		{name: "replaced file keeps its mode", old: "heron", oldMode: 0o600, commit: true, want: "quill", wantMode: 0o600},
		{name: "aborted new file", commit: false},
		{name: "aborted replacement", old: "heron", oldMode: 0o640, commit: false, want: "heron", wantMode: 0o640},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "birds.nq")
			if tt.old != "" {
				if err := os.WriteFile(path, []byte(tt.old), tt.oldMode); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, tt.oldMode); err != nil {
					t.Fatal(err)
				}
			}
			f, err := Create(path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteString("quill"); err != nil {
				t.Fatal(err)
			}
			if tt.commit {
				if err := f.Commit(); err != nil {
					t.Fatal(err)
				}
			}
			f.Abort()
			var names []string
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				names = append(names, e.Name())
			}
			wantNames := ""
			if tt.want != "" {
				wantNames = "birds.nq"
			}
			if got := strings.Join(names, " "); got != wantNames {
				t.Fatalf("files left: %q, want %q", got, wantNames)
			}
			if tt.want == "" {
				return
			}
			b, err := os.ReadFile(path)
			info, serr := os.Stat(path)
			if err != nil || serr != nil {
				t.Fatal(err, serr)
			}
			wantMode := tt.wantMode
			if wantMode == 0 {
				wantMode = createdMode(t)
			}
			if string(b) != tt.want || info.Mode().Perm() != wantMode {
				t.Errorf("got %q, mode %v; want %q, mode %v", b, info.Mode().Perm(), tt.want, wantMode)
			}
		})
	}
}

func TestCreateFails(t *testing.T) {
	if _, err := Create(filepath.Join(t.TempDir(), "no-such-dir", "birds.nq")); err == nil {
		t.Error("a file in a missing directory was created")
	}
}

// createdMode returns the mode of a file os.Create makes here: 0666 less
// the umask.
func createdMode(t *testing.T) os.FileMode {
	probe := filepath.Join(t.TempDir(), "probe")
	f, err := os.Create(probe)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	info, err := os.Stat(probe)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}
