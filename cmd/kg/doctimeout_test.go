package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocTimeout checks --doc-timeout: a document that takes longer is
// rejected by name and the rest goes on (a budget of 1ns rejects every
// document; 0 means no bound), and a negative budget is a usage error.
func TestDocTimeout(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "slow.txt")
	if err := os.WriteFile(in, []byte("Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"build rejects", []string{"build", "--db", filepath.Join(dir, "a.db"), "--doc-timeout", "1ns", in}, 1, "rejected " + in + ": extraction took longer than --doc-timeout 1ns"},
		{"build without bound", []string{"build", "--db", filepath.Join(dir, "b.db"), "--doc-timeout", "0", in}, 0, "1 stored"},
		{"extract rejects", []string{"extract", "--doc-timeout", "1ns", in}, 1, "rejected " + in + ": extraction took longer than --doc-timeout 1ns"},
		{"negative", []string{"extract", "--doc-timeout", "-1s", in}, 2, "--doc-timeout -1s: must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCmd(t, "", tt.args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("kg %s: exit %d, want %d; stderr lacks %q:\n%s", strings.Join(tt.args, " "), code, tt.wantCode, tt.wantStderr, stderr)
			}
		})
	}
}
