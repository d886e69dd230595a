package resolve

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

func TestCommonPhrase(t *testing.T) {
	tests := []struct {
		name, text, word, typ string
		want                  bool
	}{
		{"written in lower case too", "Harlow farmers want higher Oil Sales now. Their oil sales matter.", "Oil Sales", extract.Location, true},
		{"one word", "Harlow farmers want more Water now. The water is short.", "Water", extract.Miscellaneous, true},
		{"one word a body's", "Harlow farmers want more Water now. The water is short.", "Water", extract.Organization, false},
		{"never in lower case", "Harlow farmers want higher Oil Sales now.", "Oil Sales", extract.Location, false},
		{"after the", "Harlow farmers met the Oil Sales board. Their oil sales matter.", "Oil Sales", extract.Organization, false},
		{"inside a longer name", "Norland signed the Convention on Oil Sales. Their oil sales matter.", "Oil Sales", extract.Miscellaneous, false},
		{"opening the sentence", "Oil Sales matter. Their oil sales matter.", "Oil Sales", extract.Location, false},
		{"a person", "Harlow farmers want basic Water now. The water is short.", "Water", extract.Person, false},
		{"a name news capitalises", "Voters want more Labour now. The labour is hard.", "Labour", extract.Organization, false},
	}
	r := New(&Options{Aliases: casedWords{}})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
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
			m := extract.Mention{Start: at, End: at + len(tt.word), Text: tt.word, Type: tt.typ}
			if got := r.commonPhrase(res, m); got != tt.want {
				t.Errorf("commonPhrase(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
