package claim

import "testing"

// TestParticipleRecipient checks that a name after a past participle
// and "to" in a subject is no speaker: the noun before the participle is.
func TestParticipleRecipient(t *testing.T) {
	checkSources(t, []speakerRow{
		{"letter", "A letter sent to [[Ann Lee|PER]] said her house would be sold.", "[A letter] | said | her house would be sold\n"},
		{"envoy", "An envoy sent to [[Norland|LOC]] said the talks would go on.", "[An envoy] | said | the talks would go on\n"},
		{"by kept", "A report written by [[Bo Ek|PER]] said the port would close.", "Bo Ek | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "A letter sent to [[Ann Lee|PER]] said her house would be sold.", "Ann Lee | said | her house would be sold\n"},
	}, RuleParticipleRecipient)
}
