package typing

import (
	"slices"
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/schema"
)

// Finer classes, as schema.org local names or, where schema.org has no
// class, full IRIs in kg's namespace.
const (
	ClassCountry        = "Country"
	ClassCity           = "City"
	ClassPlace          = "Place"
	ClassAdminArea      = "AdministrativeArea"
	ClassContinent      = "Continent"
	ClassEventVenue     = "EventVenue"
	ClassStadium        = "StadiumOrArena"
	ClassAirport        = "Airport"
	ClassHospital       = "Hospital"
	ClassMuseum         = "Museum"
	ClassHotel          = "Hotel"
	ClassPlaceOfWorship = "PlaceOfWorship"
	ClassBodyOfWater    = "BodyOfWater"
	ClassCanal          = "Canal"
	ClassMountain       = "Mountain"
	ClassVolcano        = "Volcano"
	ClassGovernment     = "GovernmentOrganization"
	ClassNewsMedia      = "NewsMediaOrganization"
	ClassCorporation    = "Corporation"
	ClassEducational    = "EducationalOrganization"
	ClassSportsTeam     = "SportsTeam"
	ClassMusicGroup     = "MusicGroup"
	// ClassPoliticalParty, ClassArmedGroup and ClassIntergovernmental are
	// kg's own: schema.org core has no class for them.
	ClassPoliticalParty    = schema.NS + "PoliticalParty"
	ClassArmedGroup        = schema.NS + "ArmedGroup"
	ClassIntergovernmental = schema.NS + "IntergovernmentalOrganization"
)

// The word classes typing reads come from the lexicon (package lexicon),
// by lemma; the helpers here map them to typing's classes.

// placeClass returns the class of place a noun names ("stadium", "Lake",
// "Hall", "venue"): a kind of facility or natural feature, or Place for
// another facility or feature when any is asked for; ok is false for a
// noun of no place.
func placeClass(lex *lexicon.Lexicon, word string, any bool) (string, bool) {
	c := lex.Classes(lex.Lemma(word, "NN"))
	switch {
	case c.Has(lexicon.Education):
		return "", false // a university is a body, whatever its buildings
	case c.Has(lexicon.Venue):
		return ClassEventVenue, true
	case c.Has(lexicon.Stadium):
		return ClassStadium, true
	case c.Has(lexicon.Airport):
		return ClassAirport, true
	case c.Has(lexicon.Hospital):
		return ClassHospital, true
	case c.Has(lexicon.Museum):
		return ClassMuseum, true
	case c.Has(lexicon.Hotel):
		return ClassHotel, true
	case c.Has(lexicon.Worship):
		return ClassPlaceOfWorship, true
	case c.Has(lexicon.Canal):
		return ClassCanal, true
	case c.Has(lexicon.Volcano):
		return ClassVolcano, true
	case c.Has(lexicon.Water):
		return ClassBodyOfWater, true
	case c.Has(lexicon.Mountain):
		return ClassMountain, true
	case any && (c.Has(lexicon.Facility) || c.Has(lexicon.NaturalFeature)):
		return ClassPlace, true
	}
	return "", false
}

func natural(class string) bool {
	switch class {
	case ClassBodyOfWater, ClassCanal, ClassMountain, ClassVolcano:
		return true
	}
	return false
}

// orgClass returns the class of organisation a noun says ("the company
// X", "X, a shipping firm", "Ministry"), or "" for none. A word for a part
// ("branch", "unit") says none: a part takes the class of its whole; nor
// does a title ("chief executive X"), nor a noun that names a made good by
// one of its senses as well as a body by another ("the Tarvik processor"
// is a chip as often as a business).
func orgClass(lex *lexicon.Lexicon, word string) string {
	c := lex.Classes(lex.Lemma(word, "NN"))
	switch {
	case c.Has(lexicon.Product), c.Has(lexicon.Gadget):
		return ""
	case c.Has(lexicon.OrgPart) && !c.Has(lexicon.Party) && !c.Has(lexicon.Corporation), personOffice(c):
		return "" // a part takes its whole's class; a title is a person's
	case c.Has(lexicon.Party):
		return ClassPoliticalParty
	case c.Has(lexicon.MusicGroup):
		return ClassMusicGroup
	case c.Has(lexicon.NewsMedia):
		return ClassNewsMedia
	case c.Has(lexicon.ArmedGroup):
		return ClassArmedGroup
	case c.Has(lexicon.Government):
		return ClassGovernment
	case c.Has(lexicon.Education):
		return ClassEducational
	case c.Has(lexicon.Corporation):
		return ClassCorporation
	}
	return ""
}

// personOffice reports whether a noun's classes make it a title held by
// a person: an office whose most frequent sense is a kind of person
// ("mayor", "executive"). A noun for an office whose commonest sense is
// no person's and that WordNet also files under a kind of body
// ("regulator", first a device, then an official, as much the agency)
// describes a body before its name ("the media regulator X").
func personOffice(c lexicon.Classes) bool {
	return c.Has(lexicon.Office) && (c.Has(lexicon.PersonNoun) || !bodyClasses(c))
}

// bodyClasses reports whether classes hold a kind of organisation that
// orgClass gives a class of its own.
func bodyClasses(c lexicon.Classes) bool {
	return c.Has(lexicon.Government) || c.Has(lexicon.Corporation) || c.Has(lexicon.NewsMedia) || c.Has(lexicon.Education) ||
		c.Has(lexicon.Party) || c.Has(lexicon.ArmedGroup) || c.Has(lexicon.MusicGroup)
}

// descriptorClass is orgClass for a noun that describes a name beside
// it, before the name or heading its appositive: there a word for a
// business by its size says a company too ("the oil giant X", "X, the
// chip giant,"), which in a name it does not ("the Harlow Giants").
func descriptorClass(lex *lexicon.Lexicon, word string) string {
	if c := orgClass(lex, word); c != "" {
		return c
	}
	// "chains" is a lemma of its own (bonds), so the plural is read as one.
	if lex.Is(lex.Lemma(word, "NN"), lexicon.Enterprise) || lex.Is(lex.Lemma(word, "NNS"), lexicon.Enterprise) {
		return ClassCorporation
	}
	return ""
}

// pairClass returns the class of organisation a two-word noun says
// ("news agency", "armed forces", "militant group"): WordNet's compound,
// or a modifier of one class before a head for any organisation; "" for
// none.
func pairClass(lex *lexicon.Lexicon, a, b string) string {
	a, b = strings.ToLower(a), lex.Lemma(b, "NN")
	if c := orgClass(lex, a+" "+b); c != "" {
		return c
	}
	if c := orgClass(lex, a); c == ClassNewsMedia || c == ClassArmedGroup {
		if lex.Is(b, lexicon.OrgGeneric) || lex.Is(b, lexicon.Organization) || orgClass(lex, b) != "" {
			return c
		}
	}
	return ""
}

// nameWordClass returns the class of organisation a word inside a name
// says ("Ministry", "Ltd", "Times", "Airlines"), or "" for none.
func nameWordClass(lex *lexicon.Lexicon, word string) string {
	w := strings.ToLower(word)
	switch {
	case lex.Is(w, lexicon.CompanySuffix):
		return ClassCorporation
	case lex.Is(w, lexicon.PaperWord):
		return ClassNewsMedia
	case len(w) <= 2:
		// A word of two letters in a name is a particle or an
		// initial ("El", "De", "La"), whatever WordNet has of it
		// (short-particle).
		return ""
	}
	// In a name, a part's word says what the body is ("Department of
	// X", "Intelligence Bureau").
	if c := lex.Classes(lex.Lemma(w, "NN")); c.Has(lexicon.OrgPart) && c.Has(lexicon.Government) {
		return ClassGovernment
	}
	c := orgClass(lex, w)
	if c == ClassMusicGroup && strings.ToUpper(word) == word {
		return "" // an acronym is no band's word: "DUI" is no plural of "duo"
	}
	return c
}

// bodyOf returns the index of the first "of" or "for" in the words of a
// name when a capitalised word before it is a word for a body
// ("College", "Federation", "Department", "Institute"): the head of "X of
// Y" and "X for Y" is X, and Y says what X deals with ("the Institute for
// Applied Radio Technology": no news medium). It returns -1 otherwise
// ("Friends of Y", "Mayor of Y").
func bodyOf(lex *lexicon.Lexicon, words []string) int {
	of := slices.IndexFunc(words, func(w string) bool { return w == "of" || w == "for" })
	if of < 1 {
		return -1
	}
	for _, w := range words[:of] {
		if !tokenize.StartsUpper(w) {
			continue
		}
		c := lex.Classes(lex.Lemma(strings.ToLower(w), "NN"))
		if c.Has(lexicon.Organization) || c.Has(lexicon.OrgGeneric) || c.Has(lexicon.OrgPart) || nameWordClass(lex, w) != "" {
			return of
		}
	}
	return -1
}

// bodyWordIn reports whether a word of a name says body: one typing
// reads as a class of body's ("Bank", "Ministry"), a general word for a
// body or a group ("Group", "Company"), or a last word that is a plural
// noun for a kind of person ("the Harlow Players": its members).
func bodyWordIn(lex *lexicon.Lexicon, words []string) bool {
	for _, w := range words {
		if tokenize.StartsUpper(w) && (nameWordClass(lex, w) != "" || groupNoun(lex, w)) {
			return true
		}
	}
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(words[len(words)-1])
	l := lex.Lemma(last, "NNS")
	return l != last && lex.Is(l, lexicon.PersonNoun)
}

// memberBody reports whether the last word of a name of two words or
// more is a word for a body of members that says no class itself
// ("Association", "Federation"), not a word for any organisation
// ("Group") nor a company's ("Fund").
func memberBody(lex *lexicon.Lexicon, words []string) bool {
	if len(words) < 2 {
		return false
	}
	last := words[len(words)-1]
	if !tokenize.StartsUpper(last) {
		return false
	}
	l := lex.Lemma(strings.ToLower(last), "NN")
	c := lex.Classes(l)
	return c.Has(lexicon.Organization) && !c.Has(lexicon.OrgGeneric) && !c.Has(lexicon.Corporation) && nameWordClass(lex, last) == ""
}

// groupNoun reports whether a noun after a name makes it an
// organisation's ("the X group", "the X movement", "X militants"); a
// noun that names a made good by another sense ("the X processor") does
// not.
func groupNoun(lex *lexicon.Lexicon, word string) bool {
	c := lex.Classes(lex.Lemma(word, "NN"))
	if c.Has(lexicon.Product) || c.Has(lexicon.Gadget) {
		return false
	}
	return c.Has(lexicon.OrgGeneric) || c.Has(lexicon.Organization) || c.Has(lexicon.ArmedGroup) || c.Has(lexicon.Party) ||
		c.Has(lexicon.Corporation)
}

// compass directions in "X, north of Y" describe a place (a closed class).
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "outside": true, "near": true,
}

// compassPoints are the eight points of the compass (a closed class).
var compassPoints = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true,
}

// compassPoint reports whether name is a compass point alone ("North",
// "the West"), in any case.
func compassPoint(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return compassPoints[strings.TrimPrefix(n, "the ")]
}

// incidentWord reports whether word is a noun for an incident or an event
// ("War", "Crisis", "Summit"), in any form.
func incidentWord(lex *lexicon.Lexicon, word string) bool {
	c := lex.Classes(lex.Lemma(strings.ToLower(word), "NNS"))
	for _, k := range lexicon.IncidentClasses() {
		if c.Has(k) {
			return true
		}
	}
	return false
}
