package claim

import "testing"

// TestPlaceAsideChain checks that a place after a place and a comma
// before the verb is part of the aside, and the person before it
// speaks.
func TestPlaceAsideChain(t *testing.T) {
	text := "One of the men, [[Bo Ek|PER]], 34, from [[Harlow|LOC]], [[Norland|LOC]], said he would plead not guilty."
	checkSources(t, []speakerRow{
		{"a place after a place", text, "Bo Ek | said | he would plead not guilty\n"},
		{"one place", "[[Bo Ek|PER]], 34, from [[Harlow|LOC]], said he would plead not guilty.", "Bo Ek | said | he would plead not guilty\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Harlow | said | he would plead not guilty\n"},
	}, RulePlaceAsideChain)
}
