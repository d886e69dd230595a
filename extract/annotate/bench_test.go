package annotate

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/fixtures"
)

// benchDocs returns the embedded fixture articles, tokenized and split.
func benchDocs(b *testing.B) (docs []*extract.Result, words int) {
	all, err := fixtures.All()
	if err != nil {
		b.Fatal(err)
	}
	for _, fx := range all {
		res := &extract.Result{Doc: extract.Document{Text: fx.Text}, Sentences: split(fx.Text)}
		for _, s := range res.Sentences {
			words += len(s.Tokens)
		}
		docs = append(docs, res)
	}
	return docs, words
}

// fresh drops the annotation so that Annotate computes it again.
func fresh(docs []*extract.Result) {
	for _, r := range docs {
		for si := range r.Sentences {
			s := &r.Sentences[si]
			s.Lower, s.Lemma, s.POS, s.Chunks = nil, nil, nil, nil
		}
	}
}

// BenchmarkAnnotate annotates the fixture articles: lower case, tags and
// chunks, lemmas, quotations, dateline, headline, mention index.
func BenchmarkAnnotate(b *testing.B) {
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, words := benchDocs(b)
	b.ResetTimer()
	for b.Loop() {
		fresh(docs)
		for _, r := range docs {
			a.Annotate(r)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkBaselineTagOnly is the part-of-speech tagger and chunker alone
// on the same sentences: what annotation costs beyond it is the lemmas,
// quotations and dateline.
func BenchmarkBaselineTagOnly(b *testing.B) {
	a, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, words := benchDocs(b)
	b.ResetTimer()
	for b.Loop() {
		fresh(docs)
		for _, r := range docs {
			for si := range r.Sentences {
				a.tagger.Sentence(&r.Sentences[si])
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkBaselineTokenizeSplit is the tokenizer and sentence splitter
// on the same texts, the step before annotation.
func BenchmarkBaselineTokenizeSplit(b *testing.B) {
	docs, words := benchDocs(b)
	b.ResetTimer()
	for b.Loop() {
		for _, r := range docs {
			split(r.Doc.Text)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
