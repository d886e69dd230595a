package entindex

import (
	"strings"
	"testing"
)

func FuzzJournalLine(f *testing.F) {
	for _, s := range []string{"+N\thttps://x\t0\tName", "-T\thttps://x\thttps://c", "+M\thttps://x", "S\t12", "+N\ta\\tb\t2\tc\\nd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		o, ok := parseOp(line)
		if !ok {
			return
		}
		back, ok := parseOp(strings.TrimSuffix(o.Line(), "\n"))
		if !ok || back != o {
			t.Fatalf("op %+v from %q does not round-trip: %+v %v", o, line, back, ok)
		}
	})
}
