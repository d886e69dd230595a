package claim

import "testing"

// TestAttitudeThing checks that a feeling about a noun phrase makes no
// claim, while one about a gerund's clause or with a clause after
// "that" is kept.
func TestAttitudeThing(t *testing.T) {
	checkSources(t, []speakerRow{
		{"its outlook", "[[Acme|ORG]] remained optimistic about its outlook for the year.", ""},
		{"the cost", "[[Bo Ek|PER]] is worried about the cost of the new port.", ""},
		{"a gerund", "[[Bo Ek|PER]] is worried about losing the new port.", "Bo Ek | is worried | losing the new port\n"},
		{"a gerund's subject", "[[Bo Ek|PER]] is optimistic about the party winning the seat.", "Bo Ek | is optimistic | the party winning the seat\n"},
		{"a colon's clause", "[[Bo Ek|PER]] was clear about one thing: the party must win the seat.", "Bo Ek | was clear | one thing: the party must win the seat\n"},
		{"a colon's noun phrase", "[[Bo Ek|PER]] was wrong about one thing: the date.", ""},
		{"a clause", "[[Acme|ORG]] is confident that the port will reopen.", "Acme | is confident | the port will reopen\n"},
	})
	checkSources(t, []speakerRow{
		{"attitude-thing off", "[[Acme|ORG]] remained optimistic about its outlook for the year.", "Acme | remained optimistic | its outlook for the year\n"},
	}, RuleAttitudeThing)
}
