package claim

import "testing"

// TestPersonOfThing checks that a noun of a person before "of" and a
// thing's name is the unnamed subject, while a body's name after a post
// is left to its rules.
func TestPersonOfThing(t *testing.T) {
	checkSources(t, []speakerRow{
		{"an inventor", "The inventor of the [[Vellmar Engine|MISC]] told a conference on Monday that engines need standards.", "[The inventor] | told | engines need standards\n"},
		{"an author", "The author of [[Harlow Days|MISC]] said the book took ten years.", "[The author] | said | the book took ten years\n"},
		{"a thing's part", "The engine of the [[Vellmar Engine|MISC]] said nothing.", ""},
	})
	checkSources(t, []speakerRow{
		{"off", "The inventor of the [[Vellmar Engine|MISC]] told a conference on Monday that engines need standards.", "Vellmar Engine | told | engines need standards\n"},
	}, RulePersonOfThing)
}
