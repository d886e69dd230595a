package pos

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/shareddata"

	"github.com/google/go-cmp/cmp"
)

func shipped(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestTagKnownConstructions(t *testing.T) {
	tg := shipped(t)
	tests := []struct {
		name   string
		words  string
		want   string // space-separated tags, "_" for any
		chunks string // space-separated chunk tags, "_" for any
	}{
		{
			name:   "verb phrase",
			words:  "The company said on Monday it had hired a new chief executive .",
			want:   "DT NN VBD IN NNP PRP VBD VBN DT JJ _ NN .", // "chief" is JJ or NN in the data
			chunks: "B-NP I-NP B-VP B-PP B-NP B-NP B-VP I-VP B-NP I-NP I-NP I-NP O",
		},
		{
			name:  "possessive and preposition",
			words: "Smith 's company opened an office in Paris .",
			want:  "NNP POS NN VBD DT NN IN NNP .",
		},
		{
			name:  "modal and infinitive",
			words: "They will try to leave .",
			want:  "PRP MD VB TO VB .",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			words := strings.Fields(tc.words)
			tags, chunks := tg.TagChunk(words)
			want := strings.Fields(tc.want)
			for i := range want {
				if want[i] == "_" {
					want[i] = tags[i]
				}
			}
			if diff := cmp.Diff(want, tags); diff != "" {
				t.Errorf("tags (-want +got):\n%s", diff)
			}
			if tc.chunks != "" {
				if diff := cmp.Diff(strings.Fields(tc.chunks), chunks); diff != "" {
					t.Errorf("chunks (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestChunks(t *testing.T) {
	got := Chunks([]string{"B-NP", "I-NP", "B-VP", "O", "I-PP", "B-NP", "B-NP"})
	want := []Chunk{{0, 2, "NP"}, {2, 3, "VP"}, {4, 5, "PP"}, {5, 6, "NP"}, {6, 7, "NP"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reloads the whole model; runs without -short")
	}
	tg := shipped(t)
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Officials in the capital denied the report on Tuesday .")
	a1, b1 := tg.TagChunk(words)
	a2, b2 := tg2.TagChunk(words)
	if diff := cmp.Diff([][]string{a1, b1}, [][]string{a2, b2}); diff != "" {
		t.Errorf("reloaded model tags differently (-orig +reloaded):\n%s", diff)
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for name, in := range map[string][]byte{"empty": nil, "text": []byte("not a model")} {
		t.Run(name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(in)); err == nil {
				t.Error("Load succeeded on garbage")
			}
		})
	}
}

func TestReadCoNLLIOB1(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nThe DT I-NP O\ncat NN I-NP O\nsat VBD I-VP O\n\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{{Words: []string{"The", "cat", "sat"}, Tags: []string{"DT", "NN", "VBD"}, Chunks: []string{"B-NP", "I-NP", "B-VP"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDevAccuracy checks the shipped model on the CoNLL-2003 dev split.
func TestDevAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	f, err := os.Open(filepath.Join(shareddata.Path(t, "conll2003"), "valid.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dev, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	s := shipped(t).Evaluate(dev)
	t.Logf("dev: %d words, tag accuracy %.4f, chunk F1 %.4f", s.Words, s.Accuracy, s.ChunkF1)
	if s.Accuracy < 0.953 || s.ChunkF1 < 0.915 {
		t.Errorf("dev accuracy %.4f (want >= 0.953), chunk F1 %.4f (want >= 0.915)", s.Accuracy, s.ChunkF1)
	}
}

func FuzzTagChunk(f *testing.F) {
	tg := shipped(f)
	f.Add("The company said on Monday it had hired a new chief executive .")
	f.Add("“ Quoted ” — dash … 3.5 U.S. e-mail")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		words := strings.Fields(s)
		tags, chunks := tg.TagChunk(words)
		if len(tags) != len(words) || len(chunks) != len(words) {
			t.Fatalf("%d words, %d tags, %d chunks", len(words), len(tags), len(chunks))
		}
		for _, c := range Chunks(chunks) {
			if c.Start < 0 || c.End > len(words) || c.Start >= c.End {
				t.Fatalf("bad chunk %+v", c)
			}
		}
	})
}

func BenchmarkTagChunk(b *testing.B) {
	tg := shipped(b)
	words := strings.Fields("The company said on Monday it had hired a new chief executive , a former banker who ran the bank 's operations in Asia .")
	b.ReportAllocs()
	for b.Loop() {
		tg.TagChunk(words)
	}
	b.ReportMetric(float64(b.N)*float64(len(words))/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLoad decodes the shipped model (tagger and chunker), as
// Default does once per process.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}
