package claim

import "testing"

// TestQuoteModifier checks that a quotation after a verb of saying that
// only opens the subject of a clause is read with the clause, and a
// quotation that ends the sentence is kept as it is.
func TestQuoteModifier(t *testing.T) {
	text := "[[Ann Lee|PER]] said \"clever\" pricing tricks could mislead shoppers in towns."
	checkSources(t, []speakerRow{
		{"a quoted modifier", text, "Ann Lee | said | \"clever\" pricing tricks could mislead shoppers in towns\n"},
		{"a whole quotation", "[[Ann Lee|PER]] said \"the tricks are clever\".", "Ann Lee | said | the tricks are clever\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Ann Lee | said | clever\n"},
	}, RuleQuoteModifier)
}
