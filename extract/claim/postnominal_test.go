package claim

import "testing"

// TestPostNominal checks that a person's name with an honour's or a
// post's letters after it is the subject of the verb after them.
func TestPostNominal(t *testing.T) {
	rows := []speakerRow{
		{"post", "Former minister [[Ann Lee|PER]] MP said the port should close, but did not believe the board would agree.", "Ann Lee | said | the port should close\nAnn Lee | did not believe | the board would agree\n"},
		{"after an aside", "Once a judge in Harlow, [[Bo Ek|PER]] QC now fears the court will fold.", "Bo Ek | fears | the court will fold\n"},
		{"a body's letters", "The head of [[Acme|ORG]] FC said the port should close.", "- | said | the port should close\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "Former minister [[Ann Lee|PER]] MP said the port should close.", "- | said | the port should close\n"},
		{"off after an aside", "Once a judge in Harlow, [[Bo Ek|PER]] QC now fears the court will fold.", ""},
	}, RulePostNominal)
}
