package explore

import (
	"testing"
	"unicode/utf8"
)

func FuzzEditDistance(f *testing.F) {
	f.Add("vantor", "vnator", 1)
	f.Add("", "abc", 2)
	f.Add("quennell", "quenel", 2)
	f.Fuzz(func(t *testing.T, a, b string, m int) {
		if m < 0 || m > 3 || len(a) > 64 || len(b) > 64 {
			return
		}
		ra, rb := []rune(a), []rune(b)
		d := editDistance(ra, rb, m)
		if d < 0 || d > m+1 {
			t.Fatalf("editDistance(%q, %q, %d) = %d", a, b, m, d)
		}
		if d2 := editDistance(rb, ra, m); (d <= m) != (d2 <= m) {
			t.Fatalf("asymmetric: %d %d", d, d2)
		}
		if a == b && d != 0 {
			t.Fatalf("distance of equal strings %d", d)
		}
	})
}

func FuzzSnippet(f *testing.F) {
	f.Add("one two three four", 4, 7, 3)
	f.Add("żółw idzie", 0, 4, 2)
	f.Fuzz(func(t *testing.T, text string, start, end, n int) {
		if n < 0 || n > 1000 {
			return
		}
		b, a := snippet(text, start, end, n)
		if !utf8.ValidString(text) {
			return
		}
		if !utf8.ValidString(b) || !utf8.ValidString(a) {
			t.Fatalf("snippet(%q, %d, %d, %d) = %q, %q", text, start, end, n, b, a)
		}
	})
}
