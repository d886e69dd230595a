package claim

import "testing"

// TestPlaceAsideChain checks that a place after a place and a comma
// before the verb is part of the aside, and the person before it
// speaks.
func TestPlaceAsideChain(t *testing.T) {
	text := "One of the climbers, [[Bo Ek|PER]], 34, from [[Harlow|LOC]], [[Norland|LOC]], said he would try the peak again next year."
	checkSources(t, []speakerRow{
		{"a place after a place", text, "Bo Ek | said | he would try the peak again next year\n"},
		{"one place", "[[Bo Ek|PER]], 34, from [[Harlow|LOC]], said he would try the peak again next year.", "Bo Ek | said | he would try the peak again next year\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Harlow | said | he would try the peak again next year\n"},
	}, RulePlaceAsideChain)
}
