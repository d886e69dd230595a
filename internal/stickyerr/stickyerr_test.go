package stickyerr

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

type failAfter struct {
	n   int
	buf strings.Builder
}

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return f.buf.Write(p)
}

func TestWriter(t *testing.T) {
	f := &failAfter{n: 1}
	w := &Writer{W: f}
	fmt.Fprint(w, "a")
	fmt.Fprint(w, "b")
	fmt.Fprint(w, "c")
	if w.Err == nil || f.buf.String() != "a" {
		t.Errorf("wrote %q, err %v; want \"a\" and the first error", f.buf.String(), w.Err)
	}
}
