package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOpenReadOnlyShared: read-only Stores share a bbolt store (as kg
// query, kg stats and kg search do with a running read-only kg serve); a
// writer is kept out by them, and a reader by a writer, each after the
// lock timeout and with a message naming the holders.
func TestOpenReadOnlyShared(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.db")
	w, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := iri("https://kg.example/doc/1")
	if _, err := w.WriteDocument(ctx, doc, docQuads(doc, alice, false)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	short := 150 * time.Millisecond
	serve, err := Open(ctx, path, &Options{ReadOnly: true, Holder: "kg serve --db kg.db"})
	if err != nil {
		t.Fatal(err)
	}
	defer serve.Close()
	query, err := Open(ctx, path, &Options{ReadOnly: true, Holder: "kg query", LockTimeout: short})
	if err != nil {
		t.Fatalf("a second reader: %v", err)
	}
	for name, s := range map[string]*Store{"serve": serve, "query": query} {
		if ok, err := s.HasDocument(ctx, doc); err != nil || !ok {
			t.Errorf("%s: HasDocument = %v, %v", name, ok, err)
		}
	}
	if _, err := query.WriteDocument(ctx, "https://kg.example/doc/2", docQuads("https://kg.example/doc/2", bob, false)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write on a read-only store: %v, want ErrReadOnly", err)
	}
	if _, err := query.Import(ctx, strings.NewReader(""), &ImportOptions{Label: "https://kg.example/graph/x"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("import on a read-only store: %v, want ErrReadOnly", err)
	}

	tests := []struct {
		name string
		opts *Options
		want []string
	}{
		{"writer kept out by readers", &Options{LockTimeout: short},
			[]string{"store is in use by", fmt.Sprintf("pid %d (reading", os.Getpid()), ": kg serve --db kg.db)", ": kg query)", "a writer needs it alone", "waited 150ms"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			s, err := Open(ctx, path, tc.opts)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("Open took %v", d)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if !strings.HasPrefix(err.Error(), "graph: open "+path+": ") {
				t.Errorf("error %q does not start with the package and path", err)
			}
		})
	}
	query.Close()
	serve.Close()

	// Once the readers are gone, the writer gets in; then a reader is
	// kept out, told who writes.
	w, err = Open(ctx, path, &Options{Holder: "kg build corpus/"})
	if err != nil {
		t.Fatalf("writer after the readers closed: %v", err)
	}
	_, err = Open(ctx, path, &Options{ReadOnly: true, LockTimeout: short})
	if err == nil || !strings.Contains(err.Error(), "store is being written by pid") || !strings.Contains(err.Error(), "(writing since") || !strings.Contains(err.Error(), ": kg build corpus/)") {
		t.Errorf("reader while a writer holds the store: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if hs := holders(path); len(hs) != 0 {
		t.Errorf("holder records left after Close: %+v", hs)
	}

	// A missing store is not created by a read-only Open.
	missing := filepath.Join(t.TempDir(), "none.db")
	if _, err := Open(ctx, missing, &Options{ReadOnly: true}); !errors.Is(err, ErrNoStore) {
		t.Errorf("read-only Open of a missing store: %v, want ErrNoStore", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("read-only Open created %s", missing)
	}
}

// TestHolderRecordOfDeadProcess: a record left by a process that died is
// not shown and is removed.
func TestHolderRecordOfDeadProcess(t *testing.T) {
	dir := t.TempDir()
	// Pid 2^22+1 is above Linux's pid_max default and unused elsewhere.
	stale := filepath.Join(dir, holderPrefix+"4194305-1")
	if err := os.WriteFile(stale, []byte("4194305\tread-write\t2020-01-01T00:00:00Z\tkg build\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	live := recordHolder(dir, true, "kg serve")
	if live == "" {
		t.Fatal("recordHolder wrote nothing")
	}
	hs := holders(dir)
	if len(hs) != 1 || hs[0].pid != os.Getpid() || !hs[0].readOnly || hs[0].command != "kg serve" {
		t.Errorf("holders = %+v, want this process only", hs)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Errorf("the dead process's record was not removed")
	}
}

// TestOpenTogether: processes (here Stores) that open one new store at
// the same moment neither hang nor damage it: each gets the store in
// turn or fails after the lock timeout.
func TestOpenTogether(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.db")
	const n = 4
	type result struct {
		s   *Store
		err error
	}
	results := make(chan result, n)
	for range n {
		go func() {
			s, err := Open(ctx, path, &Options{LockTimeout: 200 * time.Millisecond})
			if err == nil {
				time.Sleep(50 * time.Millisecond)
				err = s.Close()
			}
			results <- result{s, err}
		}()
	}
	opened := 0
	for range n {
		select {
		case r := <-results:
			if r.err == nil {
				opened++
			} else if !strings.Contains(r.err.Error(), "in use by") {
				t.Errorf("Open: %v, want success or a lock error", r.err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("Open hung")
		}
	}
	if opened == 0 {
		t.Error("no Open succeeded")
	}
	s, err := Open(ctx, path, &Options{MustExist: true})
	if err != nil {
		t.Fatalf("the store after the race: %v", err)
	}
	s.Close()
}

// TestWriterClearsLeftRecords: a writer has the store alone, so the
// records it finds were left by processes that ended without Close.
func TestWriterClearsLeftRecords(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// A record of this (live) process that no open Store owns: as a
	// killed process's whose pid was reused would be.
	left := filepath.Join(path, holderPrefix+"1-left")
	if err := os.WriteFile(left, []byte(fmt.Sprintf("%d\tread-write\t2020-01-01T00:00:00Z\tkg build\n", os.Getpid())), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		opts     *Options
		wantLeft bool
	}{
		{"a reader leaves it", &Options{ReadOnly: true}, true},
		{"a writer removes it", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(ctx, path, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := os.Stat(left); (err == nil) != tc.wantLeft {
				t.Errorf("left record there: %v, want %v", err == nil, tc.wantLeft)
			}
			if hs := holders(path); len(hs) != 1+btoi(tc.wantLeft) {
				t.Errorf("holders = %+v", hs)
			}
		})
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
