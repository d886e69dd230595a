package claim

import "testing"

// TestPostNominal checks that a person's name with an honour's or a
// post's letters after it is the subject of the verb after them.
func TestPostNominal(t *testing.T) {
	rows := []speakerRow{
		{"post", "Former minister [[Ann Lee|PER]] MP said the port should close, but did not believe the board would agree.", "Ann Lee | said | the port should close\nAnn Lee | did not believe | the board would agree\n"},
		{"after an aside", "The head of the law society, [[Bo Ek|PER]] QC has warned there is a clear danger.", "Bo Ek | warned | there is a clear danger\n"},
		{"a body's letters", "The head of [[Acme|ORG]] FC said the port should close.", "- | said | the port should close\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "Former minister [[Ann Lee|PER]] MP said the port should close.", "- | said | the port should close\n"},
	}, RulePostNominal)
}
