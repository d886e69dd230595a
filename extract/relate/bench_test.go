package relate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/pos"
	"github.com/kg-project/kg/internal/txtar"
)

// benchResults builds the Results of the golden articles (hand-marked
// mentions), copied afresh for each run by the caller.
func benchResults(b *testing.B) ([]*extract.Result, int) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	var out []*extract.Result
	sents := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		article, _ := txtar.Parse(string(data)).Get("article")
		res := buildResult(b, article)
		out = append(out, res)
		sents += len(res.Sentences)
	}
	return out, sents
}

// fresh copies the parts of res that Process changes.
func fresh(res *extract.Result) *extract.Result {
	c := *res
	c.Mentions = append([]extract.Mention(nil), res.Mentions...)
	c.Entities = make([]extract.Entity, len(res.Entities))
	for i, e := range res.Entities {
		e.Attributes = nil
		c.Entities[i] = e
	}
	c.Relations = nil
	return &c
}

func benchProcess(b *testing.B, opts *Options) {
	docs, sents := benchResults(b)
	r := New(opts)
	if err := r.Process(fresh(docs[0])); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if err := r.Process(fresh(d)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N)*float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkProcess is the stage with every kind of evidence on our
// articles.
func BenchmarkProcess(b *testing.B) { benchProcess(b, nil) }

// BenchmarkProcessNoClassifier leaves out the CoNLL04 classifier.
func BenchmarkProcessNoClassifier(b *testing.B) { benchProcess(b, &Options{NoClassifier: true}) }

// BenchmarkBaselineTagOnly is the floor: part-of-speech tagging and
// chunking of the same sentences, which Process does first.
func BenchmarkBaselineTagOnly(b *testing.B) {
	docs, sents := benchResults(b)
	tagger, err := pos.Default()
	if err != nil {
		b.Fatal(err)
	}
	var words [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			var ws []string
			for _, t := range s.Tokens {
				ws = append(ws, t.Text)
			}
			words = append(words, ws)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, ws := range words {
			tagger.TagChunk(ws)
		}
	}
	b.ReportMetric(float64(b.N)*float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkBaselineCooccurrence is the naive relation extractor that
// relates every pair of names in a sentence, for scale.
func BenchmarkBaselineCooccurrence(b *testing.B) {
	docs, sents := benchResults(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			for _, m1 := range d.Mentions {
				for _, m2 := range d.Mentions {
					if m1.Sentence == m2.Sentence && m1.Entity != m2.Entity && strings.Compare(m1.Text, m2.Text) != 0 {
						n++
					}
				}
			}
		}
	}
	_ = n
	b.ReportMetric(float64(b.N)*float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}
