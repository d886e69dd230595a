package claim

import "testing"

// TestOpeningAdverb checks that an adverb opening the clause is left
// out of the unnamed subject after it, and an adjective is kept.
func TestOpeningAdverb(t *testing.T) {
	checkSources(t, []speakerRow{
		{"meanwhile", "Meanwhile [[Bo Ek|PER]]'s mother has said she is certain her son is innocent.", "[Bo Ek's mother] | said | she is certain her son is innocent\n"},
		{"a participle's subject past an adverb", "However, many small traders stayed cheerful after the tax was raised, saying they would pass on the cost.", "[many small traders] | saying | they would pass on the cost\n"},
		{"an adjective kept", "Local [[Bo Ek|PER]] supporters said the vote was fair.", "[Local Bo Ek supporters] | said | the vote was fair\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Meanwhile [[Bo Ek|PER]]'s mother has said she is certain her son is innocent.", "[Meanwhile Bo Ek's mother] | said | she is certain her son is innocent\n"},
	}, RuleOpeningAdverb)
}
