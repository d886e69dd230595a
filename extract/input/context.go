package input

import (
	"context"
	"io"
)

// NewContextReader returns a reader that reads r and returns ctx's error as
// soon as ctx is done, also while a Read of r is waiting for data (standard
// input from a terminal or a pipe): that Read goes on in the background and
// what it reads is dropped. It is for streams; a regular file's reads
// return quickly, and checking ctx between them is enough.
func NewContextReader(ctx context.Context, r io.Reader) io.Reader {
	return &contextReader{ctx: ctx, r: r}
}

type contextReader struct {
	ctx context.Context
	r   io.Reader
	buf []byte
	err error // sticky, once ctx is done
}

type readResult struct {
	n   int
	err error
}

func (c *contextReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if err := c.ctx.Err(); err != nil {
		c.err = err
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	// The background read fills a buffer of its own: after ctx is done the
	// caller may reuse p while that read is still going.
	if cap(c.buf) < len(p) {
		c.buf = make([]byte, len(p))
	}
	buf := c.buf[:len(p)]
	done := make(chan readResult, 1)
	go func() {
		n, err := c.r.Read(buf)
		done <- readResult{n, err}
	}()
	select {
	case res := <-done:
		copy(p, buf[:res.n])
		return res.n, res.err
	case <-c.ctx.Done():
		c.err = c.ctx.Err()
		c.buf = nil // the background read still owns it
		return 0, c.err
	}
}

// checkedReader returns ctx's error instead of reading once ctx is done.
type checkedReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *checkedReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
