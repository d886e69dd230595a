package tokenize

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/shareddata"
)

// benchCorpus runs tokenize over every document of the BBC corpus per
// iteration and reports tokens/s and MB/s.
func benchCorpus(b *testing.B, tokenize func(doc string) int) {
	docs := shareddata.BBC(b)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	tokens := 0
	b.ResetTimer()
	for b.Loop() {
		tokens = 0
		for _, d := range docs {
			tokens += tokenize(d)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens), "tokens/op")
}

// BenchmarkTokenize measures Append with a reused buffer on the BBC corpus.
func BenchmarkTokenize(b *testing.B) {
	var buf []Token
	benchCorpus(b, func(doc string) int {
		buf = Append(buf[:0], doc)
		return len(buf)
	})
}

// BenchmarkTokenizeAlloc measures Tokenize, which allocates the result.
func BenchmarkTokenizeAlloc(b *testing.B) {
	benchCorpus(b, func(doc string) int { return len(Tokenize(doc)) })
}

// BenchmarkBaselineFields is a baseline: strings.Fields, which only splits
// at white space and keeps no offsets.
func BenchmarkBaselineFields(b *testing.B) {
	benchCorpus(b, func(doc string) int { return len(strings.Fields(doc)) })
}

// BenchmarkBaselineRegexp is a baseline: a regexp tokenizer with offsets,
// words (with internal apostrophes, periods and hyphens) or single
// punctuation runes.
func BenchmarkBaselineRegexp(b *testing.B) {
	re := regexp.MustCompile(`\w+(?:['.\-]\w+)*|[^\w\s]`)
	benchCorpus(b, func(doc string) int { return len(re.FindAllStringIndex(doc, -1)) })
}
