package claim

import "testing"

// TestNotMade checks that a deal agreed, a plea entered, a side to be
// taken, what someone will be able to ask for, what someone ought to
// say and an intention asked after make no claim, while a view agreed, a
// noun phrase announced, a side taken, a request made, words said and a
// plan stated are kept.
func TestNotMade(t *testing.T) {
	checkSources(t, []speakerRow{
		{"claim a crown", "After a late surge, [[Cy Ro|PER]] took the lead and claimed a third Norland title.", ""},
		{"claimed a clause", "[[Cy Ro|PER]] lost to [[Ann Lee|PER]] and claimed the judges were biased.", "Cy Ro | claimed | the judges were biased\n"},
		{"agreed a deal", "[[Vellmar|ORG]] has agreed a pact to run the ferries jointly.", ""},
		{"agreed a contract", "[[Acme|ORG]] agreed a contract with [[Vellmar|ORG]].", ""},
		{"agreed a clause", "[[Vell|ORG]] agreed the pact was fair.", "Vell | agreed | the pact was fair\n"},
		{"agreed the need", "[[Acme|ORG]] agreed the need to act.", "Acme | agreed | the need to act\n"},
		{"pleaded innocent to", "[[Cy Ro|PER]] pleaded innocent to both counts.", ""},
		{"has pleaded innocent", "[[Cy Ro|PER]] has pleaded innocent.", ""},
		{"announced new plans", "[[Acme|ORG]] announced new plans.", "Acme | announced | new plans\n"},
		{"will back", "At trade fairs [[Ann Lee|PER]] will back the [[Vell|ORG]] brand.", ""},
		{"backed", "[[Ann Lee|PER]] backed the bid.", "Ann Lee | backed | the bid\n"},
		{"able to request", "Club members will be able to request seats a week early.", ""},
		{"can request", "Guests at [[Vell|ORG]] can request a late checkout.", ""},
		{"can also request", "Guests at [[Vell|ORG]] can also request a late checkout.", ""},
		{"requested", "[[Acme|ORG]] requested a delay.", "Acme | requested | a delay\n"},
		{"should spell out", "[[Norland|LOC]] should spell out why ferry fares rose.", ""},
		{"must say", "[[Acme|ORG]] must say whether it will sell the port.", ""},
		{"ought to say", "[[Acme|ORG]] ought to say that the port will shut.", ""},
		{"I must say", "I must say that the port will shut, [[Ann Lee|PER]] told reporters.", "Ann Lee | told | I must say that the port will shut\n- | say | the port will shut\n"},
		{"we ought to say", "We ought to say that the port will shut, [[Ann Lee|PER]] told reporters.", "Ann Lee | told | We ought to say that the port will shut\n- | say | the port will shut\n"},
		{"made clear", "[[Acme|ORG]] made clear that the port will shut.", "Acme | made clear | the port will shut\n"},
		{"how it intends", "The fare row hinges on how [[Vell|ORG]] intends to fund the bridge.", ""},
		{"whether it plans", "The vote turns on whether [[Vell|ORG]] plans to raise fares.", ""},
		{"how it is planning", "The fare row hinges on how [[Vell|ORG]] is now planning to fund the bridge.", ""},
		{"if it plans: conditional", "Riders will leave if [[Vell|ORG]] plans to raise fares.", ""},
		{"plans", "[[Acme|ORG]] plans to sell the port.", "Acme | plans | to sell the port\n"},
		{"much touted bid", "[[Bo Ek|PER]] has shelved his much touted bid for the club.", ""},
		{"long announced plan", "[[Acme|ORG]] unveiled its long announced plan to sell the port.", ""},
		{"no plans", "[[Acme|ORG]] has announced no plans to sell the port.", ""},
		{"no jobs would go", "[[Acme|ORG]] announced no jobs would go.", "Acme | announced | no jobs would go\n"},
		{"claimed no responsibility", "[[Vell|ORG]] claimed no part in the ferry deal.", "Vell | claimed | no part in the ferry deal\n"},
		{"forgot to mention", "[[Ann Lee|PER]] forgot to mention the cost.", ""},
		{"council plans as a noun", "Anglers in [[Harlow|LOC]] marched on Sunday against council plans to dredge the bay.", ""},
		{"plans, analysts have warned", "[[Ann Lee|PER]] plans to sell the port, analysts have warned.", "[analysts] | warned | Ann Lee plans to sell the port\nAnn Lee | plans | to sell the port\n"},
		{"underlined this point", "[[Bo Ek|PER]], flanked by two aides at the rally, underlined this point.", ""},
		{"said these officials", "The port will close, said these officials.", "[these officials] | said | The port will close\n"},
		{"and the council bought", "[[Cy Ro|PER]] said the ferry was too slow and the council bought a faster one.", "Cy Ro | said | the ferry was too slow\n"},
		{"and a name handed", "[[Bo Ek|PER]] told staff the depot would close and [[Ann Lee|PER]] handed [[Cy Ro|PER]] the keys.", "Bo Ek | told | the depot would close\n"},
		{"and that", "[[Bo Ek|PER]] said the plan was dead and that the board had lost.", "Bo Ek | said | the plan was dead and that the board had lost\n"},
		{"and the board was", "[[Bo Ek|PER]] said the plan was dead and the board was to blame.", "Bo Ek | said | the plan was dead and the board was to blame\n"},
		{"names joined", "[[Acme|ORG]] said it had hired two chemists [[Bo Ek|PER]] and [[Cy Ro|PER]] trained in [[Harlow|LOC]].", "Acme | said | it had hired two chemists Bo Ek and Cy Ro trained in Harlow\n"},
		{"downplayed claims", "[[Acme|ORG]] downplayed claims that it could sell the port.", "Acme | downplayed | claims that it could sell the port\n"},
		{"unclosed appositive", "Fares will rise in May, [[Bo Ek|PER]], director of [[Vell|ORG]]'s ferry arm told the council.", "Bo Ek | told | Fares will rise in May\n"},
		{"officials said", "Bo Ek met [[Ann Lee|PER]], officials said.", "[officials] | said | Bo Ek met Ann Lee\n"},
		{"closed appositive", "Fares will rise in May, [[Bo Ek|PER]], director of [[Vell|ORG]]'s ferry arm, told the council.", "Bo Ek | told | Fares will rise in May\n"},
		{"from a day, a name plans", "From Monday [[Acme|ORG]] plans to sell the port.", "Acme | plans | to sell the port\n"},
		{"a name's plans", "Ann Lee spoke at length on [[Norland|LOC]] plans to cut aid.", ""},
		{"the government plans", "The government plans to build homes.", "[The government] | plans | to build homes\n"},
	})
	checkSources(t, []speakerRow{
		{"attributive-verb off", "[[Acme|ORG]] unveiled its long announced plan to sell the port.", "- | announced | plan to sell the port\n"},
	}, RuleAttributiveVerb)
	checkSources(t, []speakerRow{
		{"no-object off", "[[Acme|ORG]] has announced no plans to sell the port.", "Acme | announced | no plans to sell the port\n"},
	}, RuleNoObject)
	checkSources(t, []speakerRow{
		{"noun-plans off", "Anglers in [[Harlow|LOC]] marched on Sunday against council plans to dredge the bay.", "[council] | plans | to dredge the bay\n"},
	}, RuleNounPlans)
	checkSources(t, []speakerRow{
		{"demonstrative-object off", "[[Bo Ek|PER]], flanked by two aides at the rally, underlined this point.", "[this point] | underlined | Bo Ek, flanked by two aides at the rally\n"},
	}, RuleDemonstrativeObject)
	checkSources(t, []speakerRow{
		{"and-narration off", "[[Bo Ek|PER]] told staff the depot would close and [[Ann Lee|PER]] handed [[Cy Ro|PER]] the keys.", "Bo Ek | told | the depot would close and Ann Lee handed Cy Ro the keys\n"},
	}, RuleAndNarration)
	checkSources(t, []speakerRow{
		{"unclosed-appositive off", "Fares will rise in May, [[Bo Ek|PER]], director of [[Vell|ORG]]'s ferry arm told the council.", ""},
	}, RuleUnclosedAppositive)
	checkSources(t, []speakerRow{
		{"perfect-tail off", "[[Ann Lee|PER]] plans to sell the port, analysts have warned.", "Ann Lee | plans | to sell the port, analysts have warned\n"},
	}, RulePerfectTail)
	checkSources(t, []speakerRow{
		{"won-object off", "After a late surge, [[Cy Ro|PER]] took the lead and claimed a third Norland title.", "Cy Ro | claimed | a third Norland title\n"},
	}, RuleWonObject)
	checkSources(t, []speakerRow{
		{"agreed-accord off", "[[Vellmar|ORG]] has agreed a pact to run the ferries jointly.", "Vellmar | agreed | a pact to run the ferries jointly\n"},
	}, RuleAgreedAccord)
	checkSources(t, []speakerRow{
		{"adjective-object off", "[[Cy Ro|PER]] pleaded innocent to both counts.", "Cy Ro | pleaded | innocent to both counts\n"},
	}, RuleAdjectiveObject)
	checkSources(t, []speakerRow{
		{"future-stance off", "At trade fairs [[Ann Lee|PER]] will back the [[Vell|ORG]] brand.", "Ann Lee | back | the Vell brand\n"},
	}, RuleFutureStance)
	checkSources(t, []speakerRow{
		{"able-demand off", "Club members will be able to request seats a week early.", "[Club members] | request | seats a week early\n"},
	}, RuleAbleDemand)
	checkSources(t, []speakerRow{
		{"obliged-verb off", "[[Norland|LOC]] should spell out why ferry fares rose.", "Norland | spell | why ferry fares rose\n"},
	}, RuleObligedVerb)
	checkSources(t, []speakerRow{
		{"question-intent off", "The fare row hinges on how [[Vell|ORG]] intends to fund the bridge.", "Vell | intends | to fund the bridge\n"},
		{"question-intent off, whether", "The vote turns on whether [[Vell|ORG]] plans to raise fares.", "Vell | plans | to raise fares\n"},
	}, RuleQuestionIntent)
}

// TestHeadlineIntent checks that a title-case headline's verb of
// intending and the capitalised infinitive after "to" make an intent.
func TestHeadlineIntent(t *testing.T) {
	const body = "\n\nThe board met on Friday to discuss the harbour."
	checkSources(t, []speakerRow{
		{"promises to shield", "[[Bo Ek|PER]] Promises to Shield Ferry Fares" + body, "Bo Ek | promises | to Shield Ferry Fares\n"},
		{"plans to sell", "[[Ann Lee|PER]] Plans to Sell Harlow Port" + body, "Ann Lee | plans | to Sell Harlow Port\n"},
	})
	checkSources(t, []speakerRow{
		{"headline-infinitive off", "[[Bo Ek|PER]] Promises to Shield Ferry Fares" + body, ""},
	}, RuleHeadlineInfinitive)
}
