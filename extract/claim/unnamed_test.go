package claim

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/testkit"
)

// renderSource is render with an unnamed speaker's words in brackets.
func renderSource(res *extract.Result) string {
	var b strings.Builder
	for _, c := range res.Claims {
		who := "-"
		switch {
		case c.Speaker >= 0 && c.Speaker < len(res.Entities):
			who = res.Entities[c.Speaker].Name
		case c.Source.Len() > 0:
			who = "[" + res.Doc.Text[c.Source.Start:c.Source.End] + "]"
		}
		fmt.Fprintf(&b, "%s | %s | %s\n", who, c.Verb, res.Doc.Text[c.Start:c.End])
	}
	return b.String()
}

// checkSources runs each row's text through the Finder, with the rules
// off turned off, and compares renderSource's output.
func checkSources(t *testing.T, rows []speakerRow, off ...string) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			if err := New(&Options{Off: off}).Process(res); err != nil {
				t.Fatal(err)
			}
			if got := renderSource(res); got != tt.want {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestCapitalPlural checks that a plural common noun the tagger may take
// for a name ("the GPs") is an unnamed speaker, and a name in the plural
// is not.
func TestCapitalPlural(t *testing.T) {
	checkSources(t, []speakerRow{
		{"acronym", "The port loses money every year, said the GPs.", "[the GPs] | said | The port loses money every year\n"},
		{"lower case", "The port loses money every year, said the officials.", "[the officials] | said | The port loses money every year\n"},
		{"acronym after a comma", "The port loses money every year, GPs said.", "[GPs] | said | The port loses money every year\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The port loses money every year, said the GPs.", "- | said | The port loses money every year\n"},
	}, RuleCapitalPlural)
}

// TestGroupOfAcronyms checks that an acronym's plural after a common
// noun and "of" says whom an unnamed group is made of, and is no name
// the tagger missed.
func TestGroupOfAcronyms(t *testing.T) {
	checkSources(t, []speakerRow{
		{"final", "The port loses money every year, a committee of MPs has said.", "[a committee] | said | The port loses money every year\n"},
		{"subject", "A group of GPs said the port loses money every year.", "[A group] | said | the port loses money every year\n"},
		{"not an acronym", "A group of Tarviks said the port loses money every year.", "- | said | the port loses money every year\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The port loses money every year, a committee of MPs has said.", "- | said | The port loses money every year\n"},
	}, RuleGroupOfAcronyms)
}

// TestPersonNamed checks that a person a sentence names, when no person
// is its subject, is whom a later "he" or "she" refers to, and that a
// person's pronoun or description as the subject keeps the one before.
func TestPersonNamed(t *testing.T) {
	rows := []speakerRow{
		{"passive agent", "[[Ann Lee|PER]] spoke first. The plan was welcomed by [[Bo Ek|PER]]. \"It is fair,\" he said.", "Bo Ek | said | It is fair\n"},
		{"second clause", "[[Ann Lee|PER]] spoke first. The shop closed and its new owner [[Bo Ek|PER]] has sued the bank. He says the lenders knew.", "Bo Ek | says | the lenders knew\n"},
		{"pronoun subject", "[[Ann Lee|PER]] spoke first. She was pleased to meet [[Bo Ek|PER]]. \"It is fair,\" she said.", "Ann Lee | said | It is fair\n"},
		{"description subject", "[[Ann Lee|PER]] spoke first. The minister later met [[Bo Ek|PER]]. \"It is fair,\" she said.", "Ann Lee | said | It is fair\n"},
		{"after a preposition", "[[Ann Lee|PER]] spoke first. The deal with [[Bo Ek|PER]] was signed. \"It is fair,\" she said.", "Ann Lee | said | It is fair\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] spoke first. The plan was welcomed by [[Bo Ek|PER]]. \"It is fair,\" he said.", "Ann Lee | said | It is fair\n"},
	}, RulePersonNamed)
}

// TestDescribedInView checks that a person's description or age stands
// for the person last named, past the sentences of a quotation and one
// other sentence, when no other person or body is named since, and not
// past a body.
func TestDescribedInView(t *testing.T) {
	rows := []speakerRow{
		{"age", "[[Ann Lee|PER]] won the final. The crowd cheered. \"It was hard,\" said the 30-year-old.", "Ann Lee | said | It was hard\n"},
		{"past a quotation", "[[Ann Lee|PER]] won the final. \"I am tired. I want to sleep.\" The crowd cheered. \"It was hard,\" the champion said.", "Ann Lee | said | It was hard\n"},
		{"role two back", "[[Ann Lee|PER]] won the final. The crowd cheered. \"It was hard,\" the champion said.", "Ann Lee | said | It was hard\n"},
		{"a body between", "[[Ann Lee|PER]] won the final. [[Acme|ORG]] paid the prize. \"It was hard,\" the champion said.", "[the champion] | said | It was hard\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] won the final. The crowd cheered. \"It was hard,\" said the 30-year-old.", "- | said | It was hard\n"},
	}, RuleDescribedInView)
}

// TestMainSubject checks that a participle after the main clause is the
// main clause's subject's, not a name in an opening subordinate clause
// or in a prepositional phrase, the person a pronoun subject stands for,
// and an unnamed subject's words when no name is its subject.
func TestMainSubject(t *testing.T) {
	rows := []speakerRow{
		{"subordinate clause", "When [[Ann Lee|PER]] retired, [[Bo Ek|PER]] paid tribute, saying she was kind.", "Bo Ek | saying | she was kind\n"},
		{"unnamed subject", "Many voters with farms, mostly in eastern [[Norland|LOC]], have pressed for a bridge, saying the roads are bad.", "[Many voters] | saying | the roads are bad\n"},
		{"opening pronoun", "[[Ann Lee|PER]] spoke first. She defended the plan, saying it would pay.", "Ann Lee | saying | it would pay\n"},
		{"clause before", "The port is not a loss, [[Bo Ek|PER]] said, adding that it would grow.", "Bo Ek | said | The port is not a loss\nBo Ek | adding | it would grow\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"off", "When [[Ann Lee|PER]] retired, [[Bo Ek|PER]] paid tribute, saying she was kind.", "Ann Lee | saying | she was kind\n"},
	}, RuleMainSubject)
}

// TestMandative checks that a subjunctive after a verb of demanding is
// what is demanded, not a claim of its subject, while a past tense there
// is one.
func TestMandative(t *testing.T) {
	checkSources(t, []speakerRow{
		{"subjunctive", "The union's demand that [[Ann Lee|PER]] spell out the cost of the port was rejected.", ""},
		// "should spell out": what she ought to say (obliged-verb).
		{"modal", "The union's demand that [[Ann Lee|PER]] should spell out the cost of the port was rejected.", ""},
	})
	checkSources(t, []speakerRow{
		{"off", "The union's demand that [[Ann Lee|PER]] spell out the cost of the port was rejected.", "Ann Lee | spell | the cost of the port was rejected\n"},
	}, RuleMandative)
}

// TestDescribedName checks that a name the tagger missed after the noun
// that describes it is kept as the speaker's words.
func TestDescribedName(t *testing.T) {
	checkSources(t, []speakerRow{
		{"group and name", "Campaign group Vell 2000 said the port sends the wrong message.", "[Campaign group Vell 2000] | said | the port sends the wrong message\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Campaign group Vell 2000 said the port sends the wrong message.", "- | said | the port sends the wrong message\n"},
	}, RuleDescribedName)
}

// TestNoClaimRead checks that a verb of intention after a modal of
// ability, a verb in a clause of condition and a verb linking its subject
// to an adjective report no claim.
func TestNoClaimRead(t *testing.T) {
	rows := []speakerRow{
		{"ability", "Under the law, lenders may seek to recover their loans.", ""},
		{"intent", "Under the law, lenders seek to recover their loans.", "[lenders] | seek | to recover their loans\n"},
		{"condition", "If [[Ann Lee|PER]] says the port is safe, the ships will return.", ""},
		{"condition after", "The ships will return if [[Ann Lee|PER]] says the port is safe.", ""},
		{"condition inverted", "Her term would have been longer had she denied the charge.", ""},
		{"condition inverted, a name", "Should [[Bo Ek|PER]] deny the report, the board will act.", ""},
		{"had, not inverted", "[[Bo Ek|PER]] had denied the report.", "Bo Ek | denied | the report\n"},
		{"copular", "Selling the port may not prove so easy, experts say.", "[experts] | say | Selling the port may not prove so easy\n"},
		{"no condition", "[[Ann Lee|PER]] says the port is safe, and the ships will return.", "Ann Lee | says | the port is safe, and the ships will return\n"},
	}
	checkSources(t, rows)
	checkSources(t, []speakerRow{
		{"ability off", "Under the law, lenders may seek to recover their loans.", "[lenders] | seek | to recover their loans\n"},
	}, RuleAbilityIntent)
	checkSources(t, []speakerRow{
		{"copular off", "Selling the port may not prove so easy, experts say.", "[the port] | may not prove | so easy, experts say\n"},
	}, RuleCopular, RuleAttributionTail, RuleThingFinding)
	checkSources(t, []speakerRow{
		{"condition off", "If [[Ann Lee|PER]] says the port is safe, the ships will return.", "Ann Lee | says | the port is safe, the ships will return\n"},
	}, RuleConditional)
}

// TestModifiedSource checks that an unnamed subject with a participle's
// phrase after its head is kept whole as the speaker's words.
func TestModifiedSource(t *testing.T) {
	checkSources(t, []speakerRow{
		{"participle phrase", "In the survey, most voters aged between 20 and 30 said they never voted.", "[most voters aged between 20 and 30] | said | they never voted\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "In the survey, most voters aged between 20 and 30 said they never voted.", "- | said | they never voted\n"},
	}, RuleModifiedSource)
}

// TestObjectPredicate checks that a noun phrase object's content ends
// where a second predicate of the subject is joined, and not at a noun
// phrase joined to the object.
func TestObjectPredicate(t *testing.T) {
	checkSources(t, []speakerRow{
		{"second predicate", "[[Ann Lee|PER]] has voiced doubts and has written to the board about the port.", "Ann Lee | voiced | doubts\n"},
		{"joined nouns", "[[Ann Lee|PER]] voiced doubts and anger over the port.", "Ann Lee | voiced | doubts and anger over the port\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] has voiced doubts and has written to the board about the port.", "Ann Lee | voiced | doubts and has written to the board about the port\n"},
	}, RuleObjectPredicate)
	checkSources(t, []speakerRow{
		{"clause after while", "[[Acme|ORG]] announced new fares while [[Vell Power|ORG]] cut its prices.", "Acme | announced | new fares\n"},
		{"clause after comma", "[[Acme|ORG]] announced the date in a statement, [[Vell Power|ORG]] urged it to wait.", "Acme | announced | the date in a statement\nVell Power | urged | it to wait\n"},
		{"participle after comma", "[[Acme|ORG]] reported a rise in profit, topping forecasts.", "Acme | reported | a rise in profit\n"},
		{"including", "[[Acme|ORG]] announced new routes, including two to [[Harlow|LOC]].", "Acme | announced | new routes, including two to Harlow\n"},
		{"pronoun joined", "[[Ann Lee|PER]] voiced doubts that she and others shared.", "Ann Lee | voiced | doubts that she and others shared\n"},
		{"with phrase", "[[Acme|ORG]] announced a shake-up, with Bo Ek and two aides handed new roles.", "Acme | announced | a shake-up, with Bo Ek and two aides handed new roles\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Acme|ORG]] reported a rise in profit, topping forecasts.", "Acme | reported | a rise in profit, topping forecasts\n"},
	}, RuleObjectClause)
	checkSources(t, []speakerRow{
		{"off while", "[[Acme|ORG]] announced new fares while [[Vell Power|ORG]] cut its prices.", "Acme | announced | new fares while Vell Power cut its prices\n"},
	}, RuleObjectClause, RuleWhileOther)
	checkSources(t, []speakerRow{
		{"denied and left", "[[Ann Lee|PER]] denied the charges and left the court.", "Ann Lee | denied | the charges\n"},
		{"accused while", "[[Acme|ORG]] accused [[Norland|LOC]] of stalling while [[Ostmark|LOC]] pressed on.", "Acme | accused | Norland of stalling\n"},
		{"denied clause", "[[Ann Lee|PER]] denied she had met Bo Ek and left.", "Ann Lee | denied | she had met Bo Ek and left\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] denied the charges and left the court.", "Ann Lee | denied | the charges and left the court\n"},
	}, RuleDeniedObject)
	checkSources(t, []speakerRow{
		{"outlined and", "[[Acme|ORG]] outlined its plans to tackle crime and [[Vell Power|ORG]] gave more details.", "Acme | outlined | its plans to tackle crime\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Acme|ORG]] outlined its plans to tackle crime and [[Vell Power|ORG]] gave more details.", "Acme | outlined | its plans to tackle crime and Vell Power gave more details\n"},
	}, RuleCommObject)
	checkSources(t, []speakerRow{
		{"opening as", "As [[Ann Lee|PER]] said the port would close, [[Acme|ORG]] cut its prices.", "Ann Lee | said | the port would close\n"},
		{"as intro", "As [[Ann Lee|PER]] said, the port will close.", "Ann Lee | said | the port will close\n"},
		{"adjectives", "When [[Ann Lee|PER]] said it had a small, living room design, [[Acme|ORG]] cut its prices.", "Ann Lee | said | it had a small, living room design\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "As [[Ann Lee|PER]] said the port would close, [[Acme|ORG]] cut its prices.", "Ann Lee | said | the port would close, Acme cut its prices\n"},
	}, RuleOpeningClause)
	checkSources(t, []speakerRow{
		{"adverb before aside", "Often, said [[Ann Lee|PER]], the port loses money.", "Ann Lee | said | the port loses money\n"},
		{"phrase before aside", "But in some cases, said [[Ann Lee|PER]], the port loses money.", "Ann Lee | said | the port loses money\n"},
		{"subject before aside", "The port, said [[Ann Lee|PER]], loses money.", "Ann Lee | said | The port, said Ann Lee, loses money\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Often, said [[Ann Lee|PER]], the port loses money.", "Ann Lee | said | Often, said Ann Lee, the port loses money\n"},
	}, RuleAsideAdverbial)
}

// TestIntentScore checks that an intent's PolNeAR precision, which the
// news model weighs, is that of its kind of speaker: lower when no name
// speaks.
func TestIntentScore(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       float64
	}{
		{"named", "[[Acme|ORG]] wants to cut costs.", intentNamedScore},
		{"unnamed", "Both firms want to cut costs.", intentUnnamedScore},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := testkit.Build(t, tt.text, time.Time{})
			if err := New(nil).Process(res); err != nil {
				t.Fatal(err)
			}
			if len(res.Claims) != 1 || polnearScore(&res.Claims[0]) != tt.want {
				t.Errorf("%q: claims %+v, want one of PolNeAR precision %.3f", tt.text, res.Claims, tt.want)
			}
		})
	}
}

// TestAmongSource checks that a share that speaks after an opening
// "Among ..." is of the people named there.
func TestAmongSource(t *testing.T) {
	checkSources(t, []speakerRow{
		{"share", "Among older voters, 60% said they would vote.", "[older voters] | said | they would vote\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Among older voters, 60% said they would vote.", "- | said | they would vote\n"},
	}, RuleAmongSource)
}

// TestSecondSpeaker checks that a content ends where a clause of another
// subject's reporting joins it, and only there.
func TestSecondSpeaker(t *testing.T) {
	checkSources(t, []speakerRow{
		{"while and a place's officials", "[[Norland|LOC]] says two ships sank, while [[Ostmark|LOC]] officials say three sailors died.", "Norland | says | two ships sank\n[Ostmark officials] | say | three sailors died\n"},
		{"and unnamed experts", "Figures showed the economy grew by 9% and experts say the outlook remains strong.", "[Figures] | showed | the economy grew by 9%\n[experts] | say | the outlook remains strong\n"},
		{"no verb before the joint", "[[Ann Lee|PER]] said the police and prosecutors believe he fled.", "Ann Lee | said | the police and prosecutors believe he fled\n"},
		{"a noun phrase, no clause", "[[Ann Lee|PER]] said the reason was its price and the look buyers want.", "Ann Lee | said | the reason was its price and the look buyers want\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Norland|LOC]] says two ships sank, while [[Ostmark|LOC]] officials say three sailors died.", "Norland | says | two ships sank, while Ostmark officials say three sailors died\n"},
	}, RuleSecondSpeaker)
}

// TestStanceEnd checks that the side a speaker took ends with its object,
// before a subordinator's clause or a relative clause after a comma, and
// that a participle after such a relative clause keeps the speaker.
func TestStanceEnd(t *testing.T) {
	checkSources(t, []speakerRow{
		{"subordinator", "[[Ann Lee|PER]] praised her players after [[Harlow|ORG]] beat [[Pellam|ORG]] in the final.", "Ann Lee | praised | her players\n"},
		{"relative after a comma", "[[Bo Ek|PER]] backed [[Ann Lee|PER]], who was given the post in May.", "Bo Ek | backed | Ann Lee\n"},
		{"participle after the relative", "[[Acme|ORG]] criticised the new levy, which starts on Friday, claiming it is unfair to farmers.", "Acme | criticised | the new levy\nAcme | claiming | it is unfair to farmers\n"},
		{"for phrase kept", "[[Ann Lee|PER]] praised the board for its work on the port.", "Ann Lee | praised | the board for its work on the port\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] praised her players after [[Harlow|ORG]] beat [[Pellam|ORG]] in the final.", "Ann Lee | praised | her players after Harlow beat Pellam in the final\n"},
	}, RuleStanceEnd)
}

// TestPluralBeforePlace checks that a plural common noun written with a
// capital before a place ("GPs in Norland", a sentence's "Authorities in
// Harlow") is the unnamed speaker, not the place.
func TestPluralBeforePlace(t *testing.T) {
	checkSources(t, []speakerRow{
		{"acronym", "GPs in [[Norland|LOC]] feared patients could wait longer.", "[GPs in Norland] | feared | patients could wait longer\n"},
		{"sentence start", "Authorities in [[Harlow|LOC]] said the road would close.", "[Authorities in Harlow] | said | the road would close\n"},
		{"lower case", "Doctors warned. Officials in [[Harlow|LOC]] said the road would close.", "[Officials in Harlow] | said | the road would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Authorities in [[Harlow|LOC]] said the road would close.", "Harlow | said | the road would close\n"},
	}, RulePluralBeforePlace)
}

// TestMissedHolder checks that after an inverted verb, a body's name, a
// post and capitalised words no mention covers are read as the post's
// holder, unnamed, not the body; a holder resolution named is the
// speaker.
func TestMissedHolder(t *testing.T) {
	checkSources(t, []speakerRow{
		{"missed name", "\"I expect a mild winter for sales,\" said [[Bank of Norland|ORG]] chief Bo Pellamo, despite the figures.", "[Bank of Norland chief Bo Pellamo] | said | I expect a mild winter for sales\n"},
		{"named", "\"I expect a mild winter for sales,\" said [[Bank of Norland|ORG]] chief [[Bo Pellamo|PER]].", "Bo Pellamo | said | I expect a mild winter for sales\n"},
		{"spokesman", "\"The port loses money,\" said an [[Acme|ORG]] spokesman.", "Acme | said | The port loses money\n"},
		{"capital post", "\"I expect a mild winter for sales,\" said [[Bank of Norland|ORG]] Chief [[Bo Pellamo|PER]], despite the figures.", "Bo Pellamo | said | I expect a mild winter for sales\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "\"I expect a mild winter for sales,\" said [[Bank of Norland|ORG]] chief Bo Pellamo, despite the figures.", "Bank of Norland | said | I expect a mild winter for sales\n"},
	}, RuleMissedHolder)
}

// TestNamedAfterPhrase checks that a person named after a comma that
// ends an inverted verb's noun phrase and its prepositional phrase
// speaks.
func TestNamedAfterPhrase(t *testing.T) {
	checkSources(t, []speakerRow{
		{"one of", "\"A ruling is due by March,\" said one of their lawyers, [[Bo Ek|PER]].", "Bo Ek | said | A ruling is due by March\n"},
		{"for a body", "\"The port loses money,\" said a lawyer for the firm, [[Ann Lee|PER]].", "Ann Lee | said | The port loses money\n"},
		{"two phrases", "\"A ruling is due by March,\" said one of the lawyers in the case, [[Bo Ek|PER]], on Monday.", "Bo Ek | said | A ruling is due by March\n"},
		{"a body, no person", "\"The port loses money,\" said a lawyer for the firm, [[Acme|ORG]].", "[a lawyer] | said | The port loses money\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "\"A ruling is due by March,\" said one of their lawyers, [[Bo Ek|PER]].", "- | said | A ruling is due by March\n"},
	}, RuleNamedAfterPhrase)
}

// TestPeopleOfBody checks that people a body has or deals with, holding
// no post of it, and its members speak for themselves, while its
// officials and spokesmen speak for it.
func TestPeopleOfBody(t *testing.T) {
	checkSources(t, []speakerRow{
		{"investor in", "Another investor in [[Acme Corp|ORG]] said the shares were too cheap.", "[Another investor in Acme Corp] | said | the shares were too cheap\n"},
		{"critics of", "Critics of [[Acme Corp|ORG]] said the plan was flawed.", "[Critics of Acme Corp] | said | the plan was flawed\n"},
		{"members of the", "Some members of the [[Norland Party|ORG]] said the plan was flawed.", "[Some members of the Norland Party] | said | the plan was flawed\n"},
		{"members before", "Many [[Norland Party|ORG]] backbenchers said the plan was flawed.", "[Many Norland Party backbenchers] | said | the plan was flawed\n"},
		{"officials at", "Officials at [[Acme Corp|ORG]] said the plan was flawed.", "Acme Corp | said | the plan was flawed\n"},
		{"spokesman for", "A spokesman for [[Acme Corp|ORG]] said the plan was flawed.", "Acme Corp | said | the plan was flawed\n"},
		{"officials before", "Senior [[Norland Party|ORG]] officials said the plan was flawed.", "Norland Party | said | the plan was flawed\n"},
	})
	checkSources(t, []speakerRow{
		{"off, investor in", "Another investor in [[Acme Corp|ORG]] said the shares were too cheap.", "Acme Corp | said | the shares were too cheap\n"},
		{"off, members before", "Many [[Norland Party|ORG]] backbenchers said the plan was flawed.", "Norland Party | said | the plan was flawed\n"},
	}, RulePeopleOfBody)
}

// TestPossessivePostName checks that a person named after a comma that
// ends a post's nouns after a possessive speaks, not the possessor.
func TestPossessivePostName(t *testing.T) {
	checkSources(t, []speakerRow{
		{"its", "[[Acme|ORG]] makes tools. \"The port loses money,\" said its chairman, [[Bo Ek|PER]].", "Bo Ek | said | The port loses money\n"},
		{"named possessor", "The [[Harlow Festival|ORG]] opened. \"The port loses money,\" said the festival's executive director, [[Ann Lee|PER]].", "Ann Lee | said | The port loses money\n"},
		{"its, no name", "[[Acme|ORG]] makes tools. \"The port loses money,\" said its chairman.", ""},
		{"its, a body after", "[[Acme|ORG]] makes tools. \"The port loses money,\" said its chairman, [[Vellmar|ORG]].", ""},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Acme|ORG]] makes tools. \"The port loses money,\" said its chairman, [[Bo Ek|PER]].", ""},
	}, RulePossessivePostName)
}

// TestPostBeforeName checks that a person named after a comma and the
// capitalised words of a post speaks, not the body that opens them.
func TestPostBeforeName(t *testing.T) {
	checkSources(t, []speakerRow{
		{"title", "\"The port loses money,\" said the committee chairman, MP [[Bo Ek|PER]].", "Bo Ek | said | The port loses money\n"},
		{"body and title", "\"The port loses money,\" said the chairman, [[Norland Party|ORG]] MP [[Ann Lee|PER]].", "Ann Lee | said | The port loses money\n"},
		{"after a phrase", "\"The port loses money,\" said the chairman of the committee, MP [[Bo Ek|PER]].", "Bo Ek | said | The port loses money\n"},
		{"honorific", "\"The port loses money,\" said the chairman, Sir [[Bo Ek|PER]].", "Bo Ek | said | The port loses money\n"},
		{"body alone", "\"The port loses money,\" said the chairman, [[Norland Party|ORG]].", "Norland Party | said | The port loses money\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "\"The port loses money,\" said the chairman, [[Norland Party|ORG]] MP [[Ann Lee|PER]].", "Norland Party | said | The port loses money\n"},
	}, RulePostBeforeName)
}

// TestAppositiveBody checks that a body's name set off by commas after
// the noun phrase that opens the clause is its apposition, so that the
// verb after it is no inverted one whose object speaks.
func TestAppositiveBody(t *testing.T) {
	checkSources(t, []speakerRow{
		{"after the", "Leading plaintiff, the [[University of Harlow|ORG]], announced the news, adding that the port would close.", "University of Harlow | announced | the news\nUniversity of Harlow | adding | the port would close\n"},
		{"inverted after a clause", "The port will close, announced the [[University of Harlow|ORG]].", "University of Harlow | announced | The port will close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Leading plaintiff, the [[University of Harlow|ORG]], announced the news, adding that the port would close.", "[the news] | announced | Leading plaintiff, the University of Harlow, announced the news, adding that the port would close\n"},
	}, RuleAppositiveBody)
}

// TestMisreadFinal checks that nouns and a reporting verb that end a
// clause after a comma, the first noun taken for an inverted verb, are
// a final attribution whose nouns speak, and that a true inverted verb
// keeps its speaker.
func TestMisreadFinal(t *testing.T) {
	checkSources(t, []speakerRow{
		{"state media", "The port will close in May, state media report.", "[state media] | report | The port will close in May\n"},
		{"plural noun", "The port will close in May, advocates argue.", "[advocates] | argue | The port will close in May\n"},
		{"inverted", "The port will close in May, claims the report.", "[the report] | claims | The port will close in May\n"},
		{"said", "The port will close in May, said the report.", "[the report] | said | The port will close in May\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The port will close in May, advocates argue.", "[argue] | advocates | The port will close in May\n"},
	}, RuleMisreadFinal)
}

// TestJoinedModifiers checks that common nouns joined by "and" before a
// head noun are read with it as one phrase, and that a head after "and"
// is not.
func TestJoinedModifiers(t *testing.T) {
	checkSources(t, []speakerRow{
		{"final", "The port loses money, the roads and harbours committee added.", "[the roads and harbours committee] | added | The port loses money\n"},
		{"subject", "The fish and farms committee said the port loses money.", "[The fish and farms committee] | said | the port loses money\n"},
		{"a head after and", "Doctors and nurses said the port loses money.", "[nurses] | said | the port loses money\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The fish and farms committee said the port loses money.", "[farms committee] | said | the port loses money\n"},
	}, RuleJoinedModifiers)
}

// TestJoinedFinal checks that subjects joined by "and" after a comma
// are a final attribution's: the plural nouns together, unnamed, and
// each name, and that a head after "and" opening the clause is not
// joined.
func TestJoinedFinal(t *testing.T) {
	checkSources(t, []speakerRow{
		{"plural nouns", "The port will close, officials and analysts said.", "[officials and analysts] | said | The port will close\n"},
		{"names", "The port will close, [[Ann Lee|PER]] and [[Bo Ek|PER]] said.", "Bo Ek | said | The port will close\nAnn Lee | said | The port will close\n"},
		{"opening the clause", "Doctors and nurses said the port will close.", "[nurses] | said | the port will close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The port will close, officials and analysts said.", ""},
	}, RuleJoinedFinal)
}

// TestQuotedFinal checks that "X quoted Y as saying." after a comma is
// Y's attribution of the words before the comma, X the outlet, and that
// the words after "saying" are read as before.
func TestQuotedFinal(t *testing.T) {
	checkSources(t, []speakerRow{
		{"final", "The port will close, the [[Harlow Post|ORG]] quoted [[Ann Lee|PER]] as saying.", "Ann Lee | was quoted as saying | The port will close\n"},
		{"unnamed", "The port will close, the [[Harlow Post|ORG]] quoted sources as saying.", "[sources] | was quoted as saying | The port will close\n"},
		{"words after", "The [[Harlow Post|ORG]] quoted [[Ann Lee|PER]] as saying the port will close.", "Ann Lee | was quoted as saying | the port will close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The port will close, the [[Harlow Post|ORG]] quoted [[Ann Lee|PER]] as saying.", ""},
	}, RuleQuotedFinal)
}

// TestAgentParticiple checks that a past participle and its agent after
// a speaker's noun phrase are read over, after an inverted "said" and in
// a final attribution after a comma, and not after another verb.
func TestAgentParticiple(t *testing.T) {
	checkSources(t, []speakerRow{
		{"inverted", "The port will close, said the flyer printed jointly by [[Acme|ORG]] and [[Vellmar|ORG]].", "[the flyer] | said | The port will close\n"},
		{"final", "The port will close, a study published by the research group [[Acme|ORG]] showed.", "[a study published by the research group Acme] | showed | The port will close\n"},
		{"not the subject's", "The figures collected by [[Acme|ORG]] showed that the port will close.", "Acme | showed | the port will close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "The port will close, said the flyer printed jointly by [[Acme|ORG]] and [[Vellmar|ORG]].", ""},
	}, RuleAgentParticiple)
}

// TestPlaceChain checks that a place's phrase after a body's name that a
// phrase of place sets after a noun for people leaves the noun the
// speaker, not the place.
func TestPlaceChain(t *testing.T) {
	checkSources(t, []speakerRow{
		{"people at a body in a place", "Workers at [[Acme Corp|ORG]] in [[Harlow|LOC]] said they were angry.", "[Workers at Acme Corp in Harlow] | said | they were angry\n"},
		{"people in a place in a country", "Doctors in [[Harlow|LOC]] in [[Norland|LOC]] said the ward would close.", "[Doctors in Harlow in Norland] | said | the ward would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "Workers at [[Acme Corp|ORG]] in [[Harlow|LOC]] said they were angry.", "Harlow | said | they were angry\n"},
	}, RulePlaceChain, RuleBodyInPlace)
}

// TestBodyInPlace checks that a place's name after a body's name and "in"
// or "at" leaves the body the speaker, not the place.
func TestBodyInPlace(t *testing.T) {
	checkSources(t, []speakerRow{
		{"body in a place", "[[Acme Corp|ORG]] in [[Harlow|LOC]] said the plant would close.", "Acme Corp | said | the plant would close\n"},
		{"officials at a body in a place", "Officials at [[Acme Corp|ORG]] in [[Harlow|LOC]] said the plant would close.", "Acme Corp | said | the plant would close\n"},
		{"people at a body in a place", "Workers at [[Acme Corp|ORG]] in [[Harlow|LOC]] said they were angry.", "[Workers at Acme Corp in Harlow] | said | they were angry\n"},
		{"place alone", "Officials in [[Harlow|LOC]] said the plant would close.", "[Officials in Harlow] | said | the plant would close\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Acme Corp|ORG]] in [[Harlow|LOC]] said the plant would close.", "Harlow | said | the plant would close\n"},
	}, RuleBodyInPlace)
}

// TestParaphraseSubject checks that a pronoun after unquoted words that
// open with the name of the one person named so far stands for that
// person, and for no one when the words are quoted or another person was
// named before.
func TestParaphraseSubject(t *testing.T) {
	checkSources(t, []speakerRow{
		{"paraphrase", "[[Ann Lee|PER]] will return to the team once her knee is healed, she said in a statement.", "Ann Lee | said | Ann Lee will return to the team once her knee is healed\n"},
		{"after a title", "Norlandic captain [[Ann Lee|PER]] will return to the team, she said in a statement.", "Ann Lee | said | Norlandic captain Ann Lee will return to the team\n"},
		{"after a place's demonym", "[[Norlandic|LOC]] captain [[Ann Lee|PER]] will return to the team, she said in a statement.", "Ann Lee | said | Norlandic captain Ann Lee will return to the team\n"},
		{"quoted", "“[[Ann Lee|PER]] will return to the team,” she said.", "- | said | Ann Lee will return to the team\n"},
	})
	checkSources(t, []speakerRow{
		{"off", "[[Ann Lee|PER]] will return to the team once her knee is healed, she said in a statement.", "- | said | Ann Lee will return to the team once her knee is healed\n"},
	}, RuleParaphraseSubject)
}
