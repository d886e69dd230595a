package typing

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
)

// Wikidata terms used for countries.
const (
	wikidataEntity = "http://www.wikidata.org/entity/"
	// ISOCode is Wikidata's "ISO 3166-1 alpha-2 code" property.
	ISOCode = "http://www.wikidata.org/prop/direct/P297"
)

// Typer is a pipeline stage that refines entity classes. It is safe for
// concurrent use.
type Typer struct {
	g   *gazetteer.Gazetteer
	co  *Countries // over g, or nil
	ann *annotate.Annotator
	lex *lexicon.Lexicon // ann's
	err error
}

// New returns a Typer over g and the lexicon built into kg; a lexicon that
// fails to load is reported by Process.
func New(g *gazetteer.Gazetteer) *Typer {
	ann, err := annotate.Default()
	t := &Typer{g: g, ann: ann, err: err}
	if g != nil {
		t.co = &Countries{g: g, shared: parseShared()}
	}
	if err == nil {
		t.lex = ann.Lexicon()
	}
	return t
}

// Weights of the kinds of evidence. A class needs minVotes to be given.
const (
	wName      = 3.0 // a word of the name ("Ministry", "Ltd")
	wNamePair  = 4.0 // two words of the name ("News Agency")
	wDescr     = 2.0 // a descriptor next to a mention ("the company X")
	wDescrPair = 3.0 // a two-word descriptor ("X news agency")
	wApposite  = 2.5 // the head of an appositive ("X, a shipping firm")
	wWeak      = 1.0 // a verb frame ("told X")
	minVotes   = 2.0
)

// evidence is what the mentions of one entity say about its class.
type evidence struct {
	votes map[string]float64
	// nameVotes are the part of votes that words of the name gave.
	nameVotes map[string]float64
	// placeCtx counts mentions in a place context ("in X", "as far as
	// X"); personCtx mentions after a personal title.
	placeCtx, personCtx int
	// frameNext is set when the last place context read stood right
	// before the mention ("in X", not "in Y, X").
	frameNext bool
	// personWord is set when an honorific stands right before a mention
	// ("Mr X").
	personWord bool
	// illnessOwner counts mentions that own an illness's name, the two
	// making a lemma of one ("X's disease" where WordNet has it).
	illnessOwner int
	// illnessFrame counts mentions after "positive for", "diagnosed
	// with", "infected with" or "symptoms of" (illnessFrame).
	illnessFrame int
	// employer counts the mentions after a noun for an occupation and
	// "at" ("an analyst at X"): X employs the person.
	employer int
	// act counts the mentions an act list names ("acts including X",
	// "X and Y are among the acts": actList): a performer, a singer or
	// a band.
	act int
	// beforePerson is set when a noun for a kind of person and a
	// person's name follow a mention ("X actor Ann Lee").
	beforePerson bool
	// musician is set when that noun is for a musician in a band ("X
	// singer Ann Lee", "X frontman Bo Ek"): X is the band.
	musician bool
	// staff is set when that noun is for an occupation ("X economist
	// Bo Ek", "X analyst Ann Lee"; staffNoun) and the name after it
	// opens with a given name (not "X producer Acme"): X employs the
	// person.
	staff bool
	// sportRole is set when that noun is for a role in a team ("X
	// manager Ann Lee"), and player when the role is a player's, no
	// office ("X striker Bo Ek"): X is the team.
	sportRole, player bool
	// which is set for a name a relative "which" follows ("X, which
	// ..."): a thing, not a person ("who").
	which bool
	// team counts the mentions that are a side in a match result ("X
	// beat Y 2-1").
	team int
	// speaker counts the mentions followed by a verb of saying ("X
	// said").
	speaker int
	// titleFirst is set when a name opens with a title of office or
	// nobility ("Emperor X", "President X").
	titleFirst bool
	// officeBefore is set when a singular noun for an office stands
	// right before a mention ("former coach X").
	officeBefore bool
	// officeAfter is set when an appositive headed by a noun for a
	// person's office at a body follows a mention ("X, spokesman for
	// Acme"): officeAppositive.
	officeAfter bool
	// partOf is the entity an appositive makes this one a part of ("an X
	// branch"), or -1.
	partOf int
	// group is set when a group noun follows a mention ("the X group").
	group bool
	// partBefore is set when a noun for a part of an organisation stands
	// right before a mention after a determiner, a possessive, an
	// adjective or a place's name ("its affiliate X", "Acme's US unit
	// X"): a body, whose class is its whole's.
	partBefore bool
	// ownsPart is set when a mention owns a part of a body ("X's US
	// affiliate", "X's drugs unit"): X is the body.
	ownsPart bool
	// within is set when a mention is followed by ", Y" where Y is a
	// country or region that the gazetteer holds a place of this name in
	// ("Aiken, South Carolina", "ISMAILIA, Egypt"): the way news writes a
	// town and where it is.
	within bool
	// credit is set for a mention in brackets between a dateline's town
	// and its dash: the news agency ("VELDEN, X (AP) —").
	credit bool
	// work is set for a mention after a noun for a creative work ("the
	// film X", "boxing drama X"): a title, not an organisation or person.
	work bool
	// workOwner counts the mentions before a possessive, a noun for a
	// creative work and its title ("X's supernatural thriller Y"):
	// workOwner.
	workOwner int
	// kindBefore is set for a mention right after a singular noun for a
	// creative work in lower case that follows a determiner, a
	// possessive or a modifier ("the supernatural thriller X"): a title
	// even when the gazetteer knows a town of its name (work-title).
	kindBefore bool
	// subtitle is set for a title and its subtitle after a colon, which
	// resolution joined into one name: a work whatever its words say.
	subtitle bool
	// reasons are the votes' constructions and words.
	reasons []reason
	// title is set when a name is a title held by a person: a title
	// alone or with its place ("the Duchess", "Mayor of London").
	title bool
	// featureName is set when the entity's name ends in a word for a
	// built facility ("X Square", "X Park"): the place is that, not a
	// town the gazetteer lists under the same name. (Towns are named for
	// natural features often: "X Hills".)
	featureName bool
	// peopleBeside counts the people the tagger found named beside the
	// mention in one list ("Ann Lee, Bo Ek and X").
	peopleBeside int
	// kinBefore counts the mentions right after a noun for a relative
	// or an occupation ("cousin X", "sprinter X": kinWord, read by
	// titleBefore).
	kinBefore int
	// personNoun is set when a singular noun for a kind of person stands
	// right before a one-word mention ("frontman X").
	personNoun bool
	// bodyNoun is set when a singular noun for an organisation of no
	// finer class stands right before a mention after a determiner, a
	// possessive or an adjective ("the charity X"): classlessBodyNoun.
	bodyNoun bool
	// affiliation counts the one-word mentions right before a title
	// and a person's name ("Green MEP Ann Lee"): affiliationBefore.
	affiliation int
	// roleBefore is set when a singular noun in lower case for a
	// player's role in a side or a musician's in a band, no office's nor
	// a body's word, stands right before a mention ("rookie quarterback
	// X", "guitarist X"): no side, firm or band is called so.
	roleBefore bool
	// peopleList is set when a plural noun for a kind of person
	// introduces a list of names that holds the mention ("photographers
	// Ann Lee, X and Bo Ek", "singers such as X and Y"): each is a
	// person.
	peopleList bool
	// venueW is the weight of the votes for a kind of venue from a word
	// after a mention ("the X hotel").
	venueW float64
	// bodyBefore is set when a descriptor before a mention, or an
	// appositive after it, names a kind of organisation ("the bank X",
	// "banks such as X", "X, a shipping firm"): unlike one after it ("X
	// rebels", "X firms"), where a place's name often stands.
	bodyBefore bool
	// award is set when a name ends in a word for a prize ("the Golden
	// Globe Awards", "the Booker Prize"): an award, not a body.
	award bool
	// prizeWord is set when the name is a prize's one-word name the
	// lexicon gives ("Emmy", "the Emmys"): the tagger reads it as a
	// person's, its given name too.
	prizeWord bool
	// prized counts the mentions read where a prize stands ("won an X",
	// "X nominations"): prizeContext.
	prized int
	// made counts the mentions read right before a noun for a made
	// good ("the X sedan"): productContext.
	made int
	// model counts those of them that only a model's name reads so:
	// after the noun ("the browser X"), after its maker's possessive
	// ("its X console", "Acme's new X laptop") or said to be one ("X,
	// a new laptop,", "X is a phone"); a maker stands before the noun
	// too ("an Acme laptop").
	model int
	// law is set when a name ends in a word for a law or a treaty ("the
	// Human Rights Act", "the Kyoto Protocol"): a text, not a body.
	law bool
	// techName is set when a name ends in a word for a standard, a
	// protocol, a format or a code ("the Tarvik Packet Protocol",
	// "Vell Audio Format"): a technology, not a body.
	techName bool
	// initials is set when a name the tagger read as a body's is
	// spelled out beside its initials with no word of a body among its
	// words ("Secure Content Protection (SCP)"): initialsThing.
	initials bool
	// initialsTech is set with initials when a word of the name is a
	// technology's, a standard's or a protocol's (initialsTechWord).
	initialsTech bool
	// meetingOf is set when a name ends in a word for a meeting after a
	// word for a kind of organisation ("the Reds Party Conference"): the
	// body's meeting, not the body.
	meetingOf bool
	// meetingHead is set when a name of two words or more ends in a
	// capitalised noun for a meeting or a show ("the Tarvik Widgets
	// Conference", "Vellworld Expo"): meetingHeadName.
	meetingHead bool
	// bodyFramed is set when a mention follows a form of "join" or "of"
	// after a noun for an office or a membership ("members of X"):
	// bodyFrame, read by the division-head rule.
	bodyFramed bool
	// meetingBody is set when that noun names a body too (a league's
	// "Conference"), which a page with a sport's words reads so.
	meetingBody bool
	// goodsHead is set when a name of two words or more ends in a
	// capitalised noun for a gadget or a program after another body's
	// name of the page ("Acme Browser" beside "Acme"): makerGoods.
	goodsHead bool
	// theTitle is set when a mention opens with a capitalised "The"
	// inside a sentence, after a word in lower case or a comma, and the
	// name's head is a singular noun ("beat The Green Lamp", "a sequel
	// to The Wealth of Harlow"): the way titles are written; bands are
	// named in the plural ("The Harlow Boys").
	theTitle bool
	// orgHead is set when a name of two words or more ends in a word for
	// an organisation ("the X Foundation", "the X Professional League").
	orgHead bool
	// dayOrTongue is set when WordNet has the name as a holiday's or a
	// language's ("Christmas", "Arabic"): neither a place nor a body.
	dayOrTongue bool
	// speaking counts the mentions of one word right before a hyphen
	// and "speaking" ("X-speaking children"): speakingLanguage.
	speaking int
	// tongue counts the mentions an appositive headed by "language" or
	// "dialect" follows ("X, a Vellic language"): languageAppositive.
	tongue int
	// gloss counts the mentions of a language's name that label a gloss
	// ("(X: ...)"): languageGloss.
	gloss int
	// featureHead is the last word of a name the tagger read as a
	// person's when it is a word for a natural feature that news
	// capitalises about as often as not ("Island"), and no one's name.
	featureHead string
	// sportsPage is set on every entity of a sports page (sideMentions).
	sportsPage bool
	// sportWords is set on every entity of a page with one kind of a
	// sports page's words at least (sportCues).
	sportWords bool
	// groupBefore is set when a general word for a body stands before a
	// mention after a place's name or an adjective ("Harlow group X",
	// "veteran group X"; not "the group X founded").
	groupBefore bool
	// voiced is set when a verb of lending a voice or a likeness to a
	// part stands before a mention with "by" ("voiced by X"): a
	// performer's name (voiceCredit).
	voiced bool
	// cited counts mentions cited as an author's in a reference in
	// brackets ("(X 2003, 41)", "(X et al., 2017)"): a person's name
	// (authorCite).
	cited int
	// gameName holds the words of a construction that reads a mention
	// as a game's name on a page about computers' games (gameName,
	// gamePage): "the hugely popular X game", "the game X".
	gameName string
	// musicPage is set on every entity of a document with a common noun
	// for a musical group ("band", "orchestra"): there a name that opens
	// with a given name and takes a plural verb may be a band's.
	musicPage bool
	// lives counts the mentions that are the subject of a verb of a
	// life's events ("X was born", "X died", "X retired"): a person.
	lives int
	// owners are the names of the document's organisations whose
	// own words say no government's body (owners): a name opening with
	// one is that body's part or product ("Acme Office", "Acme World
	// Service"), which a government's word after it does not make a
	// government's.
	owners map[string]bool
	// theName counts the mentions after a lower-case "the" that end
	// their noun phrase ("from the Harlow and Pellam"): not how news
	// names a town (theBeforeName).
	theName int
	// modName counts the mentions before a lower-case noun, with no
	// "the" before them ("X success"): a modifier, which says nothing
	// of a town.
	modName int
	// occurs counts the mentions read as an event's: the subject of a
	// verb of occurring ("X happened", "X took place"), the object of
	// "during" ("during X"), or with a noun for a kind of event heading
	// its appositive or its copula's complement ("X, an annual festival").
	occurs int
	// plural counts the mentions of a name the tagger read as a
	// person's that open their clause before a plural form of "be" or
	// "have" ("X were a hit"): a group's, as one person is singular.
	plural int
	// equity counts the mentions read by their shares or profits
	// ("shares in X", "X's profits"): a company's.
	equity int
	// givenPair counts the mentions of a given name alone before "and"
	// and a person's given name and surname ("Ann and Bo Ek"):
	// sharedSurname.
	givenPair int
	// his counts the mentions that are the subject of a verb whose
	// object opens with "his" or "her" ("X made his 31st save"):
	// hisSubject.
	his int
	// its counts the mentions that are the subject of a verb whose
	// object, or whose reported clause, opens with "its" or "it" ("X cut
	// its forecast", "X said it had no plans"): itsSubject.
	its int
	// maker counts the mentions before a plural noun for a made good
	// ("X laptops"): makerBefore.
	maker int
	// party counts the mentions after a noun for a deal and "with" ("a
	// deal with X"): partyWith.
	party int
	// itsSaid counts those of them where the verb is one of saying ("X
	// said its profits rose"): a work or an event does not speak.
	itsSaid int
	// ticker counts the mentions followed by a stock symbol in
	// brackets ("X (ACM.N)"): tickerAfter.
	ticker int
	// lone counts the sides of team that only a player's frame reads
	// ("played for X", "X's match"; lone in countSidesAndPlaces).
	lone int
	// tradeBody is the class of a body that a noun for a person as much
	// as a body names, heading an appositive of a mention the tagger
	// read as a person's ("X, the internet provider,"; predicate): a
	// body's when no given name opens the name (trade-appositive).
	tradeBody string
	// onAir counts the mentions of a name the tagger read as a place's
	// between "the" (or an adjective) and a noun of the broadcasting trade that ends the
	// phrase ("on the X show"): a channel's or a broadcaster's name.
	onAir int
}

// bodyRead reports whether a construction around a mention reads a body:
// an employer, a body's word before or after it, a part it owns or is,
// a person it stands before, its shares or its words of a company.
func (ev *evidence) bodyRead() bool {
	return ev.employer > 0 || ev.its > 0 || ev.equity > 0 || ev.ticker > 0 || ev.party > 0 || ev.maker > 0 || ev.bodyBefore || ev.partBefore ||
		ev.ownsPart || ev.beforePerson || ev.group || ev.orgHead || ev.credit
}

// plays reports whether the evidence reads the name as a side in results
// more often than place frames place it, outside a longer name and a
// credit: a country or a town that plays is its team.
func (ev *evidence) plays() bool {
	return ev.team > ev.placeCtx && !ev.within && !ev.credit
}

// vote adds weight w to class, and records the construction (method) and
// the words that gave it.
func (ev *evidence) vote(class string, w float64, method, words string) {
	if ev.votes == nil {
		ev.votes = map[string]float64{}
	}
	ev.votes[class] += w
	if strings.HasPrefix(method, "name-") {
		if ev.nameVotes == nil {
			ev.nameVotes = map[string]float64{}
		}
		ev.nameVotes[class] += w
	}
	ev.reasons = append(ev.reasons, reason{class, method, words})
}

// workVote is the class of the reasons that say a name is a work's title:
// they are kept for the entity's evidence, not counted as votes.
const workVote = "work"

// markWork records that a construction (method, over words) says the
// mention is a creative work's title.
func (ev *evidence) markWork(method, words string) {
	ev.work = true
	ev.reasons = append(ev.reasons, reason{workVote, method, words})
}

// decideWork types a title named as one ("the film X") with nothing
// saying it is a body, a place or a person as a work, whatever the
// tagger said; a name the gazetteer knows as a place's only when a noun
// for a work leads it (titledPlace). It reports whether it did.
func (t *Typer) decideWork(e *extract.Entity, ev *evidence) bool {
	if !ev.work || ev.personCtx != 0 || ev.contextWeight(isOrgClass) >= wDescrPair || ev.contextWeight(isPlaceClass) >= wDescrPair || t.knownPlace(e.Name) && !ev.titledPlace() {
		return false
	}
	e.Type, e.Class = extract.Miscellaneous, extract.CreativeWorkClass
	e.Evidence = append(e.Evidence, ev.because(workVote)...)
	return true
}

// titledPlace reports whether a name the gazetteer knows as a place's
// is a work's title here: a noun for a work leads it in a noun phrase
// ("the supernatural thriller X", kindBefore) and no mention stands in a
// place's frame or before its country ("in X", "X, Norland").
func (ev *evidence) titledPlace() bool {
	return ev.kindBefore && ev.placeCtx == 0 && !ev.within
}

// namedAs reports whether a word of the name itself voted for class
// ("Harlow University"), not only the words around its mentions.
func (ev *evidence) namedAs(class string) bool {
	for _, r := range ev.reasons {
		if r.class == class && strings.HasPrefix(r.method, "name-") {
			return true
		}
	}
	return false
}

// contextWeight returns the most weight the votes from the words around
// the mentions give one class kind accepts, leaving out those from the
// words of the name ("the album The Harlow College": a title's words may
// be any).
func (ev *evidence) contextWeight(accept func(string) bool) float64 {
	best := 0.0
	for c, w := range ev.votes {
		// A band's name ("the Harlow Band") is not discounted: a record
		// is named beside its maker as often as by its title ("the
		// charity single Harlow Band").
		if c != ClassMusicGroup {
			w -= ev.nameVotes[c]
		}
		if accept(c) && w > best {
			best = w
		}
	}
	return best
}

// reason is one vote's construction and words.
type reason struct{ class, method, words string }

// because returns the evidence for class: the constructions that voted
// for it, each once, with the words.
func (ev *evidence) because(class string) []extract.Evidence {
	var out []extract.Evidence
	for _, r := range ev.reasons {
		if r.class != class {
			continue
		}
		e := extract.Evidence{Method: "typing/" + r.method, Words: r.words}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// best returns the class with the most votes among those kind accepts,
// and its weight; ties go to the class first in sort order.
func (ev *evidence) best(accept func(string) bool) (string, float64) {
	classes := make([]string, 0, len(ev.votes))
	for c := range ev.votes {
		if accept(c) {
			classes = append(classes, c)
		}
	}
	sort.Strings(classes)
	best, w := "", 0.0
	for _, c := range classes {
		if ev.votes[c] > w {
			best, w = c, ev.votes[c]
		}
	}
	return best, w
}

// Process sets Type (when the evidence corrects the tagger's coarse type),
// Class, SameAs and Attributes of the entities in res:
//
//   - places become a Country (gazetteer), a City (a GeoNames populated
//     place, or "the city of X"), an AdministrativeArea, a venue or
//     other facility ("the X venue", "X Stadium"), a body of water or a
//     mountain ("X Canal", "the X volcano"), or stay Place;
//   - organisations become GovernmentOrganization, NewsMediaOrganization,
//     Corporation, kg:PoliticalParty, kg:ArmedGroup or
//     kg:IntergovernmentalOrganization from the words of their names,
//     descriptors and appositives around their mentions, a few verb
//     frames ("quoted by X", "X claimed responsibility") and the
//     gazetteer; a part ("an X branch") takes the class of the whole;
//   - a name tagged as an organisation or a miscellaneous name becomes a
//     place when the words say so ("held at X, north of Y", "the X
//     venue"), a miscellaneous name followed by a group noun ("the X
//     group") or after a body's word ("the clearing firm X") an
//     organisation, and a name tagged as a person an organisation when a
//     descriptor, an employer's frame ("an analyst with X"), a part's
//     word ("its affiliate X") or a common word for a body heading it
//     ("the X Executive") says so;
//   - a kind of place opening a name ("Canal", "Lake") or a body's word
//     inside one ("Palace") yields to the word that heads the name
//     ("X Plus", "X Palace Theatre").
func (t *Typer) Process(res *extract.Result) error {
	if t.err != nil {
		return fmt.Errorf("typing: %w", t.err)
	}
	t.ann.Annotate(res)
	evs := make([]evidence, len(res.Entities))
	for i := range evs {
		evs[i].partOf = -1
	}
	owners := t.owners(res)
	for e := range res.Entities {
		evs[e].owners = owners
		t.nameEvidence(&res.Entities[e], &evs[e])
		t.wordEvidence(&res.Entities[e], &evs[e])
		evs[e].goodsHead = t.makerGoods(res, e)
	}
	// The classes of the document's common nouns and verbs: read once.
	words := t.docWords(res)
	t.initialsPage(res, evs, words)
	// startAt maps a text offset to the first mention starting there.
	startAt := make(map[int]int, len(res.Mentions))
	for mi := len(res.Mentions) - 1; mi >= 0; mi-- {
		startAt[res.Mentions[mi].Start] = mi
	}
	team, place, titled := t.mentionContexts(res, evs, startAt)
	// The kinds of a sports page's words are the document's: read once.
	cues := t.sportCues(res)
	lone := make([]bool, len(res.Mentions))
	if t.sideMentions(res, team, place, lone, cues, words) {
		for i := range evs {
			evs[i].sportsPage = true
		}
		t.competitionMentions(res, team, evs, true, cues)
		t.countSidesAndPlaces(res, evs, team, place, lone)
		t.againstPlurals(res, evs)
	} else {
		t.competitionMentions(res, team, evs, false, cues)
	}
	if cues > 0 {
		for i := range evs {
			evs[i].sportWords = true
		}
	}
	t.meetingBodies(res, evs)
	t.gamePage(res, evs, words)
	if words.Has(lexicon.MusicGroup) {
		for i := range evs {
			evs[i].musicPage = true
		}
	}
	t.coordinatedWorks(res, evs, titled)
	t.resultsPage(res, evs)
	codes := t.documentCountries(res)
	for e := range len(res.Entities) {
		ent := &res.Entities[e]
		before := *ent
		before.Aliases, before.Mentions = slices.Clone(before.Aliases), slices.Clone(before.Mentions)
		t.settle(ent, &evs[e], codes)
		t.splitSide(res, e, before, &evs[e], team, place, codes)
		t.schoolSide(res, e, before)
	}
	t.listedBodies(res, evs)
	t.playerSides(res, evs)
	t.teamNamed(res, evs)
	t.makerModels(res, evs, words)
	t.brandPlurals(res, evs, words)
	t.modelFamilies(res, evs, words)
	t.prizeGivers(res, evs)
	t.celestialBodies(res, evs)
	t.featureShortNames(res, evs)
	t.systemNames(res)
	partsTakeWholeClass(res, evs)
	t.peopleOnly(res, cues > 0)
	t.peopleBodies(res, cues > 0)
	t.makerProducts(res)
	t.splitMakers(res)
	return nil
}

// mentionContexts reads the context of each mention into its entity's
// evidence. It returns which mentions the result and place frames read
// as a side (team) and as a place (place), and which a construction
// read as a work's title, and how (titled).
func (t *Typer) mentionContexts(res *extract.Result, evs []evidence, startAt map[int]int) (team, place []bool, titled []titling) {
	team, place = make([]bool, len(res.Mentions)), make([]bool, len(res.Mentions))
	titled = make([]titling, len(res.Mentions))
	for mi, m := range res.Mentions {
		if m.Entity < 0 || m.Entity >= len(res.Entities) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		// An adjective before a noun ("Norlandic farmers", "a Norlandic
		// country") describes the noun, not what the adjective names.
		if m.Method == resolve.MethodAdjective {
			continue
		}
		ev := &evs[m.Entity]
		sides, frames, reasons := ev.team, ev.placeCtx, len(ev.reasons)
		contextEvidence(res, t.lex, t.g, mi, ev)
		titled[mi] = titleReading(ev.reasons[reasons:])
		// A tour alone ("the X tour of Y") makes no sports page.
		team[mi], place[mi] = ev.team > sides && !touringOnly(&evidence{reasons: ev.reasons[reasons:]}), place[mi] || ev.placeCtx > frames
		// "at X 3-1": where the match was, with its score.
		if team[mi] && place[mi] && ev.frameNext {
			team[mi] = false
		}
		if t.placeWithin(res, mi, startAt) {
			ev.within = true
			t.placeAfterTown(res, evs, mi, m, startAt, place)
		}
		switch s := &res.Sentences[m.Sentence]; {
		case theBeforeName(res.Doc.Text, m.Start, m.End), theBeforeClause(res.Doc.Text, s, m):
			ev.theName++
		case modifierOnly(s, m):
			ev.modName++
		}
		if t.illnessOwned(res.Doc.Text, m) {
			ev.illnessOwner++
		}
		if t.nationality(res, mi) {
			ev.placeCtx++
			place[mi] = true
			ev.reasons = append(ev.reasons, reason{"place", "nationality", "(" + m.Text + ")"})
		}
	}
	return team, place, titled
}

// placeAfterTown marks the mention right after a town's mention mi (m)
// a place there too ("Harlow, Norland"), and votes for an
// administrative area when it is the town's division rather than a
// town the gazetteer lists under its name.
func (t *Typer) placeAfterTown(res *extract.Result, evs []evidence, mi int, m extract.Mention, startAt map[int]int, place []bool) {
	y, ok := startAt[nextStart(res.Doc.Text, m.End)]
	if !ok || y <= mi || res.Mentions[y].Entity < 0 || res.Mentions[y].Entity >= len(evs) {
		return
	}
	place[y] = true
	evs[res.Mentions[y].Entity].placeCtx++
	if t.divisionAfterTown(res, mi, y, startAt) {
		evs[res.Mentions[y].Entity].vote(ClassAdminArea, wDescrPair, "town-division", m.Text+", "+res.Mentions[y].Text)
	}
}

// countSidesAndPlaces counts, on a sports page, a place's mentions as
// sides and places one by one: a mention read as a side is not also a
// place ("in Velden, Norland tore into Ostmark"). A town's name the
// tagger took for a body's is counted too: a club named as its town is
// ("joined Harlow").
func (t *Typer) countSidesAndPlaces(res *extract.Result, evs []evidence, team, place, lone []bool) {
	for e := range res.Entities {
		sides, frames, lones := 0, 0, 0
		for _, mi := range res.Entities[e].Mentions {
			switch {
			case datelineTown(res, mi):
				frames++ // "VELDEN, Norland -": where the story was filed
			case team[mi]:
				sides++
				if lone[mi] {
					lones++
				}
			case place[mi]:
				frames++
			}
		}
		if sides > 0 && (res.Entities[e].Type == extract.Location || t.townMention(res, res.Mentions[res.Entities[e].Mentions[0]])) {
			if sides > evs[e].team {
				evs[e].reasons = append(evs[e].reasons, reason{"team", "side", "a side's words"})
			}
			evs[e].team, evs[e].placeCtx, evs[e].lone = sides, frames, lones
		}
		// "Norland's Ann Lee", "Norland's Harlow Rovers": a country that
		// is no side, named as a player's or a club's, is placed, and
		// no results page makes a side of it (owner-country).
		if sides == 0 && frames > evs[e].placeCtx && evs[e].team == 0 && res.Entities[e].Type == extract.Location {
			evs[e].placeCtx = frames
		}
	}
}

// partsTakeWholeClass gives a body that is a part of another the class
// of the whole when it has none of its own.
func partsTakeWholeClass(res *extract.Result, evs []evidence) {
	for e := range evs {
		ent := &res.Entities[e]
		p := evs[e].partOf
		if p < 0 || p == e || ent.Type != extract.Organization {
			continue
		}
		if pc := res.Entities[p].Class; res.Entities[p].Type == extract.Organization && pc != "" && ent.Class == "" {
			ent.Class = pc
			ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/part-of", Words: res.Entities[p].Name})
		}
	}
}

// settle decides entity ent from its evidence: its type and class, a
// town's country, the evidence kept and its name's spelling.
func (t *Typer) settle(ent *extract.Entity, ev *evidence, codes map[string]bool) {
	typ := ent.Type
	t.decide(ent, ev)
	// "X frontman Ann Lee": a body of no other class that a musician
	// is named after is the musician's band, whatever typed it a body.
	if ent.Type == extract.Organization && ent.Class == "" && ev.musician {
		ent.Class = ClassMusicGroup
		ent.Evidence = append(ent.Evidence, ev.because("musician")...)
	}
	actBand(ent, ev)
	t.foreignTown(ent, codes)
	// "from the Harlow": a name after "the" and before no noun is no
	// town's, whatever town the gazetteer lists under it (a lender, a
	// ground).
	if ent.Type == extract.Location && ent.Class == ClassCity && ev.theName > 0 && ev.theName+ev.modName == len(ent.Mentions) &&
		len(ent.Evidence) > 0 && ent.Evidence[len(ent.Evidence)-1].Method == "gazetteer/city" {
		ent.Class, ent.SameAs = "", nil
		ent.Evidence = ent.Evidence[:len(ent.Evidence)-1]
	}
	if ent.Class != "" {
		ent.Evidence = append(ent.Evidence, ev.because(ent.Class)...)
	}
	if ent.Type != typ && len(ent.Evidence) == 0 {
		ent.Evidence = append(ent.Evidence, extract.Evidence{Method: "typing/context"})
	}
	t.respell(ent)
}

// titleName reports whether a name is a title a person holds: a title of
// nobility alone ("Duchess"), or a title of office or nobility before "of"
// and its place ("Mayor of London", "Prince of Wales").
func titleName(lex *lexicon.Lexicon, name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || !tokenize.StartsUpper(words[0]) {
		return false
	}
	c := lex.Classes(lex.Lemma(words[0], "NN"))
	switch {
	case len(words) == 1:
		// Alone, only a title of nobility: a single office word is as
		// often a work's or a team's name ("Hero").
		return c.Has(lexicon.Nobility)
	case len(words) >= 3 && words[1] == "of" && tokenize.StartsUpper(words[2]) && words[2] != "The":
		// "Prince of Wales", "Mayor of London"; not a work's title such as
		// "Lord of The Harbours", where a place would have to open with
		// "The".
		return c.Has(lexicon.Office) || c.Has(lexicon.Nobility)
	}
	return false
}

// nameEvidence votes from the words of the entity's names.
func (t *Typer) nameEvidence(e *extract.Entity, ev *evidence) {
	if e.Type == extract.EventType {
		return
	}
	// A title and its subtitle that resolution joined ("Harbour
	// Lights: The Last Voyage") name a work, whatever word ends them
	// ("Escape from Pellam Bay"), also when the subtitle alone, which
	// the tagger read as a body's or a place's, is named more often
	// ("Last Voyage" after "Harbour Lights: The Last Voyage").
	if e.Class == extract.CreativeWorkClass && strings.Contains(e.Name, ": ") {
		ev.markWork("subtitle", e.Name)
		ev.subtitle = true
	}
	if e.Type == extract.Person {
		t.personNameEvidence(e, ev)
		return
	}
	if e.Type == extract.Organization && channelNumber(e.Name) {
		ev.vote(ClassNewsMedia, wNamePair, "channel-name", e.Name)
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		// An alias that is the name's last words ("Acme Stores" of
		// "Vell Acme Stores") says nothing the name has not said:
		// counted again, its words would outweigh the rest.
		if n != e.Name && strings.HasSuffix(e.Name, " "+n) {
			continue
		}
		t.nameWordEvidence(e, n, ev)
	}
	if t.g != nil {
		// A common word is not the acronym it spells: "The Who" is no
		// WHO (the gazetteer's match ignores case).
		// A legislature the list holds ("the Norland Parliament", a
		// union's) is a government's body, as its word says.
		words := gazetteer.Tokens(e.Name)
		legislature := len(words) > 1 && t.lex.Is(t.lex.Lemma(words[len(words)-1], "NN"), lexicon.Legislature)
		if cats := t.g.Match(words...); cats&gazetteer.CatIntlOrg != 0 && !t.commonWord(e.Name) && !legislature {
			ev.vote(ClassIntergovernmental, wNamePair, "gazetteer", e.Name) // a listed name outweighs a word of it ("Bank")
		}
	}
}

// personNameEvidence reads the words of a name the tagger read as a
// person's: only a company's ending, a paper's first word or a natural
// feature's word says otherwise.
func (t *Typer) personNameEvidence(e *extract.Entity, ev *evidence) {
	// Only a company's legal or trade ending outweighs the tagger
	// here: "X Holdings", "X Lines" (a surname may be "Bank" or
	// "Post").
	if words := gazetteer.Tokens(e.Name); len(words) > 1 {
		if last := words[len(words)-1]; tokenize.StartsUpper(last) || last == "plc" {
			if t.lex.Is(strings.ToLower(last), lexicon.CompanySuffix) {
				ev.vote(ClassCorporation, wName, "name-ending", last)
			}
		}
		if t.lex.Is(strings.ToLower(words[0]), lexicon.PaperWord) && tokenize.StartsUpper(words[0]) {
			ev.vote(ClassNewsMedia, wName, "name-first", words[0]) // "the Daily Courier"
		}
		// "Cape of X", "Vornsby Island": a word for a natural
		// feature opening a name before "of", or one for a natural
		// feature or a road ("Vornsby Street") ending it after a
		// word that begins no one's name, is no person's (not a
		// surname the gazetteer knows, "Hill", nor one news mostly
		// capitalises, "Woods"); a title of common words ("Spilled
		// Water") is left to retypePerson.
		if t.featureWord(words[0]) && len(words) >= 3 && words[1] == "of" {
			ev.vote(ClassPlace, wName, "name-first", words[0])
		} else if last := words[len(words)-1]; t.placeHeadWord(last, true) && t.g != nil && !t.givenFirst(e.Name) &&
			t.g.Match(gazetteer.Tokens(last)...)&(gazetteer.CatLast|gazetteer.CatFirst|gazetteer.CatPerson) == 0 &&
			t.g.Match(gazetteer.Tokens(e.Name)...)&gazetteer.CatPerson == 0 && !t.commonWords(e.Name) {
			// A word news capitalises about as often as not
			// ("Island", which ends many places' names), or a
			// road's ("Street", "Expressway": the place-head rule,
			// which leaves a ground's to the sports page's rules,
			// and a title's words to retypePerson: "Rain Is The
			// Road"), says place only where nothing says work (see
			// retypePerson).
			switch {
			case !t.featureWord(last):
				if !t.titleWords(e.Name) {
					ev.featureHead = last
				}
			case t.commonWord(last):
				ev.vote(ClassPlace, wName, "name-head", last)
			case t.oftenLower(last):
				ev.featureHead = last
			}
		}
	}
}

// channelNumber reports whether name is a broadcaster's acronym and a
// spelled number from one to four, the way broadcasters number their
// channels ("ACME Two", "NBS Four"): a body so named is a channel, a
// news medium (the channel-name rule). A number in digits glued to the
// acronym is as often a product's model ("AB2") and is left alone.
func channelNumber(name string) bool {
	acronym, number, ok := strings.Cut(name, " ")
	if !ok || len(acronym) < 2 || len(acronym) > 5 || strings.IndexFunc(acronym, func(c rune) bool { return c < 'A' || c > 'Z' }) >= 0 {
		return false
	}
	switch number {
	case "One", "Two", "Three", "Four":
		return true
	}
	return false
}

// nameWordEvidence reads the words of n, the name of e or one of its
// aliases: a kind of place heading it or before it, words and pairs of
// words for kinds of bodies.
// placeNameWords votes for the kind of place the first or last of a
// name's words (two or more) says: "Marlow Hall", "Lake X", "Gulf of X",
// "Municipality of X" (nameWordEvidence).
func (t *Typer) placeNameWords(e *extract.Entity, n string, words []string, ev *evidence) {
	last := words[len(words)-1]
	// A facility's name ("Marlow Hall") may also name the
	// organisation that runs it: weaker evidence than water or
	// mountains.
	if t.divisionWord(last) {
		// "Tarvik Province": a division's word heads the name (the
		// division-head rule).
		ev.vote(ClassAdminArea, wDescr, "name-head", last)
	}
	if c, ok := placeClass(t.lex, last, true); ok && tokenize.StartsUpper(last) {
		if n == e.Name && t.lex.Is(t.lex.Lemma(strings.ToLower(last), "NN"), lexicon.Facility) && !t.lex.Is(t.lex.Lemma(strings.ToLower(last), "NN"), lexicon.NaturalFeature) {
			ev.featureName = true
		}
		if natural(c) {
			ev.vote(c, wName, "name-head", last)
		} else {
			ev.vote(c, wDescr, "name-head", last)
		}
	}
	// "Lake X", "Gulf of X", "Fort X": a kind of place before its
	// name (not a feature as general as "Green"), unless a word
	// for an incident heads the name ("the Gulf War").
	// A possessive after the word ("Ocean's X", "Harbour's Y") makes
	// it an owner, not a kind of place before its name.
	// A common word after it is the head of the name, which the
	// first word only modifies ("Canal Plus", "Factory Records"):
	// a kind of place stands before a name's own word ("Lake
	// Tarvik"), or before "of" ("Gulf of X").
	if c, ok := placeClass(t.lex, words[0], len(words) == 2 && t.lex.Is(strings.ToLower(words[0]), lexicon.Facility)); ok && tokenize.StartsUpper(words[0]) &&
		!incidentWord(t.lex, last) && words[1] != "'s" && words[1] != "’s" && words[1] != "'" && (words[1] == "of" || !t.commonHead(last)) {
		ev.vote(c, wName, "name-first", words[0])
	} else if len(words) >= 3 && words[1] == "of" && tokenize.StartsUpper(words[0]) && tokenize.StartsUpper(words[2]) && nameWordClass(t.lex, words[0]) == "" {
		// "Municipality of X", "Province of X": a word for a town
		// or a division before "of" and its name.
		switch l := t.lex.Lemma(words[0], "NN"); {
		case t.lex.Is(l, lexicon.Region) && !t.lex.Is(l, lexicon.City):
			ev.vote(ClassAdminArea, wName, "name-first", words[0])
		case t.lex.Is(l, lexicon.City):
			ev.vote(ClassCity, wName, "name-first", words[0])
		}
	}
}

// ownedGovernment reports whether class c is a government's, read from a
// name's word after the words before, which name another body that owns
// the part (ownedPart, listedOwner): "Acme World Service" is Acme's.
func (t *Typer) ownedGovernment(before []string, c string, ev *evidence) bool {
	return c == ClassGovernment && (ownedPart(before, ev.owners) || t.listedOwner(before))
}

// nameWordEvidence votes for the classes the words of name n say, alone
// or in pairs ("Harlow Airlines", "the Vell Palace Theatre").
func (t *Typer) nameWordEvidence(e *extract.Entity, n string, ev *evidence) {
	words := gazetteer.Tokens(n)
	if len(words) == 0 {
		return
	}
	if len(words) > 1 {
		t.placeNameWords(e, n, words, ev)
	}
	used := make([]bool, len(words))
	// "X of Y" is an X: after a word for a body before "of" (or
	// "for"), a word of trade says what the body deals with, not that
	// it is a company ("the Harlow College of Business", "the
	// Federation of Pellam Industries", "the Department of Energy").
	// So is "X Y Association": a word for a body of members ending
	// the name makes a word of trade before it the members' trade
	// ("the Pellam Airlines Association").
	of := bodyOf(t.lex, words)
	members := memberBody(t.lex, words)
	ofTrade := func(i int, c string) bool {
		// So is a news medium's word after "of" or "for" ("the Harlow
		// Academy of Radio and Screen", "the Institute for Applied
		// Radio Technology").
		return c == ClassCorporation && (of > 0 && i > of || members && i < len(words)-1) || c == ClassNewsMedia && of > 0 && i > of
	}
	// "the Harlow Palace Theatre": a word for a kind of place that
	// ends a name, and is no body's word, heads it; a body's word before
	// it ("Palace") only modifies it.
	placeHead := false
	if last := words[len(words)-1]; len(words) > 1 && of < 0 && tokenize.StartsUpper(last) && nameWordClass(t.lex, last) == "" && pairClass(t.lex, words[len(words)-2], last) == "" {
		_, placeHead = placeClass(t.lex, last, true)
	}
	modifier := func(i int) bool { return placeHead && i < len(words)-1 }
	for i := 0; i+1 < len(words); i++ {
		if modifier(i + 1) {
			continue
		}
		if c := pairClass(t.lex, words[i], words[i+1]); c != "" && !ofTrade(i, c) {
			ev.vote(c, wNamePair, "name-pair", words[i]+" "+words[i+1])
			used[i], used[i+1] = true, true
		}
	}
	for i, w := range words {
		if used[i] || (!tokenize.StartsUpper(w) && w != "plc") || modifier(i) {
			continue
		}
		if c := nameWordClass(t.lex, w); c != "" && !ofTrade(i, c) && t.nameWordSays(words, i, c) && !t.ownedGovernment(words[:i], c, ev) {
			// "Agency" or "Post" alone at the start of a name is a
			// weaker clue than at its end.
			ev.vote(c, wName, "name-word", w)
		}
	}
}

// owners returns the names of the organisations the tagger found in res
// (in lower case) that hold no word for a government's body and are no
// place's name: a name that opens with one names its part or product
// (evidence.owners).
func (t *Typer) owners(res *extract.Result) map[string]bool {
	out := map[string]bool{}
	for _, e := range res.Entities {
		if e.Type != extract.Organization {
			continue
		}
		words := gazetteer.Tokens(e.Name)
		if len(words) == 0 || t.isPlaceName(e.Name) {
			continue
		}
		if _, ok := placeClass(t.lex, words[len(words)-1], true); ok {
			continue // a place the tagger took for a body: "the Harlow Canal Authority"
		}
		gov := false
		for _, w := range words {
			if nameWordClass(t.lex, w) == ClassGovernment {
				gov = true
			}
		}
		if !gov {
			out[strings.ToLower(strings.Join(words, " "))] = true
		}
	}
	return out
}

// placeLegislature reports whether words[i], a word for a legislature,
// names a place's: alone, after only a place's name or its adjective
// ("the Norland Parliament", "the Norlandic Senate"), or before "of" and
// a place's name ("the Congress of Norland"). Other words make it a
// party's or a union's name as often ("the Harlow National Congress",
// "the Congress of Pellam Trade Unions").
func (t *Typer) placeLegislature(words []string, i int) bool {
	start := 0
	if strings.EqualFold(words[0], "the") {
		start = 1
	}
	if i > 0 && words[i-1] == "of" || i+1 < len(words) && words[i+1] != "of" {
		return true // not the head: "the Halls of Assembly", "the Norland Senate Budget Committee"
	}
	if i > start {
		before := strings.Join(words[start:i], " ")
		if !t.isPlaceName(before) && !t.demonym(before) && t.g.Match(gazetteer.Tokens(before)...)&gazetteer.CatDemonym == 0 && len(t.lex.Pertains(strings.ToLower(before))) == 0 {
			return false
		}
	}
	if i+1 < len(words) {
		return words[i+1] == "of" && i+2 < len(words) && t.isPlaceName(strings.Join(words[i+2:], " "))
	}
	return true
}

// listedOwner reports whether the first words before a name's word of
// government are a name the gazetteer lists as a body's and as no
// place's or party's, nor a word news mostly writes in lower case
// ("Labor Department"): the name names that body's part or product, not
// a government's ("Acme World Service" beside no mention of Acme: the
// listed-owner rule, as ownedPart reads the document's own bodies).
func (t *Typer) listedOwner(before []string) bool {
	if t.g == nil {
		return false
	}
	for k := len(before); k > 0; k-- {
		name := strings.Join(before[:k], " ")
		if t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatOrg == 0 || t.isPlaceName(name) || t.commonWord(name) {
			continue
		}
		// A party's name says whose department it is no more than a
		// word of its field does ("Labour Department").
		if label, ok := t.g.OrgName(name); ok && t.g.IsParty(label) {
			continue
		}
		return true
	}
	return false
}

// ownedPart reports whether the words before a name's word of government
// are an owner's name (evidence.owners).
func ownedPart(before []string, owners map[string]bool) bool {
	for k := len(before); k > 0; k-- {
		if owners[strings.ToLower(strings.Join(before[:k], " "))] {
			return true
		}
	}
	return false
}

// nameWordSays reports whether words[i], a word that says class c, says
// it of the name: a name is the kind of body its head is, so the word
// must head the name ("Harlow Bank", "Bank of Harlow"), or modify a head
// that is a body's word too ("the Norland Senate Budget Committee"), or come
// before only the words that may follow a head (a legal form, a place:
// "Pellam College Norland"). Elsewhere it is a word of a product's or a
// body's other name ("Acme Update 3", "Harlow Senate Republican"). A word WordNet has for a news medium ("Radio", "Daily") says
// so anywhere ("Radio Harlow"); a band's word is read as before. A word
// only custom makes a paper's ("Times", "Standard") says so ending the
// name, opening it when it is no adjective ("Times Pellam Review",
// not "Standard Harlow"), or beside another paper word ("Evening
// Standard"), and a word for
// the post ("Mail", "Express") after a place's name only ("the Harlow
// Post", not "Norland Mail" or "Norland Express", postal services); nor
// does a word of trade modify a head of another class ("the Energy
// Department"), nor a plural word for people name a company ("the Harlow
// Packers": a team's name).
func (t *Typer) nameWordSays(words []string, i int, c string) bool {
	w := strings.ToLower(words[i])
	if t.lex.Is(w, lexicon.LegalForm) || c == ClassMusicGroup {
		return true
	}
	if c == ClassNewsMedia && t.lex.Is(t.lex.Lemma(w, "NN"), lexicon.NewsMedia) {
		return true
	}
	last := len(words) - 1
	for last > i && t.lex.Is(strings.ToLower(words[last]), lexicon.LegalForm) {
		last--
	}
	if c == ClassCorporation && t.lex.Is(t.lex.Lemma(w, "NN"), lexicon.PersonNoun) && t.lex.Lemma(w, "NN") != w && !t.lex.Is(w, lexicon.CompanySuffix) {
		return false // "the Harlow Packers"
	}
	if c == ClassGovernment && t.lex.Is(t.lex.Lemma(w, "NN"), lexicon.Legislature) && t.g != nil && !t.placeLegislature(words, i) {
		return false
	}
	if c == ClassCorporation && i == 0 && len(words) > 2 && words[1] == "of" && t.g != nil && t.namedForCountry(words[2:]) {
		return false
	}
	if c == ClassGovernment && t.tradeMembers(words, i) {
		return false
	}
	if c == ClassCorporation {
		// A word of trade may stand anywhere in a company's name
		// ("Harlow Airways International"), but not modify a head of
		// another class.
		hc := nameWordClass(t.lex, words[last])
		return i == last || hc == "" || hc == ClassCorporation
	}
	if t.lex.Is(w, lexicon.PaperWord) && c == ClassNewsMedia {
		return t.paperWordSays(words, i, last)
	}
	if i == last {
		return true
	}
	return t.headFollows(words, i, last)
}

// tradeMembers reports whether word i, a government's word, opens the
// name before "of" and the name ends in a plural noun for a kind of
// business (the lexicon's Corporation: "Lenders", "Retailers",
// "Manufacturers") that is no office's: "the Council of Tarvik Mortgage
// Lenders" is the firms' trade body, not a government's (the
// trade-members construction; "the Council of Ministers" is one).
func (t *Typer) tradeMembers(words []string, i int) bool {
	last := len(words) - 1
	if i+2 > last || !strings.EqualFold(words[i+1], "of") || !tokenize.StartsUpper(words[last]) {
		return false
	}
	l := strings.ToLower(words[last])
	lemma := t.lex.Lemma(l, "NNS")
	return lemma != l && t.lex.Is(lemma, lexicon.Corporation) && !t.lex.Is(lemma, lexicon.Office) && !t.lex.Is(lemma, lexicon.Government)
}

// namedForCountry reports whether the words after "Bank of" name a
// country alone ("Bank of Norland"): such a bank is as often the
// country's central bank, a government's, as a company.
func (t *Typer) namedForCountry(rest []string) bool {
	name := strings.Join(rest, " ")
	if _, ok := countryByName(t.g, name); ok {
		return true
	}
	_, ok := t.g.CountryItem(name)
	return ok
}

// paperWordSays reports whether a word only custom makes a paper's
// ("Times", "Standard", "Post") at word i says the name is a paper's:
// beside another paper word, ending the name, opening it when it is no
// adjective, and a word for the post after a place's name only. last is
// the name's last word before any legal form.
func (t *Typer) paperWordSays(words []string, i, last int) bool {
	w := strings.ToLower(words[i])
	others := 0
	for k, o := range words {
		if k != i && tokenize.StartsUpper(o) && t.lex.Is(strings.ToLower(o), lexicon.PaperWord) {
			others++
		}
	}
	start := 0
	if strings.EqualFold(words[0], "the") {
		start = 1 // "The Harlow Post"
	}
	switch {
	case others > 0:
		return true
	case i == start && i < last:
		// Opening the name, a word that is an adjective too
		// modifies the rest ("Standard Harlow"); a noun heads it
		// ("Times Pellam Review").
		return !t.lex.Known(w, lexicon.Adjective)
	case i < last:
		return false
	case i > start && t.lex.Is(t.lex.Lemma(w, "NN"), lexicon.Postal):
		return t.isPlaceName(strings.Join(words[start:i], " "))
	}
	return true
}

// headFollows reports whether the words after word i, up to the name's
// last word before any legal form, still let word i head the name: a
// preposition or conjunction follows it ("Bank of Harlow"), the name
// ends in a body's word ("the Norland Senate Budget Committee"), or only places'
// names and bodies' words follow ("Pellam College Norland").
func (t *Typer) headFollows(words []string, i, last int) bool {
	switch words[i+1] {
	case "of", "for", "and", "&":
		return true // "Bank of Harlow", "Department for Pellam", "Watch and Reserve"
	}
	if t.bodyWord(words[last : last+1]) {
		return true // "the Senate Rules Committee"
	}
	for _, o := range words[i+1 : last+1] {
		if !t.isPlaceName(o) && !t.bodyWord([]string{o}) {
			return false
		}
	}
	return true // "Pellam College Norland"
}

// window is the context of one mention in its sentence.
type window struct {
	res    *extract.Result
	lex    *lexicon.Lexicon
	g      *gazetteer.Gazetteer // nil: no gazetteer evidence
	lem    []string
	tags   []string
	toks   []tokenize.Token
	low    []string
	mi     int   // the mention
	lo, hi int   // the mention's tokens
	at     []int // token -> entity mention covering it, or -1
}

// entity returns the entity of the mention at token j (which must be
// one).
func (w *window) entity(j int) int { return w.res.Mentions[w.at[j]].Entity }

// lemma returns the lemma of token i, or "" outside the sentence.
func (w *window) lemma(i int) string {
	if i < 0 || i >= len(w.lem) {
		return ""
	}
	return w.lem[i]
}

// tag returns the part-of-speech tag of token i, or "".
func (w *window) tag(i int) string {
	if i < 0 || i >= len(w.tags) {
		return ""
	}
	return w.tags[i]
}

func (w *window) word(i int) string {
	if i < 0 || i >= len(w.low) {
		return ""
	}
	return w.low[i]
}

// knownPlace reports whether the gazetteer knows name as a country, a
// region or a town of some size, and not as a body or a person.
func (w *window) knownPlace(name string) bool { return knownPlace(w.g, name) }

// listedPlace reports whether the gazetteer knows name as a place's and
// not as a body's or a person's (knownPlace), or as a town's of any size
// (GeoNames) that is no body's, person's, given name or surname
// (a small town only GeoNames lists, not one that is a given name too): a member of a list placeList counts.
func (w *window) listedPlace(name string) bool {
	if w.knownPlace(name) {
		return true
	}
	if w.g == nil {
		return false
	}
	c := w.g.Match(gazetteer.Tokens(name)...)
	return c&gazetteer.CatCity != 0 && c&(gazetteer.CatOrg|gazetteer.CatIntlOrg|gazetteer.CatPerson|gazetteer.CatFirst|gazetteer.CatLast) == 0
}

// knownPlace reports whether the gazetteer g knows name as a place's
// and not as a body's or a person's.
func knownPlace(g *gazetteer.Gazetteer, name string) bool {
	if g == nil {
		return false
	}
	c := g.Match(gazetteer.Tokens(name)...)
	return c&(gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatBigCity|gazetteer.CatLoc) != 0 &&
		c&(gazetteer.CatOrg|gazetteer.CatIntlOrg|gazetteer.CatPerson) == 0
}

// listedNonWork reports whether the gazetteer knows the window's mention
// as a place's, a body's or a person's name and not as a work's (its
// miscellaneous list holds works).
func (w *window) listedNonWork() bool {
	if w.g == nil {
		return false
	}
	c := w.g.Match(gazetteer.Tokens(w.res.Mentions[w.mi].Text)...)
	return c&gazetteer.CatMisc == 0 && c&(gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatCity|gazetteer.CatIntlOrg|gazetteer.CatOrg|gazetteer.CatPerson|gazetteer.CatLoc) != 0
}

// free reports whether token i is a word outside any mention.
func (w *window) free(i int) bool {
	return i >= 0 && i < len(w.toks) && w.at[i] < 0 && w.toks[i].Kind == tokenize.Word
}

func newWindow(res *extract.Result, lex *lexicon.Lexicon, g *gazetteer.Gazetteer, mi int) *window {
	m := res.Mentions[mi]
	s := &res.Sentences[m.Sentence]
	w := &window{res: res, lex: lex, g: g, mi: mi, lem: s.Lemma, tags: s.POS, toks: s.Tokens, low: s.Lower, at: s.Mention}
	w.lo, w.hi = s.TokenSpan(m.Start, m.End)
	w.widen()
	return w
}

// widen takes into the window's mention the words before it that, with
// it, spell its entity's name: resolution found "Tarvik X" by its last word
// where the tagger missed the first ("Tarvik X is a book" read as "X").
func (w *window) widen() {
	m := w.res.Mentions[w.mi]
	if m.Entity < 0 || m.Entity >= len(w.res.Entities) || w.lo < 1 {
		return
	}
	name := w.res.Entities[m.Entity].Name
	if !strings.HasSuffix(name, " "+m.Text) {
		return
	}
	rest := strings.Fields(strings.TrimSuffix(name, " "+m.Text))
	lo := w.lo
	for i := len(rest) - 1; i >= 0; i-- {
		if lo < 1 || !w.free(lo-1) || w.toks[lo-1].Text != rest[i] {
			return
		}
		lo--
	}
	w.lo = lo
}

// contextEvidence votes from the words around mention mi: each context
// construction in turn (contextRules).
func contextEvidence(res *extract.Result, lex *lexicon.Lexicon, g *gazetteer.Gazetteer, mi int, ev *evidence) {
	w := newWindow(res, lex, g, mi)
	if w.lo < 0 {
		return
	}
	for _, r := range contextRules {
		r.read(w, ev)
	}
}

// contextRule is one construction of the words around a mention that
// says what the mention names.
type contextRule struct {
	name, example string
	read          func(w *window, ev *evidence)
}

// contextRules are the context constructions, in the order they vote.
var contextRules = []contextRule{
	{"descriptor-before", "the Japanese company X; news agency X", descriptorBefore},
	{"affiliation-before", "Green MEP Ann Lee", affiliationBefore},
	{"event-noun-comma", "The exhibition, X, will open", eventNounComma},
	{"descriptor-comma", "its oil unit, X; his company, X.; Norland's online service provider, X, is", descriptorComma},
	{"descriptor-list", "the construction companies X and Y; news agencies X, Y and Z; broadcasters, like X,", descriptorList},
	{"work-title", "the film X; the real-life drama, X.", workTitle},
	{"chart-place", "the singles chart, with X at number 20; X is at number five", chartPlace},
	{"chart-with", "went in at number one with X; a hit with X", chartWith},
	{"chart-move", "X entered the chart at number two; X, which reached number eight; X, by Ann Lee, fell to number three", chartMove},
	{"chart-rank", "Ann Lee's X is currently number two in the pop chart", chartRank},
	{"work-between-names", "the Harlow show X; the Pellam musical X", workBetweenNames},
	{"series-name", "the X movies; the X films; the X franchise", seriesName},
	{"work-owner", "X's supernatural thriller Y", workOwner},
	{"star-in", "will star in X", starIn},
	{"role-in", "playing Ann Lee in X; her role as Ann Lee in X; X, starring Ann Lee", roleIn},
	{"part-in", "her role in X; roles in X and Y; his role in Ann Lee's X", partIn},
	{"opposite-in", "appeared opposite Ann Lee and Bo Ek in X", oppositeIn},
	{"plays-part-in", "plays a divorced drunkard in X; starred as a young teacher in X", playsPartIn},
	{"among-works", "X and Y are among several British shows shortlisted for awards; X is one of the films expected to do well", amongWorks},
	{"person-show", "The Ann Lee Show; the Bo Ek Story", personShow},
	{"star-of", "the star of X; the cast of X", starOf},
	{"read-work", "will read X from", readWork},
	{"perform-work", "performed X; a performance of X", performWork},
	{"award-for", "a writing award for X", awardFor},
	{"nominee-for", "Ann Lee was nominated for X; Ann Lee earned two nominations for X", nomineeFor},
	{"maker-for", "nominees include Ann Lee for X and Bo Ek for Y", makerFor},
	{"makers-of", "the directors of X, Y and Z are nominated", makersOf},
	{"performer-owner", "X's Ann Lee is the favourite for the best actress award", performerOwner},
	{"year-work", "1972's X", yearWork},
	{"work-part", "an episode of X; a one-off edition of X", workPart},
	{"work-source", "the film version of X; an adaptation of X", workSource},
	{"best-work", "X won best film; X was named best comedy", bestWork},
	{"best-role", "won best actress for X; best comedy actor for X and Y", bestRole},
	{"work-list", "films such as X, Y and Z", workList},
	{"topic-trade-list", "titles, such as X (on a page about mobile games)", topicTradeList},
	{"work-noun-list", "soap operas X, Y plus Z; the hit shows X and Y", workNounList},
	{"work-dash-list", "the trilogy - X, Y and Z; arcade games: X, Y and Z", workDashList},
	{"work-subject-list", "his films include X and Y; other shows which earned praise were X, Y and Z", workSubjectList},
	{"the-title", "beat The X; a sequel to The X of Y", theTitle},
	{"possessive-work", "Ann Lee's X", possessiveWork},
	{"broadcaster-work", "Norland Radio's X; Vell Two's X (the Vell show)", broadcasterWork},
	{"work-by-author", "X by Ann Lee won", workByAuthor},
	{"written-by", "X, written by the poet Ann Lee", writtenBy},
	{"members-of", "with members of X", membersOf},
	{"act-list", "acts including X and Y; X, Y and Z are among the acts; X were one of the bands", actList},
	{"own-work", "his X single; their X hit", ownWork},
	{"descriptor-after", "X news agency; X militants; the X venue; X reported; X claimed responsibility", descriptorAfter},
	{"of-phrase", "the city of X; the governor of X", ofPhrase},
	{"outlet-frame", "quoted by X; told X; in an interview with X", outletFrame},
	{"equity", "shares in X; X shares; X's profits", equityFrame},
	{"ticker", "X (ACM.N); X <ACM.PA>; X (ACM:NYSE); X's (Nasdaq: ACM); X (Quote, Chart)", tickerAfter},
	{"place-frame", "in X; held at X; as far away as X; to Birmingham and X; an analyst at X", placeFrame},
	{"dateline", "VELDEN, Ostmark (AP) —", datelineParts},
	{"wire-credit", "Rain Hits Harlow (NP) / NP - The mayor said", wireCredit},
	{"title-before", "President X; Mr X; cousin X, sprinter X (kin-before)", titleBefore},
	{"appositive", "X, a Taiwan-based shipping firm,", appositiveAfter},
	{"office-appositive", "X, chairwoman of Acme; X, an acting chairman of the board at Acme", officeAppositive},
	{"copula", "X is a shipping firm; X was the sequel to Y", copula},
	{"shared-head", "the X and Y Awards", sharedHead},
	{"product-context", "the new X sedan; a X laptop", productContext},
	{"goods-list", "new products - such as the Acme V6 and Tarvik Vell", goodsList},
	{"goods-tail", "X and other solar-powered phones; X, Y and other cars", goodsTail},
	{"tech-context", "the X standard; the X (XY) format; XY technology", techContext},
	{"called", "a company called X; a laptop dubbed X; a chip code-named X", calledName},
	{"prize-context", "won an X; nominated for a X; five X nominations; the X awards", prizeContext},
	{"speaker", "X said; X claims", speakerFrame},
	{"its-subject", "X cut its forecast; X said its profits rose; X said it had no plans", itsSubject},
	{"his-subject", "X made his 31st save; X has won her third title", hisSubject},
	{"party-with", "an agreement with X; a licensing deal with X", partyWith},
	{"result", "X beat Y 2-1; X beat Y by four wickets; X v Y", resultFrame},
	{"score-line", "X 24-10 Y; X 2 Y 1; X (12-4) at Y (3-11)", scoreLine},
	{"standings-row", "X 3 0 0 3 3 7 0 (a league table's row: played, won, drawn, lost, ...)", standingsRow},
	{"scored-result", "X posted a 6-2 victory; led X to a 41-17 win", scoredResult},
	{"tour-of", "the X tour of Y (on a page that names a sport)", tourOf},
	{"before-person", "X actor Ann Lee; X frontman Bo Ek; Y and X director Ann Lee", beforePerson},
	{"relative-which", "X, which ...", relativeWhich},
	{"plural-subject", "X were a hit; X have split", pluralSubject},
	{"plural-relative", "X, who were shortlisted", pluralRelative},
	{"occur-frame", "X happened; X has taken place", occurFrame},
	{"during", "during X; during the X,", duringFrame},
	{"on-air", "voted off the X show; the X programme", onAirFrame},
	{"voice-credit", "voiced by X; narrated by X; portrayed by X", voiceCredit},
	{"illness-frame", "were positive for X; diagnosed with X; the symptoms of X", illnessFrame},
	{"author-cite", "(X 2003, 41); (Y, 2016; X, 2015); (X et al., 2017)", authorCite},
	{"game-name", "the hugely popular X game; the game X (on a page about computers, kept by gamePage)", gameName},
	{"festival-name", "the X festival; the X film festival", festivalName},
	{"life-verb", "X was born; X died; X has retired", lifeVerb},
	{"reflexive", "X himself; X herself said", reflexive},
	{"speaking-language", "X-speaking children; an X - speaking village", speakingLanguage},
	{"language-appositive", "X, a Vellic language spoken in Y; X, an old Harlow dialect", languageAppositive},
	{"language-gloss", "Y (X: Yvaar)", languageGloss},
	{"pronoun-next", "X wrote back. He said ...", pronounNext},
	{"person-list", "Ann Lee, Bo Ek and X", personList},
	{"shared-surname", "Ann and Bo Ek (X is Ann)", sharedSurname},
	{"people-noun-list", "photographers Ann Lee, X and Bo Ek; singers such as X and Y", peopleNounList},
	{"place-list", "X, Harlow and Pellam; Harlow, Pellam or X", placeList},
	{"own-nation", "our X, this X (X a noun for a country: Nation, Republic)", ownNation},
	{"place-noun-list", "the islands X, Y and Z; towns such as X and Y", placeNounList},
	{"place-noun-tail", "X, Y and other towns; X and a few of the remote islands", placeNounTail},
}

// listReach is the most members of a list placeList reads on each side
// of a name.
const listReach = 12

// placeList reads a list of names in which two others or more are places
// that the tagger and the gazetteer agree on ("X or Lagos, Cairo,
// Nairobi"): X is a place too. It reads at most listReach members on each
// side and stops at the second place, so that a sentence listing n names
// costs time linear in n, not n squared.
func placeList(w *window, ev *evidence) {
	// A name read as a place needs no vote (its class comes from the
	// gazetteer or other words).
	if w.res.Mentions[w.mi].Type == extract.Location {
		return
	}
	if listPlaces(w, w.knownPlace) >= 2 || coordinated(w) && listPlaces(w, w.listedPlace) >= 2 {
		ev.vote(ClassPlace, wDescrPair, "place-list", "a list of places")
	}
}

// listPlaces counts, up to two, the members of the list about the name
// that the tagger reads as places and place reports the gazetteer lists.
func listPlaces(w *window, place func(string) bool) int {
	places := listPlacesAfter(w, place)
	if places < 2 {
		places += listPlacesBefore(w, 2-places, place)
	}
	return places
}

// coordinated reports whether the list the name is in is joined by "and"
// or "or": right before the name, or after it past other members ("Y, X,
// and Z", "X, Y and Z"). Without it, "In Coral Town, Vellshire, X said"
// puts a town and its region before a sentence's subject, no list.
func coordinated(w *window) bool {
	if x := w.word(w.lo - 1); x == "and" || x == "or" {
		return true
	}
	for k, n := w.hi, 0; k < len(w.toks) && n < listReach; n++ {
		switch x := w.word(k); {
		case x == "and" || x == "or":
			return true
		case x != "," || k+1 >= len(w.toks):
			return false
		case w.word(k+1) == "and" || w.word(k+1) == "or":
			return true
		case w.at[k+1] < 0:
			return false
		}
		k = mentionEnd(w, k+1) + 1
	}
	return false
}

// listJoint reports whether the words at k and k+1 are a comma and the
// "and" or "or" that ends a list ("Harlow, Pellam, and X": the serial
// comma).
func listJoint(w *window, k int) bool {
	return w.word(k) == "," && (w.word(k+1) == "and" || w.word(k+1) == "or")
}

// listPlacesAfter counts the members of the list after the name (", Y",
// "and Y", "or Y", ", and Y", each a name) that are places the tagger and
// the gazetteer agree on, up to two.
func listPlacesAfter(w *window, place func(string) bool) int {
	places := 0
	for k, n := w.hi, 0; k+1 < len(w.toks) && n < listReach && places < 2; n++ {
		if listJoint(w, k) {
			k++
		}
		if x := w.word(k); x != "," && x != "and" && x != "or" || w.at[k+1] < 0 {
			break
		}
		j := k + 1
		for j+1 < len(w.toks) && w.at[j+1] == w.at[k+1] {
			j++
		}
		if m := w.res.Mentions[w.at[k+1]]; m.Type == extract.Location && place(m.Text) {
			places++
		}
		k = j + 1
	}
	return places
}

// listPlacesBefore counts the members of the list before the name ("Y, Z
// and X", "Y, Z, and X") that are places the tagger and the gazetteer
// agree on, up to want.
func listPlacesBefore(w *window, want int, place func(string) bool) int {
	places := 0
	for k, n := w.lo-1, 0; k >= 1 && n < listReach && places < want; n++ {
		// Only the name's own joint may be "and" or "or": one further
		// back ends a list the name comes after ("In Harlow, Pellam,
		// and Vornsby, X's camps").
		if k >= 2 && listJoint(w, k-1) {
			if n > 0 {
				break
			}
			k--
		}
		if x := w.word(k); x != "," && x != "and" && x != "or" || n > 0 && x != "," || w.at[k-1] < 0 {
			break
		}
		j := k - 1
		for j > 0 && w.at[j-1] == w.at[k-1] {
			j--
		}
		if m := w.res.Mentions[w.at[k-1]]; m.Type == extract.Location && place(m.Text) {
			places++
		}
		k = j - 1
	}
	return places
}

// ContextConstructions lists the constructions of the words around a
// name that the typer reads, each with an example.
func ContextConstructions() [][2]string {
	out := make([][2]string, len(contextRules))
	for i, r := range contextRules {
		out[i] = [2]string{r.name, r.example}
	}
	return out
}

// descriptorBefore reads a descriptor before the name: "the Japanese
// company X", "news agency X".
func descriptorBefore(w *window, ev *evidence) {
	lo := w.lo
	if !w.free(lo - 1) {
		return
	}
	// A plural noun for people before one name describes a body of
	// them: "market analysts X", "rivals X" (not "actors X and Y").
	if w.tag(lo-1) == "NNS" && tokenize.StartsLower(w.toks[lo-1].Text) && w.lex.Is(w.lemma(lo-1), lexicon.PersonNoun) {
		if n := w.word(w.hi); n != "and" && n != "," && n != "or" {
			ev.group = true
		}
	}
	p1 := w.word(lo - 1)
	if w.tag(lo-1) == "NN" && tokenize.StartsLower(w.toks[lo-1].Text) && w.lex.Is(w.lemma(lo-1), lexicon.OrgGeneric) && lo >= 2 &&
		(w.at[lo-2] >= 0 || strings.HasPrefix(w.tag(lo-2), "JJ")) {
		ev.groupBefore = true
	}
	if partNoun(w, lo-1) {
		ev.partBefore = true
		ev.reasons = append(ev.reasons, reason{"part", "part-before", p1})
	}
	// "X's US affiliate", "X's drugs unit": the owner of a part.
	if w.possessive(w.hi) {
		for k := w.hi + 1; k < len(w.toks) && k <= w.hi+3; k++ {
			c := w.lex.Classes(w.lemma(k))
			if w.free(k) && tokenize.StartsLower(w.toks[k].Text) && (w.tag(k) == "NN" || w.tag(k) == "JJ" && !w.lex.Known(w.word(k), lexicon.Adjective)) &&
				c.Has(lexicon.OrgPart) && !c.Has(lexicon.Office) && descriptorClass(w.lex, w.word(k)) == "" {
				ev.ownsPart = true
				ev.reasons = append(ev.reasons, reason{"part", "owns-part", w.word(k)})
				break
			}
			if !(w.at[k] >= 0 || strings.HasPrefix(w.tag(k), "JJ") || strings.HasPrefix(w.tag(k), "NN") && tokenize.StartsLower(w.toks[k].Text)) {
				break
			}
		}
	}
	descriptorBeforeVote(w, ev)
}

// descriptorBeforeVote votes for the class of a body's noun before the
// name, of two words ("news agency X") or one ("the company X"); a
// band's noun only when it describes the name (bandNounBefore).
func descriptorBeforeVote(w *window, ev *evidence) {
	lo := w.lo
	p1, p2 := w.word(lo-1), w.word(lo-2)
	if c := pairClass(w.lex, p2, p1); c != "" && w.free(lo-2) {
		if c != ClassMusicGroup || bandNounBefore(w, lo-1) {
			ev.vote(c, wDescrPair, "descriptor", p2+" "+p1)
			ev.bodyBefore = true
		}
	} else if c := descriptorClass(w.lex, p1); c != "" && strings.HasPrefix(w.tag(lo-1), "NN") && !w.describesOther(c, lo-1) &&
		(c != ClassMusicGroup || bandNounBefore(w, lo-1)) {
		ev.vote(c, wDescr, "descriptor", p1)
		ev.bodyBefore = true
	} else if bandThe(w) {
		ev.vote(ClassMusicGroup, wDescr, "descriptor", p2+" "+p1)
		ev.bodyBefore = true
	} else if classlessBodyNoun(w, lo-1) {
		ev.bodyNoun = true
		ev.reasons = append(ev.reasons, reason{"body", "body-noun", p2 + " " + p1})
	}
}

// classlessBodyNoun reports whether token k, right before the name, is a
// singular noun in lower case for an organisation of no finer class
// (WordNet's: "charity", "foundation", "association"), no person's,
// building's or office's word, after a determiner, a possessive or an
// adjective ("the charity X", "the children's charity X").
func classlessBodyNoun(w *window, k int) bool {
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	c := w.lex.Classes(w.lemma(k))
	if !c.Has(lexicon.Organization) || c.Has(lexicon.PersonNoun) || c.Has(lexicon.Facility) || c.Has(lexicon.Office) || c.Has(lexicon.Settlement) {
		return false
	}
	switch t := w.tag(k - 1); {
	case t == "DT" || t == "PRP$" || t == "POS" || t == "JJ":
		return w.free(k-1) || t == "POS"
	}
	return false
}

// descriptorComma reads a noun for a body that ends a noun phrase before
// a comma and the name, when the name ends its own phrase (a comma, a
// full stop, a semicolon or "and" follows): "his company, X,",
// "Norland's online service provider, X, is"; a part's noun, or any
// body's after a thing's possessive ("its oil unit, X.", "its own
// internet business, X,"), makes X a body's part. The phrase
// must not close an adverbial that opens the sentence ("After leaving the
// firm, X, 45, joined ...": X is who left) nor be a clause's object
// before its subject ("told the company, X said"). A noun for a person as
// much as a body says body after a noun of its trade ("the internet
// provider, X"; not "the florist, X").
func descriptorComma(w *window, ev *evidence) {
	k, j := commaDescriptor(w)
	if k < 0 {
		return
	}
	c := w.lex.Classes(w.lemma(k))
	// "its own internet business, X": a thing's possessive opens the
	// phrase, and X is that body's part, whose class is its whole's.
	owned := w.word(j+1) == "its" || w.word(j+1) == "their"
	cl := descriptorClass(w.lex, w.word(k))
	if cl != "" && cl != ClassArmedGroup && !owned && (!c.Has(lexicon.PersonNoun) || tradeModifier(w, k-1)) {
		ev.vote(cl, wDescr, "descriptor-comma", w.word(k)+",")
		ev.bodyBefore = true
		return
	}
	if (owned && cl != "" || c.Has(lexicon.OrgPart)) && !c.Has(lexicon.Office) && !c.Has(lexicon.PersonNoun) {
		ev.partBefore = true
		ev.reasons = append(ev.reasons, reason{"part", "descriptor-comma", w.word(k) + ","})
	}
}

// commaDescriptor returns the token of the noun that descriptorComma
// reads and the token before its phrase, or -1 for no such noun: a
// singular noun in lower case before a comma and the name, heading a
// phrase of more words that closes no adverbial opening the sentence,
// when the name ends its own phrase and no verb of saying follows it.
func commaDescriptor(w *window) (k, j int) {
	k = w.lo - 2
	if w.word(w.lo-1) != "," || !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) {
		return -1, -1
	}
	switch w.word(w.hi) {
	case ",", ".", ";", "and":
	default:
		return -1, -1
	}
	if w.word(w.hi) == "," && w.tag(w.hi+1) == "VBD" && w.lex.Is(w.lemma(w.hi+1), lexicon.Speech) {
		return -1, -1
	}
	j = phraseBefore(w, k)
	if j >= 0 && j == k-1 {
		return -1, -1 // a bare noun: "said the firm, X"
	}
	if j >= 0 && !opensNoAdverbial(w, j) {
		return -1, -1
	}
	return k, j
}

// phraseBefore returns the token before the noun phrase that token k
// ends: past determiners, possessives, adjectives, nouns, numbers,
// hyphens and names (-1 at the sentence's start).
func phraseBefore(w *window, k int) int {
	j := k - 1
	for j >= 0 && (w.at[j] >= 0 || strings.HasPrefix(w.tag(j), "NN") || strings.HasPrefix(w.tag(j), "JJ") || w.tag(j) == "DT" ||
		w.tag(j) == "PRP$" || w.tag(j) == "POS" || w.tag(j) == "CD" || w.tag(j) == "HYPH" || w.word(j) == "-") {
		j--
	}
	return j
}

// opensNoAdverbial reports whether the words of the sentence up to token
// j (the one before a noun phrase) leave the phrase outside an adverbial
// that opens the sentence: a comma stands among them, or the sentence
// opens with no preposition, subordinator or participle.
func opensNoAdverbial(w *window, j int) bool {
	for i := j; i >= 0; i-- {
		if w.word(i) == "," {
			return true
		}
	}
	t := w.tag(0)
	return t != "IN" && t != "VBG" && t != "VBN" && t != "RB" && t != "WRB"
}

// sportGiant reports whether token k is a word for a business by its
// size (the lexicon's Enterprise, "giant") after a lower-case game's noun
// ("the basketball giant X", "football giants X"): a player or a club,
// no company.
func (w *window) sportGiant(k int) bool {
	return orgClass(w.lex, w.word(k)) == "" && w.free(k-1) && tokenize.StartsLower(w.toks[k-1].Text) && w.lex.Is(w.lemma(k-1), lexicon.SportGame)
}

// partNoun reports whether token k is a singular noun in lower case for
// a part of an organisation and no office ("affiliate", "subsidiary"),
// which the tagger may take for an adjective when WordNet has no
// adjective of it, after a determiner, a possessive, an adjective or a
// place's name: "its affiliate X", "Acme's US unit X" (not a name's
// particle: "Jan den Ostrem").
func partNoun(w *window, k int) bool {
	c := w.lex.Classes(w.lemma(k))
	noun := w.tag(k) == "NN" || w.tag(k) == "JJ" && !w.lex.Known(w.word(k), lexicon.Adjective)
	if !w.free(k) || !noun || !tokenize.StartsLower(w.toks[k].Text) || !c.Has(lexicon.OrgPart) || c.Has(lexicon.Office) || descriptorClass(w.lex, w.word(k)) != "" {
		return false
	}
	switch j := k - 1; {
	case j < 0:
		return false
	case w.at[j] >= 0:
		return w.res.Mentions[w.at[j]].Type == extract.Location
	default:
		t := w.tag(j)
		return t == "DT" || t == "PRP$" || t == "POS" || strings.HasPrefix(t, "JJ")
	}
}

// personCoordinated reports whether the noun at token k, a person's as
// much as a body's ("broadcaster"), follows a noun only for a person and
// "and": "comedian and broadcaster X" describes a person.
func (w *window) personCoordinated(k int) bool {
	// The tagger may take the first noun for an adjective ("comedian"/JJ).
	return personNoun(w, k) && w.word(k-1) == "and" && w.free(k-2) && tokenize.StartsLower(w.toks[k-2].Text) &&
		w.lex.Is(w.lex.Lemma(w.word(k-2), "NN"), lexicon.PersonNoun) && orgClass(w.lex, w.word(k-2)) == ""
}

// describesOther reports whether the noun of class c at token k before
// the name describes someone other than the name's entity, or a person:
// "rebel X" (an armed group's noun for a person), "comedian and
// broadcaster X", "basketball giant X", "the duo X and Y".
func (w *window) describesOther(c string, k int) bool {
	return c == ClassArmedGroup && personNoun(w, k) || w.personCoordinated(k) || w.sportGiant(k) || w.groupOfPair(c, k) || w.memberNoun(k)
}

// memberNoun reports whether token k, a singular noun for a kind of
// person, stands between another name and a name the tagger read as a
// person's ("Pellam Hawks guard Ann Lee"): the person's place in that
// body, not a body's noun before the name (member-noun).
func (w *window) memberNoun(k int) bool {
	return personNoun(w, k) && k >= 1 && w.at[k-1] >= 0 && w.res.Mentions[w.mi].Type == extract.Person
}

// groupOfPair reports whether a descriptor of class c before the name
// names a group of performers the name is one of (duo-pair): a person's
// name, as the tagger read it, that "and" joins to another person's
// ("the Harlow duo Ann Lee and Bo Ek", "folk duo Ann Lee and Bo Ek"):
// the noun describes the pair, and each name stays a person's. A plural
// noun at k ("the bands X and Y") describes each name, not a pair.
func (w *window) groupOfPair(c string, k int) bool {
	if c != ClassMusicGroup || w.tag(k) == "NNS" || w.res.Mentions[w.mi].Type != extract.Person || w.word(w.hi) != "and" || w.hi+1 >= len(w.at) || w.at[w.hi+1] < 0 {
		return false
	}
	return w.res.Mentions[w.at[w.hi+1]].Type == extract.Person
}

// personNoun reports whether token k is a singular noun for a kind of
// person: "activist X", "rebel X" describe a person, though "X
// activists" and "X rebels" are the group. (An agent noun of business,
// "retailer X", "insurer X", describes a company.)
func personNoun(w *window, k int) bool {
	return w.tag(k) == "NN" && w.lex.Is(w.lemma(k), lexicon.PersonNoun)
}

// descriptorList reads a plural descriptor before a list of names that
// holds this one after its first, or before "such as", "like" or
// "including" and a list: "the construction companies X and Y", "news
// agencies X, Y and Z", "broadcasters, like X," say what each is
// (descriptorBefore reads the first of a list without those words).
func descriptorList(w *window, ev *evidence) {
	// A possessor is not the list's member: in "firms such as
	// Norland's Acme", Acme is the firm.
	if w.possessive(w.hi) {
		return
	}
	k := w.lo - 1
	names := 0
	for steps := 0; k >= 0 && steps < 24; steps++ {
		x := w.word(k)
		switch {
		case x == "," || x == "and" || x == "or":
			k--
			continue
		case w.possessive(k) && k > 0 && w.at[k-1] >= 0:
			// "Norland's Acme": the member's possessor.
			k = mentionStart(w, k-1) - 1
			continue
		case w.at[k] >= 0:
			names++
			for k >= 0 && w.at[k] >= 0 {
				k--
			}
			continue
		}
		break
	}
	k, introduced := listIntro(w, k)
	if !introduced && names == 0 {
		return
	}
	if !w.free(k) || w.tag(k) != "NNS" {
		return
	}
	if c := pairClass(w.lex, w.word(k-1), w.word(k)); c != "" && w.free(k-1) {
		ev.vote(c, wDescrPair, "descriptor-list", w.word(k-1)+" "+w.word(k))
		ev.bodyBefore = true
	} else if c := descriptorClass(w.lex, w.word(k)); c != "" {
		if !carrierNoun(w, k, c) {
			ev.vote(c, wDescr, "descriptor-list", w.word(k))
		}
		ev.bodyBefore = true
	} else if l := w.lemma(k); tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(l, lexicon.EventCeremony) && w.lex.Is(l, lexicon.EventName) {
		// "festivals like X and Y": festivals named, events (the
		// nouns festivalName reads).
		ev.occurs++
		ev.reasons = append(ev.reasons, reason{extract.EventType, "descriptor-list", w.word(k)})
	} else if tokenize.StartsLower(w.toks[k].Text) && groupNoun(w.lex, w.word(k)) {
		// "groups like X": bodies of no class named.
		ev.group = true
		ev.reasons = append(ev.reasons, reason{"group", "descriptor-list", w.word(k)})
	}
}

// workTitle reads a noun for a kind of work before the name. A creative
// work's title: "the film X", "the boxing drama X"; for a person, only
// when the mention is the whole name: "the film Kell" is about Ann Kell,
// not Ann Kell herself. A title after the noun for its kind and a comma,
// ending the clause: "star in the real-life drama, Quiet Harbour." ("In the
// film, X said" is the clause's subject, not a title; "his next single,
// X, will" names a record: the record trade's nouns count.)
func workTitle(w *window, ev *evidence) {
	lo := w.lo
	if lo > 1 && w.free(lo-1) && w.toks[lo-1].Text == "The" {
		lo-- // the title's own article, which the tagger left out: "the album The X"
	}
	// The tagger reads the noun as an adjective at times ("comedy X"):
	// a word WordNet has no adjective of is the noun.
	noun := strings.HasPrefix(w.tag(lo-1), "NN") || w.tag(lo-1) == "JJ" && !w.lex.Known(w.word(lo-1), lexicon.Adjective)
	if w.free(lo-1) && w.lex.Is(w.lemma(lo-1), lexicon.CreativeWork) && noun && tokenize.StartsLower(w.toks[lo-1].Text) {
		if wholeName(w) {
			ev.markWork("work-title", w.word(lo-1))
			ev.kindBefore = ev.kindBefore || w.tag(lo-1) == "NN" && kindPhrase(w, lo-2)
		}
	}
	if tradeWork(w, lo-1) && wholeName(w) {
		ev.markWork("work-title", w.word(lo-2)+" "+w.word(lo-1))
	}
	if n1 := w.word(w.hi); w.word(lo-1) == "," && w.free(lo-2) && (workNoun(w, lo-2) || record(w, lo-2) && tokenize.StartsLower(w.toks[lo-2].Text)) && wholeName(w) &&
		(n1 == "" || n1 == "." || n1 == "," || n1 == ";" || (n1 == "and" || yearInBrackets(w, w.hi)) && midClause(w, lo-2)) {
		ev.markWork("work-title", w.word(lo-2)+",")
	}
}

// kindPhrase reports whether token k, before a noun for a work, is a
// determiner, a possessive or a modifier in lower case (an adjective, a
// noun, a participle): "the thriller X", "Ann Lee's thriller X", "the
// supernatural thriller X". A noun for a work so led opens a noun
// phrase whose head the title after it names; a bare noun may be a
// verb's object or the last of a compound ("a thriller Harlow enjoyed").
func kindPhrase(w *window, k int) bool {
	if w.possessive(k) {
		return true
	}
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	switch t := w.tag(k); {
	case t == "DT" || t == "PRP$":
		return w.word(k) != "that" && w.word(k) != "this"
	case strings.HasPrefix(t, "JJ") || t == "NN" || t == "VBG" || t == "VBN":
		return true
	}
	return false
}

// midClause reports whether the noun phrase that ends at token k stands
// inside its clause: a word other than a preposition that opens the
// sentence comes before it. "debuts of the first Harlow film, X and Y"
// lists works; "In the film, X and Y star" names the film's actors.
func midClause(w *window, k int) bool {
	for k >= 0 && (w.at[k] >= 0 || strings.HasPrefix(w.tag(k), "NN") || strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "CD" || w.tag(k) == "DT" || w.tag(k) == "POS") {
		k--
	}
	return k > 0 || k == 0 && w.tag(0) != "IN"
}

// leaderBody reports whether the singular noun at token k after a
// person's name, as the tagger read it, is a government's ("the X
// regime", "the X administration"): the name is the leader's, whom the
// government is named after, not the body's (leader-body).
func leaderBody(w *window, k int) bool {
	return w.res.Mentions[w.mi].Type == extract.Person && w.tag(k) == "NN" && w.lex.Is(w.lemma(k), lexicon.Government)
}

// descriptorAfter reads the words after the name: "X news agency", "X
// militants", "the X venue", "X region", "X reported", "X claimed
// responsibility".
func descriptorAfter(w *window, ev *evidence) {
	hi := w.hi
	if !w.free(hi) {
		return
	}
	n1 := w.word(hi)
	bodyDescriptor(w, ev)
	if c, ok := placeClass(w.lex, n1, false); ok && tokenize.StartsLower(w.toks[hi].Text) && strings.HasPrefix(w.tag(hi), "NN") {
		ev.vote(c, wDescrPair, "venue-noun", n1)
		ev.venueW += wDescrPair
	}
	// "the X group", "X militants": X names the group, unless X is a
	// lone adjective ("Shiite militants", "Maoist rebels").
	if groupNoun(w.lex, n1) && !(w.hi-w.lo == 1 && w.tag(w.lo) == "JJ") && !leaderBody(w, hi) && bandScoped(w, orgClass(w.lex, n1), hi) {
		ev.group = true
	}
	if compoundGroup(w, hi) {
		ev.group = true
	}
	// "the X and Y districts": the last name of a list before a plural
	// noun for a kind of place is one as much as the first (see
	// sharedHead).
	if p := w.word(w.lo - 1); (p == "and" || p == "or") && w.lo >= 2 && w.at[w.lo-2] >= 0 {
		if c := sharedPlace(w, hi); c != "" {
			ev.vote(c, wDescrPair, "shared-head", n1)
			return
		}
	}
	regionOrVerbAfter(w, ev)
}

// compoundGroup reports whether tokens k and k+1 after the name are a
// noun of trade or cause and a singular body's word it modifies, which
// ends its phrase: "the X trade union", "the X pressure group", "the X
// football club" name the body X as "the X union" does (the
// compound-group construction; not after a lone adjective, "the Maoist
// rebel group", nor before another noun in lower case, which the
// compound modifies in turn: "the X trade union movement"; nor after
// another determiner than "the" or after an adjective, where the name
// may only modify the compound: "a new X search company").
func compoundGroup(w *window, k int) bool {
	if !compoundHead(w, k) || !groupNoun(w.lex, w.word(k+1)) || w.hi-w.lo == 1 && w.tag(w.lo) == "JJ" || leaderBody(w, k+1) ||
		w.word(w.lo-1) != "the" && determined(w) {
		return false
	}
	if n := k + 2; w.free(n) && strings.HasPrefix(w.tag(n), "NN") && tokenize.StartsLower(w.toks[n].Text) {
		return false
	}
	return bandScoped(w, orgClass(w.lex, w.word(k+1)), k+1)
}

// carrierNoun reports whether token k, a plural noun that heads a list
// of names and says class c, is a noun for news media that WordNet also
// has as a facility ("networks", "outlets", "channels"): alone, it names
// a phone network or a shop as often as a broadcaster ("networks such
// as X charge for data"), so the list's names are bodies of no class
// (the carrier-noun construction; "TV networks such as X" says a
// broadcaster by its pair).
func carrierNoun(w *window, k int, c string) bool {
	return c == ClassNewsMedia && w.lex.Is(w.lemma(k), lexicon.Facility)
}

// leadsBody reports whether the mention's name before a body of
// government names its leader, not the body: a person's ("the X
// administration") or a party's ("the Labour government": the party
// leads it), or any name the tagger read as a body's or a thing's right
// before "government" ("a New Tarvik government": the party, the
// movement or the junta that forms it; a place's name, read as a
// place's, is its government: the body-led-government rule).
func leadsBody(w *window) bool {
	m := w.res.Mentions[w.mi]
	leader := m.Type == extract.Person
	if e := m.Entity; e >= 0 && e < len(w.res.Entities) && w.res.Entities[e].Class == ClassPoliticalParty {
		leader = true
	}
	if (m.Type == extract.Organization || m.Type == extract.Miscellaneous) && w.free(w.hi) && w.lemma(w.hi) == "government" {
		leader = true
	}
	return leader
}

// namesParts reports whether token k is a plural word for bodies after
// a body's name ("the X agencies", "X subsidiaries"): it names the
// body's parts or members, not what it is; a plural for people says
// what it is ("X militants").
func namesParts(w *window, k int) bool {
	return w.tag(k) == "NNS" && !w.lex.Is(w.lemma(k), lexicon.PersonNoun) && w.res.Mentions[w.mi].Type == extract.Organization
}

// bodyDescriptor votes for the class a descriptor after the name says:
// a two-word one ("X news agency"), a body's word ("X militants"), or a
// noun of trade before a body's word ("X investment bank").
func bodyDescriptor(w *window, ev *evidence) {
	hi := w.hi
	n1, n2 := w.word(hi), w.word(hi+1)
	leader := leadsBody(w)
	if c := pairClass(w.lex, n1, n2); c != "" && w.free(hi+1) && !(leader && c == ClassGovernment) && !namesParts(w, hi+1) {
		if bandScoped(w, c, hi+1) {
			ev.vote(c, wDescrPair, "descriptor", n1+" "+n2)
		}
	} else if c := orgClass(w.lex, n1); c != "" && !w.lex.Is(n1, lexicon.PaperWord) && !(leader && c == ClassGovernment) && !namesParts(w, hi) && !verbAfter(w, hi) && !memberBefore(w, hi) && !adjectiveBefore(w, hi) {
		if bandScoped(w, c, hi) {
			ev.vote(c, wDescr, "descriptor", n1)
		}
	} else if c := descriptorClass(w.lex, n2); c != "" && compoundHead(w, hi) && !(leader && c == ClassGovernment) && !(w.hi-w.lo == 1 && w.tag(w.lo) == "JJ") && !determined(w) {
		// "X investment bank", "X oil firm": a noun of trade before a
		// body's word heads the descriptor with it (not after a lone
		// adjective: "Swiss investment bank"), when no determiner
		// stands before the name ("from X investment bank"): the
		// name is the singular noun's determiner, the body's own.
		// After one it may only modify the noun ("a new X search
		// company", "the first X transistor radio").
		if bandScoped(w, c, hi+1) {
			ev.vote(c, wDescrPair, "descriptor", n1+" "+n2)
		}
	}
}

// adjectiveBefore reports whether token k after the name is a word the
// tagger read as an adjective, right before a noun in lower case that it
// modifies: "a Tarvik quarterly survey", "the Vell weekly meeting" say
// how often the body does something, not that it is a newspaper (a
// noun for a body's kind, "the Vell weekly", ends its phrase or heads
// it: the adjective-not-descriptor construction).
func adjectiveBefore(w *window, k int) bool {
	return strings.HasPrefix(w.tag(k), "JJ") && w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") && tokenize.StartsLower(w.toks[k+1].Text)
}

// memberBefore reports whether token k after the name is a singular
// noun for a kind of person right before a person's name ("Harlow Hawks
// guard Ann Lee"): the person's place in the body, not what the body is
// (member-noun).
func memberBefore(w *window, k int) bool {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || !w.lex.Is(w.word(k), lexicon.PersonNoun) || k+1 >= len(w.at) || w.at[k+1] < 0 {
		return false
	}
	return w.res.Mentions[w.at[k+1]].Type == extract.Person
}

// verbAfter reports whether token k, after the name, is a verb the
// tagger read as one, in the present tense, that a preposition or "to"
// follows: "X presses for reform", "X forces to ..." (a headline's
// verb, not a noun for a body: verb-not-descriptor).
func verbAfter(w *window, k int) bool {
	t := w.tag(k + 1)
	return w.tag(k) == "VBZ" && (t == "IN" || t == "TO")
}

// regionOrVerbAfter votes for what the word after the name says: a
// region's noun ("X region"), a news medium's verb ("X reported") or an
// armed group's ("X claimed responsibility").
func regionOrVerbAfter(w *window, ev *evidence) {
	hi := w.hi
	n1, n2 := w.word(hi), w.word(hi+1)
	switch {
	case w.lex.Is(w.lemma(hi), lexicon.Region) && !w.lex.Is(w.lemma(hi), lexicon.City):
		ev.vote(ClassAdminArea, wDescr, "region-noun", n1)
	case n1 == "reported" || n1 == "reports":
		ev.vote(ClassNewsMedia, wWeak*1.5, "verb-frame", n1)
	case n1 == "claimed" && n2 == "responsibility", (n1 == "has" || n1 == "have") && n2 == "claimed" && w.word(hi+2) == "responsibility":
		ev.vote(ClassArmedGroup, wDescr, "verb-frame", n1+" "+n2)
	}
}

// compoundHead reports whether tokens k and k+1 are a noun in lower case
// that says no kind of body or place ("investment", "oil") and a singular
// noun in lower case after it, its head ("bank", "firm").
func compoundHead(w *window, k int) bool {
	return w.free(k) && w.free(k+1) && w.tag(k) == "NN" && w.tag(k+1) == "NN" && tokenize.StartsLower(w.toks[k].Text) && tokenize.StartsLower(w.toks[k+1].Text) &&
		w.lex.Known(w.lemma(k), lexicon.Noun) &&
		orgClass(w.lex, w.word(k)) == "" && !w.lex.Is(w.lemma(k), lexicon.PersonNoun) && !groupNoun(w.lex, w.word(k))
}

// determined reports whether a determiner stands before the mention,
// past adjectives and quotation marks ("a new X", "the \"X").
func determined(w *window) bool {
	k := w.lo - 1
	for k >= 0 && (w.free(k) && strings.HasPrefix(w.tag(k), "JJ") || w.word(k) == "\"" || w.word(k) == "“") {
		k--
	}
	return w.free(k) && w.lex.Is(w.word(k), lexicon.Determiner)
}

// ofPhrase reads "the city of X", "the province of X", "the mayor of X",
// "the Swiss resort of X", "the inhabitants of X".
func ofPhrase(w *window, ev *evidence) {
	lo := w.lo
	if w.word(lo-1) != "of" {
		return
	}
	p2 := w.word(lo - 2)
	switch {
	case w.lex.Is(w.lemma(lo-2), lexicon.City) || p2 == "mayor":
		ev.vote(ClassCity, wDescrPair, "of-phrase", p2+" of")
	case w.lex.Is(w.lemma(lo-2), lexicon.Region) || p2 == "governor":
		ev.vote(ClassAdminArea, wDescrPair, "of-phrase", p2+" of")
	case w.lex.Is(w.lemma(lo-2), lexicon.Resident):
		// "the inhabitants of X", "residents of X": people live in a place.
		ev.vote(ClassPlace, wDescrPair, "of-phrase", p2+" of")
	case w.lex.Is(w.lemma(lo-2), lexicon.NaturalFeature) && w.tag(lo-2) == "NN" && tokenize.StartsLower(w.toks[lo-2].Text) && orgClass(w.lex, p2) == "" && w.word(lo-3) == "the":
		// "the island of X", "the coast of X": a natural feature's name.
		ev.vote(ClassPlace, wDescrPair, "of-phrase", p2+" of")
	case (w.lex.Is(w.lemma(lo-2), lexicon.Settlement) || w.lex.Is(w.lemma(lo-2), lexicon.Hotel)) && w.countryWord(lo-3):
		// "the Swiss resort of X", "the Norlandic capital of X": a town of
		// that country.
		ev.vote(ClassCity, wDescrPair, "of-phrase", w.word(lo-3)+" "+p2+" of")
	}
}

// countryWord reports whether token i is a country's name or demonym.
func (w *window) countryWord(i int) bool {
	if w.g == nil || i < 0 || i >= len(w.toks) {
		return false
	}
	return w.g.Match(gazetteer.Tokens(w.toks[i].Text)...)&(gazetteer.CatCountry|gazetteer.CatDemonym) != 0
}

// outletFrame reads the verb frames of news outlets: "quoted by X", "as
// saying by X", "told X", "in an interview with X".
func outletFrame(w *window, ev *evidence) {
	p1, p2, p3 := w.word(w.lo-1), w.word(w.lo-2), w.word(w.lo-3)
	switch {
	case p1 == "by" && (p2 == "quoted" || p2 == "saying" || p3 == "quoted" || p3 == "saying") || p2 == "by" && p1 == "the" && (p3 == "quoted" || p3 == "saying"):
		ev.vote(ClassNewsMedia, wDescr, "verb-frame", p2+" "+p1)
	case p1 == "told" || p2 == "told" && p1 == "the":
		ev.vote(ClassNewsMedia, wWeak, "verb-frame", p1)
	case p1 == "with" && (p2 == "interview" || p3 == "interview"):
		ev.vote(ClassNewsMedia, wWeak*1.5, "verb-frame", "interview with")
	}
}

// placeFrame reads place frames: "in X", "held at X", "as far away as X".
func placeFrame(w *window, ev *evidence) {
	// "at X (3-11)": the side whose record the brackets give.
	if recordAfter(w) {
		return
	}
	// The frame holds for each name of a list after the preposition: "in
	// X and Y", "in X, Y or Z".
	lo := w.lo
	placeBefore := false // a name the tagger read as a place's comes first
	for steps := 0; steps < 8; steps++ {
		if x := w.word(lo - 1); (x == "and" || x == "or" || x == ",") && lo >= 2 && w.at[lo-2] >= 0 {
			lo--
			for lo > 0 && w.at[lo-1] >= 0 {
				lo--
			}
			placeBefore = placeBefore || w.res.Mentions[w.at[lo]].Type == extract.Location && w.knownPlace(w.res.Mentions[w.at[lo]].Text)
			continue
		}
		break
	}
	p1, p2, p3 := w.word(lo-1), w.word(lo-2), w.word(lo-3)
	// "an analyst at X", "a professor at X", "chief economist for the
	// region at X", "an analyst with X": the person's employer.
	if k := jobOrRole(w, lo-2, p1); k >= 0 && employerPreposition(w, p1, k, lo) && lo == w.lo && !w.possessive(w.hi) && !modifier(w) {
		ev.employer++
		ev.reasons = append(ev.reasons, reason{"employer", "employer-frame", w.word(k) + " " + p1})
		return
	}
	// A preposition of place before a name is evidence of a place when
	// the gazetteer also knows it as one; not after a noun of shares
	// ("shares in X": the company's).
	if !placePreposition(w, lo, p1, p2, p3) || equityBefore(w, lo) && !w.knownPlace(w.res.Mentions[w.mi].Text) {
		return
	}
	// "according to X", "thanks to X": the preposition's last word only,
	// the adjunct's source or cause.
	if w.lex.Is(p2+" "+p1, lexicon.AdjunctPreposition) {
		return
	}
	if meetingNounAfter(w) {
		return
	}
	ev.placeCtx++
	ev.frameNext = lo == w.lo
	if placeBefore {
		// "in Harlow and X": a place among places the gazetteer knows.
		ev.vote(ClassPlace, wDescr, "place-frame", "in a list of places")
	}
	if p1 == "at" || p1 == "in" {
		switch p2 {
		case "held", "place", "hosted", "located", "staged":
			ev.vote(ClassPlace, wDescr, "place-frame", p2+" "+p1)
		}
	}
	if p1 == "as" {
		ev.vote(ClassPlace, wWeak, "place-frame", p1)
	}
}

// placePreposition reports whether p1, p2 and p3, the words before token
// lo, make a place frame: a preposition of place ("in X"), "as far as
// X", or "on" before a road's name that the mention is (on-road).
func placePreposition(w *window, lo int, p1, p2, p3 string) bool {
	return w.lex.Is(p1, lexicon.PlacePreposition) || p1 == "as" && (p2 == "far" || p3 == "far") || lo == w.lo && onRoad(w)
}

// employerPreposition reports whether p1, before the name at token lo
// after the job's noun at token k, makes the name the employer: "at",
// "with", or "for" right after a noun for an office (spokesNoun: "a
// spokesman for X").
func employerPreposition(w *window, p1 string, k, lo int) bool {
	return p1 == "with" || p1 == "at" || p1 == "for" && k == lo-2 && spokesNoun(w, k)
}

// spokesNoun reports whether token k is a noun for an office held in a
// body that speaks for it, no film-maker's ("a spokesman for X", "the
// chairman for X"; not "best director for X").
func spokesNoun(w *window, k int) bool {
	c := w.lex.Classes(w.lemma(k))
	return c.Has(lexicon.Office) && !c.Has(lexicon.ShowMaker) && !c.Has(lexicon.SportRole)
}

// datelineTown reports whether mention mi is the dateline's town.
func datelineTown(res *extract.Result, mi int) bool {
	d := res.Dateline
	if d == nil || mi < 0 || mi >= len(res.Mentions) || res.Mentions[mi].Sentence != d.Sentence || d.Sentence >= len(res.Sentences) {
		return false
	}
	lo, hi := res.Sentences[d.Sentence].TokenSpan(res.Mentions[mi].Start, res.Mentions[mi].End)
	return isDatelineTown(res.Sentences[d.Sentence].Tokens, d, lo, hi)
}

// isDatelineTown reports whether tokens [lo, hi) are the dateline's town,
// or one of the towns a slash parts in it ("HARLOW/PELLAM (AP) -").
func isDatelineTown(toks []tokenize.Token, d *extract.Dateline, lo, hi int) bool {
	if lo < d.Town[0] || hi > d.Town[1] || lo >= hi || hi > len(toks) {
		return false
	}
	return (lo == d.Town[0] || toks[lo-1].Text == "/") && (hi == d.Town[1] || toks[hi].Text == "/")
}

// meetingNounAfter reports whether the mention, a name the gazetteer
// knows as no place's, stands right before a singular noun in lower case
// for a meeting or a show where goods are shown (the lexicon's
// event-meeting and event-show) that ends its phrase: "at Tarvikworld
// expo" is at the show the name names, no place of the name (the
// meeting-noun construction; "at the Harlow summit", a known town, is
// where it is held).
func meetingNounAfter(w *window) bool {
	k := w.hi
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) || strings.HasPrefix(w.tag(k+1), "NN") || w.knownPlace(w.res.Mentions[w.mi].Text) {
		return false
	}
	return w.lex.Is(w.lemma(k), lexicon.EventMeeting) || w.lex.Is(w.lemma(k), lexicon.EventShow)
}

// modifier reports whether the mention modifies a common noun after it
// that is not its own descriptor: "head of policy at X charity the Y
// Trust" names the Y Trust, "an editor at X magazine" X.
func modifier(w *window) bool {
	k := w.hi
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || !strings.HasPrefix(w.tag(k), "NN") {
		return false
	}
	return descriptorClass(w.lex, w.word(k)) == "" || w.word(k+1) == "the" || k+1 < len(w.at) && w.at[k+1] >= 0
}

// jobBefore returns the token of a singular noun for an occupation or an
// office that ends at token k, or heads the noun phrase that does, past
// one "of" or "for" phrase ("director of Norland Equities", "economist
// for the region"); or -1.
func jobBefore(w *window, k int) int {
	job := func(i int) bool {
		c := w.lex.Classes(w.lemma(i))
		return w.free(i) && w.tag(i) == "NN" && tokenize.StartsLower(w.toks[i].Text) && (c.Has(lexicon.Occupation) || c.Has(lexicon.Office))
	}
	if job(k) {
		return k
	}
	// Not past a person's name: "correspondent Ann Lee at X" may say
	// where she is, "replace executive Ann Lee with X" whom with.
	if k >= 0 && k < len(w.at) && w.at[k] >= 0 && w.res.Mentions[w.at[k]].Type == extract.Person {
		return -1
	}
	// One "of" or "for" phrase of a name or of nouns and their
	// determiner: "director of Norland Equities", "economist for the
	// region".
	for i, steps := k, 0; i > 0 && steps < 5; steps++ {
		switch x := w.word(i); {
		case x == "of" || x == "for":
			if job(i - 1) {
				return i - 1
			}
			return -1
		case w.at[i] >= 0 && w.res.Mentions[w.at[i]].Type != extract.Person:
			i = mentionStart(w, i) - 1
		case w.free(i) && (strings.HasPrefix(w.tag(i), "NN") && tokenize.StartsLower(w.toks[i].Text) || strings.HasPrefix(w.tag(i), "JJ") || w.lex.Is(x, lexicon.Determiner)):
			i--
		default:
			return -1
		}
	}
	return -1
}

// jobOrRole returns jobBefore's token or, failing it, before "at", a
// colleague's noun's (colleagueNoun) or roleInApposition's ("a friend
// with X" is no employee).
func jobOrRole(w *window, k int, p1 string) int {
	if j := jobBefore(w, k); j >= 0 || p1 != "at" {
		return j
	}
	if colleagueNoun(w, k) {
		return k
	}
	return roleInApposition(w, k)
}

// roleInApposition returns token k when it is a singular noun in lower
// case for a kind of person (WordNet's most frequent sense) that heads
// an appositive to a person's name, past up to four determiners,
// adjectives and nouns in lower case: "Bo Ek, chief software designer
// at X", "Ann Lee, a security expert at X" say whom the person works
// for as an occupation's noun does (the role-apposition construction);
// or -1.
func roleInApposition(w *window, k int) int {
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) || !w.lex.Is(w.lemma(k), lexicon.PersonNoun) {
		return -1
	}
	i := k - 1
	for steps := 0; steps < 4 && w.free(i) && tokenize.StartsLower(w.toks[i].Text) &&
		(strings.HasPrefix(w.tag(i), "NN") || strings.HasPrefix(w.tag(i), "JJ") || w.lex.Is(w.word(i), lexicon.Determiner)); steps++ {
		i--
	}
	if w.word(i) != "," || i < 1 || w.at[i-1] < 0 || w.res.Mentions[w.at[i-1]].Type != extract.Person {
		return -1
	}
	return k
}

// regionNotTown reports whether the gazetteer knows tokens [lo, hi) as a
// region's or a country's name and not as any town's: a
// dateline may name a state ("NORLANDSHIRE -"), not a town.
func (w *window) regionNotTown(lo, hi int) bool {
	if w.g == nil || lo < 0 || hi > len(w.toks) || lo >= hi {
		return false
	}
	words := make([]string, 0, hi-lo)
	for _, t := range w.toks[lo:hi] {
		words = append(words, t.Text)
	}
	c := w.g.Match(gazetteer.Tokens(strings.Join(words, " "))...)
	return c&(gazetteer.CatRegion|gazetteer.CatCountry) != 0 && c&(gazetteer.CatCity|gazetteer.CatBigCity) == 0
}

// datelineParts reads the dateline (package annotate): its town in
// capitals is a city, the agency in its brackets a news organisation
// ("VELDEN, X (AP) —"); and "VELDEN, X —" or "Velden, X (NP) -" at the
// start of a sentence names a town and its region or country.
func datelineParts(w *window, ev *evidence) {
	lo, hi, res := w.lo, w.hi, w.res
	if d := res.Dateline; d != nil && d.Sentence == res.Mentions[w.mi].Sentence {
		switch {
		case isDatelineTown(res.Sentences[d.Sentence].Tokens, d, lo, hi) && !w.regionNotTown(lo, hi):
			ev.vote(ClassCity, wDescrPair, "dateline", "dateline town")
		// The outlet before the other sources it credits ("(Acme Online &
		// News Agencies)": resolve's agency-sources) is the agency too.
		case d.Agency[1] > d.Agency[0] && lo == d.Agency[0] && (hi == d.Agency[1] || hi < d.Agency[1] && (w.word(hi) == "&" || w.word(hi) == "and")):
			ev.vote(ClassNewsMedia, wDescrPair, "dateline", "dateline agency")
			ev.credit = true
		}
	}
	if w.word(lo-1) == "," && lo >= 2 && w.at[lo-2] >= 0 && (tokenize.IsDash(w.word(hi)) || creditDash(w, hi)) {
		first := lo - 2
		for first > 0 && w.at[first-1] >= 0 && w.entity(first-1) == w.entity(lo-2) {
			first--
		}
		if first == 0 {
			ev.vote(ClassPlace, wDescrPair, "dateline", "dateline region")
			ev.placeCtx++
		}
	}
}

// creditDash reports whether an agency's credit in brackets and a dash
// stand from token k: "VELDEN, Norland (NP) -".
func creditDash(w *window, k int) bool {
	if w.word(k) != "(" {
		return false
	}
	for j := k + 1; j < len(w.toks) && j <= k+creditMax; j++ {
		if w.word(j) == ")" {
			return j > k+1 && tokenize.IsDash(w.word(j+1))
		}
	}
	return false
}

// creditMax is the most tokens creditDash reads inside the brackets.
const creditMax = 5

// wireCredit reads a wire's credit (res.Credits, package annotate): the
// name in brackets that ends the headline and that the text after it
// opens with before a dash ("Rain Hits Harlow (NP)", then "NP - The mayor
// said ..."), where a news feed names the agency twice. Both mentions are
// the agency's, a news organisation whatever the tagger read ("NP" as a
// place).
func wireCredit(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	if !slices.Contains(w.res.Credits, extract.Span{Start: m.Start, End: m.End}) {
		return
	}
	ev.vote(ClassNewsMedia, wDescrPair, "wire-credit", "wire credit")
	ev.credit = true
}

// titleBefore reads a title before a person's name. An honorific ("Mr
// X") says person against a tagger that read a body or a place; a title
// or an occupation does not, for teams, firms and countries take them too
// ("holders Arsenal", "analyst Gartner", "champions Italy").
func titleBefore(w *window, ev *evidence) {
	lo := w.lo
	c := w.lex.Classes(w.lemma(lo - 1))
	honorific := lo > 0 && isHonorific(w.lex, w.toks[lo-1].Text)
	// "the media regulator X": an office that is a body's word as
	// much, and no person's first (personOffice), says body: the
	// descriptor votes for it.
	if w.word(lo-1) != "" && (personOffice(c) || honorific) {
		ev.personCtx++
		if w.free(lo-1) && honorific {
			ev.personWord = true
		}
		if w.free(lo-1) && personOffice(c) && w.tag(lo-1) == "NN" {
			ev.officeBefore = true
		}
	}
	// "frontman X", "singer X": a singular noun for a kind of person
	// right before a one-word name the tagger read as a place.
	if w.free(lo-1) && w.tag(lo-1) == "NN" && tokenize.StartsLower(w.toks[lo-1].Text) && w.hi-lo == 1 && c.Has(lexicon.PersonNoun) && !c.Has(lexicon.Office) {
		ev.personNoun = true
	}
	if w.free(lo-1) && w.tag(lo-1) == "NN" && tokenize.StartsLower(w.toks[lo-1].Text) && roleNoun(c) {
		ev.roleBefore = true
	}
	if lo > 0 && kinWord(w, lo-1, c) {
		ev.kinBefore++
		ev.reasons = append(ev.reasons, reason{"person", "kin-before", w.word(lo - 1)})
	}
}

// roleNoun reports whether a noun of classes c names a player's role in
// a side or a musician's in a band ("quarterback", "guitarist") and is
// no office's ("coach", a club's post as much as a person's) nor a
// body's word of any kind.
func roleNoun(c lexicon.Classes) bool {
	return (c.Has(lexicon.SportRole) || c.Has(lexicon.Musician)) && c.Has(lexicon.PersonNoun) && !c.Has(lexicon.Office) &&
		!c.Has(lexicon.Organization) && !c.Has(lexicon.Corporation) && !c.Has(lexicon.MusicGroup) && !c.Has(lexicon.Team)
}

// appositiveAfter reads an appositive after the name, past a
// parenthetical ("X (XY),"): "X, a Taiwan-based shipping firm," "X,
// north of Y", "X, an IS branch active in ...".
func appositiveAfter(w *window, ev *evidence) {
	after := w.hi
	if w.word(after) == "(" {
		for k := after + 1; k < len(w.toks) && k < after+8; k++ {
			if w.word(k) == ")" {
				after = k + 1
				break
			}
		}
	}
	// A dash sets off an appositive as a comma does, when white space
	// stands around it ("X - a teenage drama -"), not inside a word, and
	// not after a name that opens the sentence: "Harlow Wire - The army
	// said ..." credits an agency.
	if w.word(after) == "," || w.lo > 0 && tokenize.IsDash(w.word(after)) && spacedDash(w, after) {
		appositive(w, after+1, ev)
		ownAppositive(w, after+1, ev)
	}
}

// ownAppositive reads an appositive that a possessive determiner opens and a
// noun for a kind of work heads: "X, her third album,", "X, their
// latest film", "X, his debut single" (a noun of the record trade too).
// What one made is named with one's possessive; the phrase runs over
// adjectives, nouns and numbers in lower case to the work's noun, which
// no noun follows ("X, his record label" is no record).
func ownAppositive(w *window, i int, ev *evidence) {
	if !w.free(i) || w.tag(i) != "PRP$" {
		return
	}
	for k := i + 1; k < len(w.toks) && k < i+5 && w.free(k) && tokenize.StartsLower(w.toks[k].Text); k++ {
		if (workNoun(w, k) || record(w, k)) && !strings.HasPrefix(w.tag(k+1), "NN") {
			ev.markWork("own-appositive", w.word(i)+" "+w.word(k))
			return
		}
		if t := w.tag(k); !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && t != "CD" {
			return
		}
	}
}

// beforePerson reads a noun for a kind of person between the name and
// a person's name: "X actor Ann Lee", "X star Bo Ek". X is what the
// person belongs to or plays in (a work, a band, a club, a country),
// never another person.
func beforePerson(w *window, ev *evidence) {
	k := w.hi
	performer := w.lex.Is(w.lemma(k), lexicon.Performer)
	// "X frontman Ann Lee": a band's musician (Musician) is a kind of
	// person though WordNet files some of them ("frontman") under no
	// person's noun.
	musician := w.lex.Is(w.lemma(k), lexicon.Musician)
	musicianOf(w, k, ev)
	musicianAfter(w, k, ev)
	if creatorNoun(w, k) && k+1 < len(w.at) && w.at[k+1] >= 0 && w.res.Mentions[w.at[k+1]].Type == extract.Person &&
		!pluralWord(w, w.hi-1) && wholeName(w) && !w.listedNonWork() {
		// "X creator Ann Lee": what a person is the creator of, named
		// before the noun, is a work (a show, a game), whatever the
		// tagger read it as; a name the gazetteer lists as a place's, a
		// body's or a person's only is left alone ("Acme creator Ann Lee").
		ev.markWork("before-creator", w.word(k))
	}
	if !w.free(k) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) || !w.lex.Is(w.lemma(k), lexicon.PersonNoun) && !performer && !musician {
		return
	}
	if showMakerAfterList(w, k) {
		ev.markWork("listed-before-show-maker", w.word(k))
	}
	if n := k + 1; n < len(w.at) && w.at[n] >= 0 && w.res.Mentions[w.at[n]].Type == extract.Person {
		// "X star Ann Lee", "X actor Bo Ek": what an actor is named
		// by is the film or the show, when the tagger read it as a
		// person's name and it is no plural (a band's, a side's: "the
		// Harlow Rovers star").
		if m := w.res.Mentions[w.mi]; performer && m.Type == extract.Person && !pluralWord(w, w.hi-1) && wholeName(w) {
			ev.markWork("before-performer", w.word(k))
		}
		ev.beforePerson = true
		ev.musician = ev.musician || musician
		c := w.lex.Classes(w.lemma(k))
		ev.sportRole = ev.sportRole || c.Has(lexicon.SportRole)
		ev.player = ev.player || c.Has(lexicon.SportRole) && !c.Has(lexicon.Office)
		ev.staff = ev.staff || staffNoun(c) && givenFirst(w.g, w.res.Mentions[w.at[n]].Text)
		ev.reasons = append(ev.reasons, reason{"before-person", "before-person", w.word(k)})
	}
}

// musicianOf reads a possessive at token k and a musician's noun after
// it: "X's frontman", "X's drummer Bo Ek". A body of no other class
// whose musician it is is a band (settle reads the mark; a person's
// name keeps its type: "Ann Lee's guitarist"; the musician-of rule).
func musicianOf(w *window, k int, ev *evidence) {
	if n := k + 1; w.possessive(k) && w.free(n) && w.tag(n) == "NN" && tokenize.StartsLower(w.toks[n].Text) && w.lex.Is(w.lemma(n), lexicon.Musician) {
		ev.musician = true
		ev.reasons = append(ev.reasons, reason{"musician", "musician-of", w.word(n)})
	}
}

// staffNoun reports whether a noun of classes c is for an occupation
// ("economist", "analyst"), not an office, which a country, a people, a
// show or a contest has as often as a body ("the Norlandic leader", "X
// chief Ann Lee"), nor one of the crafts of a work, a band or a side
// ("director", "actor", "singer", "coach").
func staffNoun(c lexicon.Classes) bool {
	return c.Has(lexicon.Occupation) && !c.Has(lexicon.Office) && !c.Has(lexicon.ShowMaker) && !c.Has(lexicon.Performer) && !c.Has(lexicon.Musician) && !c.Has(lexicon.SportRole)
}

// showMakerAfterList reports whether token k, after the window's
// mention, is a noun for a maker of films or shows (ShowMaker:
// "director") before a person's name, and the mention is the last of a
// list of names ("X and Y director Ann Lee"): what one director made
// together is a list of works; a body's director is named after one
// body ("Acme director Ann Lee").
func showMakerAfterList(w *window, k int) bool {
	if !w.lex.Is(w.lemma(k), lexicon.ShowMaker) || k+1 >= len(w.at) || w.at[k+1] < 0 || w.res.Mentions[w.at[k+1]].Type != extract.Person {
		return false
	}
	if p := w.word(w.lo - 1); p != "and" && p != "," || w.lo < 2 || w.at[w.lo-2] < 0 {
		return false
	}
	return !pluralWord(w, w.hi-1) && wholeName(w) && !w.listedNonWork()
}

// creatorNoun reports whether token k is the lower-case noun for the
// maker of a work: "creator" or "co-creator" (a closed pair; WordNet's
// sense of the word is a maker of any thing, God among them).
func creatorNoun(w *window, k int) bool {
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	switch w.word(k) {
	case "creator", "co-creator":
		return true
	}
	return false
}

// pluralWord reports whether token k, the last of a name, is a plural:
// tagged so, or the plural of a noun WordNet knows ("Rovers").
func pluralWord(w *window, k int) bool {
	if t := w.tag(k); t == "NNS" || t == "NNPS" {
		return true
	}
	l := w.lex.Lemma(w.word(k), "NNS")
	return l != w.word(k) && w.lex.Known(l, lexicon.Noun)
}

// personList counts the people named beside the mention in a list
// joined by commas and "and" or "or" ("among them Ann Lee, Bo Ek and X"):
// a name among people's names is most likely a person's too.
func personList(w *window, ev *evidence) {
	sep := func(k int) bool { x := w.word(k); return x == "," || x == "and" || x == "or" }
	person := func(mi int) bool { return w.res.Mentions[mi].Type == extract.Person }
	// Leftwards: "Ann Lee, Bo Ek and X", "Ann Lee, Bo Ek, and X".
	left := w.lo - 1
	for {
		if w.word(left) == "and" && w.word(left-1) == "," {
			left--
		}
		if left < 1 || !sep(left) || w.at[left-1] < 0 || !person(w.at[left-1]) {
			break
		}
		ev.peopleBeside++
		left = mentionStart(w, left-1) - 1
	}
	// Rightwards: "X, Ann Lee and Bo Ek".
	for right := w.hi; right+1 < len(w.at) && sep(right) && w.at[right+1] >= 0 && person(w.at[right+1]); {
		ev.peopleBeside++
		right = mentionEnd(w, right+1) + 1
		if w.word(right) == "," && w.word(right+1) == "and" {
			right++
		}
	}
	if ev.peopleBeside > 0 {
		ev.reasons = append(ev.reasons, reason{"person", "person-list", "list"})
	}
}

// peopleNounList reads a plural noun for a kind of person, and no word
// for a body, before a list of names that holds this one, perhaps
// through "such as", "like" or "including": "photographers Ann Lee, X
// and Bo Ek", "US singers such as Ann Lee and X". The list's names are
// people's when another of them is a person's (a name the tagger found as
// a person's, or a capitalised word it found nothing in) and none is
// another kind of name ("contenders X, Y and Z" may list films); a
// single name after such a noun is often a body of them ("market
// analysts X", "survivors such as X").
func peopleNounList(w *window, ev *evidence) {
	sep := func(k int) bool { x := w.word(k); return x == "," || x == "and" || x == "or" }
	people, others := 0, 0
	// member reads the name at token k, a mention's or an untagged
	// capitalised word's, and returns the token past it in direction d.
	member := func(k, d int) (int, bool) {
		switch {
		case k < 0 || k >= len(w.at):
			return k, false
		case w.at[k] >= 0:
			if w.res.Mentions[w.at[k]].Type == extract.Person {
				people++
			} else {
				others++
			}
			if d < 0 {
				return mentionStart(w, k) - 1, true
			}
			return mentionEnd(w, k) + 1, true
		case w.tag(k) == "NNP" && tokenize.StartsUpper(w.toks[k].Text):
			people++
			return k + d, true
		}
		return k, false
	}
	k := w.lo - 1
	for steps := 0; steps < 24; steps++ {
		if sep(k) {
			k--
			continue
		}
		next, ok := member(k, -1)
		if !ok {
			break
		}
		k = next
	}
	for r, steps := w.hi, 0; steps < 24 && sep(r); steps++ {
		for sep(r) {
			r++
		}
		next, ok := member(r, 1)
		if !ok {
			break
		}
		r = next
	}
	k, _ = listIntro(w, k)
	if people == 0 || others > 0 {
		return
	}
	if !w.free(k) || w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) || !w.lex.Is(w.lemma(k), lexicon.PersonNoun) || descriptorClass(w.lex, w.word(k)) != "" {
		return
	}
	ev.peopleList = true
	ev.reasons = append(ev.reasons, reason{"person", "people-noun-list", w.word(k)})
}

// relativeWhich reads a relative "which" after the name ("X, which
// was bought last year"): people take "who", so X is no person. After
// the last of a list of names with a person's among them, "which" takes
// up what the list hangs on ("a show starring Ann Lee, Bo Ek and X,
// which raised $1m": the list-which rule), and says nothing of X.
func relativeWhich(w *window, ev *evidence) {
	if w.word(w.hi) == "," && w.word(w.hi+1) == "which" && !listWithPerson(w) {
		ev.which = true
		ev.reasons = append(ev.reasons, reason{"which", "relative-which", "which"})
	}
}

// occurFrame reads a name as the subject of a verb of occurring right
// after it, perhaps after an auxiliary: "X happened", "then X has taken
// place", "after X occurred": an event's name. The object of a
// preposition is no subject ("the rally in X took place"), and "X
// happened to be there" says nothing of X (happening to do is chancing
// to). Nor is the last of names joined after a preposition ("a concert
// hosted by Ann Lee and Bo Ek will take place": the coordinated-object
// construction).
func occurFrame(w *window, ev *evidence) {
	p := w.lo - 1
	if w.word(p) == "the" {
		p--
	}
	for q := p; w.word(q) == "and" || w.word(q) == ","; {
		q--
		for q >= 0 && !w.free(q) && w.tag(q) != "," {
			q--
		}
		if t := w.tag(q); t == "IN" && !w.lex.Is(w.word(q), lexicon.Subordinator) {
			return
		}
	}
	if t := w.tag(p); (t == "IN" || t == "TO") && !w.lex.Is(w.word(p), lexicon.Subordinator) || t == "POS" {
		return
	}
	k := w.hi
	for n := 0; n < 2 && w.free(k) && w.lex.Is(w.lemma(k), lexicon.Auxiliary) && w.lemma(k) != "be"; n++ {
		k++
	}
	if !w.free(k) || !strings.HasPrefix(w.tag(k), "VB") {
		return
	}
	switch w.lemma(k) {
	case "happen", "occur":
		if w.word(k+1) == "to" && w.tag(k+2) == "VB" {
			return
		}
	case "take":
		if w.word(k+1) != "place" {
			return
		}
	default:
		return
	}
	ev.occurs++
	ev.reasons = append(ev.reasons, reason{extract.EventType, "occur-frame", w.toks[k].Text})
}

// onAirFrame reads a name the tagger read as a place's between "the" (or
// an adjective or a noun that the tagger may take for one: "fellow X
// show") and a singular noun of the broadcasting trade in lower case that ends the
// phrase (the lexicon's TradeWork: "show", "programme", "soap"; not its
// "game" nor a competition's "title"): "voted off the X show", "on the X
// programme". The name is the channel's or the broadcaster's that airs
// it, not the show's own ("the X show's host" or "the X show host" go
// on).
func onAirFrame(w *window, ev *evidence) {
	if p := w.lo - 1; w.res.Mentions[w.mi].Type != extract.Location || !(w.word(p) == "the" || w.free(p) && tokenize.StartsLower(w.toks[p].Text) && (w.tag(p) == "JJ" || w.tag(p) == "NN")) {
		return
	}
	k := w.hi
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || w.tag(k) != "NN" {
		return
	}
	if l := w.lemma(k); !w.lex.Is(l, lexicon.TradeWork) || w.lex.Is(l, lexicon.CompetitionPart) || l == "game" {
		return
	}
	if w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") || w.possessive(k+1) {
		return
	}
	ev.onAir++
	ev.reasons = append(ev.reasons, reason{ClassNewsMedia, "on-air", w.toks[k].Text})
}

// festivalName reads a name the tagger read as a body's or another name
// between "the" and a festival's noun in lower case that ends the phrase,
// perhaps after one noun for its art (the lexicon's nouns both for a
// ceremony and for the last word of an event's name: "festival",
// "carnival"): "the X festival", "at the X film festival". The name is
// the festival's, an event's; not before another noun ("the X festival
// director") nor a possessive ("the X festival's jury").
func festivalName(w *window, ev *evidence) {
	if t := w.res.Mentions[w.mi].Type; t != extract.Organization && t != extract.Miscellaneous || w.word(w.lo-1) != "the" {
		return
	}
	k := w.hi
	if w.free(k) && tokenize.StartsLower(w.toks[k].Text) && w.tag(k) == "NN" && !festivalNoun(w, k) {
		k++
	}
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) || !festivalNoun(w, k) {
		return
	}
	if w.free(k+1) && strings.HasPrefix(w.tag(k+1), "NN") || w.possessive(k+1) {
		return
	}
	ev.occurs++
	ev.reasons = append(ev.reasons, reason{extract.EventType, "festival-name", w.toks[k].Text})
}

// festivalNoun reports whether token k is a singular noun for a festival:
// a ceremony's noun that also ends events' names.
func festivalNoun(w *window, k int) bool {
	l := w.lemma(k)
	return w.tag(k) == "NN" && w.lex.Is(l, lexicon.EventCeremony) && w.lex.Is(l, lexicon.EventName)
}

// lifeVerb reads a name as the subject of a verb of a life's events right
// after it, perhaps after an auxiliary: born (after a form of "be") or a
// verb of the lexicon's LifeEvent (die, perish, marry, wed, graduate,
// retire): "X was born", "X died", "then X has retired": a person's name. The object of a preposition is no
// subject ("the firm of X died out" is the firm's), nor is a possessor.
func lifeVerb(w *window, ev *evidence) {
	p := w.lo - 1
	if w.word(p) == "the" {
		p--
	}
	if t := w.tag(p); (t == "IN" || t == "TO") && !w.lex.Is(w.word(p), lexicon.Subordinator) {
		return
	}
	k := w.hi
	if w.tag(k) == "POS" {
		return
	}
	be := false
	for n := 0; n < 2 && w.free(k) && w.lex.Is(w.lemma(k), lexicon.Auxiliary); n++ {
		be = be || w.lemma(k) == "be"
		k++
	}
	if !w.free(k) {
		return
	}
	switch x := w.word(k); {
	case x == "born" && be:
	case w.lex.Is(w.lemma(k), lexicon.LifeEvent) && !be && (w.tag(k) == "VBD" || w.tag(k) == "VBZ" || w.tag(k) == "VBN"):
		// "died out", "retired from the market" are a body's too.
		if w.word(k+1) == "out" {
			return
		}
	default:
		return
	}
	ev.lives++
	ev.reasons = append(ev.reasons, reason{extract.Person, "life-verb", w.toks[k].Text})
}

// reflexive reads a name followed by "himself" or "herself" ("X himself
// wrote", "copied by X herself"): what the pronoun stresses is a person,
// as a life's verb says (see lifeVerb). A possessive after the name makes
// it a modifier ("X's son himself").
func reflexive(w *window, ev *evidence) {
	k := w.hi
	if !w.free(k) {
		return
	}
	if x := strings.ToLower(w.word(k)); x != "himself" && x != "herself" {
		return
	}
	ev.lives++
	ev.reasons = append(ev.reasons, reason{extract.Person, "reflexive", w.toks[k].Text})
}

// speakingLanguage reads a name of one word right before a hyphen and
// "speaking", an adjective of the people who speak it ("X-speaking
// children", "an X - speaking village"): the name is a language's (the
// speaking-language rule; without the hyphen, "Ann Lee speaking on
// Monday" is a participle after its subject).
func speakingLanguage(w *window, ev *evidence) {
	m := w.res.Mentions[w.mi]
	if strings.Contains(m.Text, " ") || m.End > len(w.res.Doc.Text) {
		return
	}
	rest := w.res.Doc.Text[m.End:]
	for _, p := range []string{"-speaking", " - speaking", " -speaking", "- speaking"} {
		if strings.HasPrefix(rest, p) {
			ev.speaking++
			ev.reasons = append(ev.reasons, reason{"language", "speaking-language", m.Text + p})
			return
		}
	}
}

// pronounNext reads a name that is its sentence's subject, perhaps after
// a conjunction or an adverb, before its verb, when the next sentence
// opens with "He" or "She" and no other name of the sentence is a
// person's ("And X went further. He proposed ..."): the pronoun takes up
// the subject, a person.
func pronounNext(w *window, ev *evidence) {
	if w.lo > 1 || w.lo == 1 && w.tag(0) != "CC" && w.tag(0) != "RB" {
		return
	}
	if t := w.tag(w.hi); !w.free(w.hi) || t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
		return
	}
	m := w.res.Mentions[w.mi]
	if m.Sentence+1 >= len(w.res.Sentences) {
		return
	}
	next := &w.res.Sentences[m.Sentence+1]
	if len(next.Lower) == 0 || next.Lower[0] != "he" && next.Lower[0] != "she" {
		return
	}
	for j, mi := range w.at {
		if mi >= 0 && (j < w.lo || j >= w.hi) && w.res.Mentions[mi].Type == extract.Person {
			return
		}
	}
	ev.lives++
	ev.reasons = append(ev.reasons, reason{extract.Person, "pronoun-next", next.Tokens[0].Text})
}

// duringFrame reads a name that is the whole object of "during",
// perhaps after "the": "during X", "during the X,": what lasts a while
// and happens, an event. A possessive or a noun after the name makes it
// a modifier ("during X's visit", "during the X occupation").
func duringFrame(w *window, ev *evidence) {
	p := w.lo - 1
	if w.word(p) == "the" {
		p--
	}
	if w.word(p) != "during" {
		return
	}
	if t := w.tag(w.hi); t == "POS" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD" {
		return
	}
	ev.occurs++
	ev.reasons = append(ev.reasons, reason{extract.EventType, "during", "during"})
}

// resultFrame reads a name as a side in a match result: beside another
// name across "v" or "vs" (not a law case's "versus"), or across a verb
// of defeating or opposing ("X beat Y", "Y was beaten by X"), or opening
// its clause before a verb of winning or losing ("X won"), in a sentence
// that gives a score ("2-1"). A country or a town so named is its team.
func resultFrame(w *window, ev *evidence) {
	lo, hi := w.lo, w.hi
	match := func(k int) bool { x := w.word(k); return x == "v" || x == "vs" || x == "vs." }
	vs := func(k int) bool { return match(k) || opposingVerb(w, k) }
	// "beat Germany's X": the player, not the country, is the side; so
	// is "the Russian" (a demonym for the country's name).
	if n := w.word(hi); n == "'s" || n == "’s" || n == "'" {
		return
	}
	// "Ann Lee of Norland beat Bo Ek 6-2": the player's country, not a
	// side (as in scoreLine).
	if w.word(lo-1) == "of" {
		return
	}
	if !entityNamed(w) {
		return
	}
	after := vs(hi) && hi+1 < len(w.at) && w.at[hi+1] >= 0
	before := lo >= 2 && vs(lo-1) && w.at[lo-2] >= 0
	// "X v Y" between two places names a match, score or none ("Norland
	// v Ostmark, 3pm"). A verb needs the score: "X beat Y" may be a vote
	// or a market. The sentence is scanned for one only for a name beside
	// another.
	// "X won 3-1", "X lost 24-10 to Y": a side that wins or loses in a
	// sentence with a score, named alone.
	_, defeat := w.lex.LemmaIn(w.word(hi), "VBD", lexicon.Defeat)
	won := w.free(hi) && tokenize.StartsLower(w.toks[hi].Text) && defeat && !strings.HasPrefix(w.tag(hi), "NN")
	// "X beat Y by four wickets", "Y was beaten by X by two goals": a
	// margin counted in a number says a match as a score does.
	margin := after && byNumber(w, mentionEnd(w, hi+1)+1) || before && byNumber(w, hi)
	if after && match(hi) || before && match(lo-1) || (after || before || won && clauseOpens(w)) && (hasScore(w) || margin) || scoredAround(w) {
		ev.team++
		ev.reasons = append(ev.reasons, reason{"team", "result", "result"})
	}
}

// entityNamed reports whether the window's mention writes its entity's
// name, or a school's short name the gazetteer knows ("Harlow State" for
// "Harlow State University"), which is its side's.
func entityNamed(w *window) bool {
	m := w.res.Mentions[w.mi]
	if m.Entity < 0 || m.Entity >= len(w.res.Entities) {
		return false
	}
	name := w.res.Entities[m.Entity].Name
	return m.Text == name || m.Method == resolve.MethodAlias && strings.HasPrefix(name, m.Text+" ")
}

// scoredAround reports whether a score and a preposition of defeat
// around the name read it as a side (scoredOver, overScored or
// pastScored), or a title's verb of defeat beside it and a score in the
// lines after (titleResult).
func scoredAround(w *window) bool {
	return scoredOver(w) || overScored(w) || pastScored(w) || titleResult(w)
}

// titleResult reads a name of the document's first line beside another
// across a capitalised verb of defeat in the present ("X Bests Y", "X
// Tops Y for Gold"), when one of the two sentences after it gives a
// score (title-result): a title writes a match's result so, and the
// report gives the score.
func titleResult(w *window) bool {
	if w.res.Mentions[w.mi].Sentence != 0 {
		return false
	}
	after := titleVerb(w, w.hi) && w.hi+1 < len(w.at) && w.at[w.hi+1] >= 0
	before := w.lo >= 2 && titleVerb(w, w.lo-1) && w.at[w.lo-2] >= 0
	if !after && !before {
		return false
	}
	for si := 1; si <= 2 && si < len(w.res.Sentences); si++ {
		for _, t := range w.res.Sentences[si].Tokens {
			if tokenize.IsScore(t.Text) {
				return true
			}
		}
	}
	return false
}

// titleVerb reports whether token k is a capitalised verb of defeat in
// the present's third person, as a title writes it ("Bests", "Tops"),
// which the tagger reads as a proper noun as often.
func titleVerb(w *window, k int) bool {
	if k < 0 || k >= len(w.toks) || w.at[k] >= 0 || !tokenize.StartsUpper(w.toks[k].Text) || !strings.HasSuffix(w.toks[k].Text, "s") {
		return false
	}
	switch w.tag(k) {
	case "NNP", "NNPS", "VBZ", "NNS":
	default:
		return false
	}
	return w.lex.Is(w.lex.Lemma(strings.ToLower(w.toks[k].Text), "VBZ"), lexicon.Defeat)
}

// opposingVerb reports whether token k is a verb of opposing or
// defeating, or a verb of defeat the tagger read as a noun between two
// names as it often does ("X rout/NN Y, 44-10").
func opposingVerb(w *window, k int) bool {
	if !w.free(k) || !w.lex.Is(w.lemma(k), lexicon.Opposition) {
		return false
	}
	return strings.HasPrefix(w.tag(k), "VB") || w.tag(k) == "NN" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(w.lemma(k), lexicon.Defeat)
}

// scoredOver reads a score before a noun and a preposition before the
// name: "a 3-0 stroll past X", "a 95-68 victory over the X", "a 2-0
// defeat to X", "a 3-1 home win over X", "a 7-1 win over winless X"; or
// right before "over" or "past" ("4-0 over X"). The score says a match;
// "at X" and "in X" say where.
func scoredOver(w *window) bool {
	k := w.lo - 1
	// "a 7-1 win over winless X".
	if w.free(k) && tokenize.StartsLower(w.toks[k].Text) && strings.HasPrefix(w.tag(k), "JJ") {
		k--
	}
	if w.word(k) == "the" {
		k--
	}
	switch w.word(k) {
	case "over", "past", "against", "to":
	default:
		return false
	}
	k--
	// "4-0 over X": the score right before.
	if x := w.word(k + 1); (x == "over" || x == "past") && k >= 0 && w.at[k] < 0 && tokenize.IsScore(w.word(k)) {
		return true
	}
	if !w.free(k) || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	// The tagger reads a noun of a result after a score as a verb as
	// often ("a 7-1 win/VBP over X").
	if w.tag(k) != "NN" && w.tag(k) != "NNS" {
		return strings.HasPrefix(w.tag(k), "VB") && w.lex.Is(w.lemma(k), lexicon.Defeat) && k > 0 && w.at[k-1] < 0 && tokenize.IsScore(w.word(k-1))
	}
	k--
	if w.free(k) && tokenize.StartsLower(w.toks[k].Text) && (strings.HasPrefix(w.tag(k), "JJ") || w.tag(k) == "NN") && !tokenize.IsScore(w.word(k)) {
		k-- // "a 4-1 home win over"
	}
	return k >= 0 && w.at[k] < 0 && tokenize.IsScore(w.word(k))
}

// overScored reads "past" or "over" before the name and a score right
// after it, perhaps past a comma: "led the Hawks past X, 70-63", "a win
// over X 2-1" (over-scored). A place is not beaten by a score.
func overScored(w *window) bool {
	k := w.lo - 1
	if w.free(k-1) && tokenize.IsNumberSign(w.word(k-1)) && w.at[k] < 0 && smallCount(w.toks[k].Text) {
		k -= 2
	}
	if w.word(k) == "the" {
		k--
	}
	// Not a lead in a poll ("a lead over X 40-35").
	if x := w.word(k); !w.free(k) || x != "past" && x != "over" || x == "over" && w.lemma(k-1) == "lead" {
		return false
	}
	j := w.hi
	if w.word(j) == "," {
		j++
	}
	return j < len(w.at) && w.at[j] < 0 && tokenize.IsScore(w.word(j))
}

// pastScored reads the same from the winner's side: the name before
// "past" or "over", another name after it and a score right after that
// ("led the Hawks past X, 70-63").
func pastScored(w *window) bool {
	k := w.hi
	if x := w.word(k); !w.free(k) || x != "past" && x != "over" {
		return false
	}
	k++
	if w.word(k) == "the" {
		k++
	}
	k = rankEnd(w, k)
	if k >= len(w.at) || w.at[k] < 0 {
		return false
	}
	j := mentionEnd(w, k) + 1
	if w.word(j) == "," {
		j++
	}
	return j < len(w.at) && w.at[j] < 0 && tokenize.IsScore(w.word(j))
}

// byNumber reports whether tokens k and k+1 are "by" and a number ("by
// four", "by 94").
func byNumber(w *window, k int) bool {
	return w.word(k) == "by" && k+1 < len(w.at) && w.at[k+1] < 0 && w.tag(k+1) == "CD"
}

// mentionStart returns the first token of the mention over token k.
func mentionStart(w *window, k int) int {
	for k > 0 && w.at[k-1] == w.at[k] {
		k--
	}
	return k
}

// mentionEnd returns the last token of the mention at token k (which
// must be one).
func mentionEnd(w *window, k int) int {
	for k+1 < len(w.at) && w.at[k+1] == w.at[k] {
		k++
	}
	return k
}

// scoreLine reads a name as a side in a line of results or a table of
// them: right before a score ("X 24-10 Y", "X 228-9 in 50 overs"), right
// after one that follows another name ("Y 2-1 X", the second side of a
// match report's headline: score-after), or beside another name with a
// small count after each ("X 2 Y 1", the way results tables list
// matches). A country or a town so named is its team.
func scoreLine(w *window, ev *evidence) {
	lo, hi := w.lo, w.hi
	if n := w.word(hi); n == "'s" || n == "’s" || n == "'" {
		return
	}
	// "Ann Lee of Norland 6-2, 2-6": the player's country, not a side.
	if w.word(lo-1) == "of" {
		return
	}
	count := func(k int) bool { return k >= 0 && k < len(w.toks) && w.at[k] < 0 && smallCount(w.toks[k].Text) }
	name := func(k int) bool { return k >= 0 && k < len(w.at) && w.at[k] >= 0 }
	score := hi < len(w.at) && w.at[hi] < 0 && tokenize.IsScore(w.word(hi))
	record := recordAfter(w)
	next := count(hi) && name(hi+1) && count(mentionEnd(w, hi+1)+1)
	prev := count(lo-1) && name(lo-2) && count(hi)
	after := lo >= 2 && w.at[lo-1] < 0 && tokenize.IsScore(w.word(lo-1)) && name(lo-2)
	if score || record || next || prev || after || scorePairLine(w) {
		ev.team++
		ev.reasons = append(ev.reasons, reason{"team", "score-line", "score"})
	}
}

// standingsRow reads a name that heads a row of a league table as a
// side: a run of five small counts or more right after it, the first the
// games played and the sum of the next three, won, drawn and lost
// ("Harlow County 3 0 0 3 3 7 0"), whatever its name's words say
// ("County" names a division elsewhere: the standings-row rule).
func standingsRow(w *window, ev *evidence) {
	var n []int
	for k := w.hi; k < len(w.toks) && w.at[k] < 0 && smallCount(w.toks[k].Text); k++ {
		c, err := strconv.Atoi(w.toks[k].Text)
		if err != nil {
			return
		}
		n = append(n, c)
	}
	if len(n) >= 5 && n[0] > 0 && n[0] == n[1]+n[2]+n[3] {
		ev.team++
		ev.reasons = append(ev.reasons, reason{"team", "standings-row", "played, won, drawn, lost"})
	}
}

// scorePairLine reports whether the name's sentence is wholly one
// result, each side's name before its count and a comma between them
// ("X 0, Y 1", as a match report's headline gives it; score-pair), the
// second side's name perhaps with up to two more capitalised words the
// tagger left out of it ("X 0, Y Athletic 1"), and the name one of the
// two. A colon may end the result, a results column's item going on
// with the report ("X 85, Y 52: At Harlow, ...": pair-colon).
func scorePairLine(w *window) bool {
	n := len(w.toks)
	if n > 0 && w.word(n-1) == "." {
		n--
	}
	for k := range n {
		if w.word(k) == ":" {
			n = k
			break
		}
	}
	count := func(k int) bool { return k >= 0 && k < n && w.at[k] < 0 && smallCount(w.toks[k].Text) }
	// A poll's rank may stand before either name ("No. 3 X 67, Y 57":
	// ranked-pair).
	first := rankEnd(w, 0)
	if n < 5 || first >= n || w.at[first] < 0 {
		return false
	}
	a := mentionEnd(w, first) + 1
	if !count(a) || w.word(a+1) != "," {
		return false
	}
	b := rankEnd(w, a+2)
	if b >= n || w.at[b] < 0 {
		return false
	}
	c := mentionEnd(w, b) + 1
	for k := 0; k < 2 && c < n-1 && w.free(c) && tokenize.StartsUpper(w.toks[c].Text); k++ {
		c++
	}
	return c == n-1 && count(c) && (w.lo == first || w.lo == b)
}

// rankEnd returns the token after a poll's rank that opens at token k
// ("No. 11", "no 3"), or k when none does.
func rankEnd(w *window, k int) int {
	if k+1 < len(w.at) && w.at[k] < 0 && w.at[k+1] < 0 && tokenize.IsNumberSign(w.word(k)) && smallCount(w.toks[k+1].Text) {
		return k + 2
	}
	return k
}

// recordAfter reports whether a side's record of wins and losses stands
// in brackets right after the name: "X (12-4) at Y (3-11)".
func recordAfter(w *window) bool {
	hi := w.hi
	return w.word(hi) == "(" && hi+2 < len(w.at) && w.at[hi+1] < 0 && tokenize.IsScore(w.word(hi+1)) && w.word(hi+2) == ")"
}

// smallCount reports whether s is a number of one to three digits: a
// count of goals or points, not a year.
func smallCount(s string) bool {
	return len(s) >= 1 && len(s) <= 3 && strings.Trim(s, "0123456789") == ""
}

// hasScore reports whether the window's sentence holds a score: two
// numbers joined by a hyphen or a dash ("2-1", "24-10").
func hasScore(w *window) bool {
	for _, t := range w.toks {
		if tokenize.IsScore(t.Text) {
			return true
		}
	}
	return false
}

// speakerFrame reads a verb of saying right after the name, in the past
// or the present ("X said", "X claims"): a speaker, which a town is not
// (a capital speaks for its government: the typer keeps big cities).
func speakerFrame(w *window, ev *evidence) {
	k := w.hi
	if !w.free(k) || !(w.tag(k) == "VBD" || w.tag(k) == "VBZ") || !w.lex.Is(w.lemma(k), lexicon.Speech) {
		return
	}
	ev.speaker++
	ev.reasons = append(ev.reasons, reason{"speaker", "speaker", w.word(k)})
}

// sharedHead reads a plural head word that ends the next name of a
// coordination and so belongs to both: "the X and Y Awards" names the X
// Awards and the Y Awards. A word for a prize makes X an award.
func sharedHead(w *window, ev *evidence) {
	k := w.hi
	if x := w.word(k); x != "and" && x != "or" {
		return
	}
	k++
	if k >= len(w.at) || w.at[k] < 0 {
		return
	}
	next := w.at[k]
	for k+1 < len(w.at) && w.at[k+1] == next {
		k++
	}
	// The tagger reads a plural in a name as a proper noun ("Awards"/NNP).
	last := w.toks[k].Text
	if lemma := w.lex.Lemma(last, "NNS"); tokenize.StartsUpper(last) && lemma != strings.ToLower(last) && w.lex.Is(lemma, lexicon.Award) {
		ev.award = true
		ev.reasons = append(ev.reasons, reason{"award", "shared-head", last})
	}
	// "the X and Y districts": a plural noun for a kind of division or
	// town after both names says what each is.
	if c := sharedPlace(w, k+1); c != "" {
		ev.vote(c, wDescrPair, "shared-head", w.word(k+1))
	}
}

// sharedPlace returns the class of place that a plural noun in lower case
// at token k names when it follows a list of names ("the X and Y
// districts", "the X and Y islands"): a division's or a town's; or "".
func sharedPlace(w *window, k int) string {
	if !w.free(k) || w.tag(k) != "NNS" || !tokenize.StartsLower(w.toks[k].Text) {
		return ""
	}
	// "European and Arab countries": adjectives describe the places
	// (a miscellaneous name is as often such a word).
	if w.res.Mentions[w.mi].Type == extract.Miscellaneous || strings.HasPrefix(w.tag(w.lo), "JJ") {
		return ""
	}
	switch l := w.lemma(k); {
	case w.lex.Is(l, lexicon.Region) && !w.lex.Is(l, lexicon.City):
		return ClassAdminArea
	case w.lex.Is(l, lexicon.City) || w.lex.Is(l, lexicon.Settlement):
		return ClassCity
	}
	return ""
}

// copula reads the complement of "be" after a name that opens its
// clause: "X is a shipping firm", "X was the sequel to Y", "X is a small
// town in Y". One adverb may stand between ("X is now a ..."), but not a
// negation ("X is not a company" says nothing of what X is). A name
// inside a larger subject is left alone: in "the capital of X is a city
// of ..." the city is the capital.
func copula(w *window, ev *evidence) {
	k := w.hi
	if w.lemma(k) != "be" || !(w.tag(k) == "VBZ" || w.tag(k) == "VBD") || strings.HasPrefix(w.word(k), "'") || !clauseOpens(w) {
		return
	}
	k++
	if w.tag(k) == "RB" {
		if w.lex.Is(w.word(k), lexicon.Negation) {
			return
		}
		k++
	}
	predicate(w, k, "copula", ev)
}

// clauseOpens reports whether the name opens its clause: it starts the
// sentence, perhaps after "the", or follows a comma, a semicolon, a
// quotation mark, "and", "but", "that" or a subordinator (the lexicon's
// class: "while", "because", "as", ...), perhaps with
// adjectives before it ("Gangster-themed X is ...").
func clauseOpens(w *window) bool {
	k := w.lo - 1
	for k >= 0 && w.free(k) && strings.HasPrefix(w.tag(k), "JJ") {
		k--
	}
	if w.word(k) == "the" {
		k--
	}
	if k < 0 {
		return true
	}
	switch x := w.word(k); x {
	case ",", ";", ":", "\"", "“", "(", "and", "but", "that":
		return true
	default:
		return w.lex.Is(x, lexicon.Subordinator)
	}
}

// spacedDash reports whether token k, a dash, has white space on both
// sides.
func spacedDash(w *window, k int) bool {
	if k <= 0 || k+1 >= len(w.toks) {
		return false
	}
	return w.toks[k-1].End < w.toks[k].Start && w.toks[k].End < w.toks[k+1].Start
}

// phraseEnd are the words that may follow the head noun of an appositive.
var phraseEnd = map[string]bool{
	"": true, ",": true, ".": true, ";": true, ":": true, "(": true, "—": true, "–": true, "in": true, "on": true,
	"of": true, "near": true, "at": true, "by": true, "with": true, "that": true, "which": true, "where": true,
	"north": true, "south": true, "east": true, "west": true, "known": true, "famous": true, "home": true,
}

// settlement reports whether a place class is a country, an area or a
// town: a name that evidence gives such a class is a place's, whatever
// the tagger said.
func settlement(class string) bool {
	switch class {
	case ClassCountry, ClassCity, ClassAdminArea, ClassPlace:
		return true
	}
	return false
}

// appositive reads the noun phrase that starts at token i after a comma.
func appositive(w *window, i int, ev *evidence) { predicate(w, i, "appositive", ev) }

// predicate reads the noun phrase that starts at token i and says what
// the name is, as an appositive or a copula's complement; method names the
// construction in the evidence.
func predicate(w *window, i int, method string, ev *evidence) {
	if !predicateOpens(w, i, method, ev) {
		return
	}
	for k := i + 1; k < len(w.toks) && k < i+9; k++ {
		x := w.word(k)
		// A comma between two adjectives does not end the phrase.
		if adjectiveComma(w, i, k) {
			continue
		}
		switch x {
		case ",", ".", ";", ")", "(", "in", "of", "on", "at", "for", "with", "from", "by", "that",
			"which", "who", "whose", "and", "\"", "“", "”":
			return
		}
		// Any other preposition ends the phrase too ("the studio behind
		// the film": the head is the studio).
		if w.tag(k) == "IN" && k > i {
			return
		}
		// A possessor is not the head: "X, the company's chief executive"
		// is the chief executive.
		if !w.free(k) || w.tag(k+1) == "POS" {
			continue
		}
		if c := pairClass(w.lex, x, w.word(k+1)); c != "" {
			ev.vote(c, wApposite, method, x+" "+w.word(k+1))
			ev.bodyBefore = true
			return
		}
		if words, ok := workHead(w, i, k); ok {
			ev.markWork(method, words)
			return
		}
		// The tagger reads some such nouns as adjectives: one that
		// ends the phrase is the head ("X, the musical,"; not "X, the
		// musical director,").
		if w.tag(k) == "JJ" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Is(x, lexicon.ShownWork) {
			if n := w.word(k + 1); n == "," || n == "." || n == ";" {
				ev.markWork(method, x)
				return
			}
		}
		// "X, a new painkiller," "X is a laptop used by ...": a noun for
		// a made good ends the phrase (not "a car maker", "a drug firm",
		// "a car racing game"), and X names a model of it.
		// "X, a mobile technology", "X, the disc format for Y": a
		// technology, a standard or a format.
		if madeNoun(w, k) && productHead(w, k+1) {
			ev.made++
			ev.model++
			ev.reasons = append(ev.reasons, reason{"product", method, x})
			return
		}
		// A noun for a body that modifies the next noun is not the head:
		// "X, a company director," "X, a party official," are people.
		if strings.HasPrefix(w.tag(k+1), "NN") && orgClass(w.lex, x) != "" {
			continue
		}
		if w.lex.Is(w.lemma(k), lexicon.OrgPart) {
			partHead(w, i, k, method, ev)
			return
		}
		// A noun for a person as much as a body ("a distributor", "a
		// retailer") does not overrule the tagger's person, nor say what
		// a copula's subject is ("X was a distributor of films").
		// "X, the firms said": a clause, not an appositive of X.
		if w.tag(k) == "NNS" && strings.HasPrefix(w.tag(k+1), "VB") {
			return
		}
		if c := predicateClass(w, k, method, ev); c != "" && !(personNoun(w, k) && (method == "copula" || w.res.Mentions[w.mi].Type == extract.Person)) {
			ev.vote(c, wApposite, method, x)
			ev.bodyBefore = true
			return
		} else if tradeAppositive(w, i, k, c, method, ev) {
			return
		}
		// "X, a small nation on ...", "X, a town in ...": the noun must
		// end the phrase ("a town councillor" is a person).
		// A finite verb after the noun ends the phrase too, where a comma
		// is missing, when the name opens its clause: "X, Acme's chief
		// executive told the Y website" (not "sanctions on X, an
		// official said").
		if t := w.tag(k + 1); !phraseEnd[w.word(k+1)] && !(w.free(k+1) && (t == "VBD" || t == "VBZ" || t == "VBP") && w.word(i-1) == "," && clauseOpens(w)) {
			continue
		}
		if phraseHead(w, i, k, method, ev) {
			return
		}
	}
}

// predicateOpens reports whether a noun phrase that says what the name is
// starts at token i: a determiner, or a possessive name ("X, Y's chief").
// "north of ..." votes for a place instead, and reports false.
func predicateOpens(w *window, i int, method string, ev *evidence) bool {
	if compass[w.word(i)] && w.word(i+1) == "of" {
		ev.vote(ClassPlace, wDescr, method, w.word(i)+" of")
		return false
	}
	switch w.word(i) {
	case "a", "an", "the", "one":
		return true
	}
	return w.at[min(max(i, 0), len(w.at)-1)] >= 0 || method == "appositive" && bareOfPhrase(w, i)
}

// bareOfPhrase reports whether an appositive with no determiner starts
// at token i, a singular noun in lower case with at most two more words
// in lower case before "of" ("X, parent company of Y,"): news drops the
// article of a phrase its "of" complement defines.
func bareOfPhrase(w *window, i int) bool {
	for k := i; k < i+3 && w.free(k); k++ {
		if t := w.tag(k); t != "NN" && t != "JJ" || !tokenize.StartsLower(w.toks[k].Text) {
			return false
		}
		if w.word(k+1) == "of" {
			return w.tag(k) == "NN"
		}
	}
	return false
}

// tradeAppositive reads a noun for a person as much as a body (of class
// c) at token k that heads an appositive starting at token i of a
// mention the tagger read as a person's, after a noun of its trade: "X,
// the internet provider," (not "X, a local florist,"). It records the
// class for retypePersonAsBody, which weighs the name, and reports
// whether it did.
func tradeAppositive(w *window, i, k int, c, method string, ev *evidence) bool {
	if c == "" || c == ClassArmedGroup || method != "appositive" || !tokenize.StartsLower(w.toks[k].Text) || k <= i+1 || !tradeModifier(w, k-1) {
		return false
	}
	ev.tradeBody = c
	ev.reasons = append(ev.reasons, reason{c, "trade-appositive", w.word(k)})
	return true
}

// tradeModifier reports whether token k is a singular noun in lower case
// for no kind of person or settlement, modifying the noun after it: the
// trade of "the internet provider", "an oil supplier", "the online
// service provider".
func tradeModifier(w *window, k int) bool {
	return w.free(k) && w.tag(k) == "NN" && tokenize.StartsLower(w.toks[k].Text) && w.lex.Known(w.lemma(k), lexicon.Noun) &&
		!w.lex.Is(w.lemma(k), lexicon.PersonNoun) && !w.lex.Is(w.lemma(k), lexicon.Settlement)
}

// adjectiveComma reports whether token k, past the phrase's first token
// i, is a comma between two adjectives ("a fast, cheap technology"; the
// tagger reads the second as a noun as often).
func adjectiveComma(w *window, i, k int) bool {
	return w.word(k) == "," && k > i+1 && strings.HasPrefix(w.tag(k-1), "JJ") && (strings.HasPrefix(w.tag(k+1), "JJ") || w.tag(k+1) == "NN" && tokenize.StartsLower(w.word(k+1)))
}

// workHead reports whether token k heads the phrase predicate reads from
// token i as a noun for a kind of work, and the words that say so: "X, a
// story about a boy", "X, an adaptation of ..." (not "a film director");
// "X, an online puzzle game that ...", "X is a racing game" (a noun the
// games and broadcasting trades use for a work, after a noun that says
// which kind: kindedTradeWork).
func workHead(w *window, i, k int) (string, bool) {
	if workNoun(w, k) && !strings.HasPrefix(w.tag(k+1), "NN") {
		return w.word(k), true
	}
	if kindedTradeWork(w, i, k) {
		return w.word(k-1) + " " + w.word(k), true
	}
	return "", false
}

// kindedTradeWork reports whether token k, past the phrase's first token
// i, is a singular noun of the lexicon's TradeWork class in lower case
// that ends its phrase, after a noun or a gerund in lower case that says
// which kind of work: "an online puzzle game that", "a racing game,", "a
// chat show." (not "a big game", "an exciting game", a match; "a game show host"; nor after
// a word for a contest or its stages: "a title race", "a final game";
// "title" is itself a competition's).
func kindedTradeWork(w *window, i, k int) bool {
	if k <= i+1 || !w.free(k) || !w.free(k-1) || w.tag(k) != "NN" || !tokenize.StartsLower(w.toks[k].Text) || !tokenize.StartsLower(w.toks[k-1].Text) || !productHead(w, k+1) {
		return false
	}
	if c := w.lex.Classes(w.word(k)); !c.Has(lexicon.TradeWork) || c.Has(lexicon.CompetitionPart) {
		return false
	}
	// A gerund, which the tagger reads as an adjective at times ("a
	// racing game"), is a word in -ing WordNet holds as a noun (not "an
	// exciting game", nor "a wireless show", a fair).
	if t, x := w.tag(k-1), w.word(k-1); t != "NN" && ((t != "JJ" && t != "VBG") || !strings.HasSuffix(x, "ing") || !w.lex.Known(x, lexicon.Noun)) {
		return false
	}
	c := w.lex.Classes(w.lemma(k - 1))
	return !c.Has(lexicon.EventSport) && !c.Has(lexicon.CompetitionPart) && !c.Has(lexicon.PersonNoun)
}

// madeNoun reports whether token k is a singular noun for a made good
// (productNoun) or a technology, a standard or a format (techNoun).
func madeNoun(w *window, k int) bool {
	return productNoun(w, k) || techNoun(w, k) && w.tag(k) == "NN"
}

// productHead reports whether token k ends the phrase a noun for a made
// good heads: punctuation, a preposition, a relative word or a verb
// other than a gerund.
func productHead(w *window, k int) bool {
	if phraseEnd[w.word(k)] {
		return true
	}
	switch t := w.tag(k); t {
	case "IN", "TO", "MD", "VBD", "VBN", "VBP", "VBZ", "WDT", "WP":
		return true
	}
	return false
}

// phraseHead reads the noun at token k that ends the phrase predicate
// reads from token i: a person's noun, a kind of place or of event says
// what the name is. It reports whether it was one.
func phraseHead(w *window, i, k int, method string, ev *evidence) bool {
	x := w.word(k)
	switch {
	case method == "appositive" && personNoun(w, k) && tokenize.StartsLower(w.toks[k].Text):
		// "X - a noted campaigner on housing": a person, as
		// "singer X" says (for a one-word name read as a place).
		ev.personNoun = true
		return true
	case w.lex.Is(w.lemma(k), lexicon.Country):
		ev.vote(ClassCountry, wDescrPair, method, x)
		return true
	case w.lex.Is(w.lemma(k), lexicon.City):
		ev.vote(ClassCity, wDescrPair, method, x)
		return true
	case w.lex.Is(w.lemma(k), lexicon.Region) && x != "state":
		ev.vote(ClassAdminArea, wDescrPair, method, x)
		return true
	case w.free(i) && tokenize.StartsLower(w.toks[k].Text) && (incidentWord(w.lex, x) || w.lex.Is(w.lemma(k), lexicon.EventName)):
		// "X, an annual procession of ...", "X was a war": the
		// noun for a kind of event heads the phrase, which no
		// name opens ("VELDEN, Norland The conflicts in ...").
		ev.occurs++
		ev.reasons = append(ev.reasons, reason{extract.EventType, method, x})
		return true
	}
	return false
}

// partHead reads a noun for a part of an organisation that heads the
// phrase starting at token i, at token k: the whole is the last name
// before the part word ("an X branch"), or the name after "of" ("a
// subsidiary of X"); the word may also say what kind of organisation ("a
// subsidiary").
func partHead(w *window, i, k int, method string, ev *evidence) {
	for j := k - 1; j >= i; j-- {
		if w.at[j] >= 0 {
			ev.partOf = w.entity(j)
			break
		}
	}
	if ev.partOf < 0 && w.word(k+1) == "of" {
		for j := k + 2; j < len(w.toks) && j < k+8; j++ {
			if w.at[j] >= 0 {
				ev.partOf = w.entity(j)
				// "X, a division of Acme": the part of a body is
				// a body (the part-of-body rule); "X, parent
				// company of Acme" is no part.
				if method == "appositive" && w.res.Mentions[w.at[j]].Type == extract.Organization && !w.lex.Is(w.lemma(k), lexicon.Office) && !w.lex.Is(w.lemma(k-1), lexicon.Kinship) {
					ev.partBefore = true
					ev.reasons = append(ev.reasons, reason{"part", method, w.word(k) + " of"})
				}
				break
			}
			if y := w.word(j); y == "," || y == "." || y == ";" {
				break
			}
		}
	}
	if c := descriptorClass(w.lex, w.word(k)); c != "" {
		ev.vote(c, wApposite, method, w.word(k))
		ev.bodyBefore = true
	}
}

// workNoun reports whether token k is a lower-case noun for a kind of
// work, or a hyphenated word ending in one ("docu-drama").
func workNoun(w *window, k int) bool {
	if !strings.HasPrefix(w.tag(k), "NN") || !tokenize.StartsLower(w.toks[k].Text) {
		return false
	}
	lemma := w.lemma(k)
	if i := strings.LastIndexByte(lemma, '-'); i >= 0 {
		lemma = w.lex.Lemma(lemma[i+1:], w.tag(k))
	}
	return w.lex.Is(lemma, lexicon.Work)
}

// isHonorific reports whether word is a form of address written as one
// before a name ("Mr", "Dr.", "Ms"): the word itself, not its lemma
// ("Missing" is no "Miss").
func isHonorific(lex *lexicon.Lexicon, word string) bool {
	return honorificCase(word) && lex.Is(strings.ToLower(strings.TrimSuffix(word, ".")), lexicon.Honorific)
}

// honorificCase reports whether w is written as an honorific is: a
// capital, then small letters and perhaps a point ("Mr", "Dr.", "Sir");
// not a verb ("miss") nor an abbreviation in capitals ("MS", "DR Congo").
func honorificCase(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 2 || !tokenize.StartsUpper(w) {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isPlaceClass(c string) bool {
	switch c {
	case ClassCountry, ClassCity, ClassPlace, ClassAdminArea, ClassContinent, ClassEventVenue,
		ClassStadium, ClassAirport, ClassHospital, ClassMuseum, ClassHotel, ClassPlaceOfWorship,
		ClassBodyOfWater, ClassCanal, ClassMountain, ClassVolcano:
		return true
	}
	return false
}

func isOrgClass(c string) bool {
	switch c {
	case ClassGovernment, ClassNewsMedia, ClassCorporation, ClassEducational, ClassPoliticalParty, ClassArmedGroup, ClassIntergovernmental, ClassMusicGroup:
		return true
	}
	return false
}

// decide sets the entity's type and class from the evidence.
func (t *Typer) decide(e *extract.Entity, ev *evidence) {
	// A title and its subtitle name a work, whatever words open or end
	// them ("Prince of Harlow: The Return", "Escape from Pellam Bay").
	if ev.subtitle {
		e.Type, e.Class = extract.Miscellaneous, extract.CreativeWorkClass
		e.Evidence = append(e.Evidence, ev.because(workVote)...)
		return
	}
	if t.decideByName(e, ev) {
		return
	}
	// tally is the best place and organisation class and their votes.
	v := tally{}
	v.placeClass, v.placeW = ev.best(isPlaceClass)
	v.orgClass, v.orgW = ev.best(isOrgClass)
	// "X was born", "X died": a person, when no word of the name or
	// beside it says body or place, and no result says side.
	if ev.lives > 0 && e.Type != extract.Person && e.Type != extract.EventType && v.placeW < wDescrPair && v.orgW < wDescrPair &&
		ev.team == 0 && !ev.orgHead && !ev.group && !t.bodyWord(strings.Fields(e.Name)) && !t.isCountry(e) && !t.demonym(e.Name) {
		e.Type, e.Class = extract.Person, ""
		e.Evidence = append(e.Evidence, ev.because(extract.Person)...)
		return
	}
	// "X happened", "during X": an event, when nothing says a person, a
	// body or a place (a title, an honorific, a word of one, a country,
	// place frames and verbs of saying as often).
	if ev.occurs > ev.placeCtx+ev.speaker && e.Type != extract.EventType && ev.personCtx == 0 && !ev.personWord && !ev.titleFirst &&
		v.placeW < wDescrPair && v.orgW < wDescrPair && !t.isCountry(e) {
		e.Type, e.Class = extract.EventType, ""
		e.Evidence = append(e.Evidence, ev.because(extract.EventType)...)
		return
	}
	if t.decideWork(e, ev) {
		return
	}
	var done bool
	switch e.Type {
	case extract.Person:
		t.retypePerson(e, ev, v)
		return
	case extract.Miscellaneous:
		if t.miscSettled(e, ev, v) {
			return
		}
		done = retypeMisc(e, ev, v)
	case extract.Location:
		done = t.retypeLocation(e, ev, v)
	case extract.Organization:
		done = t.retypeOrganization(e, ev, v)
	}
	if !done {
		t.fineClass(e, ev, v)
	}
}

// miscSettled types a thing's name as a side (miscSide) or a band
// (miscBand); it reports whether it did.
func (t *Typer) miscSettled(e *extract.Entity, ev *evidence, v tally) bool {
	if t.listPlayer(e, ev, v.placeW, v.orgW) {
		e.Type, e.Class = extract.Person, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/person-list"})
		return true
	}
	return t.miscSide(e, ev, v) || t.miscBand(e, ev, v)
}

// listPlayer reports whether a one-word name stands, on a sports page, in
// one list with two people's names or more the tagger read ("behind
// Tarvo, Ann Lee and Bo Ek"), and is a word WordNet does not have and
// the gazetteer lists as no place's, body's or thing's (unknownWord),
// with nothing reading it as a place, a body, a side or a work: a player
// known by one name (the one-word side of the person-list rule).
func (t *Typer) listPlayer(e *extract.Entity, ev *evidence, placeW, orgW float64) bool {
	return ev.sportsPage && ev.peopleBeside >= 2 && placeW == 0 && orgW == 0 && ev.placeCtx == 0 && ev.team == 0 && !ev.work && !ev.bodyRead() &&
		len(strings.Fields(e.Name)) == 1 && t.unknownWord(e.Name) && !t.knownPlace(e.Name)
}

// miscBand types a thing's name as a band when a musician's noun follows
// it (the musician-after rule: "the former Tarviks singer") and nothing
// reads it as a place, a work, a made good or a person, nor as a body of
// another class, and the gazetteer lists it as nothing (an event's or a
// work's name may stand there too: "the Harlow Song Contest singer"):
// the misc-band construction. It reports whether it did.
func (t *Typer) miscBand(e *extract.Entity, ev *evidence, v tally) bool {
	if !ev.musician || v.placeW != 0 || v.orgW != 0 || ev.work || ev.made != 0 || ev.personCtx != 0 || ev.personWord || t.g == nil ||
		t.g.Match(gazetteer.Tokens(e.Name)...) != 0 {
		return false
	}
	e.Type, e.Class = extract.Organization, ClassMusicGroup
	e.Evidence = append(e.Evidence, ev.because("musician")...)
	return true
}

// miscSide types a thing's name as a side, when nothing reads it as a
// body, a place, a work or a person: "the Harlow Rovers", a town's name
// and a plural (place-team), or a capitalised plural a result reads ("led
// the Hawks past Pellam, 70-63": nickname-side), or two towns joined by
// a hyphen that a side's frame reads ("Ann Lee (Harlow-Pellam)":
// town-pair). It reports whether it did.
func (t *Typer) miscSide(e *extract.Entity, ev *evidence, v tally) bool {
	if v.orgW != 0 || v.placeW != 0 || ev.work || ev.personCtx != 0 {
		return false
	}
	switch {
	case t.placeTeam(e.Name):
		e.Type, e.Class = extract.Organization, ClassSportsTeam
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/place-team", Words: e.Name})
		return true
	case ev.plays() && (pluralNickname(e.Name) || t.townPair(e.Name)):
		e.Type, e.Class = extract.Organization, ClassSportsTeam
		e.Evidence = append(e.Evidence, ev.because("team")...)
		return true
	}
	return false
}

// pluralNickname reports whether name ends in a capitalised word in the
// plural ("Hawks", "the Vell Rams"; not "Harlow Glass").
func pluralNickname(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	return tokenize.StartsUpper(last) && len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "'s")
}

// tally is the best place and organisation classes the evidence votes
// for, with their weights.
type tally struct {
	placeClass, orgClass string
	placeW, orgW         float64
}

// decideByName types an entity whose name alone settles it: an award's,
// a law's, a holiday's or a language's name is miscellaneous, a title's a
// person's, a stock symbol's a company's, a given name sharing a surname
// a person's, a town's name and "United" or "City" a club's on a sports
// page. It reports whether it did.
func (t *Typer) decideByName(e *extract.Entity, ev *evidence) bool {
	// "Harlow United", "Pellam City" on a sports page: a club named
	// after its town; a body's one-word name the tagger read as a
	// person's; "the Kestrels".
	return decidePrizeWord(e, ev) || decideByContext(e, ev) || t.decideByKind(e, ev) || t.decideSharedSurname(e, ev) || t.decidePersonCue(e, ev) || t.decideGivenUnknown(e, ev) || t.clubByName(e, ev) || t.listedClub(e, ev) || t.listedTeam(e, ev) || t.listedBand(e, ev) ||
		t.nicknameClub(e, ev) || t.peopleGroup(e, ev) || t.decideIncidentFirst(e, ev) || t.decideKindFirst(e, ev)
}

// decideKindFirst makes a place of a name of two words the tagger read
// as a person's whose first word is a capitalised noun for a kind of
// place (a facility or a natural feature: "Port", "Lake", "Mount",
// "Fort") before a capitalised word WordNet does not have (not "the
// Harbour Porpoise", an animal), neither of which the
// gazetteer knows as a given name, a surname or a person's name (not
// "Brook Lee"), the whole no person the gazetteer lists, when nothing reads it as a person's, a work's or a
// body's ("Port Tarvik is the ideal place"; not "Glen Tarvik", a given
// name, nor "Lake Tarvik said": the kind-first rule). It reports whether
// it did.
func (t *Typer) decideKindFirst(e *extract.Entity, ev *evidence) bool {
	words := strings.Fields(e.Name)
	if e.Type != extract.Person || e.Class != "" || len(words) != 2 || t.g == nil || !tokenize.StartsUpper(words[1]) || strings.ToUpper(words[0]) == words[0] || t.knownWord(strings.ToLower(words[1])) ||
		ev.personCtx > 0 || ev.personWord || ev.title || ev.titleFirst || ev.lives > 0 || ev.speaker > 0 || ev.peopleList || ev.peopleBeside > 0 ||
		ev.work || ev.bodyRead() {
		return false
	}
	if _, ok := placeClass(t.lex, words[0], true); !ok || !tokenize.StartsUpper(words[0]) || t.g.GivenName(words[0]) || t.g.GivenName(words[1]) ||
		t.g.Match(gazetteer.Tokens(words[0])...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 ||
		t.g.Match(gazetteer.Tokens(words[1])...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 ||
		t.g.Match(gazetteer.Tokens(e.Name)...)&gazetteer.CatPerson != 0 {
		return false
	}
	e.Type, e.Class = extract.Location, ""
	t.place(e, ClassPlace, wName)
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/kind-first", Words: words[0]})
	return true
}

// decideIncidentFirst makes an event of a name read as a body's, a
// place's or a thing's, of no class, whose head before its first "of" or
// "for" is a capitalised noun for a war or an attack (the lexicon's
// EventWar and EventAttack, no body's word) before a capitalised word
// ("the Battle of Tarvik", "the Siege of Vell", "the Norland War of
// Independence"; not "the Institute for War Studies"), when nothing reads
// it as a work, a person or a body (the incident-first rule). It reports
// whether it did.
func (t *Typer) decideIncidentFirst(e *extract.Entity, ev *evidence) bool {
	if e.Type != extract.Organization && e.Type != extract.Location && e.Type != extract.Miscellaneous || e.Class != "" || ev.work ||
		ev.speaker > 0 || ev.personWord || ev.title || ev.titleFirst || ev.bodyRead() {
		return false
	}
	head := incidentHead(strings.Fields(e.Name))
	if head == "" || !tokenize.StartsUpper(head) || strings.ToUpper(head) == head {
		return false
	}
	c := t.lex.Classes(t.lex.Lemma(strings.ToLower(head), "NN"))
	if !c.Has(lexicon.EventWar) && !c.Has(lexicon.EventAttack) || c.Has(lexicon.Organization) || c.Has(lexicon.OrgGeneric) {
		return false
	}
	e.Type = extract.EventType
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/incident-first", Words: head})
	return true
}

// incidentHead returns the word before the first "of" or "for" of a
// name's words when a capitalised word follows that, or "".
func incidentHead(words []string) string {
	for k := 1; k+1 < len(words); k++ {
		if words[k] == "of" || words[k] == "for" {
			if tokenize.StartsUpper(words[k+1]) {
				return words[k-1]
			}
			return ""
		}
	}
	return ""
}

// prizeWord reports whether name is a prize's one-word name the
// lexicon's AwardName class gives, capitalised, perhaps plural ("Emmy",
// "Emmys").
func (t *Typer) prizeWord(name string) bool {
	if strings.ContainsAny(name, " -") || !tokenize.StartsUpper(name) {
		return false
	}
	return t.lex.Is(t.lex.Lemma(strings.ToLower(name), "NNS"), lexicon.AwardName)
}

// decidePrizeWord types as a prize a person's or a place's name that is
// a prize's one-word name (prizeWord) when nothing reads it as a
// person's: no speaker, honorific, title or fuller name of it ("her
// Emmy win", "Emmy voters"; not "Emmy said"). It reports whether it did.
func decidePrizeWord(e *extract.Entity, ev *evidence) bool {
	if !ev.prizeWord || e.Type != extract.Person && e.Type != extract.Location || len(e.Aliases) > 0 || ev.speaker > 0 || ev.personWord || ev.title {
		return false
	}
	e.Type, e.Class = extract.Miscellaneous, ""
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/prize-word", Words: e.Name})
	return true
}

// spokenTongue reports whether a mention of e stands before "-speaking"
// (speakingLanguage), before an appositive headed by "language"
// (languageAppositive) or labels a gloss (languageGloss), e is no thing's, event's or country's name and
// nothing reads it as a person's or a body's (a verb of saying, a title,
// an honorific, an employer's frame): a language's name.
func (ev *evidence) spokenTongue(e *extract.Entity) bool {
	return (ev.speaking > 0 || ev.tongue > 0 || ev.gloss > 0) && e.Type != extract.Miscellaneous && e.Type != extract.EventType && e.Class != ClassCountry &&
		ev.speaker == 0 && !ev.personWord && !ev.title && !ev.titleFirst && ev.employer == 0 && !ev.bodyRead()
}

// decideByContext types an entity by where its mentions stand: a prize's,
// a made good's, a holiday's or a language's name, a meeting's, a
// company's by its stock symbol. It reports whether it did.
func decideByContext(e *extract.Entity, ev *evidence) bool {
	switch {
	case ev.award && e.Type != extract.Miscellaneous && e.Type != extract.EventType:
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/award-name", Words: e.Name})
	case ev.prized > 0 && 2*ev.prized >= len(e.Mentions) && e.Type != extract.Miscellaneous && e.Type != extract.EventType && !ev.personWord && !ev.title:
		// Half its mentions or more stand where a prize does.
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/prize-context", Words: e.Name})
	case ev.madeGood(e) && e.Type != extract.Miscellaneous && e.Type != extract.EventType && !ev.personWord && !ev.title:
		// Half its mentions or more name a model of a made good, or
		// some do (a model's reading, or two or more before the noun:
		// "the Tarvik worm ... the Tarvik worm") and nothing else is
		// known of it: it says nothing, and no other construction
		// types it.
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/product-context", Words: e.Name})
	case ev.dayOrTongue && e.Type != extract.Miscellaneous && e.Type != extract.EventType && e.Class != ClassCountry:
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/holiday-or-language", Words: e.Name})
	case ev.spokenTongue(e):
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: ev.tongueMethod(), Words: e.Name})
	case ev.meetingOf && (e.Type == extract.Organization || e.Type == extract.Location):
		e.Type, e.Class = extract.EventType, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/meeting-name", Words: e.Name})
	case ev.goodsThing(e):
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/maker-goods", Words: e.Name})
	case ev.meetingEvent():
		e.Type, e.Class = extract.EventType, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/meeting-head", Words: e.Name})
	case ev.ticker > 0 && ev.personCtx == 0 && !ev.personWord && !ev.titleFirst:
		// "X (ACM.N)": a name a stock symbol follows is a company's,
		// when no title or honorific says person.
		e.Type, e.Class = extract.Organization, ClassCorporation
		e.Evidence = append(e.Evidence, ev.because(ClassCorporation)...)
	default:
		return false
	}
	return true
}

// madeGood reports whether the mentions of e read as a made good's
// (productContext) say it is a model's: half of them or more, or one a
// model's reading or two or more when nothing else is read of it.
func (ev *evidence) madeGood(e *extract.Entity) bool {
	return ev.made > 0 && (2*ev.made >= len(e.Mentions) || (ev.model > 0 || ev.made > 1) && ev.speaker == 0 && len(ev.reasons) == ev.made)
}

// decideByKind types an entity by the kind of thing its name is: a law,
// a title's holder, an illness. It reports whether it did.
func (t *Typer) decideByKind(e *extract.Entity, ev *evidence) bool {
	switch {
	case ev.law && (e.Type == extract.Organization || e.Type == extract.Location):
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/law-name", Words: e.Name})
	case ev.techName && (e.Type == extract.Organization || e.Type == extract.Location) && !ev.personWord && !ev.titleFirst:
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/tech-name", Words: e.Name})
	case ev.title && e.Type != extract.Person:
		e.Type, e.Class = extract.Person, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/title-name", Words: e.Name})
	case ev.initialsThingSays():
		// "Secure Content Protection (SCP) schemes": a thing spelled
		// out beside its initials, no body (initials-thing).
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/initials-thing", Words: e.Name})
	case (e.Type == extract.Location || e.Type == extract.Organization) && !ev.personWord && !ev.titleFirst && t.illnessName(e.Name):
		// "Cholera cases rose", "a Sars clinic": the word for an
		// illness, capitalised, names no place or body (as
		// retypePersonByName reads a person's).
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/natural-kind", Words: e.Name})
	case t.illnessFramed(e, ev):
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/illness-frame", Words: e.Name})
	case ev.illnessOwner > 0 && 2*ev.illnessOwner > len(e.Mentions) && e.Type != extract.Miscellaneous && e.Type != extract.EventType && !ev.personWord && !ev.title:
		// "X's disease" at most mentions: the name of an illness
		// (WordNet's lemma), no person who owns one.
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/illness-name", Words: e.Name + "'s"})
	default:
		return false
	}
	return true
}

// retypePerson makes a name the tagger read as a person's a place or a
// body when a descriptor beside it says so, unless a title says person.
func (t *Typer) retypePerson(e *extract.Entity, ev *evidence, v tally) {
	if ev.personCtx > 0 || t.affiliationName(e, ev) {
		return
	}
	if t.retypePersonAsPlace(e, ev, v) || t.retypePersonAsBody(e, ev, v) || t.actPerson(e, ev) || retypePersonAsTitle(e, ev) || t.retypePersonAsClause(e, ev) {
		return
	}
	t.retypePersonByName(e, ev, v.orgClass)
}

// retypePersonAsTitle makes a name the tagger read as a person's a
// miscellaneous one when its name keeps a capitalised "The" written
// inside a sentence, as a title's does ("starred in The Tarvik Show",
// "from The Vell Swan"; see theTitle): no person's name opens with the
// article. Not when a word for a person, a title, a verb of saying or an
// employer's frame reads it (the person-the-title construction). It
// reports whether it did.
func retypePersonAsTitle(e *extract.Entity, ev *evidence) bool {
	if !ev.theTitle || !strings.HasPrefix(e.Name, "The ") || ev.personWord || ev.titleFirst || ev.speaker > 0 || ev.employer > 0 {
		return false
	}
	e.Type, e.Class = extract.Miscellaneous, ""
	e.Evidence = append(e.Evidence, ev.because(workVote)...)
	return true
}

// retypePersonAsClause makes a name the tagger read as a person's a
// miscellaneous one when a word of it, capitalised, is one the lexicon
// knows only as an adverb, no noun nor adjective ("Strictly", "Never"),
// and no list of names knows it as a given name or a surname: a
// clause's word, as a title has ("Strictly Tarvik Dancing"), and no
// person's name. Not when a word for a person, a title, a verb of saying
// or an employer's frame reads it (the adverb-name construction). It
// reports whether it did.
func (t *Typer) retypePersonAsClause(e *extract.Entity, ev *evidence) bool {
	if ev.personWord || ev.titleFirst || ev.speaker > 0 || ev.employer > 0 || t.g == nil {
		return false
	}
	f := strings.Fields(e.Name)
	if len(f) < 2 {
		return false
	}
	for _, x := range f {
		l := strings.ToLower(x)
		if !tokenize.StartsUpper(x) || !t.lex.Known(l, lexicon.Adverb) || t.lex.Known(l, lexicon.Noun) || t.lex.Known(l, lexicon.Adjective) {
			continue
		}
		if t.g.Match(gazetteer.Tokens(x)...)&(gazetteer.CatFirst|gazetteer.CatLast) != 0 || t.g.GivenName(x) {
			continue
		}
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/adverb-name", Words: x})
		return true
	}
	return false
}

// retypePersonAsPlace makes a name the tagger read as a person's a
// place when the mention stands within another place, votes for a
// natural or a settled place say so, or the name ends in a venue's or
// a natural feature's word; it reports whether it did.
func (t *Typer) retypePersonAsPlace(e *extract.Entity, ev *evidence, v tally) bool {
	switch {
	case ev.within:
		e.Type = extract.Location
		t.place(e, ClassCity, wDescrPair)
	case natural(v.placeClass) && v.placeW >= wDescrPair:
		e.Type = extract.Location
		t.place(e, v.placeClass, v.placeW)
	case settlement(v.placeClass) && v.placeW >= wDescrPair && v.placeW > v.orgW:
		// "X, a small nation on ...", "the city of X", a dateline.
		e.Type = extract.Location
		t.place(e, v.placeClass, v.placeW)
	case t.venueHead(e.Name) != "" && !ev.work && v.orgW == 0 && !ev.personWord && !ev.titleFirst && !ev.peopleList && ev.peopleBeside == 0 &&
		ev.lives == 0 && ev.speaker == 0 && ev.employer == 0:
		// "Ann Lee Stadium", "Harlow Airport": a word for a venue,
		// an airport, a museum or a place of worship that ends no one's
		// name heads the name.
		e.Type = extract.Location
		t.place(e, t.venueHead(e.Name), wName)
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/name-head", Words: e.Name[strings.LastIndexByte(e.Name, ' ')+1:]})
	case ev.sportsPage && t.groundName(e, ev) && !ev.work && v.orgW == 0 && !ev.personWord && !ev.titleFirst && !ev.peopleList &&
		ev.peopleBeside == 0 && ev.lives == 0 && ev.speaker == 0 && ev.employer == 0:
		// "at Harlow Park", "at Vell Lane" on a sports page: a ground
		// placed by a frame, though a surname ends its name; or one
		// never cut to its last word and opening with no given name
		// ("his Harlow Park job"), as a person's name is cut.
		e.Type = extract.Location
		t.place(e, ClassStadium, wName)
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/ground-head", Words: e.Name[strings.LastIndexByte(e.Name, ' ')+1:]})
	case ev.featureHead != "" && !ev.work && v.orgW == 0:
		// "Vornsby Island": a natural feature's word ends the name,
		// and no title ("the single, X") says it is a work's.
		e.Type = extract.Location
		t.place(e, t.headClass(ev.featureHead), wName)
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/name-head", Words: ev.featureHead})
	default:
		return false
	}
	return true
}

// retypePersonAsBody makes a name the tagger read as a person's a
// body's when votes for a body say so, the name employs someone or is
// a body's part, a town's name plays, it stands before a person's, or
// a plural verb follows a name opening with no given name; it reports
// whether it did.
func (t *Typer) retypePersonAsBody(e *extract.Entity, ev *evidence, v tally) bool {
	switch {
	case v.orgW >= minVotes:
		e.Type, e.Class = extract.Organization, v.orgClass
	case (ev.employer > 0 || ev.partBefore) && !ev.personWord && !ev.peopleList && ev.peopleBeside == 0 && v.placeW == 0 && !ev.within && !t.givenFirst(e.Name):
		// "an analyst at X": X employs the analyst; "its affiliate
		// X": X is a part of a body. Neither is a person.
		e.Type, e.Class = extract.Organization, v.orgClass
		e.Evidence = append(e.Evidence, ev.because("employer")...)
		e.Evidence = append(e.Evidence, ev.because("part")...)
	case ev.plays() && ev.personCtx == 0 && len(strings.Fields(e.Name)) == 1 && t.isPlaceName(e.Name):
		// "Harlow manager Ann Lee ... Harlow were beaten": a town's
		// name that plays is its side.
		e.Type, e.Class = extract.Organization, ClassSportsTeam
		e.Evidence = append(e.Evidence, ev.because("team")...)
	case t.tradeName(e, ev, v):
		e.Type, e.Class = extract.Organization, ev.tradeBody
		e.Evidence = append(e.Evidence, ev.because(ev.tradeBody)...)
	case t.itsBody(e, ev, v):
		e.Type, e.Class = extract.Organization, v.orgClass
		e.Evidence = append(e.Evidence, ev.because("its")...)
		e.Evidence = append(e.Evidence, ev.because("maker")...)
		e.Evidence = append(e.Evidence, ev.because("party")...)
		e.Evidence = append(e.Evidence, ev.because("before-person")...)
	case ev.beforePerson && ev.personCtx == 0:
		t.typeBeforePerson(e, ev)
	case ev.groupBefore && ev.musicPage && !ev.personWord && !ev.titleFirst && !ev.peopleList && ev.lives == 0:
		// "Harlow group Ann Lee won" on a page about bands: the
		// group is a band, whatever name opens its name (the
		// group-before rule).
		e.Type, e.Class = extract.Organization, ClassMusicGroup
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/group-before", Words: "group"})
	case ev.plural > 0 && ev.personCtx == 0 && !ev.personWord && !ev.titleFirst && !ev.peopleList && ev.lives == 0 && (!t.givenFirst(e.Name) || ev.musicPage):
		// "X were a hit", "X have split": a group, a band or a side
		// as often, whose name opens with no given name, or on a page
		// that speaks of bands ("Ann Lee were a hit": one person is
		// singular; the plural-band rule).
		e.Type, e.Class = extract.Organization, v.orgClass
		if e.Class == "" && t.givenFirst(e.Name) {
			e.Class = ClassMusicGroup
		}
		e.Evidence = append(e.Evidence, ev.because("plural")...)
	default:
		return false
	}
	return true
}

// tradeName reports whether a trade's noun heads the appositive of a
// name the tagger read as a person's that opens with no given name, and
// nothing else says person or place: "Tarvik, the internet provider," is
// a body (the trade-appositive rule); "Ann Lee, the oil supplier," is a
// person.
func (t *Typer) tradeName(e *extract.Entity, ev *evidence, v tally) bool {
	return ev.tradeBody != "" && v.placeW == 0 && !ev.personWord && !ev.titleFirst && !ev.peopleList && ev.peopleBeside == 0 && ev.lives == 0 &&
		!t.givenFirst(e.Name)
}

// itsBody reports whether "its" or a reported "it" takes up a name the
// tagger read as a person's that opens with no given name and that the
// gazetteer lists as no person's, and nothing else says person or place: "Tarvcom said its profits rose" is a body
// (the its-subject rule); "Ann Lee cut its price" is a person.
func (t *Typer) itsBody(e *extract.Entity, ev *evidence, v tally) bool {
	return (ev.its > 0 || ev.maker > 0 || ev.party > 0) && v.placeW == 0 && !ev.personWord && !ev.titleFirst && !ev.peopleList && ev.peopleBeside == 0 && ev.lives == 0 &&
		!t.givenFirst(e.Name) && !(t.g != nil && t.g.Match(gazetteer.Tokens(e.Name)...)&gazetteer.CatPerson != 0)
}

// typeBeforePerson types a name the tagger read as a person's that stands
// before a person's noun and a name: "X actor Ann Lee": X is no person;
// "X singer Ann Lee": X is her band.
func (t *Typer) typeBeforePerson(e *extract.Entity, ev *evidence) {
	e.Type, e.Class = extract.Miscellaneous, ""
	switch {
	case ev.musician:
		e.Type, e.Class = extract.Organization, ClassMusicGroup
	case ev.player && !t.givenFirst(e.Name):
		// "X striker Bo Ek": X is Bo Ek's team.
		e.Type, e.Class = extract.Organization, ClassSportsTeam
	case ev.sportRole && !t.givenFirst(e.Name):
		// "X manager Ann Lee": a team's, or a firm's (a singer's
		// manager works for a person).
		e.Type = extract.Organization
	case ev.staff && !ev.work && !t.givenFirst(e.Name) && !t.knownPlace(e.Name) && !t.demonym(e.Name):
		// "X economist Bo Ek", "X analyst Ann Lee": X employs the
		// person, a body.
		e.Type = extract.Organization
	}
	e.Evidence = append(e.Evidence, ev.because("before-person")...)
}

// retypePersonByName is retypePerson's reading of the name itself, when
// nothing around a name the tagger read as a person's says what it is:
// a body's name ("the National Executive"), a thing's ("X, which ..."),
// a title's ("Spilled Water", "Flight of the Harbour"), a natural kind's
// ("Cobalt").
func (t *Typer) retypePersonByName(e *extract.Entity, ev *evidence, orgClass string) {
	switch {
	case !ev.personWord && !ev.peopleList && t.namedBody(e, ev) != "":
		e.Type, e.Class = extract.Organization, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/" + t.namedBody(e, ev), Words: e.Name})
	case ev.which && ev.personCtx == 0 && !ev.personWord && !t.givenFirst(e.Name):
		// "X, which was bought last year": a thing; a work as often as a
		// body, and nothing here says which.
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, ev.because("which")...)
	case !ev.personWord && !ev.titleFirst && !ev.peopleList && t.bodyHead(e.Name):
		// "the National Executive", "Tarvik Economics": a name headed
		// by a common word for a body or a field of business is no
		// person's.
		e.Type, e.Class = extract.Organization, orgClass
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/name-head", Words: e.Name[strings.LastIndexByte(e.Name, ' ')+1:]})
	case !ev.personWord && t.commonWords(e.Name):
		// "Spilled Water", "Doctor Who": a title, not a person's name.
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/common-words", Words: e.Name})
	case !ev.personWord && !ev.titleFirst && t.titleWords(e.Name):
		// "Flight of the Harbour", "Rain Is The Road": a title, not a
		// person's name.
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/title-words", Words: e.Name})
	case !ev.personWord && !ev.titleFirst && t.naturalKind(e.Name):
		// "Cobalt poisoning is ...": the word for a chemical element,
		// a disease or a microbe, capitalised, is no one's name.
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/natural-kind", Words: e.Name})
	case !ev.personWord && !ev.titleFirst && !ev.peopleList && ev.lives == 0 && t.pluralName(e.Name):
		// "Velvet Mondays", "Glass Sisters", "Tarvik Labs": a name
		// ending in a common noun's plural is a group's, a band's or
		// a firm's, not a person's (the plural-name rule).
		e.Type, e.Class = extract.Organization, orgClass
		switch {
		case e.Class != "":
		case ev.musicPage:
			e.Class = ClassMusicGroup
		case ev.sportsPage:
			// "the Harlow Sharks" on a sports page: a side.
			e.Class = ClassSportsTeam
		}
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/plural-name", Words: lastWord(e.Name)})
	}
}

// placeTeam reports whether name is a place's name the gazetteer knows
// (a country, a region or a town of some size) and a plural teamPlural
// reads ("the Harlow Rovers", "Norland Kestrels"): the way clubs and
// franchises are named.
func (t *Typer) placeTeam(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || t.g == nil {
		return false
	}
	return t.teamPlural(words[len(words)-1]) && t.knownPlace(strings.Join(words[:len(words)-1], " "))
}

// teamPlural reports whether word is a plural noun in capitals that says
// no kind of place, event, award, law or people of a place, nor is a
// place's name in the plural ("East Asias"): the way a side's nickname
// ends ("the Harlow Rovers", "the Kestrels"). A plural the lexicon does
// not know ("Zorks") says nothing.
func (t *Typer) teamPlural(last string) bool {
	if t.g == nil {
		return false
	}
	lemma := t.lex.Lemma(last, "NNS")
	if !tokenize.StartsUpper(last) || strings.ToUpper(last) == last || lemma == strings.ToLower(last) || !t.lex.Known(lemma, lexicon.Noun) {
		return false
	}
	c := t.lex.Classes(lemma)
	for _, k := range append(lexicon.PlaceClasses(), lexicon.IncidentClasses()...) {
		if c.Has(k) {
			return false
		}
	}
	// A number's word is an adjective too ("the Harlow Sevens", a
	// tournament), and a span of time no side ("Harlow Nights").
	if c.Has(lexicon.Award) || c.Has(lexicon.Law) || c.Has(lexicon.EventName) || c.Has(lexicon.Inhabitant) || c.Has(lexicon.Citizen) ||
		c.Has(lexicon.TimeSpan) || t.lex.Known(lemma, lexicon.Adjective) ||
		c.Has(lexicon.Resident) || t.g.Match(gazetteer.Tokens(last)...)&(gazetteer.CatDemonym|gazetteer.CatCountry) != 0 || t.isPlaceName(lemma) {
		return false
	}
	return true
}

// namedBody returns the construction that says a name the tagger read as
// a person's is a body's, or "": a plural noun for people alone before a
// mention ("auditors X Y", as "market analysts X"), or one for bodies
// before a list that holds it ("groups like X Y"), for a name of two
// words or more the gazetteer does not know as a person's.
func (t *Typer) namedBody(e *extract.Entity, ev *evidence) string {
	if !ev.group || len(strings.Fields(e.Name)) < 2 || t.g == nil || t.g.Match(gazetteer.Tokens(e.Name)...)&gazetteer.CatPerson != 0 {
		return ""
	}
	if slices.ContainsFunc(ev.reasons, func(r reason) bool { return r.class == "group" }) {
		return "descriptor-list" // "groups like X Y"
	}
	return "people-noun"
}

// titleWords reports whether name holds words no person's name holds
// inside it but titles do: "the" after its second word ("Flight of the
// Harbour"; "Bo the Great" is an epithet after a given name, and so
// is an adjective after "the" ending a longer name: "Ann Lee the
// Younger", see epithet), or a
// form of "be" after its first ("Rain Is The Road"). A title of office
// or nobility, or a noun for a person, opening it names its holder
// ("Speaker of the House", "Lord of the Isles").
func (t *Typer) titleWords(name string) bool {
	f := strings.Fields(name)
	if len(f) < 3 {
		return false
	}
	if l := t.lex.Lemma(strings.ToLower(f[0]), "NN"); t.lex.Is(l, lexicon.Office) || t.lex.Is(l, lexicon.Nobility) || t.lex.Is(l, lexicon.PersonNoun) {
		return false
	}
	for i, w := range f[1 : len(f)-1] {
		switch strings.ToLower(w) {
		case "is", "are", "was", "were":
			return true
		case "the":
			if i >= 1 && !(i+2 == len(f)-1 && t.epithet(f[len(f)-1])) {
				return true
			}
		}
	}
	return false
}

// epithet reports whether w, the last word of a name after "the",
// follows a person's name as a byname ("Ann Lee the Younger", "Bo the
// Terrible": the epithet rule), not a title's noun: the lexicon's
// Epithet, which the resolver reads too.
func (t *Typer) epithet(w string) bool { return t.lex.Epithet(w) }

// bodyHead reports whether the last of two words or more of name is one
// news writes in lower case far more often than not, for a body, a part
// of one or a field of business in WordNet ("Executive", "Group",
// "Economics"), after a word that is not one too (a title of common
// words, "Spare Room", is commonWords'), and the gazetteer knows
// neither that word nor the first as a person's name nor the whole as a
// person's. After a given name and a surname or more (the person the
// body is named after: "the Ann Lee Foundation", founder-body) the word
// need only be one news writes in lower case too, as names capitalise
// "Foundation" more often than not, and no building's or settlement's
// word.
func (t *Typer) bodyHead(name string) bool {
	words := strings.Fields(name)
	founder := len(words) >= 3 && t.givenFirst(name)
	if len(words) < 2 || t.g == nil || t.givenFirst(name) && !founder || t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0 || t.commonWords(name) {
		return false
	}
	last := words[len(words)-1]
	if !tokenize.StartsUpper(last) || strings.ToUpper(last) == last || t.g.Match(gazetteer.Tokens(last)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 || t.g.GivenName(last) {
		return false
	}
	if lo, hi, ok := t.g.Casing(last); !ok || !founder && lo < commonRatio*hi || lo == 0 {
		return false
	}
	c := t.lex.Classes(t.lex.Lemma(strings.ToLower(last), "NNS"))
	if founder && (c.Has(lexicon.Facility) || c.Has(lexicon.Settlement)) {
		return false // a building's word ends people's names as often ("Church", "House")
	}
	return c.Has(lexicon.Organization) || c.Has(lexicon.OrgGeneric) || c.Has(lexicon.Government) || c.Has(lexicon.Corporation) ||
		c.Has(lexicon.Discipline) || c.Has(lexicon.Enterprise) || t.lex.Is(strings.ToLower(last), lexicon.CompanySuffix)
}

// pluralName reports whether the last of two words or more of name is
// the plural of a common noun WordNet knows ("Mondays", "Sisters",
// "Labs"), capitalised and not in capitals, that the gazetteer knows as
// no part of a person's name ("Woods", "Williams"), nor the whole name
// as a person's, nor its singular as one when news mostly capitalises
// the plural ("Woods"), and whose first word is no given name nor an
// initial.
func (t *Typer) pluralName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || t.g == nil || t.givenFirst(name) || t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0 {
		return false
	}
	last := words[len(words)-1]
	if !tokenize.StartsUpper(last) || strings.ToUpper(last) == last || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") ||
		t.g.Match(gazetteer.Tokens(last)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 || t.g.GivenName(last) {
		return false
	}
	// An initial opens people's names ("D Banks").
	if f := strings.TrimSuffix(words[0], "."); len(f) == 1 {
		return false
	}
	l := t.lex.Lemma(last, "NNS")
	if l == strings.ToLower(last) || !t.lex.Known(l, lexicon.Noun) {
		return false
	}
	// A plural news capitalises more often than not whose singular
	// names people ("Woods", "Wood") is a surname.
	single := strings.ToUpper(l[:1]) + l[1:]
	if lo, hi, ok := t.g.Casing(last); (!ok || lo < hi) && (t.g.Match(gazetteer.Tokens(single)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 || t.g.GivenName(single)) {
		return false
	}
	return true
}

// naturalKind reports whether name is one word that WordNet has, in
// lower case, first as a chemical element, a disease or a microbe
// ("Cobalt", "Measles"), or a compound of such a word (see
// naturalCompound), and that the gazetteer knows as no person's name
// or part of one and news does not capitalise more often than not.
func (t *Typer) naturalKind(name string) bool {
	if strings.ContainsAny(name, " -'.") || strings.ToUpper(name) == name || t.g == nil {
		return false
	}
	if !t.lex.Is(t.lex.Lemma(name, "NN"), lexicon.NaturalKind) && !t.naturalCompound(strings.ToLower(name)) {
		return false
	}
	if t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 || t.g.GivenName(name) {
		return false
	}
	lo, hi, ok := t.g.Casing(name)
	return !ok || lo >= hi
}

// groundHead reports whether name, two words or more, ends in a
// capitalised word (not in capitals only) for a way ("Road", "Lane") or
// for a facility of no kind more exact ("Park"), which the names of
// sports grounds end in, and the gazetteer knows no person by the whole
// name.
func (t *Typer) groundHead(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || t.g == nil || t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0 {
		return false
	}
	last := words[len(words)-1]
	if !tokenize.StartsUpper(last) || strings.ToUpper(last) == last {
		return false
	}
	lemma := t.lex.Lemma(strings.ToLower(last), "NN")
	if t.lex.Is(lemma, lexicon.Way) {
		return true
	}
	c, ok := placeClass(t.lex, last, true)
	return ok && c == ClassPlace && t.lex.Is(lemma, lexicon.Facility)
}

// lastWord returns the last of name's words.
func lastWord(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// illnessName reports whether name, not in capitals only, is a lemma
// of WordNet's that is first an illness's, a disorder's or an infection's
// ("Cholera", "Sars"), or a word naturalKind takes, and the
// gazetteer knows no place, body or person so named.
func (t *Typer) illnessName(name string) bool {
	if t.g == nil || strings.ContainsAny(name, "-.") || strings.ToUpper(name) == name {
		return false // "AMD": a body's initials as often as an illness's
	}
	if !t.lex.Is(strings.ToLower(name), lexicon.Illness) && !t.naturalKind(name) {
		return false
	}
	if t.knownPlace(name) || knownBody(t.g, name) || t.g.GivenName(name) {
		return false
	}
	return t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) == 0
}

// illnessOwned reports whether mention m stands before "'s" and a word
// that, with it, make the lemma of an illness in WordNet ("X's disease"),
// or before "'s" and no word when "X's" is one.
func (t *Typer) illnessOwned(text string, m extract.Mention) bool {
	if m.End < 0 || m.End > len(text) || m.Start < 0 || m.Start > m.End {
		return false
	}
	rest := text[m.End:]
	var owned string
	switch {
	case strings.HasPrefix(rest, "'s"):
		rest, owned = rest[2:], strings.ToLower(text[m.Start:m.End])+"'s"
	case strings.HasPrefix(rest, "\u2019s"):
		rest, owned = rest[len("\u2019s"):], strings.ToLower(text[m.Start:m.End])+"'s"
	default:
		return false
	}
	if rest == "" || !unicode.IsSpace(rune(rest[0])) {
		return rest == "" || !unicode.IsLetter(rune(rest[0])) && t.lex.Is(owned, lexicon.Illness)
	}
	word := strings.TrimLeftFunc(rest, unicode.IsSpace)
	end := strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) })
	if end >= 0 {
		word = word[:end]
	}
	if word == "" {
		return t.lex.Is(owned, lexicon.Illness)
	}
	return t.lex.Is(owned+" "+strings.ToLower(word), lexicon.Illness)
}

// commonWords reports whether name is made of words that news writes in
// lower case ("Coupling", "Spilled Water"), none of them one that begins or
// ends people's names in the gazetteer or its given names, nor the whole
// a person's name there: "Spilled Water" is a title, "Tiger Woods"
// ("Woods" is mostly capitalised in news) and "Will Young" (a given
// name) are people's; so is a name with a word news uses too seldom to
// tell (WordNet would not do: it holds "Franck" and "Muller" as
// people's names, in lower case).
func (t *Typer) commonWords(name string) bool {
	f := strings.Fields(name)
	if len(f) < 1 || t.g == nil || t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0 {
		return false
	}
	checked := 0
	for _, w := range f {
		if tokenize.StartsLower(w) {
			continue // "of", "the"
		}
		if t.g.Match(gazetteer.Tokens(w)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 || t.g.GivenName(w) {
			return false
		}
		if lo, hi, ok := t.g.Casing(w); !ok || lo < commonRatio*hi {
			return false
		}
		checked++
	}
	return checked > 0
}

// givenFirst reports whether the first word of name is a given name the
// gazetteer knows ("Bruce" of "Bruce Johnston"): a relative "which" after
// such a name refers to something before it ("a duo with Bruce Johnston,
// which ...").
func (t *Typer) givenFirst(name string) bool { return givenFirst(t.g, name) }

// unknownGivenFirst reports whether name is two words, each capitalised
// and not in capitals, its first of three letters or more with no full
// stop, hyphen or apostrophe, an unknownWord that news writes
// capitalised: a given name the gazetteer's list lacks ("Jorvi"), as far
// as the lists can tell.
func (t *Typer) unknownGivenFirst(name string) bool {
	f := strings.Fields(name)
	if len(f) != 2 || t.g == nil || !tokenize.StartsUpper(f[1]) || strings.ToUpper(f[1]) == f[1] {
		return false
	}
	w := f[0]
	if utf8.RuneCountInString(w) < 3 || strings.ContainsAny(w, ".-'’") {
		return false
	}
	// News writes a function word ("The") in lower case far more often.
	if lo, hi, ok := t.g.Casing(w); ok && hi < commonRatio*lo {
		return false
	}
	return t.unknownWord(w)
}

// unknownWord reports whether w is a capitalised word that WordNet has
// in no part of speech and the gazetteer lists as no place's, body's or
// thing's name (a person's or a surname at most).
func (t *Typer) unknownWord(w string) bool {
	if t.g == nil || !tokenize.StartsUpper(w) || strings.ToUpper(w) == w || t.g.Match(gazetteer.Tokens(w)...)&^(gazetteer.CatPerson|gazetteer.CatLast|gazetteer.CatFirst) != 0 {
		return false
	}
	lw := strings.ToLower(w)
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adjective, lexicon.Adverb} {
		if t.lex.Known(lw, p) {
			return false
		}
	}
	// A plural of a noun WordNet has ("Harriers").
	return !t.lex.Known(t.lex.Lemma(lw, "NNS"), lexicon.Noun)
}

// givenFirst reports whether name has two words or more and the
// gazetteer g knows its first as a given name.
func givenFirst(g *gazetteer.Gazetteer, name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || g == nil {
		return false
	}
	return g.Match(gazetteer.Tokens(f[0])...)&gazetteer.CatFirst != 0 || g.GivenName(f[0])
}

// numberedPart reports whether name is a numbered part of a law or a
// text: "Article 5", "Title IX", "Chapter 11", or an ordinal before the
// part's word ("First Amendment", "Fifth Amendment": the ordinal-part
// rule).
func (t *Typer) numberedPart(name string) bool {
	words := strings.Fields(name)
	if len(words) != 2 || !tokenize.StartsUpper(words[0]) || !tokenize.StartsUpper(words[1]) && !numbered(words[1]) {
		return false
	}
	switch {
	case numbered(words[1]):
		return t.lex.Is(strings.ToLower(words[0]), lexicon.DocumentPart)
	case ordinal(strings.ToLower(words[0])):
		return t.lex.Is(strings.ToLower(words[1]), lexicon.DocumentPart)
	}
	return false
}

// onlyLanguage reports whether a language's name names nothing else the
// gazetteer knows: no place ("Illinois"), body ("Celtic", the club),
// people or person, and is not written in capitals ("SCOTTISH" heads a
// table).
func (t *Typer) onlyLanguage(name string) bool {
	if t.g == nil || strings.ToUpper(name) == name {
		return false
	}
	return t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatCountry|gazetteer.CatDemonym|gazetteer.CatCity|gazetteer.CatRegion|
		gazetteer.CatArea|gazetteer.CatLoc|gazetteer.CatOrg|gazetteer.CatIntlOrg|gazetteer.CatPerson) == 0
}

// commonWord reports whether name is one word, not in capitals, that
// news writes in lower case more often than not ("Who").
func (t *Typer) commonWord(name string) bool {
	if strings.ContainsAny(name, " ") || strings.ToUpper(name) == name {
		return false
	}
	lo, hi, ok := t.g.Casing(name)
	return ok && lo > hi
}

// oftenLower reports whether name is one word, not in capitals, that
// news writes in lower case at least a third as often as capitalised
// inside a sentence ("Island"), unlike a word news capitalises as a
// name's ("Woods", "Hill").
func (t *Typer) oftenLower(name string) bool {
	if strings.ContainsAny(name, " ") || strings.ToUpper(name) == name || t.g == nil {
		return false
	}
	lo, hi, ok := t.g.Casing(name)
	return ok && lo*commonRatio >= hi
}

// demonym reports whether name is a people's or a nation's word that the
// gazetteer or WordNet knows ("Norlander" in "one Norlander died"): a
// person, not the person's name.
func (t *Typer) demonym(name string) bool {
	if t.lex.Is(t.lex.Lemma(strings.ToLower(name), "NN"), lexicon.Inhabitant) {
		return true
	}
	return t.g != nil && t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatDemonym != 0
}

// commonHead reports whether word, the last of a name, is a word news
// writes in lower case more often than not ("Plus", "Records", "Coast"):
// the head of the name, not a name's own word ("Tarvik").
func (t *Typer) commonHead(word string) bool {
	return t.g != nil && t.commonWord(word)
}

// afterFirst returns name without its first word.
func afterFirst(name string) string {
	_, rest, _ := strings.Cut(name, " ")
	return rest
}

// nameWord reports whether a word of name is written as a name's: in
// capitals and small letters ("Tzekos", not "TV"), no word for a body
// ("Committee"), and one news capitalises far more often than not, or too
// rare in news to tell and no noun WordNet knows: not "Campaign" nor
// "Diaries", which news writes in lower case as often.
func (t *Typer) nameWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if !tokenize.StartsUpper(w) || strings.ToUpper(w) == w {
			continue
		}
		lemma := t.lex.Lemma(w, "NNS")
		if t.lex.Is(lemma, lexicon.Organization) || t.lex.Is(lemma, lexicon.OrgPart) {
			continue
		}
		lo, hi, ok := t.g.Casing(w)
		switch {
		case ok && hi >= commonRatio*lo:
			return true
		case !ok && !t.lex.Known(lemma, lexicon.Noun):
			return true
		}
	}
	return false
}

// properWord reports whether news writes the capitalised word w
// capitalised inside a sentence at least commonRatio times as often as
// in lower case, or, seen too seldom to tell, WordNet has it as no noun's
// lemma.
func (t *Typer) properWord(w string) bool {
	if !tokenize.StartsUpper(w) || strings.ToUpper(w) == w {
		return false
	}
	lo, hi, ok := t.g.Casing(w)
	if ok {
		return hi >= commonRatio*lo
	}
	return !t.lex.Known(t.lex.Lemma(strings.ToLower(w), "NNS"), lexicon.Noun)
}

// commonRatio is how many times as often as capitalised inside a sentence
// news must write a word in lower case for it to be a common word.
const commonRatio = 3

// retypeMisc makes a miscellaneous name a place or a body on strong
// evidence; it reports whether the entity is settled (nothing to do).
func retypeMisc(e *extract.Entity, ev *evidence, v tally) bool {
	switch {
	case natural(v.placeClass) && v.placeW >= wName || v.placeW >= wDescrPair:
		e.Type = extract.Location
	case ev.group || ev.orgHead || v.orgW >= wDescrPair:
		e.Type = extract.Organization
	case (ev.bodyBefore && v.orgW >= minVotes || ev.partBefore) && v.placeW == 0 && !ev.work:
		// "the clearing firm X", "X - the oil firm sold to ...": a
		// body's word before the name or heading its appositive.
		e.Type = extract.Organization
	case ev.bodyNoun && v.placeW == 0 && !ev.work && ev.made == 0 && ev.personCtx == 0:
		// "the charity X": a body of no finer class (body-noun).
		e.Type = extract.Organization
		e.Evidence = append(e.Evidence, ev.because("body")...)
	case (ev.employer > 0 || ev.staff || ev.itsSaid > 0) && v.placeW == 0 && !ev.work && ev.made == 0 && ev.personCtx == 0:
		// "an analyst at X": X employs the analyst, a body (the
		// employer-frame rule, as for a person's name); "X said its
		// profits rose": a body speaks of itself (its-subject).
		e.Type = extract.Organization
		e.Evidence = append(e.Evidence, ev.because("employer")...)
		e.Evidence = append(e.Evidence, ev.because("its")...)
	default:
		return true
	}
	return false
}

// retypeLocation makes a name the tagger read as a place a news agency
// (a dateline's credit), a person (an honorific), an institution or a
// body that descriptors name; it reports whether the entity is settled.
func (t *Typer) retypeLocation(e *extract.Entity, ev *evidence, v tally) bool {
	// "at Harlow Road" on a sports page: a ground, not the street.
	if ev.sportsPage && ev.placeCtx > 0 && (e.Class == "" || e.Class == ClassPlace) && t.groundHead(e.Name) &&
		t.lex.Is(t.lex.Lemma(strings.ToLower(lastWord(e.Name)), "NN"), lexicon.Way) && !ev.work && v.orgW == 0 {
		e.Class = ClassStadium
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/ground-head", Words: lastWord(e.Name)})
		return true
	}
	// A dateline's agency tagged as a place: "(AP)", whatever else the
	// name could be.
	if ev.credit {
		e.Type, e.Class = extract.Organization, ClassNewsMedia
		return true
	}
	if t.placeAsPerson(e, ev, v) {
		return true
	}
	// "U2 frontman X": a person, though the gazetteer has a town so named;
	// not a country ("hosts X" is plural anyway) nor a place with a
	// place's evidence.
	if ev.personNoun && v.placeW == 0 && v.orgW == 0 && ev.placeCtx == 0 && ev.employer == 0 && !ev.within && !ev.credit && !t.isCountry(e) &&
		len(strings.Fields(e.Name)) == 1 && strings.ToUpper(e.Name) != e.Name {
		e.Type, e.Class = extract.Person, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/person-noun"})
		return true
	}
	if t.listedPerson(e, ev, v) || t.describedBody(e, ev, v) || t.listedBody(e, ev, v) || t.faithBodyName(e, ev) {
		return true
	}
	// "X beat Y 2-1": a country or a town that plays is its team, when
	// results name it more often than place frames place it.
	if ev.plays() {
		e.Type, e.Class = extract.Organization, ClassSportsTeam
		e.Evidence = append(e.Evidence, ev.because("team")...)
		return true
	}
	// "X said", "X claims": a town the tagger and the gazetteer agree on
	// does not speak, unless it is a capital or a city as big (its
	// government: "Moscow said"); said to speak more often than placed
	// ("to X"), and with no word of a place, X is a body.
	if ev.speaker > ev.placeCtx && v.placeW == 0 && !ev.within && !t.isCountry(e) && t.g != nil &&
		t.g.Match(gazetteer.Tokens(e.Name)...)&(gazetteer.CatBigCity|gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatArea) == 0 {
		e.Type, e.Class = extract.Organization, v.orgClass
		e.Evidence = append(e.Evidence, ev.because("speaker")...)
		return true
	}
	return t.bodyInPlace(e, ev, v)
}

// bodyInPlace is retypeLocation's reading of a place's name as a body's
// where the words around it say so and nothing else places it: an
// employer ("an analyst at X"), a band or a club before a person ("X
// singer Ann Lee"), an institution ("Harlow University"), a body
// described as one ("the Norland bank Vell Power").
func (t *Typer) bodyInPlace(e *extract.Entity, ev *evidence, v tally) bool {
	// "an analyst at X": an employer, for a name the gazetteer knows no
	// place by and nothing else places, or that employs more often than
	// place frames place it ("an editor at X" twice, "to X" once).
	if ev.employer > 0 && (t.unplaced(e, ev, v) || ev.employer > ev.placeCtx && v.placeW == 0 && !ev.within && !t.isPlaceName(e.Name)) {
		e.Type, e.Class = extract.Organization, v.orgClass
		e.Evidence = append(e.Evidence, ev.because("employer")...)
		return true
	}
	// "X singer Ann Lee", "X striker Bo Ek": the band, the club or the
	// firm a person is in, for a name the gazetteer knows no place by
	// (nor by its words after a compass point: "North Harlow farmer Bo
	// Ek") and nothing else places.
	if ev.beforePerson && t.unplaced(e, ev, v) && !t.compassPlace(e.Name) {
		e.Type, e.Class = extract.Organization, v.orgClass
		if ev.musician && v.orgClass == "" {
			e.Class = ClassMusicGroup
		}
		e.Evidence = append(e.Evidence, ev.because("before-person")...)
		return true
	}
	// "voted off the X show": a channel, for a name the gazetteer knows
	// no place by and nothing else places, nor a person's word.
	if ev.onAir > 0 && t.unplaced(e, ev, v) && ev.personCtx == 0 && !ev.personWord && !ev.work {
		e.Type, e.Class = extract.Organization, ClassNewsMedia
		e.Evidence = append(e.Evidence, ev.because(ClassNewsMedia)...)
		return true
	}
	// "shares in X", "X's profits": a company, for a name the gazetteer
	// knows no place by and nothing else places.
	if ev.equity > 0 && t.unplaced(e, ev, v) {
		e.Type, e.Class = extract.Organization, ClassCorporation
		e.Evidence = append(e.Evidence, ev.because(ClassCorporation)...)
		return true
	}
	// "Harlow University": an institution named as one is a body, though
	// the tagger read a town in it. A word for a school after a place's
	// name, in lower case, says where the school is ("Harlow grammar
	// school", "Norland primary school children"), not what the place is.
	if v.orgClass == ClassEducational && v.orgW >= wName && (ev.namedAs(ClassEducational) || t.unplaced(e, ev, v)) {
		e.Type, e.Class = extract.Organization, ClassEducational
		return true
	}
	// "the Norland bank Vell Power", "Vell Power investment bank":
	// descriptors of a body, and nothing of a place, for a name the
	// gazetteer does not list as one.
	if (ev.bodyBefore && v.orgW >= minVotes || ev.partBefore || ev.ownsPart) && t.unplaced(e, ev, v) {
		e.Type, e.Class = extract.Organization, v.orgClass
		e.Evidence = append(e.Evidence, ev.because(v.orgClass)...)
		return true
	}
	return false
}

// listedPerson makes a one-word name the tagger read as a place a
// person's when a plural noun for people introduces the list that holds
// it ("photographers Ann Lee, X and Bo Ek"), though the gazetteer has a
// town or a region so named, and nothing places it: not a country (nor
// a nation of a kingdom: "England"), nor a big city, no place's words
// or frames.
func (t *Typer) listedPerson(e *extract.Entity, ev *evidence, v tally) bool {
	if !ev.peopleList || v.placeW > 0 || v.orgW > 0 || ev.placeCtx > 0 || ev.within || ev.credit || t.nation(e) ||
		len(strings.Fields(e.Name)) != 1 || strings.ToUpper(e.Name) == e.Name {
		return false
	}
	if t.g != nil && t.g.Match(gazetteer.Tokens(e.Name)...)&(gazetteer.CatBigCity|gazetteer.CatCountry) != 0 {
		return false
	}
	e.Type, e.Class = extract.Person, ""
	e.Evidence = append(e.Evidence, ev.because("person")...)
	return true
}

// placeAsPerson makes a name the tagger read as a place's a person's by
// a title or the words around it (personByTitle), or by the gazetteer's
// people (listedPersonName); it reports whether it did.
func (t *Typer) placeAsPerson(e *extract.Entity, ev *evidence, v tally) bool {
	return t.personByTitle(e, ev, v.placeW, v.orgW) || t.listedPersonName(e, ev, v)
}

// listedPersonName makes a name of two words or more the tagger read as
// a place's a person's when the gazetteer lists it as a person's and as
// no place's, body's or thing's, and nothing around it places it or
// reads a body or a side ("the Jorvi Tarvik sexual assault case", the
// town a given name's namesake: listed-person-name); so does a name of
// one word listed as a surname too (listedSurname: "as with Vellström").
func (t *Typer) listedPersonName(e *extract.Entity, ev *evidence, v tally) bool {
	if t.g == nil || v.placeW > 0 || v.orgW > 0 || ev.placeCtx > 0 || ev.within || ev.credit || ev.team > 0 || ev.bodyRead() {
		return false
	}
	c := t.g.Match(gazetteer.Tokens(e.Name)...)
	if !personOnly(c) {
		return false
	}
	if len(strings.Fields(e.Name)) < 2 && !t.listedSurname(e.Name, c) {
		return false
	}
	e.Type, e.Class = extract.Person, ""
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/listed-person-name", Words: e.Name})
	return true
}

// describedBody makes a one-word name the tagger read as a place a body
// when a descriptor of a body stands before it or before the list that
// holds it ("the company X", "companies such as Acme, X and Vell
// Power"), though the gazetteer has a small town so named, and nothing
// places it: no place's words or frames, not a country, a region nor a
// big city (whose names stand for their teams and governments), nor a
// name in capitals (an abbreviation: a state's in a dateline).
func (t *Typer) describedBody(e *extract.Entity, ev *evidence, v tally) bool {
	if t.actPlace(e, ev, v) {
		return true
	}
	if !ev.bodyBefore || v.orgW < minVotes || v.placeW > 0 || ev.placeCtx > 0 || ev.within || ev.credit || t.isCountry(e) ||
		len(strings.Fields(e.Name)) != 1 || strings.ToUpper(e.Name) == e.Name || t.g == nil {
		return false
	}
	if t.g.Match(gazetteer.Tokens(e.Name)...)&(gazetteer.CatBigCity|gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatArea) != 0 {
		return false
	}
	e.Type, e.Class = extract.Organization, v.orgClass
	e.Evidence = append(e.Evidence, ev.because(v.orgClass)...)
	return true
}

// listedBody makes a name the tagger read as a place a body when the
// gazetteer lists it as an international organisation and as no place,
// and no place's words or a place after it ("X, Norland") say otherwise:
// "an ambassador for X".
func (t *Typer) listedBody(e *extract.Entity, ev *evidence, v tally) bool {
	if v.orgClass != ClassIntergovernmental || v.placeW > 0 || ev.within || ev.credit || t.isPlaceName(e.Name) ||
		!slices.ContainsFunc(ev.reasons, func(r reason) bool { return r.method == "gazetteer" && r.class == ClassIntergovernmental }) {
		return false
	}
	e.Type, e.Class = extract.Organization, v.orgClass
	e.Evidence = append(e.Evidence, ev.because(v.orgClass)...)
	return true
}

// believerName makes a name typed a body a miscellaneous one when its
// words are those for the members of a faith or a church ("Vellist",
// "Vellist Pellamites"): they name its people, as a demonym does, no
// body, when nothing says body. It reports whether it did.
func (t *Typer) believerName(e *extract.Entity, ev *evidence, v tally) bool {
	if e.Class != "" || v.orgW > 0 || ev.orgHead || ev.group || ev.team > 0 || ev.employer > 0 || ev.credit || !t.believers(e.Name) {
		return false
	}
	e.Type = extract.Miscellaneous
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/believer", Words: e.Name})
	return true
}

// believers reports whether every word of name is a noun for a member
// of a faith or a church (WordNet's, in the singular or the plural) that
// news capitalises more often than not: "Vellist", "Vellist Pellamites";
// not "Monks", a word news writes in lower case.
func (t *Typer) believers(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || t.g == nil {
		return false
	}
	for _, w := range words {
		if !tokenize.StartsUpper(w) || strings.ToUpper(w) == w {
			return false
		}
		l := strings.ToLower(w)
		if lemma := t.lex.Lemma(l, "NNS"); lemma != l && t.lex.Is(lemma, lexicon.Believer) {
			w = w[:len(lemma)]
			l = lemma
		}
		if !t.lex.Is(l, lexicon.Believer) {
			return false
		}
		if lo, hi, ok := t.g.Casing(w); !ok || lo >= hi {
			return false
		}
	}
	return true
}

// unplaced reports whether nothing places entity e (no place's votes,
// frames or "X, Y" within a place) and the gazetteer knows no place by
// its name.
func (t *Typer) unplaced(e *extract.Entity, ev *evidence, v tally) bool {
	return v.placeW == 0 && ev.placeCtx == 0 && !ev.within && !t.knownPlace(e.Name) && !t.isPlaceName(e.Name)
}

// retypeOrganization makes a name the tagger read as a body a person (an
// honorific, a person's noun after "the"), a place (place words and
// frames) or a field of study; it reports whether the entity is settled.
func (t *Typer) retypeOrganization(e *extract.Entity, ev *evidence, v tally) bool {
	if t.personByTitle(e, ev, v.placeW, v.orgW) || t.believerName(e, ev, v) || t.organizationAsMisc(e, ev, v) {
		return true
	}
	if t.personHeaded(e, ev, v) {
		e.Type, e.Class = extract.Person, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/person-head", Words: lastWord(e.Name)})
		return true
	}
	if t.workOwnerPerson(e, ev, v) || t.listedShow(e, ev, v) {
		return true
	}
	if !t.bodyAsPlace(e, ev, v) {
		t.organizationAsPlace(e, ev, v)
	}
	return false
}

// workOwnerPerson makes a name the tagger read as a body a person when
// it owns a creative work named by its title ("Ann Lee's supernatural
// thriller X": workOwner), opens with a given name and is two words or
// more, and nothing says body or place, nor does the gazetteer list a
// body of the name (a studio owns a film too: "Acme's new film X"; the
// work-owner rule). It reports whether it did.
func (t *Typer) workOwnerPerson(e *extract.Entity, ev *evidence, v tally) bool {
	if ev.workOwner == 0 || v.orgW > 0 || v.placeW > 0 || ev.placeCtx > 0 || ev.bodyRead() || ev.work || len(strings.Fields(e.Name)) < 2 ||
		!t.givenFirst(e.Name) || knownBody(t.g, e.Name) {
		return false
	}
	e.Type, e.Class = extract.Person, ""
	e.Evidence = append(e.Evidence, ev.because(extract.Person)...)
	return true
}

// personHeaded reports whether a name typed a body is one capitalised
// noun whose most frequent sense is a kind of person, or a title of
// office written before names (nameTitle), perhaps after an office's
// noun ("the Chief Justice"), in the singular,
// after "the" ("the Wrestler", "The Wrestler": a ring name or an
// epithet, as a title of office alone is its holder; not "Pioneer", a
// firm's name without "the"), that no word for a body or a newspaper
// nor the gazetteer makes a body's, nor is a word of government ("the
// Executive"), and that nothing around it reads as a body, a side, a
// work or a place (the person-head rule).
func (t *Typer) personHeaded(e *extract.Entity, ev *evidence, v tally) bool {
	words := strings.Fields(e.Name)
	if len(words) >= 2 && words[0] == "The" {
		words = words[1:]
	} else if ev.theName == 0 {
		return false
	}
	// "the Chief Justice": a title of office written before names,
	// after an office's noun, is the office's holder too.
	if len(words) == 2 && t.officeModifier(words[0]) && t.nameTitle(words[1]) {
		words = words[1:]
	}
	if len(words) != 1 {
		return false
	}
	if v.orgW > 0 || v.placeW > 0 || ev.placeCtx > 0 || ev.team > 0 || ev.bodyRead() || ev.work || t.bodyWord(words) || t.paperName(e.Name) ||
		knownBody(t.g, e.Name) {
		return false
	}
	w := words[0]
	if !tokenize.StartsUpper(w) || strings.ToUpper(w) == w {
		return false
	}
	l := strings.ToLower(w)
	return t.lex.Lemma(l, "NNS") == l && (t.lex.Is(l, lexicon.PersonNoun) || t.nameTitle(w)) && !t.lex.Is(l, lexicon.Government)
}

// officeModifier reports whether w, capitalised and not in capitals, is
// a noun for an office that says no body ("Chief", "Deputy"), as it
// stands before a title ("Chief Justice", "Deputy Governor").
func (t *Typer) officeModifier(w string) bool { return t.titleWordOf(w, lexicon.Office) }

// nameTitle reports whether w, capitalised and not in capitals, is a
// title of office written before names (the lexicon's NameTitle:
// "Justice", "Governor") that says no body.
func (t *Typer) nameTitle(w string) bool { return t.titleWordOf(w, lexicon.NameTitle) }

// titleWordOf reports whether w, capitalised and not in capitals, is a
// word of class c that the lexicon has for no body of government,
// organisation or generic organisation's noun.
func (t *Typer) titleWordOf(w string, c lexicon.Class) bool {
	if !tokenize.StartsUpper(w) || strings.ToUpper(w) == w {
		return false
	}
	cs := t.lex.Classes(strings.ToLower(w))
	return cs.Has(c) && !cs.Has(lexicon.Government) && !cs.Has(lexicon.Organization) && !cs.Has(lexicon.OrgGeneric)
}

// organizationAsMisc makes a name typed a body a miscellaneous one when
// it names a field of knowledge or a work's title and nothing says body;
// it reports whether it did.
func (t *Typer) organizationAsMisc(e *extract.Entity, ev *evidence, v tally) bool {
	// "the Applied Humanities", "Marine Science": a name headed by a
	// word for a branch of knowledge names the field, when nothing says
	// body (a word for one, a verb of saying, an employer's frame).
	if words := strings.Fields(e.Name); len(words) >= 2 && tokenize.StartsUpper(words[len(words)-1]) &&
		t.lex.Is(t.lex.Lemma(words[len(words)-1], "NN"), lexicon.Discipline) && !t.bodyWord(words) &&
		v.orgW == 0 && !ev.orgHead && !ev.group && ev.speaker == 0 && ev.employer == 0 && !ev.beforePerson && ev.team == 0 && ev.placeCtx == 0 {
		e.Type, e.Class = extract.Miscellaneous, ""
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/discipline-name", Words: words[len(words)-1]})
		return true
	}
	// "beat The Green Lamp": a title, when nothing says body and the
	// gazetteer holds no body of the name.
	if ev.theTitle && e.Class == "" && v.orgW == 0 && !ev.orgHead && !ev.group && ev.speaker == 0 && ev.employer == 0 && ev.team == 0 &&
		!ev.partBefore && !ev.ownsPart && !ev.beforePerson && !ev.bodyBefore && !ev.credit && !t.bodyWord(strings.Fields(e.Name)) && !t.paperName(e.Name) &&
		!knownBody(t.g, e.Name) {
		e.Type = extract.Miscellaneous
		e.Evidence = append(e.Evidence, ev.because(workVote)...)
		return true
	}
	return false
}

// organizationAsPlace makes a name typed a body a place when the votes
// and the frames say place more than body.
func (t *Typer) organizationAsPlace(e *extract.Entity, ev *evidence, v tally) {
	switch {
	case natural(v.placeClass) && v.placeW >= wName && v.placeW > v.orgW:
		e.Type = extract.Location
	case v.placeW >= wDescrPair && v.placeW > v.orgW:
		e.Type = extract.Location
	case v.orgW == 0 && t.knownPlace(e.Name) && ev.placeCtx > ev.speaker && !ev.plays():
		// A known place in a place frame, more often than it speaks
		// ("connection to X" once, "X said" twice: the company X), and
		// than a side's words read it ("Harlow have won", "the Harlow
		// manager": a club).
		e.Type = extract.Location
	case v.placeW >= minVotes && v.orgW == 0 && ev.placeCtx > 0 && !ev.plays():
		e.Type = extract.Location
	case t.townNotClub(e, ev, v):
		e.Type = extract.Location
		e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/town-not-club", Words: e.Name})
	case v.placeW >= minVotes && v.orgW == 0 && venue(v.placeClass) && ev.namedAs(v.placeClass) && ev.speaker == 0 && ev.employer == 0 && ev.team == 0 &&
		!ev.group && !ev.orgHead && !ev.bodyBefore && !ev.partBefore && !ev.ownsPart && !ev.beforePerson && !ev.credit && !ev.work:
		// "the X Theatre", "X Airport", "X Stadium": a name headed by
		// a word for a venue, an airport, a museum or a place of
		// worship, that nothing reads as a body, is the place.
		e.Type = extract.Location
	}
}

// townNotClub reports whether a name typed a body is a town's: the
// gazetteer lists it as a country's, a region's, a big city's or a
// place's, and as no person's, though as a body's too (a club or a
// school named after its town), place frames place it more often than
// it speaks ("our stay in Velden", "we flew to Velden"), the page is no
// sports page, no mention stands before a noun ("the Velden boss") and
// nothing else reads a body or a side (the town-not-club rule).
func (t *Typer) townNotClub(e *extract.Entity, ev *evidence, v tally) bool {
	if v.orgW > 0 || ev.placeCtx <= ev.speaker || ev.sportsPage || ev.team > 0 || ev.modName > 0 || ev.bodyRead() || t.bodyWord(strings.Fields(e.Name)) || t.g == nil {
		return false
	}
	c := t.g.Match(gazetteer.Tokens(e.Name)...)
	return c&(gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatBigCity|gazetteer.CatLoc) != 0 && c&gazetteer.CatPerson == 0
}

// paperName reports whether a word of name is a word for a newspaper
// ("Courier", "Monitor"): "The Harlow Courier" is the paper's name.
func (t *Typer) paperName(name string) bool {
	for _, w := range strings.Fields(name) {
		if tokenize.StartsUpper(w) && t.lex.Is(strings.ToLower(w), lexicon.PaperWord) {
			return true
		}
	}
	return false
}

// venueHead returns the class of place the last of two words or more of
// name says when it is a venue's (see venue), capitalised, and the
// gazetteer knows neither it as a word of people's names nor the whole
// as a person's; "" otherwise.
func (t *Typer) venueHead(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || t.g == nil {
		return ""
	}
	last := words[len(words)-1]
	c, ok := placeClass(t.lex, last, true)
	if !ok || !venue(c) || !tokenize.StartsUpper(last) || strings.ToUpper(last) == last || t.g.GivenName(last) ||
		t.g.Match(gazetteer.Tokens(last)...)&(gazetteer.CatFirst|gazetteer.CatLast|gazetteer.CatPerson) != 0 ||
		t.g.Match(gazetteer.Tokens(name)...)&gazetteer.CatPerson != 0 {
		return ""
	}
	return c
}

// venue reports whether class is a kind of building a body runs that
// news names as a place: a venue, a stadium, an airport, a museum or a
// place of worship (not a hotel or a hospital, whose names are often
// their companies').
func venue(class string) bool {
	switch class {
	case ClassEventVenue, ClassStadium, ClassAirport, ClassMuseum, ClassPlaceOfWorship:
		return true
	}
	return false
}

// featureWord reports whether word, capitalised, is a noun for a natural
// feature (WordNet's class: Island, Cape, Peninsula) and no word for a
// body, an office or a title.
func (t *Typer) featureWord(word string) bool {
	if !tokenize.StartsUpper(word) || strings.ToUpper(word) == word {
		return false
	}
	l := t.lex.Lemma(word, "NN")
	c := t.lex.Classes(l)
	return c.Has(lexicon.NaturalFeature) && !c.Has(lexicon.Office) && !c.Has(lexicon.Nobility) && orgClass(t.lex, word) == ""
}

// bodyWord reports whether a capitalised word of a name is a word for an
// organisation or a part of one ("the Ostmark Association for Science",
// "Institute of Norland Humanities").
func (t *Typer) bodyWord(words []string) bool {
	for _, w := range words {
		if !tokenize.StartsUpper(w) {
			continue
		}
		l := t.lex.Lemma(w, "NN")
		if t.lex.Is(l, lexicon.Organization) || t.lex.Is(l, lexicon.OrgPart) || t.lex.Is(l, lexicon.OrgGeneric) || orgClass(t.lex, w) != "" {
			return true
		}
	}
	return false
}

// fineClass sets the finer class of a body or a place from the votes.
func (t *Typer) fineClass(e *extract.Entity, ev *evidence, v tally) {
	switch e.Type {
	case extract.Organization:
		switch {
		case ev.plays() && ev.contextWeight(isOrgClass) < minVotes && v.orgW <= ev.nameVotes[v.orgClass]:
			// "Harlow Tech beat Pellam 70-61": a side in results,
			// whatever body's word its name holds, when nothing
			// around it says that body.
			e.Class = ClassSportsTeam
		case v.orgW >= minVotes:
			e.Class = v.orgClass
		case ev.plays():
			// "Harlow beat Pellam 2-1": a side in a result.
			e.Class = ClassSportsTeam
		}
	case extract.Location:
		if ev.featureName && v.placeClass == ClassPlace && !t.isCountry(e) {
			e.Class = ClassPlace
			return
		}
		// "the London hotel": a town's name before a word for a venue
		// says where the venue is; only an unknown name is the venue's.
		if v.placeW-ev.venueW < minVotes && ev.venueW > 0 && t.isPlaceName(e.Name) {
			v.placeClass, v.placeW = "", 0
		}
		// "Harlow Falls", "Pellam Bay": a word for a natural feature
		// ending a name the gazetteer lists as a town is the town's
		// name, when only the name's words said water or mountain.
		if natural(v.placeClass) && v.placeW <= ev.nameVotes[v.placeClass] && t.g != nil {
			if ps := t.g.Places(e.Name); len(ps) > 0 && ps[0].Class == "P" {
				v.placeClass, v.placeW = "", 0
			}
		}
		t.place(e, v.placeClass, v.placeW)
	}
}

// nation reports whether e is a country, or a part of a kingdom that
// the gazetteer holds a country item for ("England"), which plays as one.
func (t *Typer) nation(e *extract.Entity) bool {
	if t.isCountry(e) {
		return true
	}
	if t.g == nil {
		return false
	}
	_, ok := t.g.CountryItem(e.Name)
	return ok
}

// resultsPage reads a page on which a country plays: one whose result
// frames outnumber its place frames ("Norland beat Ostmark 2-1"). There
// the other countries named with no frame of a place (a preposition, a
// dateline, a place they are in) are sides too ("Norland dominate
// Ostmark", "Ostmark's coach"): a results page seldom names a country for
// itself; and so is a country that results name as often as place frames
// place it ("Ostmark beat Pellam 2-0", "the finals in Ostmark"): one name
// is one thing on a page.
func (t *Typer) resultsPage(res *extract.Result, evs []evidence) {
	nation := func(i int) bool { return t.nation(&res.Entities[i]) }
	// A country whose side only a player's frame reads ("played for
	// Norland") does not make the page one of results.
	plays := func(i int) bool {
		ev := &evs[i]
		return res.Entities[i].Type == extract.Location && ev.plays() && ev.team-ev.lone > ev.placeCtx && nation(i) && !touringOnly(ev)
	}
	if !anyIndex(len(evs), plays) {
		return
	}
	for i := range res.Entities {
		ev := &evs[i]
		if res.Entities[i].Type != extract.Location || ev.within || ev.credit || !nation(i) || t.onlyAdjectives(res, i) {
			continue
		}
		if slices.ContainsFunc(ev.reasons, func(r reason) bool { return r.method == "dateline" }) {
			continue
		}
		switch {
		case ev.team > 0 && ev.team == ev.placeCtx:
			ev.team++
			ev.reasons = append(ev.reasons, reason{"team", "results-page", "a side as often as a place"})
		case ev.team == 0 && ev.placeCtx == 0:
			ev.team++
			ev.reasons = append(ev.reasons, reason{"team", "results-page", "a country plays"})
		}
	}
}

// touringOnly reports whether the only reading of a side in ev is a
// tour's ("the Norland tour of Ostmark"), which names no results.
func touringOnly(ev *evidence) bool {
	return !slices.ContainsFunc(ev.reasons, func(r reason) bool { return r.class == "team" && r.method != "tour-of" })
}

// anyIndex reports whether f holds for one of 0 ... n-1.
func anyIndex(n int, f func(int) bool) bool {
	for i := 0; i < n; i++ {
		if f(i) {
			return true
		}
	}
	return false
}

// isCountry reports whether the gazetteer names a country e's name or e's
// class says it is one.
func (t *Typer) isCountry(e *extract.Entity) bool {
	if e.Class == ClassCountry {
		return true
	}
	if t.g == nil {
		return false
	}
	_, ok := countryByName(t.g, e.Name)
	return ok
}

// personByTitle makes a body or a place a person when an honorific
// stands right before one of its mentions or begins its name ("Mr X",
// "Mr Halvard") and no descriptor, name ending or dateline says otherwise.
func (t *Typer) personByTitle(e *extract.Entity, ev *evidence, placeW, orgW float64) bool {
	if ev.credit || ev.within {
		return false
	}
	method := t.personTitleMethod(e, ev, placeW, orgW)
	if method == "" {
		method = t.personContextMethod(e, ev, placeW, orgW)
	}
	if method == "" {
		return false
	}
	e.Type, e.Class = extract.Person, ""
	e.Evidence = append(e.Evidence, extract.Evidence{Method: method})
	return true
}

// illnessFramed reports whether a name read as a place's, a body's or a
// person's (no given name opening it, no life's event, not in a list of
// people) is an illness's: "were positive for X" (evidence
// illnessFrame), with no honorific or title before it, no verb of
// saying, body's frame, place frame or result (the illness-frame rule).
func (t *Typer) illnessFramed(e *extract.Entity, ev *evidence) bool {
	if ev.illnessFrame == 0 || ev.personWord || ev.titleFirst || ev.speaker > 0 || ev.bodyRead() || ev.placeCtx > 0 || ev.team > 0 || ev.within {
		return false
	}
	switch e.Type {
	case extract.Location, extract.Organization:
		return true
	case extract.Person:
		return !t.givenFirst(e.Name) && ev.lives == 0 && !ev.peopleList
	}
	return false
}

// citedAuthor reports whether the name is cited as an author's in a
// reference ("(X 2003, 41)": evidence.cited) with nothing placing it or
// reading a body, a side or a work, no body's word in it and no body the
// gazetteer lists of it (the author-cite rule).
func (t *Typer) citedAuthor(e *extract.Entity, ev *evidence, placeW, orgW float64) bool {
	return ev.cited > 0 && placeW == 0 && orgW == 0 && ev.placeCtx == 0 && !ev.within && !ev.plays() && !ev.bodyRead() && !ev.work &&
		!t.isCountry(e) && !t.bodyWord(strings.Fields(e.Name)) && !knownBody(t.g, e.Name)
}

// personTitleMethod returns the method by which a title or an honorific
// says entity e is a person (personByTitle), or "".
func (t *Typer) personTitleMethod(e *extract.Entity, ev *evidence, placeW, orgW float64) string {
	switch {
	case ev.personWord && placeW < wDescrPair && orgW < wName:
	case ev.titleFirst && !ev.orgHead && placeW == 0 && orgW == 0 && !t.knownPlace(e.Name) && t.nameWord(afterFirst(e.Name)):
		// "Emperor X": a title and a name's word, with nothing saying
		// body or place ("King Street", "Prince Edward Island", "the
		// Knight Commission" are).
	case ev.officeBefore && placeW == 0 && orgW == 0 && !t.knownPlace(e.Name) && t.nameWord(e.Name):
		// "former coach X": the holder of an office, with nothing
		// saying X is a body or a place, and a word of X that is a
		// name's ("the official No Campaign" is not).
	case t.roleHolder(e, ev, placeW, orgW):
		return "typing/role-before"
	case ev.officeAfter && placeW == 0 && orgW == 0 && !t.knownPlace(e.Name) && t.nameWord(e.Name) && !t.bodyWord(strings.Fields(e.Name)) && !knownBody(t.g, e.Name):
		// "X, spokesman for Acme": the holder of a person's office
		// at a body, with nothing saying X is a body or a place.
		return "typing/office-appositive"
	default:
		return ""
	}
	return "typing/person-title"
}

// roleHolder reports whether a name the tagger read as a body's stands
// after a player's or a musician's noun (evidence.roleBefore: "rookie
// quarterback X", "guitarist X") with nothing reading it as a body, a
// side, a work or a place: no vote, no body's frame, no result, no
// body's word in it, and no body or place the gazetteer lists under it
// (the role-before rule).
func (t *Typer) roleHolder(e *extract.Entity, ev *evidence, placeW, orgW float64) bool {
	return ev.roleBefore && e.Type == extract.Organization && placeW == 0 && orgW == 0 && ev.team == 0 && ev.placeCtx == 0 && !ev.bodyRead() &&
		!ev.work && !t.bodyWord(strings.Fields(e.Name)) && !knownBody(t.g, e.Name) && !t.knownPlace(e.Name)
}

// personContextMethod returns the method by which the words around
// entity e's mentions say it is a person, with nothing saying body or
// place (personByTitle), or "".
func (t *Typer) personContextMethod(e *extract.Entity, ev *evidence, placeW, orgW float64) string {
	unread := placeW == 0 && orgW == 0
	switch {
	case ev.peopleBeside >= 2 && unread && !t.knownPlace(e.Name) && len(strings.Fields(e.Name)) == 2 && t.givenOrPlayer(e.Name, ev):
		// "among them Ann Lee, Bo Ek and X Y": a given name and another
		// word among people's names.
		return "typing/person-list"
	case t.listPlayer(e, ev, placeW, orgW):
		// "behind X, Ann Lee and Bo Ek": a player known by one name.
		return "typing/person-list"
	case ev.voiced && placeW == 0 && orgW < wDescrPair && !t.knownPlace(e.Name) && !t.isCountry(e):
		// "the hero, voiced by X": who lends a part a voice or a
		// likeness is a person.
		return "typing/voice-credit"
	case t.citedAuthor(e, ev, placeW, orgW):
		return "typing/author-cite"
	case !unread || ev.team > 0 || ev.bodyRead() || ev.work || ev.its > 0:
		return ""
	case ev.his > 0 && !t.isCountry(e) && !t.bodyWord(strings.Fields(e.Name)):
		// "X made his 31st save": "his" takes up its subject, a
		// person, with nothing saying body, side or place.
		return "typing/his-subject"
	case ev.sportsPage && e.Type == extract.Organization && e.Class == "" && t.unknownGivenFirst(e.Name) && t.unknownWord(lastWord(e.Name)):
		// "against Jorvi Tarvikson in the first round" on a sports page:
		// two words no list knows, where a club's name holds a town's
		// or a word of a side's (unknown-pair).
		return "typing/unknown-pair"
	}
	return ""
}

// givenOrPlayer reports whether name opens with a given name the
// gazetteer knows, or on a sports page with a word no list knows, as
// a player's may ("a move involving Jorvi Tarvik, Ann Lee and Ek":
// player-list), or with a surname news writes capitalised and ends with
// a word it does not write in lower case more often ("Ann Lee, Bo Ek or
// Tucker Tarvane": a surname as a given name; not "Harlow Town":
// surname-pair-list).
func (t *Typer) givenOrPlayer(name string, ev *evidence) bool {
	return t.givenFirst(name) || ev.sportsPage && t.unknownGivenFirst(name) || t.properPair(name)
}

// properPair reports whether name is two capitalised words, the first
// a surname the gazetteer knows that news writes capitalised
// (properWord), the last one news does not write in lower case
// commonRatio times as often as capitalised.
func (t *Typer) properPair(name string) bool {
	f := strings.Fields(name)
	if len(f) != 2 || t.g == nil || t.g.Match(gazetteer.Tokens(f[0])...)&gazetteer.CatLast == 0 || !t.properWord(f[0]) ||
		!tokenize.StartsUpper(f[1]) || strings.ToUpper(f[1]) == f[1] {
		return false
	}
	lo, hi, ok := t.g.Casing(f[1])
	return !ok || lo < commonRatio*hi
}

// wordEvidence reads what the words of e's name and aliases say: a title
// or an honorific first ("Mr Halvard", "Emperor Halvard"), a holiday's
// or a language's name, and the head word last (an award, a law, a body).
func (t *Typer) wordEvidence(e *extract.Entity, ev *evidence) {
	ev.title = titleName(t.lex, e.Name)
	ev.initials, ev.initialsTech = t.initialsThing(e)
	if words := strings.Fields(e.Name); len(words) >= 2 && tokenize.StartsUpper(words[1]) && honorificCase(words[0]) {
		switch c := t.lex.Classes(strings.ToLower(words[0])); {
		case c.Has(lexicon.Honorific):
			ev.personWord = true // "Mr Halvard"
		case c.Has(lexicon.Office) || c.Has(lexicon.Nobility):
			ev.titleFirst = true // "Emperor Halvard"
		}
	}
	// "Gen. Ann Lee", "SEN. BO EK": a title abbreviated with a
	// period before a name, in any case, is as good as an honorific.
	if words := strings.Fields(e.Name); len(words) >= 2 && tokenize.StartsUpper(words[1]) && strings.HasSuffix(words[0], ".") &&
		t.lex.Is(strings.ToLower(words[0]), lexicon.TitleAbbreviation) {
		ev.personWord = true
	}
	// Resolution keeps "Ms Halvard" as an alias of "Halvard".
	for _, a := range e.Aliases {
		if words := strings.Fields(a); len(words) == 2 && tokenize.StartsUpper(words[1]) && isHonorific(t.lex, words[0]) {
			ev.personWord = true
		}
	}
	// A language's name the tagger read as a place's ("speaks
	// Latin"); read as a body's it is as often a club's ("Celtic").
	if n := strings.ToLower(e.Name); t.lex.Is(n, lexicon.Holiday) ||
		t.lex.Is(n, lexicon.Language) && e.Type == extract.Location && t.onlyLanguage(e.Name) {
		ev.dayOrTongue = true
	}
	if t.numberedPart(e.Name) {
		ev.law = true
	}
	// "the Charter": a law's word alone, capitalised for the one law
	// it names: a word news mostly writes in lower case (not "Fiat"), and
	// not one as often a meeting's or a body's ("the Convention").
	if w := e.Name; !strings.ContainsAny(w, " ") && tokenize.StartsUpper(w) && strings.ToUpper(w) != w && t.g != nil && t.commonWord(w) {
		l := t.lex.Lemma(w, "NN")
		ev.law = t.lex.Is(l, lexicon.Law) && !t.lex.Is(l, lexicon.EventMeeting) && !t.lex.Is(l, lexicon.Organization)
	}
	ev.prizeWord = t.prizeWord(e.Name)
	if words := strings.Fields(e.Name); len(words) >= 2 && tokenize.StartsUpper(words[len(words)-1]) {
		last := t.lex.Lemma(words[len(words)-1], "NNS")
		ev.award = t.lex.Is(last, lexicon.Award)
		ev.law = ev.law || t.lex.Is(last, lexicon.Law)
		ev.techName = t.techName(last, e.Name)
		ev.orgHead = t.bodyHeadWord(last) || t.complementedHead(words)
		ev.meetingHead = t.meetingHeadName(e, words, last)
		ev.meetingBody = t.lex.Is(last, lexicon.Organization)
		if t.lex.Is(last, lexicon.EventMeeting) {
			for _, w := range words[:len(words)-1] {
				if tokenize.StartsUpper(w) && t.lex.Is(t.lex.Lemma(strings.ToLower(w), "NN"), lexicon.Organization) {
					ev.meetingOf = true
				}
			}
		}
	}
}

// meetingHeadName reports whether e's name, of two words or more whose
// last word's lemma is last, is headed by a noun WordNet has for a
// meeting or a show where goods are shown (the lexicon's EventMeeting and
// EventShow: "the Tarvik Widgets Conference", "Vellworld Expo", "the
// Norland Power Summit"): an event, as the tagger read it a body's, a
// thing's of no class or a place's the gazetteer does not know. Not a
// show's name the tagger read as a thing's (a programme's: "the Ann Lee
// Show"), not one with "of", "for" or "on" in it ("the Conference on
// Tarvik Trade" is as often a standing body), nor one the gazetteer lists
// as a body's.
func (t *Typer) meetingHeadName(e *extract.Entity, words []string, last string) bool {
	meeting := t.lex.Is(last, lexicon.EventMeeting)
	if !meeting && !t.lex.Is(last, lexicon.EventShow) {
		return false
	}
	switch e.Type {
	case extract.Organization:
	case extract.Miscellaneous:
		if e.Class != "" || t.lex.Is(last, lexicon.TradeWork) {
			return false
		}
	case extract.Location:
		if t.knownPlace(e.Name) {
			return false
		}
	default:
		return false
	}
	for _, w := range words {
		if w == "of" || w == "for" || w == "on" {
			return false
		}
	}
	return !knownBody(t.g, e.Name)
}

// makerGoods reports whether entity e's name, of two words or more,
// ends in a capitalised noun for a gadget or a program
// (resolve.GoodsWord) after the whole name of another entity the tagger
// read as a body's ("Acme Browser" beside "Acme"): the maker's goods.
func (t *Typer) makerGoods(res *extract.Result, e int) bool {
	words := strings.Fields(res.Entities[e].Name)
	if len(words) < 2 || !tokenize.StartsUpper(words[len(words)-1]) || !resolve.GoodsWord(t.lex, words[len(words)-1]) {
		return false
	}
	maker := strings.Join(words[:len(words)-1], " ")
	for o := range res.Entities {
		if o != e && res.Entities[o].Type == extract.Organization && res.Entities[o].Name == maker {
			return true
		}
	}
	return false
}

// goodsThing reports whether the evidence makes e, a name a noun for a
// gadget ends after its maker's name (goodsHead), the maker's goods: a
// thing, when it is not one already and nothing says person or speaks.
func (ev *evidence) goodsThing(e *extract.Entity) bool {
	return ev.goodsHead && e.Type != extract.Miscellaneous && e.Type != extract.EventType && !ev.personWord && !ev.title && ev.speaker == 0
}

// meetingEvent reports whether the evidence makes a name headed by a
// noun for a meeting or a show (meetingHead) an event's: not on a sports
// page, nor (a noun for a body too: "Conference", a league's) on a page
// with a sport's words, and nothing reading it as a person's, a work's or
// a body's (a verb of saying, a body's frame, word or descriptor).
func (ev *evidence) meetingEvent() bool {
	if !ev.meetingHead || ev.sportsPage || ev.sportWords && ev.meetingBody {
		return false
	}
	return ev.speaker == 0 && ev.personCtx == 0 && !ev.personWord && !ev.titleFirst && !ev.work && !ev.bodyRead() && ev.contextWeight(isOrgClass) < wDescrPair
}

// meetingBodies unsets the meetingHead evidence of a name that a
// mention reads as a body's, and sets its bodyFramed: an office or a
// membership of it ("the head of the Vell Widgets Forum", "a member of
// the X Conference") or a joining of it ("will join the Eastern
// Conference"). One holds an office of a body and joins a body, not a
// meeting. One mention so framed says it for the entity: the others are
// not read.
func (t *Typer) meetingBodies(res *extract.Result, evs []evidence) {
	for mi, m := range res.Mentions {
		if m.Entity < 0 || m.Entity >= len(evs) || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || evs[m.Entity].bodyFramed {
			continue
		}
		if newWindow(res, t.lex, t.g, mi).bodyFrame() {
			evs[m.Entity].meetingHead = false
			evs[m.Entity].bodyFramed = true
		}
	}
}

// bodyFrame reports whether the window's mention, perhaps after "the",
// follows a form of "join", or "of" after a noun for an office or a
// membership.
func (w *window) bodyFrame() bool {
	k := w.lo - 1
	if k >= 0 && w.low[k] == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	if strings.HasPrefix(w.tag(k), "VB") && w.lem[k] == "join" {
		return true
	}
	return k > 0 && w.low[k] == "of" && (w.lex.Is(w.lem[k-1], lexicon.Office) || w.lex.Is(w.lem[k-1], lexicon.Membership))
}

// faithBodyName makes a place's name a body's when its words name a
// faith's body (faithBody) and no town after it nor a person's title
// places it; it reports whether it did.
func (t *Typer) faithBodyName(e *extract.Entity, ev *evidence) bool {
	if !t.faithBody(e.Name) || ev.within || ev.personCtx > 0 {
		return false
	}
	e.Type, e.Class = extract.Organization, ""
	e.Evidence = append(e.Evidence, extract.Evidence{Method: "typing/faith-body", Words: e.Name})
	return true
}

// faithBody reports whether name is a faith's body by its words: a word
// WordNet has for a body and for a building alike ("Church") after a
// faith's adjective alone ("the Methodist Church"), or before "of" and a
// place the gazetteer knows ("the Church of Norland"). A building's name
// says where it stands or whom it is for ("Harlow Methodist Church", "the
// Church of St Ann").
func (t *Typer) faithBody(name string) bool {
	words := strings.Fields(name)
	both := func(w string) bool {
		l := t.lex.Lemma(strings.ToLower(w), "NN")
		return tokenize.StartsUpper(w) && t.lex.Is(l, lexicon.Organization) && t.lex.Is(l, lexicon.Facility)
	}
	switch {
	case len(words) == 2:
		return tokenize.StartsUpper(words[0]) && t.lex.Is(strings.ToLower(words[0]), lexicon.Believer) && both(words[1])
	case len(words) >= 3 && words[1] == "of":
		return both(words[0]) && t.knownPlace(strings.Join(words[2:], " "))
	}
	return false
}

// bodyHeadWord reports whether lemma is a word for an organisation that
// heads a name ("Foundation", "League"), and no event's or incident's.
func (t *Typer) bodyHeadWord(lemma string) bool {
	return t.lex.Is(lemma, lexicon.Organization) && !t.lex.Is(lemma, lexicon.EventName) && !incidentWord(t.lex, lemma)
}

// techName reports whether name, whose last word's lemma is last, is a
// technology's, a standard's, a protocol's or a format's: last is of the
// lexicon's Technology class, not "technology", a firm's word as often
// ("Acme Technology"), nor a newspaper's or a body's ("the Harlow
// Standard"), and the gazetteer holds no body of the name.
func (t *Typer) techName(last, name string) bool {
	return t.lex.Is(last, lexicon.Technology) && last != "technology" && !t.lex.Is(last, lexicon.PaperWord) && !t.bodyHeadWord(last) &&
		!knownBody(t.g, name)
}

// complementedHead reports whether a word for an organisation heads the
// name before its complement: before the first "of" or "for" ("the
// Harlow Foundation for Democracy"), or before a game's name that ends
// it ("Major League Hockey": the league of the game).
func (t *Typer) complementedHead(words []string) bool {
	for i := 1; i < len(words); i++ {
		if x := words[i]; x == "of" || x == "for" {
			return tokenize.StartsUpper(words[i-1]) && t.bodyHeadWord(t.lex.Lemma(strings.ToLower(words[i-1]), "NN"))
		}
	}
	n := len(words)
	return n >= 2 && tokenize.StartsUpper(words[n-2]) && t.lex.Is(strings.ToLower(words[n-1]), lexicon.SportGame) && t.bodyHeadWord(t.lex.Lemma(strings.ToLower(words[n-2]), "NN"))
}

// naturalCompound reports whether a word WordNet lacks is a closed
// compound headed by a word of the natural-kind class of five letters or
// more ("hantavirus", "parvovirus"), after three letters or more.
func (t *Typer) naturalCompound(w string) bool {
	if t.lex.Known(w, lexicon.Noun) {
		return false
	}
	for i := 3; i+5 <= len(w); i++ {
		if t.lex.Is(w[i:], lexicon.NaturalKind) {
			return true
		}
	}
	return false
}

// numbered reports whether w is a number in digits ("11", "5A") or in
// capital Roman numerals ("IX").
func numbered(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return strings.TrimLeft(w, "0123456789") == "" || len(strings.TrimLeft(w, "0123456789")) == 1
	}
	return strings.Trim(w, "IVXLC") == ""
}

// placeWithin reports whether mention mi is followed by ", Y" (and then
// punctuation or the end of the sentence), where Y is a mention of a country
// or region and the gazetteer lists a populated place named like mi in that
// country (in any country, for a region). startAt maps a text offset to
// the first mention that starts there.
// theBeforeName reports whether the mention at text[start:end] follows a
// lower-case "the" and ends its noun phrase: a stop, or "and" or "or",
// follows it (not a modifier: "the Harlow plant", "the Harlow Games").
func theBeforeName(text string, start, end int) bool {
	before := strings.TrimRightFunc(text[:start], unicode.IsSpace)
	if !strings.HasSuffix(before, "the") {
		return false
	}
	if b := before[:len(before)-3]; b != "" && !unicode.IsSpace(rune(b[len(b)-1])) {
		return false
	}
	after := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	if r := firstRune(after); r == '-' || r == ',' {
		return false // "the Harlow-based firm", "the Harlow, Norland, firm"
	} else if !unicode.IsLetter(r) {
		return true
	}
	w, _, _ := strings.Cut(after, " ")
	return w == "and" || w == "or"
}

// theBeforeClause reports whether a lower-case "the" stands right before
// mention m and a verb, a preposition (not "to") or an adverb in lower
// case right after it ("the X removed it", "at the X on Monday"): the
// name ends its noun phrase there as at a stop (theBeforeName).
func theBeforeClause(text string, s *extract.Sentence, m extract.Mention) bool {
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 1 || hi >= len(s.Tokens) || hi >= len(s.POS) || s.Tokens[lo-1].Text != "the" || !tokenize.StartsLower(s.Tokens[hi].Text) {
		return false
	}
	switch t := s.POS[hi]; {
	case strings.HasPrefix(t, "VB"), t == "IN", t == "MD", strings.HasPrefix(t, "RB"):
		// Not "to": "the X to Y race" is a route's.
		return true
	}
	return false
}

// modifierOnly reports whether mention m stands before a lower-case noun
// with no "the" before it ("X success", "an X performance").
func modifierOnly(s *extract.Sentence, m extract.Mention) bool {
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi >= len(s.Tokens) || hi >= len(s.POS) || !strings.HasPrefix(s.POS[hi], "NN") || !tokenize.StartsLower(s.Tokens[hi].Text) {
		return false
	}
	return lo < 1 || !strings.EqualFold(s.Tokens[lo-1].Text, "the")
}

// divisionAfterTown reports whether mention y, after town mention mi and
// a comma ("Harlow, Tarvikshire"), is a region the gazetteer lists and no
// country, and the two are no part of a list of places: no comma or
// "and" before the town, and no place's name after y and a comma
// ("Harlow, Vell, Pellam and Ostby").
func (t *Typer) divisionAfterTown(res *extract.Result, mi, y int, startAt map[int]int) bool {
	text, m, ym := res.Doc.Text, res.Mentions[mi], res.Mentions[y]
	if _, ok := countryByName(t.g, ym.Text); ok || t.g.Match(gazetteer.Tokens(ym.Text)...)&gazetteer.CatRegion == 0 {
		return false
	}
	if _, ok := t.g.CountryItem(ym.Text); ok {
		return false
	}
	before := strings.TrimRightFunc(text[:m.Start], unicode.IsSpace)
	if strings.HasSuffix(before, ",") || strings.HasSuffix(before, " and") {
		return false
	}
	if z, ok := startAt[nextStart(text, ym.End)]; ok && res.Mentions[z].Sentence == ym.Sentence {
		return false
	}
	return true
}

func (t *Typer) placeWithin(res *extract.Result, mi int, startAt map[int]int) bool {
	if t.g == nil {
		return false
	}
	m := res.Mentions[mi]
	text := res.Doc.Text
	i := m.End
	if i >= len(text) || text[i] != ',' {
		return false
	}
	// Y is the mention after the comma and any white space.
	next := len(text) - len(strings.TrimLeftFunc(text[i+1:], unicode.IsSpace))
	k, ok := startAt[next]
	if !ok || res.Mentions[k].Sentence != m.Sentence {
		return false
	}
	y := &res.Mentions[k]
	if rest := strings.TrimLeft(text[y.End:], " "); rest != "" && !strings.ContainsRune(",.;:)—–-\n\"”", firstRune(rest)) {
		return false
	}
	places := t.g.Places(m.Text)
	if len(places) == 0 {
		return false
	}
	if co, ok := countryByName(t.g, y.Text); ok {
		for _, p := range places {
			if p.Country == co.Code {
				return true
			}
		}
		return false
	}
	return t.g.Match(gazetteer.Tokens(y.Text)...)&gazetteer.CatRegion != 0
}

// isPlaceName reports whether the gazetteer lists name as a place of any
// kind, a populated place included.
func (t *Typer) isPlaceName(name string) bool {
	if t.g == nil {
		return false
	}
	return len(t.g.Places(name)) > 0 || t.g.Match(gazetteer.Tokens(name)...)&(gazetteer.CatCountry|gazetteer.CatRegion|gazetteer.CatCity|gazetteer.CatLoc|gazetteer.CatArea) != 0
}

// compassPlace reports whether name is a compass point and a place's
// name ("North Harlow").
func (t *Typer) compassPlace(name string) bool {
	rest := withoutCompass(name)
	return rest != "" && t.isPlaceName(rest)
}

// knownPlace reports whether the gazetteer lists name as a place and not
// as an organisation or a person.
func (t *Typer) knownPlace(name string) bool { return (&window{g: t.g}).knownPlace(name) }

// place sets the class of a location.
func (t *Typer) place(e *extract.Entity, class string, w float64) {
	if t.g != nil {
		if co, ok := countryByName(t.g, e.Name); ok || e.Class == ClassCountry {
			if !ok {
				co, _ = t.g.Country(e.Name)
			}
			e.Class = ClassCountry
			e.Evidence = append(e.Evidence, extract.Evidence{Method: "gazetteer/country", Words: e.Name})
			if co.QID != "" {
				e.SameAs = appendOnce(e.SameAs, wikidataEntity+co.QID)
			}
			if id, ok := CountryGeoNamesID(co.Code); ok {
				e.SameAs = appendOnce(e.SameAs, GeoNamesIRI(id))
			}
			if co.Code != "" {
				if e.Attributes == nil {
					e.Attributes = map[string][]string{}
				}
				e.Attributes[ISOCode] = []string{co.Code}
			}
			return
		}
	}
	if w >= minVotes && class != ClassPlace {
		e.Class = class
		// A city the context decided (a dateline's "PARIS —", "the city
		// of ...") is linked as one the gazetteer decided is: Places
		// ignores case.
		if class == ClassCity && t.g != nil {
			if ps := t.g.Places(e.Name); len(ps) > 0 && ps[0].Class == "P" {
				linkCity(e, ps)
			}
		}
		return
	}
	if e.Class != "" && e.Class != ClassPlace {
		return
	}
	// A compass point alone ("the North", "the West") names a part of
	// a country or of the world, not the town or the division of that
	// name the gazetteer also lists: nothing settles which, so it keeps
	// its coarse type (the lone-compass rule).
	if t.g != nil && !compassPoint(e.Name) {
		// A continent or world region ("Asia", "Western Europe") is not
		// the town of the same name that the place list also has; its
		// class is schema.org's Continent, which the news gold gives
		// world regions too (docs/GOLD.md).
		if t.g.Match(gazetteer.Tokens(e.Name)...)&gazetteer.CatArea != 0 {
			e.Class = ClassContinent
			e.Evidence = append(e.Evidence, extract.Evidence{Method: "gazetteer/area", Words: e.Name})
			return
		}
		if ps := t.g.Places(e.Name); len(ps) > 0 && ps[0].Class == "P" {
			// A state or a county that only small towns elsewhere
			// share their name with is the division (a county named
			// without "County" is not the town of a few thousand
			// people that GeoNames lists under the same name); a big
			// city, or a sizeable capital of a province of that name,
			// is the city.
			if t.g.Division(e.Name) && !slices.ContainsFunc(ps, cityOfNote) {
				e.Class = ClassAdminArea
				e.Evidence = append(e.Evidence, extract.Evidence{Method: "gazetteer/division", Words: e.Name})
				return
			}
			e.Class = ClassCity
			e.Evidence = append(e.Evidence, extract.Evidence{Method: "gazetteer/city", Words: e.Name})
			linkCity(e, ps)
			return
		}
		if _, ok := t.g.CountryItem(e.Name); ok {
			// "England", "Scotland": countries, though GeoNames lists
			// them as a kingdom's divisions. The linker decides the item:
			// in sports pages the name is as often the team's.
			e.Class = ClassCountry
			e.Evidence = append(e.Evidence, extract.Evidence{Method: "gazetteer/country", Words: e.Name})
			return
		}
		if c := t.g.Match(gazetteer.Tokens(e.Name)...); c&gazetteer.CatRegion != 0 {
			e.Class = ClassAdminArea
			e.Evidence = append(e.Evidence, extract.Evidence{Method: "gazetteer/region", Words: e.Name})
			return
		}
	}
	if w >= minVotes {
		e.Class = class
	}
}

// cityOfNote reports whether a populated place is a city that a name
// shared with a division more likely means: one of 500,000 people or
// more, or of 100,000 or more that is a country's or a province's
// capital (GeoNames PPLC, PPLA).
func cityOfNote(p gazetteer.Place) bool {
	return p.Population >= 500000 || p.Population >= 100000 && (p.Code == "PPLC" || p.Code == "PPLA")
}

func appendOnce(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// listedSurname reports whether name, one word the gazetteer lists (c)
// as a person's, is listed as a surname and as no given name, and the
// gazetteer holds no populated place by it: a surname alone ("with
// Vornsby, for example"), as a person named by one word is named.
func (t *Typer) listedSurname(name string, c gazetteer.Category) bool {
	return c&gazetteer.CatLast != 0 && c&gazetteer.CatFirst == 0 && !t.g.GivenName(name) && len(t.g.Places(name)) == 0 &&
		tokenize.StartsUpper(name) && strings.ToUpper(name) != name
}
