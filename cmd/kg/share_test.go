package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// TestReadersShareStore: a running read-only kg serve does not lock out
// the commands that only read the same store; a command that writes is
// kept out, told who holds the store.
func TestReadersShareStore(t *testing.T) {
	db := worldStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- serveCmd{ready: func(a string) { ready <- a }}.Run(ctx, []string{"--db", db, "--addr", "127.0.0.1:0"}, io.Discard, io.Discard)
	}()
	select {
	case <-ready:
	case err := <-done:
		t.Fatalf("serve: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not start")
	}
	tests := []struct {
		name string
		cmd  runner
		args []string
		want string // in stdout
	}{
		{"stats", statsCmd{}, nil, "documents"},
		{"query", queryCmd{}, []string{`g.V().Has("<schema:name>", "Vantor").All()`}, "place/vantor"},
		{"search", searchCmd{}, []string{"vantor"}, "place/vantor"},
		{"show", showCmd{}, []string{"Vantor"}, "place/vantor"},
		{"path", pathCmd{}, []string{"Orla Quennell", "Vantor"}, "path 1"},
		{"export", exportCmd{}, nil, "place/vantor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, err := storeCmd(t, tc.cmd, db, tc.args...)
			if err != nil {
				t.Fatalf("kg %s while kg serve runs: %v\n%s", tc.name, err, stderr)
			}
			if !strings.Contains(out, tc.want) {
				t.Errorf("kg %s: output lacks %q:\n%s", tc.name, tc.want, out)
			}
		})
	}
	nt := writeFile(t, t.TempDir(), "people.nt", peopleNT)
	_, _, err := storeCmd(t, importCmd{}, db, nt)
	if err == nil {
		t.Fatal("kg import wrote while kg serve held the store")
	}
	for _, w := range []string{"store is in use by", fmt.Sprintf("pid %d (reading since", os.Getpid()), "a writer needs it alone"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("kg import: %q lacks %q", err, w)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
	if _, stderr, err := storeCmd(t, importCmd{}, db, nt); err != nil {
		t.Errorf("kg import after serve stopped: %v\n%s", err, stderr)
	}
}
