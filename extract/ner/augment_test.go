package ner

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTitleCase(t *testing.T) {
	tests := []struct {
		name     string
		in, want []string
	}{
		{"headline", []string{"RUGBY", "UNION", "-", "CUP", "OF", "THE", "NATIONS"}, []string{"Rugby", "Union", "-", "Cup", "of", "the", "Nations"}},
		{"first minor word", []string{"THE", "END"}, []string{"The", "End"}},
		{"numbers and abbreviations kept", []string{"U.S.", "WINS", "3-1"}, []string{"U.S.", "Wins", "3-1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, titleCase(tt.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestAugment(t *testing.T) {
	docs := []Document{{Sentences: []Sentence{
		{Tokens: []string{"SOCCER", "-", "LEEDS", "WIN"}, Tags: []string{"O", "O", "B-ORG", "O"}},
		{Tokens: []string{"Leeds", "won", "."}, Tags: []string{"B-ORG", "O", "O"}},
	}}}
	got := augment(docs)
	if len(got[0].Sentences) != 3 {
		t.Fatalf("got %d sentences, want the two and one title-case copy", len(got[0].Sentences))
	}
	want := Sentence{Tokens: []string{"Soccer", "-", "Leeds", "Win"}, Tags: []string{"O", "O", "B-ORG", "O"}}
	if diff := cmp.Diff(want, got[0].Sentences[2]); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if len(docs[0].Sentences) != 2 {
		t.Error("augment changed its input")
	}
}

func TestSentMode(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  int
	}{
		{"normal", []string{"The", "minister", "said", "on", "Monday", "."}, modeNormal},
		{"capitals", []string{"SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN"}, modeAllCaps},
		{"title", []string{"Gunmen", "Attack", "Concert", "Hall", "Near", "Capital"}, modeTitle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentMode(tt.words); got != tt.want {
				t.Errorf("sentMode(%v) = %d, want %d", tt.words, got, tt.want)
			}
		})
	}
}
