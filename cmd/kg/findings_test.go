package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
)

func TestSpeakerName(t *testing.T) {
	res := &extract.Result{
		Doc:      extract.Document{Text: "Ann Lee's  lawyer said the Norland deal was off."},
		Entities: []extract.Entity{{Name: "Ann Lee"}},
	}
	tests := []struct {
		name  string
		claim extract.Claim
		want  string
	}{
		{name: "a named speaker", claim: extract.Claim{Speaker: 0, Source: extract.Span{Start: 0, End: 17}}, want: "Ann Lee"},
		{name: "an unnamed speaker's words, spaces collapsed", claim: extract.Claim{Speaker: -1, Source: extract.Span{Start: 0, End: 17}}, want: "[Ann Lee's lawyer]"},
		{name: "nothing said", claim: extract.Claim{Speaker: -1}, want: "-"},
		{name: "a span out of the text", claim: extract.Claim{Speaker: -1, Source: extract.Span{Start: 40, End: 90}}, want: "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, speakerName(res, tt.claim)); diff != "" {
				t.Errorf("speakerName (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDescribedEventLines checks that an event the text names not has no
// entity line and a bracketed event line with its descriptions, and that
// a named event keeps both lines as they were.
func TestDescribedEventLines(t *testing.T) {
	text := "A monthly news conference in Harlow followed the Norland Games. The conference ran late."
	at := func(s string, from int) extract.Mention {
		i := from + strings.Index(text[from:], s)
		return extract.Mention{Start: i, End: i + len(s), Text: s, Type: extract.EventType}
	}
	res := &extract.Result{
		Doc: extract.Document{Text: text},
		Mentions: []extract.Mention{
			at("monthly news conference", 0), at("Harlow", 0), at("Norland Games", 0), at("conference", 60),
		},
		Entities: []extract.Entity{
			{Name: "Conference in Harlow", Type: extract.EventType, Aliases: []string{"conference", "monthly news conference"}, Mentions: []int{0, 3}},
			{Name: "Harlow", Type: extract.Location, Mentions: []int{1}},
			{Name: "Norland Games", Type: extract.EventType, Mentions: []int{2}},
		},
		Events: []extract.Event{
			{Entity: 0, Place: 1, Described: true},
			{Entity: 2, Place: -1},
		},
	}
	var b strings.Builder
	writeText(&b, res, false)
	want := "entity\tLOC\tHarlow\n" +
		"entity\tEVENT\tNorland Games\n" +
		"event\t[Conference in Harlow]\tplace=Harlow\tdate=\tdescribed=conference|monthly news conference\n" +
		"event\tNorland Games\tplace=-\tdate=\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("writeText (-want +got):\n%s", diff)
	}
}
