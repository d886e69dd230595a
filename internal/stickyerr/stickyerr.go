// Package stickyerr provides a writer that keeps the first write error,
// for reports printed with many Fprintf calls checked once at the end.
package stickyerr

import "io"

// Writer writes to W until a write fails; then it writes nothing more and
// Err holds the error.
type Writer struct {
	W   io.Writer
	Err error
}

// Write writes p to W unless an earlier write failed.
func (e *Writer) Write(p []byte) (int, error) {
	if e.Err != nil {
		return 0, e.Err
	}
	n, err := e.W.Write(p)
	e.Err = err
	return n, err
}

// WriteLines writes each line and a newline to w, and returns the first
// error.
func WriteLines(w io.Writer, lines []string) error {
	ew := &Writer{W: w}
	for _, l := range lines {
		io.WriteString(ew, l)
		io.WriteString(ew, "\n")
	}
	return ew.Err
}
