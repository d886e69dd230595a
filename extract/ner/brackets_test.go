package ner

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/tokenize"
)

// TestOpenBracketTags checks that no name runs on into an opening
// bracket.
func TestOpenBracketTags(t *testing.T) {
	tests := []struct {
		name, text, tags, want string
	}{
		{"glued across the bracket", "Bo Ek (Pellam Harriers)", "B-PER I-PER I-PER I-PER I-PER O", "B-PER I-PER O B-PER I-PER O"},
		{"bracket alone tagged", "Ann Lee (Harlow)", "B-PER I-PER B-ORG B-ORG O", "B-PER I-PER O B-ORG O"},
		{"plain bracket kept", "Ann Lee (Harlow)", "B-PER I-PER O B-LOC O", "B-PER I-PER O B-LOC O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize.Tokenize(tt.text)
			ts := strings.Fields(tt.tags)
			if len(ts) != len(toks) {
				t.Fatalf("%d tags for %d tokens", len(ts), len(toks))
			}
			openBracketTags(toks, ts)
			if got := strings.Join(ts, " "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
