package seqlab

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestFeat(t *testing.T) {
	// The model files of ner and pos depend on these compositions.
	if got, want := Feat1(3, 5), Mix(3, 5); got != want {
		t.Errorf("Feat1 = %x, want %x", got, want)
	}
	if got, want := Feat2(3, 5, 7), Mix(Mix(3, 5), 7); got != want {
		t.Errorf("Feat2 = %x, want %x", got, want)
	}
	if got, want := Feat3(3, 5, 7, 9), Mix(Mix(Mix(3, 5), 7), 9); got != want {
		t.Errorf("Feat3 = %x, want %x", got, want)
	}
}

func TestAffixes(t *testing.T) {
	const p, s = 0x100, 0x200
	tests := []struct {
		name     string
		word     string
		pre, suf []uint64
	}{
		{"empty", "", []uint64{0, 0, 0}, []uint64{0, 0, 0, 0}},
		{"short", "ab", []uint64{String(p+1, "a"), String(p+2, "ab"), 0}, []uint64{String(s+1, "b"), String(s+2, "ab"), 0, 0}},
		{"exact", "abc", []uint64{String(p+1, "a"), String(p+2, "ab"), String(p+3, "abc")},
			[]uint64{String(s+1, "c"), String(s+2, "bc"), String(s+3, "abc"), 0}},
		{"long", "abcdef", []uint64{String(p+1, "a"), String(p+2, "ab"), String(p+3, "abc")},
			[]uint64{String(s+1, "f"), String(s+2, "ef"), String(s+3, "def"), String(s+4, "cdef")}},
		{"runes", "zürich", []uint64{String(p+1, "z"), String(p+2, "zü"), String(p+3, "zür")},
			[]uint64{String(s+1, "h"), String(s+2, "ch"), String(s+3, "ich"), String(s+4, "rich")}},
		{"multibyte end", "ßé", []uint64{String(p+1, "ß"), String(p+2, "ßé"), 0}, []uint64{String(s+1, "é"), String(s+2, "ßé"), 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Slots longer than the word are cleared, whatever they held.
			pre := []uint64{1, 2, 3}
			suf := []uint64{4, 5, 6, 7}
			Affixes(tt.word, p, s, pre, suf)
			if diff := cmp.Diff(tt.pre, pre); diff != "" {
				t.Errorf("prefixes (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.suf, suf); diff != "" {
				t.Errorf("suffixes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestShortShape(t *testing.T) {
	tests := []struct{ word, want string }{
		{"", ""},
		{"Hello", "Xx"},
		{"iPhone", "xXx"},
		{"1,000", "d,d"},
		{"U.S.", "X.X."},
		{"wait...", "x..."},
		{"Zürich", "Xx"},
		{"東京", "*"},
		{"--", "-"},
		{"é—x", "x*x"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := string(ShortShape([]byte("<"), tt.word)); got != "<"+tt.want {
				t.Errorf("ShortShape(%q) = %q, want %q after the prefix <", tt.word, got, tt.want)
			}
		})
	}
}

func FuzzWords(f *testing.F) {
	for _, w := range []string{"", "Hello", "U.S.", "zürich", "東京", "1,000", "\xff\xfe"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got := ShortShape(nil, w); len(got) > utf8.RuneCountInString(w) {
			t.Errorf("ShortShape(%q) = %q, longer than the word", w, got)
		}
		var pre, suf [4]uint64
		Affixes(w, 1, 2, pre[:], suf[:])
		n := utf8.RuneCountInString(w)
		for k := range 4 {
			if (pre[k] != 0) != (k < n) || (suf[k] != 0) != (k < n) {
				t.Errorf("Affixes(%q): length %d set %v, %v", w, k+1, pre[k] != 0, suf[k] != 0)
			}
		}
	})
}

func TestRunShapeStops(t *testing.T) {
	for w, want := range map[string]string{"x...": "x.", "U.S.": "X.X.", "Acme": "Xx", "1,000": "d,d"} {
		if got := string(RunShape(nil, w, false)); got != want {
			t.Errorf("RunShape(%q, false) = %q, want %q", w, got, want)
		}
	}
}
