package claim

import "testing"

// TestQuestionObject checks that a verb whose noun phrase object is
// headed by a noun of asking reports no words, and that an object
// with its own content is kept.
func TestQuestionObject(t *testing.T) {
	text := "The band will also answer questions e-mailed in by listeners."
	checkSources(t, []speakerRow{
		{"answers questions", text, ""},
		{"a plan announced", "The band announced a tour of Norland.", "[The band] | announced | a tour of Norland\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[The band] | answer | questions e-mailed in by listeners\n"},
	}, RuleQuestionObject)
}
