package graph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNameTokens(f *testing.F) {
	for _, s := range []string{"Orla Quennell", "U.S.", "O'Brien", "São Tomé", "a.b.c.d", "..", "'x", "x'", "\u0301a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range nameTokens(s) {
			if tok == "" || strings.ContainsAny(tok, " \t\n") {
				t.Fatalf("nameTokens(%q) has token %q", s, tok)
			}
		}
		k := nameKey(s)
		if k != nameKey(k) {
			t.Fatalf("nameKey not idempotent on %q: %q then %q", s, k, nameKey(k))
		}
	})
}

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

func FuzzJournalLine(f *testing.F) {
	for _, s := range []string{"+N\thttps://x\t0\tName", "-T\thttps://x\thttps://c", "+M\thttps://x", "S\t12", "+N\ta\\tb\t2\tc\\nd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		o, ok := parseOp(line)
		if !ok {
			return
		}
		back, ok := parseOp(strings.TrimSuffix(o.line(), "\n"))
		if !ok || back != o {
			t.Fatalf("op %+v from %q does not round-trip: %+v %v", o, line, back, ok)
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

func FuzzDescriptionHead(f *testing.F) {
	f.Add("city in Texas, United States")
	f.Add("space-related agency of the United States")
	f.Fuzz(func(t *testing.T, d string) {
		_ = descriptionTypes(d)
		_ = descriptionHead(d)
	})
}

func FuzzParseIRIRef(f *testing.F) {
	for _, s := range []string{"wd:Q1", "<https://x>", "https://x", "Vantor", "urn:x:y", "<>", "a:b c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if iri, ok := parseIRIRef(s); ok && iri == "" {
			t.Fatalf("parseIRIRef(%q) = empty IRI", s)
		}
	})
}
