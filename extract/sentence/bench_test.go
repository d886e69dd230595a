package sentence

import (
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"testing"

	"github.com/kg-project/kg/extract/tokenize"
)

// repoRoot walks up from the working directory to the directory holding
// go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// sharedData returns the path of ../shared/data/<name> from the repository
// root, skipping the test when it is absent.
func sharedData(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(repoRoot(t), "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("../shared/data/%s not found: %v", name, err)
	}
	return p
}

var (
	bbcOnce sync.Once
	bbcDocs []string
	bbcErr  error
)

// loadBBC reads the BBC News corpus (../shared/data/news-bbc/bbc/*/*.txt)
// into memory once, skipping the benchmark when it is absent.
func loadBBC(b *testing.B) []string {
	b.Helper()
	dir := filepath.Join(sharedData(b, "news-bbc"), "bbc")
	bbcOnce.Do(func() {
		var files []string
		files, bbcErr = filepath.Glob(filepath.Join(dir, "*", "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				bbcErr = err
				return
			}
			bbcDocs = append(bbcDocs, string(data))
		}
	})
	if bbcErr != nil {
		b.Fatal(bbcErr)
	}
	if len(bbcDocs) == 0 {
		b.Skip("no BBC documents found")
	}
	return bbcDocs
}

// BenchmarkSplit measures Split alone on the BBC corpus, tokenized in
// advance, and reports sentences/s and tokens/s.
func BenchmarkSplit(b *testing.B) {
	docs := loadBBC(b)
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
	docs := loadBBC(b)
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
	docs := loadBBC(b)
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
