package claim

import "testing"

// TestAsAfterConjunction checks that a clause of "as" with a reporting
// verb after an opening conjunction or adverb attributes what follows.
func TestAsAfterConjunction(t *testing.T) {
	checkSources(t, []speakerRow{
		{"yet and a comma", "Yet, as [[Bo Ek|PER]] observed, the port will need new owners.", "Bo Ek | observed | the port will need new owners\n"},
		{"shown by a name", "And as [[Acme|ORG]] has shown, there is money in search.", ""},
		{"shown by a poll", "As the poll has shown, there is money in search.", "[the poll] | shown | there is money in search\n"},
		{"but", "But as [[Ann Lee|PER]] noted, the port will need new owners.", "Ann Lee | noted | the port will need new owners\n"},
	})
	checkSources(t, []speakerRow{
		{"as-after-conjunction off", "Yet, as [[Bo Ek|PER]] observed, the port will need new owners.", ""},
	}, RuleAsAfterConjunction)
	checkSources(t, []speakerRow{
		{"shown-by-deed off", "As [[Acme|ORG]] has shown, there is money in search.", "Acme | shown | there is money in search\n"},
	}, RuleShownByDeed)
}
