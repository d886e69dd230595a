package claim

import (
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/extract/temporal"
)

// TestConstructions runs each construction of reported speech on an
// example: it must make the claim, with its name as the method, and
// make none when turned off (Options.Off). A rule that bounds a content
// (exact) must make a claim with exactly that content, and none when
// off. Every construction in Constructions has a row.
func TestConstructions(t *testing.T) {
	rows := []struct {
		cons, text, content string
		exact               bool
	}{
		{ConsSubjectVerb, "[[Ada Voss|PER]] said on Friday that the plan had failed.", "the plan had failed", false},
		{ConsFinal, "“The plan has failed,” [[Ada Voss|PER]] said.", "The plan has failed,", false},
		{ConsInverted, "“The plan has failed,” said [[Ada Voss|PER]].", "The plan has failed,", false},
		{ConsParenthetical, "The plan, [[Ada Voss|PER]] says, is dead.", "The plan is dead", false},
		{ConsParticiple, "[[Ada Voss|PER]] resigned, saying that the plan had failed.", "the plan had failed", false},
		{ConsCoordinated, "[[Ada Voss|PER]] said the plan was late and insisted that it would work.", "it would work", false},
		{ConsAccordingTo, "According to [[Ada Voss|PER]], the plan has failed.", "the plan has failed", false},
		{ConsQuotedAs, "[[Ada Voss|PER]] was quoted as saying that the plan had failed.", "the plan had failed", false},
		{ConsDenial, "[[Ada Voss|PER]] denied that the plan had failed.", "the plan had failed", false},
		{ConsAccusation, "[[Ada Voss|PER]] accused [[Ben Ruel|PER]] of wrecking the plan.", "wrecking the plan", false},
		{ConsIntent, "[[Ada Voss|PER]] plans to rebuild the port.", "to rebuild the port", false},
		{ConsIntent, "[[Bo Ek|PER]] vowed to close the [[Acme|ORG]] plant.", "to close the Acme plant", false},
		{ConsIntent, "[[Ann Lee|PER]] would like to shrink the port authority.", "to shrink the port authority", false},
		{RuleIntentionNoun, "The [[Harlow|LOC]] candidate plans to reopen the port.", "to reopen the port", true},
		{ConsDemand, "[[Ada Voss|PER]] called for a moratorium on new mines.", "a moratorium on new mines", false},
		{ConsDemand, "[[Bo Ek|PER]] has called for increased taxes on [[Acme|ORG]].", "increased taxes on Acme", false},
		{ConsNaming, "[[Ada Voss|PER]] called the charges unfounded.", "the charges unfounded", false},
		{ConsMention, "[[Ada Voss|PER]] cited the cost of the new port.", "the cost of the new port", false},
		{ConsColon, "[[Ada Voss|PER]]: The port will reopen in May", "The port will reopen in May", false},
		{ConsQuoteDash, "“The port will reopen in May. We are sure.” ― [[Ada Voss|PER]]", "The port will reopen in May. We are sure.", false},
		{ConsDescribedAs, "[[Ada Voss|PER]] described the plan as a costly failure.", "the plan as a costly failure", false},
		{ConsSpeechPrep, "[[Tarn Holloway|PER]] warned of a long strike at the [[Acme|ORG]] plant.", "a long strike at the Acme plant", false},
		{ConsSpeechPrep, "[[Tarn Holloway|PER]] asked [[Bo Ek|PER]] about the strike at the port.", "the strike at the port", false},
		{ConsAttitude, "[[Ann Lee|PER]] is confident that the port will reopen in May.", "the port will reopen in May", false},
		{RuleAttitudeAbout, "[[Bo Ek|PER]] is worried about losing the new port.", "losing the new port", true},
		{RuleInFavorOf, "[[Ann Lee|PER]] voted in favor of a new port in [[Harlow|LOC]].", "a new port in Harlow", true},
		{ConsComparison, "[[Bo Ek|PER]] likened the [[Harlow|LOC]] port deal to a surrender.", "the Harlow port deal to a surrender", false},
		{ConsReference, "“We need a new port,” [[Ann Lee|PER]] said, referring to the Harlow docks.", "the Harlow docks", false},
		{ConsCriticism, "[[Ada Voss|PER]] criticised [[Ben Ruel|PER]] for delaying the new port.", "Ben Ruel for delaying the new port", false},
		{ConsTranscript, "[[Ann Lee|PER]] spoke first.\n\nLEE: Well, the port will reopen in May.", "Well, the port will reopen in May", false},
		{ConsThatClause, "[[Ada Voss|PER]] estimated that the port had lost money.", "the port had lost money", false},
		{ConsThatClause, "[[Bo Ek|PER]] figured out that the port had lost money.", "the port had lost money", false},
		{ConsDirective, "[[Ada Voss|PER]] told her aides to close the port.", "her aides to close the port", false},
		{ConsEvidence, "The poll shows [[Ada Voss|PER]] with a clear lead.", "Ada Voss with a clear lead", false},
		{ConsStance, "[[Ada Voss|PER]] endorsed [[Bo Ek|PER]] for mayor.", "Bo Ek for mayor", false},
		{ConsStance, "[[Tarn Holloway|PER]] favors a smaller port in [[Harlow|LOC]] over a new one.", "a smaller port in Harlow over a new one", false},
		{ConsStance, "[[Ann Lee|PER]] promotes a plan to rebuild the port.", "a plan to rebuild the port", false},
		{ConsInfinitive, "[[Ada Voss|PER]] went on to say that the port would reopen.", "the port would reopen", false},
		{ConsTopic, "[[Ada Voss|PER]] discussed the plan for the new port.", "the plan for the new port", false},
		{ConsNounCue, "Days later [[Ada Voss|PER]]'s claim that the port had been sold angered the union.", "the port had been sold", false},
		{ConsSpeechObject, "[[Ann Lee|PER]] announced a plan to rebuild the port on Friday.", "a plan to rebuild the port on Friday", false},
		{ConsSpeechObject, "[[Ann Lee|PER]] voiced support for the [[Pellam|LOC]] candidate.", "support for the Pellam candidate", false},
		{ConsBeliefObject, "[[Ann Lee|PER]] fears a long recession in the port.", "a long recession in the port", false},
		{ConsMadeClear, "[[Ann Lee|PER]] made it clear that the port would not reopen.", "the port would not reopen", false},
		{ConsInEvidence, "In the latest [[Norland|LOC]] poll, [[Bo Ek|PER]] led [[Ann Lee|PER]] by eight points.", "Bo Ek led Ann Lee by eight points", false},
		{ConsGerund, "[[Ada Voss|PER]] ended the talks by saying that the port would reopen.", "the port would reopen", false},
		{ConsGerund, "[[Ann Lee|PER]] erred in saying that the [[Harlow|LOC]] port would reopen.", "the Harlow port would reopen", false},
		{RuleIntro, "As the bell rang, [[Ada Voss|PER]] said, “The port will reopen in May.”", "The port will reopen in May", true},
		{RuleQuantitySubject, "One study found that the port lost money.", "the port lost money", true},
		{RuleWhClause, "[[Ada Voss|PER]] explained why the port had closed.", "why the port had closed", true},
		{RuleHeadlineVerbS, "Poll: [[Ann Lee|PER]] Leads [[Bo Ek|PER]] in [[Harlow|LOC]]\n\nThe port closed.", "Ann Lee Leads Bo Ek in Harlow", true},
		{RuleHeadlineVerbS, "[[Ann Lee|PER]] Calls [[Bo Ek|PER]] ‘A Disgrace’ Over Port Remarks\n\nThe port closed.", "Bo Ek ‘A Disgrace’ Over Port Remarks", true},
		{RuleSaidOf, "[[Ann Lee|PER]] said of the port: “It is closed. We will not open it.”", "It is closed. We will not open it.", true},
		{RuleQuantityCue, "Most voters said the port was closed; 26 percent of voters say the dam is unsafe.", "the port was closed", true},
		{RuleSemicolonBefore, "The port is closed; the dam is safe, [[Ann Lee|PER]] said.", "the dam is safe", true},
		{RuleNamingName, "In a post, [[Ann Lee|PER]] called [[Bo Ek|PER]] the “worst neighbour,” pointing to a report on him.", "Bo Ek the “worst neighbour,”", true},
		{RuleAccordingNamed, "The pilot had been with the port since 2004, according to his [[Acme|ORG]] profile.", "The pilot had been with the port since 2004", true},
		{RuleEvidenceModifier, "A poll from [[Acme|ORG]] released on Wednesday found [[Ann Lee|PER]] well ahead in the port.", "Ann Lee well ahead in the port", true},
		{RuleEvidenceModifier, "In a poll from [[Harlow Gazette|ORG]], [[Bo Ek|PER]] led [[Ann Lee|PER]] by six points.", "Bo Ek led Ann Lee by six points", true},
		{RuleNarrativeClause, "[[Ann Lee|PER]] said the port was closed, and she railed against the board for the delay.", "the port was closed", true},
		{RuleStanceEnd, "[[Bo Ek|PER]] backed [[Ann Lee|PER]], who was given the post in May.", "Ann Lee", true},
		{RuleSecondSpeaker, "[[Norland|LOC]] says two of its ships were sunk, while [[Ostmark|LOC]] officials say three sailors died.", "two of its ships were sunk", true},
		{RuleToldObject, "[[Ann Lee|PER]] told a long joke about the port.", "a long joke about the port", true},
		{RulePPSubject, "“It was the least bad outcome,” [[Bo Ek|PER]] of the [[Harbour Club|ORG]] said.", "It was the least bad outcome", true},
		{RuleAccordingMidClause, "Since May, according to [[Acme|ORG]], the port has lost money.", "the port has lost money", true},
		{RuleAccordingMidClause, "The port, according to [[Acme|ORG]], has lost money.", "The port, according to Acme, has lost money", true},
		{RuleNextQuote, "[[Ada Voss|PER]] said:\n\n“The port will reopen in May.”", "The port will reopen in May.", true},
		{RuleParticipleKinds, "[[Ann Lee|PER]] resigned on Friday, citing the cost of the new port.", "the cost of the new port", true},
		{RuleQuoteSentences, "[[Ann Lee|PER]] spoke on Tuesday.\n\n“The port is closed. Why should the harbour wait?” [[Ann Lee|PER]] said.", "The port is closed. Why should the harbour wait?", true},
		{RuleEvidenceParticiple, "New polls released on Sunday showed [[Bo Ek|PER]] with a clear lead.", "Bo Ek with a clear lead", true},
		{RuleEvidenceParticiple, "In a [[Pellam|LOC]] poll released on Monday, [[Bo Ek|PER]] led [[Ann Lee|PER]] by six points.", "Bo Ek led Ann Lee by six points", true},
		{RuleNamingPP, "[[Ann Lee|PER]] called her vote in favour of the port a mistake.", "her vote in favour of the port a mistake", true},
		{RuleFinalDate, "The port deal is an insult to all workers, [[Ann Lee|PER]] said Friday.", "The port deal is an insult to all workers", true},
		{RuleFinalAdjunct, "The port is closed, [[Ann Lee|PER]] said at a rally in [[Norland|LOC]].", "The port is closed", true},
		{RuleColonAdverbial, "[[Ann Lee|PER]] said in a statement: “The port is closed. We will not reopen it.”", "The port is closed. We will not reopen it.", true},
		{RuleWordAttack, "[[Bo Ek|PER]] attacked [[Ann Lee|PER]] in a speech.", "Ann Lee in a speech", true},
		{RuleWordDefend, "[[Ann Lee|PER]] defended her plan for the port.", "her plan for the port", true},
		{RuleIntentNoun, "Days later [[Ann Lee|PER]]'s plan to close the port angered the union.", "to close the port", true},
		{RuleAsIntro, "As [[Acme|ORG]] reported, the port was sold in May.", "the port was sold in May", true},
		{RuleGerundObject, "[[Ann Lee|PER]] admitted taking the money from the port.", "taking the money from the port", true},
		{RuleRelativeSubject, "[[Ann Lee|PER]] of [[Norland|LOC]], who supports [[Bo Ek|PER]], spoke.", "Bo Ek", true},
		{RuleAdverbPresent, "Many voters strongly oppose the new port.", "the new port", true},
		{RuleEvidenceGerund, "[[Bo Ek|PER]] spoke on Monday, with new polls showing [[Ann Lee|PER]] well behind.", "Ann Lee well behind", true},
		{RuleIntentDemand, "[[Bo Ek|PER]] has proposed a modest tax on ships in the port.", "a modest tax on ships in the port", true},
		{RuleRegardAs, "[[Ann Lee|PER]] sees [[Bo Ek|PER]] as the stronger candidate.", "Bo Ek as the stronger candidate", true},
		{RuleRegardAsPhrase, "[[Ann Lee|PER]] sees violence against the [[Acme|ORG]] staff as a threat to the port.", "violence against the Acme staff as a threat to the port", true},
		{RuleRegardAsPhrase, "[[Bo Ek|PER]] sees her as the stronger candidate.", "her as the stronger candidate", true},
		{RuleStanceModifier, "Donors gave $2 million to a group backing [[Tarn Holloway|PER]] for mayor.", "Tarn Holloway for mayor", true},
		{RuleStancePassive, "The new port plan was endorsed by [[Ann Lee|PER]] on Friday.", "The new port plan", true},
		{RuleStancePassive, "The harbour tax, opposed by most voters in [[Pellam|LOC]], never passed.", "The harbour tax", true},
		{RuleDerivedNoun, "Days later [[Ann Lee|PER]]'s endorsement of [[Bo Ek|PER]] angered the union.", "Bo Ek", true},
		{RuleNegatedSide, "[[Ann Lee|PER]] has not endorsed [[Bo Ek|PER]] for mayor.", "Bo Ek for mayor", true},
		{RuleNegatedSide, "[[Ann Lee|PER]] does not believe that the port will close.", "the port will close", true},
		{RuleWordDefend, "[[Ann Lee|PER]] defended her decision to close the [[Harlow|LOC]] port.", "her decision to close the Harlow port", true},
		{RulePhrasal, "[[Bo Ek|PER]] spoke out against the new tax on [[Vell Power|ORG]].", "the new tax on Vell Power", true},
		{RuleStanceGerund, "[[Ann Lee|PER]] has opposed raising taxes on the port.", "raising taxes on the port", true},
		{RuleTopicGerund, "[[Bo Ek|PER]] talked about embedding troops with [[Norland|LOC]] soldiers.", "embedding troops with Norland soldiers", true},
		{ConsCommunication, "[[Ann Lee|PER]] mocked the plan for a new port in [[Harlow|LOC]].", "the plan for a new port in Harlow", false},
		{ConsCommunication, "[[Tarn Holloway|PER]] spoke of the legacy of the old port.", "the legacy of the old port", false},
		{ConsSeeming, "[[Ann Lee|PER]] seemed to welcome the port deal.", "Ann Lee seemed to welcome the port deal", true},
		{ConsDenial, "[[Ann Lee|PER]] appeared to deny that the port had closed.", "the port had closed", false},
		{ConsAskedQuestion, "When asked whether the port would close, [[Ann Lee|PER]] laughed.", "whether the port would close", false},
		{RuleNextCue, "[[Ada Voss|PER]] said the port was late, though she noted that the dam was safe.", "the port was late", true},
		{RuleAttributionTail, "[[Ada Voss|PER]] wants to sell the port, analysts say.", "to sell the port", true},
		{RuleRelativeCue, "[[Ada Voss|PER]] said the port was late, which [[Bo Ek|PER]] denied.", "the port was late", true},
		{RuleTenseShift, "[[Ada Voss|PER]] said the cost of a ticket was the main worry, but longer routes tend to mean higher fares.", "the cost of a ticket was the main worry", true},
		{RuleDescriptionAside, "\"A ruling is due by March,\" one of their lawyers, [[Bo Ek|PER]], said.", "A ruling is due by March", true},
		{RuleSpeakerPredicate, "The [[Harlow|LOC]] council said the road would close next month and ordered [[Acme|ORG]] to pay for the works.", "the road would close next month", true},
		{RulePossessedSpeaker, "The port was late, said [[Acme|ORG]]'s [[Bo Ek|PER]].", "The port was late", true},
		{RuleMediumThat, "[[Ada Voss|PER]] said on her blog that the port was late.", "the port was late", true},
		{RuleQuotedTitle, "[[Ada Voss|PER]] told [[Acme|ORG]]'s “Morning Show” on Friday that the port was late.", "the port was late", true},
		{RuleQuotedTitle, "[[Ada Voss|PER]] told [[Acme|ORG]]'s “Morning Show” that the port was late.", "the port was late", true},
		{RuleTwoAsides, "“The port is late,” [[Ada Voss|PER]], the mayor of [[Harlow|LOC]], one of the towns suing [[Acme|ORG]], said on Monday.", "The port is late", true},
	}
	seen := map[string]bool{}
	for _, r := range rows {
		seen[r.cons] = true
		t.Run(r.cons, func(t *testing.T) {
			find := func(opts *Options) *extract.Claim {
				res := testkit.Build(t, r.text, time.Time{})
				if err := temporal.New(nil).Process(res); err != nil {
					t.Fatal(err)
				}
				if err := New(opts).Process(res); err != nil {
					t.Fatal(err)
				}
				for i, c := range res.Claims {
					text := res.Doc.Text[c.Start:c.End]
					if r.exact && text == r.content || !r.exact && c.Method == r.cons && strings.Contains(text, firstWord(r.content)) {
						return &res.Claims[i]
					}
				}
				return nil
			}
			// A verb of seeming no one is named with is narration
			// (RuleSeemingNarration), and a question put by no one named
			// no claim (RuleAskedNoClaim): their constructions read them
			// only with those rules off.
			var on *Options
			switch r.cons {
			case ConsSeeming:
				on = &Options{Off: []string{RuleSeemingNarration}}
			case ConsAskedQuestion:
				on = &Options{Off: []string{RuleAskedNoClaim}}
			}
			if find(on) == nil {
				t.Errorf("%q: no claim by %s", r.text, r.cons)
			}
			if c := find(&Options{Off: []string{r.cons}}); c != nil {
				t.Errorf("%q: a claim by %s though it is off", r.text, r.cons)
			}
		})
	}
	// Rules that choose a claim's speaker, not its words, have tests of
	// their own.
	seen[RuleTheyUnnamed] = true         // TestTheyUnnamed
	seen[RuleHeUnnamed] = true           // TestHeUnnamed
	seen[RuleSolePerson] = true          // TestSolePerson
	seen[RuleItUnnamed] = true           // TestItUnnamed
	seen[RuleItAfterQuote] = true        // TestItAfterQuote
	seen[RuleItBody] = true              // TestItBody
	seen[RuleSubordinatePronoun] = true  // TestSubordinatePronoun
	seen[RuleDashParticiple] = true      // TestDashParticiple
	seen[RulePostNominal] = true         // TestPostNominal
	seen[RuleQuotedObject] = true        // TestQuotedObject
	seen[RuleOpeningConjunction] = true  // TestOpeningConjunction
	seen[RuleBracketAdjunct] = true      // TestBracketAdjunct
	seen[RuleBracketSpeaker] = true      // TestBracketSpeaker
	seen[RuleSectionLabel] = true        // TestSectionLabel
	seen[RuleOfficeNoun] = true          // TestOfficeNoun
	seen[RuleTitleBody] = true           // TestTitleBody
	seen[RuleHeDescription] = true       // TestHeDescription
	seen[RuleDemonymPeople] = true       // TestDemonymPeople
	seen[RuleSourceOutlet] = true        // TestSourceOutlet
	seen[RuleThingBeforePlace] = true    // TestThingBeforePlace
	seen[RulePlaceModifier] = true       // TestPlaceModifier
	seen[RuleDashRelative] = true        // TestDashRelative
	seen[RuleDescribedSpeaker] = true    // TestDescribedSpeaker
	seen[RuleSpeakingBody] = true        // TestSpeakingBody
	seen[RuleMissedName] = true          // TestMissedName
	seen[RuleItSubject] = true           // TestItSubject
	seen[RuleAlsoJoined] = true          // TestAlsoJoined
	seen[RuleOpeningAdjunct] = true      // TestOpeningAdjunct
	seen[RuleSoleBody] = true            // TestSoleBody
	seen[RuleHeadlinePhrase] = true      // TestHeadlinePhrase
	seen[RuleBareParticiple] = true      // TestBareParticiple
	seen[RuleGenderAgree] = true         // TestGenderAgree
	seen[RuleRunSpeaker] = true          // TestRunSpeaker
	seen[RuleNoSpeaker] = true           // TestNoSpeaker
	seen[RuleCoordinatedSubject] = true  // TestCoordinatedSubject
	seen[RuleCommaJoined] = true         // TestCommaJoined
	seen[RuleShareSource] = true         // TestShareSource
	seen[RuleParticipleSpeaker] = true   // TestInheritSpeakers
	seen[RuleOccupationPlace] = true     // TestAccordingToPlace
	seen[RuleCapitalPlural] = true       // TestCapitalPlural
	seen[RuleGroupOfAcronyms] = true     // TestGroupOfAcronyms
	seen[RulePersonNamed] = true         // TestPersonNamed
	seen[RuleDescribedInView] = true     // TestDescribedInView
	seen[RuleMainSubject] = true         // TestMainSubject
	seen[RuleMandative] = true           // TestMandative
	seen[RuleDescribedName] = true       // TestDescribedName
	seen[RuleAbilityIntent] = true       // TestNoClaimRead
	seen[RuleConditional] = true         // TestNoClaimRead
	seen[RuleModifiedSource] = true      // TestModifiedSource
	seen[RuleCopular] = true             // TestNoClaimRead
	seen[RuleObjectPredicate] = true     // TestObjectPredicate
	seen[RuleObjectClause] = true        // TestObjectPredicate
	seen[RuleDeniedObject] = true        // TestObjectPredicate
	seen[RuleCommObject] = true          // TestObjectPredicate
	seen[RuleOpeningClause] = true       // TestObjectPredicate
	seen[RuleAsideAdverbial] = true      // TestObjectPredicate
	seen[RuleAmongSource] = true         // TestAmongSource
	seen[RuleQuoteGoesOn] = true         // TestQuotesGoOn
	seen[RuleShownThing] = true          // TestShownThing
	seen[RuleSaysItAll] = true           // TestSaysItAll
	seen[RuleRelativeSeeming] = true     // TestRelativeSeeming
	seen[RuleSeemingNarration] = true    // TestRelativeSeeming
	seen[RuleAskedNoClaim] = true        // TestAskedNoClaim
	seen[RuleWorkNarration] = true       // TestWorkNarration
	seen[RuleNoOneHolds] = true          // TestNotHeld
	seen[RuleNotYetSaid] = true          // TestNotHeld
	seen[RuleUnknowing] = true           // TestNotHeld
	seen[RuleBackedThing] = true         // TestNotHeld
	seen[RulePersonObject] = true        // TestNotHeld
	seen[RuleHopedContest] = true        // TestNotHeld
	seen[RuleBracketEnd] = true          // TestBracketEnd
	seen[RuleHeadlineCredit] = true      // TestHeadlineCredit
	seen[RuleQuoteEnd] = true            // TestQuoteEnd
	seen[RuleNounPlural] = true          // TestAddressee
	seen[RuleToldNameSubject] = true     // TestAddressee
	seen[RuleAdverbRun] = true           // TestAddressee
	seen[RuleNounThat] = true            // TestRefusedWords
	seen[RuleAttitudeThing] = true       // TestAttitudeThing
	seen[RuleWorkObject] = true          // TestWorkObject
	seen[RuleAsAfterConjunction] = true  // TestAsAfterConjunction
	seen[RuleShownByDeed] = true         // TestAsAfterConjunction
	seen[RuleDeniedQuestion] = true      // TestDeniedQuestion
	seen[RuleBareMessage] = true         // TestBareMessage
	seen[RuleDecidedAct] = true          // TestNotHeld
	seen[RuleSmallClauseEnd] = true      // TestQuoteEnd
	seen[RuleReceivedNews] = true        // TestNotHeld
	seen[RuleNamedWorkNarration] = true  // TestWorkNarration
	seen[RuleAddedNumber] = true         // TestAddedNumber
	seen[RuleMuteSpeaker] = true         // TestMuteSpeaker
	seen[RuleSalutation] = true          // TestSalutation
	seen[RuleRefusedWords] = true        // TestRefusedWords
	seen[RuleRefusedWhether] = true      // TestRefusedWords
	seen[RuleOmission] = true            // TestOmission
	seen[RuleFragment] = true            // TestFragment
	seen[RuleThingObject] = true         // TestThingObject
	seen[RuleDoneThing] = true           // TestDoneThing
	seen[RuleWonObject] = true           // TestWonObject
	seen[RuleAgreedAccord] = true        // TestNotMade
	seen[RuleAdjectiveObject] = true     // TestNotMade
	seen[RuleFutureStance] = true        // TestNotMade
	seen[RuleAbleDemand] = true          // TestNotMade
	seen[RuleObligedVerb] = true         // TestNotMade
	seen[RuleQuestionIntent] = true      // TestNotMade
	seen[RuleAttributiveVerb] = true     // TestNotMade
	seen[RuleNoObject] = true            // TestNotMade
	seen[RuleNounPlans] = true           // TestNotMade
	seen[RulePerfectTail] = true         // TestNotMade
	seen[RuleVowedSide] = true           // TestRefusedWords
	seen[RuleUnclosedAppositive] = true  // TestNotMade
	seen[RuleAndNarration] = true        // TestNotMade
	seen[RuleDemonstrativeObject] = true // TestNotMade
	seen[RuleHeadlineInfinitive] = true  // TestHeadlineIntent
	seen[RuleRivalObject] = true         // TestRivalObject
	seen[RulePledgedThing] = true        // TestPledgedThing
	seen[RuleDeniedThing] = true         // TestDeniedThing
	seen[RuleTimeSource] = true          // TestTimeSource
	seen[RuleReducedPassive] = true      // TestReducedPassive
	seen[RuleDeedMeans] = true           // TestDeedMeans
	seen[RuleIndefiniteBody] = true      // TestIndefiniteBody
	seen[RuleAgreedWith] = true          // TestAgreedWith
	seen[RuleReaderFirstPerson] = true   // TestReaderFirstPerson
	seen[RuleCommentRunOn] = true        // TestCommentRunOn
	seen[RuleRelativeRole] = true        // TestRelativeRole
	seen[RuleSideTo] = true              // TestSideTo
	seen[RuleNamedNoun] = true           // TestNamedNoun
	seen[RuleDateline] = true            // TestDateline
	seen[RuleNarrationParticiple] = true // TestNarrationParticiple
	seen[RuleRelativeFinal] = true       // TestRelativeFinal
	seen[RulePassiveAside] = true        // TestPassiveAside
	seen[RuleBareSurname] = true         // TestBareSurname
	seen[RulePostOf] = true              // TestPostOf
	seen[RuleCoordinatedSpeakers] = true // TestCoordinatedSpeakers
	seen[RuleParticipleAside] = true     // TestParticipleAside
	seen[RuleAdverbNoun] = true          // TestAdverbNoun
	seen[RuleComparativeAdverb] = true   // TestComparativeAdverb
	seen[RuleOpeningPlural] = true       // TestOpeningPlural
	seen[RuleTicker] = true              // TestTicker
	seen[RuleRelativeAfterComma] = true  // TestRelativeAfterComma
	seen[RulePluralSubject] = true       // TestPluralSubject
	seen[RuleHeardFrom] = true           // TestHeardFrom
	seen[RuleSpokesChain] = true         // TestHeUnnamed
	seen[RuleResumedQuote] = true        // TestResumedQuote
	seen[RuleDateThenSubject] = true     // TestDatePossessive
	seen[RuleInitials] = true            // TestInitials
	seen[RuleTitledSpeaker] = true       // TestTitledSpeaker
	seen[RuleReflexiveSubject] = true    // TestReflexiveSubject
	seen[RulePossessiveFinal] = true     // TestPossessiveFinal
	seen[RulePostAfterName] = true       // TestPostAfterName
	seen[RulePlacedPerson] = true        // TestPlacedPerson
	seen[RulePluralBeforePlace] = true   // TestPluralBeforePlace
	seen[RuleMissedHolder] = true        // TestMissedHolder
	seen[RuleModifiedPost] = true        // TestModifiedPost
	seen[RuleSelfNamedBody] = true       // TestSelfNamedBody
	seen[RuleParticipleRecipient] = true // TestParticipleRecipient
	seen[RuleCopulaSubject] = true       // TestCopulaSubject
	seen[RuleBodyOwner] = true           // TestBodyOwner
	seen[RuleDatelineSubject] = true     // TestDatelineSubject
	seen[RuleDemonymSubject] = true      // TestDemonymSubject
	seen[RuleDemonymPerson] = true       // TestDemonymPerson
	seen[RuleInhabitantPerson] = true    // TestInhabitantPerson
	seen[RuleSubordinateBody] = true     // TestSubordinateBody
	seen[RuleHeDefinite] = true          // TestHeUnnamed
	seen[RuleAdverbAfterSubject] = true  // TestAdverbAfterSubject
	seen[RuleQuantityNoun] = true        // TestQuantityNoun
	seen[RuleStatementSender] = true     // TestStatementSender
	seen[RuleToNoun] = true              // TestAccordingJoined
	seen[RuleAccordingJoined] = true     // TestAccordingJoined
	seen[RuleChargeWith] = true          // TestChargeWith
	seen[RuleParticipleObject] = true    // TestParticipleObject
	seen[RuleAuxAdjunct] = true          // TestAuxAdjunct
	seen[RulePseudoCleft] = true         // TestPseudoCleft
	seen[RuleNamedAfterPhrase] = true    // TestNamedAfterPhrase
	seen[RuleAppositiveBody] = true      // TestAppositiveBody
	seen[RuleMisreadFinal] = true        // TestMisreadFinal
	seen[RuleQuoteSubject] = true        // TestQuoteSubject
	seen[RuleJoinedModifiers] = true     // TestJoinedModifiers
	seen[RuleJoinedFinal] = true         // TestJoinedFinal
	seen[RuleQuotedFinal] = true         // TestQuotedFinal
	seen[RuleAgentParticiple] = true     // TestAgentParticiple
	seen[RulePlaceChain] = true          // TestPlaceChain
	seen[RuleBodyInPlace] = true         // TestBodyInPlace
	seen[RuleParaphraseSubject] = true   // TestParaphraseSubject
	seen[RuleRunPastSources] = true      // TestRunPastSources
	seen[RuleRelativeSubjectIt] = true   // TestRelativeSubjectIt
	seen[RuleSaidParticiple] = true      // TestSaidParticiple
	seen[RulePlacePossessor] = true      // TestPlacePossessor
	seen[RuleRefusedPassive] = true      // TestRefusedPassive
	seen[RuleInsteadPredicate] = true    // TestInsteadPredicate
	seen[RuleRecordParticiple] = true    // TestRecordParticiple
	seen[RulePartialQuote] = true        // TestPartialQuote
	seen[RuleEchoedColon] = true         // TestEchoedColon
	seen[RuleModalAfterVerb] = true      // TestModalAfterVerb
	seen[RuleToSaySubject] = true        // TestToSaySubject
	seen[RuleRecordInOutlet] = true      // TestRecordInOutlet
	seen[RuleMadeClearJoined] = true     // TestMadeClearJoined
	seen[RuleAddresseePhrase] = true     // TestAddresseePhrase
	seen[RuleSummaryAppositive] = true   // TestSummaryAppositive
	seen[RuleJoinedSubject] = true       // TestJoinedSubject
	seen[RuleAdjectiveVoice] = true      // TestAdjectiveVoice
	seen[RuleSingularFinding] = true     // TestAdjectiveVoice
	seen[RuleThingFinding] = true        // TestThingFinding
	seen[RulePersonOfThing] = true       // TestPersonOfThing
	seen[RuleOpeningAdverb] = true       // TestOpeningAdverb
	seen[RuleMediaApposition] = true     // TestMediaApposition
	seen[RulePlaceAsideChain] = true     // TestPlaceAsideChain
	seen[RulePartialAdjunct] = true      // TestPartialAdjunct
	seen[RuleAccordingAppositive] = true // TestAccordingAppositive
	seen[RuleQuestionObject] = true      // TestQuestionObject
	seen[RuleQuoteModifier] = true       // TestQuoteModifier
	seen[RulePeopleOfBody] = true        // TestPeopleOfBody
	seen[RulePronounGender] = true       // TestPronounGender
	seen[RuleQuoteRunSubject] = true     // TestQuoteRunSubject
	seen[RuleAgreeingNamed] = true       // TestAgreeingNamed
	seen[RuleRelativeHead] = true        // TestRelativeHead
	seen[RulePhraseBoundary] = true      // TestPhraseBoundary
	seen[RuleVotedAct] = true            // TestVotedAct
	seen[RuleUnsaidGerund] = true        // TestUnsaid
	seen[RuleReducedRelative] = true     // TestUnsaid
	seen[RuleEntitledClaim] = true       // TestUnsaid
	seen[RulePossessivePostName] = true  // TestPossessivePostName
	seen[RulePostBeforeName] = true      // TestPostBeforeName

	// In itpronoun_test.go.
	for _, r := range []string{RulePluralDescribed, RuleItAfterWords, RuleOpeningParticiple, RuleSuchAsList, RuleObjectPronoun,
		RulePresentParticipleAside, RuleBodyOfPlace, RuleDeterminerBound, RuleWhileOther, RuleWithParticiple,
		RuleDanglingRelative, RuleAdverbParenthetical, RuleRelativeParenthetical, RuleCompoundHead, RuleAnaphoricContent, RuleExistentialParticiple,
		RuleRelativeGap, RuleAccordingTitle, RuleSerialItem, RuleWhatNamed} {
		seen[r] = true
	}
	for _, c := range Constructions() {
		if !seen[c[0]] {
			t.Errorf("construction %s has no row", c[0])
		}
	}
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}
