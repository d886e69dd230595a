package resolve

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// Methods recorded in Mention.Method.
const (
	MethodExact         = "exact"         // same key as the canonical name
	MethodVariant       = "variant"       // same key, different surface form
	MethodAlias         = "alias-table"   // a known alias of the canonical name
	MethodParenthetical = "parenthetical" // "Full Name (ACRONYM)"
	MethodAcronym       = "acronym"       // initials of a longer name in the document
	MethodSurname       = "surname"       // last (or first) name of a full name
	MethodShortName     = "short-name"    // an organisation's name without its generic last words ("Acme" for "Acme Holdings")
	MethodUnmerged      = "unmerged"      // moved out of an entity by a recorded kg unmerge decision
	MethodTitle         = "title"         // a title alone ("the Cardinal") for the one person named with it
	MethodAdjective     = "adjective"     // a proper adjective of the place or faith the document names ("Norlandic" for Norland)
)

// DocumentScope is the word that joins an entity's name key and its
// document's hash in the key of an entity that only its document can
// identify: "smith doc 3fa2b1c0d9e8".
const DocumentScope = "doc"

// Canonicalizer knows names whose canonical form is fixed, such as countries
// ("the U.S." -> "United States"). Package gazetteer provides one.
type Canonicalizer interface {
	// Canonical returns the canonical name, the coarse type and finer class
	// of a known name that the recognizer typed as coarseType, and ok=false
	// for names it does not know.
	Canonical(name, coarseType string) (canonical, canonType, class string, ok bool)
}

// Parties knows the names of political parties, their short forms and
// their members' forms ("Tory", "Lib Dem"). Package typing's Countries is
// one, over the gazetteer.
type Parties interface {
	// PartyName returns the canonical name of the party name stands for.
	PartyName(name string) (string, bool)
}

// Casings knows how news writes a word: how often in lower case and how
// often capitalised inside a sentence. Package typing's Countries is one,
// over the gazetteer.
type Casings interface {
	// Casing returns the two counts; ok is false for a word too rare to
	// tell.
	Casing(word string) (lower, capitalised int, ok bool)
}

// Acronyms knows how often news writes an acronym alone and in the
// plural ("DVD", "DVDs"). Package typing's Countries is one, over the
// gazetteer.
type Acronyms interface {
	// Acronym returns the two counts; ok is false for an acronym news
	// seldom writes in the plural.
	Acronym(word string) (single, plural int, ok bool)
}

// FirstNames knows the words that begin people's names ("Ann", "Bo").
// Package typing's Countries is one, over the gazetteer.
type FirstNames interface {
	// FirstName reports whether word begins the names of people.
	FirstName(word string) bool
}

// Demonyms knows the words for a country's people ("Norlandic",
// "Norlanders"). Package typing's Countries is one, over the gazetteer.
type Demonyms interface {
	// IsDemonym reports whether word is a demonym and not a country's
	// name.
	IsDemonym(word string) bool
}

// Areas knows the names of continents and world regions ("Asia"), which
// a place list may also give towns. Package typing's Countries is one,
// over the gazetteer.
type Areas interface {
	// Area reports whether name is a continent's or a world region's.
	Area(name string) bool
}

// CountryItems knows the places described as countries, the kingdom's
// countries that lists take for its divisions among them ("Norland" of
// a union of Norland and Ostmark). Package typing's Countries is one, over
// the gazetteer.
type CountryItems interface {
	// CountryItem returns the item of the country named name, if any.
	CountryItem(name string) (string, bool)
}

// Lexicon knows established names: a bare acronym it knows ("NATO") may
// name the same node in every document; one it does not ("the PA") is
// keyed to its document, since nothing in the text says which PA it is.
// Package typing's Countries is one, over the gazetteer.
type Lexicon interface {
	// KnownName reports whether name is listed as a name of a thing of
	// the coarse type.
	KnownName(name, coarseType string) bool
}

// Unmerge is a decision, recorded by `kg unmerge`, that the mentions
// written Alias must not join the entity of coarse type Type and key From;
// they make the entity keyed To instead (keys as Entity.Key: see Key).
type Unmerge struct {
	Type, From, Alias, To string
	// Document limits the decision to one document: the hexadecimal
	// SHA-256 of its text (the last segment of its IRI). Empty means
	// every document.
	Document string
}

// Options configures a Resolver. The zero value resolves with the rules of
// this package alone.
type Options struct {
	// Aliases, when set, canonicalises known names before grouping.
	Aliases Canonicalizer
	// Known, when set, lets a bare acronym it knows keep a key shared
	// across documents. Nil means Aliases when it is also a Lexicon.
	Known Lexicon
	// Unmerged are the decisions to respect.
	Unmerged []Unmerge
	// Words gives the word classes (offices, honorifics); nil means
	// lexicon.Default().
	Words *lexicon.Lexicon
}

// Resolver groups mentions into entities. It is safe for concurrent use.
type Resolver struct {
	aliases  Canonicalizer
	known    Lexicon
	unmerged []Unmerge
	words    *lexicon.Lexicon
	err      error
}

// New returns a Resolver; nil opts means the defaults.
func New(opts *Options) *Resolver {
	r := &Resolver{}
	if opts != nil {
		r.aliases, r.known, r.words = opts.Aliases, opts.Known, opts.Words
		r.unmerged = append([]Unmerge(nil), opts.Unmerged...)
	}
	if r.words == nil {
		r.words, r.err = lexicon.Default()
	}
	if r.known == nil {
		if l, ok := r.aliases.(Lexicon); ok {
			r.known = l
		}
	}
	return r
}

type mentionInfo struct {
	key   string
	title string // a person's office written before the name ("cardinal"), lower case
	// address is the form of address that names the person with the
	// surname ("Mrs" of "Mrs Ek"), when splitAddressGenders keeps the
	// mention apart.
	address string
	words   []string // the mention's words, as written
	canon   string   // canonical name from the alias table, if any
	class   string
	method  string
	score   float64
	parent  int // union-find
	// person marks a country's demonym that stands for a person
	// (demonymPersons): it joins no entity.
	person bool
}

// Resolve fills res.Entities and sets Entity, Method and Score of every
// mention. Mentions of literal types (dates, quantities) get no entity. It
// may add mentions for parenthetical acronyms the recognizer missed.
func (r *Resolver) Resolve(res *extract.Result) error {
	if r.err != nil {
		return fmt.Errorf("resolve: %w", r.err)
	}
	r.trimOpeners(res)
	trimWireRevisions(res)
	dropCutTails(res)
	r.splitGluedCodes(res)
	extendBracketExpansions(res)
	r.trimNamePrefixes(res)
	r.trimQuantifiers(res)
	r.trimAgencySources(res)
	r.trimCorrelatives(res)
	r.splitVerbGlue(res)
	r.splitBodyPersons(res)
	joinNicknames(res)
	finalStops(res)
	r.doubledNames(res)
	r.joinPatronymics(res)
	r.joinInitialNames(res)
	r.joinGivenSurnames(res)
	r.addGivenMonths(res)
	joinMiddleInitials(res)
	joinPrepositionTails(res)
	r.extendOrdinalNames(res)
	extendNumeralNicknames(res)
	r.joinDemonymShorts(res)
	r.joinDemonymBodies(res)
	r.joinAcronymPrefixes(res)
	r.joinHyphenCountries(res)
	r.trimModifiers(res)
	trimCounts(res)
	trimOfCounts(res)
	r.trimAcronymPlurals(res)
	r.trimRoleNouns(res)
	r.trimTitleTails(res)
	r.trimOfficeBodies(res)
	r.trimRoyalTitles(res)
	r.trimOfficeOf(res)
	joinHeadlineSplits(res)
	r.headlineVerbs(res)
	r.headlineFunctionWords(res)
	r.headlineTails(res)
	r.headlinePrepositions(res)
	r.headlineCountryHeads(res)
	r.countryHeads(res)
	r.countryCompounds(res)
	r.sectionLabels(res)
	r.headlineLabels(res)
	r.splitAdjectivePairs(res)
	r.trimAdjectiveTails(res)
	adjectives := r.dropNonNames(res)
	r.portfolioNames(res)
	r.titleBodies(res)
	r.labelColons(res)
	r.joinSubtitles(res)
	joinElisions(res)
	r.joinSaintNames(res)
	r.joinParticleNames(res)
	joinSaints(res)
	r.titleTails(res)
	r.splitCoordinated(res)
	r.joinCoordinatedNames(res)
	joinAcronymAnd(res)
	r.titledOwners(res)
	r.splitPossessives(res)
	r.splitCountryRegions(res)
	extendToNames(res)
	r.joinOverNames(res)
	r.splitHyphened(res)
	r.cutLowerOf(res)
	r.kindOfNames(res)
	splitCompounds(res)
	r.trimCompounds(res)
	r.joinInnerWords(res)
	r.joinSlashNames(res)
	r.joinLegalForms(res)
	r.joinTitleWords(res)
	r.joinOfTheTitle(res)
	r.joinNameTheNouns(res)
	r.extendOfTheOpeners(res)
	extendPrepositionOpeners(res)
	joinContractionTitles(res)
	versusNames(res)
	r.joinPossessiveTitles(res)
	r.joinWorkTitleRun(res)
	r.joinWorkTitle(res)
	r.joinTitlePlace(res)
	r.joinTitleList(res)
	r.joinWorkAnd(res)
	r.joinShowAnd(res)
	r.extendKindTitles(res)
	r.joinBareAnd(res)
	r.splitWorkAnd(res)
	splitAndTheTitles(res)
	r.joinWorkList(res)
	r.joinCapitalTitle(res)
	splitInitialBreaks(res)
	extendToWholeNames(res)
	r.extendTails(res)
	r.extendModelNames(res)
	r.extendStormHeads(res)
	r.possessiveTitles(res)
	r.possessiveNames(res)
	r.addParentheticals(res)
	r.trimMemberTails(res)
	r.trimPostNominals(res)
	r.splitPartyNames(res)
	r.extendPartyNames(res)
	r.typeParties(res)
	takeInitials(res)
	r.addParties(res)
	r.addInstitutions(res)
	r.gluedPossessives(res)
	r.extendInnerThe(res)
	r.extendEditionYears(res)
	r.seatLists(res)
	dropDateNames(res)
	r.dropTimeSpanWords(res)
	sort.SliceStable(res.Mentions, func(i, j int) bool { return res.Mentions[i].Start < res.Mentions[j].Start })
	u := r.newUnion(res, adjectives)
	u.sameKey()                          // 1. one entity whatever the surface form
	u.parentheticals(r)                  // 2. "Full Name (ACRONYM)"
	u.acronyms()                         // 3. "NATO" after "North Atlantic Treaty Organization"
	r.personNames(u)                     // 3a. "Ann Pellam" tagged a body beside "Pellam" tagged a person
	u.indexNames()                       // (for 4 and 5)
	u.surnames()                         // 4. "Smith" after "Jane Smith"
	u.initialsLong()                     // 4a. "A de Lee" of a line-up and "Ann de Lee"
	u.compoundSurnames()                 // 4a. "Vell Pellam" after "Ann Vell Pellam"
	u.initials()                         // 4b. "J Smith" of a line-up and "Jane Smith"
	u.shortOrgNames()                    // 5. "Vantor" after "Vantor Group"
	u.companyFirstWords(r.regionName)    // 5a. "Pellam" after "Pellam Tarvik"
	u.placeWordFirms(r.countryName)      // 5a1. "Harlow said" after "Harlow Instruments"
	u.orgAffixes(r.kindWord)             // 5a2. "Pellam Research" after "Pellam Research Centre"
	u.clubTails(r.placeName, r.townName) // 5b. "United" after "Harlow United"
	u.eventTails()                       // 5c. "the Games" after "the Harlow Games"
	u.editionNames()                     // 5c1. "the Harlow Act" after "the Harlow Act 1998"
	u.stormHeads()                       // 5c2. "the Hurricane" after "Hurricane Ann"
	u.stormNames()                       // 5c3. "Ann" after "Hurricane Ann"
	u.orgTails()                         // 5d. "the University" after "Harlow University"
	u.placeTails()                       // 5d1. "the Dome" after "the Tarvik Dome"
	u.compassHalves()                    // 5e. "the South" beside "North Norland" and "South Norland"
	u.suffixNames(r.regionName)          // 5e2. "Pellam" after "Vell Pellam"
	u.headlineNames(r.regionName)        // 5e3. "Vantor" of a headline over "Vantor Tarvik Inc."
	u.subtitles()                        // 5f. "Last Voyage" after "Harbour Lights: Last Voyage"
	r.titlesAlone(u)                     // 6. "the Cardinal" after "Cardinal Ann Lee"
	u.buildEntities()
	r.applyUnmerges(res, u.info)
	r.scopeKeys(res, u.info)
	return nil
}

// union is the state of one Resolve call: the mentions' names and the
// union-find forest that joins them.
type union struct {
	res  *extract.Result
	info []mentionInfo
	// words gives the word classes (prepositions of place).
	words *lexicon.Lexicon
	// byKey is the first mention of each key.
	byKey map[string]int
	// wordKeys holds the keys of each mention's words (made on first
	// use); byLast and byFirst index the names of two words or more by
	// their last and first word, so that steps 4 and 5 look only at
	// names that can match; firstKey is the first word's key of such a
	// name.
	wordKeys        [][]string
	byLast, byFirst map[string][]int
	// byMiddle indexes people's names of three words or more by their
	// capitalised inner words ("Vellor" of "Ana Maria Vellor da Costa").
	byMiddle map[string][]int
	firstKey []string
	// firstNames knows the words that begin people's names, or is nil.
	firstNames FirstNames
}

// newUnion reads each mention's words and key: a courtesy title or an
// office the tagger took into a person's name is not part of it ("Mr
// McConnell" is McConnell, "Mayor X" is X; "Mayor of London" keeps its
// title), and a known alias gives its canonical name (a demonym refers to
// its country). The adjectives dropNonNames kept, by their span, are
// aliases (MethodAdjective).
func (r *Resolver) newUnion(res *extract.Result, adjectives map[[2]int]bool) *union {
	n := len(res.Mentions)
	u := &union{res: res, info: make([]mentionInfo, n), byKey: map[string]int{}, words: r.words}
	u.firstNames, _ = r.aliases.(FirstNames)
	for i := range res.Mentions {
		m := &res.Mentions[i]
		m.Entity = -1
		// "Mr Irish", "Dr Vell": a form of address names a person,
		// whatever the recognizer made of the name.
		honorific := r.saysPerson(res, *m)
		if honorific && isEntityType(m.Type) && m.Type != extract.EventType {
			m.Type = extract.Person
		}
		in := &u.info[i]
		in.parent = i
		in.words = strings.Fields(m.Text)
		in.key = Key(m.Text)
		if m.Type == extract.Person {
			n := len(in.words)
			for len(in.words) > 1 && (r.honorific(in.words[0]) || r.officeTitle(in.words[0]) || r.chiefBefore(in.words)) && !strings.EqualFold(in.words[1], "of") {
				if r.officeTitle(in.words[0]) {
					in.title = strings.ToLower(in.words[0])
				}
				in.words = in.words[1:]
			}
			if in.title == "" {
				in.title = r.titleBefore(res, *m)
			}
			if len(in.words) < n {
				in.key = Key(strings.Join(in.words, " "))
			}
		}
		in.method, in.score = MethodExact, 1
		if !isEntityType(m.Type) || in.key == "" {
			continue
		}
		if adjectives[[2]int{m.Start, m.End}] {
			in.method, in.score = MethodAdjective, 0.9
		}
		// "Mr Irish" is a person whose name is also a demonym, not the
		// country's.
		if r.aliases != nil && !honorific {
			c, t, cls, ok := r.aliases.Canonical(m.Text, m.Type)
			if ok && cls == "Country" {
				if t := r.ownName(res, m); t != "" {
					ok, m.Type = false, t
				}
			}
			if ok {
				in.canon, in.key, in.class = c, Key(c), cls
				if in.key != Key(m.Text) {
					in.method, in.score = MethodAlias, 0.95
				}
				// "the Norlandic won", "Norlanders say": a demonym for
				// people is the country's alias as an adjective is, a
				// nationality and not the place.
				if d, ok := r.aliases.(Demonyms); ok && cls == "Country" && d.IsDemonym(m.Text) && peopleNoun(res, m) {
					in.method, in.score = MethodAdjective, 0.9
				}
				if m.Type == extract.Miscellaneous && t != extract.Miscellaneous {
					m.Type = t
				}
			}
		}
	}
	r.pertainedAdjectives(u)
	r.demonymPersons(u)
	u.splitAddressGenders()
	return u
}

// splitAddressGenders keeps apart people of one surname whom forms of
// address of both genders name: "Mr Ek" and "Mrs Ek" are two people
// (husband and wife, say), and which of them a full name ("Bo Ek")
// names, kg cannot tell, so neither titled surname joins it; the
// surname alone ("Ek") still does. Each gender's mentions take its first
// form of address into their key, so that they make one person of
// their own.
func (u *union) splitAddressGenders() {
	res, info := u.res, u.info
	gender := make([]byte, len(res.Mentions))
	first := map[string][2]int{} // a surname's first mention of each gender, plus one
	for i := range res.Mentions {
		m := res.Mentions[i]
		if m.Type != extract.Person || len(info[i].words) != 1 || info[i].canon != "" {
			continue
		}
		g := AddressGender(u.addressWord(m))
		if g == 0 {
			continue
		}
		gender[i] = g
		f := first[info[i].key]
		if k := genderSlot(g); f[k] == 0 {
			f[k] = i + 1
			first[info[i].key] = f
		}
	}
	for i := range res.Mentions {
		f, ok := first[info[i].key]
		if gender[i] == 0 || !ok || f[0] == 0 || f[1] == 0 {
			continue
		}
		k := genderSlot(gender[i])
		title := u.addressWord(res.Mentions[f[k]-1])
		info[i].key = Key(strings.ToLower(strings.TrimSuffix(title, ".")) + " " + info[i].key)
		info[i].address = title
		// The person's name is the form of address with the surname
		// ("Mrs Ek"): the mention takes in the word before it.
		m := &res.Mentions[i]
		if w := u.addressWord(*m); !strings.HasPrefix(m.Text, w) {
			if at := strings.LastIndex(res.Doc.Text[max(0, m.Start-6):m.Start], w+" "); at >= 0 {
				m.Start = max(0, m.Start-6) + at
				m.Text = res.Doc.Text[m.Start:m.End]
			}
		}
	}
}

// genderSlot is the index of gender g in splitAddressGenders' pairs.
func genderSlot(g byte) int {
	if g == 'f' {
		return 1
	}
	return 0
}

// addressWord returns the form of address that opens mention m or
// stands right before it ("Mr", "Mrs."), or "".
func (u *union) addressWord(m extract.Mention) string {
	if u.words == nil {
		return ""
	}
	before := strings.Fields(u.res.Doc.Text[max(0, m.Start-6):m.Start])
	for _, x := range [][]string{strings.Fields(m.Text), before[max(0, len(before)-1):]} {
		if len(x) > 0 && u.words.Is(strings.ToLower(strings.TrimSuffix(x[0], ".")), lexicon.Honorific) {
			return x[0]
		}
	}
	return ""
}

// AddressGender returns the gender a form of address says, 'm' for "Mr"
// and 'f' for "Mrs", "Ms" and "Miss" (any case, with or without a full
// stop), or 0 for one that says none ("Dr").
func AddressGender(w string) byte {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "mr":
		return 'm'
	case "mrs", "ms", "miss":
		return 'f'
	}
	return 0
}

// languageNoun reports whether mention m is a language's name used as a
// noun, the object of a verb or a preposition and no word before a noun
// ("speaks Norlandic", "written in Norlandic", "translated into
// Norlandic"), or the subject of a passive "spoken" (spokenPassive): the
// language, not its country ("the Norlandic" are its
// people, "Norlandic farmers" are the country's).
func (r *Resolver) languageNoun(res *extract.Result, m *extract.Mention) bool {
	if r.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || !r.words.Is(strings.ToLower(m.Text), lexicon.Language) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi != lo+1 || len(s.POS) != len(s.Tokens) || len(s.Lower) != len(s.Tokens) || allCaps(m.Text) {
		return false
	}
	if r.spokenPassive(s, hi) || r.languageApposed(s, hi) {
		return true
	}
	if lo < 1 {
		return false
	}
	return r.languageFrame(s, lo, hi) || r.languageObject(s, lo, hi)
}

// languageObject reports whether the language's name at token lo of s
// (one token, hi = lo+1, lo >= 1) is no word before a noun, and the
// object of a verb or a preposition (languageNoun).
func (r *Resolver) languageObject(s *extract.Sentence, lo, hi int) bool {
	// "Norlandic, Ostmarkish and other farmers": one of a list of
	// adjectives; the list's words are skipped to the word after them.
	// A comma and a conjunction right after the name, with a word in
	// lower case after them, end its phrase ("ocho in Norlandic, and
	// huit in Ostmarkish"), when it is no list's last word itself.
	k := hi
	for k+1 < len(s.Tokens) && (s.Lower[k] == "," || s.Lower[k] == "and" || s.Lower[k] == "or") {
		k += 2
	}
	if k < len(s.Tokens) && !clauseComma(s, lo, hi) {
		// A capitalised word after it is a name's or a headline's noun
		// ("Buys Two Norlandic Services Firms").
		if t := s.POS[k]; strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD" || t == "POS" || tokenize.StartsUpper(s.Tokens[k].Text) {
			return false
		}
	}
	if t := s.POS[lo]; t == "NNS" || t == "NNPS" {
		return false
	}
	// "speaks Ostmarkish and Norlandic": the last of a list of
	// languages' names is read from where the list begins.
	lo = r.languageListStart(s, lo)
	return r.verbObject(s, lo)
}

// languageListStart returns the token where the list of languages' names
// that ends with the one at token lo begins ("speaks Ostmarkish and
// Norlandic"), past an adverb after a member ("speaks Latin fluently and
// Norlandic") and, when another language's name comes before it, a
// quantity before the last ("studied Greek and at least some Norlandic";
// "met some Norlandic" stays: some-language), or lo.
func (r *Resolver) languageListStart(s *extract.Sentence, lo int) int {
	q := lo
	if q >= 1 && s.Lower[q-1] == "some" {
		q--
		if q >= 2 && s.Lower[q-1] == "least" && s.Lower[q-2] == "at" {
			q -= 2
		}
	}
	for steps := 0; q >= 3 && (s.Lower[q-1] == "and" || s.Lower[q-1] == "or" || s.Lower[q-1] == ","); steps++ {
		p := q - 2
		if s.POS[p] == "RB" && p >= 1 && s.Lower[p-1] != "," {
			p--
		}
		if !tokenize.StartsUpper(s.Tokens[p].Text) || !r.words.Is(s.Lower[p], lexicon.Language) {
			break
		}
		q, lo = p, p
	}
	return lo
}

// clauseComma reports whether the one-word name at token lo of s ends
// its phrase with a comma and a conjunction before a word in lower case
// ("in Norlandic, and huit in ..."), and no separator of a list comes
// before it (not "Velden, Norlandic, and other farmers").
func clauseComma(s *extract.Sentence, lo, hi int) bool {
	if hi+2 >= len(s.Tokens) || s.Lower[hi] != "," || s.Lower[hi+1] != "and" && s.Lower[hi+1] != "or" || tokenize.StartsUpper(s.Tokens[hi+2].Text) {
		return false
	}
	return lo < 1 || s.Lower[lo-1] != "," && s.Lower[lo-1] != "and" && s.Lower[lo-1] != "or"
}

// verbObject reports whether the word at token lo of s (lo >= 1) is the
// object of a verb or a preposition: not after a verb inside a noun
// phrase ("the tenth ranked Norlandic"), a copula ("most of the crew
// will be Norlandic") nor a verb of saying after a quote ("..., say
// Norlandic").
func (r *Resolver) verbObject(s *extract.Sentence, lo int) bool {
	switch t := s.POS[lo-1]; t {
	case "IN", "TO":
		return true
	case "PRP":
		// "taught himself Norlandic": a reflexive object between the verb
		// and its second object (reflexive-object).
		if strings.HasSuffix(s.Lower[lo-1], "self") || strings.HasSuffix(s.Lower[lo-1], "selves") {
			return lo >= 2 && strings.HasPrefix(s.POS[lo-2], "VB") && r.verbObject(s, lo-1)
		}
	case "VB", "VBD", "VBG", "VBP", "VBZ":
		if r.words.Is(r.words.Lemma(s.Lower[lo-1], t), lexicon.Speech) {
			return false
		}
		if lo >= 2 {
			if p := s.POS[lo-2]; p == "DT" || p == "CD" || strings.HasPrefix(p, "JJ") {
				return false
			}
		}
		switch r.words.Lemma(s.Lower[lo-1], t) {
		case "be", "become", "remain", "seem":
			return false
		}
		return true
	}
	return false
}

// languageFrame reports whether the words about the language's name at
// token lo of s (one token, hi = lo+1, lo >= 1) say it is the language:
// a speaking verb or participle (spokenLanguage) or a gloss's label
// (glossLanguage).
func (r *Resolver) languageFrame(s *extract.Sentence, lo, hi int) bool {
	return r.spokenLanguage(s, lo, hi) || glossLanguage(s, lo, hi)
}

// spokenPassive reports whether the language's name ending at token hi
// of s is the subject of "spoken" after a form of "be" and perhaps
// adverbs ("Norlandic is spoken in Harlow", "Norlandic is very widely
// spoken"): a country is not spoken, its language is (the spoken-passive
// rule).
func (r *Resolver) spokenPassive(s *extract.Sentence, hi int) bool {
	if hi >= len(s.Tokens) || !strings.HasPrefix(s.POS[hi], "VB") || r.words.Lemma(s.Lower[hi], s.POS[hi]) != "be" {
		return false
	}
	k := hi + 1
	for k < len(s.Tokens) && s.POS[k] == "RB" {
		k++
	}
	return k < len(s.Tokens) && s.POS[k] == "VBN" && r.words.Lemma(s.Lower[k], "VBN") == "speak"
}

// languageApposed reports whether an appositive of a language follows
// the name ending at token hi of s (LanguageAppositive, every token
// free).
func (r *Resolver) languageApposed(s *extract.Sentence, hi int) bool {
	return LanguageAppositive(r.words, s, hi, func(int) bool { return true }) >= 0
}

// LanguageAppositive returns the token of the head of an appositive that
// "a" or "an" opens and a singular "language" or "dialect" in lower case
// heads (the lexicon's LanguageNoun), after the name ending at token hi
// of s, past adjectives, capitalised words and hyphens: "Ostmarkish, a
// Vellic language spoken in Norland" (the language-appositive rule, which
// the resolve and typing stages both read); or -1. A noun after the head
// other than a participle the tagger took for one makes the head a
// modifier ("a language teacher"). free reports whether a token stands
// outside the other names of the sentence: the article and the head must,
// and one that does not is passed over whatever its tag ("a Vellic
// language" with "Vellic" a name of its own).
func LanguageAppositive(lex *lexicon.Lexicon, s *extract.Sentence, hi int, free func(int) bool) int {
	if hi+2 >= len(s.Tokens) || s.Lower[hi] != "," || s.Lower[hi+1] != "a" && s.Lower[hi+1] != "an" || !free(hi+1) {
		return -1
	}
	for j := hi + 2; j < len(s.Tokens) && j < hi+8; j++ {
		t := s.POS[j]
		if !free(j) {
			continue
		}
		if t == "NN" && tokenize.StartsLower(s.Tokens[j].Text) && lex.Is(s.Lower[j], lexicon.LanguageNoun) {
			if j+1 < len(s.Tokens) && (s.POS[j+1] == "POS" || strings.HasPrefix(s.POS[j+1], "NN") && !pastParticiple(lex, s.Tokens[j+1].Text, s.Lower[j+1])) {
				return -1
			}
			return j
		}
		if !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NNP") && s.Lower[j] != "-" && t != "HYPH" {
			return -1
		}
	}
	return -1
}

// pastParticiple reports whether a token written text, x in lower case, is
// a verb's past participle in lower case, whatever the tagger read
// ("spoken" tagged a noun): WordNet's lemma of it as a participle is a
// verb and another word.
func pastParticiple(lex *lexicon.Lexicon, text, x string) bool {
	if !tokenize.StartsLower(text) {
		return false
	}
	l := lex.Lemma(x, "VBN")
	return l != x && lex.Known(l, lexicon.Verb)
}

// glossLanguage reports whether the language's name at token lo of s (one
// token, hi = lo+1, lo >= 1) labels a gloss, a name or a word given in
// that language, as reference works gloss a name: after an opening
// bracket or a semicolon and before a colon ("Ann Lee (Ostmarkish: Anna
// Li)", "(Latin: Anna; Ostmarkish: Anni)"; the language-gloss rule).
func glossLanguage(s *extract.Sentence, lo, hi int) bool {
	if hi >= len(s.Tokens) || s.Tokens[hi].Text != ":" {
		return false
	}
	p := s.Tokens[lo-1].Text
	return p == "(" || p == "[" || p == ";"
}

// spokenLanguage reports whether the language's name at token lo of s
// (one token, hi = lo+1, lo >= 1) is the language a speaking verb or
// participle says: before "speaking" ("a Norlandic speaking community",
// "Norlandic-speaking"), or after "speak" also where the tagger reads the
// word after it as a noun ("if anyone speaks Norlandic tell me"), but not
// before a capitalised word or a plural ("speak Norlandic words").
func (r *Resolver) spokenLanguage(s *extract.Sentence, lo, hi int) bool {
	if hi < len(s.Tokens) && s.Lower[hi] == "speaking" || hi+1 < len(s.Tokens) && s.Lower[hi] == "-" && s.Lower[hi+1] == "speaking" {
		return true
	}
	if !strings.HasPrefix(s.POS[lo-1], "VB") || r.words.Lemma(s.Lower[lo-1], s.POS[lo-1]) != "speak" || hi >= len(s.Tokens) {
		return false
	}
	plural := func(t string) bool { return t == "NNS" || t == "NNPS" }
	return !tokenize.StartsUpper(s.Tokens[hi].Text) && !plural(s.POS[hi]) && s.POS[hi] != "POS" && !plural(s.POS[lo])
}

// peopleNoun reports whether mention m is a noun for people, not a word
// before a noun or a name: after an article ("the Norlandic won", "a
// Norlandic") or plural ("Norlanders say"), and not before a noun, an
// adjective or a name ("the Norlandic side", "Norlandics Ann Lee").
func peopleNoun(res *extract.Result, m *extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, hi := s.TokenSpan(m.Start, m.End)
	if lo < 0 || hi != lo+1 || len(s.POS) != len(s.Tokens) || len(s.Lower) != len(s.Tokens) {
		return false
	}
	if hi < len(s.Tokens) {
		if t := s.POS[hi]; strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "CD" || t == "POS" {
			return false
		}
	}
	if t := s.POS[lo]; t == "NNPS" || t == "NNS" {
		return true
	}
	if lo == 0 {
		return false
	}
	switch s.Lower[lo-1] {
	case "the", "a", "an":
		return true
	}
	return false
}

// pertainedAdjectives makes a miscellaneous name that is a proper
// adjective of a place or faith the document names an alias of that
// name ("Norlandic" of Norland, as a country's demonym is of the
// country): it takes the name's key and coarse type. A language's name
// is the adjective only before a noun ("Norlandic farmers", not "they
// speak Norlandic").
func (r *Resolver) pertainedAdjectives(u *union) {
	res := u.res
	var names map[string]int // made on first use
	for i := range res.Mentions {
		m, in := &res.Mentions[i], &u.info[i]
		if m.Type != extract.Miscellaneous || in.canon != "" || in.key == "" || r.words == nil {
			continue
		}
		if l := strings.ToLower(m.Text); len(r.words.Pertains(l)) == 0 || r.words.Is(l, lexicon.Language) && !r.modifierAdjective(res, *m) {
			continue
		}
		if names == nil {
			names = r.documentNames(res, func(int) bool { return false })
		}
		j, ok := r.pertainedKey(res, names, *m)
		if !ok || u.info[j].key == "" || u.info[j].key == in.key {
			continue
		}
		in.key, in.class = u.info[j].key, u.info[j].class
		in.method, in.score = MethodAdjective, 0.9
		m.Type = res.Mentions[j].Type
	}
}

// find returns the root of mention i's set.
func (u *union) find(i int) int {
	info := u.info
	for info[i].parent != i {
		info[i].parent = info[info[i].parent].parent
		i = info[i].parent
	}
	return i
}

// join joins the sets of mentions a and b; the earlier mention is the
// root.
func (u *union) join(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.info[rb].parent = ra
}

// sameKey joins mentions with the same key: one entity whatever the
// surface form.
func (u *union) sameKey() {
	res, info := u.res, u.info
	for i := range res.Mentions {
		if !isEntityType(res.Mentions[i].Type) || info[i].key == "" {
			continue
		}
		if j, ok := u.byKey[info[i].key]; ok {
			u.join(j, i)
			if info[i].method == MethodExact && res.Mentions[i].Text != res.Mentions[j].Text {
				info[i].method, info[i].score = MethodVariant, 1
			}
			continue
		}
		u.byKey[info[i].key] = i
	}
}

// parentheticals joins "Full Name (ACRONYM)"; not "TARVIK (Reuters)", a
// place and its news agency, nor "TARVIK, Ostmark (AP) —" however the
// agency was tagged.
func (u *union) parentheticals(r *Resolver) {
	res := u.res
	var initials map[string]bool // the initials of the names of two words or more, made on first use
	var lists map[int]int        // bracketLists, made on first use
	for i := 0; i+1 < len(res.Mentions); i++ {
		a, b := res.Mentions[i], res.Mentions[i+1]
		if !isEntityType(a.Type) || !isEntityType(b.Type) || !parenBetween(res.Doc.Text, a.End, b.Start, b.End) {
			continue
		}
		if a.Type != b.Type && a.Type != extract.Miscellaneous && b.Type != extract.Miscellaneous || datelineCredit(res, b) || personAndWork(a, b) || u.bracketedGivenName(i, i+1) {
			continue
		}
		if lists == nil {
			lists = bracketLists(res)
		}
		if lists[a.Sentence] >= 2 && !shortForm(b.Text) {
			continue
		}
		// A credit at the end of a headline, and a listed organisation's
		// name after a place's or a person's, are not the name's short
		// form: "Rain Hits Harlow (NP)", "Harlow (Acme)". The
		// organisation's is an organisation's name whatever the tagger
		// read.
		org := r.knownOnlyAs(b.Text, extract.Organization)
		if headlineCredit(res, b) || org && (a.Type == extract.Location || a.Type == extract.Person) {
			if org {
				res.Mentions[i+1].Type = extract.Organization
			}
			continue
		}
		// An acronym that is the initials of another name of the
		// document, not of this one, is that name's: "HARLOW (NP)" after
		// "Norland Press" is a dateline's town and its agency.
		if acr, ok := acronym(b.Text); ok && strings.ToUpper(b.Text) == b.Text && initialsOf(u.info[i].words) != acr {
			if initials == nil {
				initials = map[string]bool{}
				for k := range res.Mentions {
					if len(u.info[k].words) >= 2 && res.Mentions[k].Type != extract.Person {
						initials[initialsOf(u.info[k].words)] = true
					}
				}
			}
			if initials[acr] {
				continue
			}
		}
		u.join(i, i+1)
		u.info[i+1].method, u.info[i+1].score = MethodParenthetical, 0.95
	}
}

// bracketLists counts in each sentence the names with a name in
// brackets right after them ("Ann Lee (Harlow AC), Bo Ek (Pellam)"). A
// sentence with two or more is a list, a results list most often, whose
// brackets give a person's club, country or party: each another entity
// than the name before it, however the tagger typed the two.
func bracketLists(res *extract.Result) map[int]int {
	n := map[int]int{}
	for j := 0; j+1 < len(res.Mentions); j++ {
		a, b := res.Mentions[j], res.Mentions[j+1]
		if a.Sentence == b.Sentence && parenBetween(res.Doc.Text, a.End, b.Start, b.End) {
			n[a.Sentence]++
		}
	}
	return n
}

// shortForm reports whether name, in brackets after another, may be its
// short form: it is written in capitals ("the Harlow Rowing Union
// (HRU)", a firm's stock symbol "Acme (ACM.N)"), as a list of bodies may
// give each of its names.
func shortForm(name string) bool {
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// acronyms joins "NATO" to "North Atlantic Treaty Organization" when one
// entity of the document has those initials. An acronym the aliases
// know already ("US", a country's) names what they say, not another
// name of those initials ("the University of Stellby"; the
// known-acronym rule).
func (u *union) acronyms() {
	res, info := u.res, u.info
	initials := map[string][]int{}
	for i := range res.Mentions {
		if len(info[i].words) >= 2 && isEntityType(res.Mentions[i].Type) && res.Mentions[i].Type != extract.Person {
			if ini := initialsOf(info[i].words); len(ini) >= 2 {
				initials[ini] = append(initials[ini], i)
			}
			// An acronym inside the name gives all its letters: "NUA
			// Track & Field" is NUATF.
			if ini := spelledInitials(info[i].words); ini != "" && ini != initialsOf(info[i].words) {
				initials[ini] = append(initials[ini], i)
			}
		}
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		if len(info[i].words) != 1 || !isEntityType(m.Type) || m.Type == extract.Person || info[i].canon != "" {
			continue
		}
		acr, ok := acronym(m.Text)
		if !ok {
			continue
		}
		cands := initials[acr]
		if strings.ToUpper(m.Text) != m.Text {
			cands = u.mixedAcronym(m.Text)
		}
		if c := distinctRoots(cands, u.find); len(c) == 1 && u.find(i) != c[0] {
			u.join(c[0], i)
			info[i].method, info[i].score = MethodAcronym, 0.85
		}
	}
}

// mixedAcronym returns the mentions of names of two words or more that an
// acronym with small letters abbreviates: each capital stands for a
// capitalised word's initial and each small letter for a function word's,
// in order, other function words passed over ("BoE", the Bank of
// England; "DfES", the Department for Education and Skills).
func (u *union) mixedAcronym(acr string) []int {
	var out []int
	for j, m := range u.res.Mentions {
		if len(u.info[j].words) >= 2 && isEntityType(m.Type) && m.Type != extract.Person && abbreviates(acr, u.info[j].words) {
			out = append(out, j)
		}
	}
	return out
}

// abbreviates reports whether the acronym acr, capitals and small letters
// (dots, hyphens and ampersands left out), spells words' initials as
// mixedAcronym says.
func abbreviates(acr string, words []string) bool {
	letters := []rune(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, acr))
	k := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case isFunctionWord(w):
			if k < len(letters) && unicode.IsLower(letters[k]) && letters[k] == unicode.ToLower(r) {
				k++
			}
		case k < len(letters) && unicode.IsUpper(letters[k]) && letters[k] == unicode.ToUpper(r):
			k++
		default:
			return false
		}
	}
	return k == len(letters)
}

// keysOf returns the keys of mention i's words.
func (u *union) keysOf(i int) []string {
	if u.wordKeys[i] == nil {
		ks := make([]string, len(u.info[i].words))
		for k, w := range u.info[i].words {
			ks[k] = Key(w)
		}
		u.wordKeys[i] = ks
	}
	return u.wordKeys[i]
}

// indexNames indexes the names of two words or more by their last word
// (people's) and first word (people's and organisations').
func (u *union) indexNames() {
	n := len(u.res.Mentions)
	u.wordKeys = make([][]string, n)
	u.byLast, u.byFirst, u.byMiddle = map[string][]int{}, map[string][]int{}, map[string][]int{}
	u.firstKey = make([]string, n)
	for i, m := range u.res.Mentions {
		ws := u.info[i].words
		if len(ws) < 2 {
			continue
		}
		switch m.Type {
		case extract.Person:
			last := Key(ws[len(ws)-1])
			u.byLast[last] = append(u.byLast[last], i)
			for _, w := range ws[1 : len(ws)-1] {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && len(w) > 2 {
					u.byMiddle[Key(w)] = append(u.byMiddle[Key(w)], i)
				}
			}
			fallthrough
		case extract.Organization, extract.Miscellaneous:
			u.firstKey[i] = Key(ws[0])
			u.byFirst[u.firstKey[i]] = append(u.byFirst[u.firstKey[i]], i)
		}
	}
}

// surnames joins "Smith" to "Jane Smith" (a first name alone is too weak
// to merge on): the nearest preceding full name wins, else the first
// following; a surname shared by several people in the document scores
// lower.
func (u *union) surnames() {
	res, info := u.res, u.info
	alone := u.alone()
	for i := range res.Mentions {
		m := res.Mentions[i]
		if len(info[i].words) != 1 || u.peerStyle(m) {
			continue
		}
		var retype []int
		if m.Type != extract.Person && !u.misreadSurname(i, alone) {
			if retype = u.misreadSurnames(i); retype == nil {
				continue
			}
		}
		cands := u.byLast[info[i].key] // one word: its key
		// A knight or a dame is addressed by the first name: "Sir
		// Dana" is Sir Dana Arvel. So is anyone whose family name comes
		// first, by an honorific: "Mr Tan" after "Tan Wei Ming".
		if len(cands) == 0 && (knighted(res.Doc.Text, m) || u.honorific(m) || u.firstNameAlone(i)) {
			barred, owners := u.givenNameBars(i)
			for _, j := range u.byFirst[info[i].key] {
				if !barred && res.Mentions[j].Type == extract.Person && !slices.ContainsFunc(owners, func(o int) bool { return u.find(o) == u.find(j) }) {
					cands = append(cands, j)
				}
			}
		}
		// "Vellor" after "Ana Maria Vellor da Costa": an inner word of one
		// person's long name, by which news calls that person, when
		// no name begins or ends with it.
		if len(cands) == 0 && m.Type == extract.Person && len(u.byFirst[info[i].key]) == 0 {
			if ms := u.byMiddle[info[i].key]; len(distinctRoots(ms, u.find)) == 1 {
				cands = ms
			}
		}
		roots := distinctRoots(cands, u.find)
		if len(roots) == 0 {
			continue
		}
		score := 0.9
		j := u.latestBefore(i, cands)
		if len(roots) > 1 {
			score = 0.6
			// The surname's mentions are one set already (same key):
			// once it holds one person's full name it takes no other
			// ("Lee" of Ann Lee is not also Bo Lee's).
			if u.otherPerson(j, i) {
				continue
			}
		}
		u.joinAs(j, i, MethodSurname, score)
		for _, k := range retype {
			res.Mentions[k].Type = extract.Person
		}
	}
}

// misreadSurnames returns the mentions of mention i's set when they are
// all one word the recognizer typed as a place or a body, the surname of
// the one person the document names in full with a given name first,
// before them all but a headline's ("Lee" every time after "Ann Lee";
// not a band named after someone the article names later): no preposition of place comes before
// any of them (but before a possessive: "in Lee's work") and the aliases
// do not know the name. Typed as a person,
// they join that person; nil when they are not so.
func (u *union) misreadSurnames(i int) []int {
	res, info := u.res, u.info
	if u.firstNames == nil || info[i].canon != "" {
		return nil
	}
	full := distinctRoots(u.byLast[info[i].key], u.find)
	if len(full) != 1 {
		return nil
	}
	first := -1
	for _, j := range u.byLast[info[i].key] {
		if !u.firstNames.FirstName(info[j].words[0]) && !u.personNounBefore(j) {
			return nil
		}
		if first < 0 || res.Mentions[j].Start < first {
			first = res.Mentions[j].Start
		}
	}
	root := u.find(i)
	var set []int
	for k, m := range res.Mentions {
		if u.find(k) != root {
			continue
		}
		if info[k].key != info[i].key || m.Type != extract.Location && m.Type != extract.Organization || info[k].canon != "" || m.Start < first && m.Sentence > 0 {
			return nil
		}
		if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			return nil
		}
		s := &res.Sentences[m.Sentence]
		// "in Lee's work": the preposition is the work's.
		possessive := strings.HasPrefix(res.Doc.Text[m.End:], "'s") || strings.HasPrefix(res.Doc.Text[m.End:], " 's") || strings.HasPrefix(res.Doc.Text[m.End:], "’s")
		if lo, _ := s.TokenSpan(m.Start, m.End); lo > 0 && !possessive && u.words.Is(strings.ToLower(s.Tokens[lo-1].Text), lexicon.PlacePreposition) {
			return nil
		}
		set = append(set, k)
	}
	return set
}

// personNounBefore reports whether mention j, a person's name, stands
// right after a singular noun in lower case for a kind of person, no
// body's word ("champion Ann Orr", "the Norland captain Ann Orr"): a
// person's full name, whatever its given name (named-person).
func (u *union) personNounBefore(j int) bool {
	m := u.res.Mentions[j]
	if u.words == nil || m.Type != extract.Person || m.Sentence < 0 || m.Sentence >= len(u.res.Sentences) {
		return false
	}
	s := &u.res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	if lo < 1 || lo-1 >= len(s.POS) || lo-1 >= len(s.Lemma) || s.POS[lo-1] != "NN" || !isLowerWord(s.Tokens[lo-1].Text) {
		return false
	}
	c := u.words.Classes(s.Lemma[lo-1])
	return c.Has(lexicon.PersonNoun) && !c.Has(lexicon.Organization)
}

// otherPerson reports whether the set of mention i holds a person's name
// of two words or more whose given name is not that of full name j's:
// two people who share a family name. Both first words must be given
// names ("Emperor Lee" may be Ann Lee), known ones or words that look
// like one (givenLike).
func (u *union) otherPerson(j, i int) bool {
	ri := u.find(i)
	if ri == u.find(j) || u.firstNames == nil || !u.givenLike(u.info[j].words[0]) {
		return false
	}
	given := u.keysOf(j)[0]
	for k, m := range u.res.Mentions {
		if m.Type != extract.Person || len(u.info[k].words) < 2 || u.find(k) != ri {
			continue
		}
		if g := u.keysOf(k)[0]; g != given && u.givenLike(u.info[k].words[0]) {
			return true
		}
	}
	return false
}

// givenLike reports whether w, the first word of a person's name, is a
// given name: one the gazetteer knows, or a capitalised word of three
// letters or more, not in capitals nor abbreviated, that WordNet has as no
// word at all (a rare given name, "Jorvi"; not a title or a common word
// the tagger took into the name, "Emperor", "Defence").
func (u *union) givenLike(w string) bool {
	if u.firstNames != nil && u.firstNames.FirstName(w) {
		return true
	}
	if u.words == nil || utf8.RuneCountInString(w) < 3 || strings.ContainsAny(w, ".'-") || strings.ToUpper(w) == w {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	lw := strings.ToLower(w)
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adjective, lexicon.Adverb} {
		if u.words.Known(lw, p) {
			return false
		}
	}
	return true
}

// peerStyle reports whether mention m is a peer's style, a title of
// nobility, the name and "of" a place ("Lord Ek of Harlow"): the peerage's
// name, not a surname another person of the document shares.
func (u *union) peerStyle(m extract.Mention) bool {
	if u.words == nil || !strings.HasPrefix(u.res.Doc.Text[m.End:], " of ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(u.res.Doc.Text[m.End+4:]); !unicode.IsUpper(r) {
		return false
	}
	title := strings.Fields(m.Text)[0]
	if f := strings.Fields(u.res.Doc.Text[max(0, m.Start-12):m.Start]); len(f) > 0 && title == m.Text {
		title = f[len(f)-1]
	}
	return u.words.Is(strings.ToLower(title), lexicon.Nobility)
}

// latestBefore returns the last of cands (mention indices in text
// order) that starts before mention i, or the first of them when none
// does: the full name a short one refers back to.
func (u *union) latestBefore(i int, cands []int) int {
	best := -1
	for _, j := range cands {
		if u.res.Mentions[j].Start < u.res.Mentions[i].Start || best < 0 {
			best = j
		}
	}
	return best
}

// compoundSurnames joins a person's name of two words or more to the one
// person's longer name it ends ("Vell Pellam" or "Van Pellam" after "Ann
// Vell Pellam" or "Ann van Pellam"): a family name of two words, as
// news calls the person after naming them in full. The short name's
// first word is not a given name unless the long name writes it in lower
// case (a particle: "van", "de"), and no other person's name begins with
// the short name, so that "Ann Lee" stays apart from "Mary Ann Lee".
func (u *union) compoundSurnames() {
	res, info := u.res, u.info
	for i, m := range res.Mentions {
		ws := info[i].words
		if m.Type != extract.Person || len(ws) < 2 {
			continue
		}
		var cands []int
		particle := false
		for _, j := range u.byLast[Key(ws[len(ws)-1])] {
			long := info[j].words
			if j == i || res.Mentions[j].Type != extract.Person || len(long) <= len(ws) {
				continue
			}
			// A title the tagger took for a person's name ("Rise of
			// Vell Pellam") holds a word in lower case before the tail.
			tail := long[len(long)-len(ws):]
			same := !slices.ContainsFunc(long[:len(long)-len(ws)], isLowerWord)
			for k := range ws {
				if Key(tail[k]) != Key(ws[k]) {
					same = false
					break
				}
			}
			if same {
				cands = append(cands, j)
				particle = particle || isLowerWord(tail[0])
			}
		}
		if len(distinctRoots(cands, u.find)) != 1 || u.find(cands[0]) == u.find(i) {
			continue
		}
		if !particle && u.firstNames != nil && u.firstNames.FirstName(ws[0]) {
			continue
		}
		if slices.ContainsFunc(u.byFirst[u.firstKey[i]], func(j int) bool {
			return j != i && res.Mentions[j].Type == extract.Person && len(info[j].words) >= len(ws) && u.find(j) != u.find(cands[0]) && u.find(j) != u.find(i)
		}) {
			continue
		}
		u.joinAs(cands[0], i, MethodSurname, 0.9)
	}
}

// initials joins a person's name of an initial and a last name ("J
// Smith", as line-ups write them) to the one person named in full with
// that last name and a first name that begins with that letter ("Jane
// Smith").
func (u *union) initials() {
	res, info := u.res, u.info
	for i := range res.Mentions {
		w := info[i].words
		if len(w) != 2 || res.Mentions[i].Type != extract.Person || len(w[0]) != 1 {
			continue
		}
		var cands []int
		for _, j := range u.byLast[Key(w[1])] {
			if wj := info[j].words; j != i && res.Mentions[j].Type == extract.Person && len(wj) >= 2 && len(wj[0]) > 1 && wj[0][0] == w[0][0] && !u.longSurname(j) {
				cands = append(cands, j)
			}
		}
		if len(distinctRoots(cands, u.find)) == 1 && u.find(cands[0]) != u.find(i) {
			u.joinAs(cands[0], i, MethodSurname, 0.9)
		}
	}
}

// initialsLong joins a person's name of an initial and a family name of
// two words or more ("A de Lee", "A Vell Lee", as line-ups write them)
// to the one person named in full with a given name of that initial and
// the same family name ("Ann de Lee"; initial-long-name). It runs before
// compoundSurnames, so that the family name alone ("De Lee") finds one
// person, not the line-up's and the text's.
func (u *union) initialsLong() {
	res, info := u.res, u.info
	for i := range res.Mentions {
		w := info[i].words
		if len(w) < 3 || res.Mentions[i].Type != extract.Person || len(w[0]) != 1 {
			continue
		}
		var cands []int
		for _, j := range u.byLast[Key(w[len(w)-1])] {
			wj := info[j].words
			if j == i || res.Mentions[j].Type != extract.Person || len(wj) != len(w) || len(wj[0]) < 2 || wj[0][0] != w[0][0] {
				continue
			}
			if slices.EqualFunc(wj[1:], w[1:], func(a, b string) bool { return Key(a) == Key(b) }) {
				cands = append(cands, j)
			}
		}
		if len(distinctRoots(cands, u.find)) == 1 && u.find(cands[0]) != u.find(i) {
			u.joinAs(cands[0], i, MethodSurname, 0.9)
		}
	}
}

// longSurname reports whether the document writes the words of person's
// name j after its first, two or more, alone as a person's name ("Vell
// Lee" besides "Ann Vell Lee", as a line-up gives a family name of two
// words): then the family name is those words, and an initial before its
// last word alone ("A Lee") names someone else (initial-long-surname).
func (u *union) longSurname(j int) bool {
	rest := u.keysOf(j)[1:]
	if len(rest) < 2 {
		return false
	}
	for k, m := range u.res.Mentions {
		if k != j && m.Type == extract.Person && slices.Equal(u.keysOf(k), rest) {
			return true
		}
	}
	return false
}

// firstNameAlone reports whether mention i, one word, is a first name
// the gazetteer knows (or a word of names: nameWord), tagged a person,
// whose byLast finds no surname, that begins the name of exactly
// one person named in full before it ("Ken" after "Ken Orvald"), or
// anywhere when the mention is in the headline: news calls people by
// their first name once it has named them, and headlines before.
func (u *union) firstNameAlone(i int) bool {
	m := u.res.Mentions[i]
	if u.firstNames == nil || m.Type != extract.Person {
		return false
	}
	known := u.firstNames.FirstName(m.Text)
	if !known && !u.nameWord(m.Text) {
		return false
	}
	// A headline names people as the report will ("Ann wins"): the
	// person may be named in full only after it.
	headline := inHeadline(u.res, m)
	var earlier []int
	for _, j := range u.byFirst[u.info[i].key] {
		if u.res.Mentions[j].Type == extract.Person && (u.res.Mentions[j].Start < m.Start || headline) {
			// A body's name the tagger took for a person's ("the Ann Lee
			// Foundation") is no one's full name.
			if w := u.info[j].words; u.words != nil && u.words.Classes(strings.ToLower(w[len(w)-1])).Has(lexicon.Organization) {
				continue
			}
			// A word of names the gazetteer's list lacks begins a
			// person's name of name words only ("Ulmar Vesk",
			// not "Tarvik Awards").
			if !known && !u.nameWords(u.info[j].words[1:]) {
				continue
			}
			earlier = append(earlier, u.find(j))
		}
	}
	return len(earlier) > 0 && len(distinctRoots(earlier, u.find)) == 1
}

// nameWord reports whether news writes w capitalised more often than in
// lower case, or too rarely to tell: a first name the gazetteer's list
// lacks ("Ulmar") may be, a common word ("Wonder") is not.
func (u *union) nameWord(w string) bool {
	casings, ok := u.firstNames.(Casings)
	if !ok {
		return false
	}
	lo, hi, ok := casings.Casing(w)
	return !ok || hi > lo
}

// nameWords reports whether each of ws is a word of names (nameWord)
// and none a word for a kind of place ("Island", "Bay").
func (u *union) nameWords(ws []string) bool {
	for _, w := range ws {
		if !u.nameWord(w) {
			return false
		}
		if u.words == nil {
			continue
		}
		if c := u.words.Classes(strings.ToLower(w)); c.Has(lexicon.NaturalFeature) || c.Has(lexicon.Facility) || c.Has(lexicon.Settlement) {
			return false
		}
	}
	return true
}

// honorific reports whether mention m is addressed with an honorific ("Mr
// Tan", "Ms Tan"), in its text or just before it.
func (u *union) honorific(m extract.Mention) bool {
	if u.words == nil {
		return false
	}
	before := strings.Fields(u.res.Doc.Text[max(0, m.Start-6):m.Start])
	for _, x := range [][]string{strings.Fields(m.Text), before[max(0, len(before)-1):]} {
		if len(x) > 0 && u.words.Is(strings.ToLower(strings.TrimSuffix(x[0], ".")), lexicon.Honorific) {
			return true
		}
	}
	return false
}

// knighted reports whether mention m is addressed as "Sir" or "Dame", in
// its text or just before it.
func knighted(text string, m extract.Mention) bool {
	before := strings.Fields(text[max(0, m.Start-6):m.Start])
	w := strings.Fields(m.Text)
	for _, x := range [][]string{w, before[max(0, len(before)-1):]} {
		if len(x) > 0 && (strings.EqualFold(x[0], "sir") || strings.EqualFold(x[0], "dame")) {
			return true
		}
	}
	return false
}

// shortOrgNames joins the short name of an organisation to its full name
// ("Vantor" after "Vantor Group") when the words left out only say what
// kind of organisation it is and one organisation of the document has
// that short name. A name already joined to a person's full name ("Mr X"
// of "Jane X") is the person's; the short name may be tagged a person
// ("Halvorsen said"), unless it is a person's surname already.
func (u *union) shortOrgNames() {
	res, info := u.res, u.info
	person := map[int]bool{}
	for j := range res.Mentions {
		if res.Mentions[j].Type == extract.Person && len(info[j].words) >= 2 {
			person[u.find(j)] = true
		}
	}
	for i := range res.Mentions {
		if person[u.find(i)] {
			continue
		}
		m := res.Mentions[i]
		if len(info[i].words) == 0 || info[i].method == MethodSurname ||
			m.Type != extract.Organization && m.Type != extract.Person && m.Type != extract.Miscellaneous {
			continue
		}
		u.joinSole(i, u.fullNames(i))
	}
}

// clubTails joins a club's short name to its full name when the full
// name only adds a place before it ("United" after "Harlow United",
// "City" after "Harlow City") or after it ("Sporting" after "Sporting
// Harlow"), the way news names a club after its first mention, and one
// organisation of the document is named so; two ("Pellam United" too)
// leave it alone. A place after the short name is a town (see
// townName): "Acme America" is no club of Acme's.
func (u *union) clubTails(place, town func(string) bool) {
	if place == nil || town == nil {
		return
	}
	res, info := u.res, u.info
	// The full names by their last word: organisations of two words or
	// more that a place's name opens, not themselves read as a place
	// ("Norland Senate" as Norland).
	byTail := map[string][]int{}
	for j := range res.Mentions {
		ws := info[j].words
		if res.Mentions[j].Type != extract.Organization || len(ws) < 2 || info[j].canon != "" && placeClasses[info[j].class] {
			continue
		}
		// The words before it name a town or a country, written as a
		// name is ("Harlow", not a dateline's "HARLOW"); or the last
		// word does, after one word ("Sporting Harlow").
		if lead := strings.Join(ws[:len(ws)-1], " "); !allCaps(lead) && place(lead) {
			last := Key(ws[len(ws)-1])
			byTail[last] = append(byTail[last], j)
		} else if last := ws[len(ws)-1]; len(ws) == 2 && !allCaps(last) && town(last) && !place(ws[0]) {
			first := Key(ws[0])
			byTail[first] = append(byTail[first], j)
		}
	}
	if len(byTail) == 0 {
		return
	}
	// The sets that hold names of more than one key: "Democrat" joined
	// to the Democratic Party is no club's tail.
	keyOf, mixed := map[int]string{}, map[int]bool{}
	for k := range res.Mentions {
		r := u.find(k)
		if key, ok := keyOf[r]; !ok {
			keyOf[r] = info[k].key
		} else if key != info[k].key {
			mixed[r] = true
		}
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		// A short name the aliases know ("Democrat" for the Democratic
		// Party) is that name's already.
		if m.Type != extract.Organization || len(info[i].words) != 1 || info[i].parent != i || u.find(i) != i || info[i].canon != "" || mixed[i] {
			continue
		}
		u.joinSole(i, byTail[Key(info[i].words[0])])
	}
}

// parentSet reports whether the set of mention j, a longer name that
// short mention i would join, holds a mention the text calls a parent
// or a holding company of i's body, or of no body it names ("Acme Oil
// lost money. The rest came from its parent company, Acme Oil Group";
// "Acme Oil Group, the parent of Acme Oil"): the document sets the two
// bodies apart, and the short name is the subsidiary's. The parent of
// another body ("Vell Corp and its parent company Acme Oil Group")
// says nothing of i.
func (u *union) parentSet(j, i int) bool {
	root := u.find(j)
	for k := range u.res.Mentions {
		if u.find(k) != root || len(u.info[k].words) <= len(u.info[i].words) {
			continue
		}
		cue, before := parentCue(u.res.Doc.Text, u.res.Mentions[k])
		if !cue {
			continue
		}
		if c := u.childOf(k, before); c < 0 || u.find(c) == u.find(i) {
			return true
		}
	}
	return false
}

// childOf returns the organisation mention of mention k's sentence
// that k is called the parent of: the nearest before k when the cue
// stands before it ("Acme Oil's parent, X"; "Vell and its parent X"),
// else the first after it ("X, the parent of Acme Oil"); or -1.
func (u *union) childOf(k int, before bool) int {
	text, ms := u.res.Doc.Text, u.res.Mentions
	m := ms[k]
	lo := strings.LastIndexAny(text[:m.Start], ".!?\n") + 1
	hi := len(text)
	if e := strings.IndexAny(text[m.End:], ".!?\n"); e >= 0 {
		hi = m.End + e
	}
	if before {
		for o := k - 1; o >= 0; o-- {
			if ms[o].Start < lo {
				break
			}
			if ms[o].Type == extract.Organization && ms[o].End <= m.Start {
				return o
			}
		}
		return -1
	}
	for o := k + 1; o < len(ms); o++ {
		if ms[o].Start >= hi {
			break
		}
		if ms[o].Type == extract.Organization && ms[o].Start >= m.End {
			return o
		}
	}
	return -1
}

// parentCue reports whether the words right before mention m, in its
// sentence, end in "parent" or "holding company" with at most a noun and
// a comma after it ("its parent company, X", "X's parent Y"), then with
// before true; or whether m is followed by an apposition that opens
// with one ("X, the parent of Y", "X, the holding company that owns
// Y").
func parentCue(text string, m extract.Mention) (cue, before bool) {
	if m.Start < 0 || m.End > len(text) || m.Start > m.End {
		return false, false
	}
	prev := text[max(0, m.Start-40):m.Start]
	if k := strings.LastIndexAny(prev, ".!?\n"); k >= 0 {
		prev = prev[k+1:]
	}
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(prev, ",", " ")))
	if parentWords(ws) {
		return true, true
	}
	after := strings.TrimLeft(text[m.End:min(len(text), m.End+40)], " ")
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return false, false
	}
	ws = strings.Fields(strings.ToLower(rest))
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "its") {
		ws = ws[1:]
	}
	for n := 1; n <= 2 && n <= len(ws); n++ {
		if parentWords(ws[:n]) {
			return true, false
		}
	}
	return false, false
}

// parentWords reports whether ws ends in "parent" or "holding company"
// ("holding group"), as a noun phrase that names a parent body, with
// at most one noun after "parent" ("parent company", "parent group").
func parentWords(ws []string) bool {
	n := len(ws)
	if n == 0 {
		return false
	}
	if ws[n-1] == "parent" || n >= 2 && ws[n-2] == "parent" {
		return true
	}
	return n >= 2 && ws[n-2] == "holding" && (ws[n-1] == "company" || ws[n-1] == "group")
}

// placeClasses are the classes of places an alias may give a name.
var placeClasses = map[string]bool{"Country": true, "City": true, "AdministrativeArea": true, "Continent": true, "Place": true}

// joinSole joins mention i, as a short name, to the one set of the
// mentions cands other than its own, when they all belong to one.
func (u *union) joinSole(i int, cands []int) {
	others := slices.DeleteFunc(slices.Clone(cands), func(j int) bool { return j == i || u.parentSet(j, i) })
	if roots := distinctRoots(others, u.find); len(roots) == 1 {
		u.joinAs(roots[0], i, MethodShortName, 0.8)
	}
}

// joinAs joins mention i to mention j's entity by method, with score,
// unless the two are one entity already.
func (u *union) joinAs(j, i int, method string, score float64) {
	if u.find(j) == u.find(i) {
		return
	}
	u.join(j, i)
	u.info[i].method, u.info[i].score = method, score
}

// placeName reports whether the aliases know name as a place's and as
// no organisation's or person's ("Acme" may be a company's).
func (r *Resolver) placeName(name string) bool {
	return r.knownOnlyAs(name, extract.Location)
}

// townName reports whether name is a placeName that news writes
// capitalised (not "Awash", a town's name and a common word) and that the
// aliases do not read as a country or a region ("America"), a continent
// or a world region.
func (r *Resolver) townName(name string) bool {
	if !r.placeName(name) {
		return false
	}
	if casings, ok := r.aliases.(Casings); !ok || commonWord(casings, name) {
		return false
	}
	if _, _, class, ok := r.aliases.Canonical(name, extract.Location); ok && class != "City" {
		return false
	}
	// A country the aliases do not read as one ("Acme Norland" is the
	// body's branch there, not a club of a town): the own-country
	// construction.
	if c, ok := r.aliases.(CountryItems); ok {
		if _, country := c.CountryItem(name); country {
			return false
		}
	}
	return !r.area(name)
}

// area reports whether the aliases know name as a continent's or a world
// region's (Areas).
func (r *Resolver) area(name string) bool {
	a, ok := r.aliases.(Areas)
	return ok && a.Area(name)
}

// knownOnlyAs reports whether the aliases know name as a name of the
// coarse type typ and of none of the other two of people, organisations
// and places.
func (r *Resolver) knownOnlyAs(name, typ string) bool {
	if r.known == nil || !r.known.KnownName(name, typ) {
		return false
	}
	for _, t := range []string{extract.Person, extract.Organization, extract.Location} {
		if t != typ && r.known.KnownName(name, t) {
			return false
		}
	}
	return true
}

// fullNames returns the longer names that mention i's name begins and
// whose other words are generic words of organisations ("X Energy"): one
// of the two tagged an organisation, or the full name ending as only
// companies' names do ("X Holdings").
// misreadSurname reports whether mention i, one word the recognizer
// typed as a place or a body, is the surname of a person the document
// names in full ("the Lee incident" after "Ann Lee"): no preposition of
// place comes before it, it is not the name of a country or another
// name the aliases know, and it has joined no other mention (alone).
func (u *union) misreadSurname(i int, alone []bool) bool {
	res, info := u.res, u.info
	m := res.Mentions[i]
	if m.Type != extract.Location && m.Type != extract.Organization || info[i].canon != "" || len(u.byLast[info[i].key]) == 0 {
		return false
	}
	if alone != nil && !alone[i] {
		return false
	}
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	if lo > 0 && u.words.Is(strings.ToLower(s.Tokens[lo-1].Text), lexicon.PlacePreposition) {
		return false
	}
	return true
}

// titleBefore returns the office word written right before person
// mention m ("Cardinal" in "Cardinal Ann Lee" when the recognizer left it
// out), in lower case, or "".
func (r *Resolver) titleBefore(res *extract.Result, m extract.Mention) string {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return ""
	}
	s := &res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	if lo <= 0 {
		return ""
	}
	w := s.Tokens[lo-1].Text
	if !tokenize.StartsUpper(w) || allCaps(w) || !r.words.Is(strings.ToLower(w), lexicon.NameTitle) {
		return ""
	}
	return strings.ToLower(w)
}

// titlesAlone joins a title written alone as a name ("the Cardinal said",
// however the recognizer typed it) to the one person of the document
// named with that title before their name ("Cardinal Ann Lee"). A title
// that two people hold, or none, joins nothing; so does a title whose
// mention has joined another name already.
func (r *Resolver) titlesAlone(u *union) {
	res, info := u.res, u.info
	holders := map[string][]int{}
	for i, in := range info {
		if in.title != "" && res.Mentions[i].Type == extract.Person {
			holders[in.title] = append(holders[in.title], i)
		}
	}
	if len(holders) == 0 {
		return
	}
	// pure marks the sets whose mentions all share one key: a title's
	// mentions, joined by sameKey, and nothing else.
	keyOf, pure := map[int]string{}, map[int]bool{}
	for i := range res.Mentions {
		root := u.find(i)
		if k, ok := keyOf[root]; !ok {
			keyOf[root], pure[root] = info[i].key, true
		} else if k != info[i].key {
			pure[root] = false
		}
	}
	for i := range res.Mentions {
		m := res.Mentions[i]
		if len(info[i].words) != 1 || !isEntityType(m.Type) || !pure[u.find(i)] || !tokenize.StartsUpper(m.Text) || allCaps(m.Text) {
			continue
		}
		roots := distinctRoots(holders[strings.ToLower(m.Text)], u.find)
		if len(roots) != 1 {
			continue
		}
		u.join(roots[0], i)
		info[i].method, info[i].score = MethodTitle, 0.8
		res.Mentions[i].Type = extract.Person
	}
}

// alone reports, for each mention, whether it is the only one in its set.
func (u *union) alone() []bool {
	size := make([]int, len(u.info))
	for i := range u.info {
		size[u.find(i)]++
	}
	out := make([]bool, len(u.info))
	for i := range u.info {
		out[i] = size[u.find(i)] == 1
	}
	return out
}

func (u *union) fullNames(i int) []int {
	res, info := u.res, u.info
	m := res.Mentions[i]
	short := info[i].words
	first := u.firstKey[i]
	if len(short) == 1 {
		first = info[i].key
	}
	var cands []int
	for _, j := range u.byFirst[first] {
		ws := info[j].words
		if j == i || len(ws) <= len(short) {
			continue
		}
		if m.Type != extract.Organization && res.Mentions[j].Type != extract.Organization &&
			!CompanyEnding(strings.ToLower(ws[len(ws)-1])) {
			continue
		}
		same := true
		for k := range short {
			if u.keysOf(j)[k] != u.keysOf(i)[k] {
				same = false
				break
			}
		}
		for k, w := range ws[len(short):] {
			// "Vantor & Co.": the ampersand joins the kind's word on.
			if w == "&" && k == 0 && len(ws) > len(short)+1 {
				continue
			}
			if !genericOrgWord(strings.ToLower(w)) {
				same = false
				break
			}
		}
		if same {
			cands = append(cands, j)
		}
	}
	return cands
}

// buildEntities makes an entity of each set, in order of first mention,
// and gives each mention the method and score of the decision that
// joined it: a mention with the entity's own key is exact (same text as
// the name) or a variant; one that shares its key with another mention
// inherits the decision that joined that mention.
func (u *union) buildEntities() {
	res, info := u.res, u.info
	entOf := map[int]int{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if !isEntityType(m.Type) || info[i].key == "" {
			continue
		}
		if info[i].person {
			// A person of the country, whom no name of the document
			// gives: no mention of it, nor of the country.
			m.Method, m.Score, m.Value = MethodDemonymPerson, 0.9, info[i].canon
			if m.Value == "" {
				m.Value = info[i].key
			}
			continue
		}
		root := u.find(i)
		e, ok := entOf[root]
		if !ok {
			e = len(res.Entities)
			entOf[root] = e
			res.Entities = append(res.Entities, extract.Entity{})
		}
		m.Entity = e
		m.Method, m.Score = info[i].method, info[i].score
		res.Entities[e].Mentions = append(res.Entities[e].Mentions, i)
	}
	for e := range res.Entities {
		finish(&res.Entities[e], res, info)
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Entity < 0 {
			continue
		}
		e := res.Entities[m.Entity]
		switch {
		case info[i].method == MethodAdjective:
		case info[i].key == e.Key && normSpace(m.Text) == e.Name:
			m.Method, m.Score = MethodExact, 1
		case info[i].key == e.Key && info[i].canon == "":
			m.Method, m.Score = MethodVariant, 1
		case m.Method == MethodExact || m.Method == MethodVariant:
			first := res.Mentions[u.byKey[info[i].key]]
			m.Method, m.Score = first.Method, first.Score
		}
	}
}

// genericOrgWords end organisation names and say only what kind of
// organisation it is: the name without them is its short name. Beside
// these, every word of the lexicon's CompanySuffix (the legal forms and
// the trades' plurals companies are named with: "inc", "plc",
// "holdings", "airlines") does so too (see genericOrgWord). The words
// here are the generic ones that also end other bodies' names and the
// trades' nouns in the singular, which WordNet has as common nouns with
// no sense that marks a name's ending.
var genericOrgWords = map[string]bool{
	"group": true, "holding": true, "sa": true, "nv": true, "company": true, "international": true,
	"power": true, "oil": true, "gas": true, "systems": true, "communications": true, "entertainment": true, "media": true,
	"capital": true, "partners": true, "bank": true, "financial": true, "steel": true, "foods": true, "electronics": true,
	// sports clubs: "Ostrava" for "Ostrava United" (not "City" or "Town",
	// which the place of the same name would take)
	"united": true, "fc": true, "f.c.": true, "rovers": true, "athletic": true, "wanderers": true,
	"rangers": true,
}

// genericOrgWord reports whether w, in lower case, is a word that ends
// an organisation's name and says only what kind of organisation it is
// (genericOrgWords, or the lexicon's CompanySuffix).
func genericOrgWord(w string) bool {
	return genericOrgWords[w] || CompanyEnding(w)
}

// CompanyEnding reports whether a name's last word, in lower case, is one
// that only companies' names end with ("holdings", "plc", "lines"): a name
// so ended is a company's whatever the tagger said.
func CompanyEnding(word string) bool {
	lex, err := lexicon.Default()
	return err == nil && (lex.Is(word, lexicon.CompanySuffix) || word == "group")
}

// scopeKeys gives a key of its document to each entity that nothing
// identifies beyond it: a person named by one word only (a bare surname
// such as "Smith" names different people in different articles), and an
// organisation or other name known only by an acronym the document never
// expands and the lexicon does not list. Their IRIs then never merge
// across documents on the key alone.
func (r *Resolver) scopeKeys(res *extract.Result, info []mentionInfo) {
	hash := ""
	for e := range res.Entities {
		ent := &res.Entities[e]
		if ent.Key == "" || strings.Contains(ent.Key, " "+DocumentScope+" ") || ent.Type == extract.EventType {
			continue
		}
		if len(ent.Mentions) > 0 && res.Mentions[ent.Mentions[0]].Method == MethodUnmerged {
			continue // keyed by a decision
		}
		scoped := false
		switch ent.Type {
		case extract.Person:
			// "Mrs Ek" (see splitAddressGenders) is a surname too.
			ws := strings.Fields(ent.Name)
			scoped = len(ws) == 1 || len(ws) == 2 && AddressGender(ws[0]) != 0
		case extract.Organization, extract.Miscellaneous:
			if _, ok := acronym(ent.Name); ok && len(strings.Fields(ent.Name)) == 1 {
				scoped = r.known == nil || !r.known.KnownName(ent.Name, ent.Type)
			}
		}
		if !scoped {
			continue
		}
		// A canonicalised name (a country's) is known by definition.
		canon := false
		for _, mi := range ent.Mentions {
			if info[mi].canon != "" {
				canon = true
			}
		}
		if canon {
			continue
		}
		if hash == "" {
			hash = DocumentHash(res.Doc.Text)
		}
		ent.Key = ent.Key + " " + DocumentScope + " " + hash
	}
}

// DocumentHash returns the short hash of a document's text that keys
// entities only that document identifies: the first 12 hexadecimal digits
// of its SHA-256, the start of its document IRI's.
func DocumentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:6])
}

// applyUnmerges moves the mentions named in recorded unmerge decisions to
// their own entity.
func (r *Resolver) applyUnmerges(res *extract.Result, info []mentionInfo) {
	docHash := ""
	for _, u := range r.unmerged {
		if u.Document != "" {
			if docHash == "" {
				sum := sha256.Sum256([]byte(res.Doc.Text))
				docHash = hex.EncodeToString(sum[:])
			}
			if u.Document != docHash {
				continue
			}
		}
		alias := Key(u.Alias)
		for e := 0; e < len(res.Entities); e++ {
			ent := &res.Entities[e]
			if ent.Type != u.Type || ent.Key != u.From {
				continue
			}
			var keep, move []int
			for _, mi := range ent.Mentions {
				if Key(res.Mentions[mi].Text) == alias {
					move = append(move, mi)
				} else {
					keep = append(keep, mi)
				}
			}
			if len(move) == 0 || len(keep) == 0 {
				continue
			}
			// The entity the moved mentions join: one of this document
			// keyed To, or a new one.
			to := -1
			for k := range res.Entities {
				if res.Entities[k].Key == u.To && res.Entities[k].Type == u.Type {
					to = k
				}
			}
			if to < 0 {
				to = len(res.Entities)
				res.Entities = append(res.Entities, extract.Entity{Type: u.Type})
				ent = &res.Entities[e]
			}
			for _, mi := range move {
				res.Mentions[mi].Entity = to
				res.Mentions[mi].Method, res.Mentions[mi].Score = MethodUnmerged, 1
			}
			ent.Mentions = keep
			refinish(ent, res, info, ent.Key)
			dst := &res.Entities[to]
			dst.Mentions = append(dst.Mentions, move...)
			sort.Ints(dst.Mentions)
			refinish(dst, res, info, u.To)
			for _, mi := range move {
				res.Mentions[mi].Method, res.Mentions[mi].Score = MethodUnmerged, 1
			}
		}
	}
}

// refinish recomputes an entity's name, type and aliases from its
// mentions, keeping key.
func refinish(e *extract.Entity, res *extract.Result, info []mentionInfo, key string) {
	class, sameAs, attrs := e.Class, e.SameAs, e.Attributes
	*e = extract.Entity{Mentions: e.Mentions}
	finish(e, res, info)
	e.Key = key
	if e.Class == "" {
		e.Class = class
	}
	e.SameAs, e.Attributes = sameAs, attrs
}

// finish chooses the entity's canonical name, type, class, key and aliases.
// The name drops a leading "The" unless a mention writes it capitalised
// inside its sentence (innerThe: "starred in The Harlow Years", "fans of
// The Tarviks"), where the article is the name's own.
func finish(e *extract.Entity, res *extract.Result, info []mentionInfo) {
	// votes weighs each mention by its method; perMention, one vote each,
	// types an entity that only adjectives name.
	votes, perMention := map[string]int{}, map[string]int{}
	bestName, bestClass := "", ""
	bestScore := -1
	canon := ""
	for _, i := range e.Mentions {
		m := res.Mentions[i]
		// An adjective does not vote: the entity is typed by its names.
		if m.Method != MethodAdjective {
			votes[m.Type] += 2
		}
		perMention[m.Type]++
		switch m.Method {
		case MethodSurname, MethodAcronym:
			votes[m.Type]-- // weaker evidence of type
		case MethodShortName:
			votes[m.Type] -= 2 // typed by the full name
		}
		if info[i].canon != "" && canon == "" {
			canon, bestClass = info[i].canon, info[i].class
		}
		if m.Class != "" && bestClass == "" {
			bestClass = m.Class
		}
		// Longest name in words, then not in capitals only (a dateline's
		// "PARIS" is "Paris"), then in letters, then earliest; an
		// adjective names its entity only if nothing else does.
		s := len(info[i].words)*10000 + utf8.RuneCountInString(m.Text)
		if info[i].method == MethodAdjective {
			s = 0
		}
		if !allCaps(m.Text) {
			s += 1000
		}
		if s > bestScore {
			bestScore, bestName = s, normSpace(m.Text)
			if m.Type == extract.Person {
				bestName = strings.Join(info[i].words, " ")
				if info[i].address != "" {
					bestName = info[i].address + " " + bestName
				}
			}
		}
	}
	if canon != "" {
		bestName = canon
	}
	if len(votes) == 0 {
		// Named by adjectives only, as the alias of one another.
		votes = perMention
	}
	types := make([]string, 0, len(votes))
	for t := range votes {
		types = append(types, t)
	}
	sort.Strings(types)
	bestType := ""
	for _, t := range types {
		if bestType == "" || votes[t] > votes[bestType] {
			bestType = t
		}
	}
	if rest, ok := strings.CutPrefix(bestName, "The "); ok && rest != "" && !innerThe(res, e.Mentions, bestName) {
		bestName = rest
	}
	e.Name, e.Type, e.Class, e.Key = bestName, bestType, bestClass, Key(bestName)
	seen := map[string]bool{bestName: true}
	for _, i := range e.Mentions {
		a := normSpace(res.Mentions[i].Text)
		if !seen[a] {
			seen[a] = true
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
}

// innerThe reports whether one of the mentions is name, which begins
// with "The", written inside its sentence: a work's title that opens with
// the article ("she starred in The Harlow Years") keeps it, where a
// sentence's or a quote's capital ("The Harlow Years won", 'she said:
// "The Harlow Years ...') tells nothing.
func innerThe(res *extract.Result, mentions []int, name string) bool {
	for _, i := range mentions {
		m := res.Mentions[i]
		if normSpace(m.Text) != name || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		if k := tokenAt(toks, m.Start); k > 0 && !sentenceOpening(toks, k) && !opensAfter(toks[k-1].Text) {
			return true
		}
	}
	return false
}

// opensAfter reports whether w, the token before a capitalised word,
// may open a quote, or a colon or a dash (a dateline's) start a clause,
// so that the word's capital may be the clause's.
func opensAfter(w string) bool {
	switch w {
	case ":", "-", "--", "—", "–":
		return true
	}
	return openingQuote(w)
}

// trimOpeners narrows a name that the recognizer began with the word
// opening its sentence when the part-of-speech tagger read that word as a
// conjunction, a preposition or a modal verb: "But Harlow Council said"
// names Harlow Council, "By Ann Lee" (a byline) Ann Lee, "Might Ann Lee
// stay on?" (a question's modal, which the tagger may read as a proper noun:
// modal, the modal-opener rule) Bo Ek. A title of a work keeps its
// first word ("In the Name of the Law" is tagged miscellaneous), and so
// does a name whose next word is not capitalised.
func (r *Resolver) trimOpeners(res *extract.Result) {
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type == extract.Miscellaneous || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		if len(s.Tokens) < 2 || len(s.POS) != len(s.Tokens) || s.Tokens[0].Start != m.Start {
			continue
		}
		// In capitals (a dateline's "HONG KONG") the tagger's reading
		// is no guide.
		if tag := s.POS[0]; tag != "CC" && tag != "IN" && !r.modal(strings.ToLower(s.Tokens[0].Text)) || allCaps(s.Tokens[0].Text) {
			continue
		}
		next := s.Tokens[1]
		if next.End > m.End || !tokenize.StartsUpper(next.Text) {
			continue
		}
		m.Text = m.Text[next.Start-m.Start:]
		m.Start = next.Start
	}
}

// splitCoordinated splits a mention the recognizer ran over two names
// joined by "and" ("Vellex and Tarvix", "Bo Ek and Harlow Rovers") into
// the two, when the document names one of them alone elsewhere and
// neither side holds a word in lower case or a comma: "Marks and
// Spencer", "the Food and Drug Administration" and "the Department for
// Culture, Media and Sport" stay whole. It splits them too when the
// second begins with "the" ("Acme and the Harlow Courier") or twoNames
// says each is a whole name, or when a comma after another name comes
// before it (afterListed) and the gazetteer does not list the whole, or
// when the first ends as a whole name does (headedPair: "the Harlow
// Council and Channel 4"), or each side has a body's head of its own
// (bodyOfPair: "the Harlow Commission and Vell Union of Students"). A
// miscellaneous mention (a title: "Will and
// Grace") is left alone.
func (r *Resolver) splitCoordinated(res *extract.Result) {
	alone := map[string]bool{}
	ends := map[int]int{} // the end of each mention: its sentence
	for _, m := range res.Mentions {
		alone[m.Text] = true
		ends[m.End] = m.Sentence
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type == extract.Miscellaneous || strings.Count(m.Text, " and ") != 1 {
			continue
		}
		a, b, _ := strings.Cut(m.Text, " and ")
		if the, ok := strings.CutPrefix(b, "the "); ok && nameWords(the) && nameWords(a) {
			b = the // "Acme and the Harlow Courier"
		} else if !((alone[a] || alone[b] || afterListed(res, ends, *m) && !r.listed(m.Text)) && firmWords(a) && firmWords(b) || ofNameWords(a) && ofNameWords(b) && (r.twoNames(m.Text, a, b) || (alone[a] || alone[b]) && r.worksAfter(res, *m)) || r.headedPair(res.Doc.Text, *m, a, b) || r.eventPlacePair(*m, a, b) || r.bodyOfPair(*m, a, b)) {
			continue
		}
		second := splitTwo(m, a, b)
		add = append(add, second)
	}
	res.Mentions = append(res.Mentions, add...)
}

// worksAfter reports whether a lower-case plural noun for a kind of work
// (or one of the trades' nouns for their works) follows m: "the Harlow
// Road and Call of Tarn franchises" are two works, each a whole name
// with its function words.
func (r *Resolver) worksAfter(res *extract.Result, m extract.Mention) bool {
	if r.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.End })
	// The tagger reads such a plural as a verb at times ("the X and Y
	// franchises leaves ..."): a verb's third person is taken only
	// after a determiner or an adjective before the names.
	if k >= len(s.Tokens) || len(s.POS) != len(s.Tokens) || !tokenize.StartsLower(s.Tokens[k].Text) {
		return false
	}
	if s.POS[k] != "NNS" && !(s.POS[k] == "VBZ" && r.modifiedName(s, m)) {
		return false
	}
	word := strings.ToLower(s.Tokens[k].Text)
	one := r.words.Lemma(word, "NNS")
	return r.words.Is(one, lexicon.Work) || r.words.Is(one, lexicon.CreativeWork) || r.words.Is(strings.TrimSuffix(word, "s"), lexicon.TradeWork)
}

// modifiedName reports whether a determiner or an adjective stands right
// before m in sentence s.
func (r *Resolver) modifiedName(s *extract.Sentence, m extract.Mention) bool {
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.Start }) - 1
	return k >= 0 && (s.POS[k] == "DT" || strings.HasPrefix(s.POS[k], "JJ"))
}

// afterListed reports whether m follows a comma right after another
// name of its sentence: "Harlow, Tarvik Club and Bloc Mill" lists three
// names, and the "and" joins the list's last two (the list-items rule).
func afterListed(res *extract.Result, ends map[int]int, m extract.Mention) bool {
	before := strings.TrimRight(res.Doc.Text[:m.Start], " ")
	comma, ok := strings.CutSuffix(before, ",")
	if !ok {
		return false
	}
	s, ok := ends[len(comma)]
	return ok && s == m.Sentence
}

// firmWords reports whether s is nameWords once the ampersands inside
// it are left out: "&" joins the names of a firm's founders ("Vell &
// Pellam and Acme" are two firms), "and" the firms.
func firmWords(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 || fs[0] == "&" || fs[len(fs)-1] == "&" {
		return false
	}
	return nameWords(strings.ReplaceAll(s, " & ", " "))
}

// ofNameWords reports whether s begins with a capital and every word of
// it begins with a capital or a digit or is a function word ("Bank of
// Norland"), and none ends in a comma.
func ofNameWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !(tokenize.StartsUpper(w) || w[0] >= '0' && w[0] <= '9' || isFunctionWord(w)) || strings.HasSuffix(w, ",") {
			return false
		}
	}
	return tokenize.StartsUpper(s)
}

// nameWords reports whether every word of s begins with a capital or a
// digit and none ends in a comma.
func nameWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !(tokenize.StartsUpper(w) || w[0] >= '0' && w[0] <= '9') || strings.HasSuffix(w, ",") {
			return false
		}
	}
	return s != ""
}

// dropNonNames drops the mentions that name no one: an acronym in the
// plural ("DVDs", "MPs", "NGOs": things of a kind), a currency's name
// alone right after an amount ("Euros" in "20m Euros": a unit, which the
// quantity holds; "Real" alone may be a club), an adjective alone
// before a noun that stands for no country or party ("Olympic gold"), a
// common word that only a title-case headline capitalises, and a
// holiday's name ("Christmas Day": a date, which names no thing), a
// time zone's after a clock time ("1200 GMT"), and a noun for the people
// of a place ("Britons", "a Welshman": see inhabitantNoun), and the
// link labels a feed puts in brackets after a company's name ("Acme
// (Quote, Chart)": see linkBox), and a common noun's phrase a writer
// capitalised that the document also writes in lower case ("basic Water
// Rights" and "water rights": see commonPhrase), and a verb a writer
// capitalised ("Persuade and Deter": see verbWord), and a
// pronoun alone ("I": see pronounAlone).
//
// An adjective before a noun is kept when the document names what it
// stands for, of which it is then an alias: the same word as a name
// elsewhere, or the place or faith it pertains to ("Norlandic farmers"
// in a text that names Norland; see pertainedKey).
func (r *Resolver) dropNonNames(res *extract.Result) (adjectives map[[2]int]bool) {
	kept := res.Mentions[:0]
	var inner map[string]bool // the words written inside a sentence, made on first use
	var adjective []bool      // whether each kept mention is an adjective before a noun
	spelled := commonExpansions(res)
	for _, m := range res.Mentions {
		m = cutTicker(m)
		if tokenize.TickerNotName(m.Text) || pluralAcronym(m.Text) || r.commonAcronym(m) && !r.stateAfterTown(res, m) || spelled[m.Text] && (m.Type == extract.Organization || m.Type == extract.Miscellaneous) || r.currencyAfterAmount(res, m) || currencySign(res, m) || r.initialNoun(res, m, &inner) || r.prefixedNoun(m) || r.headlineWord(res, m) || r.headlinePhrase(res, m) || r.capsHeadlineVerb(res, m) || r.holiday(m) || r.timeZoneAfterTime(res, m) || r.honorificAlone(m) || r.inhabitantNoun(res, m) || partyStateTag(res, m) || tickerBox(res, m) || r.wordNonName(res, m) {
			continue
		}
		adjective = append(adjective, r.modifierAdjective(res, m))
		kept = append(kept, m)
	}
	res.Mentions = kept
	if !slices.Contains(adjective, true) {
		return nil
	}
	// The names of the other mentions, by key.
	names := r.documentNames(res, func(i int) bool { return adjective[i] })
	adjectives = map[[2]int]bool{}
	kept = res.Mentions[:0]
	for i, m := range res.Mentions {
		if adjective[i] {
			if _, named := names[Key(m.Text)]; !named {
				if _, ok := r.pertainedKey(res, names, m); !ok {
					continue
				}
			}
			adjectives[[2]int{m.Start, m.End}] = true
		}
		kept = append(kept, m)
	}
	res.Mentions = kept
	return adjectives
}

// wordNonName reports whether mention m is a feed's link label
// (linkBox), a common phrase a writer capitalised (commonPhrase), a verb
// (verbWord), a pronoun alone (pronounAlone), a word for a quality or a
// fear (abstractName), a demonym hyphened to "based" before a common
// noun (basedDemonym), a demonym before "title" (titleDemonym), a
// vote's answer alone (answerAlone) or an auxiliary verb in capitals
// for stress (capsAuxiliary).
func (r *Resolver) wordNonName(res *extract.Result, m extract.Mention) bool {
	return r.linkBox(res, m) || r.commonPhrase(res, m) || r.verbWord(m) || r.pronounAlone(m) || r.abstractName(m) || r.basedDemonym(res, m) || r.titleDemonym(res, m) || answerAlone(m) || r.capsAuxiliary(res, m)
}

// titleDemonym reports whether mention m is a country's demonym, no
// plural, right before "title" and no "of" ("took Harlow to a Norlandic
// title"): a league's championship or a work's title in the language,
// no mention of the country's role (demonym-title).
func (r *Resolver) titleDemonym(res *extract.Result, m extract.Mention) bool {
	d, ok := r.aliases.(Demonyms)
	if !ok || m.End > len(res.Doc.Text) || !d.IsDemonym(m.Text) || strings.HasSuffix(m.Text, "s") {
		return false
	}
	rest, ok := strings.CutPrefix(res.Doc.Text[m.End:], " title")
	if !ok || rest != "" && unicode.IsLetter(rune(rest[0])) {
		return false
	}
	return !strings.HasPrefix(strings.TrimLeft(rest, " "), "of ")
}

// basedDemonym reports whether mention m is a country's demonym hyphened
// to "based" before a word in lower case ("the Norlandic-based firm"):
// where a firm the text names elsewhere is based, no mention of the
// country's role (demonym-based). Before a name ("Norlandic-based
// Acme") it stays, as the place Acme is based in.
func (r *Resolver) basedDemonym(res *extract.Result, m extract.Mention) bool {
	d, ok := r.aliases.(Demonyms)
	if !ok || m.End > len(res.Doc.Text) {
		return false
	}
	// The recognizer takes the hyphened word in ("Norlandic-based") or
	// leaves it out.
	word, rest := m.Text, res.Doc.Text[m.End:]
	if w, cut := strings.CutSuffix(word, "-based"); cut {
		word, rest = w, "-based"+rest
	}
	rest, ok = strings.CutPrefix(rest, "-based ")
	if !ok || !d.IsDemonym(word) {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return next != "" && !tokenize.StartsUpper(next)
}

// documentNames indexes the mentions but those skip says under the keys
// of their names: the key of the text and of the canonical name of each
// mention of a place, an organisation or a miscellaneous thing (a
// faith), then, where no name has the key, the places and faiths a
// miscellaneous name that is a proper adjective pertains to: the
// document names the faith by it ("Vellist" as a name, then "Vellic
// clerics"). The first mention of a key keeps it.
func (r *Resolver) documentNames(res *extract.Result, skip func(int) bool) map[string]int {
	names := map[string]int{}
	add := func(k string, i int) {
		if _, ok := names[k]; !ok && k != "" {
			names[k] = i
		}
	}
	for i, m := range res.Mentions {
		if skip(i) || m.Type != extract.Location && m.Type != extract.Organization && m.Type != extract.Miscellaneous {
			continue
		}
		add(Key(m.Text), i)
		if r.aliases != nil {
			if c, _, _, ok := r.aliases.Canonical(m.Text, m.Type); ok {
				add(Key(c), i)
			}
		}
	}
	for i, m := range res.Mentions {
		if skip(i) || m.Type != extract.Miscellaneous || r.words == nil || !tokenize.StartsUpper(m.Text) {
			continue
		}
		for _, p := range r.words.Pertains(strings.ToLower(m.Text)) {
			add(Key(p), i)
		}
	}
	return names
}

// pertainedKey returns the key in names of the place or faith that m, a
// proper adjective of one or two words ("Norlandic"), pertains to by the
// lexicon, when the document names it.
func (r *Resolver) pertainedKey(res *extract.Result, names map[string]int, m extract.Mention) (int, bool) {
	if r.words == nil || !tokenize.StartsUpper(m.Text) || strings.Count(m.Text, " ") > 1 {
		return 0, false
	}
	for _, p := range r.words.Pertains(strings.ToLower(m.Text)) {
		if j, ok := names[Key(p)]; ok && res.Mentions[j].Start != m.Start {
			return j, true
		}
	}
	return 0, false
}

// initialNoun reports whether mention m is one word that opens its
// sentence and is a common noun news writes in lower case more often than
// not ("Party leader X said", "Born in 1950, ..."), which the gazetteer
// lists as no name and the document never capitalises inside a
// sentence: the capital is the sentence's. So is an adverb's in "ly"
// that opens the sentence or a quote (see initialAdverb).
func (r *Resolver) initialNoun(res *extract.Result, m extract.Mention, inner *map[string]bool) bool {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || strings.ContainsAny(m.Text, " -.0123456789") || allCaps(m.Text) {
		return false
	}
	toks := res.Sentences[m.Sentence].Tokens
	lw := strings.ToLower(m.Text)
	if r.initialAdverb(lw) || r.onlyAdverb(lw) {
		// An adverb that opens the sentence, a quote in it or a clause
		// after a bracket ("Luckily, ...", 'he said: "Sadly, ...',
		// "(Acme Vell) Hence, ..."): WordNet knows it as no noun, and
		// news seldom capitalises one inside a sentence, so its casing
		// may not be counted at all (the opening-adverb rule).
		if lo, hi, ok := casings.Casing(m.Text); ok && hi >= lo || r.listed(m.Text) {
			return false
		}
		for k, t := range toks {
			if t.Start == m.Start && t.End == m.End {
				return k == 0 || openingQuote(toks[k-1].Text) || toks[k-1].Text == ")" || toks[k-1].Text == "]"
			}
		}
		return false
	}
	if len(toks) == 0 || toks[0].Start != m.Start || toks[0].End != m.End {
		return false
	}
	if !r.words.Known(r.words.Lemma(lw, "NN"), lexicon.Noun) {
		return false
	} else if lo, hi, ok := casings.Casing(m.Text); !ok || hi >= lo {
		return false
	}
	// A name the gazetteer lists (a town named by a common word) is one.
	if r.listed(m.Text) {
		return false
	}
	// Written with its capital inside a sentence: a name here too.
	if *inner == nil {
		*inner = map[string]bool{}
		for si := range res.Sentences {
			for i, t := range res.Sentences[si].Tokens {
				if i > 0 {
					(*inner)[t.Text] = true
				}
			}
		}
	}
	return !(*inner)[m.Text]
}

// initialAdverb reports whether lw, a word in lower case, is one WordNet
// knows as an adverb ending in "ly" and as no noun ("luckily",
// "additionally"; not "family", "Italy" or "Bly").
func (r *Resolver) initialAdverb(lw string) bool {
	return len(lw) > 4 && strings.HasSuffix(lw, "ly") && r.words.Known(lw, lexicon.Adverb) && !r.words.Known(r.words.Lemma(lw, "NN"), lexicon.Noun)
}

// onlyAdverb reports whether lw, a word in lower case, is one WordNet
// knows as an adverb and as no noun, adjective or verb ("hence",
// "thus"; not "well", "fast" or "home").
func (r *Resolver) onlyAdverb(lw string) bool {
	return r.words.Known(lw, lexicon.Adverb) && !r.words.Known(r.words.Lemma(lw, "NN"), lexicon.Noun) && !r.words.Known(lw, lexicon.Adjective) && !r.words.Known(r.words.Lemma(lw, "VB"), lexicon.Verb)
}

// openingQuote reports whether w is a quotation mark that may open a
// quote.
func openingQuote(w string) bool {
	switch w {
	case "\"", "“", "'", "‘", "``":
		return true
	}
	return false
}

// nounPrefixes are the prefixes English writes with a hyphen before a
// common noun ("anti-spam", "ex-guard", "post-production"). It is not
// lexicon's Prefix, the prefixes that make a word of a name
// ("anti-Norland", which trimAffix cuts): that class also has pro, pan,
// neo, super, ultra, inter, trans, counter and under, which open names
// made of a common noun too ("the Super-League", "Inter-Faith Week"),
// and lacks cross and multi, which come before common nouns ("cross-border",
// "multi-party") more than before names. prefixedNoun drops a capitalised
// "Prefix-noun" as no name, so it keeps its own list (with lexicon's
// Prefix instead, kg's output on news changes).
var nounPrefixes = map[string]bool{"anti": true, "ex": true, "non": true, "pre": true, "post": true, "cross": true, "mid": true, "over": true, "self": true, "multi": true, "semi": true, "sub": true}

// prefixedNoun reports whether mention m, one body's, place's or
// miscellaneous word, is such a prefix and a common noun news writes in
// lower case more often than not ("Anti-Tarvik" is a name, "Anti-Spam"
// is none): a capitalised common noun, as in a headline.
func (r *Resolver) prefixedNoun(m extract.Mention) bool {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil || m.Type == extract.Person || m.Type == extract.EventType || strings.ContainsAny(m.Text, " .0123456789") {
		return false
	}
	pre, rest, ok := strings.Cut(m.Text, "-")
	if !ok || !nounPrefixes[strings.ToLower(pre)] || rest == "" || strings.Contains(rest, "-") || allCaps(rest) {
		return false
	}
	if !r.words.Known(r.words.Lemma(strings.ToLower(rest), "NN"), lexicon.Noun) {
		return false
	}
	lo, hi, ok := casings.Casing(rest)
	return ok && lo > hi
}

// timeZoneAfterTime reports whether mention m is a time zone's time
// right after a clock time ("1200 GMT", "9:30 EST"): part of the time,
// which names nothing.
func (r *Resolver) timeZoneAfterTime(res *extract.Result, m extract.Mention) bool {
	return r.words != nil && (afterAmount(res, m) || afterClock(res, m)) && r.timeZone(m.Text)
}

// timeZone reports whether name is a time zone's name or its initials
// ("EST"; "PT" for Pacific Time).
func (r *Resolver) timeZone(name string) bool {
	l := strings.ToLower(name)
	if r.words.Is(l, lexicon.TimeZone) {
		return true
	}
	if len(l) < 2 || len(l) > 4 || strings.ContainsAny(l, " .") {
		return false
	}
	for _, z := range r.words.Members(lexicon.TimeZone) {
		if ws := strings.Fields(z); len(ws) == len(l) {
			initials := ""
			for _, w := range ws {
				initials += w[:1]
			}
			if initials == l {
				return true
			}
		}
	}
	return false
}

// afterClock reports whether mention m follows a clock time's "am" or
// "pm" ("10:15 PM PT", "6:05 a.m. EST"), perhaps across the sentence
// break a splitter puts after "a.m.".
func afterClock(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	toks := res.Sentences[m.Sentence].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
	before := toks[:k]
	if k == 0 && m.Sentence > 0 {
		before = res.Sentences[m.Sentence-1].Tokens
	}
	n := len(before)
	if n < 2 {
		return false
	}
	switch strings.ToLower(before[n-1].Text) {
	case "am", "pm", "a.m.", "p.m.", "a.m", "p.m":
		return strings.ContainsAny(before[n-2].Text, "0123456789")
	}
	return false
}

// currencySign reports whether mention m is a dollar sign with a
// country's letters before it, right before an amount ("A$5m", "NZ$40"):
// the quantity holds the currency; the sign names no one (the
// currency-sign rule).
func currencySign(res *extract.Result, m extract.Mention) bool {
	code, ok := strings.CutSuffix(m.Text, "$")
	if !ok || len(code) == 0 || len(code) > 3 || strings.ToUpper(code) != code || m.End >= len(res.Doc.Text) {
		return false
	}
	for _, c := range code {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	next := res.Doc.Text[m.End]
	return next >= '0' && next <= '9'
}

// currencyAfterAmount reports whether mention m is one word that is a
// currency's name, right after an amount.
func (r *Resolver) currencyAfterAmount(res *extract.Result, m extract.Mention) bool {
	return r.words != nil && !strings.ContainsAny(m.Text, " 0123456789") &&
		r.words.Is(r.words.Lemma(m.Text, "NNS"), lexicon.Currency) && afterAmount(res, m)
}

// afterAmount reports whether the token before mention m holds a digit
// ("20m", "1.5", "300").
func afterAmount(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	toks := res.Sentences[m.Sentence].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
	return k > 0 && strings.ContainsAny(toks[k-1].Text, "0123456789")
}

// trimMemberTails narrows a name the recognizer ran into the plural
// acronym of the members a party has after it ("Unity MPs", "Vell Dem
// MEPs") to the party's name: the members are people of it, not its
// name.
func (r *Resolver) trimMemberTails(res *extract.Result) {
	parties, ok := r.aliases.(Parties)
	if !ok {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		words := wordSpans(m.Text)
		if len(words) < 2 || m.Type == extract.Person {
			continue
		}
		last := words[len(words)-1]
		if !pluralAcronym(m.Text[last[0]:last[1]]) || !tokenize.StartsUpper(m.Text[words[0][0]:words[0][1]]) {
			continue
		}
		end := words[len(words)-2][1]
		if _, ok := parties.PartyName(m.Text[:end]); !ok {
			continue
		}
		m.End = m.Start + end
		m.Text = m.Text[:end]
		if m.Type == extract.Miscellaneous {
			m.Type = extract.Organization
		}
	}
}

// tickerBox reports whether m stands in the brackets a news feed puts
// after a company's name, its stock symbol and a colon before links
// ("Acme (ACM.N: Quote, Profile, Research)"), or is the exchange or the
// symbol of an exchange's bracket after a name ("Acme (Nasdaq: ACMX)",
// "Acme's (NYSE: ACM - news)"): markup, not names.
func tickerBox(res *extract.Result, m extract.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	toks := res.Sentences[m.Sentence].Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start })
	for i := k - 1; i >= 0; i-- {
		switch toks[i].Text {
		case ")":
			return false
		case "(":
			return i+2 < k && tokenize.TickerNotName(toks[i+1].Text) && toks[i+2].Text == ":" || exchangeBox(toks, i) && m.End <= toks[i+3].End
		}
	}
	return false
}

// exchangeBox reports whether the bracket opening at token i holds an
// exchange's abbreviation and a stock symbol about a colon, either way
// round, before its end, a dash or a comma, right after a name or its
// possessive: "Acme (Nasdaq: ACMX)", "Acme's (NYSE: ACM - news)",
// "Acme (ACM: Nasdaq)". A writer's label and a credit ("(Photo: AP)")
// follow no name.
func exchangeBox(toks []tokenize.Token, i int) bool {
	if i < 1 || i+4 >= len(toks) || toks[i+2].Text != ":" {
		return false
	}
	switch toks[i+4].Text {
	case ")", "-", ",", ";":
	default:
		return false
	}
	a, b := toks[i+1].Text, toks[i+3].Text
	if !(symbolWord(b) && exchangeWord(a) || symbolWord(a) && exchangeWord(b)) {
		return false
	}
	before := toks[i-1].Text
	return before == "'s" || before == "'" || before == "’s" || unicode.IsUpper(firstRune(before))
}

// symbolWord reports whether s is spelt as a bare stock symbol: one to
// five capitals.
func symbolWord(s string) bool {
	return len(s) >= 1 && len(s) <= 5 && strings.IndexFunc(s, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// exchangeWord reports whether s is spelt as an exchange's
// abbreviation: three to six letters, all capitals or a capital and
// lower case ("NYSE", "Nasdaq").
func exchangeWord(s string) bool {
	if len(s) < 3 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') }) < 0
}

// cutTicker cuts a ticker the tagger took into a name from its end
// ("Acme ACM.N" is Acme).
func cutTicker(m extract.Mention) extract.Mention {
	if i := strings.LastIndexByte(m.Text, ' '); i > 0 && tokenize.TickerNotName(m.Text[i+1:]) {
		m.Text = strings.TrimRight(m.Text[:i], " ")
		m.End = m.Start + len(m.Text)
	}
	return m
}

// acronymShare is the least share of its uses that news writes an
// acronym WordNet has as a common noun in the plural ("TV", "TVs"), and
// acronymPlural the least for one it has not ("PVR"): names of bodies
// are hardly ever pluralised, those of a product line a little ("the
// Acme X1s").
const (
	acronymShare  = 0.03
	acronymPlural = 0.2
)

// commonAcronym reports whether mention m, a body's, a place's or a
// miscellaneous name, is an acronym that news writes in the plural ("DVDs", "PVRs")
// often enough to be a kind of thing or of person, as a common noun is
// ("a DVD", "the PVR", "a DJ"), no name.
func (r *Resolver) commonAcronym(m extract.Mention) bool {
	a, ok := r.aliases.(Acronyms)
	if !ok || m.Type != extract.Organization && m.Type != extract.Miscellaneous && m.Type != extract.Location {
		return false
	}
	single, plural, ok := a.Acronym(m.Text)
	if !ok {
		return false
	}
	share := float64(plural) / float64(single+plural)
	noun := r.words != nil && r.words.Known(strings.ToLower(m.Text), lexicon.Noun)
	return share >= acronymPlural || noun && share >= acronymShare
}

// stateAfterTown reports whether mention m, a place's acronym, follows a
// comma after a place's name, as a state's does after its town
// ("Harlow, ZQ"): a place's name, whatever else the acronym stands for.
func (r *Resolver) stateAfterTown(res *extract.Result, m extract.Mention) bool {
	if m.Type != extract.Location || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	k := sort.Search(len(s.Tokens), func(k int) bool { return s.Tokens[k].Start >= m.Start })
	return k >= 2 && s.Tokens[k-1].Text == "," && tokenize.StartsUpper(s.Tokens[k-2].Text)
}

// commonExpansions returns the acronyms the document spells out in
// words in lower case before them in brackets: "a personal video
// recorder (PVR)", "mild cognitive decline (MCD)", and with a letter
// from inside a word or a small letter from a function word ("radio
// frequency identification (RFID)", "voice over internet protocol
// (VoIP)": see spelledLower). Such an acronym stands for a common noun's
// phrase, no name, wherever the document writes it.
func commonExpansions(res *extract.Result) map[string]bool {
	var out map[string]bool
	for si := range res.Sentences {
		toks := res.Sentences[si].Tokens
		for k := 1; k+1 < len(toks); k++ {
			if toks[k-1].Text != "(" || toks[k+1].Text != ")" {
				continue
			}
			a, ok := acronymShape(toks[k].Text)
			if !ok {
				continue
			}
			if lowerInitials(toks[:k-1], a) || spelledLower(toks[:k-1], a) {
				if out == nil {
					out = map[string]bool{}
				}
				out[a] = true
			}
		}
	}
	return out
}

// acronymShape returns w, less a plural's "s" after capitals ("SUVs"),
// when it has the shape of an acronym: two to six letters, the first a
// capital and two of them or more capitals ("ZQR", "ZqR"); ok is false
// otherwise.
func acronymShape(w string) (string, bool) {
	if a := strings.TrimSuffix(w, "s"); allCaps(a) {
		w = a
	}
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return "", false
	}
	capitals := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			capitals++
		case c < 'a' || c > 'z':
			return "", false
		}
	}
	return w, capitals >= 2
}

// lowerInitials reports whether the words in lower case that end toks,
// less the function words among them ("of", "and"), begin with the
// letters of acronym a, one word each: "digital video recorder" for
// "DVR".
func lowerInitials(toks []tokenize.Token, a string) bool {
	i := len(a) - 1
	for k := len(toks) - 1; k >= 0 && i >= 0; k-- {
		w := toks[k].Text
		if initialsFunctionWord(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || unicode.ToUpper(r) != rune(a[i]) {
			return false
		}
		i--
	}
	return i < 0
}

// initialsFunctionWord reports whether w is one of the function words an
// acronym usually leaves out ("of", "and").
func initialsFunctionWord(w string) bool {
	switch w {
	case "of", "and", "the", "for", "in", "on", "to", "over", "&":
		return true
	}
	return false
}

// spelledLower reports whether two words or more in lower case that end
// toks spell acronym a the looser way acronyms are made: each word that
// is no function word gives its first letter and perhaps more of its
// letters, in order ("radio frequency identification" for "RFID"), and a
// function word gives its first letter only where a writes it small
// ("distributed denial of service" for "DDoS"), else none.
func spelledLower(toks []tokenize.Token, a string) bool {
	k := len(toks)
	for k > 0 && len(toks)-k < 2*len(a) && lowerWord(toks[k-1].Text) {
		k--
	}
	for start := k; start <= len(toks)-2; start++ {
		words := make([]string, 0, len(toks)-start)
		for _, t := range toks[start:] {
			words = append(words, t.Text)
		}
		if initialsFunctionWord(words[0]) {
			continue
		}
		if spells(words, a) {
			return true
		}
	}
	return false
}

// lowerWord reports whether w is a word of small letters, perhaps
// hyphened ("age-related").
func lowerWord(w string) bool {
	if w == "" || w == "&" {
		return w == "&"
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// spells reports whether words spell acronym a as spelledLower says.
func spells(words []string, a string) bool {
	if len(words) == 0 {
		return a == ""
	}
	w, rest := words[0], words[1:]
	if initialsFunctionWord(w) {
		if a != "" && a[0] == w[0] && spells(rest, a[1:]) {
			return true
		}
		return spells(rest, a)
	}
	if a == "" || w[0] != a[0]|0x20 {
		return false
	}
	// a[1:n] may be letters from inside w, in order.
	p := 1
	for n := 1; n <= len(a); n++ {
		if n > 1 {
			q := strings.IndexByte(w[p:], a[n-1]|0x20)
			if q < 0 {
				return false
			}
			p += q + 1
		}
		if spells(rest, a[n:]) {
			return true
		}
	}
	return false
}

// pluralAcronym reports whether s is two capital letters or more and a
// small "s".
func pluralAcronym(s string) bool {
	n := len(s)
	if n < 3 || s[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// placeCompounds are the hyphened words after a place's name that make
// the compound an adjective of that place: "Harlow-based Acme",
// "Norland-born Ann Lee".
var placeCompounds = map[string]bool{"based": true, "born": true, "headquartered": true, "registered": true}

// otherCompounds are the hyphened words after a name that make the
// compound an adjective of a body or a side, not of a place:
// "Norland-led", "Acme-owned". They are participles of unrelated senses
// (leading, backing, owning, running, making) that WordNet joins under
// no sense of its own, so they are listed.
var otherCompounds = map[string]bool{"led": true, "backed": true, "owned": true, "funded": true, "controlled": true, "run": true,
	"allied": true, "linked": true, "sponsored": true, "made": true}

// splitCompounds splits a mention the recognizer ran from such a compound
// on into the name it modifies ("San Harlow-based Acme", "Norlandic-born
// Ann Lee") into the compound, which trimCompounds then narrows to its
// place, and the name after it. A miscellaneous name after "-born" is a
// person's; after "-based" and the others an organisation's.
func splitCompounds(res *extract.Result) {
	n := len(res.Mentions)
	for i := 0; i < n; i++ {
		m := &res.Mentions[i]
		words := wordSpans(m.Text)
		for k := 0; k+1 < len(words); k++ {
			w := m.Text[words[k][0]:words[k][1]]
			j := strings.LastIndexByte(w, '-')
			if j <= 0 || !placeCompounds[w[j+1:]] || !tokenize.StartsUpper(w) || !tokenize.StartsUpper(m.Text[words[k+1][0]:words[k+1][1]]) {
				continue
			}
			rest := *m
			rest.Start = m.Start + words[k+1][0]
			rest.Text = m.Text[words[k+1][0]:]
			if rest.Type == extract.Miscellaneous {
				rest.Type = extract.Organization
				if w[j+1:] == "born" {
					rest.Type = extract.Person
				}
			}
			m.End = m.Start + words[k][1]
			m.Text = m.Text[:words[k][1]]
			m.Type = extract.Miscellaneous
			res.Mentions = append(res.Mentions, rest)
			break
		}
	}
}

// trimCompounds narrows a mention of a hyphenated compound such as
// "Taiwan-based" or "Saudi-led" to the name it is built on. The name of a
// "-based", "-born" or "-headquartered" compound is a place. A
// miscellaneous one-word compound of a name and an English word or prefix
// ("Oscar-nominated", "Arvel-era", "anti-Norland", "ex-Unity") is an adjective
// made of the name: it narrows to the name when the document names that
// too (and joins its entity), and is dropped when it does not; so is a
// name of more words whose last word is such a compound before a word in
// lower case ("Pop Harbour-type shows": see nameTailModifier).
func (r *Resolver) trimCompounds(res *extract.Result) {
	// affixed marks the mentions trimAffix narrowed: kept only when the
	// document also names what they were built on.
	affixed := map[int]bool{}
	defer func() {
		if len(affixed) == 0 {
			return
		}
		named := map[string]bool{}
		for i, m := range res.Mentions {
			if !affixed[i] {
				named[Key(m.Text)] = true
			}
		}
		kept := res.Mentions[:0]
		for i, m := range res.Mentions {
			if !affixed[i] || named[Key(m.Text)] {
				kept = append(kept, m)
			}
		}
		res.Mentions = kept
	}()
	for i := range res.Mentions {
		m := &res.Mentions[i]
		j := strings.LastIndexByte(m.Text, '-')
		if j <= 0 || j == len(m.Text)-1 {
			continue
		}
		suffix := m.Text[j+1:]
		switch {
		case placeCompounds[suffix]:
			if m.Type == extract.Miscellaneous {
				m.Type = extract.Location
			}
		case otherCompounds[suffix]:
		default:
			if (m.Type == extract.Miscellaneous && !strings.ContainsAny(m.Text, " ") || r.nameTailModifier(res, *m)) && r.trimAffix(m) {
				affixed[i] = true
			}
			continue
		}
		m.End = m.Start + j
		m.Text = m.Text[:j]
	}
}

// nameTailModifier reports whether m is a name of two words or more
// whose last word a hyphen joins to a word in lower case, before a noun
// or an adjective in lower case: "more Star Harbour-type shows", "a Vell Cup-winning
// side", "Ann Lee-style politics", the word after the hyphen one news
// writes in lower case more often than not. The lower-case part makes the word a
// modifier of the noun after it, not a name's word; trimCompounds narrows
// it to the name as it narrows "Arvel-era" (the hyphen-tail rule).
func (r *Resolver) nameTailModifier(res *extract.Result, m extract.Mention) bool {
	if !isEntityType(m.Type) || !strings.Contains(m.Text, " ") {
		return false
	}
	s, _, hi, ok := mentionTokens(res, m)
	if !ok || hi >= len(s.Tokens) {
		return false
	}
	// A given name of two parts ("Ann Shui-bo said") ends in no word
	// news writes in lower case.
	casings, ok := r.aliases.(Casings)
	last, next := s.Tokens[hi-1].Text, s.Tokens[hi].Text
	j := strings.LastIndexByte(last, '-')
	if !ok || j <= 0 || !commonWord(casings, last[j+1:]) || !tokenize.StartsLower(next) || !letters(next) || len(s.POS) != len(s.Tokens) {
		return false
	}
	return strings.HasPrefix(s.POS[hi], "NN") || strings.HasPrefix(s.POS[hi], "JJ")
}

// trimAffix narrows a one-word miscellaneous mention "prefix-Name" or
// "Name-word" to Name, when the prefix is one of English's (lexicon.Prefix)
// or the word one WordNet holds, in lower case, and reports whether it
// did.
func (r *Resolver) trimAffix(m *extract.Mention) bool {
	if r.words == nil {
		return false
	}
	if i := strings.IndexByte(m.Text, '-'); i > 0 && i < len(m.Text)-1 && r.words.Is(m.Text[:i], lexicon.Prefix) && tokenize.StartsUpper(m.Text[i+1:]) {
		m.Start += i + 1
		m.Text = m.Text[i+1:]
		return true
	}
	j := strings.LastIndexByte(m.Text, '-')
	word := m.Text[j+1:]
	// A letter alone is no name: "A-levels", "T-shirt".
	if j <= 1 || !tokenize.StartsUpper(m.Text) || strings.ToLower(word) != word {
		return false
	}
	known := false
	for _, tag := range []string{"NN", "VBN", "JJ", "RB"} {
		if p, ok := lexicon.PosOf(tag); ok && r.words.Known(r.words.Lemma(word, tag), p) {
			known = true
			break
		}
	}
	if known {
		m.End = m.Start + j
		m.Text = m.Text[:j]
	}
	return known
}

// typeParties makes a place or a miscellaneous name whose whole text
// names a political party ("Unionists" the tagger read as a place) the
// party's, an organisation, so that it joins the party's other names.
func (r *Resolver) typeParties(res *extract.Result) {
	parties, ok := r.aliases.(Parties)
	if !ok {
		return
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Location && m.Type != extract.Miscellaneous {
			continue
		}
		if _, ok := parties.PartyName(m.Text); ok {
			m.Type = extract.Organization
		}
	}
}

// splitPartyNames splits a name that the recognizer ran on from a
// party's name into the person's name after it: "Liberal Democrat Ann
// Lee" and "Lib Dem MP Ann Lee" are the party Liberal Democrats and the
// person Ann Lee (a title between them belongs to neither). The party's
// name is one or two words Parties knows; the person's is at least two
// words in capitals, the first no title.
func (r *Resolver) splitPartyNames(res *extract.Result) {
	parties, ok := r.aliases.(Parties)
	if !ok || r.words == nil {
		return
	}
	var add []extract.Mention
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Type != extract.Organization && m.Type != extract.Person && m.Type != extract.Miscellaneous {
			continue
		}
		words := wordSpans(m.Text)
		if len(words) < 3 {
			continue
		}
		for n := 2; n >= 1; n-- {
			rest := n
			if rest < len(words) && r.isTitleWord(m.Text[words[rest][0]:words[rest][1]]) {
				rest++
			}
			// Without a title between them the person's name must begin
			// with a known first name: "Republican National Convention"
			// is one name.
			if len(words)-rest < 2 || !r.personWords(m.Text, words[rest:], rest > n) {
				continue
			}
			party := m.Text[:words[n-1][1]]
			if _, ok := parties.PartyName(party); !ok {
				continue
			}
			add = append(add, extract.Mention{Start: m.Start, End: m.Start + len(party), Text: party, Type: extract.Organization, Sentence: m.Sentence, Entity: -1})
			m.Start += words[rest][0]
			m.Text = m.Text[words[rest][0]:]
			m.Type = extract.Person
			break
		}
	}
	res.Mentions = append(res.Mentions, add...)
}

// extendPartyNames takes into a mention the capitalised word the
// recognizer left before it when the two make a party's name and the one
// alone would make another's or is no person's: in "As Liberal Democrat
// leader X", the mention "Democrat" (the Democratic Party's member) is
// "Liberal Democrat" (the Liberal Democrats'); in "Lib Dem leader X",
// "Dem" is "Lib Dem".
func (r *Resolver) extendPartyNames(res *extract.Result) {
	parties, ok := r.aliases.(Parties)
	if !ok {
		return
	}
	taken := map[int]bool{}
	for _, m := range res.Mentions {
		taken[m.End] = true
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if m.Sentence < 0 || m.Sentence >= len(res.Sentences) || strings.Contains(m.Text, " ") {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start }) - 1
		if k < 0 || toks[k].End+1 != m.Start || taken[toks[k].End] || !tokenize.StartsUpper(toks[k].Text) || allCaps(toks[k].Text) {
			continue
		}
		name := toks[k].Text + " " + m.Text
		if _, ok := parties.PartyName(name); !ok {
			continue
		}
		if _, ok := parties.PartyName(m.Text); !ok && m.Type == extract.Person {
			continue
		}
		m.Start, m.Text, m.Type = toks[k].Start, name, extract.Organization
	}
	// A party's name cut before its last word, which is no name or a
	// name of its own: "Free" and "Green" of "Free Green leader X".
	starts := map[int]int{}
	for i, m := range res.Mentions {
		starts[m.Start] = i + 1
	}
	drop := map[int]bool{}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		if drop[i] || m.Sentence < 0 || m.Sentence >= len(res.Sentences) || strings.Contains(m.Text, " ") {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.End })
		if k >= len(toks) || toks[k].Start != m.End+1 || !tokenize.StartsUpper(toks[k].Text) || allCaps(toks[k].Text) {
			continue
		}
		next := starts[toks[k].Start] - 1
		if next >= 0 && res.Mentions[next].End != toks[k].End {
			continue
		}
		name := m.Text + " " + toks[k].Text
		if _, ok := parties.PartyName(m.Text); ok {
			continue
		}
		if _, ok := parties.PartyName(name); ok {
			m.End, m.Text, m.Type = toks[k].End, name, extract.Organization
			if next >= 0 {
				drop[next] = true
			}
		}
	}
	dropMentions(res, drop)
}

// wordSpans returns the byte ranges of the space-separated words of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// isTitleWord reports whether w is an office, a membership or a title's
// abbreviation ("MP", "leader", "Sen.").
func (r *Resolver) isTitleWord(w string) bool {
	l := strings.ToLower(w)
	return r.words.Is(l, lexicon.Office) || r.words.Is(l, lexicon.Membership) || r.words.Is(l, lexicon.TitleAbbreviation)
}

// personWords reports whether the words (ranges of text) can be a
// person's name: each begins with a capital and none is a title; unless
// titled, the first is a known first name.
func (r *Resolver) personWords(text string, words [][2]int, titled bool) bool {
	for _, w := range words {
		if word := text[w[0]:w[1]]; !tokenize.StartsUpper(word) || r.isTitleWord(word) || r.honorific(word) {
			return false
		}
	}
	if titled {
		return true
	}
	f, ok := r.aliases.(FirstNames)
	return ok && f.FirstName(text[words[0][0]:words[0][1]])
}

// addInstitutions adds a mention for a body of government or another
// organisation named by its common noun, capitalised inside a sentence
// where the recognizer tagged nothing: "passed by Parliament", "the
// Cabinet met". Only a noun that news capitalises more often than not
// names one body so ("Parliament", "Congress", "Treasury"); "the
// Government" (mostly "government") and "the Army" (as often "army") are
// left alone, as are words that begin or continue a longer name ("the
// Scottish Parliament", "Parliament Square", "the Council of Europe").
func (r *Resolver) addInstitutions(res *extract.Result) {
	casings, ok := r.aliases.(Casings)
	if !ok || r.words == nil {
		return
	}
	text := res.Doc.Text
	taken := takenTokens(res)
	var add []extract.Mention
	for si := range res.Sentences {
		s := &res.Sentences[si]
		for i := 1; i < len(s.Tokens); i++ {
			w := s.Tokens[i].Text
			if taken[si][i] || !tokenize.StartsUpper(w) || allCaps(w) || tokenize.StartsUpper(s.Tokens[i-1].Text) ||
				i+1 < len(s.Tokens) && (tokenize.StartsUpper(s.Tokens[i+1].Text) || s.Tokens[i+1].Text == "of") {
				continue
			}
			lw := strings.ToLower(w)
			if !r.words.Is(lw, lexicon.Government) && !r.words.Is(lw, lexicon.Organization) {
				continue
			}
			if lo, hi, ok := casings.Casing(w); !ok || hi <= lo {
				continue
			}
			start, end := s.Tokens[i].Start, s.Tokens[i].End
			add = append(add, extract.Mention{Start: start, End: end, Text: text[start:end], Type: extract.Organization, Sentence: si, Entity: -1})
		}
	}
	res.Mentions = append(res.Mentions, add...)
}

// placeBefore reports whether a mention of a place or a nationality in
// sentence si ends right before offset at (past a space).
func placeBefore(res *extract.Result, si, at int) bool {
	for _, m := range res.Mentions {
		if m.Sentence == si && (m.Type == extract.Location || m.Type == extract.Miscellaneous) && m.End < at && strings.TrimSpace(res.Doc.Text[m.End:at]) == "" {
			return true
		}
	}
	return false
}

// takenTokens marks, per sentence, the tokens a mention covers.
func takenTokens(res *extract.Result) [][]bool {
	taken := make([][]bool, len(res.Sentences))
	for si := range res.Sentences {
		taken[si] = make([]bool, len(res.Sentences[si].Tokens))
	}
	for _, m := range res.Mentions {
		if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		toks := res.Sentences[m.Sentence].Tokens
		for k := sort.Search(len(toks), func(k int) bool { return toks[k].End > m.Start }); k < len(toks) && toks[k].Start < m.End; k++ {
			taken[m.Sentence][k] = true
		}
	}
	return taken
}

// addParties adds a mention for a party's name that the recognizer did not
// tag where a title follows it ("Conservative leader X", "Tory MP X"), or
// a portfolio's words and a title before a name ("Tory shadow home
// secretary X"):
// the way news names a politician's party. The names are those Aliases
// knows as parties (see Parties).
func (r *Resolver) addParties(res *extract.Result) {
	parties, ok := r.aliases.(Parties)
	if !ok || r.words == nil {
		return
	}
	text := res.Doc.Text
	taken := takenTokens(res)
	var add []extract.Mention
	for si := range res.Sentences {
		s := &res.Sentences[si]
		taken := taken[si]
		for i := 0; i < len(s.Tokens); i++ {
			for n := 2; n >= 1; n-- {
				j := i + n // the title's token
				if j >= len(s.Tokens) || taken[i] || taken[j-1] || !tokenize.StartsUpper(s.Tokens[i].Text) || !tokenize.StartsUpper(s.Tokens[j-1].Text) {
					continue
				}
				title := strings.ToLower(s.Tokens[j].Text)
				if !r.isTitleWord(title) {
					// A portfolio's words between the party and the
					// title of a name: "Tory shadow home secretary X".
					k := r.portfolioTitle(s.Tokens, j)
					if k < 0 {
						continue
					}
					title = strings.ToLower(s.Tokens[k].Text)
				}
				start, end := s.Tokens[i].Start, s.Tokens[j-1].End
				if _, ok := parties.PartyName(text[start:end]); !ok {
					continue
				}
				// "Ostmark Labour Minister X", "Trade and Labour Minister
				// X": a country's portfolio, not a party ("Ostmark
				// Unity leader X" is the party's).
				if i > 0 && (title == "minister" || title == "secretary") && (placeBefore(res, si, s.Tokens[i].Start) || s.Tokens[i-1].Text == "and" || s.Tokens[i-1].Text == "&") {
					continue
				}
				add = append(add, extract.Mention{Start: start, End: end, Text: text[start:end], Type: extract.Organization, Sentence: si, Entity: -1})
				i = j - 1
				break
			}
		}
	}
	res.Mentions = append(res.Mentions, add...)
}

// portfolioTitle returns the token of a title that up to four lower-case
// words from token j lead to, when a capitalised word (a name) follows
// it: "shadow home secretary X", "work and pensions spokesman X"; or -1.
func (r *Resolver) portfolioTitle(toks []tokenize.Token, j int) int {
	for k := j; k < len(toks)-1 && k < j+5; k++ {
		w := toks[k].Text
		if r.isTitleWord(w) && k > j {
			if tokenize.StartsUpper(toks[k+1].Text) {
				return k
			}
			return -1
		}
		if w == "" || !isLowerWord(w) {
			return -1
		}
	}
	return -1
}

// isLowerWord reports whether w is a word of lower-case letters.
func isLowerWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return true
}

// addParentheticals adds a mention for an acronym in parentheses right after
// a mention, when the recognizer did not tag it: "Northern Harbour Authority (NHA)".
func (r *Resolver) addParentheticals(res *extract.Result) {
	text := res.Doc.Text
	have := map[int]bool{}
	for _, m := range res.Mentions {
		have[m.Start] = true
	}
	var add []extract.Mention
	for _, m := range res.Mentions {
		if !isEntityType(m.Type) || m.Type == extract.Person {
			continue
		}
		i := m.End
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i >= len(text) || text[i] != '(' {
			continue
		}
		j := strings.IndexByte(text[i:], ')')
		if j < 0 || j > 16 {
			continue
		}
		inner := text[i+1 : i+j]
		if have[i+1] {
			continue
		}
		if _, ok := acronym(inner); !ok {
			continue
		}
		add = append(add, extract.Mention{Start: i + 1, End: i + j, Text: inner, Type: m.Type, Class: m.Class, Sentence: m.Sentence, Entity: -1})
	}
	res.Mentions = append(res.Mentions, add...)
}

// honorific reports whether w is a courtesy title ("Mr", "Dr.").
// honorificBefore reports whether a form of address stands right before
// mention m ("Mr", "Mrs", "Dr").
func (r *Resolver) honorificBefore(res *extract.Result, m extract.Mention) bool {
	if r.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	return lo > 0 && tokenize.StartsUpper(s.Tokens[lo-1].Text) && r.honorific(s.Tokens[lo-1].Text)
}

// titledName reports whether mention m opens with an abbreviated title
// written in capitals or with its full stop, or with a form of address
// before a known given name, before capitalised words that are no name
// the gazetteer lists only as a body's or a place's ("CEO Ek", "Sen. Ann
// Lee", "Dame Ann Lee" where the recognizer read a body's or a thing's
// name): a person titled, whom the rest names (the titled-name
// construction).
func (r *Resolver) titledName(m extract.Mention) bool {
	ws := strings.Fields(m.Text)
	if r.words == nil || len(ws) < 2 || len(ws) > 4 || m.Type == extract.Person || m.Type == extract.EventType {
		return false
	}
	t := ws[0]
	// "Dame Ann Lee": a form of address before a known given name.
	addressed := tokenize.StartsUpper(t) && r.honorific(t) && r.firstName(ws[1])
	if !addressed && (!r.words.Is(strings.ToLower(t), lexicon.TitleAbbreviation) || t != strings.ToUpper(t) && !strings.HasSuffix(t, ".")) {
		return false
	}
	for _, w := range ws[1:] {
		if !tokenize.StartsUpper(w) || w == strings.ToUpper(w) {
			return false
		}
	}
	rest := strings.Join(ws[1:], " ")
	if typ, ok := r.listedOnlyAs(rest); ok && typ != extract.Person {
		return false
	}
	return true
}

// saysPerson reports whether the words before mention m or its own
// title say it names a person (personBefore, titledName).
func (r *Resolver) saysPerson(res *extract.Result, m extract.Mention) bool {
	return r.personBefore(res, m) || r.titledName(m) || r.sportRoleBefore(res, m)
}

// sportRoleBefore reports whether mention m, a name of two or three
// capitalised words the recognizer read as a body's or a thing's, stands
// right after a singular noun in lower case for a sports side's player
// or official that WordNet has as a kind of person ("captain", "striker",
// "pitcher", "coach"), its first word a given name (one the gazetteer
// knows, or a word WordNet does not have), no word of it a body's word
// and the gazetteer knowing it as no body or place: "the Norland captain
// Jorvi Tarvik" names a person (sport-role-person).
func (r *Resolver) sportRoleBefore(res *extract.Result, m extract.Mention) bool {
	ws := strings.Fields(m.Text)
	if r.words == nil || len(ws) < 2 || len(ws) > 3 || m.Type != extract.Organization && m.Type != extract.Miscellaneous ||
		m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	lo, _ := s.TokenSpan(m.Start, m.End)
	if lo < 1 || lo-1 >= len(s.POS) || lo-1 >= len(s.Lemma) || s.POS[lo-1] != "NN" || !isLowerWord(s.Tokens[lo-1].Text) {
		return false
	}
	if c := r.words.Classes(s.Lemma[lo-1]); !c.Has(lexicon.SportRole) || !c.Has(lexicon.PersonNoun) {
		return false
	}
	for _, w := range ws {
		if !tokenize.StartsUpper(w) || w == strings.ToUpper(w) || r.words.Classes(r.words.Lemma(w, "NN")).Has(lexicon.Organization) {
			return false
		}
	}
	if !r.firstName(ws[0]) && !r.unknownWord(ws[0]) {
		return false
	}
	return r.known == nil || !r.known.KnownName(m.Text, extract.Organization) && !r.known.KnownName(m.Text, extract.Location)
}

// unknownWord reports whether WordNet has w as no word at all (a rare
// given name, "Jorvi").
func (r *Resolver) unknownWord(w string) bool {
	lw := strings.ToLower(w)
	for _, p := range []lexicon.POS{lexicon.Noun, lexicon.Verb, lexicon.Adjective, lexicon.Adverb} {
		if r.words.Known(lw, p) {
			return false
		}
	}
	return true
}

// firstName reports whether the gazetteer knows w as a given name.
func (r *Resolver) firstName(w string) bool {
	f, ok := r.aliases.(FirstNames)
	return ok && f.FirstName(w)
}

// personBefore reports whether the words before m say it names a
// person: a form of address ("Mr X") or a relative ("his father, X").
func (r *Resolver) personBefore(res *extract.Result, m extract.Mention) bool {
	return r.honorificBefore(res, m) || r.kinBefore(res, m)
}

// kinBefore reports whether m stands in apposition to a word for a
// relative after a possessive: "his father, X", "her son X", "Ann Lee's
// wife, X". A relative is a person, so X names one, and no country
// whose name another language spells so; not a name that modifies a
// capitalised word after it ("his father, Norland President Bo Ek").
func (r *Resolver) kinBefore(res *extract.Result, m extract.Mention) bool {
	if r.words == nil || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
		return false
	}
	s := &res.Sentences[m.Sentence]
	k, hi := s.TokenSpan(m.Start, m.End)
	if k < 0 || hi < 0 {
		return false
	}
	if hi < len(s.Tokens) && tokenize.StartsUpper(s.Tokens[hi].Text) {
		// "his father, Norland's President Bo Ek": the name
		// modifies a longer one.
		return false
	}
	k--
	if k >= 0 && s.Tokens[k].Text == "," {
		k--
	}
	if k < 1 {
		return false
	}
	kin := s.Tokens[k].Text
	if strings.ToLower(kin) != kin || !r.words.Is(kin, lexicon.Kinship) {
		return false
	}
	return possessiveDeterminers[strings.ToLower(s.Tokens[k-1].Text)]
}

// possessiveDeterminers are the possessive pronouns before a noun and
// the possessive clitic.
var possessiveDeterminers = map[string]bool{"his": true, "her": true, "their": true, "my": true, "our": true, "your": true, "'s": true, "’s": true}

func (r *Resolver) honorific(w string) bool {
	return r.words.Is(strings.ToLower(w), lexicon.Honorific)
}

// officeTitle reports whether w is an office that stands before names
// ("Mayor", "Senator", "Prime Minister"), or a word that opens one.
// Titles of nobility are not among them: "Prince Charles" is how he is
// named (before a full name trimRoyalTitles cuts them off the mention).
func (r *Resolver) officeTitle(w string) bool {
	l := strings.ToLower(w)
	return titleOpeners[l] || r.words.Is(l, lexicon.TitleAbbreviation) || r.words.Is(l, lexicon.NameTitle)
}

// chiefBefore reports whether ws, a person's name's words, begin with
// "Chief" before a title of office and a name ("Chief Supt Ann Lee"):
// the rank's first word. "Chief Justice" alone names no one by name.
func (r *Resolver) chiefBefore(ws []string) bool {
	return len(ws) > 2 && strings.EqualFold(ws[0], "chief") && r.officeTitle(ws[1])
}

// titleOpeners open a title before a name without being offices
// themselves ("Prime Minister", "Vice President", "former Mayor"):
// modifiers, which no lexical class holds.
var titleOpeners = map[string]bool{"vice": true, "prime": true, "former": true, "acting": true, "incumbent": true, "deputy": true}

func isEntityType(t string) bool {
	switch t {
	case extract.Person, extract.Organization, extract.Location, extract.Miscellaneous, extract.EventType:
		return true
	}
	return false
}

// personAndWork reports whether a person's name and a miscellaneous
// name of two words or more stand side by side, one in brackets after
// the other: "Ann Lee (Harlow Days)" names an actress and the work she
// is in, "Harlow Days (Ann Lee)" a work and its maker, not one thing by
// two names (the person-work rule). A short form in brackets is one
// word, which the tagger may read as a person's or a miscellaneous name
// ("Ann Lee (ALE)", "the Harlow Rowing Union (Hru)"), so both must be
// of two words or more.
func personAndWork(a, b extract.Mention) bool {
	p, w := a, b
	if p.Type != extract.Person {
		p, w = b, a
	}
	twoWords := func(m extract.Mention) bool { return strings.Contains(strings.TrimSpace(m.Text), " ") }
	return p.Type == extract.Person && w.Type == extract.Miscellaneous && twoWords(p) && twoWords(w)
}

// parenBetween reports whether text[aEnd:bStart] is an opening parenthesis
// (with optional spaces) and text[bEnd:] starts with a closing one.
func parenBetween(text string, aEnd, bStart, bEnd int) bool {
	if aEnd > bStart || bEnd > len(text) {
		return false
	}
	if strings.TrimSpace(text[aEnd:bStart]) != "(" {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(text[bEnd:], " "), ")")
}

// datelineCredit reports whether mention b is the news agency in the
// brackets of the document's dateline (package annotate): "ST. LOUIS, Mo.
// (AP) —", "By ANN LEE    PARIS (AP) —". ("Citizens Against Noise
// (Caban) - a lobby - said" is an aside, not a dateline.)
func datelineCredit(res *extract.Result, b extract.Mention) bool {
	d := res.Dateline
	if d == nil || b.Sentence != d.Sentence || d.Agency[1] <= d.Agency[0] || d.Sentence >= len(res.Sentences) {
		return false
	}
	toks := res.Sentences[d.Sentence].Tokens
	if d.Agency[1] > len(toks) {
		return false
	}
	return toks[d.Agency[0]].Start <= b.Start && b.End <= toks[d.Agency[1]-1].End
}

// headlineCredit reports whether mention b is in brackets at the end of
// the document's headline, where news feeds credit the agency: "Rain
// Hits Harlow (NP)".
func headlineCredit(res *extract.Result, b extract.Mention) bool {
	h := res.Headline
	if h.End <= h.Start || b.Start < h.Start || b.End > h.End {
		return false
	}
	rest := strings.TrimSpace(res.Doc.Text[b.End:h.End])
	return rest == ")" && b.Start > 0 && res.Doc.Text[b.Start-1] == '('
}

// acronym returns the letters of s when it looks like an acronym: 2 to 8
// letters or digits, at least two of them capitals, perhaps with periods,
// hyphens or ampersands ("NATO", "U.N.", "AU-K", "AT&T").
func acronym(s string) (string, bool) {
	var b strings.Builder
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
			b.WriteRune(r)
		case unicode.IsLower(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToUpper(r))
		case r == '.' || r == '-' || r == '&':
		default:
			return "", false
		}
	}
	a := b.String()
	if upper < 2 || len(a) < 2 || len(a) > 8 || upper*2 < len(a) {
		return "", false
	}
	return a, true
}

// initialsOf returns the upper-case initials of the capitalised words of a
// name, skipping function words: "Islamic State of Iraq and Syria" -> "ISIS".
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		} else if !isFunctionWord(w) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// spelledInitials is initialsOf with each word in capitals that is an
// acronym (two letters or more) giving all its letters: "NUA Track &
// Field" -> "NUATF". It returns "" for a name that holds no such word.
func spelledInitials(words []string) string {
	var b strings.Builder
	spelled := false
	for _, w := range words {
		if acr, ok := acronym(w); ok && allCaps(w) && letters(strings.ReplaceAll(w, ".", "")) {
			b.WriteString(acr)
			spelled = true
			continue
		}
		b.WriteString(initialsOf([]string{w}))
	}
	if !spelled {
		return ""
	}
	return b.String()
}

func isFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al", "&", "a", "an", "to":
		return true
	}
	return false
}

func distinctRoots(idx []int, find func(int) int) []int {
	var roots []int
	for _, i := range idx {
		r := find(i)
		dup := false
		for _, x := range roots {
			if x == r {
				dup = true
			}
		}
		if !dup {
			roots = append(roots, r)
		}
	}
	return roots
}

// allCaps reports whether s has letters and all of them are capitals
// (tokenize.Capitals: two letters or more).
func allCaps(s string) bool {
	return tokenize.Capitals(s)
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// partyStateTag reports whether mention m is the tag American news
// writes after a legislator's name, a party's initial and a state's
// abbreviation ("Ann Lee, D-Norl.", "Bo Ek (R-Ost)"): right after a
// person's mention and a comma or an opening bracket, one capital letter,
// a hyphen and a capitalised word of up to four more letters (the
// longest a state's abbreviation runs to), maybe with full stops, closing the aside. It names no body.
func partyStateTag(res *extract.Result, m extract.Mention) bool {
	t := m.Text
	if len(t) < 4 || len(t) > 10 || t[0] < 'A' || t[0] > 'Z' || t[1] != '-' || t[2] < 'A' || t[2] > 'Z' {
		return false
	}
	letters := 0
	for _, c := range t[3:] {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c != '.':
			return false
		}
	}
	text := res.Doc.Text
	if letters > 4 || m.Start < 0 || m.End > len(text) || m.Start > m.End {
		return false
	}
	// The tag closes the aside: a comma, a bracket or the sentence's
	// end follows, not a possessive or a noun ("Ann Lee, X-Ray's chief").
	if after := strings.TrimLeft(text[m.End:], " "); after != "" && !strings.ContainsAny(after[:1], ",);.") {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "(") {
		return false
	}
	end := len(strings.TrimRight(before[:len(before)-1], " "))
	for _, o := range res.Mentions {
		if o.End == end && o.Type == extract.Person {
			return true
		}
	}
	return false
}

// splitTwo cuts mention m, whose text is a, a joining word and b, to a
// and returns the mention of b, its second part.
func splitTwo(m *extract.Mention, a, b string) extract.Mention {
	second := *m
	second.Start = m.End - len(b)
	second.Text = b
	m.End = m.Start + len(a)
	m.Text = a
	return second
}
