package lexicon

// Class is a word class the rules use.
type Class uint8

// Classes is a set of classes, one bit each.
type Classes [3]uint64

// The array below fails to compile when the classes outgrow the bits of
// Classes: add a word to the array then.
var _ [len(Classes{})*64 - int(numClasses)]struct{}

// Has reports whether c is in the set.
func (s Classes) Has(c Class) bool { return s[c/64]&(1<<(c%64)) != 0 }

// Union returns the set of the classes in s or in o.
func (s Classes) Union(o Classes) Classes {
	for k := range s {
		s[k] |= o[k]
	}
	return s
}

// with returns the set with c added.
func (s Classes) with(c Class) Classes {
	s[c/64] |= 1 << (c % 64)
	return s
}

// The classes. The open ones come from WordNet (see gen for their seed
// senses); the closed ones from closed.go.
const (
	// Auxiliary: forms of be, have and do and the modals (closed).
	Auxiliary Class = iota
	// Determiner: articles, demonstratives and possessive determiners (closed).
	Determiner
	// PersonalPronoun: I, we, you, he, she, it, they and their object forms
	// (closed).
	PersonalPronoun
	// Subordinator: words that open a subordinate clause: because, while,
	// if, although, when (closed).
	Subordinator
	// Hedge: words that put a statement as only possible: may, might,
	// could, possibly, perhaps (closed).
	Hedge
	// Hearsay: adverbs that put a statement as second-hand: reportedly,
	// allegedly (closed).
	Hearsay
	// Prefix: the prefixes English builds words on names with: anti-, post-,
	// ex-, pro- (closed).
	Prefix
	// Honorific: forms of address before a name: mr, mrs, dr, sir (closed).
	Honorific
	// TitleAbbreviation: abbreviated titles: gen., sen., ceo (closed).
	TitleAbbreviation
	// CompanySuffix: the legal endings of company names: inc, ltd, plc,
	// gmbh (closed.go).
	CompanySuffix
	// PaperWord: words newspapers' names are made of: times, post,
	// herald, gazette, daily (closed.go).
	PaperWord
	// NameTitle: offices written before a name that no one has as a
	// given name: president, mayor, senator, bishop (closed.go).
	NameTitle
	// Speech: verbs of saying that take a clause: say, tell, announce, warn, admit.
	Speech
	// Address: verbs of saying whose object is the addressee: tell, warn,
	// urge, inform (closed.go).
	Address
	// Denial: verbs of denying and rejecting: deny, reject, dismiss, refute.
	Denial
	// Accusation: verbs of accusing: accuse, charge, blame.
	Accusation
	// Belief: verbs of believing, knowing, hoping and fearing that take a clause.
	Belief
	// Intent: verbs of intending and planning: plan, plot, threaten, prepare.
	Intent
	// Intention: verbs of wanting, planning and promising that take a
	// to-infinitive: want, plan, intend, vow, promise, expect.
	Intention
	// Demand: verbs of demanding, urging and proposing: demand, call for,
	// urge, propose, request.
	Demand
	// Mention: verbs of noting and citing something: note, mention, cite,
	// acknowledge, highlight.
	Mention
	// Naming: verbs that name or judge something as something: call,
	// label, brand ("called the charges unfounded").
	Naming
	// AttackVerb: verbs of attacking a place or people: attack, storm,
	// bomb, raid.
	AttackVerb
	// Opposition: verbs of opposing, criticising and defeating someone:
	// attack, criticise, condemn, oppose, accuse, defeat, beat.
	Opposition
	// Kill: verbs of killing: kill, murder, assassinate, shoot.
	Kill
	// Casualty: verbs of dying and harm: kill, die, injure, wound.
	Casualty
	// Office: titles of office: president, minister, chairman, spokesman, mayor.
	Office
	// Occupation: occupations: economist, editor, analyst, professor, coach,
	// singer, actor, sprinter.
	Occupation
	// Membership: members: member, supporter, militant, delegate.
	Membership
	// Kinship: family: father, wife, son, sister, cousin.
	Kinship
	// KinSpouse, KinParent, KinChild and KinSibling: the family relations
	// a name can stand in: wife, husband; father, mother; son, daughter;
	// brother, sister.
	KinSpouse
	KinParent
	KinChild
	KinSibling
	// Associate: allies, aides and team-mates: ally, aide, adviser,
	// colleague, friend, teammate.
	Associate
	// Nobility: titles of nobility: duke, duchess, earl, lord, prince.
	Nobility
	// Citizen: citizens and nationals.
	Citizen
	// Resident: residents and natives.
	Resident
	// Perpetrator: those who carry out attacks: attacker, gunman, bomber.
	Perpetrator
	// Victim: those harmed: victim, hostage, casualty.
	Victim
	// PersonNoun: nouns whose most frequent sense is a kind of person:
	// presenter, singer, host, minister, woman (what "the <noun> said"
	// can describe).
	PersonNoun
	// Government: organisations of government: ministry, parliament, army, police, court.
	Government
	// Corporation: businesses: company, firm, bank, airline, retailer.
	Corporation
	// NewsMedia: news media: newspaper, broadcaster, news agency, channel.
	NewsMedia
	// ArmedGroup: armed groups: militia, rebels, insurgents, guerrillas.
	ArmedGroup
	// Education: schools, colleges and universities as institutions.
	Education
	// OrgGeneric: the most general words for an organisation: group,
	// organisation, body.
	OrgGeneric
	// Party: political parties.
	Party
	// Organization: organisations in general: group, union, council, club, charity.
	Organization
	// OrgPart: parts of organisations: branch, unit, division, subsidiary.
	OrgPart
	// Team: sports teams and sides.
	Team
	// Venue: halls, theatres, auditoriums.
	Venue
	// Stadium: stadiums and arenas.
	Stadium
	// Airport: airports and airfields.
	Airport
	// Hospital: hospitals and clinics.
	Hospital
	// Museum: museums and galleries.
	Museum
	// Hotel: hotels.
	Hotel
	// Worship: places of worship: church, mosque, temple.
	Worship
	// Water: bodies of water: sea, lake, river, bay, strait.
	Water
	// Mountain: mountains and peaks.
	Mountain
	// Volcano: volcanoes.
	Volcano
	// Canal: canals.
	Canal
	// City: cities, towns and villages.
	City
	// Region: regions with a government within a country: province,
	// state, county, district.
	Region
	// Country: countries and nations.
	Country
	// Settlement: settlements and administrative areas: city, town, county, state, country.
	Settlement
	// NaturalFeature: natural features: river, sea, lake, mountain, island.
	NaturalFeature
	// Facility: facilities and venues: hall, stadium, airport, hospital, church.
	Facility
	// EventAttack: attacks: attack, bombing, shooting, massacre, raid.
	EventAttack
	// EventExplosion: explosions: explosion, blast.
	EventExplosion
	// EventWar: wars: war, invasion, offensive, conflict, coup.
	EventWar
	// EventEruption: volcanic eruptions.
	EventEruption
	// EventQuake: earthquakes and tremors.
	EventQuake
	// EventTsunami: tsunamis.
	EventTsunami
	// EventStorm: storms, hurricanes, cyclones, tornadoes.
	EventStorm
	// EventFlood: floods, landslides, avalanches.
	EventFlood
	// EventFire: fires and blazes.
	EventFire
	// EventAccident: accidents: crash, collision, derailment, collapse.
	EventAccident
	// EventMeeting: meetings: meeting, conference, summit, talks.
	EventMeeting
	// EventElection: elections: election, referendum, primary.
	EventElection
	// EventProtest: protests: protest, demonstration, rally, riot, strike.
	EventProtest
	// EventSport: contests: match, tournament, championship, race.
	EventSport
	// EventCeremony: ceremonies: ceremony, funeral, inauguration, festival,
	// procession.
	EventCeremony
	// EventTrial: trials and hearings.
	EventTrial
	// EventRescue: rescues and evacuations.
	EventRescue
	// EventOutbreak: outbreaks and epidemics.
	EventOutbreak
	// EventDisaster: disasters in general: disaster, catastrophe.
	EventDisaster
	// EventGeneric: incidents in general: incident, tragedy, crisis, disaster.
	EventGeneric
	// EventName: the last words of the names of contests and festivals
	// ("the Ostmark Open", "the Korvath Games", "the Harlow Marathon",
	// "the Norland Film Festival", "the Harbour Cup"), in any of their three
	// commonest senses: in a name the word means its contest even when
	// that is not its first sense.
	EventName
	// Law: the last words of the names of laws and treaties: Act, Bill,
	// Treaty, Convention, Accord, Charter, Pact, Constitution, over three
	// senses ("the European Convention on Human Rights" is no meeting).
	Law
	// Award: prizes and honours: award, prize, medal, trophy.
	Award
	// AwardName: the one-word or two-word names WordNet gives prizes
	// and honours, in lower case: oscar, emmy, nobel prize (a name the
	// tagger reads as a person's or a place's).
	AwardName
	// CreativeWork: creative works: film, novel, album, song, play, series.
	CreativeWork
	// Work: nouns that say what a titled work is when they stand beside
	// its title ("X, a story about ...", "X, an adaptation of ...", "the
	// sitcom, X"): the creative-work senses with the words that class
	// leaves out for standing as verbs or descriptors before a name, and
	// stories, adaptations and broadcasts.
	Work
	// Statement: statements and messages: statement, report, letter, interview.
	Statement
	// Currency: currencies: dollar, pound, euro, yen.
	Currency
	// Question: verbs of asking a question: ask, question, wonder,
	// inquire (closed, claimclasses.go).
	Question
	// Evidence: nouns of what shows or finds something: poll, study,
	// data, video (closed, claimclasses.go).
	Evidence
	// PlacePreposition: prepositions before a place's name: in, at, near,
	// from, into (closed).
	PlacePreposition
	// WorkPart: nouns for a part or an issue of a serial work, or one
	// recording of a work: episode, instalment, edition, take, rendition
	// (closed).
	WorkPart
	// TradeWork: the nouns the games, publishing and broadcasting trades
	// use for one of their works: game, title, show, programme (closed).
	TradeWork
	// Spokesperson: people who speak for a body: spokesman,
	// spokeswoman, representative, official.
	Spokesperson
	// Negation: the adverbs and the determiner that deny: not, n't,
	// never, no (closed).
	Negation
	// Holiday: holidays and feasts: Christmas, Easter, Thanksgiving,
	// Boxing Day.
	Holiday
	// Language: languages: Arabic, Mandarin, Swahili, English.
	Language
	// Discussion: verbs of talking about something: discuss, talk about,
	// talk over ("discussed the plan", "talked about the war").
	Discussion
	// Resume: verbs of going on talking: continue, go on, carry on
	// ("“...,” she continued"; "X continued: “...”").
	Resume
	// Stance: verbs of taking a side in words, for or against someone or
	// something: support, endorse, back, defend, praise, welcome,
	// oppose, criticise, condemn, denounce.
	Stance
	// Defeat: words of winning or losing a contest against someone:
	// beat, defeat, trounce, rout, lose (to), draw, tie (with); win,
	// victory, defeat, draw, loss (nouns).
	Defeat
	// Reference: verbs of referring to something in words, whose object
	// follows "to": refer, allude, advert ("referred to the vote",
	// "alluding to his rival").
	Reference
	// Communication: verbs whose most frequent sense is one of
	// communicating, read with an object, a preposition's object or a
	// quotation: mock, bemoan, echo, extol, deride, document, outline
	// ("Ann Lee mocked the plan", "Bo Ek spoke of the war").
	Communication
	// TimeSpan: nouns of spans of time: hour, minute, week, decade,
	// while ("spoke for an hour").
	TimeSpan
	// Agreement: verbs of agreeing and disagreeing: agree, concur,
	// disagree, dissent ("agreed with the plan", "disagree on the tax").
	Agreement
	// Feeling: verbs of feeling and worrying that take a clause: feel,
	// worry ("many feel the country is on the wrong path").
	Feeling
	// Comparison: verbs of likening someone or something to another:
	// compare, liken, equate ("likened the deal to a surrender").
	Comparison
	// BeliefFirst: verbs of belief whose most frequent sense is one:
	// fear, want, know ("fears a recession"), not establish.
	BeliefFirst
	// LegalForm: the abbreviations of companies' legal forms: inc, ltd,
	// plc, co, gmbh (closed.go); each is also a CompanySuffix.
	LegalForm
	// Condition: the subordinators that make their clause a condition, not
	// a statement: if, unless, whether (closed.go).
	Condition
	// TimeZone: the times of time zones: GMT, UTC, EST, PST.
	TimeZone
	// Musician: people who make music in a band: singer, guitarist,
	// drummer, frontman.
	Musician
	// Enterprise: words for a business by its size or its shape that
	// stand before its name ("the oil giant X", "the restaurant chain
	// X"), not words of names ("the X Giants").
	Enterprise
	// EventShow: the last words of the names of shows and fairs where
	// goods are shown ("the Harlow Motor Show", "the Velden Book Fair",
	// "the Ostmark Expo"): an event when a name so ended was read as a
	// body's, which such a word seldom ends.
	EventShow
	// Inhabitant: nouns for the people of a place or a nation, WordNet's
	// capitalised ones too: Briton, Scot, Frenchman, Londoner (their first
	// sense: "English" is a language first).
	Inhabitant
	// NaturalKind: nouns whose most frequent sense is a chemical
	// element, a disease, an infection or a microbe: cobalt, measles,
	// malaria, virus (what a name the tagger read as a person's may be
	// the word for).
	NaturalKind
	// EventChange: nouns for a drastic change of a society that head
	// the names of historical events: revolution.
	EventChange
	// DocumentPart: nouns for a numbered part of a law or a text: title
	// (of a statute), article, section, chapter, clause, amendment.
	DocumentPart
	// Discipline: nouns for a branch of knowledge, each sense alone:
	// science, social science, medicine, the humanistic disciplines.
	Discipline
	// SportRole: the people and groups of a sports side, which a side's
	// name stands before ("the Norland coach", "Harlow's fly-half", "the
	// Ostmark side"): athletes and players, coaches, captains, teams,
	// squads and sides.
	SportRole
	// Contest: verbs of contending with a side: play (a game or sport),
	// compete, face (in a competition), tear into.
	Contest
	// MusicGroup: musical groups: band, orchestra, choir, ensemble, trio,
	// rock group.
	MusicGroup
	// RecordWork: the nouns the record trade uses for one of its works:
	// single, track, hit, cover (closed).
	RecordWork
	// Product: made goods sold under a model's name: car, truck,
	// laptop, phone, medicine.
	Product
	// Gadget: electronic goods and programs sold or spread under a
	// model's name, by a sense past a word's first: console, browser,
	// virus, worm, trojan.
	Gadget
	// Performer: actors and the stars of a film or a show: actor,
	// actress, comedian, star (an actor who plays a principal role).
	Performer
	// Counsel: people one engages for a service, whose client is no
	// colleague: lawyer, solicitor, publicist, agent, coach, doctor.
	Counsel
	// Employ: verbs of employing and appointing: hire, employ, sign,
	// appoint, assign.
	Employ
	// Voice: nouns for who or what can put words, by one of their two
	// most frequent senses: people, groups of people, communications
	// (official, crowd, nation, report, letter), not things, acts or
	// events (restoration, fault, case).
	Voice
	// Salutation: nouns of greeting and leave-taking: farewell,
	// goodbye, hello ("said goodbye to the club" takes leave).
	Salutation
	// Perception: verbs of perceiving and exhibiting: perceive, detect,
	// notice, hear, demonstrate (not show).
	Perception
	// Envoy: people sent to represent others: ambassador, envoy,
	// emissary, consul, delegate (named by where they are posted: "the
	// Ostmark ambassador X" works for Norland, not Ostmark).
	Envoy
	// Character: roles in a story, a play or a film: hero, villain,
	// protagonist ("the story's hero X" names no office).
	Character
	// Candidate: people who seek an office or a prize and hold none:
	// candidate, nominee, running mate.
	Candidate
	// Postal: the post and its services: mail, post, express (a paper's
	// name word as often a postal service's).
	Postal
	// Legislature: legislatures: parliament, congress, senate, diet.
	Legislature
	// SportGame: games played by sides or players against each other:
	// football, cricket, rugby, hockey, basketball, tennis, boxing, golf.
	SportGame
	// GamePlayed: a game as one contest played: game, home game, cup tie.
	GamePlayed
	// ScoreUnit: the units a side's standing is counted in: point, goal,
	// run, game.
	ScoreUnit
	// CompetitionPart: the stages and titles of a competition, which
	// its name stands before ("the Norland Cup final", "the X title",
	// "X champions"): final, semifinal, quarterfinal, opener, title,
	// championship, champion.
	CompetitionPart
	// Equity: the nouns of a company's shares and profits, which its
	// name stands before or after ("X shares", "shares in X", "X's
	// profits"): share, stock, shareholder, profit, earnings, dividend.
	Equity
	// CelestialBody: the names of planets, moons and stars (Earth,
	// Moon, Mars, Sun, Titan), a names class.
	CelestialBody
	// CelestialNoun: the common nouns of heavenly bodies (planet,
	// moon, asteroid, comet, star).
	CelestialNoun
	// Illness: nouns whose most frequent sense is an illness, a
	// disorder or an infection, WordNet's capitalised ones too
	// (cholera, dementia, sars).
	Illness
	// Way: nouns whose most frequent sense is a way made for travel:
	// road, lane, street, avenue.
	Way
	// MatchOfficial: the nouns of a game's officials, who administer
	// its rules: referee, umpire, linesman.
	MatchOfficial
	// Software: the nouns for a program sold or spread under its name:
	// software, software package ("the Tarvik software"), a Gadget
	// too.
	Software
	// ShownWork: works shown or staged before an audience, whose prize
	// for its kind goes to the work ("best film", "best musical"), not
	// to its makers as a record's or a book's does: film, play, musical,
	// drama, opera, ballet, documentary, series, TV show.
	ShownWork
	// ShowMaker: those who make films and stage shows, by one of a
	// word's commonest senses: director, film-maker, theatre director (a
	// trade plied anywhere: "the Norlandic director X").
	ShowMaker
	// Sovereign: rulers who reign over a country: king, queen, emperor,
	// monarch, tsar (not a prince or a duke, whose title is of rank).
	Sovereign
	// Ruler: rulers and chiefs who reign over a land or a people:
	// king, queen, sultan, emir, sheikh, caliph, regent.
	Ruler
	// LeaveOffice: verbs of leaving a post: resign, quit, step down,
	// retire, abdicate, vacate.
	LeaveOffice
	// WorkMaker: the nouns of one who makes a work, by WordNet's senses
	// alone: creator, writer, author, screenwriter ("the Velden Nights
	// creator X", "X, writer of Harlow Road"); the work is what they
	// made, not their employer.
	WorkMaker
	// EventBout: one contest between sides, which a competition is made
	// of: match, final, semifinal.
	EventBout
	// Attainment: what a side wins, takes or holds in a contest:
	// victory, title, prize, trophy, record, lead, place, point, goal,
	// set, break (of serve), seat, wicket.
	Attainment
	// LayClaim: verbs of saying that also take or give up what is due or
	// won: claim, concede, cede, yield.
	LayClaim
	// SoftwareName: the names of operating systems, which WordNet lists
	// as instances (Linux, Unix, MS-DOS), a names class.
	SoftwareName
	// Believer: nouns for the members of a faith or a church, WordNet's
	// capitalised ones too, by their first sense: Christian, Muslim,
	// Catholic, Baptist (a people's word, like a demonym, no body's name).
	Believer
	// AdjunctPreposition: prepositions of two words whose first is no
	// preposition, which open an adjunct of time, cause, manner or source
	// and never a verb's object: prior to, due to, owing to, according
	// to, because of, instead of (closed).
	AdjunctPreposition
	// Seizure: sudden episodes of a bodily or mental condition, WordNet's
	// attack that is "a sudden occurrence of an uncontrollable condition"
	// and its kinds, and the panic attack it files under fear: heart
	// attack, anxiety attack, panic attack, seizure, fit (no incident).
	Seizure
	// EventRace: contests of speed, WordNet's race that is "a contest of
	// speed" and its kinds, over three senses: race, marathon, grand
	// prix, cross country, relay (one contest, where a championship or
	// a cup is many).
	EventRace
	// Technology: technologies, standards, formats, protocols, codes and
	// interfaces, which a name stands before or beside as the thing
	// itself: technology, standard, format, protocol, code, interface
	// ("the Tarvik standard", "TXP, a mobile technology").
	Technology
	// Accord: agreements between parties and deals of trade, by their
	// first two senses: agreement, deal, contract, pact, settlement
	// ("a deal with X": X a party to it).
	Accord
	// MusicAct: the music trade's nouns for who performs, a singer or a
	// band (closed): act ("acts including X and Y").
	MusicAct
	// Quantifier: the determiners of quantity that open a noun phrase as
	// an article does: many, most, some, several, few, all, both (closed).
	Quantifier
	// Predeterminer: the words that go before a determiner in its noun
	// phrase: all, both, half, such, quite, twice (closed).
	Predeterminer
	// Portfolio: the offices held for a portfolio of government rather
	// than at a body: minister, secretary, commissioner, undersecretary.
	Portfolio
	// LifeEvent: verbs of the events of a person's life whose subject
	// is the person: die, perish, marry, wed, graduate, retire.
	LifeEvent
	// VoiceRole: verbs that credit someone with a part's voice or
	// likeness: voice, narrate, portray, impersonate.
	VoiceRole
	// Weapon: weapons and munitions: gun, rifle, bomb, grenade, missile,
	// mortar, artillery.
	Weapon
	// Afflict: verbs whose subject, a storm or a blast, hits a place:
	// hit, strike, devastate, ravage, batter, rock, shake, sweep.
	Afflict
	// Former: adjectives that mark a title no longer held: former,
	// erstwhile, onetime, previous.
	Former
	// Evidential: verbs of what a record or a figure shows: show,
	// suggest, indicate, bespeak.
	Evidential
	// Structure: built structures that house no body: bridge, dam,
	// tower, tunnel, viaduct, lighthouse.
	Structure
	// LanguageNoun: the nouns that head a phrase saying a name is a
	// language's: language, dialect (closed).
	LanguageNoun
	// Constituency: the nouns of an area that elects a member of a
	// legislature, by the sense alone: constituency, seat (in a
	// legislature), ward (of a town, for elections).
	Constituency
	// Mind: nouns for who can hold a view: people and groups of people,
	// by one of a lemma's two most frequent senses (Voice without its
	// communications): official, crowd, nation; not figure, indicator.
	Mind
	// Launch: verbs of setting going an incident their object
	// describes: launch, begin, start, commence, stage, mount, carry
	// out, execute, unleash, kick off, embark on, inaugurate, lead off,
	// start up ("launched an offensive", "staged a protest").
	Launch
	// OpenGround: open grounds a town lays out, that house no body:
	// square, plaza, piazza, park.
	OpenGround
	// Release: verbs of issuing a work or a good to the public: release,
	// issue, unveil ("released a new album").
	Release
	// Verdict: verbs of a court's verdict on someone: convict, sentence,
	// acquit ("was convicted of fraud").
	Verdict

	numClasses
)

// classNames names the classes in the data file and in messages.
// IncidentClasses returns the classes of nouns for incidents, in the order
// a noun in several is read: the specific before the general.
func IncidentClasses() []Class {
	return []Class{EventAttack, EventExplosion, EventEruption, EventQuake, EventTsunami, EventStorm, EventFlood, EventFire,
		EventAccident, EventProtest, EventWar, EventMeeting, EventElection, EventSport, EventRescue, EventOutbreak,
		EventTrial, EventCeremony, EventDisaster, EventGeneric}
}

// PlaceClasses returns the classes of nouns for kinds of places: regions,
// settlements, buildings and grounds, natural features and waters.
func PlaceClasses() []Class {
	return []Class{Region, Settlement, City, Country, Facility, NaturalFeature, Venue, Stadium, Airport, Hospital, Museum,
		Hotel, Worship, Canal, Volcano, Water, Mountain}
}

var classNames = [numClasses]string{
	Auxiliary:          "auxiliary",
	Determiner:         "determiner",
	PersonalPronoun:    "personal-pronoun",
	Subordinator:       "subordinator",
	Hedge:              "hedge",
	Hearsay:            "hearsay",
	Prefix:             "prefix",
	Honorific:          "honorific",
	TitleAbbreviation:  "title-abbreviation",
	CompanySuffix:      "company-suffix",
	PaperWord:          "paper-word",
	NameTitle:          "name-title",
	Speech:             "speech",
	Address:            "address",
	Denial:             "denial",
	Accusation:         "accusation",
	Belief:             "belief",
	Intent:             "intent",
	Intention:          "intention",
	Demand:             "demand",
	Mention:            "mention",
	Naming:             "naming",
	AttackVerb:         "attack-verb",
	Kill:               "kill",
	Casualty:           "casualty",
	Office:             "office",
	Occupation:         "occupation",
	Membership:         "membership",
	Kinship:            "kinship",
	Associate:          "associate",
	Nobility:           "nobility",
	Citizen:            "citizen",
	Resident:           "resident",
	Perpetrator:        "perpetrator",
	Victim:             "victim",
	Opposition:         "opposition",
	KinSpouse:          "kin-spouse",
	KinParent:          "kin-parent",
	KinChild:           "kin-child",
	KinSibling:         "kin-sibling",
	PersonNoun:         "person-noun",
	Government:         "government",
	Corporation:        "corporation",
	NewsMedia:          "news-media",
	Postal:             "postal",
	Legislature:        "legislature",
	ArmedGroup:         "armed-group",
	Education:          "education",
	OrgGeneric:         "org-generic",
	Party:              "party",
	Organization:       "organization",
	OrgPart:            "org-part",
	Team:               "team",
	Venue:              "venue",
	Stadium:            "stadium",
	Airport:            "airport",
	Hospital:           "hospital",
	Museum:             "museum",
	Hotel:              "hotel",
	Worship:            "worship",
	Water:              "water",
	Mountain:           "mountain",
	Volcano:            "volcano",
	Canal:              "canal",
	City:               "city",
	Region:             "region",
	Country:            "country",
	Settlement:         "settlement",
	NaturalFeature:     "natural-feature",
	Facility:           "facility",
	EventAttack:        "event-attack",
	EventExplosion:     "event-explosion",
	EventWar:           "event-war",
	EventEruption:      "event-eruption",
	EventQuake:         "event-quake",
	EventTsunami:       "event-tsunami",
	EventStorm:         "event-storm",
	EventFlood:         "event-flood",
	EventFire:          "event-fire",
	EventAccident:      "event-accident",
	EventMeeting:       "event-meeting",
	EventElection:      "event-election",
	EventProtest:       "event-protest",
	EventSport:         "event-sport",
	EventCeremony:      "event-ceremony",
	EventTrial:         "event-trial",
	EventRescue:        "event-rescue",
	EventOutbreak:      "event-outbreak",
	EventDisaster:      "event-disaster",
	EventGeneric:       "event-generic",
	EventBout:          "event-bout",
	SoftwareName:       "software-name",
	Believer:           "believer",
	Seizure:            "seizure",
	EventRace:          "event-race",
	AdjunctPreposition: "adjunct-preposition",
	EventName:          "event-name",
	Law:                "law",
	Award:              "award",
	AwardName:          "award-name",
	CreativeWork:       "creative-work",
	Work:               "work",
	Statement:          "statement",
	Currency:           "currency",
	Question:           "question",
	Evidence:           "evidence",
	PlacePreposition:   "place-preposition",
	WorkPart:           "work-part",
	TradeWork:          "trade-work",
	RecordWork:         "record-work",
	Product:            "product",
	Gadget:             "gadget",
	Spokesperson:       "spokesperson",
	Negation:           "negation",
	Holiday:            "holiday",
	Language:           "language",
	Stance:             "stance",
	Resume:             "resume",
	Discussion:         "discussion",
	Defeat:             "defeat",
	Reference:          "reference",
	Communication:      "communication",
	TimeSpan:           "time-span",
	Agreement:          "agreement",
	Feeling:            "feeling",
	Comparison:         "comparison",
	BeliefFirst:        "belief-first",
	LegalForm:          "legal-form",
	Condition:          "condition",
	TimeZone:           "time-zone",
	Musician:           "musician",
	Enterprise:         "enterprise",
	EventShow:          "event-show",
	Inhabitant:         "inhabitant",
	NaturalKind:        "natural-kind",
	EventChange:        "event-change",
	DocumentPart:       "document-part",
	Discipline:         "discipline",
	SportRole:          "sport-role",
	Contest:            "contest",
	MusicGroup:         "music-group",
	Performer:          "performer",
	Counsel:            "counsel",
	Employ:             "employ",
	Voice:              "voice",
	Salutation:         "salutation",
	Perception:         "perception",
	Envoy:              "envoy",
	Character:          "character",
	Candidate:          "candidate",
	SportGame:          "sport-game",
	GamePlayed:         "game-played",
	ScoreUnit:          "score-unit",
	CompetitionPart:    "competition-part",
	Equity:             "equity",
	CelestialBody:      "celestial-body",
	CelestialNoun:      "celestial-noun",
	Illness:            "illness",
	Way:                "way",
	MatchOfficial:      "match-official",
	Software:           "software",
	ShownWork:          "shown-work",
	ShowMaker:          "show-maker",
	Sovereign:          "sovereign",
	Ruler:              "ruler",
	LeaveOffice:        "leave-office",
	WorkMaker:          "work-maker",
	Attainment:         "attainment",
	LayClaim:           "lay-claim",
	Technology:         "technology",
	Accord:             "accord",
	MusicAct:           "music-act",
	Quantifier:         "quantifier",
	Predeterminer:      "predeterminer",
	Portfolio:          "portfolio",
	LifeEvent:          "life-event",
	VoiceRole:          "voice-role",
	Weapon:             "weapon",
	Afflict:            "afflict",
	Former:             "former",
	Evidential:         "evidential",
	Structure:          "structure",
	LanguageNoun:       "language-noun",
	Constituency:       "constituency",
	Mind:               "mind",
	Launch:             "launch",
	OpenGround:         "open-ground",
	Release:            "release",
	Verdict:            "verdict",
}

var classByName = func() map[string]Class {
	m := map[string]Class{}
	for c, n := range classNames {
		m[n] = Class(c)
	}
	return m
}()

// String returns the class's name.
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return "class?"
}

// ClassNamed returns the class of a name, and ok=false when there is none.
func ClassNamed(name string) (Class, bool) {
	c, ok := classByName[name]
	return c, ok
}
