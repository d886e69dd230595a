package relclass

import (
	"bytes"
	"testing"
)

// BenchmarkPredictCoNLL04 is 'kg relate' on CoNLL04 dev: POS tagging, the
// NER model, the entity tagger, the span typer and the classifier.
func BenchmarkPredictCoNLL04(b *testing.B) {
	dev := readDev(b)
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m.Predict(dev, nil)
	}
	b.ReportMetric(float64(b.N)*float64(len(dev))/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoadClassifier reads the shipped model's relation classifier
// alone, as DefaultClassifier does once per process.
func BenchmarkLoadClassifier(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(bytes.NewReader(embedded), true); err != nil {
			b.Fatal(err)
		}
	}
}
