package ner

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/tokenize"
)

// TestEscapeRemnants checks that the remnants of "&quot;" and "&#39;"
// reach the tagger as quotation marks, and that other semicolons and
// words stay as written.
func TestEscapeRemnants(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"quot", "the  quot;Tarvik Runner quot; game", `the " " Tarvik Runner " " game`},
		{"#39", "Acme #39;s chief", "Acme ' ' s chief"},
		{"a semicolon after a word", "Acme rose; Tarvik fell", "Acme rose ; Tarvik fell"},
		{"quot as a word", "quot ; is a word", "quot ; is a word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize.Tokenize(tt.text)
			words := make([]string, len(toks))
			for i, tk := range toks {
				words[i] = tk.Text
			}
			escapeRemnants(toks, words)
			if got := strings.Join(words, " "); got != tt.want {
				t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
