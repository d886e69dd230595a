package vocab

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/resolve"
)

func TestNameTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Orla Quennell", "orla quennell"},
		{"U.S.", "us"},
		{"O'Brien", "obrien"},
		{"São Tomé and Príncipe", "sao tome and principe"},
		{"Jean-Luc", "jean luc"},
		{"The Hague", "the hague"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(NameTokens(tc.in), " "); got != tc.want {
			t.Errorf("nameTokens(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := NameKey("The Hague"); got != "hague" {
		t.Errorf("nameKey(The Hague) = %q", got)
	}
}

func TestInflectionKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"-ies", "tories", "tory"},
		{"-s", "harbours", "harbour"},
		{"possessive, as nameTokens gives it", "britains", "britain"},
		{"-ches", "churches", "church"},
		{"-sses", "classes", "class"},
		{"-ss kept", "congress", "congress"},
		{"-us kept", "cyprus", "cyprus"},
		{"-is kept", "paris", "paris"},
		{"short stem kept", "news", "news"},
		{"short stem of -ies kept", "dies", "dies"},
		{"singular", "tory", "tory"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := InflectionKey(tc.in); got != tc.want {
				t.Errorf("inflectionKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestNameTokensAgreeWithKey checks that search and linking split a name
// into the words of resolve.Key, which makes entity IRIs: the same words,
// only with the diacritics Key keeps (beyond Latin Extended-A) removed.
func TestNameTokensAgreeWithKey(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		key    string // resolve.Key
		tokens string // NameTokens, joined
	}{
		{"Latin-1 accents", "Ånn Lée", "ann lee", "ann lee"},
		{"Latin Extended-A", "Łukasz Ostmark", "lukasz ostmark", "lukasz ostmark"},
		{"stroke letters", "Bø Ek", "bo ek", "bo ek"},
		{"beyond Extended-A: Key keeps, tokens fold", "Ștefan Harlow", "ștefan harlow", "stefan harlow"},
		{"combining accent", "Harlo\u0301w", "harlow", "harlow"},
		{"apostrophe", "O'Norland", "onorland", "onorland"},
		{"typographic apostrophe", "Harlow’s", "harlows", "harlows"},
		{"opening quote inside a word", "O‘Ostmark", "oostmark", "oostmark"},
		{"hyphen", "Ann-Lee Ek", "ann lee ek", "ann lee ek"},
		{"dots in initials", "J.R. Harlow", "jr harlow", "jr harlow"},
		{"dotted abbreviation", "N.O.R.", "nor", "nor"},
		{"dot after a long word", "Acme.Norland", "acmenorland", "acmenorland"},
		{"initial and space", "B. Ek", "b ek", "b ek"},
		{"ampersand", "Harlow & Ek", "harlow ek", "harlow ek"},
		{"ampersand inside", "Acme&Co", "acme co", "acme co"},
		{"case", "ACME Norland", "acme norland", "acme norland"},
		{"leading the", "The Ostmark Times", "ostmark times", "the ostmark times"},
		{"digits", "Acme 2000", "acme 2000", "acme 2000"},
		{"punctuation only", "--", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolve.Key(tt.in); got != tt.key {
				t.Errorf("resolve.Key(%q) = %q, want %q", tt.in, got, tt.key)
			}
			got := strings.Join(NameTokens(tt.in), " ")
			if got != tt.tokens {
				t.Errorf("NameTokens(%q) = %q, want %q", tt.in, got, tt.tokens)
			}
			// The agreement itself: the same words as Key, less a leading
			// "the" and the marks Key keeps.
			var fromKey []string
			for _, w := range strings.Fields(resolve.Key(tt.in)) {
				fromKey = append(fromKey, foldMarks(w))
			}
			if k := NameKey(tt.in); k != strings.Join(fromKey, " ") {
				t.Errorf("NameKey(%q) = %q, but resolve.Key's words are %q", tt.in, k, fromKey)
			}
		})
	}
}
