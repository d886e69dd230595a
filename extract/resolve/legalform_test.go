package resolve

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/pos"
)

// TestJoinLegalForms checks that a legal form the recognizer made a
// mention of joins the name before it as an organisation's, and that
// other names after a name stay apart.
func TestJoinLegalForms(t *testing.T) {
	const per, org, loc = extract.Person, extract.Organization, extract.Location
	tests := []mentionStepRow{
		{"after a space", "Tarvik Steel Company Ltd. grew.", [][2]string{{"Tarvik Steel Company", org}, {"Ltd.", per}}, [][2]string{{"Tarvik Steel Company Ltd.", org}}},
		{"after a comma", "Acme Depot, Inc. grew.", [][2]string{{"Acme Depot", per}, {"Inc.", loc}}, [][2]string{{"Acme Depot, Inc.", org}}},
		{"two forms", "Tarvik Coal Co. LLC grew.", [][2]string{{"Tarvik Coal Co.", org}, {"LLC", loc}}, [][2]string{{"Tarvik Coal Co. LLC", org}}},
		{"a place after a town", "It snowed in Harlow, Norland.", [][2]string{{"Harlow", loc}, {"Norland", loc}}, [][2]string{{"Harlow", loc}, {"Norland", loc}}},
		{"a word between", "Acme and Inc. grew.", [][2]string{{"Acme", org}, {"Inc.", org}}, [][2]string{{"Acme", org}, {"Inc.", org}}},
	}
	checkMentionStep(t, New(&Options{Aliases: casedWords{}}).joinLegalForms, tests)
}

// mentionStepRow is a named text, the mentions (text, type) the
// recognizer gave it, and those a resolution step should leave.
type mentionStepRow struct {
	name, text     string
	mentions, want [][2]string
}

// checkMentionStep runs step on each row's text and compares the
// mentions it leaves, in order, with the row's.
func checkMentionStep(t *testing.T, step func(*extract.Result), rows []mentionStepRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := build(t, tt.text, tt.mentions...)
			step(res)
			var got [][2]string
			for _, m := range res.Mentions {
				got = append(got, [2]string{m.Text, m.Type})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%s: got %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("%s: got %v, want %v", tt.text, got, tt.want)
					break
				}
			}
		})
	}
}

// checkTaggedStep is checkMentionStep with each sentence tagged for its
// parts of speech and chunks first, as the pipeline tags them before
// resolution.
func checkTaggedStep(t *testing.T, step func(*extract.Result), rows []mentionStepRow) {
	t.Helper()
	tagger, err := pos.Default()
	if err != nil {
		t.Fatal(err)
	}
	checkMentionStep(t, func(res *extract.Result) {
		for i := range res.Sentences {
			s := &res.Sentences[i]
			s.POS, s.Chunks = tagger.Sentence(s)
		}
		step(res)
	}, rows)
}
