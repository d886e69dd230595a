package ner

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/fuzzbudget"
)

// capTagger tags a capitalised token B-PER and any other O, and counts
// the documents it is given; it is safe for concurrent use.
type capTagger struct {
	mu   sync.Mutex
	docs int
}

func (c *capTagger) TagDocument(sents [][]string) [][]string {
	c.mu.Lock()
	c.docs++
	c.mu.Unlock()
	out := make([][]string, len(sents))
	for i, s := range sents {
		for _, tok := range s {
			tag := "O"
			if r, _ := utf8.DecodeRuneInString(tok); unicode.IsUpper(r) {
				tag = "B-PER"
			}
			out[i] = append(out[i], tag)
		}
	}
	return out
}

func TestTagCoNLL(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		docs int // documents tagged
	}{
		{
			name: "tokens only",
			in:   "Brel\nvisited\n\nVask\n",
			want: "Brel B-PER\nvisited O\n\nVask B-PER\n",
			docs: 1,
		},
		{
			name: "columns kept, docstart widened",
			in:   "-DOCSTART- -X- -X- O\n\nOrwin NNP B-NP B-PER\nsang VBD B-VP O\n",
			want: "-DOCSTART- -X- -X- O O\n\nOrwin NNP B-NP B-PER B-PER\nsang VBD B-VP O O\n",
			docs: 1,
		},
		{
			name: "bare docstart kept bare",
			in:   "-DOCSTART-\nTalma\n",
			want: "-DOCSTART-\nTalma B-PER\n",
			docs: 1,
		},
		{
			name: "tab-separated columns",
			in:   "Quill\tNNP\nran\tVBD\n",
			want: "Quill\tNNP\tB-PER\nran\tVBD\tO\n",
			docs: 1,
		},
		{
			name: "tabs and spaces: space",
			in:   "Quill NNP\tx\n",
			want: "Quill NNP\tx B-PER\n",
			docs: 1,
		},
		{
			name: "carriage returns dropped",
			in:   "Dov\r\nleft\r\n\r\n",
			want: "Dov B-PER\nleft O\n\n",
			docs: 1,
		},
		{
			name: "a document per docstart",
			in:   "-DOCSTART- O\n\nAnsel O\n\n-DOCSTART- O\n\nfell O\n\n\nBrisk O\n",
			want: "-DOCSTART- O O\n\nAnsel O B-PER\n\n-DOCSTART- O O\n\nfell O O\n\n\nBrisk O B-PER\n",
			docs: 2,
		},
		{
			name: "blank lines only",
			in:   "\n\n",
			want: "\n\n",
			docs: 1,
		},
		{
			name: "empty",
			in:   "",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			w := bufio.NewWriter(&out)
			tagger := &capTagger{}
			if err := TagCoNLL(context.Background(), tagger, strings.NewReader(tt.in), w, nil); err != nil {
				t.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
			if tagger.docs != tt.docs {
				t.Errorf("%d documents tagged, want %d", tagger.docs, tt.docs)
			}
		})
	}
}

// TestTagCoNLLWorkers checks that the output is the same, in input
// order, whatever the number of documents tagged at once.
func TestTagCoNLLWorkers(t *testing.T) {
	var in strings.Builder
	for d := range 50 {
		fmt.Fprintf(&in, "-DOCSTART- -X- O\n\n")
		for k := range d % 7 {
			fmt.Fprintf(&in, "Ann%d NNP\nsaw NN\n\nBo%d NNP\n\n", k, d)
		}
	}
	var want string
	for _, n := range []int{1, 2, 8} {
		var out strings.Builder
		w := bufio.NewWriter(&out)
		if err := TagCoNLL(context.Background(), &capTagger{}, strings.NewReader(in.String()), w, &TagOptions{Workers: n}); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if n == 1 {
			want = out.String()
			continue
		}
		if diff := cmp.Diff(want, out.String()); diff != "" {
			t.Errorf("%d workers: output (-want +got):\n%s", n, diff)
		}
	}
}

func TestTagCoNLLErrors(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := bufio.NewWriter(&strings.Builder{})
	if err := TagCoNLL(ctx, &capTagger{}, strings.NewReader("Brel\n"), w, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v, want context.Canceled", err)
	}
	failed := errors.New("disk on fire")
	err := TagCoNLL(context.Background(), &capTagger{}, iotest.ErrReader(failed), w, nil)
	if !errors.Is(err, failed) || err.Error() != "read input: disk on fire" {
		t.Errorf("failing reader: got %v, want read input: disk on fire", err)
	}
}

// TestFirstField checks firstField against strings.Fields.
func TestFirstField(t *testing.T) {
	tests := []struct {
		name string
		line string
	}{
		{"empty", ""},
		{"spaces", " \t "},
		{"one", "Norland"},
		{"columns", "Norland NNP B-NP B-LOC"},
		{"tabs", "Acme\tNNP\tI-ORG"},
		{"leading space", "  Harlow NNP"},
		{"trailing space", "Harlow \t"},
		{"no-break space", "Bo\u00a0Ek NNP"},
		{"next line", "\u0085Pellam\u0085"},
		{"other letters", "Velden\u3000NNP"},
		{"bad UTF-8", "Tar\xffvik \xff"},
		{"docstart", "-DOCSTART- -X- -X- O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := strings.Fields(tt.line)
			want, wantMore := "", len(f) > 1
			if len(f) > 0 {
				want = f[0]
			}
			if got, more := firstField(tt.line); got != want || more != wantMore {
				t.Errorf("firstField(%q) = %q, %v; want %q, %v", tt.line, got, more, want, wantMore)
			}
		})
	}
}

func FuzzFirstField(f *testing.F) {
	f.Add("Norland NNP B-NP B-LOC")
	f.Add("\u00a0Acme\u0085 x")
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		fs := strings.Fields(s)
		want, wantMore := "", len(fs) > 1
		if len(fs) > 0 {
			want = fs[0]
		}
		if got, more := firstField(s); got != want || more != wantMore {
			t.Errorf("firstField(%q) = %q, %v; want %q, %v", s, got, more, want, wantMore)
		}
	})
}
