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
		{"exchange before the symbol", "Acme (Nasdaq: ACMX) said sales rose.", "Nasdaq", true},
		{"symbol after the exchange", "Acme (Nasdaq: ACMX) said sales rose.", "ACMX", true},
		{"after a possessive, a dash", "Acme's (NYSE: ACM - news) chief quit.", "NYSE", true},
		{"symbol first", "Acme (ACM: Nasdaq) said sales rose.", "Nasdaq", true},
		{"no name before", "sales rose (Nasdaq: ACMX) today.", "Nasdaq", false},
		{"a place and a colon", "Acme (Harlow: Norland) said sales rose.", "Harlow", false},
		{"after the exchange's brackets", "Acme (Nasdaq: ACMX) hired Ann Lee.", "Ann Lee", false},
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

func TestLinkBox(t *testing.T) {
	tests := []struct {
		name string
		text string
		word string // the mention tested
		want bool
	}{
		{"first label", "Acme (Quote, Chart) said sales rose.", "Quote", true},
		{"last label", "Acme (Quote, Chart) said sales rose.", "Chart", true},
		{"after a possessive", "Acme's (Quote, Chart) new chip is fast.", "Chart", true},
		{"places in brackets", "Acme (Harlow, Norland) said sales rose.", "Norland", false},
		{"one word alone", "Acme (Quote) said sales rose.", "Quote", false},
		{"capitalised elsewhere", "Ann Bush spoke. Acme (Bush, Chart) said sales rose.", "Bush", false},
		{"after the brackets", "Acme (Quote, Chart) hired Ann Lee.", "Ann", false},
		{"no name before", "sales (Quote, Chart) rose.", "Chart", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(nil)
			res := &extract.Result{Doc: extract.Document{Text: tt.text}}
			for _, part := range strings.SplitAfter(tt.text, ". ") {
				start := strings.Index(tt.text, part)
				toks := tokenize.Tokenize(part)
				for i := range toks {
					toks[i].Start += start
					toks[i].End += start
				}
				res.Sentences = append(res.Sentences, extract.Sentence{Start: start, End: start + len(part), Tokens: toks})
			}
			at := strings.Index(tt.text, tt.word)
			si := 0
			for i, s := range res.Sentences {
				if at >= s.Start && at < s.End {
					si = i
				}
			}
			m := extract.Mention{Start: at, End: at + len(tt.word), Text: tt.word, Type: extract.Person, Sentence: si}
			if got := r.linkBox(res, m); got != tt.want {
				t.Errorf("linkBox(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
