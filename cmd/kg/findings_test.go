package main

import (
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
