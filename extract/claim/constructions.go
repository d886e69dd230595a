package claim

import "github.com/kg-project/kg/extract"

// The constructions of reported speech, recorded as Claim.Method.
const (
	ConsSubjectVerb   = "subject-verb"     // X said (on Friday) (that) ...; X said: “...”
	ConsFinal         = "final"            // “...,” X said. / ..., X told reporters.
	ConsInverted      = "inverted"         // “...,” said X. / ..., said the minister.
	ConsParenthetical = "parenthetical"    // A, X says, is B.
	ConsParticiple    = "participle"       // X resigned, saying that ...
	ConsCoordinated   = "coordinated"      // X said ... and insisted ...
	ConsAccordingTo   = "according-to"     // According to X, ... / ..., according to X.
	ConsQuotedAs      = "quoted-as-saying" // X was quoted (by Y) as saying ...
	ConsDenial        = "denial"           // X denied involvement / denied that ...
	ConsAccusation    = "accusation"       // X accused Y of ...
	ConsIntent        = "intent"           // X plans to ...; X vowed to ...
	ConsDemand        = "demand"           // X called for ...; X urged ...
	ConsNaming        = "naming"           // X called Y Z ("called the charges unfounded")
	ConsMention       = "mention"          // X cited Y; X noted Y
	ConsColon         = "colon"            // X: ... (a headline, a transcript)
	ConsQuoteDash     = "quote-dash"       // “...” ― X
	ConsDescribedAs   = "described-as"     // X described Y as Z; X dismissed Y as Z
	ConsCriticism     = "criticism"        // X criticised Y for Z
	ConsTranscript    = "transcript"       // LEE: Well, we will see.
	ConsThatClause    = "that-clause"      // X estimated that ...; X pointed out that ...
	ConsDirective     = "directive"        // X told Y to ...; X warned Y to ...
	ConsEvidence      = "evidence"         // the poll shows X with a lead
	ConsStance        = "stance"           // X supported Y; X condemned Y
	ConsGerund        = "gerund"           // X responded by saying that ...
	ConsNounCue       = "noun-cue"         // X's claim that ...; his assertion that ...
	ConsTopic         = "topic"            // X discussed Y; X talked about Y
	ConsInfinitive    = "infinitive"       // X went on to say that ...; X was quick to point out ...
	ConsSpeechObject  = "speech-object"    // X announced a plan to ...; X revealed the cost of ...
	ConsInEvidence    = "in-evidence"      // In the latest poll, X leads Y
	ConsBeliefObject  = "belief-object"    // X fears a recession; X wants a deal
	ConsMadeClear     = "made-clear"       // X made (it) clear that ...
	ConsAskedQuestion = "asked-question"   // When asked whether ..., X said; X was asked if ...
	ConsSeeming       = "seeming"          // X seemed to agree; X appears unperturbed
	ConsReference     = "reference"        // X referred to Y; ..., X said, referring to Y
	ConsSpeechPrep    = "speech-prep"      // X warned of Y; X boasted about Y; X argued against Y
	ConsCommunication = "communication"    // X mocked Y; X spoke of Y; X chanted “...”
	ConsComparison    = "comparison"       // X likened Y to Z; X compared Y with Z
	ConsAttitude      = "attitude"         // X is confident that ...; X was worried that ...
	// RuleNextCue bounds a content rather than finding one: it ends
	// where another attribution starts.
	RuleNextCue = "next-cue" // X said A, citing B; X said A but noted B; X said A, though Y noted B
	// RuleSpeakerPredicate ends a content at "and" that joins a past
	// tense, which cannot go on a modal's or "to"'s bare verb: the
	// speaker's second predicate.
	RuleSpeakerPredicate = "speaker-predicate" // X said the road would close and ordered Y to pay; X hopes to sell A and will try B
	// RuleTenseShift ends a content shifted back into the past at ", but"
	// before a clause in the present: the writer's, not the speaker's.
	RuleTenseShift = "tense-shift" // X said cost was the main worry, but longer routes tend to mean higher fares
	// RuleAttributionTail ends a content at a comma that a sentence's
	// closing attribution follows, so that the attribution is read as
	// its own claim of the whole clause.
	RuleAttributionTail = "attribution-tail" // X wants A, analysts say; X plans A, says a report
	// RuleRelativeCue ends a content where a relative clause that reports
	// starts, or a reporting verb after adverbs or an auxiliary follows
	// a conjunction.
	// RuleTwoAsides takes, for the subject of a verb after two asides,
	// the name that opens the clause after a quotation.
	RuleTwoAsides = "two-asides" // “...,” X, the chief of Y, one of Z, said
	// RuleQuotedTitle takes a short quotation after an addressee's
	// possessive for the title of a programme told, not what was said.
	RuleQuotedTitle = "quoted-title" // X told Y's “Morning Show” that ...
	// RuleTheyUnnamed reads "they" after a claim of an unnamed plural
	// speaker as that speaker.
	RuleTheyUnnamed = "they-unnamed" // ..., experts warned. They say ...
	// RuleHeUnnamed reads "he" or "she" right after a claim of an
	// unnamed person ("a spokesman") as that person, when no named
	// person has been spoken of since.
	RuleHeUnnamed = "he-unnamed" // Ann Lee said A. A spokesman said B. He added C.
	// RuleHeDefinite reads "he" or "she" right after a claim whose
	// unnamed speaker is a definite description of one person as that
	// person, when no named person has been spoken of since.
	RuleHeDefinite = "he-definite" // Acme fined Bo Ek. The chancellor praised A. He also claimed B.
	// RuleAdverbAfterSubject passes over an adverb the tagger may take
	// for a noun between the subject's head and its verb.
	RuleAdverbAfterSubject = "adverb-after-subject" // The chancellor meanwhile insisted A.
	// RuleQuantityNoun reads a noun that counts a plural before "of" as
	// part of the subject's phrase, whose head is the plural.
	RuleQuantityNoun = "quantity-noun" // A number of investors have said A.
	// RuleStatementSender reads the named subject of a verb of sending
	// whose object, a statement's noun, a participle of saying follows
	// as the speaker.
	RuleStatementSender = "statement-sender" // Bo Ek sent a letter to the board saying A.
	// RuleToNoun reads a noun the tagger took for an infinitive's verb
	// right after "to", before a noun or a name, as a noun.
	RuleToNoun = "to-noun" // A, according to mortgage lender Acme.
	// RuleAccordingJoined gives the content of "according to" each of
	// the people or bodies its phrase joins.
	RuleAccordingJoined = "according-joined" // A, according to lender Acme and builder Vell Homes.
	// RuleChargeWith reads "charge" as accusing only with "with" after
	// its object; with "for", it asks a price.
	RuleChargeWith = "charge-with" // Tarvik cut the price Acme can charge its rivals for space.
	// RuleParticipleObject reads names that a present participle takes
	// as its object inside the subject as no subject; the noun before
	// the participle speaks, unnamed.
	RuleParticipleObject = "participle-object" // A lawyer representing Ann Lee and Bo Ek said A.
	// RuleSolePerson reads "he" or "she", before any person was a
	// subject, as the one person the text has named so far.
	RuleSolePerson = "sole-person" // Ann Lee's plan was out. He said A.
	// RuleItUnnamed reads "it" right after a claim of an unnamed
	// singular thing ("the report") as that speaker.
	RuleItUnnamed = "it-unnamed" // A, the report said. It added B.
	// RuleItAfterQuote reads "it" after a claim of an unnamed singular
	// thing whose quotation runs on to the sentence before as that
	// speaker, as it-unnamed does right after the claim.
	RuleItAfterQuote = "it-after-quote" // A, his report said. “B.” C, it said. (C is the report's, unnamed)
	// RuleItBody reads "it" that names no body or place otherwise, right
	// after a claim of an unnamed body ("the pressure group"), as that
	// body.
	RuleItBody = "it-body" // A, the pressure group said. It added B.
	// RuleSubordinatePronoun reads "it" or "they" that opens a relative
	// or subordinate clause after the main clause as the main clause's
	// unnamed subject, when only it agrees.
	RuleSubordinatePronoun = "subordinate-pronoun" // The firm cut prices, which it says were high.
	// RuleDashParticiple reads a participle after a dash as one after a
	// comma: the main clause's subject speaks.
	RuleDashParticiple = "dash-participle" // Firms have objected - arguing that A.
	// RulePostNominal passes over an honour's or a post's capital
	// letters after a person's name to the name, the subject.
	RulePostNominal = "post-nominal" // Ann Lee MP said A.
	// RuleQuotedObject reads "X quoted Y as saying A" as Y's words, X
	// the outlet when X names a body.
	RuleQuotedObject = "quoted-object" // The Harlow Post quoted an aide as saying A.
	// RuleOpeningConjunction reads the unnamed subject a participle's
	// words are of past a conjunction that opens the sentence.
	RuleOpeningConjunction = "opening-conjunction" // But analysts have objected, arguing that A.
	// RuleBracketAdjunct passes over a name's brackets before an
	// adjunct between the name and its verb.
	RuleBracketAdjunct = "bracket-adjunct" // Acme Co. (ACM.N) on Thursday said A.
	// RuleMissedName keeps, as an unnamed speaker's words, a name the
	// tagger missed that opens the clause right before its verb.
	RuleMissedName = "missed-name" // Tarvik says it will close the port.
	// RuleItSubject reads "it" that no named body or place can be, right
	// after a sentence whose subject was an unnamed statement, record or
	// body and in which no one spoke, as that subject.
	RuleItSubject = "it-subject" // The report placed Norland third. It showed A.
	// RuleSubordinateBody reads "it" opening a clause a subordinator
	// opens after a main clause whose subject is a phrase naming one
	// body as that body.
	RuleSubordinateBody = "subordinate-body" // Shares in Acme fell after it said A.
	// RuleAlsoJoined reads a verb after a conjunction and "also" as
	// joined to the verb before, as one right after the conjunction is.
	RuleAlsoJoined = "also-joined" // The charity welcomed A and also said B.
	// RuleOpeningAdjunct reads the unnamed subject a participle's words
	// are of past a wire's credit or an opening prepositional phrase.
	RuleOpeningAdjunct = "opening-adjunct" // In a report, the firm set out a hopeful outlook, claiming A.
	// RuleSoleBody reads "it", before any body or place was a subject,
	// as the one organisation the text has named so far.
	RuleSoleBody = "sole-body" // Shares in Acme rose after it said A.
	// RuleHeadlinePhrase drops a headline's claim whose content is a
	// noun phrase, with no verb.
	RuleHeadlinePhrase = "headline-phrase" // Lee confirms port climbdown (no claim)
	// RuleBareParticiple reads a bare form in -ing right after a noun
	// as a participle of the main clause, whose subject speaks.
	RuleBareParticiple = "bare-participle" // Ann Lee cancelled the show saying A.
	// RuleGenderAgree reads "he" or "she" as the latest person in
	// subject position whose title ("Mr", "Ms") does not disagree.
	RuleGenderAgree = "gender-agree" // Mr Ek spoke. Ms Lee said A. He added B.
	// RulePronounGender gives a person no title gives a gender the
	// gender of a "he" or "she" that stood for them before.
	RulePronounGender = "pronoun-gender" // Bo Ek spoke. He said A. The deal was signed. “B,” she said. (not Bo Ek's)
	// RuleQuoteRunSubject keeps the speaker of a quotation that runs on
	// into a sentence, not a name it holds as the subject, as whom "he"
	// or "she" refers to next.
	RuleQuoteRunSubject = "quote-run-subject" // Bo Ek said: “A. Di Moss knows it.” He added: “B.” (B is Bo Ek's)
	// RuleAgreeingNamed reads "he" or "she" that the latest person's
	// gender does not agree with as the first other person named before
	// it in its sentence, or in the sentence before.
	RuleAgreeingNamed = "agreeing-named" // Bo Ek spoke. He said A. Di Moss met the press. “B,” she said. (Di Moss)
	// RuleRunSpeaker reads "he" or "she" after what it reports as the
	// speaker of the claim before, not a person named only in what is
	// said or in passing.
	RuleRunSpeaker = "run-speaker" // Ann Lee said A. Bo Ek's side won. “B,” she said.
	// RuleNoSpeaker drops a claim whose speaker is neither named nor
	// described, in the headline or of a view or a wish.
	RuleNoSpeaker = "no-speaker" // Court Rejects Plan; the plan is to sell A (no one's)
	// RuleCoordinatedSubject gives a verb after "and" or "but" the
	// subject, a description or a pronoun, that opens its sentence.
	RuleCoordinatedSubject = "coordinated-subject" // The charity welcomed A and said B.
	// RuleCommaJoined lets a comma stand right before the conjunction
	// that joins the opening subject's second verb (coordinated-subject).
	RuleCommaJoined = "comma-joined" // The minister would not comment, but insisted A ([The minister])
	// RuleShareSource keeps a percentage, or a share of "them" or "us",
	// as an unnamed source.
	RuleShareSource = "share-source" // 80% said A; 42% of them say B
	// RuleParticipleSpeaker gives a participle after an attribution the
	// speaker of the claim the attribution ends.
	RuleParticipleSpeaker = "participle-speaker" // “A,” the mayor said, adding that B.
	// RuleOccupationPlace keeps people of an occupation in a place as
	// an unnamed speaker rather than the place.
	RuleOccupationPlace = "occupation-place" // Norlandic researchers say ...
	// RulePluralBeforePlace reads a plural common noun written with a
	// capital before "in", "at" or "from" and a place as the unnamed
	// speaker, as a lower-case one is.
	RulePluralBeforePlace = "plural-before-place" // GPs in Norland feared A; Authorities in Harlow said B
	// RulePeopleOfBody reads people a body has or deals with, who hold
	// no post of it, and its members, as an unnamed speaker, not the body.
	RulePeopleOfBody = "people-of-body" // Another investor in Acme said A; Norland Party backbenchers said B
	// RuleMissedHolder reads a post's holder whose name resolution
	// missed, after a body's name and the post, as the unnamed speaker
	// after an inverted verb, not the body.
	RuleMissedHolder = "missed-holder" // “A,” said Acme chief Bo Ek.
	// RuleModifiedPost reads a name of a word or two inside a post's
	// words after an inverted verb as part of the post: the person after
	// the post speaks, not the body before it.
	RuleModifiedPost = "modified-post" // “A,” said Acme chief Norlandic strategist Bo Ek.
	// RuleSelfNamedBody lets a pronoun stand for a body that names
	// itself in the quotation the pronoun's verb reports.
	RuleSelfNamedBody = "self-named-body" // “We assume A, which Acme accepts,” it said.
	// RuleParticipleRecipient reads the noun before a past participle
	// and "to" a name as the subject, not the name.
	RuleParticipleRecipient = "participle-recipient" // A letter sent to Ann Lee said A.
	// RuleCopulaSubject reads a pronoun that opens the sentence before
	// a form of "be" as the subject whose participle after a comma
	// speaks, as before a verb.
	RuleCopulaSubject = "copula-subject" // But he is not envious, insisting: “A.”
	// RuleBodyOwner reads a body's possessive before a post and a
	// person's name between commas as no subject: the person is.
	RuleBodyOwner = "body-owner" // The Norland Party's leader, Ann Lee, welcomed A.
	// RuleDatelineSubject looks for the sentence's subject after its
	// dateline.
	RuleDatelineSubject = "dateline-subject" // HARLOW -- A year ago, Ann Lee shook the industry by revealing A.
	// RuleDemonymSubject reads a place's demonym alone after "the" as
	// the subject of a gerund as a person, not the place.
	RuleDemonymSubject = "demonym-subject" // The Norlandic had stoked the row by saying A.
	// RuleDemonymPerson reads a demonym that resolution read as one
	// person of a country (after a determiner and modifiers, heading its
	// phrase) as that person: the person the text is about, else the
	// phrase, unnamed; never the country.
	RuleDemonymPerson = "demonym-person" // Ann Lee won. The 24-year-old Norlander added: A.
	// RuleInhabitantPerson reads a capitalised noun for a person of a
	// nation or a place (lexicon Inhabitant) after "the" and modifiers,
	// heading its phrase, as a demonym-person: the person the text is
	// about, else the phrase, unnamed.
	RuleInhabitantPerson = "inhabitant-person" // Ann Lee won. “A,” the Welshman said.
	// RuleMediumThat reads "on" and a short noun phrase before "that"
	// after a verb of saying as the medium of the words.
	RuleMediumThat = "medium-that" // X said on his blog that ...
	// RuleNamedAfterPhrase takes the person named after a comma that
	// ends an inverted verb's noun phrase and its prepositional phrase.
	RuleNamedAfterPhrase = "named-after-phrase" // ..., said one of their lawyers, Bo Ek.
	// RuleAppositiveBody reads a body's name set off by commas after the
	// noun phrase that opens the clause as its apposition, as a person's
	// is: the verb after it is the subject's own, not inverted.
	// RuleMisreadFinal reads an inverted verb that is a noun too, with
	// words after it that end in a reporting verb's plain present, as a
	// final attribution: the nouns speak.
	RuleMisreadFinal = "misread-final" // A, state media report ([state media]); A, reports claim ([reports])
	// RuleQuoteSubject runs a content that is a quotation on to the end
	// of its clause when a finite verb follows the quotation's close: the
	// quotation is the reported clause's subject.
	RuleQuoteSubject = "quote-subject" // Ann Lee said “firm action” was needed (“firm action” was needed)
	// RuleJoinedModifiers reads common nouns joined by "and" before a
	// head noun as its modifiers: one phrase.
	RuleJoinedModifiers = "joined-modifiers" // A, the roads and harbours committee added ([the roads and harbours committee])
	// RuleJoinedFinal reads subjects joined by "and" after a comma as
	// a final attribution's subject: the plural nouns or the names.
	RuleJoinedFinal = "joined-final" // A, officials and analysts warned ([officials and analysts]); A, Ann Lee and Bo Ek said
	// RuleQuotedFinal reads "X quoted Y as saying." after a comma as a
	// final attribution: Y's words are those before the comma.
	RuleQuotedFinal = "quoted-final" // A, the Harlow Post quoted Ann Lee as saying (Ann Lee: A; the Post the outlet)
	// RuleAgentParticiple reads a past participle and its "by" agent
	// after a speaker's noun phrase as part of the phrase.
	RuleAgentParticiple = "agent-participle" // A, said the leaflet published by Acme; A, a study published by Acme showed
	// RulePlaceChain reads past a place's phrase after a body's or a
	// place's name that itself follows a noun and a preposition of place:
	// the noun, unnamed, speaks.
	RulePlaceChain = "place-chain" // Unions at Acme Corp in Harlow say A ([Unions at Acme Corp in Harlow])
	// RuleBodyInPlace reads a place's name after a body's name and "in"
	// or "at" in a subject as where the body is: the body speaks, not
	// the place.
	RuleBodyInPlace = "body-in-place" // Acme Corp in Harlow said A; Officials at Acme Corp in Harlow said A (Acme Corp)
	// RuleParaphraseSubject keeps the person a pronoun names as the
	// speaker of words before it that open with that person's name,
	// unquoted, when no other person was named before.
	RuleParaphraseSubject = "paraphrase-subject" // Ann Lee will return once her knee heals, she said (Ann Lee)
	// RuleRunPastSources lets run-speaker read "he" or "she" after what
	// it reports as the speaker of the latest claim a person made, past
	// later claims of bodies, places or things.
	RuleRunPastSources = "run-past-sources" // Ann Lee said A. Studies have shown B. “C,” she said (Ann Lee)
	// RuleAdjectiveVoice lets no adjective in an unnamed speaker's
	// words make them a voice for mute-speaker.
	RuleAdjectiveVoice = "adjective-voice" // A close relationship suggests A (no claim: "close" is no voice here)
	// RuleSingularFinding lets a verb of what figures show keep no
	// unnamed singular speaker that cannot put words.
	RuleSingularFinding = "singular-finding" // A close relationship suggests A; the move suggests B (no claim)
	// RuleThingFinding drops a verb taking a clause that is no verb of
	// saying, or one of what figures show, when its unnamed subject can
	// hold no view and is no statement or record.
	RuleThingFinding = "thing-finding" // Old maps show A; the software will find B (no claim)
	// RuleQuoteModifier reads a quotation after a verb of saying that
	// the rest of a noun phrase and its verb follow as the subject's
	// first words: the clause is what was said.
	RuleQuoteModifier = "quote-modifier" // Bo Ek said “clever” tricks could mislead shoppers (the whole clause)
	// RuleQuestionObject drops a verb read with its noun phrase object
	// whose head is a noun of asking.
	RuleQuestionObject = "question-object" // The minister will answer questions posted by readers (no claim)
	// RuleAccordingAppositive reads a name a comma sets after the
	// unnamed source of an opening "according to" as the speaker.
	RuleAccordingAppositive = "according-appositive" // According to market watchers, Acme Research, A (Acme Research)
	// RulePartialAdjunct reads a quotation that opens with a
	// preposition after a verb or a noun, before a final attribution,
	// with the clause it ends.
	RulePartialAdjunct = "partial-adjunct" // The timetable will stay until the bridge is repaired “by May,” he said (the whole clause)
	// RulePlaceAsideChain reads a place's name after a place's name and
	// a comma, before a verb, as part of the aside, not its subject.
	RulePlaceAsideChain = "place-aside-chain" // Bo Ek, 34, from Harlow, Norland, said A (Bo Ek)
	// RuleMediaApposition reads the last name of an addressee after a
	// medium's noun as the outlet, not a name that describes it before.
	RuleMediaApposition = "media-apposition" // Bo Ek told Norland TV network Acme News A (outlet Acme News)
	// RuleOpeningAdverb leaves an adverb that opens the clause out of
	// the subject after it, and reads the subject of a participle's
	// sentence past an opening adverb and its comma.
	RuleOpeningAdverb = "opening-adverb" // Meanwhile Bo Ek's mother said A ([Bo Ek's mother])
	// RulePersonOfThing reads a noun of a person before "of" and the
	// name of a thing as the subject: the person speaks, unnamed.
	RulePersonOfThing = "person-of-thing" // The inventor of the Vellmar Engine said A ([The inventor])
	// RuleJoinedSubject reads "and" after the subject of a subordinate
	// clause whose verb has not come as joining two subjects, no second
	// speaker's clause.
	RuleJoinedSubject = "joined-subject" // Analysts say A, as Acme's results and future growth potential means B (B is theirs)
	// RuleSummaryAppositive ends a content at a dash before a noun
	// phrase that sums it up and a relative clause about it: the
	// writer's words.
	RuleSummaryAppositive = "summary-appositive" // Bo Ek wants more powers - something the judges have ruled against (more powers)
	// RuleAddresseePhrase reads a phrase of "of" or "for" and people
	// after a gathering told something as part of the addressee.
	RuleAddresseePhrase = "addressee-phrase" // Bo Ek told a meeting of farmers prices would rise (prices would rise)
	// RuleMadeClearJoined gives "made it clear" after "and" or "but"
	// the sentence's named subject.
	RuleMadeClearJoined = "made-clear-joined" // Ann Lee kept quiet, but made it clear that A (Ann Lee)
	// RuleRecordInOutlet reads a record's noun before "in" and a body's
	// name as the subject, not the body that carried it.
	RuleRecordInOutlet = "record-in-outlet" // A Vellmar poll in the Harlow Post suggested A (the poll's)
	// RuleToSaySubject reads "he" or "she" right after "to say" as the
	// unnamed person the infinitive's noun phrase before it names.
	RuleToSaySubject = "to-say-subject" // prompted a donor to say he will refuse A ([a donor])
	// RuleModalAfterVerb reads no inverted speaker after a verb of
	// saying that a modal or an auxiliary follows.
	RuleModalAfterVerb = "modal-after-verb" // Harlow Mayor Quits, Says Will Not Lead New Council. (no speaker Will Not Lead ...)
	// RuleEchoedColon starts the content of a verb whose object is a
	// demonstrative's noun before a colon and a quotation at the colon.
	RuleEchoedColon = "echoed-colon" // Bo Ek echoed those sentiments: “A.” (A)
	// RulePartialQuote reads a quotation before a final attribution
	// that is only a finite verb's complement, in lower case, with the
	// clause it ends.
	RulePartialQuote = "partial-quote" // The bill stood “no chance of passing,” he added (the whole clause)
	// RuleRecordParticiple gives a participle of saying the record or
	// statement that opens the sentence as an unnamed speaker.
	RuleRecordParticiple = "record-participle" // A report on pensions will be critical, saying A ([A report on pensions])
	// RuleInsteadPredicate reads "but" and a verb with "instead" after
	// a negated clause as that clause's second predicate, no new
	// attribution.
	RuleInsteadPredicate = "instead-predicate" // Ann Lee argued the council would not do A but wanted instead B (one content)
	// RuleRefusedPassive drops an intent of refusing whose content is a
	// passive infinitive with no clause: a refusal to speak.
	RuleRefusedPassive = "refused-passive" // Bo Ek refused to be tied down to a figure (no claim)
	// RulePlacePossessor reads a place that owns the post heading the
	// subject as no subject "it" may stand for.
	RulePlacePossessor = "place-possessor" // Norland's commissioner voiced concern. A, it said (not Norland)
	// RuleSaidParticiple reads "said" right before a past participle as
	// a passive's report with no speaker ("Miners Said Trapped").
	RuleSaidParticiple = "said-participle" // 3 Miners Said Trapped by Flood (no claim)
	// RuleRelativeSubjectIt reads "it" that opens a relative clause
	// after a clause whose subject is a body's or a place's name as that
	// subject.
	RuleRelativeSubjectIt = "relative-subject-it" // Bakers use X while Acme uses Y, which it says helps cut waste (Acme)
	// RulePluralDescribed leaves whom "it" refers to as it was after a
	// subject whose head is a plural that a name modifies, and reads a
	// work's or other name before nouns that end in a plural as their
	// modifier.
	RulePluralDescribed = "plural-described" // Acme said A. The 12 Tarvik zone countries grew. It warned B (Acme)
	// RuleItAfterWords reads "it" after the words it reports ("A, it
	// said") as someone else than the sentence's subject in A.
	RuleItAfterWords = "it-after-words" // Acme spoke. Norland would grow, it said (Acme)
	// RuleOpeningParticiple takes the subject after a participle's
	// phrase that opens the sentence, up to its comma.
	RuleOpeningParticiple = "opening-participle" // Publishing its survey, Acme said A. B, it said (Acme)
	// RuleSuchAsList reads no name of a list of examples after "such
	// as", "including" or "like" as the subject.
	RuleSuchAsList = "such-as-list" // Acme spoke. Nations such as Harlow, Ostmark and Brenna would grow, it said (Acme)
	// RuleObjectPronoun reads an object pronoun in the clause before a
	// conjunction as no subject of its own, so the clause's subject
	// speaks for the verb after the conjunction.
	RuleObjectPronoun = "object-pronoun" // He finished it and says A (he)
	// RulePresentParticipleAside reads an aside a present participle
	// opens between a noun and its verb as the noun's, so a name ending
	// the aside is no subject.
	RulePresentParticipleAside = "present-participle-aside" // The minister, speaking during a tour of Tarvik, said A ([The minister])
	// RuleBodyOfPlace reads a place's name after "of" and a body's name
	// as telling which body speaks: the body speaks.
	RuleBodyOfPlace = "body-of-place" // A, the Association of Car Makers of Norland said (the association)
	// RuleDeterminerBound reads no name before a determiner as a
	// modifier of the noun the determiner opens.
	RuleDeterminerBound = "determiner-bound" // According to Bo Ek the minister said A ([the minister])
	// RuleWhileOther ends a content at "while" or "whereas" that opens
	// a clause whose subject is a name right before its finite verb.
	RuleWhileOther = "while-other" // Acme said A while Vellmar, a big investor, declined to comment (ends A)
	// RuleWithParticiple reads a participle after a name that ends an
	// aside in a "with" phrase as that name's.
	RuleWithParticiple = "with-participle" // The row grew with the Acme chief, Bo Ek, saying A (Bo Ek)
	// RuleDanglingRelative ends a content before a relative pronoun it
	// would end with, and the conjunction before it.
	RuleDanglingRelative = "dangling-relative" // X assured voters he would keep the stability he had built and which, he claimed, ... (ends after "built")
	// RuleAdverbParenthetical starts the content of "A, X says, B" past
	// the attribution when A is only adverbs.
	RuleAdverbParenthetical = "adverb-parenthetical" // Most importantly, Bo Ek says, people were bored (people were bored)
	// RuleRelativeParenthetical starts the content of "A, X says, B" at
	// the relative pronoun that ends A: the relative clause is what is
	// claimed.
	RuleRelativeParenthetical = "relative-parenthetical" // the stability she had built and which, she claimed, others would lose (which, she claimed, others would lose)
	// RuleCompoundHead reads a plural present after two common nouns,
	// the last singular and no body's or people's, as their compound's
	// head noun.
	RuleCompoundHead = "compound-head" // TV talent show Harlow Nights is back (no claim)
	// RuleAnaphoricContent drops a content of what was said or thought
	// that is only a demonstrative and a noun.
	RuleAnaphoricContent = "anaphoric-content" // Acme echoed this sentiment (no claim)
	// RuleExistentialParticiple drops a past participle after the noun
	// phrase that "there" and "be" bring in: a reduced relative clause.
	RuleExistentialParticiple = "existential-participle" // There were new rules announced which meant A (no claim)
	// RuleRelativeGap starts a content that lacks its subject at the
	// relative pronoun whose clause the attribution sits in.
	RuleRelativeGap = "relative-gap" // the rumours which he said had been spread (which he said had been spread)
	// RuleAccordingTitle starts the content of an opening "according to"
	// a work past the work's title set off by commas.
	RuleAccordingTitle = "according-title" // According to a new book, Harlow Days, Ann Lee broke her pledge (Ann Lee broke her pledge)
	// RuleSerialItem reads ", and" before a bare verb or a gerund as
	// joining the last item of a list, not a clause.
	RuleSerialItem = "serial-item" // X attacked Y for wanting to close A, raise B, and "give C" (all three)
	// RuleWhatNamed reads only the complement after a naming verb whose
	// object "what" or "which" fronts.
	RuleWhatNamed      = "what-named"      // what Bo Ek called an "ecosystem", like A and B (an "ecosystem")
	RuleAppositiveBody = "appositive-body" // The leading plaintiff, the University of Harlow, announced the news (no "[the news]")
	// RuleDescriptionAside ends the words before a final attribution
	// at the quotation that a description of the person named after it
	// follows.
	RuleDescriptionAside = "description-aside" // “A,” one of their lawyers, Bo Ek, said. (content A)
	// RulePossessedSpeaker takes the person a body's possessive names
	// after an inverted verb for the speaker.
	RulePossessedSpeaker = "possessed-speaker" // ..., said NBC's Ann Lee.
	// RulePossessivePostName takes the person named after a comma that
	// ends a post's nouns after a possessive, after an inverted verb.
	RulePossessivePostName = "possessive-post-name" // ..., said its chairman, Bo Ek; ..., said the firm's chief, Ann Lee.
	// RulePostBeforeName takes the person named after a comma and the
	// capitalised words of a post (a body's name may open them) that end
	// an inverted verb's noun phrase: the person, not the body.
	RulePostBeforeName = "post-before-name" // ..., said the committee chairman, Norland Party MP Bo Ek.
	RuleRelativeCue    = "relative-cue"     // X said A, which Y thought B; X said A -- who cited B; X said A but has said B
	// RuleAccordingMidClause reads the clause after "according to X"
	// when only an adverbial or a conjunction comes before it.
	RuleAccordingMidClause = "according-mid-clause" // But, according to X, A; Since May, according to X, A
	// RuleIntro reads the quotation after the verb when the words
	// before the subject introduce it.
	RuleIntro = "intro" // As the bell rang, X said, “...”
	// RulePPSubject takes a subject's prepositional phrase and number
	// into it, so that the words before it are what was said.
	RulePPSubject = "pp-subject" // “...,” Mr X of the Y club said; ..., one Ostmark official said
	// RuleWhClause reads an indirect question as a reported clause.
	RuleWhClause = "wh-clause" // X explained why ...; X did not know what ...
	// RuleHeadlineVerbS reads a capitalised word in -s after a name in
	// a headline as its verb, when the lexicon has its stem as a verb.
	RuleHeadlineVerbS = "headline-verb-s" // Poll: Ann Lee Leads Bo Ek; Bo Ek: Ann Lee Ties Harlow to Debt
	// RuleSaidOf reads what was said after "said of X", which names
	// what the words are about.
	RuleSaidOf = "said-of" // X said of Y: “...”; X said of Y that ...
	// RuleQuantityCue ends a content where a share of people that
	// reports opens a clause after "and", "but" or a semicolon.
	RuleQuantityCue = "quantity-cue" // half said A, and 4 in 10 said B; most said A; 26 percent of voters say B
	// RuleSemicolonBefore starts the words before a final attribution
	// after the last semicolon.
	RuleSemicolonBefore = "semicolon-before" // A; B, X said.
	// RuleNamingName reads a name for the whole object of a verb of
	// naming when "the" and a noun follow it.
	RuleNamingName = "naming-name" // X called Y the “ultimate hypocrite”
	// RuleAccordingNamed takes a short noun phrase with a name in it
	// after "according to" for the source, as written.
	RuleAccordingNamed = "according-named" // ..., according to his Facebook profile; ..., according to a fact sheet Acme released
	// RuleEvidenceModifier takes a noun of evidence that a date,
	// "out", "there" or a name after "from" follows for the subject of
	// a verb of showing, and for the record of in-evidence ("In a poll
	// from X, ..."), as it takes a name a noun of evidence ends ("In a
	// national Acme/Harlow University Poll, ...").
	RuleEvidenceModifier = "evidence-modifier" // a poll out Monday showed X ahead; polls there show X ahead
	// RuleNarrativeClause ends a content at a clause after ", and" or
	// ", but" whose pronoun subject acts in the past.
	RuleNarrativeClause = "narrative-clause" // X said A, and he railed against B
	// RuleSecondSpeaker ends a content, once it has a verb of its own,
	// where "and", "but" or "while" joins a clause whose subject, a
	// noun phrase or a name with a noun after it, reports in the present
	// or the past: what the second subject says is its own claim.
	// RuleStanceEnd ends the side a speaker took with its object: before
	// a subordinator's clause or a relative clause after a comma.
	RuleStanceEnd     = "stance-end"     // X praised Y after Z won; X backed Y, who was given the post
	RuleSecondSpeaker = "second-speaker" // X says A, while Ostmark officials say B; X says A and the Greens claim B
	// RuleToldObject reads the object of "tell" that names no one as
	// what was told.
	RuleToldObject = "told-object" // X told a joke about Y; X told the story of Y
	// RuleQuantitySubject takes a quantity before the verb for its
	// subject, not an adjunct, and a sentence's capitalised first noun
	// for a common noun.
	RuleQuantitySubject = "quantity-subject" // 73 percent said ...; One study found ...; Video shows that ...
	// RuleRelativeSubject takes the phrase a relative pronoun stands for
	// as the subject of the verb after it.
	RuleRelativeSubject = "relative-subject" // X, who supports Y, ...; a group that endorsed Y
	// RuleParticipleKinds reads a participle after a comma of any kind
	// of reporting verb, not only of saying, with the main subject.
	RuleParticipleKinds = "participle-kinds" // X resigned, citing Y; X spoke, backing Y; X left, hoping to return
	// RuleQuoteSentences lets the quotation before "X said." open
	// sentences before the one that ends it, when no claim holds it.
	RuleQuoteSentences = "quote-sentences" // “A. B?” X said.
	// RuleEvidenceParticiple takes a noun of evidence that a past
	// participle's phrase follows for the subject of a verb of showing,
	// and for the record of in-evidence ("In a poll released Monday,
	// ...").
	RuleEvidenceParticiple = "evidence-participle" // new polls released Sunday showed X ahead
	// RuleNamingPP reads past prepositional phrases and a date after
	// the object of a verb of naming, to its complement.
	RuleNamingPP = "naming-pp" // X called her vote in favour of the port a mistake
	// RuleFinalDate reads past a date after the verb of a final or
	// parenthetical attribution.
	RuleFinalDate = "final-date" // ..., X said Friday.
	// RuleFinalAdjunct reads past a prepositional phrase after the verb
	// of a final attribution.
	RuleFinalAdjunct = "final-adjunct" // ..., X said at a rally in Harlow.; “...,” X said to the crowd.
	// RuleColonAdverbial reads past an adverbial between the verb and a
	// colon before what was said.
	RuleColonAdverbial = "colon-adverbial" // X said in a statement: “...”
	// RuleWordAttack reads "attack" as taking a side in words between
	// named people or bodies.
	RuleWordAttack = "word-attack" // X attacked Y
	// RuleWordDefend reads "defend" as taking a side in words when a
	// person defends something that is no place.
	RuleWordDefend = "word-defend" // X defended her record; X defended Y
	// RuleIntentNoun reads a possessed noun of intention before a
	// to-infinitive as the noun-cue construction reads a statement's.
	RuleIntentNoun = "intent-noun" // X's plan to ...; his promise to ...
	// RuleAsIntro reads a clause of "as" with a reporting verb before
	// what was said.
	RuleAsIntro = "as-intro" // As X reported, A; As reported by X, A
	// RuleAsAfterConjunction reads such a clause of "as" after a
	// conjunction or an adverb that opens the sentence.
	RuleAsAfterConjunction = "as-after-conjunction" // Yet, as X observed, A; But as X noted, A
	// RuleShownByDeed reads no claim in such a clause of "as" whose verb
	// is "show" or "demonstrate" and a name its subject.
	RuleShownByDeed = "shown-by-deed" // As Acme has shown, there is money in search (no claim)
	// RuleGerundObject reads a gerund's clause as the object of a verb
	// of saying or belief.
	RuleGerundObject = "gerund-object" // X reported raising $9 million; X recalled meeting Y
	// RuleNextQuote reads a quotation that opens the next sentence after
	// a verb that a colon ends the sentence with.
	RuleNextQuote = "next-quote" // X said: ¶ “...”
	// RuleQuoteGoesOn runs a claim whose content is a quotation on to
	// the quotations that open the sentences after it with nothing else
	// in them: one quote over several sentences is one claim.
	RuleQuoteGoesOn = "quote-goes-on" // “A,” X said. “B.”; X said: “A. “B.”
	// RuleWorkNarration drops a creative work's noun-phrase object: what
	// it depicts, not words it says.
	RuleWorkNarration = "work-narration" // The film tells the story of A (no claim)
	// RuleNoOneHolds drops a claim whose subject is a negative
	// quantifier: no one holds it.
	RuleNoOneHolds = "no-one-holds" // Nobody is suggesting that A; No one knows whether A (no claim)
	// RuleNotYetSaid drops a claim whose verb has not happened yet.
	RuleNotYetSaid = "not-yet-said" // X has yet to announce A; X has not yet said A (no claim)
	// RuleUnknowing drops the content of a negated "know".
	RuleUnknowing = "unknowing" // X didn't know that A (no claim)
	// RuleBackedThing keeps a made thing or a firm "backed by" someone
	// from being a side taken.
	RuleBackedThing = "backed-thing" // a song backed by a choir; a firm backed by X (no claim)
	// RulePersonObject drops a belief verb's object that is a person's
	// name.
	RulePersonObject = "person-object" // Police apprehended Bo Ek at his hotel (no claim)
	// RuleHopedContest drops a hope to win or to play.
	RuleHopedContest = "hoped-contest" // Both clubs are hoping to win the shield (no claim)
	// RuleBracketEnd runs a content that ends inside a bracket past it.
	RuleBracketEnd = "bracket-end" // X announced 5bn euros ($6bn; £4bn) of purchases
	// RuleHeadlineCredit ends a headline's content before a bracket of
	// capitalised words that closes the headline: the feed's credit.
	RuleHeadlineCredit = "headline-credit" // Ann Lee: Norland Can Do More (AP)
	// RuleQuoteEnd ends a content that opens a quotation at its close
	// when a conjunction follows.
	RuleQuoteEnd = "quote-end" // X declared "A" and B is likely (content A)
	// RuleNounPlural reads a plural tagged a present tense in an
	// addressee as a noun when WordNet has it as no verb.
	RuleNounPlural = "noun-plural" // X told Acme members the plan would fail (content: the plan would fail)
	// RuleToldNameSubject ends the addressee of "told" at its name when
	// common nouns after it are the reported clause's subject.
	RuleToldNameSubject = "told-name-subject" // X told Acme progress had been made (content: progress had been made)
	// RuleAdverbRun reads only adverbs between a verb and "that" as an
	// adverbial before the content.
	RuleAdverbRun = "adverb-run" // X said all along that A (content: A)
	// RuleNounThat reads "that" after a common noun in a refusal to
	// speak as the noun's clause: nothing is said.
	RuleNounThat = "noun-that" // Bo Ek refused to discuss reports that A (no claim)
	// RuleWorkObject drops a side taken, a mention, a description or a
	// communication whose object is a creative work.
	RuleWorkObject = "work-object" // Ann Lee praised Norlandic films; Bo Ek cited the film Harlow as an influence (no claim)
	// RuleDeniedQuestion drops a denial of questions: a question asserts
	// nothing.
	RuleDeniedQuestion = "denied-question" // The minister dismissed questions about the report (no claim)
	// RuleBareMessage drops a communication or a mention of a
	// statement's noun alone: no words are reported.
	RuleBareMessage = "bare-message" // Ann Lee echoed the message (no claim)
	// RuleDecidedAct drops an intent whose verb is "decide": a choice
	// acted on, not words.
	RuleDecidedAct = "decided-act" // Bo Ek decided to close the port (no claim)
	// RuleSmallClauseEnd ends a content with no verb, an object and its
	// complement, at a conjunction that a clause of the writer's
	// follows.
	RuleSmallClauseEnd = "small-clause-end" // X declared 417 the code and 2009 is likely to bring ships (content: 417 the code)
	// RuleAuxAdjunct reads a short prepositional phrase between an
	// auxiliary and the verb as an adjunct, past which the subject
	// stands, not as the subject itself.
	RuleAuxAdjunct = "aux-adjunct" // Norland has in the past said ... (speaker: Norland)
	// RulePseudoCleft starts the content of a verb in a clause that
	// "what" opens after the form of "be" that follows it.
	RulePseudoCleft = "pseudo-cleft" // What Ann Lee said was that ... (content after "was that")
	// RuleReceivedNews drops a claim of hearing or learning.
	RuleReceivedNews = "received-news" // Ann Lee learned she had been dropped (no claim)
	// RuleNamedWorkNarration drops a named creative work's telling of a
	// work's noun.
	RuleNamedWorkNarration = "named-work-narration" // Velden Nights tells the story of A (no claim)
	// RuleAddedNumber reads "add" before a bare number as the verb of
	// sums and scores, not of speech.
	RuleAddedNumber = "added-number" // X added 13 (points); the index added 2 percent (no claim)
	// RuleComparativeAdverb reads past a comparative adverb between a
	// subject and its verb.
	RuleComparativeAdverb = "comparative-adverb" // X earlier denied A (X speaks)
	// RuleOpeningPlural reads the plural of a kind of person that opens
	// the sentence, capitalised as its first word, as an unnamed speaker.
	RuleOpeningPlural = "opening-plural" // Judges said A ([Judges])
	// RuleTicker reads past a stock symbol between a company's name and
	// its verb.
	RuleTicker = "ticker" // Acme Co. ACM.N said A (Acme Co.)
	// RuleBracketSpeaker reads past a bracket after an inverted
	// verb's speaker, before the clause ends.
	// RuleSectionLabel reads a name that a colon and a dash glued to
	// it end, opening a sentence, as the item's section label: no
	// speaker, and no words of the claim after it.
	RuleSectionLabel = "section-label" // Norland News:- A, says the firm. (no claim of Norland News; content A)
	// RuleOfficeNoun reads a noun of office the tagger took for an
	// adjective, before a finite verb, as the subject's head.
	RuleOfficeNoun = "office-noun" // The premier insisted A ([The premier])
	// RuleTitleBody reads a post the typer took for a body's name as an
	// unnamed person.
	RuleTitleBody = "title-body" // The outgoing Norland Commissioner said A ([The outgoing Norland Commissioner])
	// RuleHeDescription reads "he" or "she" right after the claim of a
	// definite description of a person that named no one as that
	// description.
	RuleHeDescription = "he-description" // Bo Ek spoke. The prime minister said A. He added B ([The prime minister])
	// RuleDemonymPeople reads a place's demonym alone after an
	// inverted verb as the place's people, unnamed.
	RuleDemonymPeople = "demonym-people" // It is over, say Norlandic ([Norlandic])
	// RuleSourceOutlet gives an unnamed statement's source the news
	// outlet its words name as the claim's outlet.
	RuleSourceOutlet = "source-outlet" // A, a Tarvik News story says ([a Tarvik News story], outlet Tarvik News)
	// RuleThingBeforePlace reads a thing in a named place, the
	// subject, as an unnamed speaker, not the place.
	RuleThingBeforePlace = "thing-before-place" // The marquee at the Harlow Palace proclaimed A ([The marquee])
	// RulePlaceModifier reads past a place's name that modifies an
	// unnamed subject's noun, for "it" after it.
	RulePlaceModifier = "place-modifier" // The Norland bankruptcy court approved A. It said B ([The Norland bankruptcy court])
	// RuleRelativeHead takes the noun before a restrictive relative
	// clause that ends right before the verb for the subject's head, and
	// keeps the clause in an unnamed source's words.
	RuleRelativeHead = "relative-head" // The man who is in charge said A ([The man who is in charge])
	// RulePhraseBoundary ends an unnamed source's noun phrase at a
	// determiner or a quantifier that opens it, and after the object of
	// a preposition that opens the clause.
	RulePhraseBoundary = "phrase-boundary" // In recent years governments have said A ([governments]); by the plan many analysts said B ([many analysts])
	// RuleVotedAct drops a rejection of a law or a ballot, or one a vote
	// counts: a vote or a decision, not words.
	RuleVotedAct = "voted-act" // MPs rejected the bill by 300 votes; voters rejected the plan in a referendum (no claim)
	// RuleUnsaidGerund drops a gerund that "without" governs, or that
	// "not" negates with no auxiliary before it: an act done without words.
	RuleUnsaidGerund = "unsaid-gerund" // The firms paid $50m without admitting any guilt (no claim)
	// RuleReducedRelative drops a past participle right after a common
	// noun that is a verb's or a preposition's object: a reduced
	// relative clause, not the noun's words.
	RuleReducedRelative = "reduced-relative" // $3bn in contracts announced late last year (no claim)
	// RuleEntitledClaim drops "claim" with a noun phrase object after a
	// modal of ability or "entitled to": a right to what is due.
	RuleEntitledClaim = "entitled-claim" // Investors can claim their share of the fund (no claim)
	// RuleDashRelative reads past a relative clause set off by dashes
	// between a name and its verb.
	RuleDashRelative = "dash-relative" // Bo Ek - who was convicted in 1990 - said A (Bo Ek)
	// RuleDescribedSpeaker makes the body or place that speaks for a
	// described subject what "it" refers to next.
	RuleDescribedSpeaker = "described-speaker" // The Norland government denied A. It said B (Norland)
	RuleBracketSpeaker   = "bracket-speaker"   // A, said the Norland Port Authority (NPA). (the authority)
	// RuleSpeakingBody makes the body that speaks for a sentence's
	// unnamed subject what "it" refers to next.
	RuleSpeakingBody = "speaking-body" // The figures collected by Acme showed A. B, it said. (Acme)
	// RuleRelativeAfterComma drops a content that opens with a relative
	// pronoun after a comma: a description of the noun before it.
	RuleRelativeAfterComma = "relative-after-comma" // X heard from Y, who was a minister (no claim)
	// RulePluralSubject reads "they" as the unnamed people that were
	// the subject of the sentence before, when no one spoke in it.
	RulePluralSubject = "plural-subject" // Officials arrested X. They said A ([Officials])
	// RuleHeardFrom reads a person after "from" right after a verb or a
	// noun of something said as named in the sentence, whom "he" may be
	// next.
	RuleHeardFrom = "heard-from" // The court heard from Bo Ek. He denied A (Bo Ek)
	// RuleSpokesChain lets "he" or "she" that was a body's unnamed
	// spokesperson stay so in the sentences after, while no named
	// person comes between.
	RuleSpokesChain = "spokes-chain" // An Acme spokeswoman said A. She said B. C, she said. (all Acme's)
	// RuleResumedQuote reads a quotation that its attribution
	// interrupts, and that a comma after the verb opens again, as one
	// claim.
	RuleResumedQuote = "resumed-quote" // “A,” she said, “B.” (one claim, A to B)
	// RuleDateThenSubject ends the adverbial after a verb of saying at
	// its date when words follow the date before a comma: they open the
	// content.
	RuleDateThenSubject = "date-then-subject" // X said on Thursday its unit, or arm, grew (its unit, or arm, grew)
	// RuleInitials reads a word of capitals no mention covers as the one
	// organisation whose name's capitalised words they begin.
	RuleInitials = "initials" // Vell Tarvik Bank ... VTB said A (Vell Tarvik Bank)
	// RuleShownThing drops "show" with a noun phrase object when no
	// record shows it: a display, not a finding.
	RuleShownThing = "shown-thing" // Acme is showing two new cars (no claim)
	// RuleMuteSpeaker drops a claim of a verb read with its object or
	// after another verb whose subject cannot put words: a thing, an act,
	// an event, a place that is no polity.
	RuleMuteSpeaker = "mute-speaker" // The restoration revealed some items (no claim)
	// RuleRefusedWords drops an intent whose content is a verb of
	// saying with no clause: a refusal to speak says nothing.
	RuleRefusedWords = "refused-words" // Acme declined to comment on the reports (no claim)
	// RuleOmission drops a verb of saying that tells of words not
	// said: after "failed to", negated, or in "neither ... nor".
	RuleOmission = "omission" // Acme failed to tell investors that A; Acme did not reveal A (no claim)
	// RuleFragment drops a content of a few words with no verb that
	// opens with an adverbial or is only a pronoun.
	// RuleRefusedWhether drops a refusal to say whether, if or what:
	// nothing is said.
	RuleRefusedWhether = "refused-whether" // Bo Ek refused to say whether he would stay (no claim)
	RuleFragment       = "fragment"        // In fact, Ann Lee said; Bo Ek knows this (no claim)
	// RuleThingObject drops a verb of saying or communicating whose
	// noun phrase object is a thing or a person with nothing said
	// after it: a thing is made or caught, a person addressed.
	RuleThingObject = "thing-object" // Bo Ek contracted flu; Ann Lee answered her critics (no claim)
	// RuleDoneThing drops a verb of communicating, of taking a side or
	// of belief, not of saying, whose object is only a noun phrase
	// naming an event, a contest's title, a made good, an envoy, a span
	// of time or a firm's shares, or a verb of agreeing with a noun
	// phrase object: an act done, no words.
	// RuleSideTo reads no side in a noun that is its verb's own form
	// before "to": another noun, not the verb's act.
	RuleSideTo = "side-to" // with his back to goal (no claim); her opposition to the plan
	// RuleRelativeRole drops a verb with a noun phrase object in the
	// present right after "which" or "that": what a body or a thing
	// does, the writer's description.
	RuleRelativeRole = "relative-role" // the Vell Trust, which promotes renewable energy (no claim)
	RuleDoneThing    = "done-thing"    // Harlow headline the festival; Acme recalled 400 cars; Ann Lee agreed a fee (no claim)
	// RuleWonObject drops a verb of saying that also lays claim to or
	// gives up what is won, whose object is only a noun phrase naming
	// a thing won in a contest: a victory, a title, a place, a record.
	RuleWonObject = "won-object" // Norland claimed victory; Bo Ek claims top spot; Harlow conceded two goals (no claim)
	// RuleAgreedAccord lets done-thing drop a verb of agreeing whose
	// object is a deal with an infinitive after it.
	RuleAgreedAccord = "agreed-accord" // Vellmar and Acme agreed a pact to run the ferries (no claim)
	// RuleAdjectiveObject drops a verb of saying whose object is an
	// adjective alone: a plea entered.
	RuleAdjectiveObject = "adjective-object" // Cy Ro pleaded innocent to both counts (no claim)
	// RuleFutureStance drops a side taken after "will": an act to come.
	RuleFutureStance = "future-stance" // At trade fairs Ann Lee will back the Vell brand (no claim)
	// RuleAbleDemand drops a demand after "able to" or a modal of
	// ability: what someone may ask for.
	RuleAbleDemand = "able-demand" // Club members will be able to request seats (no claim)
	// RuleObligedVerb drops a claim whose verb follows "should", "must"
	// or "ought to": what someone ought to say.
	RuleObligedVerb = "obliged-verb" // Norland should spell out why fares rose (no claim)
	// RuleQuestionIntent drops an intention in a clause opened by "how",
	// "whether" or "if": one asked after.
	RuleQuestionIntent = "question-intent" // the row hinges on how Vell intends to fund the bridge (no claim)
	// RuleAttributiveVerb drops a verb inside a noun phrase, after a
	// determiner or a possessive: a thing described.
	RuleAttributiveVerb = "attributive-verb" // his much touted bid for the club (no claim)
	// RuleNoObject drops a verb whose object opens with "no": words not
	// said.
	RuleNoObject = "no-object" // Acme has announced no plans to sell (no claim)
	// RuleNounPlans drops an intention whose verb is a noun after a
	// bare noun and a preposition.
	RuleNounPlans = "noun-plans" // anglers marched against council plans to dredge the bay (no claim)
	// RulePerfectTail reads a closing attribution in the present
	// perfect as the attribution-tail rule reads one in the past.
	RulePerfectTail = "perfect-tail" // Acme plans to sell the port, analysts have warned
	// RuleVowedSide keeps an intention to take a side, which
	// refused-words would read as words withheld.
	RuleVowedSide = "vowed-side" // Ann Lee vowed to defend the law
	// RuleUnclosedAppositive reads a person's name before an appositive
	// of a post that no comma closes before the verb as the speaker.
	RuleUnclosedAppositive = "unclosed-appositive" // ..., Bo Ek, director of Vell's ferry arm told the council
	// RuleAndNarration ends a content said in the past at "and" before
	// a subject and a verb in the simple past: the narrative goes on.
	RuleAndNarration = "and-narration" // Cy Ro said the ferry was too slow and the council bought a faster one
	// RuleDemonstrativeObject drops an inverted claim whose speaker is a
	// demonstrative's noun phrase that can put no words: the object.
	RuleDemonstrativeObject = "demonstrative-object" // Bo Ek, flanked by two aides, underlined this point (no claim)
	// RuleHeadlineInfinitive reads a title-case headline's capitalised
	// word after its verb and "to" as the infinitive.
	RuleHeadlineInfinitive = "headline-infinitive" // Bo Ek Promises to Shield Ferry Fares
	// RuleDeedMeans drops a verb of saying with a noun phrase object
	// that a deed makes known: "by" and a verb in -ing that reports no
	// words, or "with" and a thing won.
	RuleDeedMeans = "deed-means" // Bo Ek announced his arrival with a goal; Ann Lee underlined her form by beating Bo Ek (no claim)
	// RuleRivalObject drops a verb of saying that is also one of
	// disputing whose noun phrase object is contended for with rivals:
	// a thing won, a contest's stage, an election, or "with" a person.
	RuleRivalObject = "rival-object" // Ann Lee will contest the seat; Bo Ek will contest the shirt with Ann Lee (no claim)
	// RulePledgedThing drops a verb of saying that is also one of
	// promising whose object, opened by a possessive, is given "to"
	// someone: a thing handed over, not words.
	RulePledgedThing = "pledged-thing" // Bo Ek pledged his future to Acme (no claim)
	// RuleReducedPassive reads no content after a participle of a
	// verb of saying right after a common noun with "by" and an agent:
	// a reduced relative clause, whose noun is what was said.
	RuleReducedPassive = "reduced-passive" // Ideas suggested by experts include new roads (no claim)
	// RuleDeniedThing drops a verb of denying with two objects, the
	// one kept from something and what is withheld: no words denied.
	RuleDeniedThing = "denied-thing" // a decision that denied her team a deserved win (no claim)
	// RuleTimeSource leaves a claim unnamed whose speaker's words end in
	// a noun of a span of time.
	RuleTimeSource = "time-source" // grew at the weekend with claims a note suggested A (-, not [the weekend])
	// RuleAgreedWith drops a verb of agreeing whose content is only the
	// one agreed with: a name or a noun phrase, no proposition.
	RuleAgreedWith = "agreed-with" // I agree with Bo Ek; Ann Lee agreed with Mr Ek's views (no claim)
	// RuleReaderFirstPerson gives a first-person view outside a
	// quotation with no speaker the person who signs its paragraph on
	// the line after it, and drops it when no one signs.
	RuleReaderFirstPerson = "reader-first-person" // I think A. ¶ Ann Lee, Harlow (Ann Lee); I think A. (no claim)
	// RuleCommentRunOn ends a content in readers' comments (after a
	// section break) at a semicolon or at "but" opening a clause.
	RuleCommentRunOn = "comment-run-on" // Ann Lee says A; B (A)
	// RuleNamedNoun drops a naming verb's participle after a noun, which
	// gives the noun's name: no one's judgement.
	// RuleNarrationParticiple ends a content read after its verb at a
	// comma before a participle that reports no words.
	RuleNarrationParticiple = "narration-participle" // Acme said sales rose, sending its shares up (sales rose)
	// RuleRelativeFinal drops a final attribution whose verb follows a
	// relative pronoun: a relative clause, not an attribution.
	RuleRelativeFinal = "relative-final" // The phone has a sensor, a chip that responds to touch (no claim)
	// RulePassiveAside drops a verb of saying that a comma and "by"
	// enclose: a passive participle's aside, not its subject's words.
	RulePassiveAside = "passive-aside" // The figure, announced by the ministry on Friday, topped forecasts (no claim)
	// RuleDateline starts a content past the dateline that opens it.
	RuleDateline  = "dateline"   // HARLOW (AP) - Ann Lee won, officials said (Ann Lee won)
	RuleNamedNoun = "named-noun" // a chip called the Z module; a group calling itself the Velden Army (no claim)
	// RuleBareSurname reads a capitalised word no mention covers before
	// a reporting verb as the one person whose name ends with it.
	RuleBareSurname = "bare-surname" // Ann Lee ... Lee said A (Ann Lee)
	// RuleTitledSpeaker gives a definite description that speaks ("the
	// minister said") to the one person named before whose job title
	// it is.
	RuleTitledSpeaker = "titled-speaker" // Finance minister Ann Lee ... The minister said A (Ann Lee)
	// RulePossessiveFinal reads a possessive determiner before a final
	// attribution's noun as the start of its subject.
	RulePossessiveFinal = "possessive-final" // A, his report said. (the report's, unnamed)
	// RuleReflexiveSubject reads the subject before a reflexive pronoun
	// that stresses it.
	RuleReflexiveSubject = "reflexive-subject" // Bo Ek himself has said A (Bo Ek); Acme itself has warned A (Acme)
	// RulePostAfterName reads a post after a name and a comma as the
	// subject's apposition: the person speaks.
	RulePostAfterName = "post-after-name" // "A," Bo Ek, Acme's chief executive said (Bo Ek)
	// RulePlacedPerson reads a subject whose last name is a place that
	// puts a person somewhere as that person.
	RulePlacedPerson = "placed-person" // Bo Ek at Tarvik on Velden said A (Bo Ek)
	// RulePostOf reads "Ann Lee, chief executive of Acme, said" as the
	// person's words, as "at" and "for" are read, and "Ann Lee of Acme
	// said", "Bo Ek from Norland said", "Bo Ek in Harlow said" too, and a
	// post after a comma whatever its head ("Ann Lee, head of policy at
	// Acme said", "Bo Ek, executive partner of Acme said").
	RulePostOf = "post-of" // Ann Lee, chief executive of Acme said A (Ann Lee)
	// RuleCoordinatedSpeakers reads names coordinated as a subject as
	// several speakers, each with the claim.
	RuleCoordinatedSpeakers = "coordinated-speakers" // Acme and Vell Power said A (both)
	// RuleParticipleAside reads an aside that a compound participle or
	// an adverb and a participle opens as the noun's before it.
	RuleParticipleAside = "participle-aside" // The firm, majority-owned by Acme, said A (the firm)
	// RuleAdverbNoun reads a word the tagger took for an adverb, which
	// the lexicon knows as a noun and no adverb, as the head of an
	// unnamed speaker's words.
	RuleAdverbNoun = "adverb-noun" // Ann Lee's closest ally denied A ([Ann Lee's closest ally])
	// RuleSalutation drops a greeting or a leave-taking said: the idiom
	// greets or takes leave.
	RuleSalutation = "salutation" // X said farewell to the club (no claim)
	// RuleSaysItAll drops "it all" as what a verb of saying takes, the
	// idiom of a verdict.
	RuleSaysItAll = "says-it-all" // The score says it all: A (no claim)
	// RuleRelativeSeeming drops a verb of seeming in a relative clause:
	// the writer's description of a noun, not a judgement of a clause.
	RuleRelativeSeeming = "relative-seeming" // Ann Lee, who seems to be the favourite, ... (no claim)
	// RuleSeemingNarration drops a verb of seeming in a main clause
	// that no one is named with: the writer's judgement, narration.
	RuleSeemingNarration = "seeming-narration" // The economy appears to have slowed (no claim)
	// RuleAskedNoClaim drops a question put by someone the text does
	// not name: no one asserts it, and the one asked answers it.
	RuleAskedNoClaim = "asked-no-claim" // When asked whether the port would close, Ann Lee laughed (no claim)
	// RuleNegatedSide reads a negated verb of taking a side, of
	// mentioning, of intention or of belief as its positive is read.
	RuleNegatedSide = "negated-side" // X has not endorsed Y; X does not plan to run
	// RuleAdverbPresent takes a base form after a plural subject and
	// adverbs for the present tense the tagger missed.
	RuleAdverbPresent = "adverb-present" // Voters strongly oppose the ban
	// RuleEvidenceGerund reads a noun of evidence that a gerund of
	// saying or belief follows as its subject.
	RuleEvidenceGerund = "evidence-gerund" // polls showing X well behind
	// RuleIntentDemand reads a verb of intention that is also one of
	// demanding, with a noun phrase object, as a demand.
	RuleIntentDemand = "intent-demand" // X proposed a tax on trading
	// RuleRegardAs reads a verb of regarding with an object and "as"
	// as described-as reads a verb of saying.
	RuleRegardAs = "regard-as" // voters see X as the stronger candidate
	// RuleRegardAsPhrase finds the "as" of regard-as past a pronoun,
	// prepositional phrases or a participle's phrase after the object.
	RuleRegardAsPhrase = "regard-as-phrase" // voters see him as a threat; X sees violence against Y as a problem
	// RuleStanceModifier reads a participle of taking a side right
	// after a noun as the noun's side.
	RuleStanceModifier = "stance-modifier" // a group backing X; voters supporting Y
	// RuleIntentionNoun reads a verb of intention in -s that the tagger
	// took for a plural noun, before a to-infinitive, as a verb.
	RuleIntentionNoun = "intention-noun" // the candidate plans to return; X, who ..., wants to stay
	// RuleStancePassive reads a passive of taking a side and its agent
	// after "by" as the agent's side.
	RuleStancePassive = "stance-passive" // X was endorsed by Y; a measure opposed by unions
	// RuleAttitudeAbout reads "be", an adjective and "about" as the
	// attitude construction reads a clause after "that": what the view
	// or feeling is about.
	RuleAttitudeAbout = "attitude-about" // X is worried about losing the port; X was optimistic about raising Y
	// RuleAttitudeThing drops an attitude about a noun phrase: a feeling
	// about a thing holds no proposition.
	RuleAttitudeThing = "attitude-thing" // Acme remained optimistic about its outlook (no claim)
	// RuleInFavorOf reads "in favor of" after a verb or "be" as a side
	// its subject takes.
	RuleInFavorOf = "in-favor-of" // X voted in favor of the bill; X is in favor of Y
	// RuleDerivedNoun reads a possessed noun derived from a verb of
	// intention or of taking a side as the verb.
	RuleDerivedNoun = "derived-noun" // X's decision to ...; his support for Y; her criticism of Y
	// RuleStanceGerund reads a gerund's clause as the object of a verb
	// of taking a side.
	RuleStanceGerund = "stance-gerund" // X supports raising taxes; X opposed defunding Y
	// RulePhrasal reads a verb and its particle that the lexicon holds
	// as a verb of saying as the verb alone is read.
	RulePhrasal = "phrasal" // X pointed out that ...; X spoke out against Y; X spelled out the plan
	// RuleTopicGerund reads a gerund's clause as what a verb of
	// discussion is about.
	RuleTopicGerund = "topic-gerund" // X talked about embedding troops; X spoke about raising taxes
	// RuleCapitalPlural reads a plural common noun written with capitals,
	// which the tagger took for a name, as an unnamed speaker.
	RuleCapitalPlural = "capital-plural" // ..., said the GPs
	// RuleGroupOfAcronyms reads an acronym's plural after a common noun
	// and "of" as a capital-plural: whom the group is made of.
	RuleGroupOfAcronyms = "group-of-acronyms" // A, a committee of MPs has said ([a committee of MPs])
	// RulePersonNamed makes the person a sentence names, when no person
	// is its subject, the one a later "he" or "she" refers to.
	RulePersonNamed = "person-named" // The plan was welcomed by Ann Lee. “...,” she said.
	// RuleDescribedInView reads "the <person noun>" as the person last
	// in subject position up to three sentences back when no other
	// person is named since, and "the 30-year-old" as a person noun.
	RuleDescribedInView = "described-in-view" // Ann Lee won. The crowd cheered. “...,” said the 30-year-old.
	// RuleIndefiniteBody reads a body that an indefinite article and a
	// name open as one of the name's bodies, unnamed, not the name.
	RuleIndefiniteBody = "indefinite-body" // A Tarvik court agreed that A ([A Tarvik court])
	// RuleMainSubject takes the sentence's subject from its main clause:
	// after an opening "according to" phrase or subordinate clause, and
	// not a name in a prepositional phrase past adjectives.
	RuleMainSubject = "main-subject" // When Ann Lee retired, Bo Ek paid tribute, saying ...
	// RuleMandative reads no claim of a subjunctive's subject in a
	// clause a verb of demanding opens.
	RuleMandative = "mandative" // Acme demanded that Ann Lee explain the cost
	// RuleDescribedName keeps a name the tagger missed after the noun
	// that describes it as an unnamed speaker's words.
	RuleDescribedName = "described-name" // Campaign group Vell 2000 said ...
	// RuleAbilityIntent reads no intent after a modal of ability or
	// possibility.
	RuleAbilityIntent = "ability-intent" // Lenders may seek to recover their loans
	// RuleConditional reads no claim in a clause of condition.
	RuleConditional = "conditional" // If Ann Lee says yes, the port will open
	// RuleModifiedSource keeps an unnamed subject with the participle's
	// phrase after its head as the speaker's words.
	RuleModifiedSource = "modified-source" // 12% of voters aged between 20 and 30 said ...
	// RuleCopular reads no claim of a verb that links its subject to an
	// adjective.
	RuleCopular = "copular" // The sale may not prove so easy
	// RuleObjectPredicate ends a noun phrase object's content where a
	// second predicate of the subject is joined.
	RuleObjectPredicate = "object-predicate" // X voiced doubts and has written to the board
	// RuleObjectClause ends a noun phrase object's content where a clause
	// of the narrative's opens: a subject and its verb after a comma or
	// a conjunction, or a participle after a comma.
	RuleObjectClause = "object-clause" // X announced plans and the Tories would extend ...
	// RuleDeniedObject ends a denial's or an accusation's noun phrase
	// object where a second predicate or a clause of the narrative's
	// opens, as RuleObjectPredicate and RuleObjectClause end a speech
	// verb's.
	RuleDeniedObject = "denied-object" // X denied the charges and the jury left
	// RuleCommObject ends a verb of communicating's noun phrase object
	// with its clause, as RuleDeniedObject does a denial's.
	RuleCommObject = "comm-object" // X outlined plans and Y gave details
	// RuleOpeningClause ends the words of a clause that opens the
	// sentence with a subordinator at the comma before the main clause.
	RuleOpeningClause = "opening-clause" // As X announced the date, Y urged him ...
	// RuleAsideAdverbial starts the words after a reporting aside when
	// only an adverbial stands before it.
	RuleAsideAdverbial = "aside-adverbial" // Often, says X, the port loses money
	// RuleAmongSource takes the people an opening "Among ..." names as
	// the unnamed speaker of a share that speaks.
	RuleAmongSource = "among-source" // Among older voters, 60% said ...
)

// Constructions lists the constructions of reported speech the Finder
// reads, each with an example.
func Constructions() [][2]string {
	return [][2]string{
		{ConsSubjectVerb, "X said (on Friday) (that) ...; X said: “...”"},
		{ConsFinal, "“...,” X said. / ..., X told reporters."},
		{ConsInverted, "“...,” said X. / ..., said the minister."},
		{ConsParenthetical, "A, X says, is B."},
		{ConsParticiple, "X resigned, saying that ..."},
		{ConsCoordinated, "X said ... and insisted ..."},
		{ConsAccordingTo, "According to X, ... / ..., according to X."},
		{ConsQuotedAs, "X was quoted (by Y) as saying ..."},
		{ConsDenial, "X denied involvement / denied that ..."},
		{ConsAccusation, "X accused Y of ..."},
		{ConsIntent, "X plans to ...; X vowed to ...; X wants to ..."},
		{ConsDemand, "X called for ...; X urged ...; X proposed ..."},
		{ConsNaming, "X called Y Z; X labelled Y Z"},
		{ConsMention, "X cited Y; X noted Y; X acknowledged Y"},
		{ConsColon, "X: ... (a headline, a transcript's speaker)"},
		{ConsQuoteDash, "“...” ― X"},
		{ConsDescribedAs, "X described Y as Z; X dismissed Y as Z"},
		{ConsCriticism, "X criticised Y for Z; X attacked Y for doing Z"},
		{ConsTranscript, "LEE: Well, we will see. (a transcript's turn)"},
		{ConsThatClause, "X estimated that ...; X pointed out that ... (a verb no class marks, before a clause after that)"},
		{ConsDirective, "X told Y to ...; X warned Y to ..."},
		{ConsEvidence, "the poll shows X with a lead; the video showed an officer aiming"},
		{ConsStance, "X supported Y; X endorsed Y; X condemned Y (a side taken in words, and its object)"},
		{ConsGerund, "X responded by saying that ...; X began by saying ... (the subject speaks)"},
		{ConsInfinitive, "X went on to say that ...; X took to Twitter to say ...; X was quick to point out ... (the main clause's subject speaks)"},
		{ConsTopic, "X discussed Y; X talked about how ... (what was talked about)"},
		{ConsSpeechObject, "X announced a plan to ...; X revealed the cost of ... (a verb of saying, not say, with a noun phrase object)"},
		{ConsBeliefObject, "X fears a recession; X wants a deal (a verb of belief with a noun phrase object)"},
		{ConsMadeClear, "X made (it) clear that ...; X made it plain that ... (make and an adjective of being evident)"},
		{ConsAskedQuestion, "When asked whether ..., X said; X was asked if ... (a question put by someone unnamed)"},
		{ConsSeeming, "X seemed to agree; X appears unperturbed (the writer's judgement, no one named)"},
		{ConsReference, "X referred to Y; X alluded to Y; X pointed to Y; ..., X said, referring to Y (what someone's words were about)"},
		{ConsSpeechPrep, "X warned of Y; X boasted about Y; X argued against Y (a verb of saying and what the words were about)"},
		{ConsCommunication, "X mocked Y; X bemoaned Y; X spoke of Y; X chanted “...” (a verb of communicating no other class holds, and its object)"},
		{ConsInEvidence, "In the latest poll, X leads Y (a record the clause after it is found in)"},
		{ConsAttitude, "X is confident that ...; officials were worried that ... (be, an adjective and a clause: a view or feeling held)"},
		{ConsComparison, "X likened Y to Z; X compared Y with Z; ..., comparing Y to Z (a judgement of likeness put in words)"},
		{ConsNounCue, "X's claim that ...; his assertion that ... (a statement's noun, its possessor speaks)"},
		{RuleIntro, "As the bell rang, X said, “...” (the words after the verb, not the clause before)"},
		{RuleQuantitySubject, "73 percent said ...; One study found ...; Video shows that ... (the subject of a belief)"},
		{RuleWhClause, "X explained why ...; X wondered whether ... (an indirect question, reported as a clause)"},
		{RuleHeadlineVerbS, "Poll: Ann Lee Leads Bo Ek (a capitalised verb in -s after a name, in a headline after a colon)"},
		{RuleSaidOf, "X said of Y: “...”; X said of Y that ... (what the words are about, then what was said)"},
		{RuleQuantityCue, "half said A, and 4 in 10 said B; most said A; 26 percent of voters say B (a share of people that reports ends the content before it)"},
		{RuleSemicolonBefore, "A; B, X said. (the words after the last semicolon)"},
		{RuleNamingName, "X called Y the “ultimate hypocrite” (a name, then \"the\" and a noun: the object and its complement)"},
		{RuleAccordingNamed, "..., according to his Facebook profile; ..., according to a fact sheet Acme released (a short phrase with a name in it, the source as written)"},
		{RuleEvidenceModifier, "a poll out Monday showed X ahead; polls there show X ahead; a poll from Acme released Wednesday found X ahead (evidence and a short modifier)"},
		{RuleNarrativeClause, "X said A, and he railed against B (a clause in the past with a pronoun subject ends what was said)"},
		{RuleStanceEnd, "X praised Y after Z won; X backed Y, who was given the post (the object alone is the side taken)"},
		{RuleSecondSpeaker, "X says A, while Ostmark officials say B; X says A and the Greens claim B (a second subject's reporting clause ends A)"},
		{RuleToldObject, "X told a joke about Y; X told the story of Y (an object that names no one: what was told)"},
		{RulePPSubject, "“...,” Mr X of the Y club said; ..., one Ostmark official said (the subject's whole phrase)"},
		{RuleNextCue, "X said A, citing B; X said A but noted B; X said A, though Y noted B (ends A)"},
		{RuleAttributionTail, "Ann Lee wants to sell the port, analysts say; Acme plans to shut the plant, says a report; ..., sources close to the talks told the Harlow Post (ends A at the comma)"},
		{RuleRelativeCue, "X said A, which Y thought B; X said A -- who cited B; X said A but has said B (ends A)"},
		{RuleTenseShift, "X said cost was the main worry, but longer routes tend to mean higher fares (a content in the past, then a clause in the present after but: the writer's, ends A)"},
		{RuleSpeakerPredicate, "X said the road would close and ordered Y to pay; X hopes to sell the port and will try to buy the dam (a past tense, or after a to-infinitive a finite verb, joined by and: the speaker's second predicate ends A)"},
		{RuleTheyUnnamed, "A, experts warned. They say B (B is the experts' too, unnamed)"},
		{RuleHeUnnamed, "Ann Lee said A. A spokesman said B. He added C (C is the spokesman's, unnamed)"},
		{RuleAdverbAfterSubject, "The chancellor meanwhile insisted A; Acme meanwhile said A ([The chancellor], Acme: a word the lexicon knows as an adverb and a noun, no kind of person's, after the subject's head; not “the centre forward”)"},
		{RuleQuantityNoun, "A number of investors have said A ([A number of investors]: a noun counting a plural before “of” is part of the speaker's phrase, not all of it)"},
		{RuleStatementSender, "Acme chairman Bo Ek sent a letter to the board saying A (Bo Ek: the named subject of a verb of sending whose object, a statement's noun, the participle follows; not a letter received)"},
		{RuleToNoun, "Prices will rise, according to mortgage lender Acme (Acme: a noun the tagger read as a verb after “to”, before a noun or a name, opens the source's phrase)"},
		{RuleAccordingJoined, "Prices will rise, according to lender Acme and builder Vell Homes (Acme's and Vell Homes' claims: the people or bodies “and” joins in the phrase, each perhaps after its own nouns)"},
		{RuleChargeWith, "Tarvik cut the price Acme can charge its rivals for space (no claim: “charge X for Y” asks a price; “charge X with Y” accuses)"},
		{RuleParticipleObject, "A lawyer representing Ann Lee and Bo Ek said A ([A lawyer]: the names a present participle takes as its object are whom the noun acts for; not a spokesperson's noun)"},
		{RuleHeDefinite, "Acme fined Bo Ek. The chancellor praised A. He also claimed B (B is the chancellor's, unnamed: a definite description of one person no one named was read as)"},
		{RuleParticipleSpeaker, "“A,” the mayor said, adding that B (B is the mayor's too, unnamed)"},
		{RuleShareSource, "80% said A; 42% of them say B (the share, unnamed)"},
		{RuleCoordinatedSubject, "The charity welcomed the plan and said B (the opening description speaks, unnamed)"},
		{RuleCommaJoined, "The minister would not comment on the reports, but insisted A (a comma before the conjunction: the opening description speaks, unnamed)"},
		{RuleNoSpeaker, "Court rejects plan (a headline); it wants A, with no one it can be (a view or wish no one is found to hold: no claim)"},
		{RulePronounGender, "Bo Ek spoke. He said A. The deal was signed. “B,” she said. (B is not Bo Ek's: an earlier he gave him a gender)"},
		{RuleQuoteRunSubject, "Bo Ek said: “A. Di Moss knows it.” He added: “B.” (B is Bo Ek's: a name in his quotation is no referent)"},
		{RuleAgreeingNamed, "Bo Ek spoke. He said A. Di Moss met the press. “B,” she said. (B is Di Moss's: Bo Ek's gender does not agree, she is named before)"},
		{RuleRunSpeaker, "Ann Lee said A. Bo Ek's side won. “B,” she said. (B is Ann Lee's, as is “Bo Ek failed,” she said.)"},
		{RuleGenderAgree, "Mr Ek spoke. Ms Lee said A. He added B (B is Mr Ek's: a title gives a gender); Mr Ek said A. She added B (no one: B is not Mr Ek's)"},
		{RuleBareParticiple, "Ann Lee cancelled the show saying A (Ann Lee says A, not the show)"},
		{RuleHeadlinePhrase, "Ann Lee confirms port climbdown (a headline's noun phrase, the paper's label: no claim)"},
		{RuleSoleBody, "Shares in Acme rose after it said A (the one organisation named before, when no body was a subject yet)"},
		{RuleItAfterQuote, "A, his report said. “B.” C, it said (C is the report's too, unnamed: the quotation B runs on from its claim)"},
		{RuleItUnnamed, "A, the report said. It added B (B is the report's too, unnamed)"},
		{RuleOpeningAdjunct, "In a report, the consulting firm set out a hopeful outlook, claiming A; Acme - Lawyers pressed the court, saying A (the subject past a wire's credit or an opening prepositional phrase speaks, unnamed)"},
		{RuleAlsoJoined, "The charity welcomed the plan and also said B; Ann Lee said A and also warned B (a verb after a conjunction and also, the subject's too)"},
		{RuleItSubject, "The report placed Norland third. It showed A (A is the report's, unnamed, when the text names no body it can be)"},
		{RuleSubordinateBody, "Shares in Acme, which is building the Harlow stadium, fell after it said A (Acme: the one body the main clause's unnamed subject names, heading its phrase; not the place named since)"},
		{RuleMissedName, "Tarvik says it will close the port (capitalised words no name covers, opening the clause right before the verb: the speaker's words as written)"},
		{RuleBracketAdjunct, "Acme Co. (ACM.N) on Thursday said A (a name's brackets, then a date or adverb, before the verb: the name speaks)"},
		{RuleItBody, "A, the pressure group said. It added B (B is the group's too, unnamed, when the text names no body it can be)"},
		{RuleOpeningConjunction, "But foreign firms have objected, arguing that A; And the players are incensed - arguing A (the unnamed subject after the conjunction speaks)"},
		{RuleQuotedObject, "The Harlow Post quoted an aide as saying A; Acme quoted him as saying A (the one quoted speaks, the quoting body is the outlet)"},
		{RulePostNominal, "Ann Lee MP said A; once a judge, Bo Ek QC now fears A (the person speaks)"},
		{RuleDashParticiple, "Acme has objected - arguing that A; the players are incensed -- arguing A (the main clause's subject, as after a comma)"},
		{RuleSubordinatePronoun, "The firm cut its prices, which it says were too high; Phone firms refuse to pay because they say A (the main clause's unnamed subject, when only it agrees)"},
		{RuleSolePerson, "The plan of Ann Lee was out. He said A (the one person named before, when none was a subject yet)"},
		{RuleOccupationPlace, "Norlandic researchers say A (the researchers', unnamed; Norlandic officials speak for Norland)"},
		{RulePluralBeforePlace, "GPs in Norland feared A; Authorities in Harlow said B (the GPs', the authorities', unnamed; not the place's)"},
		{RuleMissedHolder, "“A,” said Acme chief Bo Ek (Bo Ek a name resolution missed: the phrase, unnamed; not Acme's)"},
		{RulePossessedSpeaker, "..., said NBC's Ann Lee (Ann Lee speaks)"},
		{RulePossessivePostName, "“A,” said its chairman, Bo Ek; ..., said the firm's chief, Ann Lee (a possessive, a post's nouns and a comma, then a person's name: the person speaks)"},
		{RulePostBeforeName, "“A,” said the committee chairman, MP Bo Ek; ..., said the chairman, Norland Party MP Ann Lee (a post's capitalised words before the name after the comma: the person speaks, not the body)"},
		{RuleDescriptionAside, "“A,” one of their lawyers, Bo Ek, said (the quotation, not the description of the person after it)"},
		{RuleMisreadFinal, "The port will close, state media report; A, advocates argue (a noun the tagger took for an inverted verb, and a reporting verb ending the clause: the nouns speak, unnamed)"},
		{RuleQuoteSubject, "Ann Lee said “firm action” was needed; Bo Ek found that “port literacy” was a key skill (a quotation a finite verb follows: the clause it is the subject of)"},
		{RuleJoinedModifiers, "The port loses money, the roads and harbours committee added (common nouns joined before the head: one phrase, unnamed)"},
		{RuleJoinedFinal, "The port will close, officials and analysts warned; “A,” Ann Lee and Bo Ek said (subjects joined after a comma: a final attribution, the plural nouns unnamed together, the names each)"},
		{RuleQuotedFinal, "The port will close, the Harlow Post quoted Ann Lee as saying (after a comma: the words before it are the quoted one's, the quoting body the outlet)"},
		{RuleAgentParticiple, "The port will close, said the flyer printed jointly by Acme and Vellmar; A, a study published by Acme showed (a past participle and its agent after the speaker's noun: the attribution runs over them)"},
		{RuleItAfterWords, "Acme spoke. Norland would grow, it said (the words are Acme's: the subject in what it reports is not whom it stands for)"},
		{RuleOpeningParticiple, "Publishing its survey, Acme said A. B, it said (B is Acme's: the subject after the opening participle's phrase is whom it refers to next)"},
		{RuleSuchAsList, "Acme spoke. Nations such as Harlow, Ostmark and Brenna would grow, it said (the words are Acme's: no name of the examples is the subject)"},
		{RuleObjectPronoun, "Bo Ek spoke. He finished it and says A (A is Bo Ek's: the object pronoun is no subject of its own)"},
		{RulePresentParticipleAside, "The minister, speaking during a tour of Tarvik, said A (the minister speaks, unnamed; not the place ending the aside)"},
		{RuleBodyOfPlace, "Sales rose, the Association of Car Makers of Norland (ACMN) said (the association speaks, not Norland)"},
		{RuleDeterminerBound, "According to Bo Ek the minister said A (the minister speaks, unnamed: a name before the determiner is no modifier of the noun)"},
		{RuleWhileOther, "Acme said it regretted the cut while Vellmar, a big investor, declined to comment (ends A: another's act)"},
		{RuleWithParticiple, "The row grew with the Acme chief, Bo Ek, saying that A (A is Bo Ek's: the participle is the subject's of with)"},
		{RuleDanglingRelative, "Ann Lee assured voters she would keep the stability she had built and which, she claimed, others would lose (ends after built)"},
		{RuleAdverbParenthetical, "Most importantly, Bo Ek says, people were bored with the radio (the content starts past the attribution: people were bored ...)"},
		{RuleRelativeParenthetical, "Ann Lee kept the stability she had built and which, she claimed, others would lose (the content is the relative clause: which, she claimed, others would lose)"},
		{RuleCompoundHead, "TV talent show Harlow Nights is to return (no claim: show is the compound's head noun, not a verb)"},
		{RuleAnaphoricContent, "Firms echoed this sentiment (no claim: the content points back to words it does not give)"},
		{RuleExistentialParticiple, "There were also new rules announced which meant that A (no claim: a reduced relative clause of the rules)"},
		{RuleRelativeGap, "Bo Ek spoke of the rumours which he said had been spread for years (which he said had been spread for years: the relative clause, not a verb with no subject)"},
		{RuleAccordingTitle, "According to a new book, Harlow Days, Ann Lee broke her pledge (the content starts past the book's title: Ann Lee broke her pledge)"},
		{RuleSerialItem, "Bo Ek attacked the Greens for wanting to close schools, raise fees, and \"give maps out\" (the content runs to the list's last item)"},
		{RuleWhatNamed, "These included what Bo Ek called an \"ecosystem of gadgets\", like the Acme box (the name given: ecosystem of gadgets; the list is the writer's)"},
		{RulePluralDescribed, "Acme said A. The 12 Tarvik zone countries grew. It warned B (B is Acme's: a plural a name modifies is no subject it can stand for, nor is the name)"},
		{RulePlaceChain, "Unions at Acme Corp in Harlow say A (a place's phrase after a body's name that a phrase of place sets after the noun: the noun speaks, unnamed, not the place)"},
		{RuleBodyInPlace, "Acme Corp in Harlow said A; Officials at Acme Corp in Harlow said A (a place's name after a body's name and \"in\" or \"at\": where the body is; the body speaks, not the place)"},
		{RuleParaphraseSubject, "Ann Lee will return once her knee heals, she said (the words, unquoted, open with the name of the one person named so far: she speaks of herself)"},
		{RuleAdjectiveVoice, "The club will have a close link with the youth league, which suggests A (no claim: an adjective, close, is no noun that can put words)"},
		{RuleSingularFinding, "The move suggests a slowing economy (no claim: a singular noun that cannot put words, before a verb of what figures show; the numbers suggest A is kept)"},
		{RuleQuoteModifier, "Bo Ek said “clever” pricing tricks could mislead shoppers (what he said is the clause: the quotation is its subject's first word)"},
		{RuleQuestionObject, "The minister will answer questions posted by readers; Bo Ek fielded queries (no claim: a noun of asking heads the object, and no words are reported)"},
		{RuleAccordingAppositive, "According to market watchers, Acme Research, there will be A (Acme Research: the name the comma sets after the unnamed source; the content starts past it)"},
		{RulePartialAdjunct, "The old timetable will stay until the bridge is repaired “by the end of May,” an official said (what he said is the clause, whose adjunct the quotation is)"},
		{RulePlaceAsideChain, "Bo Ek, 34, from Harlow, Norland, said A (Bo Ek: the second place says where the first is, and the aside goes on before it)"},
		{RuleMediaApposition, "Bo Ek told Norland TV network Acme News on Sunday that A (the outlet is Acme News: the name a medium's noun sets before it describes it)"},
		{RuleOpeningAdverb, "Meanwhile Bo Ek's mother said A (unnamed: Bo Ek's mother; an adverb opening the clause, no adjective, is no part of the subject); However, many small traders stayed cheerful, saying A ([many small traders])"},
		{RulePersonOfThing, "The inventor of the Vellmar Engine said A (unnamed: the inventor; a thing's name after a person's noun and of is no speaker)"},
		{RuleThingFinding, "Old maps show A; the gauges will find B; the budget assumes C (no claim: a verb taking a clause that is no verb of saying, whose unnamed subject is no mind, statement or record; a survey shows A is kept)"},
		{RuleJoinedSubject, "Analysts say demand will hold, as Acme's results and future growth potential means buyers stay (the content runs on: the and joins two subjects of means)"},
		{RuleSummaryAppositive, "Bo Ek wants more powers - something the judges have ruled against (the content is more powers: the dash's phrase sums it up in the writer's words)"},
		{RuleAddresseePhrase, "Bo Ek told a meeting of farmers prices would rise (the content is prices would rise: a meeting of farmers is whom he told)"},
		{RuleMadeClearJoined, "Ann Lee kept quiet on the ferry, but made it clear that rents must fall (Ann Lee: the subject of the first predicate)"},
		{RuleRecordInOutlet, "A Vellmar poll in the Harlow Post suggested A (the poll's finding, which the paper carried: not the Harlow Post's)"},
		{RuleToSaySubject, "The feud has prompted a party donor to say he will refuse to give more funds (the donor's refusal: he is the one to say it)"},
		{RuleModalAfterVerb, "Harlow Mayor Quits, Says Will Not Lead New Council. (no inverted speaker: a modal opens what is said)"},
		{RuleEchoedColon, "Bo Ek echoed those sentiments: “We are keen. We want hits.” (the quotation, as after said:)"},
		{RulePartialQuote, "The plan faced “little hope of passing,” he added (what he added is the clause: The plan faced “little hope of passing,”)"},
		{RuleRecordParticiple, "A report on pensions will be highly critical of the record, saying that people save less (the report's words, unnamed)"},
		{RuleInsteadPredicate, "Ann Lee argued that the council would not shut the library but wanted instead to move it (one content: the second predicate replaces the first)"},
		{RuleRefusedPassive, "Bo Ek refused to be tied down to a figure; Acme declined to be named (no claim: a refusal to speak)"},
		{RulePlacePossessor, "Norland's information commissioner has voiced concern. Prices rose. A, it said (not Norland's: the commissioner is the subject)"},
		{RuleSaidParticiple, "3 Miners Said Trapped by Harlow Flood (no claim: the miners are said to have been trapped, a passive's report with no speaker)"},
		{RuleRelativeSubjectIt, "Other bakers use the Tarvik method while Acme uses Vellbread, which it says helps cut waste (Acme says it: the subject of the clause the relative clause follows)"},
		{RuleRunPastSources, "Ann Lee said A. Studies have shown that B undermined Bo Ek. “C,” she said (C is Ann Lee's: the claims since her words are no one person's)"},
		{RuleAppositiveBody, "The leading plaintiff, the University of Harlow, announced A (a body's name set off by commas after the opening noun phrase: the subject's apposition, no inverted verb)"},
		{RuleNamedAfterPhrase, "“A,” said one of their lawyers, Bo Ek; ..., said a lawyer for the firm, Ann Lee (a noun phrase, its prepositional phrase and a comma, then a person's name: the person speaks)"},
		{RulePeopleOfBody, "Another investor in Acme said A; critics of Acme said A; Norland Party backbenchers said A (people a body has or deals with, holding no post of it, or its members: unnamed, the whole phrase; not the body)"},
		{RuleDemonymSubject, "Ann Lee won. The Norlandic had stoked the row by saying A (Ann Lee, the person the demonym describes; not Norland)"},
		{RuleDemonymPerson, "Ann Lee won. The 24-year-old Norlander added: A; “A,” said the Norlander (Ann Lee; with no person before, [the Norlander]; never Norland)"},
		{RuleInhabitantPerson, "Ann Lee won. “A,” the Welshman said (Ann Lee: a capitalised noun for a person of a nation or a place, after “the”; with no person before, [the Welshman])"},
		{RuleDatelineSubject, "HARLOW -- A year ago, Ann Lee shook the industry by revealing that A (Ann Lee, the subject after the dateline, not the dateline's place)"},
		{RuleBodyOwner, "The Norland Party's leader, Ann Lee, welcomed the move but added that A; Acme's Harlow chief, Bo Ek, said B (the person between commas is the subject, not the body)"},
		{RuleCopulaSubject, "Bo Ek won. But he is not content, insisting: “A.” (Bo Ek speaks: the pronoun before a copula, as before a verb)"},
		{RuleParticipleRecipient, "A letter sent to Ann Lee said A; an envoy sent to Norland said B (the letter's, the envoy's, unnamed; not Ann Lee's nor Norland's)"},
		{RuleSelfNamedBody, "Acme said A. “We assume B, something Acme accepts,” it said (Acme speaks: a body names itself in its own quotation)"},
		{RuleModifiedPost, "“A,” said Acme chief Norlandic strategist Bo Ek; ..., said Acme's chief Norland economist Bo Ek (a name inside the post's words: Bo Ek speaks, not Acme)"},
		{RuleMediumThat, "X said on his blog that A (the medium, then A)"},
		{RuleQuotedTitle, "X told Y's “Morning Show” that A (the programme's title, then A)"},
		{RuleTwoAsides, "“...,” X, the chief of Y, one of Z, said (X speaks, not a name inside the asides)"},
		{RuleAccordingMidClause, "But, according to X, A; Since May, according to X, A (the clause after the phrase, when no verb comes before it)"},
		{RuleNextQuote, "X said: ¶ “...” (the quotation that opens the next sentence)"},
		{RuleRelativeSeeming, "Ann Lee, who seems to be the favourite, won; what appears to be a record (a verb of seeming in a relative clause: no claim)"},
		{RuleAskedNoClaim, "When asked whether the port would close, Ann Lee laughed; Bo Ek was asked if he would stay (a question no one is named as putting: no claim, and none inside it)"},
		{RuleSeemingNarration, "The economy appears to have slowed; It seems unlikely that A (a verb of seeming no one is named with: the writer's narration, no claim)"},
		{RuleMuteSpeaker, "The restoration revealed some items; the alerts tell people how to act (a verb read with its object or after another verb, a subject that cannot put words: no claim)"},
		{RuleOmission, "Acme failed to tell investors that A; Acme did not reveal A; Acme neither admitted nor denied A (words not said: no claim)"},
		{RuleRefusedWhether, "Bo Ek refused to say whether he would stay (a refusal to say whether, if or what: no claim)"},
		{RuleFragment, "In fact, Ann Lee said; But, Bo Ek added; Bo Ek knows this (a content of a few words with no verb, an adverbial or a pronoun: no claim)"},
		{RuleRefusedWords, "Acme declined to comment on the reports; Ann Lee refused to say where she was (an intent to speak with no clause: no claim)"},
		{RuleNarrationParticiple, "Acme said its sales rose, sending its shares up 14% (a content ends before a participle of narration after a comma)"},
		{RuleRelativeFinal, "The phone has a sensor, a chip that responds to touch (a final verb after a relative pronoun: a relative clause, no claim)"},
		{RulePassiveAside, "The figure, announced by the ministry on Friday, topped forecasts (a participle after a comma and before by: an aside, no claim)"},
		{RuleDateline, "HARLOW, Norland (AP) - Ann Lee won, officials said; NEW YORK Acme grew, it said (the content starts past the dateline)"},
		{RuleNamedNoun, "an extra chip called the Z module; a group calling itself the Velden Army (a naming verb's participle after a noun gives its name: no claim)"},
		{RuleSideTo, "Bo Ek, with his back to goal, turned (a noun that is its verb's own form before to: no side taken); her opposition to the plan (a derived noun: a side)"},
		{RuleRelativeRole, "the Vell Trust, which promotes renewable energy; a server that supports the new chip (a verb with a noun phrase object in the present after which or that: what a body or thing does, no claim)"},
		{RuleDoneThing, "Harlow headline the summer festival; Ann Lee will defend her title; Acme recalled 400 cars; Acme boosted its dividend; Harlow agreed a fee (a verb of communicating, of a side or of belief, not of saying, with a noun phrase naming an event, a title, a made good, an envoy, a span of time or shares, or a verb of agreeing with a noun phrase: an act, no claim)"},
		{RuleIndefiniteBody, "A Tarvik court agreed that A; an Acme unit said B (one body of several the name has speaks, unnamed: [A Tarvik court])"},
		{RuleWonObject, "Norland claimed victory in the final; Bo Ek claims top spot; Harlow conceded two goals; Cy Ro took the lead and claimed a third title (a verb of saying that also lays claim to or gives up what is won, with a noun phrase naming a victory, a title, a prize, a record, a place, a goal: a thing won, no claim)"},
		{RuleAgreedAccord, "Vellmar and Acme agreed a pact to run the ferries (a verb of agreeing whose object is an agreement or a deal, an infinitive after it: a deal struck, read by done-thing, no claim)"},
		{RuleAdjectiveObject, "Cy Ro pleaded innocent to both counts (a verb of saying whose object is an adjective with no noun: a plea entered, no claim)"},
		{RuleFutureStance, "At trade fairs Ann Lee will back the Vell brand (a verb of taking a side right after will: an act to come, no claim)"},
		{RuleAbleDemand, "Club members will be able to request seats; guests can request a late checkout (a verb of demanding after able to or a modal of ability: no demand made)"},
		{RuleObligedVerb, "Norland should spell out why fares rose; Acme must say whether it will sell (a verb after should, must or ought to: what ought to be said, no claim)"},
		{RuleAttributiveVerb, "Bo Ek has shelved his much touted bid for the club (a verb read with its object after a determiner or a possessive and before a noun: a noun phrase, no claim)"},
		{RuleNoObject, "Acme has announced no plans to sell; Ann Lee gave no details (a verb whose object opens with no, with no finite verb after it: words not said, no claim)"},
		{RuleHeadlineInfinitive, "Bo Ek Promises to Shield Ferry Fares (a title-case headline's verb and to, then a capitalised word the lexicon knows as a verb: the infinitive)"},
		{RuleDemonstrativeObject, "Bo Ek, flanked by two aides, underlined this point (after a verb at the end, this, that, these or those and a noun that can put no words: the verb's object, no speaker, no claim)"},
		{RuleAndNarration, "Cy Ro said the ferry was too slow and the council bought a faster one (after a finite verb, and, a name or a determiner's noun phrase, and a verb in the simple past: the narrative, which ends A)"},
		{RuleUnclosedAppositive, "Fares will rise in May, Bo Ek, director of Vell's ferry arm told the council (a person's name, a comma and a post's noun phrase right before the verb, no comma closing it: the person speaks)"},
		{RuleVowedSide, "Ann Lee vowed to defend the law (to and a verb of taking a side after a verb of intention that refuses nothing: a side taken, kept)"},
		{RulePerfectTail, "Acme plans to sell the port, analysts have warned (a closing attribution with have and a participle of saying ends the content at the comma)"},
		{RuleNounPlans, "anglers marched against council plans to dredge the bay (plans after a bare noun that a preposition takes: a noun, no intention)"},
		{RuleQuestionIntent, "the row hinges on how Vell intends to fund the bridge; the vote turns on whether Acme plans to sell (a verb of intention in a clause opened by how, whether or if: no intention stated)"},
		{RuleDeedMeans, "Bo Ek announced his arrival with a goal; Ann Lee underlined her promise by beating Bo Ek (a verb of saying with a noun phrase object made known by a deed, no claim)"},
		{RuleRivalObject, "Ann Lee will contest the seat; Harlow contest the final; Bo Ek will contest the number two shirt with Ann Lee (a verb of saying and disputing with a noun phrase contended for with rivals: no claim); Acme will contest the ruling (kept)"},
		{RulePledgedThing, "Bo Ek pledged his future to Acme; Ann Lee promised her vote to Harlow (a verb of saying and promising with a possessive's noun phrase given to someone: no claim); Bo Ek pledged his support for the plan (kept)"},
		{RuleReducedPassive, "Ideas suggested by experts include new roads; the plan proposed by the Harlow council will cost more (a participle of a verb of saying after a common noun, with by and an agent: a reduced relative clause, no claim); Ann Lee said by telephone that A (kept)"},
		{RuleDeniedThing, "a decision that denied her team a deserved win; denying Acme the usual fee (a verb of denying with two objects, what is withheld from someone: no claim); Bo Ek denied the claims, denied it was true (kept)"},
		{RuleTimeSource, "the dispute grew at the weekend with claims a note suggested A (a speaker read as words ending in a noun of a span of time: unnamed, -)"},
		{RuleAgreedWith, "I agree with Bo Ek; Ann Lee agreed wholeheartedly with Mr Ek's views (a verb of agreeing whose content is only a name or a noun phrase, the one agreed with: no proposition, no claim)"},
		{RuleReaderFirstPerson, "I think the port should close. ¶ Ann Lee, Harlow, Norland (the signer says it); I hope A, with no one signing (a reader's or a columnist's view no one is named at: no claim)"},
		{RuleCommentRunOn, "Ann Lee says 30 died; 300 died in one day; Bo Ek intends to spread fear but in fact it is the council that did (in readers' comments after a section break, a content not quoted ends at a semicolon or at but opening a clause: the commenter's own words follow)"},
		{RuleThingObject, "Bo Ek contracted flu; Ann Lee answered her critics as she scored (a verb of saying with a thing or a person for its object and nothing said after it: no claim)"},
		{RuleBareSurname, "Ann Lee ... Lee said A (a surname no mention covers: the one person whose name ends with it)"},
		{RulePlacedPerson, "Bo Ek at Tarvik on Velden said A; Di Moss, with the team in Harlow, Norland said A (places chained by prepositions after a person heading the subject: the person)"},
		{RulePostAfterName, "\"A,\" Bo Ek, Acme's chief executive said (a post after a name and a comma: the person, not the body)"},
		{RulePossessiveFinal, "A, his report said (the report's, unnamed; the content stops before the possessive)"},
		{RuleReflexiveSubject, "Bo Ek himself has said A (a reflexive pronoun after the subject stresses it: the subject speaks)"},
		{RuleTitledSpeaker, "Finance minister Ann Lee ... The minister said A (a definite description: the one person named before whose job title ends with its words)"},
		{RulePostOf, "Ann Lee, chief executive of Acme said A; Ann Lee, head of policy at Acme said A; Ann Lee of Acme said A; Ann Lee, from Acme said A (the person whose post of a body, or whose body or place, the subject names, not the body)"},
		{RuleParticipleAside, "The firm, majority-owned by Acme, said A; The firm, wholly owned by Acme, said A (an aside a compound participle, or an adverb and a participle, opens: the noun before it speaks, not the name inside)"},
		{RuleCoordinatedSpeakers, "Acme and Vell Power said A; Ann Lee, Bo Ek and Di Moss said A (names coordinated as the subject: one claim for each)"},
		{RuleAdverbNoun, "Ann Lee's closest ally denied A (a noun the tagger took for an adverb heads the unnamed speaker's words)"},
		{RuleSalutation, "Ann Lee said farewell to the club (a noun of greeting or leave-taking as what is said: no claim)"},
		{RuleSaysItAll, "The score says it all: A (\"it all\" as the object, the idiom of a verdict: no claim)"},
		{RuleComparativeAdverb, "Ann Lee earlier denied A (a comparative adverb between the subject and its verb: the subject speaks)"},
		{RuleOpeningPlural, "Judges said A (a kind of person's plural opening the sentence: an unnamed speaker)"},
		{RuleTicker, "Acme Co. ACM.N said A (a feed's stock symbol after the company's name: the company speaks)"},
		{RuleDescribedSpeaker, "The Norland government denied A. In a statement, it said B (the body or place that speaks for a described subject in the sentence's first claim is whom it refers to next)"},
		{RuleRelativeHead, "The man who is in charge said A; officials who spoke to reporters said B (a restrictive relative clause whose subject is its pronoun, right before the verb: the noun before the pronoun heads the subject, and the source keeps the clause)"},
		{RulePhraseBoundary, "In recent years governments have said A; in a statement the directors believed B (a determiner or a quantifier opens the source's phrase; an opening preposition's object ends before it: [governments], [the directors])"},
		{RuleVotedAct, "MPs rejected the bill by 300 votes; voters rejected the plan in a referendum; shareholders voted to reject the bid (a verb of rejecting that is no verb of communicating, its object a law's or a ballot's noun, or a vote counted: no claim; denied the bill and rejected the claim that A are kept)"},
		{RuleUnsaidGerund, "The firms paid $50m without admitting any guilt; the firm settled, not admitting wrongdoing (a gerund after without, or right after not with no auxiliary: no claim; is not saying is omission's)"},
		{RuleReducedRelative, "As part of $3bn in contracts announced late last year, Acme will spend $1bn (a past participle right after a common noun that a verb or a preposition takes: a reduced relative, no claim of the noun)"},
		{RuleEntitledClaim, "Investors can claim their share of the fund; savers are entitled to claim compensation (claim after can, could, may or entitled to, with a noun phrase object of no statement: no claim)"},
		{RuleDashRelative, "Bo Ek - who was convicted in 1990 - said A (a relative clause between dashes after a name, its verb the clause's own: the name speaks)"},
		{RulePlaceModifier, "The Norland bankruptcy court approved the sale. It said B (a place's name before the noun of an unnamed subject that \"it\" stands for is read past: [The Norland bankruptcy court])"},
		{RuleThingBeforePlace, "The marquee at the Harlow Palace proclaimed A (a thing's noun, no person's, body's, statement's or record's, after an article that opens the subject and before a preposition of place and a name: the thing speaks, unnamed, not the place)"},
		{RuleSourceOutlet, "The port will close, a Tarvik News story says (an unnamed statement's source that names one news outlet, and no other name: the phrase speaks, the outlet is the claim's)"},
		{RuleDemonymPeople, "It is over, say Norlandic (a place's demonym alone after an inverted verb, no article nor noun after it: the place's people, unnamed, not the place)"},
		{RuleHeDescription, "Prime Minister Ann Lee came. Bo Ek spoke. The prime minister said A. She added B (B is the prime minister's too, the person the text gave that title, not Bo Ek)"},
		{RuleTitleBody, "The outgoing Norland Commissioner said A (a name of an organisation with no class that a noun of office ends, after the: a person's post, an unnamed speaker, not the body)"},
		{RuleOfficeNoun, "The premier insisted A (a noun of office the tagger took for an adjective, after an article or a possessive and before a finite verb: the subject's head, whom the text gave that title or unnamed)"},
		{RuleSectionLabel, "Norland News:- The port will close, says the firm (words before a colon and a dash glued to it that open a sentence: the item's section label, no speaker, and not in the content)"},
		{RuleSpeakingBody, "The figures collected by Acme showed A. B, it said. (a body a sentence with no named subject gives as a claim's speaker is whom it refers to next, before a body or place named earlier)"},
		{RuleBracketSpeaker, "A, said the Norland Port Authority (NPA). (a bracket with no verb after an inverted verb's speaker, before the clause ends: the speaker speaks)"},
		{RuleRelativeAfterComma, "The court heard from Ann Lee, who was the driver (a relative clause after a comma describes the noun before it: no claim)"},
		{RulePluralSubject, "Officials arrested Bo Ek. They said A (the unnamed people the sentence before had for its subject, when no one spoke in it)"},
		{RuleHeardFrom, "The court heard from Bo Ek. He denied A (whom words came from, after a verb or a noun of something said: the person he refers to)"},
		{RuleSpokesChain, "An Acme spokeswoman said A. She said B. C, she said. (the body's spokesperson goes on speaking for it)"},
		{RuleResumedQuote, "“The plan,” she said, “is a failure.” (a quotation its attribution interrupts: one claim from its first word to its last)"},
		{RuleDateThenSubject, "Acme said on Thursday its unit, or arm, grew (a date, then the content's subject before a comma: the content starts after the date)"},
		{RuleInitials, "Vell Tarvik Bank cut rates. VeTB said A (a word of capitals, the initials of one organisation's name: it speaks)"},
		{RuleShownThing, "Acme is showing two new cars; the side showed real patience (show and a noun phrase, no record the subject: no claim)"},
		{RuleWorkNarration, "The Velden film tells the story of a harbour (a creative work, or no speaker and a work's noun as object, with a noun-phrase object: no claim)"},
		{RuleNoOneHolds, "Nobody is suggesting that the port will shut; no one knows whether A (a negative quantifier subject: no one holds it, no claim)"},
		{RuleNotYetSaid, "Acme has yet to announce which plan it backs; Acme has not yet said when A (\"yet to\", \"still to\", \"not yet\" before the verb: nothing said, no claim)"},
		{RuleUnknowing, "Ann Lee didn't know that the port had shut (a negated know: no view held, no claim)"},
		{RuleBackedThing, "a song backed by a choir; a start-up backed by Acme (a made thing or a firm backed: no side taken in words)"},
		{RulePersonObject, "Police apprehended Bo Ek at his hotel (a belief verb's object a person's name, alone or with a prepositional phrase: no claim)"},
		{RuleHopedContest, "Both clubs are hoping to win the shield (hope to and a verb of winning or contending: no claim)"},
		{RuleNounPlural, "Bo Ek told Acme members the plan would fail (a plural tagged a present tense in an addressee, no verb in WordNet, is a noun: the content is the plan would fail)"},
		{RuleToldNameSubject, "Bo Ek told Acme progress had been made (told's addressee ends at its name when common nouns and a finite verb follow: the content is progress had been made)"},
		{RuleNounThat, "Bo Ek refused to discuss reports that he would leave (that after a common noun in a refusal to speak opens the noun's clause: no claim)"},
		{RuleWorkObject, "Ann Lee praised Norlandic films; Bo Ek cited the 2003 film Harlow as an influence (a creative work the object of a side, a mention, a description or a communication, nothing said after it: no claim)"},
		{RuleAdverbRun, "Ann Lee said all along that the port would shut (only adverbs before that: the content starts after that)"},
		{RuleQuoteEnd, "Norland declared \"417 to be the code\" and 2009 is likely to bring ships (a content opening a quotation ends at its close when a conjunction follows)"},
		{RuleNamedWorkNarration, "Velden Nights tells the story of a harbour (a name typed a creative work, tell and a work's noun: no claim)"},
		{RuleReceivedNews, "Ann Lee learned she had been dropped; he heard his record had gone (hear or learn: the subject is told, no claim)"},
		{RuleHeadlineCredit, "Ann Lee: Norland Can Do More in Science (AP); Acme Says Profit Rose (Update2) (a headline's closing bracket of capitalised words, the feed's credit or label: no words of the speaker's)"},
		{RuleBracketEnd, "Acme announced 5bn euros ($6bn; £4bn) of purchases (a content cut inside a bracket runs to its close, and on to the sentence's end or a semicolon when no comma comes first)"},
		{RuleAddedNumber, "Ann Lee added 13 and Bo Ek scored 9; the index added 2 percent (add before a number, no \"that\" or quotation: a sum or a score, no claim)"},
		{RuleQuoteGoesOn, "“A,” X said. “B.” (the quotations that open the next sentences, with nothing else in them, run the claim of A on to B)"},
		{RuleParticipleKinds, "X resigned, citing Y; X spoke, backing Y; X left, hoping to return (a participle of any kind after a comma, the main subject's)"},
		{RuleQuoteSentences, "“A. Why B?” X said. (a quotation of several sentences that a question ends, before its attribution)"},
		{RuleEvidenceParticiple, "new polls released Sunday showed X ahead; the survey, conducted by Y, finds X ahead (evidence and its participle phrase)"},
		{RuleNamingPP, "X called her vote in favour of the port a mistake; X called the remarks on Saturday “a wake-up call” (phrases between object and complement)"},
		{RuleFinalDate, "..., X said Friday.; A, X said on Tuesday, is B (a date after the verb of a final attribution)"},
		{RuleFinalAdjunct, "..., X said at a rally in Harlow.; “...,” X said to the crowd. (a prepositional phrase after the verb of a final attribution)"},
		{RuleColonAdverbial, "X said in a statement: “...” (an adverbial between the verb and the colon)"},
		{RuleWordAttack, "X attacked Y (named people or bodies: words, not force)"},
		{RuleWordDefend, "X defended her record; X defended Y (a person defends, and no place: words, not arms)"},
		{RuleIntentNoun, "X's plan to ...; his promise to ... (a noun of intention, its possessor intends)"},
		{RuleAsIntro, "As X reported, A; As X noted last week, A; As reported by X, A (a clause of as before what was said)"},
		{RuleShownByDeed, "And as Acme has shown, there is money in search (as, a name and show or demonstrate: shown by a deed, no claim)"},
		{RuleDeniedQuestion, "The minister dismissed questions about the report (a denial whose object is a noun of asking: no claim)"},
		{RuleBareMessage, "Ann Lee echoed the message; Bo Ek echoed those comments at the rally (a determiner and a statement's noun, all of a communication's or a mention's object: no claim)"},
		{RuleDecidedAct, "Bo Ek decided to close the port (an intent whose verb is decide: a choice made, no claim)"},
		{RuleSmallClauseEnd, "Norland declared 417 the code and 2009 is likely to bring ships (no verb before the conjunction, an object and its complement, and a subject and a finite verb after it: the content ends at the conjunction)"},
		{RulePseudoCleft, "What Ann Lee said was that the port would close; what the firms want to do is to sell more (what the verb takes follows the form of be: the port would close; to sell more)"},
		{RuleAuxAdjunct, "Norland has in the past said it opposes the ban (a preposition and up to three words of no name between an auxiliary and the verb: an adjunct; the subject stands before the auxiliary)"},
		{RuleAsAfterConjunction, "Yet, as Bo Ek observed, the port will need new owners; But as Ann Lee noted, A (a clause of as after an opening conjunction or adverb)"},
		{RuleGerundObject, "X reported raising $9 million; X recalled meeting Y (a gerund's clause as the object)"},
		{RuleRelativeSubject, "X, who supports Y, ...; a group that endorsed Y (the phrase the relative pronoun stands for speaks)"},
		{RuleStanceGerund, "X supports raising taxes; X opposed defunding Y (a gerund's clause as the side taken)"},
		{RulePhrasal, "X pointed out that ...; X spoke out against Y; X spelled out the plan (a verb and its particle, a verb of saying)"},
		{RuleTopicGerund, "X talked about embedding troops; X spoke about raising taxes (a gerund's clause as what was talked about)"},
		{RuleAdverbPresent, "Many voters strongly oppose the ban (a base form after a plural subject and adverbs, a present tense)"},
		{RuleEvidenceGerund, "polls showing X well behind; a study finding that wages rose (a noun of evidence and a gerund, no comma)"},
		{RuleIntentDemand, "X proposed a tax on trading (a verb of intention and of demanding, with an object)"},
		{RuleRegardAs, "voters see X as the stronger candidate; X views the deal as a failure (a view held, as described-as reads)"},
		{RuleRegardAsPhrase, "voters see him as a threat; X sees violence against Y as a problem; X sees the vote held Sunday as a test (the object's phrase before as)"},
		{RuleStanceModifier, "a group backing X; voters supporting Y; a statement defending Z (a participle of taking a side after its noun, no comma)"},
		{RuleIntentionNoun, "the candidate plans to return; X, who left, wants to stay (a verb of intention the tagger took for a plural noun)"},
		{RuleStancePassive, "X was endorsed by Y; a measure opposed by unions (a passive of taking a side, its agent after by)"},
		{RuleAttitudeAbout, "X is worried about losing the port; X was optimistic about raising money (be, an adjective and a gerund's clause the feeling is about)"},
		{RuleAttitudeThing, "Acme remained optimistic about its outlook; Bo Ek is worried about the cost (a feeling about a noun phrase: no claim)"},
		{RuleInFavorOf, "X voted in favor of the bill; X spoke out in favor of Y; X is in favor of Y (a side taken)"},
		{RuleDerivedNoun, "X's decision to ...; his support for Y; her criticism of Y (a possessed noun of a verb of intention or of taking a side)"},
		{RuleCapitalPlural, "..., said the GPs; Many GPs say ... (a plural common noun in capitals after a determiner or an adjective: an unnamed speaker)"},
		{RuleGroupOfAcronyms, "A, a committee of MPs has said; A group of GPs said A (an acronym's plural after a common noun and \"of\": the group, unnamed)"},
		{RulePersonNamed, "The plan was welcomed by Ann Lee. “It is fair,” she said. (a person the sentence names, when none is its subject, is whom she refers to)"},
		{RuleDescribedInView, "Ann Lee won. The crowd cheered. “It was hard,” said the 30-year-old. (a person's description, or age, stands for the person last named when no other is named since)"},
		{RuleMainSubject, "When Ann Lee retired, Bo Ek paid tribute, saying ...; According to Acme, Vell Power grew. “...,” it said. (the main clause's subject, whom a participle or a pronoun follows)"},
		{RuleMandative, "Acme demanded that Ann Lee explain the cost (a subjunctive after a verb of demanding: what is demanded, no claim of Ann Lee's)"},
		{RuleDescribedName, "Campaign group Vell 2000 said ... (a name the tagger missed after its description: the speaker's words as written)"},
		{RuleAbilityIntent, "Lenders may seek to recover their loans (a verb of intention after a modal of ability or possibility: no intent)"},
		{RuleConditional, "If Ann Lee says yes, the port will open (a verb in a clause of condition: no claim)"},
		{RuleModifiedSource, "12% of voters aged between 20 and 30 said ... (an unnamed subject with a participle's phrase after its head: the speaker's words)"},
		{RuleCopular, "The sale may not prove so easy, experts say (a verb linking its subject to an adjective: no claim of the subject)"},
		{RuleObjectPredicate, "Ann Lee voiced doubts and has written to the board (a noun phrase object ends where a second predicate is joined)"},
		{RuleAsideAdverbial, "Often, says Ann Lee, the port loses money (an adverbial before a reporting aside: the words are the clause after it)"},
		{RuleOpeningClause, "As Ann Lee announced the date, Acme urged her to wait (the words of an opening subordinate clause end at the comma before the main clause)"},
		{RuleCommObject, "Acme outlined its plans and Vell Power gave details of its own (a verb of communicating's noun phrase object ends with its clause)"},
		{RuleDeniedObject, "Ann Lee denied the charges and left; Acme accused Norland of stalling while Ostmark pressed on (a denial's or an accusation's noun phrase object ends with its clause)"},
		{RuleObjectClause, "Acme announced plans, and Vell Power said ...; Acme announced plans, sending its shares up (a noun phrase object ends where a clause or a participle's phrase of the narrative opens)"},
		{RuleAmongSource, "Among older voters, 60% said ... (the people a share is of, an unnamed speaker)"},
		{RuleNegatedSide, "X has not endorsed Y; X does not plan to run; X does not believe Y will win (a negated verb of taking a side, mentioning, intention or belief)"},
	}
}

// constructionScore is each construction's precision on PolNeAR train
// (the share of its claims whose content matches a gold attribution),
// smoothed towards the overall precision p as (right + 10p) / (all + 10):
// measured by kg eval claims --gold ../shared/data/polnear/train. The dev
// split checks it: TestPolNeARDevFloors requires each construction's dev
// precision to lie within three binomial standard deviations (at least
// 0.05) of its score. A construction PolNeAR does not exercise takes the
// overall precision.
var constructionScore = map[string]float64{
	ConsAccordingTo: 0.882, ConsAccusation: 0.893, ConsColon: 0.932, ConsCoordinated: 0.914, ConsCriticism: 0.921,
	ConsDemand: 0.884, ConsDenial: 0.866, ConsDescribedAs: 0.906, ConsDirective: 0.852, ConsEvidence: 0.920,
	ConsFinal: 0.966, ConsIntent: 0.786, ConsInverted: 0.968, ConsMention: 0.917, ConsNaming: 0.950,
	ConsParenthetical: 0.970, ConsParticiple: 0.966, ConsQuoteDash: 0.846, ConsQuotedAs: 0.930, ConsSubjectVerb: 0.939,
	ConsThatClause: 0.883, ConsTranscript: 0.930, ConsStance: 0.820, ConsGerund: 0.979, ConsNounCue: 0.855,
	ConsTopic: 0.911, ConsInfinitive: 0.875, ConsSpeechObject: 0.823, ConsInEvidence: 0.807, ConsBeliefObject: 0.724, ConsMadeClear: 0.851,
	ConsAskedQuestion: 0.923, ConsSeeming: 0.806, ConsReference: 0.883, ConsSpeechPrep: 0.936, ConsCommunication: 0.876, ConsComparison: 0.845, ConsAttitude: 0.930,
}

// overallScore is the precision of all claims on PolNeAR train.
const overallScore = 0.923

// intentNamedScore and intentUnnamedScore split ConsIntent's score by
// whether a name speaks: on PolNeAR train an intent ("wants to ...",
// "seeks to ...") is an attribution for 307 of 369 claims whose speaker
// is named and 82 of 126 whose speaker is unnamed or not found ("Both
// firms want to cut costs"), smoothed as constructionScore is (dev: 34 of
// 37 and 9 of 16).
const (
	intentNamedScore   = 0.834
	intentUnnamedScore = 0.671
)

// polnearScore returns the precision on PolNeAR of claim c's
// construction (PolNeARPrecision). The news model (newsScore) weighs it.
func polnearScore(c *extract.Claim) float64 {
	kind := SpeakerNone
	if c.Speaker >= 0 {
		kind = SpeakerNamed
	}
	return PolNeARPrecision(c.Method, kind)
}

// PolNeARPrecision returns the precision on PolNeAR of claims of construction
// cons (Score) whose speaker is of kind (SpeakerNamed, SpeakerUnnamed or
// SpeakerNone): for an intent, the share of its kind of speaker, one
// named or not.
func PolNeARPrecision(cons, kind string) float64 {
	if cons == ConsIntent {
		if kind == SpeakerNamed {
			return intentNamedScore
		}
		return intentUnnamedScore
	}
	return Score(cons)
}

// Score returns the precision on PolNeAR of the claims found by
// construction cons: the probability, on US political news, that such a
// claim's content is an attribution the text makes. A claim's kg:score
// weighs it in the news model (NewsModel) with its speaker and more.
func Score(cons string) float64 {
	if p, ok := constructionScore[cons]; ok {
		return p
	}
	return overallScore
}
