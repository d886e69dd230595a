package claim

import "testing"

// TestQuestionObject checks that a verb whose noun phrase object is
// headed by a noun of asking reports no words, and that an object
// with its own content is kept.
func TestQuestionObject(t *testing.T) {
	text := "The minister will also answer questions posted by readers."
	checkSources(t, []speakerRow{
		{"answers questions", text, ""},
		{"a plan announced", "The minister announced a tour of Norland.", "[The minister] | announced | a tour of Norland\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[The minister] | answer | questions posted by readers\n"},
	}, RuleQuestionObject)
}
