package claim

import (
	"testing"
	"time"

	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/internal/testkit"
)

// TestDatelineLabel checks that a section's label before a dateline a
// colon ends ("Velden News: Tarvik, Nov 9 : ...") is no speaker of what
// follows, and that without the dateline the colon still attributes.
func TestDatelineLabel(t *testing.T) {
	text := "Talks held\n\n[[Velden News|ORG]]: [[Tarvik|LOC]], Nov 9 : [[Ann Lee|PER]] met the leaders of [[Ostmark|LOC]] to talk about trade."
	known := func(words []string) bool { return len(words) == 1 && words[0] == "Tarvik" }
	for _, tc := range []struct {
		name     string
		dateline bool
		want     string
	}{
		{"a label before the dateline", true, ""},
		{"no dateline read", false, "Velden News | : | Tarvik, Nov 9 : Ann Lee met the leaders of Ostmark to talk about trade\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := testkit.Build(t, text, time.Time{})
			res.Dateline = nil
			if tc.dateline {
				if res.Dateline = annotate.FindDatelinePlace(res.Sentences, res.Doc.Text, known); res.Dateline == nil {
					t.Fatal("no dateline read")
				}
			}
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := renderSource(res); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
