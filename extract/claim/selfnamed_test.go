package claim

import "testing"

// TestSelfNamedBody checks that "it" after a quotation stands for the
// body named before it when the body names itself in the quotation, and
// not when a name stands in reported words or for a person.
func TestSelfNamedBody(t *testing.T) {
	checkSources(t, []speakerRow{
		{"in quotation", "[[Acme|ORG]] said it had doubts. \"We assume the plan will fail, something [[Acme|ORG]] regrets,\" it said.", "Acme | said | it had doubts\nAcme | said | We assume the plan will fail, something Acme regrets\n"},
		{"reported words", "[[Acme|ORG]] said it had doubts. [[Acme|ORG]] was wrong, it said.", "Acme | said | it had doubts\n- | said | Acme was wrong\n"},
		{"person", "[[Ann Lee|PER]] said she had doubts. \"We assume the plan will fail, something [[Ann Lee|PER]] regrets,\" she said.", "Ann Lee | said | she had doubts\n- | said | We assume the plan will fail, something Ann Lee regrets\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Acme|ORG]] said it had doubts. \"We assume the plan will fail, something [[Acme|ORG]] regrets,\" it said.", "Acme | said | it had doubts\n- | said | We assume the plan will fail, something Acme regrets\n"},
	}, RuleSelfNamedBody)
}
