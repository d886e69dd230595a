package tokenize

import (
	"flag"
	"fmt"
	"github.com/kg-project/kg/internal/txtar"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
			toks := Tokenize(input)
			checkInvariants(t, input, toks)
			got := renderTokens(toks)
			if *update {
				a.Set("tokens", got)
				if err := os.WriteFile(path, []byte(a.Format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, _ := a.Get("tokens")
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
		})
	}
}
