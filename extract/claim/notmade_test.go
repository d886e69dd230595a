package claim

import "testing"

// TestNotMade checks that a deal agreed, a plea entered, a side to be
// taken, what someone will be able to ask for, what someone ought to
// say and an intention asked after make no claim, while a view agreed, a
// noun phrase announced, a side taken, a request made, words said and a
// plan stated are kept.
func TestNotMade(t *testing.T) {
	checkSources(t, []speakerRow{
		{"claim a crown", "[[Ann Lee|PER]] beat [[Bo Ek|PER]] and claimed the Harlow crown won by [[Cy Ro|PER]] last year.", ""},
		{"claimed a clause", "[[Ann Lee|PER]] beat [[Bo Ek|PER]] and claimed the race was fixed.", "Ann Lee | claimed | the race was fixed\n"},
		{"agreed a deal", "[[Acme|ORG]] has agreed a deal to share the port.", ""},
		{"agreed a contract", "[[Acme|ORG]] agreed a contract with [[Vellmar|ORG]].", ""},
		{"agreed the need", "[[Acme|ORG]] agreed the need to act.", "Acme | agreed | the need to act\n"},
		{"pleaded guilty", "[[Bo Ek|PER]] pleaded guilty on Tuesday to fraud.", ""},
		{"pleaded not guilty", "[[Bo Ek|PER]] pleaded innocent.", ""},
		{"announced new plans", "[[Acme|ORG]] announced new plans.", "Acme | announced | new plans\n"},
		{"will promote", "[[Ann Lee|PER]] will promote [[Acme|ORG]] for the next five years.", ""},
		{"backed", "[[Ann Lee|PER]] backed the bid.", "Ann Lee | backed | the bid\n"},
		{"able to request", "[[Acme|ORG]] users will be able to request music that fits a mood.", ""},
		{"can ask for", "Viewers of [[Acme|ORG]] can request a film by name.", ""},
		{"requested", "[[Acme|ORG]] requested a delay.", "Acme | requested | a delay\n"},
		{"should make clear", "[[Acme|ORG]] should make clear how it will pay.", ""},
		{"must say", "[[Acme|ORG]] must say whether it will sell the port.", ""},
		{"ought to say", "[[Acme|ORG]] ought to say that the port will shut.", ""},
		{"I must say", "I must say that the port will shut, [[Ann Lee|PER]] told reporters.", "Ann Lee | told | I must say that the port will shut\n- | say | the port will shut\n"},
		{"made clear", "[[Acme|ORG]] made clear that the port will shut.", "Acme | made clear | the port will shut\n"},
		{"how it intends", "It is unclear how [[Acme|ORG]] intends to measure success.", ""},
		{"whether it plans", "No one knows whether [[Acme|ORG]] plans to sell the port.", ""},
		{"plans", "[[Acme|ORG]] plans to sell the port.", "Acme | plans | to sell the port\n"},
		{"much mooted career", "[[Ann Lee|PER]] could get her much mooted acting career off the ground.", ""},
		{"long announced plan", "[[Acme|ORG]] unveiled its long announced plan to sell the port.", ""},
		{"no plans", "[[Acme|ORG]] has announced no plans to sell the port.", ""},
		{"no jobs would go", "[[Acme|ORG]] announced no jobs would go.", "Acme | announced | no jobs would go\n"},
		{"claimed no responsibility", "[[Acme|ORG]] has long claimed no responsibility for the content.", "Acme | claimed | no responsibility for the content\n"},
		{"forgot to mention", "[[Ann Lee|PER]] forgot to mention the cost.", ""},
		{"government plans as a noun", "Damage will be caused by government plans to build homes in [[Norland|LOC]], critics have warned.", "[critics] | warned | Damage will be caused by government plans to build homes in Norland\n"},
		{"plans, analysts have warned", "[[Ann Lee|PER]] plans to sell the port, analysts have warned.", "[analysts] | warned | Ann Lee plans to sell the port\nAnn Lee | plans | to sell the port\n"},
		{"stressed this point", "[[Bo Ek|PER]], speaking at a news conference with [[Ann Lee|PER]], stressed this point.", ""},
		{"said these officials", "The port will close, said these officials.", "[these officials] | said | The port will close\n"},
		{"and the pair settled", "[[Ann Lee|PER]] said that was impossible because the left was against it and the pair settled on trying for a pact.", "Ann Lee | said | that was impossible because the left was against it\n"},
		{"and a name invited", "[[Bo Ek|PER]] told the nation he was resigning and [[Ann Lee|PER]] invited [[Cy Ro|PER]] to form a government.", "Bo Ek | told | he was resigning\n"},
		{"and that", "[[Bo Ek|PER]] said the plan was dead and that the board had lost.", "Bo Ek | said | the plan was dead and that the board had lost\n"},
		{"and the board was", "[[Bo Ek|PER]] said the plan was dead and the board was to blame.", "Bo Ek | said | the plan was dead and the board was to blame\n"},
		{"names joined", "[[Acme|ORG]] said it would hunt two fugitives [[Bo Ek|PER]] and [[Cy Ro|PER]] believed to be in [[Harlow|LOC]].", "Acme | said | it would hunt two fugitives Bo Ek and Cy Ro believed to be in Harlow\n"},
		{"downplayed claims", "[[Acme|ORG]] downplayed claims that it could sell the port.", "Acme | downplayed | claims that it could sell the port\n"},
		{"unclosed appositive", "Acme is moving to a new strategy, [[Ann Lee|PER]], chief of [[Acme|ORG]]'s new unit told the forum.", "Ann Lee | told | Acme is moving to a new strategy\n"},
		{"officials said", "Bo Ek met [[Ann Lee|PER]], officials said.", "[officials] | said | Bo Ek met Ann Lee\n"},
		{"closed appositive", "Acme is moving to a new strategy, [[Ann Lee|PER]], chief of [[Acme|ORG]]'s new unit, told the forum.", "Ann Lee | told | Acme is moving to a new strategy\n"},
		{"the government plans", "The government plans to build homes.", "[The government] | plans | to build homes\n"},
	})
	checkSources(t, []speakerRow{
		{"attributive-verb off", "[[Acme|ORG]] unveiled its long announced plan to sell the port.", "- | announced | plan to sell the port\n"},
	}, RuleAttributiveVerb)
	checkSources(t, []speakerRow{
		{"no-object off", "[[Acme|ORG]] has announced no plans to sell the port.", "Acme | announced | no plans to sell the port\n"},
	}, RuleNoObject)
	checkSources(t, []speakerRow{
		{"noun-plans off", "Damage will be caused by government plans to build homes in [[Norland|LOC]], critics have warned.", "[critics] | warned | Damage will be caused by government plans to build homes in Norland\n[government] | plans | to build homes in Norland\n"},
	}, RuleNounPlans)
	checkSources(t, []speakerRow{
		{"demonstrative-object off", "[[Bo Ek|PER]], speaking at a news conference with [[Ann Lee|PER]], stressed this point.", "[this point] | stressed | Bo Ek, speaking at a news conference with Ann Lee\n"},
	}, RuleDemonstrativeObject)
	checkSources(t, []speakerRow{
		{"and-narration off", "[[Bo Ek|PER]] told the nation he was resigning and [[Ann Lee|PER]] invited [[Cy Ro|PER]] to form a government.", "Bo Ek | told | he was resigning and Ann Lee invited Cy Ro to form a government\n"},
	}, RuleAndNarration)
	checkSources(t, []speakerRow{
		{"unclosed-appositive off", "Acme is moving to a new strategy, [[Ann Lee|PER]], chief of [[Acme|ORG]]'s new unit told the forum.", "[chief] | told | the forum\n"},
	}, RuleUnclosedAppositive)
	checkSources(t, []speakerRow{
		{"perfect-tail off", "[[Ann Lee|PER]] plans to sell the port, analysts have warned.", "Ann Lee | plans | to sell the port, analysts have warned\n"},
	}, RulePerfectTail)
	checkSources(t, []speakerRow{
		{"won-object off", "[[Ann Lee|PER]] beat [[Bo Ek|PER]] and claimed the Harlow crown.", "Ann Lee | claimed | the Harlow crown\n"},
	}, RuleWonObject)
	checkSources(t, []speakerRow{
		{"agreed-accord off", "[[Acme|ORG]] has agreed a deal to share the port.", "Acme | agreed | a deal to share the port\n"},
	}, RuleAgreedAccord)
	checkSources(t, []speakerRow{
		{"adjective-object off", "[[Bo Ek|PER]] pleaded guilty to fraud.", "Bo Ek | pleaded | guilty to fraud\n"},
	}, RuleAdjectiveObject)
	checkSources(t, []speakerRow{
		{"future-stance off", "[[Ann Lee|PER]] will promote [[Acme|ORG]] for five years.", "Ann Lee | promote | Acme for five years\n"},
	}, RuleFutureStance)
	checkSources(t, []speakerRow{
		{"able-demand off", "Users will be able to request music that fits a mood.", "[Users] | request | music that fits a mood\n"},
	}, RuleAbleDemand)
	checkSources(t, []speakerRow{
		{"obliged-verb off", "[[Acme|ORG]] must say whether it will sell the port.", "Acme | say | whether it will sell the port\n"},
	}, RuleObligedVerb)
	checkSources(t, []speakerRow{
		{"question-intent off", "It is unclear how [[Acme|ORG]] intends to measure success.", "Acme | intends | to measure success\n"},
	}, RuleQuestionIntent)
}

// TestHeadlineIntent checks that a title-case headline's verb of
// intending and the capitalised infinitive after "to" make an intent.
func TestHeadlineIntent(t *testing.T) {
	const body = "\n\nThe board met on Friday to discuss the harbour."
	checkSources(t, []speakerRow{
		{"vows to defend", "[[Ann Lee|PER]] Vows to Defend Harbour Law" + body, "Ann Lee | vows | to Defend Harbour Law\n"},
		{"plans to sell", "[[Ann Lee|PER]] Plans to Sell Harlow Port" + body, "Ann Lee | plans | to Sell Harlow Port\n"},
	})
	checkSources(t, []speakerRow{
		{"headline-infinitive off", "[[Ann Lee|PER]] Vows to Defend Harbour Law" + body, ""},
	}, RuleHeadlineInfinitive)
}
