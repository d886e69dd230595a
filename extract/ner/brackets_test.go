package ner

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// TestBoundaryTags checks that boundaryTags lets no name run on into an
// opening bracket or over a semicolon.
func TestBoundaryTags(t *testing.T) {
	tests := []tagRewriteCase{
		{"glued across the bracket", "Bo Ek (Pellam Harriers)", "B-PER I-PER I-PER I-PER I-PER O", "B-PER I-PER O B-PER I-PER O"},
		{"bracket alone tagged", "Ann Lee (Harlow)", "B-PER I-PER B-ORG B-ORG O", "B-PER I-PER O B-ORG O"},
		{"plain bracket kept", "Ann Lee (Harlow)", "B-PER I-PER O B-LOC O", "B-PER I-PER O B-LOC O"},
		{"glued across the semicolon", "Prices Rise; Acme Index Up", "O B-MISC I-MISC I-MISC I-MISC O", "O B-MISC O B-MISC I-MISC O"},
		{"semicolon alone tagged", "Ann Lee; Bo Ek", "B-PER I-PER B-PER B-PER I-PER", "B-PER I-PER O B-PER I-PER"},
		{"plain semicolon kept", "Ann Lee; Bo Ek", "B-PER I-PER O B-PER I-PER", "B-PER I-PER O B-PER I-PER"},
		{"glued into a square bracket", "in [Vellmar] Harlow", "O B-LOC I-LOC I-LOC I-LOC", "O O B-LOC O B-LOC"},
		{"glued out of a bracket", "(Bo of Norland) Today", "O B-ORG I-ORG I-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG O B-ORG"},
		{"closing square bracket", "[Ann Lee] Bo", "O B-PER I-PER I-PER I-PER", "O B-PER I-PER O B-PER"},
	}
	checkTagRewrite(t, boundaryTags, tests)
}

// TestNumberSignTags checks that "No." before a number names nothing,
// alone or with the number, and that a longer name is kept.
func TestNumberSignTags(t *testing.T) {
	tests := []tagRewriteCase{
		{"sign alone", "NO. 2 TARVIK 85", "B-ORG O B-ORG O", "O O B-ORG O"},
		{"sign and number", "No. 7 Harlow won", "B-ORG I-ORG B-ORG O", "O O B-ORG O"},
		{"address kept", "No. 10 Vell Street", "B-LOC I-LOC I-LOC I-LOC", "B-LOC I-LOC I-LOC I-LOC"},
		{"no number after", "No. Tarvik", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"inside a name", "Vell No. 2", "B-MISC I-MISC I-MISC", "B-MISC I-MISC I-MISC"},
	}
	checkTagRewrite(t, numberSignTags, tests)
}

// TestClubBracketTags checks that a body's name in brackets after a
// person is tagged one name, commas and "and" included, and that other
// brackets keep the model's tags.
func TestClubBracketTags(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []tagRewriteCase{
		{"towns and an abbreviation", "Bo Ek (Pellam, Harlow and District AC)",
			"B-PER I-PER O B-LOC O B-LOC O B-ORG I-ORG O",
			"B-PER I-PER O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"towns and a region's word", "Bo Ek (Pellam, Harlow and District)",
			"B-PER I-PER O B-ORG O B-LOC O O O",
			"B-PER I-PER O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"plural head after an initial", "B Ek (Pellam Harriers).",
			"O B-ORG O B-LOC B-PER O O",
			"B-PER I-PER O B-ORG I-ORG O O"},
		{"with and a plural head", "Ann Lee (Harlow with Pellam Ladies)",
			"B-PER I-PER O B-LOC O B-ORG I-ORG O",
			"B-PER I-PER O B-ORG I-ORG I-ORG I-ORG O"},
		{"organisation word", "Ann Lee (Harlow Tennis Club), Bo Ek",
			"B-PER I-PER O B-LOC B-ORG I-ORG O O B-PER I-PER",
			"B-PER I-PER O B-ORG I-ORG I-ORG O O B-PER I-PER"},
		{"a name run on past the bracket", "Ann Lee (Harlow Tennis Club) Bo Ek",
			"B-PER I-PER O B-LOC B-ORG I-ORG I-ORG I-PER I-PER",
			"B-PER I-PER O B-ORG I-ORG I-ORG O B-PER I-PER"},
		{"two towns, no head", "Ann Lee (Harlow, Pellam)",
			"B-PER I-PER O B-LOC O B-LOC O",
			"B-PER I-PER O B-LOC O B-LOC O"},
		{"plural of a place", "Ann Lee (Norland Islands)",
			"B-PER I-PER O B-LOC I-LOC O",
			"B-PER I-PER O B-LOC I-LOC O"},
		{"one word", "Ann Lee (Harriers)",
			"B-PER I-PER O B-ORG O",
			"B-PER I-PER O B-ORG O"},
		{"after a body", "Acme (Harlow, Pellam and District AC)",
			"B-ORG O B-LOC O B-LOC O B-ORG I-ORG O",
			"B-ORG O B-LOC O B-LOC O B-ORG I-ORG O"},
		{"lower-case word inside", "Ann Lee (Harlow captain AC)",
			"B-PER I-PER O B-LOC O B-ORG O",
			"B-PER I-PER O B-LOC O B-ORG O"},
		{"unclosed", "Ann Lee (Harlow, Pellam and District",
			"B-PER I-PER O B-LOC O B-LOC O O",
			"B-PER I-PER O B-LOC O B-LOC O O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize.Tokenize(tt.text)
			ts := strings.Fields(tt.tags)
			if len(ts) != len(toks) {
				t.Fatalf("%d tags for %d tokens", len(ts), len(toks))
			}
			clubBracketTags(lex, toks, ts)
			if got := strings.Join(ts, " "); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	// No lexicon: nothing changes.
	ts := []string{"B-PER", "I-PER", "O", "B-LOC", "I-ORG", "O"}
	clubBracketTags(nil, tokenize.Tokenize("Bo Ek (Harlow AC)"), ts)
	if ts[4] != "I-ORG" || ts[3] != "B-LOC" {
		t.Errorf("nil lexicon changed the tags: %v", ts)
	}
}

// TestQuoteEdgeTags checks that markTags keeps a quotation mark alone out
// of the edges of a name, also where a bracket or a semicolon is the
// edge, and leaves it inside one.
func TestQuoteEdgeTags(t *testing.T) {
	tests := []tagRewriteCase{
		{"closing mark opens the name", "at 'fast' Cup win", "O O O B-MISC I-MISC O", "O O O O B-MISC O"},
		{"mark ends the name", "Acme Vell ' said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG O O"},
		{"mark alone tagged", "Ann Lee ' said", "B-PER I-PER B-PER O", "B-PER I-PER O O"},
		{"mark inside a name kept", "Tarvik ' n ' Vell", "B-ORG I-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"plain name kept", "the 'Harlow' show", "O O B-MISC O O", "O O B-MISC O O"},
		{"mark before a bracket ends the name", "Acme Vell ' (Harlow)", "B-ORG I-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG O O B-ORG O"},
		{"mark after a semicolon opens the name", "Ann Lee; ' Bo Ek", "B-PER I-PER I-PER I-PER I-PER I-PER", "B-PER I-PER O O B-PER I-PER"},
	}
	checkTagRewrite(t, markTags, tests)
}

// tagRewriteCase is a named text, the model's tags of its tokens and the
// tags a rewrite of them should give.
type tagRewriteCase struct {
	name, text, tags, want string
}

// checkTagRewrite runs rewrite on the tokens and tags of each case.
func checkTagRewrite(t *testing.T, rewrite func([]tokenize.Token, []string), tests []tagRewriteCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize.Tokenize(tt.text)
			ts := strings.Fields(tt.tags)
			if len(ts) != len(toks) {
				t.Fatalf("%d tags for %d tokens", len(ts), len(toks))
			}
			rewrite(toks, ts)
			if got := strings.Join(ts, " "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
