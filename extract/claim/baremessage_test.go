package claim

import "testing"

// TestBareMessage checks that a communication of a statement's noun
// alone makes no claim, while a possessor's statements and a noun with
// its words are kept.
func TestBareMessage(t *testing.T) {
	checkSources(t, []speakerRow{
		{"echoed the message", "[[Ann Lee|PER]] echoed the message at the rally.", ""},
		{"a possessor's message", "[[Ann Lee|PER]] echoed her party's message at the rally.", "Ann Lee | echoed | her party's message at the rally\n"},
		{"an adjective", "[[Ann Lee|PER]] echoed an anti-war message.", "Ann Lee | echoed | an anti-war message\n"},
		{"a message of", "[[Ann Lee|PER]] echoed the message of unity.", "Ann Lee | echoed | the message of unity\n"},
	})
	checkSources(t, []speakerRow{
		{"bare-message off", "[[Ann Lee|PER]] echoed the message.", "Ann Lee | echoed | the message\n"},
	}, RuleBareMessage)
}
