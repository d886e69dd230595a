package claim

import "testing"

// TestModifiedPost checks that a name inside a post's words after an
// inverted verb ("chief Norlandic strategist") leaves the person after the
// post the speaker, not the body before it.
func TestModifiedPost(t *testing.T) {
	checkSources(t, []speakerRow{
		{"nationality", "\"Rates will fall,\" said [[Acme Bank|ORG]] chief [[Norlandic|MISC]] strategist [[Bo Ek|PER]].", "Bo Ek | said | Rates will fall\n"},
		{"region", "\"Rates will fall,\" said [[Acme|ORG]] senior [[Norland|LOC]] sales director [[Ann Lee|PER]] in [[Harlow|LOC]].", "Ann Lee | said | Rates will fall\n"},
		{"possessive", "\"Rates will fall,\" said [[Acme|ORG]]'s chief [[Norlandic|MISC]] economist [[Ann Lee|PER]].", "Ann Lee | said | Rates will fall\n"},
		{"capitals", "\"Rates will fall,\" said [[Acme|ORG]] Chief [[Norlandic|MISC]] Strategist [[Bo Ek|PER]].", "Bo Ek | said | Rates will fall\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "\"Rates will fall,\" said [[Acme Bank|ORG]] chief [[Norlandic|MISC]] strategist [[Bo Ek|PER]].", "Acme Bank | said | Rates will fall\n"},
	}, RuleModifiedPost)
}
