package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

func TestTickerBox(t *testing.T) {
	tests := []struct {
		name string
		text string
		word string // the mention tested
		want bool
	}{
		{"link word after the symbol", "Acme Corp. (ACM.N: Quote, Profile, Research) said sales rose.", "Profile", true},
		{"first link word", "Acme Corp. (ACM.N: Quote, Profile, Research) said sales rose.", "Quote", true},
		{"no symbol", "Acme Corp. (Pellam: Quote, Profile) said sales rose.", "Profile", false},
		{"after the brackets", "Acme Corp. (ACM.N: Quote) named Ann Lee.", "Ann Lee", false},
		{"a place in other brackets", "Acme Corp. (Harlow, Norland) said sales rose.", "Norland", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &extract.Result{Doc: extract.Document{Text: tt.text}}
			res.Sentences = []extract.Sentence{{Start: 0, End: len(tt.text), Tokens: tokenize.Tokenize(tt.text)}}
			at := strings.Index(tt.text, tt.word)
			m := extract.Mention{Start: at, End: at + len(tt.word), Text: tt.word, Type: extract.Location}
			if got := tickerBox(res, m); got != tt.want {
				t.Errorf("tickerBox(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
