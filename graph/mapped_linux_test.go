package graph

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestSharedReadOnlyMapping(t *testing.T) {
	const file = "/data/my store/indexes.bolt"
	for _, tc := range []struct {
		name   string
		line   string
		lo, hi uintptr
		ok     bool
	}{
		{"bbolt's mapping", "7f0000000000-7f0000400000 r--s 00000000 fd:01 1234 /data/my store/indexes.bolt", 0x7f0000000000, 0x7f0000400000, true},
		{"writable", "7f0000000000-7f0000400000 rw-s 00000000 fd:01 1234 /data/my store/indexes.bolt", 0, 0, false},
		{"private", "7f0000000000-7f0000400000 r--p 00000000 fd:01 1234 /data/my store/indexes.bolt", 0, 0, false},
		{"another file", "7f0000000000-7f0000400000 r--s 00000000 fd:01 1234 /data/my store/indexes.bolt.bak", 0, 0, false},
		{"deleted", "7f0000000000-7f0000400000 r--s 00000000 fd:01 1234 /data/my store/indexes.bolt (deleted)", 0, 0, false},
		{"anonymous", "7f0000000000-7f0000400000 rw-p 00000000 00:00 0", 0, 0, false},
		{"bad range", "7f0000400000-7f0000000000 r--s 00000000 fd:01 1234 /data/my store/indexes.bolt", 0, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi, ok := sharedReadOnlyMapping(tc.line, file)
			if lo != tc.lo || hi != tc.hi || ok != tc.ok {
				t.Errorf("sharedReadOnlyMapping = %#x, %#x, %v; want %#x, %#x, %v", lo, hi, ok, tc.lo, tc.hi, tc.ok)
			}
		})
	}
}

// mappedKB returns the resident kilobytes of this process's mappings of file.
func mappedKB(t *testing.T, file string) int {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if fs := strings.Fields(line); len(fs) > 0 && strings.Contains(fs[0], "-") && !strings.HasSuffix(fs[0], ":") {
			in = strings.HasSuffix(line, " "+file)
			continue
		}
		if rest, ok := strings.CutPrefix(line, "Rss:"); ok && in {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			kb += n
		}
	}
	return kb
}

// TestWriteReleasesMappedPages checks that after a write the store file's
// pages are no longer in the process's resident set, while the store still
// reads them.
func TestWriteReleasesMappedPages(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if s.mappedFile == "" {
		t.Fatal("no mapped file for a bbolt store")
	}
	var docs []Document
	for i := range 200 {
		d := quad.IRI(fmt.Sprintf("https://kg.example/doc/%d", i))
		docs = append(docs, Document{IRI: d, Quads: docQuads(d, alice, i%2 == 0)})
	}
	if _, err := s.WriteDocuments(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if kb := mappedKB(t, s.mappedFile); kb != 0 {
		t.Errorf("after a write %d kB of the store file are resident; want 0", kb)
	}
	if n := s.QuadCount(ctx); n <= 0 {
		t.Errorf("QuadCount after release = %d", n)
	}
	if kb := mappedKB(t, s.mappedFile); kb == 0 {
		t.Errorf("reading the store mapped no page of it; is %s the mapped file?", s.mappedFile)
	}
}
