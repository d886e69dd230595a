package claim

import "testing"

// TestQuoteModifier checks that a quotation after a verb of saying that
// only opens the subject of a clause is read with the clause, and a
// quotation that ends the sentence is kept as it is.
func TestQuoteModifier(t *testing.T) {
	text := "[[Ann Lee|PER]] said \"superior\" bullying tactics could encourage bullying in schools."
	checkSources(t, []speakerRow{
		{"a quoted modifier", text, "Ann Lee | said | \"superior\" bullying tactics could encourage bullying in schools\n"},
		{"a whole quotation", "[[Ann Lee|PER]] said \"the tactics are superior\".", "Ann Lee | said | the tactics are superior\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Ann Lee | said | superior\n"},
	}, RuleQuoteModifier)
}
