package claim

import "testing"

// TestSubordinateBody checks that "it" opening a clause a subordinator
// opens after a main clause whose unnamed subject names one body is that
// body, not a place named since nor a body of the sentence before.
func TestSubordinateBody(t *testing.T) {
	text := "[[Vell Power|ORG]] opened a port. Shares in [[Acme|ORG]], which is building the new [[Harlow|LOC]] stadium, fell after it said it would make no money."
	checkSources(t, []speakerRow{
		{"shares in a body", text, "Acme | said | it would make no money\n"},
		{"a person named", "[[Vell Power|ORG]] opened a port. Shares in [[Acme|ORG]] fell after [[Ann Lee|PER]] left and it said it would make no money.", "Vell Power | said | it would make no money\n"},
		{"a place heading its phrase", "[[Vell Power|ORG]] opened a port. Shares in [[Acme|ORG]] in [[Harlow|LOC]] fell after it said it would make no money.", "Vell Power | said | it would make no money\n"},
		{"two bodies", "[[Vell Power|ORG]] opened a port. Shares in [[Acme|ORG]] and [[Tarvik Bank|ORG]] fell after it said it would make no money.", "Tarvik Bank | said | it would make no money\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Vell Power | said | it would make no money\n"},
	}, RuleSubordinateBody)
}

// TestSpeakingBodyCoordinated checks that a body that speaks through a
// second, coordinated verb of a sentence with no named subject is whom
// "it" refers to next.
func TestSpeakingBodyCoordinated(t *testing.T) {
	text := "[[Vell Power|ORG]] opened a port. The figures collected by [[Acme|ORG]] showed that sales fell but stressed that prices rose. The total beat the forecast, it said."
	checkSources(t, []speakerRow{
		{"coordinated", text, "Acme | showed | sales fell\nAcme | stressed | prices rose\nAcme | said | The total beat the forecast\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Acme | showed | sales fell\nAcme | stressed | prices rose\nVell Power | said | The total beat the forecast\n"},
	}, RuleSpeakingBody)
}

// TestAdverbAfterSubject checks that an adverb the tagger may take for
// a noun, between the subject's head and its verb, is no part of the
// subject.
func TestAdverbAfterSubject(t *testing.T) {
	text := "[[Bo Ek|PER]] spoke. The chancellor meanwhile insisted that the plans were affordable."
	checkSources(t, []speakerRow{
		{"a description", text, "[The chancellor] | insisted | the plans were affordable\n"},
		{"a body's noun", "[[Bo Ek|PER]] spoke. A security firm warned that the port was shut.", "[A security firm] | warned | the port was shut\n"},
		{"a name", "[[Bo Ek|PER]] spoke. [[Ann Lee|PER]] meanwhile said that the port was shut.", "Ann Lee | said | the port was shut\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[The chancellor meanwhile] | insisted | the plans were affordable\n"},
	}, RuleAdverbAfterSubject)
}

// TestQuantityNoun checks that a noun counting a plural before "of" is
// read with the plural it counts.
func TestQuantityNoun(t *testing.T) {
	text := "After the flood a number of bakers now argue the levy will ruin [[Acme|ORG]]."
	checkSources(t, []speakerRow{
		{"a number of", text, "[a number of bakers] | argue | the levy will ruin Acme\n"},
		{"hundreds of", "Hundreds of residents said that the port was shut.", "[Hundreds of residents] | said | the port was shut\n"},
		{"a growing number", "A growing number of scientists suspect that the port is shut.", "[A growing number of scientists] | suspect | the port is shut\n"},
		{"people", "A number of people said that the port was shut.", "[A number of people] | said | the port was shut\n"},
		{"news media", "A number of tabloids said that the port was shut.", "[A number of tabloids] | said | the port was shut\n"},
		{"websites", "A handful of websites said that the port was shut.", "[A handful of websites] | said | the port was shut\n"},
		{"a share", "Half of the residents said that the port was shut.", "[Half of the residents] | said | the port was shut\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[a number] | argue | the levy will ruin Acme\n"},
	}, RuleQuantityNoun)
}

// TestStatementSender checks that the named subject of a verb of sending
// speaks the words of the statement it sent, not the one who received
// it.
func TestStatementSender(t *testing.T) {
	text := "Acme chairman [[Bo Ek|PER]] sent a note to the council on Tuesday saying that it plans to file a fresh bid."
	checkSources(t, []speakerRow{
		{"sent a letter", text, "Bo Ek | saying | it plans to file a fresh bid\n"},
		{"received a letter", "Acme chairman [[Bo Ek|PER]] received a note from the council on Tuesday saying that it plans to file a fresh bid.", "[a note] | saying | it plans to file a fresh bid\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[a note] | saying | it plans to file a fresh bid\n"},
	}, RuleStatementSender)
}

// TestAccordingJoined checks that a noun the tagger reads as a verb after
// "according to" opens the source's phrase, and that each person or body
// the phrase joins by "and" gets the content.
func TestAccordingJoined(t *testing.T) {
	text := "Ships were waiting.\n\nThe property market remains robust, according to mortgage lender [[Vellmar Bank|ORG]] and housebuilder [[Acme Homes|ORG]]."
	checkSources(t, []speakerRow{
		{"two bodies after nouns", text, "Vellmar Bank | according to | The property market remains robust\nAcme Homes | according to | The property market remains robust\n"},
		{"a body and a person", "Ships were waiting.\n\nThe property market remains robust, according to [[Vellmar Bank|ORG]] and [[Ann Lee|PER]].", "Vellmar Bank | according to | The property market remains robust\nAnn Lee | according to | The property market remains robust\n"},
		{"a place joined", "Ships were waiting.\n\nThe property market remains robust, according to [[Vellmar Bank|ORG]] and [[Harlow|LOC]].", "Vellmar Bank | according to | The property market remains robust\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Vellmar Bank | according to | The property market remains robust\n"},
	}, RuleAccordingJoined)
	checkSources(t, []speakerRow{
		{"to-noun off", "Ships were waiting.\n\nThe property market remains robust, according to mortgage lender [[Vellmar Bank|ORG]].", ""},
	}, RuleToNoun)
}

// TestChargeWith checks that "charge" accuses with "with", and asks a
// price with "for".
func TestChargeWith(t *testing.T) {
	text := "[[Tarvik|ORG]] is cutting the price [[Acme|ORG]] can charge its rivals for putting kit in its exchanges."
	checkSources(t, []speakerRow{
		{"a price", text, ""},
		{"an accusation", "Police in [[Harlow|LOC]] charged [[Bo Ek|PER]] with fraud.", "[Police in Harlow] | charged | Bo Ek with fraud\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Acme | charge | its rivals for putting kit in its exchanges\n"},
	}, RuleChargeWith)
}

// TestParticipleObject checks that names a present participle takes as
// its object inside the subject do not speak; the noun before it does.
func TestParticipleObject(t *testing.T) {
	text := "A lawyer representing Mr [[Bo Ek|PER]] and Mr [[Tom Vell|PER]] said the pair denied the charges."
	checkSources(t, []speakerRow{
		{"a lawyer", text, "[A lawyer] | said | the pair denied the charges\n"},
		{"a spokesman", "A spokesman representing [[Acme|ORG]] said the pair denied the charges.", "Acme | said | the pair denied the charges\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Tom Vell | said | the pair denied the charges\n"},
	}, RuleParticipleObject)
}
