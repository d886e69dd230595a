package newstext

import (
	"bufio"
	"os"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
)

// quotes maps typographic quotes to the straight ones of the CoNLL data.
var quotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

// Tokenize splits a line of news text roughly as the Penn Treebank does:
// punctuation apart, "n't" split off, a word's final full stop split off
// unless the word has another one ("U.S.") or is one letter long (an
// initial).
func Tokenize(line string) []string {
	var out []string
	for _, t := range gazetteer.Tokens(quotes.Replace(line)) {
		if strings.HasSuffix(t, "n't") && len(t) > 3 {
			out = append(out, t[:len(t)-3], "n't")
			continue
		}
		if len(t) > 2 && strings.HasSuffix(t, ".") && !strings.Contains(t[:len(t)-1], ".") {
			out = append(out, t[:len(t)-1], ".")
			continue
		}
		out = append(out, t)
	}
	return out
}

// ReadColumn reads the first column of a CoNLL-format file as sentences:
// blank lines, "-DOCSTART-" and one-word lines starting with "#" end one.
func ReadColumn(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 || fs[0] == "-DOCSTART-" || strings.HasPrefix(fs[0], "#") && len(fs) == 1 {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, fs[0])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// Vocabulary counts the words of sents and returns those seen at least
// min times, most frequent first, ties in byte order (so the order is the
// same on every run), and the number of tokens.
func Vocabulary(sents [][]string, min int) (vocab []string, tokens int) {
	counts := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			counts[w]++
			tokens++
		}
	}
	for w, n := range counts {
		if n >= min {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if counts[vocab[i]] != counts[vocab[j]] {
			return counts[vocab[i]] > counts[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	return vocab, tokens
}
