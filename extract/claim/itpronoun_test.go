package claim

import "testing"

// TestPluralDescribed checks that a subject whose plural head a name
// modifies leaves "it" the body it stood for before, and that a singular
// one a place modifies still clears it.
func TestPluralDescribed(t *testing.T) {
	text := "The states will grow, the [[Tarvik Commission|ORG]] said. In contrast, the 12 [[Harlow|LOC]] zone countries will lag. It warned that growth could slow."
	checkSources(t, []speakerRow{
		{"a plural a place modifies", text, "Tarvik Commission | said | The states will grow\nTarvik Commission | warned | growth could slow\n"},
		{"a plural a work modifies", "The states will grow, the [[Tarvik Commission|ORG]] said. In contrast, the 12 [[Vellmar|MISC]] zone countries will lag. It warned that growth could slow.", "Tarvik Commission | said | The states will grow\nTarvik Commission | warned | growth could slow\n"},
		{"a singular a work's name modifies", "The [[Tarvik|MISC]] report looked at prices. It found that growth could slow.", "Tarvik | found | growth could slow\n"},
		{"a singular a place modifies", "The states will grow, the [[Tarvik Commission|ORG]] said. The [[Harlow|LOC]] government will lag. It warned that growth could slow.", "Tarvik Commission | said | The states will grow\n[The Harlow government] | warned | growth could slow\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Tarvik Commission | said | The states will grow\n- | warned | growth could slow\n"},
	}, RulePluralDescribed)
}

// TestItAfterWords checks that "it" after the words it reports is not
// the sentence's subject inside those words.
func TestItAfterWords(t *testing.T) {
	text := "The [[Tarvik Commission|ORG]] published a survey. [[Norland|LOC]] would also grow, it said."
	checkSources(t, []speakerRow{
		{"a place in the words", text, "Tarvik Commission | said | Norland would also grow\n"},
		{"it before the words", "The [[Tarvik Commission|ORG]] published a survey. [[Norland|LOC]] grew and it said the rise was small.", "Norland | said | the rise was small\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | said | Norland would also grow\n"},
	}, RuleItAfterWords)
}

// TestOpeningParticiple checks that the subject after an opening
// participle's phrase is whom "it" refers to next.
func TestOpeningParticiple(t *testing.T) {
	text := "[[Acme|ORG]] opened a port. Publishing its survey, the [[Tarvik Commission|ORG]] painted a bleak picture. Prices would rise, it said."
	checkSources(t, []speakerRow{
		{"an opening participle", text, "Tarvik Commission | said | Prices would rise\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Acme | said | Prices would rise\n"},
	}, RuleOpeningParticiple)
}

// TestSuchAsList checks that no name of a list of examples is the
// subject that "it" stands for.
func TestSuchAsList(t *testing.T) {
	text := "The [[Tarvik Commission|ORG]] published a survey. Smaller nations such as [[Harlow|LOC]], [[Ostmark|LOC]] and [[Brenna|LOC]] would grow, it said."
	checkSources(t, []speakerRow{
		{"such as", text, "Tarvik Commission | said | Smaller nations such as Harlow, Ostmark and Brenna would grow\n"},
		{"a comma after an opening phrase", "The [[Tarvik Commission|ORG]] published a survey. In [[Harlow|LOC]], [[Acme|ORG]] said the port would close.", "Acme | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | said | Smaller nations such as Harlow, Ostmark and Brenna would grow\n"},
	}, RuleSuchAsList, RuleItAfterWords)
}

// TestObjectPronoun checks that an object pronoun before a conjunction
// leaves the clause's subject the speaker of the verb after it.
func TestObjectPronoun(t *testing.T) {
	text := "[[Bo Ek|PER]] wrote a song. He finished it last year and says it was bad."
	checkSources(t, []speakerRow{
		{"it after a verb", text, "Bo Ek | says | it was bad\n"},
		{"them after a verb", "[[Bo Ek|PER]] met the men. He thanked them and said the port would close.", "Bo Ek | said | the port would close\n"},
		{"a subject pronoun", "[[Bo Ek|PER]] wrote a song. He left and they say it was bad.", "- | say | it was bad\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | says | it was bad\n"},
	}, RuleObjectPronoun)
}

// TestPresentParticipleAside checks that an aside a present participle
// opens after the subject's noun leaves the noun the speaker, not a
// name that ends the aside.
func TestPresentParticipleAside(t *testing.T) {
	text := "The minister, speaking during a two-day visit to [[Tarvik|LOC]], said the port would close."
	checkSources(t, []speakerRow{
		{"a place ends the aside", text, "[The minister] | said | the port would close\n"},
		{"a body before the aside", "[[Acme|ORG]], hoping to win the bid, said the port would close.", "Acme | said | the port would close\n"},
		{"including lists members", "Officials, including [[Ann Lee|PER]], said the port would close.", "Ann Lee | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Tarvik | said | the port would close\n"},
	}, RulePresentParticipleAside)
}

// TestBodyOfPlace checks that a place's name after "of" and a body's
// name leaves the body the speaker.
func TestBodyOfPlace(t *testing.T) {
	text := "Car sales rose 22% last year, the [[Association of Car Makers|ORG]] of [[Norland|LOC]] said."
	checkSources(t, []speakerRow{
		{"a body of a place", text, "Association of Car Makers | said | Car sales rose 22% last year\n"},
		{"no body before of", "Car sales rose 22% last year, the head of [[Norland|LOC]] said.", "Norland | said | Car sales rose 22% last year\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Norland | said | Car sales rose 22% last year\n"},
	}, RuleBodyOfPlace)
}

// TestDeterminerBound checks that a name before the determiner that
// opens the subject's phrase is no modifier of its noun.
func TestDeterminerBound(t *testing.T) {
	text := "According to [[Bo Ek|PER]] the minister said the port would close."
	checkSources(t, []speakerRow{
		{"a name before the", text, "[the minister] | said | the port would close\n"},
		{"a name after the", "The [[Acme|ORG]] spokesman said the port would close.", "Acme | said | the port would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Bo Ek | said | the port would close\n"},
	}, RuleDeterminerBound)
}

// TestWhileOther checks that "while" before a clause whose subject is a
// name ends the content, and that one with no name subject does not.
func TestWhileOther(t *testing.T) {
	text := "[[Acme|ORG]] said it regretted the cut while [[Vellmar|ORG]], a big investor, declined to comment."
	checkSources(t, []speakerRow{
		{"a name and an aside", text, "Acme | said | it regretted the cut\n"},
		{"a name", "[[Acme|ORG]] said it regretted the cut while [[Vellmar|ORG]] stayed silent.", "Acme | said | it regretted the cut\n"},
		{"no name", "[[Acme|ORG]] said prices rose while wages fell.", "Acme | said | prices rose while wages fell\n"},
		{"a name modifying a noun", "[[Acme|ORG]] said prices rose while [[Vellmar|ORG]] sales fell.", "Acme | said | prices rose while Vellmar sales fell\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Acme | said | it regretted the cut while Vellmar, a big investor, declined to comment\n"},
	}, RuleWhileOther)
}

// TestWithParticiple checks that a participle after a name that ends an
// aside in a "with" phrase is that name's, and that one after the
// object of "with" with no aside is the subject's.
func TestWithParticiple(t *testing.T) {
	text := "The row is getting worse with the Acme chief, Mr [[Bo Ek|PER]], saying that the broadcaster would appeal."
	checkSources(t, []speakerRow{
		{"a name in an aside", text, "Bo Ek | saying | the broadcaster would appeal\n"},
		{"no aside", "[[Ann Lee|PER]] agreed with [[Acme|ORG]], saying that the broadcaster would appeal.", "Ann Lee | saying | the broadcaster would appeal\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | saying | the broadcaster would appeal\n"},
	}, RuleWithParticiple)
}

// TestDanglingRelative checks that a content another attribution cuts
// after a relative pronoun ends before it and its conjunction.
func TestDanglingRelative(t *testing.T) {
	text := "[[Ann Lee|PER]] assured voters she would keep the stability she had built and which, she claimed, others would lose."
	checkSources(t, []speakerRow{
		{"and which", text, "Ann Lee | assured | she would keep the stability she had built\nAnn Lee | claimed | which, she claimed, others would lose\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Ann Lee | assured | she would keep the stability she had built and which\nAnn Lee | claimed | which, she claimed, others would lose\n"},
	}, RuleDanglingRelative)
}

// TestAdverbParenthetical checks that the content of "A, X says, B"
// starts past the attribution when A is only adverbs, and that a noun
// phrase A stays in it.
func TestAdverbParenthetical(t *testing.T) {
	text := "Most importantly, Mr [[Bo Ek|PER]] says, people were bored with the radio."
	checkSources(t, []speakerRow{
		{"adverbs", text, "Bo Ek | says | people were bored with the radio\n"},
		{"a subject", "The port, Mr [[Bo Ek|PER]] says, is too small.", "Bo Ek | says | The port, Mr Bo Ek says, is too small\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Bo Ek | says | Most importantly, Mr Bo Ek says, people were bored with the radio\n"},
	}, RuleAdverbParenthetical)
}

// TestRelativeParenthetical checks that the content of "A, X says, B"
// whose A ends in a relative pronoun starts at it.
func TestRelativeParenthetical(t *testing.T) {
	text := "[[Ann Lee|PER]] praised the stability, which, she claimed, others would lose."
	checkSources(t, []speakerRow{
		{"which", text, "Ann Lee | praised | the stability\nAnn Lee | claimed | which, she claimed, others would lose\n"},
		{"all of which", "[[Ann Lee|PER]] praised the plan. All of which, she said, would help.", "Ann Lee | praised | the plan\nAnn Lee | said | All of which, she said, would help\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "- | claimed | Ann Lee praised the stability, which, she claimed, others would lose\nAnn Lee | praised | the stability\n"},
	}, RuleRelativeParenthetical)
}

// TestCompoundHead checks that a plural present after a compound of
// common nouns is read as its head noun, and that a body's noun or a
// plural before it keeps the verb.
func TestCompoundHead(t *testing.T) {
	text := "TV talent show [[The Harlow Hour|MISC]] is to come back for a third run."
	checkSources(t, []speakerRow{
		{"a compound", text, ""},
		{"a body's noun", "The port committee say the dock will close.", "[The port committee] | say | the dock will close\n"},
		{"a plural", "Opinion polls show the dock will close.", "[Opinion polls] | show | the dock will close\n"},
		{"a compound after a determiner", "Documents from his tax return show he lost money.", "[Documents] | show | he lost money\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[TV talent] | show | The Harlow Hour is to come back for a third run\n"},
	}, RuleCompoundHead)
}

// TestAnaphoricContent checks that a content of only a demonstrative and
// a noun gives no claim, and that one with more words does.
func TestAnaphoricContent(t *testing.T) {
	checkSources(t, []speakerRow{
		{"this and a noun", "Firms echoed this sentiment.", ""},
		{"a fuller object", "Firms echoed the fears of the dock workers.", "[Firms] | echoed | the fears of the dock workers\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Firms echoed this sentiment.", "[Firms] | echoed | this sentiment\n"},
	}, RuleAnaphoricContent)
}

// TestExistentialParticiple checks that a past participle after the
// noun phrase "there" and "be" bring in gives no claim, and that a
// subject's verb does.
func TestExistentialParticiple(t *testing.T) {
	text := "There were also new rules announced which meant that rents would rise."
	checkSources(t, []speakerRow{
		{"there were", text, ""},
		{"a subject's verb", "Other firms announced that fares would fall.", "[Other firms] | announced | fares would fall\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[new rules] | announced | which meant that rents would rise\n"},
	}, RuleExistentialParticiple)
}

// TestRelativeGap checks that a content that lacks its subject starts at
// the relative pronoun whose clause the attribution sits in, and that a
// content with its subject is left as it is.
func TestRelativeGap(t *testing.T) {
	text := "[[Bo Ek|PER]] faced the rumours which he said had been spread for years."
	checkSources(t, []speakerRow{
		{"which he said", text, "Bo Ek | said | which he said had been spread for years\n"},
		{"a subject", "[[Bo Ek|PER]] said the plan was good.", "Bo Ek | said | the plan was good\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Bo Ek | said | had been spread for years\n"},
	}, RuleRelativeGap)
}

// TestAccordingTitle checks that the content of an opening "according
// to" a book starts past the book's title set off by commas, and that
// names that start the clause stay in it.
func TestAccordingTitle(t *testing.T) {
	text := "According to a new book, [[Harlow Days|MISC]], [[Ann Lee|PER]] broke her pledge."
	checkSources(t, []speakerRow{
		{"a title", text, "[a new book] | according to | Ann Lee broke her pledge\n"},
		{"not a work", "According to officials, [[Acme|ORG]], [[Vellmar|ORG]] and [[Harlow Bank|ORG]] will merge.", "[officials] | according to | Acme, Vellmar and Harlow Bank will merge\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "[a new book] | according to | Harlow Days, Ann Lee broke her pledge\n"},
	}, RuleAccordingTitle)
}

// TestSerialItem checks that ", and" before a bare verb joins the last
// item of a list, and that one before a clause ends the content.
func TestSerialItem(t *testing.T) {
	text := "[[Bo Ek|PER]] attacked the Greens for wanting to close schools, raise fees, and \"give maps out in the streets\"."
	checkSources(t, []speakerRow{
		{"a list of verbs", text, "Bo Ek | attacked | the Greens for wanting to close schools, raise fees, and \"give maps out in the streets\"\n"},
		{"a clause", "[[Bo Ek|PER]] attacked the Greens for wanting to close schools, and the party lost.", "Bo Ek | attacked | the Greens for wanting to close schools\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Bo Ek | attacked | the Greens for wanting to close schools, raise fees\n"},
	}, RuleSerialItem)
}

// TestWhatNamed checks that a quotation named after a fronted "what" is
// the content alone, and that a complement with no quotation is read as
// before.
func TestWhatNamed(t *testing.T) {
	text := "These included what [[Bo Ek|PER]] called an \"ecosystem of gadgets\", like the port box and a radio."
	checkSources(t, []speakerRow{
		{"a quotation", text, "Bo Ek | called | an \"ecosystem of gadgets\"\n"},
		{"no quotation", "The plan was what [[Ann Lee|PER]] called a total disaster for the city.", "Ann Lee | called | a total disaster for the city\n"},
	})
	checkSources(t, []speakerRow{
		{"off", text, "Bo Ek | called | an \"ecosystem of gadgets\", like the port box and a radio\n"},
	}, RuleWhatNamed)
}
