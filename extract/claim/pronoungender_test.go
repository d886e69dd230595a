package claim

import "testing"

// TestPronounGender checks that a "he" or "she" that stood for a person
// gives that person a gender a later pronoun of the other gender must
// agree with.
func TestPronounGender(t *testing.T) {
	checkSources(t, []speakerRow{
		{"she after he", "[[Bo Ek|PER]] spoke first. He said the port was shut. The deal was signed in [[Harlow|LOC]]. \"The port is open,\" she said.", "Bo Ek | said | the port was shut\n- | said | The port is open\n"},
		{"he after he", "[[Bo Ek|PER]] spoke first. He said the port was shut. The deal was signed in [[Harlow|LOC]]. \"The port is open,\" he said.", "Bo Ek | said | the port was shut\nBo Ek | said | The port is open\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Bo Ek|PER]] spoke first. He said the port was shut. The deal was signed in [[Harlow|LOC]]. \"The port is open,\" she said.", "Bo Ek | said | the port was shut\nBo Ek | said | The port is open\n"},
	}, RulePronounGender)
}
