package tokenize

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/shareddata"
)

// readCoNLL returns the sentences of a CoNLL-2003 file as token lists.
func readCoNLL(t testing.TB, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sents [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		tok, _, _ := strings.Cut(line, " ")
		if tok == "-DOCSTART-" {
			continue
		}
		cur = append(cur, tok)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// TestCoNLLRoundTrip joins the tokens of each CoNLL-2003 sentence (train
// and dev) with spaces and checks that tokenizing the result gives the same
// tokens back, for at least 99% of sentences. Run with -v to see the
// figures and the first differences.
func TestCoNLLRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("tokenizes CoNLL-2003 train and valid; runs without -short")
	}
	dir := shareddata.Path(t, "conll2003")
	for _, name := range []string{"train.txt", "valid.txt"} {
		t.Run(name, func(t *testing.T) {
			sents := readCoNLL(t, filepath.Join(dir, name))
			same, shown := 0, 0
			for _, want := range sents {
				var got []string
				for _, tok := range Tokenize(strings.Join(want, " ")) {
					got = append(got, tok.Text)
				}
				if slices.Equal(got, want) {
					same++
					continue
				}
				if shown < 20 && testing.Verbose() {
					t.Logf("want %q\n got %q", want, got)
					shown++
				}
			}
			ratio := float64(same) / float64(len(sents))
			t.Logf("CoNLL-2003 %s: %d of %d sentences re-tokenised identically (%.2f%%)", name, same, len(sents), 100*ratio)
			if ratio < 0.99 {
				t.Errorf("round trip %.2f%% < 99%%", 100*ratio)
			}
		})
	}
}
