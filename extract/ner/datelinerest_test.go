package ner

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// TestDatelineRest checks the tags of a name the model ran on past a
// dateline's town (one word here, the town's tags already mended).
func TestDatelineRest(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, words, pos, tags, want string
	}{
		{"a name of its own", "TARVIK Acme Corp said", "NNP NNP NNP VBD", "B-LOC I-ORG I-ORG O", "B-LOC B-ORG I-ORG O"},
		{"a determiner", "TARVIK The mayor won", "NNP DT NN VBD", "B-LOC I-ORG O O", "B-LOC O O O"},
		{"an adjective alone", "TARVIK Global sales rose", "NNP NNP NNS VBD", "B-LOC I-ORG O O", "B-LOC O O O"},
		{"an adjective opening a longer name", "TARVIK Global Vell said", "NNP NNP NNP VBD", "B-LOC I-ORG I-ORG O", "B-LOC B-ORG I-ORG O"},
		{"the model stopped at the town", "TARVIK Acme said", "NNP NNP VBD", "B-LOC B-ORG O", "B-LOC B-ORG O"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s extract.Sentence
			for _, w := range strings.Fields(tc.words) {
				s.Tokens = append(s.Tokens, tokenize.Token{Text: w})
			}
			s.POS = strings.Fields(tc.pos)
			ts := strings.Fields(tc.tags)
			datelineRest(lex, s, 1, ts)
			if got := strings.Join(ts, " "); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}
