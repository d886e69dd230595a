package claim

import "testing"

// TestCopulaSubject checks that a pronoun opening a sentence before a
// form of "be" is the subject whose participle after a comma speaks.
func TestCopulaSubject(t *testing.T) {
	checkSources(t, []speakerRow{
		{"copula", "[[Bo Ek|PER]] never coached [[Harlow|ORG]]. But he is not envious, insisting: \"I do not have to be jealous.\"", "Bo Ek | insisting | I do not have to be jealous\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Bo Ek|PER]] never coached [[Harlow|ORG]]. But he is not envious, insisting: \"I do not have to be jealous.\"", "- | insisting | I do not have to be jealous\n"},
	}, RuleCopulaSubject)
}
