package sentence

import (
	"regexp"
	"testing"

	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/shareddata"
)

// BenchmarkSplit measures Split alone on the BBC corpus, tokenized in
// advance, and reports sentences/s and tokens/s.
func BenchmarkSplit(b *testing.B) {
	docs := shareddata.BBC(b)
	toks := make([][]tokenize.Token, len(docs))
	size, ntok := 0, 0
	for i, d := range docs {
		toks[i] = tokenize.Tokenize(d)
		size += len(d)
		ntok += len(toks[i])
	}
	b.SetBytes(int64(size))
	sents := 0
	b.ResetTimer()
	for b.Loop() {
		sents = 0
		for i, d := range docs {
			sents += len(Split(d, toks[i]))
		}
	}
	s := b.Elapsed().Seconds()
	b.ReportMetric(float64(sents)*float64(b.N)/s, "sentences/s")
	b.ReportMetric(float64(ntok)*float64(b.N)/s, "tokens/s")
	b.ReportMetric(float64(sents), "sentences/op")
}

// BenchmarkTokenizeSplit measures tokenizing and splitting together, the
// cost of the first pipeline stage.
func BenchmarkTokenizeSplit(b *testing.B) {
	docs := shareddata.BBC(b)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	var buf []tokenize.Token
	sents := 0
	b.ResetTimer()
	for b.Loop() {
		sents = 0
		for _, d := range docs {
			buf = tokenize.Append(buf[:0], d)
			sents += len(Split(d, buf))
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkBaselineRegexp is a baseline: a regexp sentence splitter that
// breaks after . ! or ? (with closing quotes) before white space and a
// capital, or at a blank line.
func BenchmarkBaselineRegexp(b *testing.B) {
	docs := shareddata.BBC(b)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	re := regexp.MustCompile(`[.!?]["')\]]*\s+[A-Z"]|\n\s*\n`)
	sents := 0
	b.ResetTimer()
	for b.Loop() {
		sents = 0
		for _, d := range docs {
			sents += len(re.FindAllStringIndex(d, -1)) + 1
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
