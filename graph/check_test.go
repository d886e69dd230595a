package graph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestCheckIRI(t *testing.T) {
	tests := []struct {
		iri  string
		want string // "" for accepted
	}{
		{"https://kg.example/id/place/münchen", ""},
		{"urn:kg:dataset:stdin", ""},
		{"", "empty IRI"},
		{"http://x.org/a b", `IRI "http://x.org/a b" has a character N-Quads does not allow (' ' at byte 14)`},
		{"http://x.org/<", `IRI "http://x.org/<" has a character N-Quads does not allow ('<' at byte 13)`},
		{"http://x.org/\\", `IRI "http://x.org/\\" has a character N-Quads does not allow ('\\' at byte 13)`},
		{"http://x.org/\xff", `IRI "http://x.org/\xff" is not valid UTF-8`},
	}
	for _, tt := range tests {
		err := checkIRI(quad.IRI(tt.iri))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("checkIRI(%q) = %q, want %q", tt.iri, got, tt.want)
		}
	}
}

// checkIRIIndexFunc is the first version of checkIRI's character test, kept
// as the benchmark's baseline.
func checkIRIIndexFunc(s string) int {
	return strings.IndexFunc(s, func(r rune) bool {
		return r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r)
	})
}

func benchIRIs() []string {
	var out []string
	for i := 0; i < 1000; i++ {
		out = append(out, fmt.Sprintf("https://kg.example/id/doc/%064x#char=%d,%d", i, i, i+7))
	}
	return out
}

func BenchmarkCheckIRI(b *testing.B) {
	iris := benchIRIs()
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			for _, s := range iris {
				if checkIRI(quad.IRI(s)) != nil {
					b.Fatal(s)
				}
			}
		}
	})
	b.Run("baseline-indexfunc", func(b *testing.B) {
		for b.Loop() {
			for _, s := range iris {
				if checkIRIIndexFunc(s) >= 0 {
					b.Fatal(s)
				}
			}
		}
	})
}
