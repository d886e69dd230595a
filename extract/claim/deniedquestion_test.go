package claim

import "testing"

// TestDeniedQuestion checks that a denial of questions makes no claim,
// while a denial of claims or of a clause is kept.
func TestDeniedQuestion(t *testing.T) {
	checkSources(t, []speakerRow{
		{"dismissed questions", "The minister, [[Bo Ek|PER]], dismissed questions about the report.", ""},
		{"rejected queries", "[[Acme|ORG]] rejected queries from the press.", ""},
		{"dismissed claims", "[[Bo Ek|PER]] dismissed claims of a cover-up.", "Bo Ek | dismissed | claims of a cover-up\n"},
	})
	checkSources(t, []speakerRow{
		{"denied-question off", "[[Acme|ORG]] rejected queries from the press.", "Acme | rejected | queries from the press\n"},
	}, RuleDeniedQuestion)
}
