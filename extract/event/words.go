package event

import "github.com/kg-project/kg/extract/lexicon"

// Event classes: descriptions of one class may refer to one incident.
const (
	classAttack     = "attack"
	classExplosion  = "explosion"
	classWar        = "war"
	classEruption   = "eruption"
	classQuake      = "earthquake"
	classTsunami    = "tsunami"
	classStorm      = "storm"
	classFlood      = "flood"
	classFire       = "fire"
	classAccident   = "accident"
	classIncident   = "incident"
	classMeeting    = "meeting"
	classElection   = "election"
	classProtest    = "protest"
	classSport      = "sport"
	classRescue     = "rescue"
	classOutbreak   = "outbreak"
	classTrial      = "trial"
	classCeremony   = "ceremony"
	classGeneric    = "generic" // "the incident", "the tragedy": any class
	classDisasterGn = "disaster"
)

// triggerNames names the class of incident of each of the lexicon's
// incident classes (lexicon.IncidentClasses gives the order they are read
// in).
var triggerNames = map[lexicon.Class]string{
	lexicon.EventAttack: classAttack, lexicon.EventExplosion: classExplosion, lexicon.EventEruption: classEruption,
	lexicon.EventQuake: classQuake, lexicon.EventTsunami: classTsunami, lexicon.EventStorm: classStorm,
	lexicon.EventFlood: classFlood, lexicon.EventFire: classFire, lexicon.EventAccident: classAccident,
	lexicon.EventProtest: classProtest, lexicon.EventWar: classWar, lexicon.EventMeeting: classMeeting,
	lexicon.EventElection: classElection, lexicon.EventSport: classSport, lexicon.EventRescue: classRescue,
	lexicon.EventOutbreak: classOutbreak, lexicon.EventTrial: classTrial, lexicon.EventCeremony: classCeremony,
	lexicon.EventDisaster: classDisasterGn, lexicon.EventGeneric: classGeneric,
}

// triggerClass returns the class of incident a noun describes, from its
// form (a plural that WordNet has as such: "talks") or else its lemma,
// or ok=false for none.
func triggerClass(lex *lexicon.Lexicon, form, lemma string) (string, bool) {
	for _, w := range []string{form, lemma} {
		cs := lex.Classes(w)
		for _, c := range lexicon.IncidentClasses() {
			if cs.Has(c) {
				return triggerNames[c], true
			}
		}
	}
	return "", false
}

// canonicalHead is the word that names a class in cross-document keys:
// "the massacre" and "the assault" key as "attack".
var canonicalHead = map[string]string{
	classAttack: "attack", classExplosion: "explosion", classWar: "war", classEruption: "eruption",
	classQuake: "earthquake", classTsunami: "tsunami", classStorm: "storm", classFlood: "flood",
	classFire: "fire", classAccident: "accident", classIncident: "incident", classMeeting: "meeting",
	classElection: "election", classProtest: "protest", classSport: "sport", classRescue: "rescue",
	classOutbreak: "outbreak", classTrial: "trial", classCeremony: "ceremony",
	classGeneric: "incident", classDisasterGn: "disaster",
}

// compatible reports whether a description of class b may refer to an
// event of class a.
func compatible(a, b string) bool {
	if a == b || b == classGeneric {
		return true
	}
	switch b {
	case classDisasterGn:
		switch a {
		case classEruption, classQuake, classTsunami, classStorm, classFlood, classFire, classAccident, classExplosion:
			return true
		}
	case classExplosion:
		switch a {
		case classAttack, classEruption, classAccident:
			return true
		}
	case classAttack:
		return a == classExplosion
	}
	return false
}

// attackModifiers turn a strike into an attack ("air strike", "drone
// strike"), beside the lexicon's weapons (Weapon: "missile strike",
// "mortar strike"): the words for who or what strikes from where, which
// WordNet files as places, vehicles, bees, kinds of people and
// adjectives, and the weapons whose first sense is another (a knife is
// first a tool, a rocket a vehicle).
var attackModifiers = map[string]bool{
	"air": true, "drone": true, "rocket": true, "military": true, "terror": true, "terrorist": true, "suicide": true,
	"car": true, "knife": true,
}

// occurrenceVerbs say that their subject happened: the facts they give
// are the event's even when it is introduced with "a". They are
// inflected forms read before their particle ("went off", "took place",
// "broke out", "blew up"), light verbs whose senses of occurring WordNet
// files apart from the rest of each verb, so they are no lexicon class,
// nor are eventVerbs.
var occurrenceVerbs = map[string]bool{
	"exploded": true, "explodes": true, "went": true, "detonated": true, "blew": true,
	"happened": true, "occurred": true, "struck": true, "hit": true, "erupted": true, "took": true,
	"broke": true, "began": true, "started": true, "killed": true, "kills": true,
	"ripped": true, "tore": true, "rocked": true, "shook": true,
}

// compoundHeads are nouns that a trigger often modifies ("tsunami
// waves", "rescue effort"), when the tagger misses that they are nouns.
var compoundHeads = map[string]bool{
	"waves": true, "wave": true, "victims": true, "survivors": true, "site": true, "warning": true,
	"warnings": true, "effort": true, "efforts": true, "team": true, "teams": true, "operation": true,
	"response": true, "aid": true, "relief": true, "zone": true, "area": true, "threat": true,
	"threats": true, "alert": true, "damage": true, "season": true, "campaign": true, "results": true,
	"result": true, "day": true, "suspects": true, "suspect": true, "plot": true, "probe": true,
	"investigation": true, "toll": true, "anniversary": true, "coverage": true, "risk": true,
	"fears": true, "drill": true, "shelter": true, "workers": true, "crews": true, "rules": true,
	"system": true, "systems": true, "officials": true, "commission": true, "board": true, "date": true,
	"call": true, "agreement": true, "deal": true, "venue": true, "organisers": true, "organizers": true,
}

// intentWords before an indefinite description make it a plan or a fear,
// not an incident: "extremists were planning an attack".
var intentWords = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "plot": true, "plotted": true,
	"plotting": true, "prevent": true, "prevented": true, "foil": true, "foiled": true,
	"thwart": true, "thwarted": true, "threaten": true, "threatened": true, "threatening": true,
	"risk": true, "fear": true, "fears": true, "feared": true, "warn": true, "warned": true,
	"warning": true, "possible": true, "potential": true, "could": true, "would": true, "might": true,
	"may": true, "if": true, "against": true, "avoid": true, "call": true, "called": true,
	"calling": true, "demand": true, "demanded": true, "seek": true, "sought": true, "want": true,
	"wants": true, "hold": true, "holds": true, "prepare": true, "preparing": true, "any": true,
	"no": true, "future": true, "another": true,
}

// namedFirst are first words of names of events ("Hurricane Ida",
// "Operation X"); the last words of names are read from the lexicon
// (docState.namedHead).
var namedFirst = map[string]string{
	"hurricane": classStorm, "typhoon": classStorm, "cyclone": classStorm, "storm": classStorm,
	"operation": classWar, "battle": classWar, "siege": classAttack, "tropical": classStorm,
}

// stormTitle are the words before a storm's name that no person's name
// begins with (a subset of namedFirst: "Storm" is also a first name).
// WordNet's cyclone (cyclone.n.02) holds tornadoes, twisters and
// waterspouts too, which are not named; the named tropical storms have no
// synset of their own, so the three words are listed.
var stormTitle = map[string]bool{"hurricane": true, "typhoon": true, "cyclone": true}

// casualty words next to a quantity give the role of a figure.
var casualty = map[string]string{
	"killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
	"drowned": "killed", "lives": "killed", "fatalities": "killed", "perished": "killed",
	"injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured",
	"hurt": "injured", "injuries": "injured", "missing": "missing", "arrested": "arrested",
	"detained": "arrested", "evacuated": "displaced", "displaced": "displaced", "fled": "displaced",
	"homeless": "displaced", "rescued": "rescued", "trapped": "trapped", "hostages": "hostages",
	"kidnapped": "kidnapped", "abducted": "kidnapped",
}

// incident holds the classes of sudden happenings, which a news lede
// tells of with a verb as often as with a noun.
var incident = map[string]bool{
	classAttack: true, classExplosion: true, classEruption: true, classQuake: true, classTsunami: true, classStorm: true,
	classFlood: true, classFire: true, classAccident: true, classIncident: true, classGeneric: true,
}

// numberAdjectives before a noun speak of things in general, as the
// lexicon's quantifiers do ("numerous attacks", "various floods",
// "frequent storms", "other bombings"): adjectives of number and
// frequency, "other" and the comparatives of quantity, which WordNet
// files apart (numerous under many, countless under incalculable,
// various under different and individual, frequent under its own head),
// so they are listed.
var numberAdjectives = map[string]bool{"numerous": true, "fewer": true, "more": true, "other": true, "various": true,
	"countless": true, "frequent": true}
