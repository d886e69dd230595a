package claim

import "testing"

// TestOmission checks that a verb of saying that tells of words not
// said (after "failed to", negated, in "neither ... nor") is no claim,
// while a negated view or wish and words said are kept.
func TestOmission(t *testing.T) {
	checkSources(t, []speakerRow{
		{"failed to tell", "The board failed to tell investors that it paid the rent of a director.", ""},
		{"did not reveal", "The board did not reveal that it paid the rent of a director.", ""},
		{"neither nor", "The board neither admitted nor denied fault in the deal.", ""},
		{"a view negated", "The coach does not think the price is high enough.", "[The coach] | does not think | the price is high enough\n"},
		{"words said", "The board said that it paid the rent of a director.", "[The board] | said | it paid the rent of a director\n"},
	})
	checkSources(t, []speakerRow{
		{"omission off", "The board did not reveal that it paid the rent of a director.", "[The board] | did not reveal | it paid the rent of a director\n"},
	}, RuleOmission)
}

// TestFragment checks that a content of a few words with no verb that
// opens with an adverbial, or is only a pronoun, is no claim, while an
// answer and a clause are kept.
func TestFragment(t *testing.T) {
	checkSources(t, []speakerRow{
		{"an opening adverbial", "[[Bo Ek|PER]] spoke to the board. In fact, he said, if buyers asked for it they should get it.", ""},
		{"a pronoun", "The coach knows this.", ""},
		{"an answer", "[[Bo Ek|PER]] was asked if he would quit. \"No,\" replied [[Bo Ek|PER]].", "Bo Ek | replied | No\n"},
		{"a clause", "The coach said the plan is sound.", "[The coach] | said | the plan is sound\n"},
	})
	checkSources(t, []speakerRow{
		{"fragment off", "The coach knows this.", "[The coach] | knows | this\n"},
		{"adverbial kept when off", "[[Bo Ek|PER]] spoke to the board. In fact, he said, if buyers asked for it they should get it.", "Bo Ek | said | In fact\n"},
	}, RuleFragment)
}
