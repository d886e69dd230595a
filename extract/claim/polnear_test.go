package claim

import (
	"strings"
	"testing"

	"github.com/kg-project/kg/extract"
)

func TestReadBrat(t *testing.T) {
	text := "Café owners said “prices rise”. Ann Lee believes it."
	ann := "T1\tSource 0 11\tCafé owners\nT2\tCue 12 16\tsaid\nT3\tContent 18 29\tprices rise\n" +
		"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n" +
		"T4\tSource 32 39\tAnn Lee\nT5\tContent 49 51\tit\nE2\tContent:T5 Source:T4\n"
	atts, err := readBrat(strings.NewReader(ann), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(atts) != 2 {
		t.Fatalf("got %d attributions, want 2", len(atts))
	}
	// Character offsets become byte offsets: "é" is two bytes.
	got := func(s []extract.Span) string { return text[s[0].Start:s[0].End] }
	if got(atts[0].Source) != "Café owners" || got(atts[0].Content) != "prices rise" || got(atts[1].Source) != "Ann Lee" || got(atts[1].Content) != "it" {
		t.Errorf("spans: %q %q %q %q", got(atts[0].Source), got(atts[0].Content), got(atts[1].Source), got(atts[1].Content))
	}
	if atts[1].Cue != nil {
		t.Errorf("cue of the second: %v, want none", atts[1].Cue)
	}
}

func TestEvaluatePolNeAR(t *testing.T) {
	text := "Ann Lee said the plan would fail. Bo Ek said nothing new was planned."
	res := &extract.Result{Doc: extract.Document{Text: text},
		Entities: []extract.Entity{{Name: "Ann Lee", Mentions: []int{0}}},
		Mentions: []extract.Mention{{Start: 0, End: 7, Entity: 0}},
		Claims: []extract.Claim{
			{Speaker: 0, Start: 13, End: 32, Method: ConsSubjectVerb},  // the plan would fail
			{Speaker: -1, Start: 44, End: 68, Method: ConsSubjectVerb}, // nothing new was planned
		},
	}
	doc := PolNeARDoc{Text: text, Attributions: []Attribution{
		{Source: []extract.Span{{Start: 0, End: 7}}, Content: []extract.Span{{Start: 13, End: 32}}},
		{Source: []extract.Span{{Start: 34, End: 39}}, Content: []extract.Span{{Start: 44, End: 68}}},
		{Source: []extract.Span{{Start: 34, End: 39}}, Content: []extract.Span{{Start: 0, End: 5}}},
	}}
	s, err := EvaluatePolNeAR([]PolNeARDoc{doc}, []*extract.Result{res})
	if err != nil {
		t.Fatal(err)
	}
	if s.TP != 2 || s.FP != 0 || s.FN != 1 || s.Named != 2 || s.Right != 1 {
		t.Errorf("score %+v, want TP 2, FP 0, FN 1, named 2, right 1", *s)
	}
	// An unnamed source that holds the gold source's words is the right
	// speaker: "Bo Ek" is within the words "Bo Ek".
	res.Claims[1].Source = extract.Span{Start: 34, End: 39}
	s, err = EvaluatePolNeAR([]PolNeARDoc{doc}, []*extract.Result{res})
	if err != nil {
		t.Fatal(err)
	}
	if s.Named != 2 || s.Right != 2 {
		t.Errorf("with the source: named %d, right %d, want 2, 2", s.Named, s.Right)
	}
}

func TestNamed(t *testing.T) {
	text := "Police say so. Many experts suspect it. Gov. Pat McCrory said no. He agreed. “Some aides” left, said Mr. Holtz. Mr. Obama agreed."
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"Police", false},
		{"Many experts", false},
		{"Gov. Pat McCrory", true},
		{"He", false},
		{"Some aides", false},
		{"Mr. Holtz", true},
		{"Mr. Obama", true},
	} {
		i := strings.Index(text, tc.src)
		if got := named(text, []extract.Span{{Start: i, End: i + len(tc.src)}}); got != tc.want {
			t.Errorf("named(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}

func TestSourceHolds(t *testing.T) {
	text := "Ann Lee's lawyer, John Roe, said the plan would fail."
	span := func(s string) extract.Span {
		i := strings.Index(text, s)
		return extract.Span{Start: i, End: i + len(s)}
	}
	tests := []struct {
		name, src string
		gold      []string
		want      bool
	}{
		{name: "the same words", src: "Ann Lee's lawyer", gold: []string{"Ann Lee's lawyer"}, want: true},
		{name: "gold inside the source", src: "Ann Lee's lawyer", gold: []string{"lawyer"}, want: true},
		{name: "gold naming more than the source", src: "Ann Lee's lawyer", gold: []string{"Ann Lee's lawyer, John Roe"}, want: false},
		{name: "gold elsewhere", src: "Ann Lee's lawyer", gold: []string{"John Roe"}, want: false},
		{name: "no source", src: "", gold: []string{"Ann Lee's lawyer"}, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var src extract.Span
			if tt.src != "" {
				src = span(tt.src)
			}
			var gold []extract.Span
			for _, g := range tt.gold {
				gold = append(gold, span(g))
			}
			if got := sourceHolds(text, src, gold); got != tt.want {
				t.Errorf("sourceHolds(%q, %q) = %v, want %v", tt.src, tt.gold, got, tt.want)
			}
		})
	}
}
