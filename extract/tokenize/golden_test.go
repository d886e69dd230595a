package tokenize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/internal/txtar"
)

// renderTokens formats tokens one a line: start, end, kind and quoted text.
func renderTokens(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		fmt.Fprintf(&b, "%d\t%d\t%s\t%q\n", t.Start, t.End, t.Kind, t.Text)
	}
	return b.String()
}

// TestGolden tokenizes the input.txt of each testdata/*.txtar archive and
// compares the result with its tokens file.
func TestGolden(t *testing.T) {
	golden.Archives(t, "testdata", func(t *testing.T, a txtar.Archive) []txtar.File {
		input, ok := a.Get("input.txt")
		if !ok {
			t.Fatal("no input.txt in archive")
		}
		toks := Tokenize(input)
		checkInvariants(t, input, toks)
		return []txtar.File{{Name: "tokens", Data: renderTokens(toks)}}
	})
}
