package lexicon

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func lex(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLemma(t *testing.T) {
	l := lex(t)
	for _, tc := range []struct{ name, word, tag, want string }{
		{"irregular past", "told", "VBD", "tell"},
		{"irregular participle", "said", "VBN", "say"},
		{"third person", "says", "VBZ", "say"},
		{"tagged as plural noun", "says", "NNS", "say"},
		{"gerund with e", "making", "VBG", "make"},
		{"doubled consonant", "stopped", "VBD", "stop"},
		{"ies plural", "parties", "NNS", "party"},
		{"men plural", "chairmen", "NNS", "chairman"},
		{"irregular plural", "children", "NNS", "child"},
		{"proper plural", "Tories", "NNPS", "tory"},
		{"base verb kept", "found", "VB", "found"},
		{"past of find", "found", "VBD", "find"},
		{"superlative", "best", "JJS", "good"},
		{"comparative", "larger", "JJR", "large"},
		{"no part of speech", "The", "DT", "the"},
		{"unknown word", "Xyzzy", "NNP", "xyzzy"},
		{"news is not a plural", "news", "NN", "news"},
		{"was", "was", "VBD", "be"},
		{"has", "has", "VBZ", "have"},
		{"uses-es", "focuses", "VBZ", "focus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := l.Lemma(tc.word, tc.tag); got != tc.want {
				t.Errorf("Lemma(%q, %q) = %q, want %q", tc.word, tc.tag, got, tc.want)
			}
		})
	}
}

func TestForms(t *testing.T) {
	l := lex(t)
	for _, tc := range []struct {
		name, lemma string
		pos         POS
		want        []string
	}{
		{"regular verb", "warn", Verb, []string{"warn", "warned", "warning", "warns"}},
		{"e verb", "announce", Verb, []string{"announce", "announced", "announces", "announcing"}},
		{"irregular verb", "tell", Verb, []string{"tell", "telling", "tells", "told"}},
		{"y verb", "deny", Verb, []string{"deny", "denied", "denies", "denying"}},
		{"doubling verb", "admit", Verb, []string{"admit", "admits", "admitted", "admitting"}},
		{"regular noun", "minister", Noun, []string{"minister", "ministers"}},
		{"y noun", "party", Noun, []string{"party", "parties"}},
		{"man compound", "chairman", Noun, []string{"chairman", "chairmen"}},
		{"not a man compound", "human", Noun, []string{"human", "humans"}},
		{"irregular noun", "child", Noun, []string{"child", "children"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, l.Forms(tc.lemma, tc.pos)); diff != "" {
				t.Errorf("Forms(%q) (-want +got):\n%s", tc.lemma, diff)
			}
		})
	}
}

// Every generated form of a verb lemmatizes back to the lemma.
func TestFormsRoundTrip(t *testing.T) {
	l := lex(t)
	tags := []string{"VB", "VBZ", "VBG", "VBD"}
	for _, v := range []string{"say", "tell", "warn", "deny", "admit", "insist", "believe", "fear", "plan", "write", "quit", "go"} {
		for i, f := range l.Forms(v, Verb) {
			tag := tags[min(i, len(tags)-1)]
			if got := l.Lemma(f, "VBD"); got != v && l.Lemma(f, tag) != v {
				t.Errorf("Lemma(%q) = %q, want %q", f, got, v)
			}
		}
	}
}

func TestClosed(t *testing.T) {
	l := lex(t)
	for _, w := range []string{"be", "have", "will"} {
		if !l.Is(w, Auxiliary) {
			t.Errorf("%q is not an auxiliary", w)
		}
	}
	if l.Is("say", Auxiliary) {
		t.Error("say is an auxiliary")
	}
}
