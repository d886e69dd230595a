package claim

import "testing"

// TestSubordinatePronoun checks that "it" or "they" opening a relative
// or subordinate clause after the main clause is the main clause's
// unnamed subject when only it agrees, and no one otherwise.
func TestSubordinatePronoun(t *testing.T) {
	rows := []speakerRow{
		{"relative it", "The council is clamping down on empty shops, which it says are falling apart.", "[The council] | says | which it says are falling apart\n"},
		{"because they", "Bus firms will not refund fares because they say tickets must be used.", "[Bus firms] | say | tickets must be used\n"},
		{"body as they", "The government postponed its plans because they said the vote would fail.", "[The government] | said | the vote would fail\n"},
		{"relative after a list", "The club has a list of walks which it says members can join.", "[The club] | says | members can join\n"},
		{"other people between", "Officials arrested two farmers after they said the land was theirs.", "- | said | the land was theirs\n"},
		{"a name between", "The firm sued [[Acme|ORG]] because it said the deal was void.", "Acme | said | the deal was void\n"},
		{"thing subject", "The storm hit the coast, which it says was unprotected.", "- | says | which it says was unprotected\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "Bus firms will not refund fares because they say tickets must be used.", "- | say | tickets must be used\n"},
	}, RuleSubordinatePronoun)
}

// TestRelativeSubjectIt checks that "it" opening a relative clause after
// a clause with a body's name for its subject is that body.
func TestRelativeSubjectIt(t *testing.T) {
	text := "Other bakers use the Kelp method or [[Norvex|ORG]]'s [[Tarvo|MISC]] method while [[Acme|ORG]] uses [[Vellbread|ORG]], which it says helps cut waste."
	checkSources(t, []speakerRow{
		{"a body's clause", text, "Acme | says | which it says helps cut waste\n"},
		{"that", "[[Bo Ek|PER]] left while [[Acme|ORG]] sold the old port that it says lost money.", "Acme | says | lost money\n"},
		{"a name after a preposition", "[[Vell Power|ORG]] spoke. Other bakers use the Kelp method while the deal with [[Acme|ORG]] cut prices, which it says were high.", "Vell Power | says | which it says were high\n"},
		{"a person's clause", "Other bakers use the Kelp method while [[Bo Ek|PER]] uses the new method, which it says helps.", "- | says | which it says helps\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Tarvo | says | which it says helps cut waste\n"},
	}, RuleRelativeSubjectIt)
}
