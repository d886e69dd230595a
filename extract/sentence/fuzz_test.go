package sentence

import (
	"testing"

	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/txtar"
)

// fuzzSeeds returns the golden inputs and a few awkward strings.
func fuzzSeeds(t testing.TB) []string {
	seeds := []string{
		"", "\n", "\n\n", ".", ". .", "U.S.", "Mr.", "\"", "\" . \"", "(.)", "a.\nB", "a\nb", "- a\n- b",
		"1. a\n2. b", "(a) x", "• •", "\u2029", "\r\r", "J. R. R. T", "Inc. The", "?!\"'", "”.”",
		"\xff.\xfe", "a,\nB", "x\n\n\n",
	}
	seeds = append(seeds, txtar.Inputs("testdata", "input.txt")...)
	return seeds
}

// FuzzSplit checks that Split partitions the tokens of any text into
// sentences, and that it does not panic on tokens of another text.
func FuzzSplit(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, s[:len(s)/(i%3+1)])
	}
	f.Fuzz(func(t *testing.T, text, other string) {
		defer fuzzbudget.Start(t, len(text)+len(other))()
		toks := tokenize.Tokenize(text)
		checkInvariants(t, toks, Split(text, toks))
		// Tokens whose offsets do not fit the text must not cause a panic.
		wrong := tokenize.Tokenize(other)
		checkInvariants(t, wrong, Split(text, wrong))
	})
}
