package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress draws a one-line progress bar on a terminal, at most a few times
// a second. A nil *progress draws nothing.
type progress struct {
	w      io.Writer
	total  int64 // bytes
	start  time.Time
	last   time.Time
	drawn  bool
	prefix string
}

// newProgress returns a bar for work of total bytes, or nil when w is not a
// terminal or the work is too short to be worth one.
func newProgress(w io.Writer, prefix string, totalBytes int64, items int) *progress {
	if !isTerminal(w) || (items < 20 && totalBytes < 1<<20) {
		return nil
	}
	now := time.Now()
	return &progress{w: w, total: totalBytes, start: now, prefix: prefix}
}

// update redraws the bar after done bytes and n items.
func (p *progress) update(doneBytes int64, n int) {
	if p == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond && doneBytes < p.total {
		return
	}
	p.last = now
	frac := 1.0
	if p.total > 0 {
		frac = float64(doneBytes) / float64(p.total)
	}
	if frac > 1 {
		frac = 1
	}
	const width = 30
	filled := int(frac * width)
	el := now.Sub(p.start).Seconds()
	rate := float64(n) / el
	eta := "--:--"
	if frac > 0 && el > 0.5 {
		rem := time.Duration(el/frac*(1-frac)) * time.Second
		eta = fmt.Sprintf("%d:%02d", int(rem.Minutes()), int(rem.Seconds())%60)
	}
	fmt.Fprintf(p.w, "\r%s [%s%s] %3.0f%% %d docs, %.0f docs/s, ETA %s ", p.prefix,
		strings.Repeat("=", filled), strings.Repeat(" ", width-filled), frac*100, n, rate, eta)
	p.drawn = true
}

// done clears the bar.
func (p *progress) done() {
	if p == nil || !p.drawn {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 90))
}
