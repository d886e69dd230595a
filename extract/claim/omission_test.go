package claim

import "testing"

// TestOmission checks that a verb of saying that tells of words not
// said (after "failed to", negated, in "neither ... nor") is no claim,
// while a negated view or wish and words said are kept.
func TestOmission(t *testing.T) {
	checkSources(t, []speakerRow{
		{"failed to tell", "The board failed to tell investors that it paid the rent of a director.", ""},
		{"did not reveal", "The board did not reveal that it paid the rent of a director.", ""},
		{"neither nor", "The board neither admitted nor denied wrongdoing in the settlement.", ""},
		{"a view negated", "The coach does not think the price is high enough.", "[The coach] | does not think | the price is high enough\n"},
		{"words said", "The board said that it paid the rent of a director.", "[The board] | said | it paid the rent of a director\n"},
	})
	checkSources(t, []speakerRow{
		{"omission off", "The board did not reveal that it paid the rent of a director.", "[The board] | did not reveal | it paid the rent of a director\n"},
	}, RuleOmission)
}
