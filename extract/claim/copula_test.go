package claim

import "testing"

// TestCopulaSubject checks that a pronoun opening a sentence before a
// form of "be" is the subject whose participle after a comma speaks.
func TestCopulaSubject(t *testing.T) {
	checkSources(t, []speakerRow{
		{"copula", "[[Bo Ek|PER]] never played for [[Harlow|ORG]]. But he is not bitter, insisting: \"I do not need to be sad.\"", "Bo Ek | insisting | I do not need to be sad\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Bo Ek|PER]] never played for [[Harlow|ORG]]. But he is not bitter, insisting: \"I do not need to be sad.\"", "- | insisting | I do not need to be sad\n"},
	}, RuleCopulaSubject)
}
