package prose

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/kg-project/kg/extract/ner"
)

func load(tb testing.TB) (train, dev []ner.Document) {
	tb.Helper()
	d, err := DataDir()
	if err != nil {
		tb.Skipf("../shared/data/conll2003 not found: %v", err)
	}
	if train, err = ReadDocs(filepath.Join(d, "train.txt")); err != nil {
		tb.Fatal(err)
	}
	if dev, err = ReadDocs(filepath.Join(d, "valid.txt")); err != nil {
		tb.Fatal(err)
	}
	return train, dev
}

func kgTag(m *ner.Model) func([][]string) ([][]string, error) {
	return func(doc [][]string) ([][]string, error) { return m.TagDocument(doc), nil }
}

type system struct {
	name string
	tag  func([][]string) ([][]string, error)
}

func report(t *testing.T, dev []ner.Document, systems []system) {
	for _, sys := range systems {
		e, err := Score(dev, sys.tag)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		e.WriteReport(&buf)
		t.Logf("%s: dev F1 %.4f\n%s", sys.name, e.F1(), buf.String())
	}
}

// TestCompare prints the conlleval reports of kg and of prose with its
// shipped model on the dev set.
func TestCompare(t *testing.T) {
	_, dev := load(t)
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	report(t, dev, []system{
		{"kg", kgTag(m)},
		{"prose v2 shipped model", ProseDoc(ShippedModel())},
	})
}

// TestCompareTrained trains prose on the CoNLL-2003 training file through
// UsingEntities and prints its conlleval report on the dev set. It is slow
// (about 20 CPU minutes).
func TestCompareTrained(t *testing.T) {
	if testing.Short() {
		t.Skip("trains prose on CoNLL-2003: slow")
	}
	train, dev := load(t)
	t0 := time.Now()
	trained := Train(train)
	t.Logf("prose trained on %d documents in %v", len(train), time.Since(t0).Round(time.Second))
	report(t, dev, []system{{"prose v2 trained on train.txt", ProseDoc(trained)}})
}

func benchTag(b *testing.B, tag func([][]string) ([][]string, error), dev []ner.Document) {
	tokens := 0
	for _, d := range dev {
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
	}
	docs := make([][][]string, len(dev))
	for i, d := range dev {
		docs[i] = d.Words()
	}
	// Besides wall time, the process's CPU time: on a shared machine it
	// leaves out the time spent waiting for a core. Run with -cpu 1 for
	// one core.
	cpu0 := processCPU()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := tag(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	cpu := processCPU() - cpu0
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// The benchmarks tag the whole dev set (51,362 tokens) per iteration.
func BenchmarkKG(b *testing.B) {
	_, dev := load(b)
	m, err := ner.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, kgTag(m), dev)
}

func BenchmarkProseShipped(b *testing.B) {
	_, dev := load(b)
	benchTag(b, ProseDoc(ShippedModel()), dev)
}

func BenchmarkProseTrained(b *testing.B) {
	train, dev := load(b)
	m := Train(train)
	benchTag(b, ProseDoc(m), dev)
}

var _ = prose.WithSegmentation
