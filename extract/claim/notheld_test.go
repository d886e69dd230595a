package claim

import "testing"

// TestNotHeld checks that a negative quantifier subject, a verb that has
// not happened yet, a negated "know" and a made thing "backed by"
// someone make no claim, while a spoken denial, a said thing and a plan
// backed by someone are kept.
func TestNotHeld(t *testing.T) {
	checkSources(t, []speakerRow{
		{"nobody suggests", "Nobody is suggesting that the port will shut.", ""},
		{"no one knows", "No one knows whether the port will shut.", ""},
		{"yet to announce", "[[Acme|ORG]] has yet to announce which plan it will back.", ""},
		{"not yet said", "[[Acme|ORG]] has not yet said when the port will open.", ""},
		{"still to confirm", "[[Acme|ORG]] is still to confirm that the port will shut.", ""},
		{"not yet confirmed", "[[Acme|ORG]] has not yet confirmed that the port will shut.", ""},
		{"did not know", "[[Ann Lee|PER]] didn't know that the port had shut.", ""},
		{"a song backed by a choir", "She sang her new song, backed by a choir of officials.", ""},
		{"a technology backed by a firm", "It uses TXP, a mobile technology backed by [[Acme|ORG]].", ""},
		{"a standard backed by a firm", "The new standard, backed by [[Acme|ORG]], will cut costs.", ""},
		{"a person apprehended", "Police apprehended [[Bo Ek|PER]] at his hotel.", ""},
		{"hoping to win", "Both clubs are hoping to win the shield.", ""},
		{"hoping to cut costs", "[[Acme|ORG]] is hoping to cut costs.", "Acme | hoping | to cut costs\n"},
		{"learned", "[[Ann Lee|PER]] learned that she had been dropped.", ""},
		{"decided to", "[[Bo Ek|PER]] decided to close the port.", ""},
		{"has decided to", "The board has decided to close the port.", ""},
		{"a person says", "[[Ann Lee|PER]] said that the port will shut.", "Ann Lee | said | the port will shut\n"},
		{"a person knows", "[[Ann Lee|PER]] knows that the port will shut.", "Ann Lee | knows | the port will shut\n"},
		{"a plan backed by officials", "The new plan, backed by officials, will cut costs.", "[officials] | backed by | The new plan\n"},
	})
	checkSources(t, []speakerRow{
		{"no-one-holds off", "Nobody is suggesting that the port will shut.", "[Nobody] | suggesting | the port will shut\n"},
	}, RuleNoOneHolds)
	checkSources(t, []speakerRow{
		{"not-yet-said off, still to", "[[Acme|ORG]] is still to confirm that the port will shut.", "Acme | confirm | the port will shut\n"},
	}, RuleNotYetSaid)
	checkSources(t, []speakerRow{
		{"unknowing off", "[[Ann Lee|PER]] didn't know that the port had shut.", "Ann Lee | didn't know | the port had shut\n"},
	}, RuleUnknowing)
	checkSources(t, []speakerRow{
		{"person-object off", "Police apprehended [[Bo Ek|PER]] at his hotel.", "[Police] | apprehended | Bo Ek at his hotel\n"},
	}, RulePersonObject)
	checkSources(t, []speakerRow{
		{"hoped-contest off", "Both clubs are hoping to win the shield.", "[Both clubs] | hoping | to win the shield\n"},
	}, RuleHopedContest)
	checkSources(t, []speakerRow{
		{"received-news off", "[[Ann Lee|PER]] learned that she had been dropped.", "Ann Lee | learned | she had been dropped\n"},
	}, RuleReceivedNews)
	checkSources(t, []speakerRow{
		{"decided-act off", "[[Bo Ek|PER]] decided to close the port.", "Bo Ek | decided | to close the port\n"},
	}, RuleDecidedAct)
	checkSources(t, []speakerRow{
		{"backed-thing off", "She sang her new song, backed by a choir of officials.", "[a choir of officials] | backed by | new song\n"},
	}, RuleBackedThing)
}

// TestBracketEnd checks that a content cut inside a bracket runs on past
// its close.
func TestBracketEnd(t *testing.T) {
	checkSources(t, []speakerRow{
		{"to the sentence's end", "[[Acme|ORG]] has announced 5bn euros ($6bn; £4bn) of purchases this year.", "Acme | announced | 5bn euros ($6bn; £4bn) of purchases this year\n"},
		{"a comma after the bracket", "[[Acme|ORG]] wants [[Tarvik|ORG]] to invest 4m pesos ($1m; £1m), a rise of half.", "Acme | wants | Tarvik to invest 4m pesos ($1m; £1m)\n"},
	})
	checkSources(t, []speakerRow{
		{"bracket-end off", "[[Acme|ORG]] has announced 5bn euros ($6bn; £4bn) of purchases this year.", "Acme | announced | 5bn euros ($6bn\n"},
	}, RuleBracketEnd)
}

// TestQuoteEnd checks that a content opening a quotation ends at the
// quotation's close when the writer goes on with a conjunction.
func TestQuoteEnd(t *testing.T) {
	checkSources(t, []speakerRow{
		{"an earlier unmatched mark", "The old code was \"416. [[Norland|LOC]] declared \"417 to be the code for the port\" and 2009 is likely to bring more ships.", "Norland | declared | 417 to be the code for the port\n"},
		{"two single marks", "[[Norland|LOC]] declared ''417 to be the code for the port'' and 2009 is likely to bring more ships.", "Norland | declared | 417 to be the code for the port\n"},
		{"an attribution between", "\u201cThe port is shut,\u201d [[Bo Ek|PER]] said. \u201cShips are waiting.\u201d", "Bo Ek | said | The port is shut,\u201d Bo Ek said. \u201cShips are waiting\n"},
	})
	checkSources(t, []speakerRow{
		{"a small clause", "[[Norland|LOC]] declared 417 the code for the port and 2009 is likely to bring more ships.", "Norland | declared | 417 the code for the port\n"},
		{"a subject of two nouns", "[[Ann Lee|PER]] said the phones and other gadgets will become cheaper.", "Ann Lee | said | the phones and other gadgets will become cheaper\n"},
		{"a phrase before the determiner", "[[Bo Ek|PER]] expressed anger in a speech last week that the Norlandic and Tarvik partners were late.", "Bo Ek | expressed | anger in a speech last week that the Norlandic and Tarvik partners were late\n"},
		{"a list", "[[Ann Lee|PER]] said the phones, the cameras and other gadgets will become cheaper.", "Ann Lee | said | the phones, the cameras and other gadgets will become cheaper\n"},
	})
	checkSources(t, []speakerRow{
		{"small-clause-end off", "[[Norland|LOC]] declared 417 the code for the port and 2009 is likely to bring more ships.", "Norland | declared | 417 the code for the port and 2009 is likely to bring more ships\n"},
	}, RuleSmallClauseEnd)
	checkSources(t, []speakerRow{
		{"quote-end off", "[[Norland|LOC]] declared ''417 to be the code for the port'' and 2009 is likely to bring more ships.", "Norland | declared | 417 to be the code for the port'' and 2009 is likely to bring more ships\n"},
	}, RuleQuoteEnd)
}

// TestHeadlineCredit checks that a bracket of capitalised words closing
// a headline, the feed's credit, is no part of a headline's content, and
// that a bracket inside it or of lower-case words is.
func TestHeadlineCredit(t *testing.T) {
	checkSources(t, []speakerRow{
		{"credit", "[[Ann Lee|PER]] says port will close (AP)\n\nThe port was shut in May.", "Ann Lee | says | port will close\n"},
		{"two words and a dot", "[[Ann Lee|PER]] says port will close (Harlow Post.com)\n\nThe port was shut in May.", "Ann Lee | says | port will close\n"},
		{"lower case", "[[Ann Lee|PER]] says port will close (for now)\n\nThe port was shut in May.", "Ann Lee | says | port will close (for now)\n"},
		{"not in a headline", "The port was shut in May.\n\n[[Ann Lee|PER]] said the port will close (AP).", "Ann Lee | said | the port will close (AP)\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] says port will close (AP)\n\nThe port was shut in May.", "Ann Lee | says | port will close (AP)\n"},
	}, RuleHeadlineCredit)
}

// TestQuoteSubject checks that a quotation a finite verb follows is the
// subject of the reported clause, which the content runs on to, and
// that a quoted clause stays as it is.
func TestQuoteSubject(t *testing.T) {
	checkSources(t, []speakerRow{
		{"said", "[[Ann Lee|PER]] said \"firm action\" was needed at the port.", "Ann Lee | said | \"firm action\" was needed at the port\n"},
		{"that", "[[Bo Ek|PER]] found that \"port literacy\" was a key skill.", "Bo Ek | found | \"port literacy\" was a key skill\n"},
		{"a quoted clause", "[[Ann Lee|PER]] said \"we will win\" on Monday.", "Ann Lee | said | we will win\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] said \"firm action\" was needed at the port.", "Ann Lee | said | firm action\n"},
	}, RuleQuoteSubject)
}
