package vocab

import (
	"strings"
	"testing"
)

func FuzzNameTokens(f *testing.F) {
	for _, s := range []string{"Orla Quennell", "U.S.", "O'Brien", "São Tomé", "a.b.c.d", "..", "'x", "x'", "\u0301a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range NameTokens(s) {
			if tok == "" || strings.ContainsAny(tok, " \t\n") {
				t.Fatalf("nameTokens(%q) has token %q", s, tok)
			}
		}
		k := NameKey(s)
		if k != NameKey(k) {
			t.Fatalf("nameKey not idempotent on %q: %q then %q", s, k, NameKey(k))
		}
	})
}

func FuzzParseIRIRef(f *testing.F) {
	for _, s := range []string{"wd:Q1", "<https://x>", "https://x", "Vantor", "urn:x:y", "<>", "a:b c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if iri, ok := ParseIRIRef(s); ok && iri == "" {
			t.Fatalf("parseIRIRef(%q) = empty IRI", s)
		}
	})
}
