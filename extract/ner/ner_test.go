package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/fuzzbudget"
	"github.com/kg-project/kg/internal/shareddata"
)

// dataDir returns ../shared/data/conll2003 from the repository root, or
// skips the test.
func dataDir(tb testing.TB) string {
	tb.Helper()
	d := shareddata.Path(tb, "conll2003")
	if _, err := os.Stat(filepath.Join(d, "valid.txt")); err != nil {
		tb.Skipf("../shared/data/conll2003 not found: %v", err)
	}
	return d
}

func readDocs(tb testing.TB, path string) []Document {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

func TestEncodeDecode(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []string // BILOU labels
	}{
		{"single", []string{"B-PER", "O"}, []string{"U-PER", "O"}},
		{"multi", []string{"B-ORG", "I-ORG", "I-ORG", "O"}, []string{"B-ORG", "I-ORG", "L-ORG", "O"}},
		{"adjacent", []string{"B-LOC", "B-LOC", "I-LOC"}, []string{"U-LOC", "B-LOC", "L-LOC"}},
		{"type change", []string{"B-LOC", "B-MISC"}, []string{"U-LOC", "U-MISC"}},
	}
	ls := labelSet(encBILOU)
	bio := bioTags(ls)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := encode(encBILOU, ls, tt.tags, nil)
			var got, back []string
			for _, y := range idx {
				got = append(got, ls[y])
				back = append(back, bio[y])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("encode (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.tags, back); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestToIOB2(t *testing.T) {
	tests := []struct {
		name    string
		in, out []string
	}{
		{"iob1", []string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"B-PER", "I-PER", "O", "B-LOC"}},
		{"iob1 adjacent", []string{"I-LOC", "B-LOC", "I-LOC"}, []string{"B-LOC", "B-LOC", "I-LOC"}},
		{"iob2 kept", []string{"B-ORG", "I-ORG", "O"}, []string{"B-ORG", "I-ORG", "O"}},
		{"type switch", []string{"I-ORG", "I-LOC"}, []string{"B-ORG", "B-LOC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := append([]string(nil), tt.in...)
			toIOB2(got)
			if diff := cmp.Diff(tt.out, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nJohn NNP B-NP I-PER\nSmith NNP I-NP I-PER\nran VBD B-VP O\n\n" +
		"-DOCSTART- -X- -X- O\n\nParis NNP B-NP I-LOC\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Document{
		{Sentences: []Sentence{{Tokens: []string{"John", "Smith", "ran"}, Tags: []string{"B-PER", "I-PER", "O"}}}},
		{Sentences: []Sentence{{Tokens: []string{"Paris"}, Tags: []string{"B-LOC"}}}},
	}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := ReadCoNLL(strings.NewReader("lonely\n")); err == nil {
		t.Error("a line without a tag was accepted")
	}
}

func TestEvalReport(t *testing.T) {
	// Gold and guessed columns; one PER right, one LOC missed, one ORG
	// found with the wrong extent.
	in := `-DOCSTART- -X- O O

John B-PER B-PER
Smith I-PER I-PER
visited O O
Paris B-LOC O
and O O
Acme B-ORG B-ORG
Corp I-ORG O
. O O
`
	e, err := ReadEval(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := e.WriteReport(&buf); err != nil {
		t.Fatal(err)
	}
	want := `processed 9 tokens with 3 phrases; found: 2 phrases; correct: 1.
accuracy:  77.78%; precision:  50.00%; recall:  33.33%; FB1:  40.00
              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0
              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  1
              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDefaultTagsNames(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{
		strings.Fields("John Smith , the chief executive of General Motors , flew to Paris on Monday ."),
		strings.Fields("Smith said the company would open a plant in France ."),
	}
	got := m.TagDocument(doc)
	want := [][]string{
		{"B-PER", "I-PER", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O", "O", "O"},
		{"B-PER", "O", "O", "O", "O", "O", "O", "O", "O", "B-LOC", "O"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestModelRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reloads the whole model; runs without -short")
	}
	m, err := LoadFile("ner.model")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]string{strings.Fields("Officials in Berlin and Madrid met Maria Lopez of the United Nations .")}
	if diff := cmp.Diff(m.TagDocument(doc), m2.TagDocument(doc)); diff != "" {
		t.Errorf("reloaded model tags differently (-orig +reloaded):\n%s", diff)
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load accepted garbage")
	}
}

// sentence builds an extract.Sentence from words separated by single spaces
// starting at offset start of the text.
func sentence(text string, start int, words ...string) extract.Sentence {
	s := extract.Sentence{Start: start}
	off := start
	for _, w := range words {
		i := strings.Index(text[off:], w)
		tk := tokenize.Token{Text: w, Start: off + i, End: off + i + len(w)}
		s.Tokens = append(s.Tokens, tk)
		off = tk.End
	}
	s.End = off
	return s
}

func TestRecognize(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Angela Weber met officials of the World Bank in Nairobi. Weber left on Friday."
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = []extract.Sentence{
		sentence(text, 0, "Angela", "Weber", "met", "officials", "of", "the", "World", "Bank", "in", "Nairobi", "."),
		sentence(text, 57, "Weber", "left", "on", "Friday", "."),
	}
	if err := NewRecognizer(m, nil).Recognize(res); err != nil {
		t.Fatal(err)
	}
	want := []extract.Mention{
		{Start: 0, End: 12, Text: "Angela Weber", Type: extract.Person, Sentence: 0, Entity: -1},
		{Start: 34, End: 44, Text: "World Bank", Type: extract.Organization, Sentence: 0, Entity: -1},
		{Start: 48, End: 55, Text: "Nairobi", Type: extract.Location, Sentence: 0, Entity: -1},
		{Start: 57, End: 62, Text: "Weber", Type: extract.Person, Sentence: 1, Entity: -1},
	}
	if diff := cmp.Diff(want, res.Mentions); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	res.Mentions = nil
	if err := NewRecognizer(m, &Options{Types: []string{extract.Location}}).Recognize(res); err != nil {
		t.Fatal(err)
	}
	if len(res.Mentions) != 1 || res.Mentions[0].Text != "Nairobi" {
		t.Errorf("Types filter: got %+v", res.Mentions)
	}
}

func TestCurlyQuotesLikeASCII(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ascii := [][]string{strings.Fields(`" We will win , " said Peter Brown , the coach of Leeds .`)}
	curly := [][]string{strings.Fields("\u201c We will win , \u201d said Peter Brown , the coach of Leeds .")}
	if diff := cmp.Diff(m.TagDocument(ascii), m.TagDocument(curly)); diff != "" {
		t.Errorf("(-ascii +curly):\n%s", diff)
	}
}

func TestDevF1(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dev := readDocs(t, filepath.Join(dataDir(t), "valid.txt"))
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	e := EvalDocs(m, dev)
	t.Logf("dev F1 %.4f", e.F1())
	if f := e.F1(); f < 0.90 {
		t.Errorf("dev F1 %.4f < 0.90: the shipped model regressed", f)
	}
}

func FuzzTagDocument(f *testing.F) {
	f.Add("John Smith went to Paris .")
	f.Add("\u201cHELLO\u201d  \u2014 caf\u00e9 \xff")
	f.Add("")
	m, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		var doc [][]string
		for _, line := range strings.Split(s, "\n") {
			doc = append(doc, strings.Fields(line))
		}
		got := m.TagDocument(doc)
		if len(got) != len(doc) {
			t.Fatalf("%d sentences tagged, want %d", len(got), len(doc))
		}
		for i := range doc {
			if len(got[i]) != len(doc[i]) {
				t.Fatalf("sentence %d: %d tags for %d tokens", i, len(got[i]), len(doc[i]))
			}
		}
	})
}

func FuzzReadEval(f *testing.F) {
	f.Add("a B-PER B-PER\nb I-PER O\n\nc O B-LOC\n")
	f.Add("-DOCSTART- -X- O O\n")
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		e, err := ReadEval(strings.NewReader(s))
		if err != nil {
			return
		}
		if e.Correct > e.Found || e.Correct > e.Gold {
			t.Fatalf("correct %d > found %d or gold %d", e.Correct, e.Found, e.Gold)
		}
		var buf bytes.Buffer
		e.WriteReport(&buf)
	})
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("-DOCSTART- -X- -X- O\n\nJohn NNP B-NP I-PER\n")
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		docs, err := ReadCoNLL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, se := range d.Sentences {
				if len(se.Tokens) != len(se.Tags) {
					t.Fatal("tokens and tags differ in length")
				}
			}
		}
	})
}

// BenchmarkLoadDefault decodes the shipped model file (both stages, their
// hash tables and joint table; the gazetteer is loaded once, before).
func BenchmarkLoadDefault(b *testing.B) {
	file, err := os.ReadFile("ner.model")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(file)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadImage reads the embedded image of the shipped model, as
// Default does (the baseline is BenchmarkLoadDefault).
func BenchmarkLoadImage(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadImage(image); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagDev tags the CoNLL-2003 dev set document by document on one
// goroutine and reports tokens per second.
func BenchmarkTagDev(b *testing.B) {
	dev := readDocs(b, filepath.Join(dataDir(b), "valid.txt"))
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs := make([][][]string, len(dev))
	tokens := 0
	for i, d := range dev {
		docs[i] = d.Words()
		for _, s := range d.Sentences {
			tokens += len(s.Tokens)
		}
	}
	// Besides wall time, the process's CPU time: on a shared machine it
	// leaves out the time spent waiting for a core. Run with -cpu 1 for
	// one core.
	cpu0 := processCPU()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.TagDocument(d)
		}
	}
	cpu := processCPU() - cpu0
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(tokens)*float64(b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// TestRegnal checks the Roman numerals that end a name before them.
func TestRegnal(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		tags  []string
		j     int
		want  bool
	}{
		{"a numeral", []string{"Henry", "VIII", "died"}, []string{"NNP", "NNP", "VBD"}, 1, true},
		{"one at the end", []string{"World", "War", "I", "."}, []string{"NNP", "NNP", "PRP", "."}, 2, true},
		{"the pronoun", []string{"Ann", "said", "I", "was"}, []string{"NNP", "VBD", "PRP", "VBD"}, 2, false},
		{"not a numeral", []string{"Ann", "VIX"}, []string{"NNP", "NNP"}, 1, false},
		{"too large", []string{"Ann", "XXX"}, []string{"NNP", "NNP"}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := extract.Sentence{POS: tt.tags}
			for _, w := range tt.words {
				s.Tokens = append(s.Tokens, tokenize.Token{Text: w})
			}
			if got := regnal(s, tt.j); got != tt.want {
				t.Errorf("regnal(%v, %d) = %v, want %v", tt.words, tt.j, got, tt.want)
			}
		})
	}
}
