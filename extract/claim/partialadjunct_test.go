package claim

import "testing"

// TestPartialAdjunct checks that a quotation opening with a preposition
// after a participle, before a final attribution, is read with the
// clause it ends, and a whole quoted sentence is not.
func TestPartialAdjunct(t *testing.T) {
	text := "The old timetable will stay in force until the bridge is repaired \"by the end of May,\" an official said."
	checkSources(t, []speakerRow{
		{"an adjunct quoted", text, "[an official] | said | The old timetable will stay in force until the bridge is repaired \"by the end of May\n"},
		{"a whole quotation", "\"The bridge will be repaired by May,\" an official said.", "[an official] | said | The bridge will be repaired by May\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[an official] | said | by the end of May\n"},
	}, RulePartialAdjunct)
}
