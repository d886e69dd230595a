package claim

import "testing"

// TestQuotedObject checks that the one "X quoted" as saying something
// speaks, with X, a body, as the outlet.
func TestQuotedObject(t *testing.T) {
	rows := []speakerRow{
		{"unnamed", "A Sunday story in the [[Harlow Post|ORG]] had quoted an unnamed banker as saying the firm would seek a buyer.", "[an unnamed banker] | was quoted as saying | the firm would seek a buyer\n"},
		{"named", "The paper quoted [[Ann Lee|PER]] as saying the port would close.", "Ann Lee | was quoted as saying | the port would close\n"},
		{"pronoun", "[[Bo Ek|PER]] spoke on Monday. The agency quoted him as saying the talks had failed.", "Bo Ek | was quoted as saying | the talks had failed\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "The paper quoted [[Ann Lee|PER]] as saying the port would close.", "- | saying | the port would close\n"},
	}, RuleQuotedObject)
}
