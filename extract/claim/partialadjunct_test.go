package claim

import "testing"

// TestPartialAdjunct checks that a quotation opening with a preposition
// after a participle, before a final attribution, is read with the
// clause it ends, and a whole quoted sentence is not.
func TestPartialAdjunct(t *testing.T) {
	text := "Details of the plan will not be known until a bill is published \"in the next two weeks,\" a spokesman said."
	checkSources(t, []speakerRow{
		{"an adjunct quoted", text, "[a spokesman] | said | Details of the plan will not be known until a bill is published \"in the next two weeks\n"},
		{"a whole quotation", "\"The bill will be published in two weeks,\" a spokesman said.", "[a spokesman] | said | The bill will be published in two weeks\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[a spokesman] | said | in the next two weeks\n"},
	}, RulePartialAdjunct)
}
