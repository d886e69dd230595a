package tokenize

import (
	"slices"
	"testing"

	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/txtar"
)

// fuzzSeeds returns inputs to seed the fuzzers: the golden inputs and a
// few awkward strings.
func fuzzSeeds(t testing.TB) []string {
	seeds := []string{
		"", " ", "'", "''", "n't", "'s", "U.S.", "U.S.-led", "Mr.Smith", "1. a", "...",
		"http://", "a@b", "@", "#", "+", "-5", ".5", "’", "‘’", "\xff", "\xe2\x80", "\u200d",
		"a\u00ad", "🇬", "👍🏽\u200d", "C$", "AA+", "S&P", "6- 3", "don't.", "O'Brien's", "www.x.co/",
		"http://x.org/a_(b)).", "x@y.z.", "1,000.5%", "+44-(0)", "e.g.,", "No. 5", "Boston, Mass.",
		"Acme #39;s chief said  quot;no quot;", "&amp;",
	}
	seeds = append(seeds, txtar.Inputs("testdata", "input.txt")...)
	return seeds
}

// FuzzTokenize checks the invariants of Tokenize on any input, that
// Append after a prefix appends the same tokens, and that it does not
// panic.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		defer fuzzbudget.Start(t, len(text))()
		toks := Tokenize(text)
		checkInvariants(t, text, toks)
		prefix := []Token{{Text: "p", Kind: Word, End: 1}}
		got := Append(prefix, text)
		if !slices.Equal(got[1:], toks) || got[0] != prefix[0] {
			t.Fatalf("Append after a prefix differs from Tokenize")
		}
	})
}
