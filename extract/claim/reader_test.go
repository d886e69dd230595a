package claim

import "testing"

// TestAgreedWith checks that a verb of agreeing whose content is only the
// one agreed with is no claim, while a clause agreed with is kept.
func TestAgreedWith(t *testing.T) {
	checkSources(t, []speakerRow{
		{"a name", "[[Ann Lee|PER]] agreed with [[Bo Ek|PER]].", ""},
		{"an adverb then a name", "[[Ann Lee|PER]] agreed wholeheartedly with Mr [[Bo Ek|PER]].", ""},
		{"a noun phrase", "[[Ann Lee|PER]] agreed with Mr [[Bo Ek|PER]]'s views on the port.", ""},
		{"what was said", "[[Ann Lee|PER]] agreed with the analysis of the port.", "Ann Lee | agreed | the analysis of the port\n"},
		{"a clause", "[[Ann Lee|PER]] agreed that the port should close.", "Ann Lee | agreed | the port should close\n"},
	})
	checkSources(t, []speakerRow{
		{"agreed-with off", "[[Ann Lee|PER]] agreed with [[Bo Ek|PER]].", "Ann Lee | agreed | Bo Ek\n"},
	}, RuleAgreedWith)
}
