package sentence

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/internal/txtar"
)

// renderSentences formats sentences one a line: span, token count and the
// quoted text.
func renderSentences(text string, sents []extract.Sentence) string {
	var b strings.Builder
	for _, s := range sents {
		fmt.Fprintf(&b, "%d\t%d\t%d\t%q\n", s.Start, s.End, len(s.Tokens), text[s.Start:s.End])
	}
	return b.String()
}

// TestGolden splits the input.txt of each testdata/*.txtar archive into
// sentences and compares them with its sentences file.
func TestGolden(t *testing.T) {
	golden.Archives(t, "testdata", func(t *testing.T, a txtar.Archive) []txtar.File {
		input, ok := a.Get("input.txt")
		if !ok {
			t.Fatal("no input.txt in archive")
		}
		toks := tokenize.Tokenize(input)
		sents := Split(input, toks)
		checkInvariants(t, toks, sents)
		return []txtar.File{{Name: "sentences", Data: renderSentences(input, sents)}}
	})
}
