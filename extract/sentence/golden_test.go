package sentence

import (
	"flag"
	"fmt"
	"github.com/kg-project/kg/internal/txtar"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenFiles returns the txtar files in testdata.
func goldenFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in testdata: %v", err)
	}
	return files
}

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
	for _, path := range goldenFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(string(data))
			input, ok := a.Get("input.txt")
			if !ok {
				t.Fatal("no input.txt in archive")
			}
			toks := tokenize.Tokenize(input)
			sents := Split(input, toks)
			checkInvariants(t, toks, sents)
			got := renderSentences(input, sents)
			if *update {
				a.Set("sentences", got)
				if err := os.WriteFile(path, []byte(a.Format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := a.Get("sentences")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}
