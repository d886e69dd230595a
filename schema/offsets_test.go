package schema

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/tokenize"
)

func TestCodePointOffsets(t *testing.T) {
	// "Ólafur Vintbrekk" and the em dash are two and three bytes a rune.
	const text = "Ólafur Vintbrekk — “Korvel” said."
	at := func(s string) (int, int) {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return i, i + len(s)
			}
		}
		t.Fatalf("%q not in the text", s)
		return 0, 0
	}
	name0, name1 := at("Ólafur Vintbrekk")
	said0, said1 := at("said")
	q0, _ := at("“")
	_, q1 := at("”")
	in0, in1 := at("Korvel")
	tests := []struct {
		name string
		res  extract.Result
		want extract.Result
	}{
		{
			name: "ascii text is unchanged",
			res: extract.Result{
				Doc:      extract.Document{Text: "Tam Orrin left."},
				Mentions: []extract.Mention{{Start: 0, End: 9}},
				Headline: extract.Span{Start: 0, End: 15},
			},
			want: extract.Result{
				Doc:      extract.Document{Text: "Tam Orrin left."},
				Mentions: []extract.Mention{{Start: 0, End: 9}},
				Headline: extract.Span{Start: 0, End: 15},
			},
		},
		{
			name: "every span of a non-ascii text",
			res: extract.Result{
				Doc: extract.Document{Text: text},
				Sentences: []extract.Sentence{{Start: 0, End: len(text), Tokens: []tokenize.Token{
					{Text: "Ólafur", Start: name0, End: name0 + len("Ólafur")},
					{Text: "said", Start: said0, End: said1},
				}}},
				Quotes:    []extract.Quote{{Open: q0, Close: q1 - len("”"), Span: extract.Span{Start: in0, End: in1}}, {Open: q0, Close: -1, Span: extract.Span{Start: in0, End: in1}}},
				Headline:  extract.Span{Start: name0, End: name1},
				Mentions:  []extract.Mention{{Start: name0, End: name1}, {Start: in0, End: in1}},
				Relations: []extract.Relation{{Start: name0, End: said1}},
				Claims:    []extract.Claim{{Start: in0, End: in1}, {Start: in0, End: in1, Source: extract.Span{Start: name0, End: name1}}},
			},
			want: extract.Result{
				Doc: extract.Document{Text: text},
				Sentences: []extract.Sentence{{Start: 0, End: 33, Tokens: []tokenize.Token{
					{Text: "Ólafur", Start: 0, End: 6},
					{Text: "said", Start: 28, End: 32},
				}}},
				Quotes:    []extract.Quote{{Open: 19, Close: 26, Span: extract.Span{Start: 20, End: 26}}, {Open: 19, Close: -1, Span: extract.Span{Start: 20, End: 26}}},
				Headline:  extract.Span{Start: 0, End: 16},
				Mentions:  []extract.Mention{{Start: 0, End: 16}, {Start: 20, End: 26}},
				Relations: []extract.Relation{{Start: 0, End: 32}},
				Claims:    []extract.Claim{{Start: 20, End: 26}, {Start: 20, End: 26, Source: extract.Span{Start: 0, End: 16}}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			CodePointOffsets(&tt.res)
			if diff := cmp.Diff(tt.want, tt.res); diff != "" {
				t.Errorf("CodePointOffsets (-want +got):\n%s", diff)
			}
		})
	}
}
