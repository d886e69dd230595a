package claim

import "testing"

// TestQuotedObject checks that the one "X quoted" as saying something
// speaks, with X, a body, as the outlet.
func TestQuotedObject(t *testing.T) {
	rows := []speakerRow{
		{"unnamed", "A weekend report in the [[Harlow Post|ORG]] had quoted an unnamed executive as saying the group would make a cash bid.", "[an unnamed executive] | was quoted as saying | the group would make a cash bid\n"},
		{"named", "The paper quoted [[Ann Lee|PER]] as saying the port would close.", "Ann Lee | was quoted as saying | the port would close\n"},
		{"pronoun", "[[Bo Ek|PER]] spoke on Monday. The agency quoted him as saying the talks had failed.", "Bo Ek | was quoted as saying | the talks had failed\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "The paper quoted [[Ann Lee|PER]] as saying the port would close.", "- | saying | the port would close\n"},
	}, RuleQuotedObject)
}
