package sentence

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/shareddata"
)

// readGUM returns the sentences of the GUM CoNLL file as token lists.
func readGUM(t testing.TB, path string) [][]string {
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
		tok, _, _ := strings.Cut(sc.Text(), "\t")
		if tok == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
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

// TestGUMBoundaries measures sentence boundary precision and recall on the
// GUM training sentences: runs of ten sentences, tokens joined by spaces,
// are put on one line, so only punctuation and abbreviation rules can find
// the boundaries. GUM's sentences are shuffled and many (headings, list
// items) have no final punctuation, which no rule can find on one line, so
// recall is also given for the boundaries after sentences that end in
// punctuation (. ! ? ... or a closing quote after one).
func TestGUMBoundaries(t *testing.T) {
	path := filepath.Join(shareddata.Path(t, "gum"), "gum-train.conll")
	sents := readGUM(t, path)
	show := testing.Verbose() && os.Getenv("GUM_SHOW") != ""
	var tp, fp, fn, punctTP, punctFN int
	for i := 0; i < len(sents); i += 10 {
		var b strings.Builder
		gold := map[int]bool{} // boundary offset -> previous sentence ends in punctuation
		for j := i; j < min(i+10, len(sents)); j++ {
			if j > i {
				b.WriteByte(' ')
				gold[b.Len()] = endsInPunct(sents[j-1])
			}
			b.WriteString(strings.Join(sents[j], " "))
		}
		text := b.String()
		got := map[int]bool{}
		for k, s := range Split(text, tokenize.Tokenize(text)) {
			if k > 0 {
				got[s.Start] = true
			}
		}
		for off := range got {
			if _, ok := gold[off]; ok {
				continue
			}
			fp++
			if show {
				t.Logf("wrong: %q | %q", text[max(0, off-40):off], text[off:min(len(text), off+30)])
			}
		}
		for off, punct := range gold {
			switch {
			case got[off]:
				tp++
				if punct {
					punctTP++
				}
			case punct:
				fn++
				punctFN++
				if show {
					t.Logf("missed: %q | %q", text[max(0, off-40):off], text[off:min(len(text), off+30)])
				}
			default:
				fn++
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	pr := float64(punctTP) / float64(punctTP+punctFN)
	t.Logf("GUM train, 10 sentences a line: boundary precision %.3f, recall %.3f (F1 %.3f); recall after final punctuation %.3f (%d of %d)",
		p, r, 2*p*r/(p+r), pr, punctTP, punctTP+punctFN)
	if p < 0.95 || pr < 0.95 {
		t.Errorf("precision %.3f or recall after punctuation %.3f below 0.95", p, pr)
	}
}

// endsInPunct reports whether a sentence's last token, or the last before
// closing quotes and brackets, is final punctuation.
func endsInPunct(toks []string) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		switch toks[i] {
		case ".", "!", "?", "...", "…":
			return true
		case `"`, "'", ")", "]", "”", "’":
			continue
		}
		return false
	}
	return false
}
