package typing

import "github.com/kg-project/kg/schema"

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
	// ClassPoliticalParty, ClassArmedGroup and ClassIntergovernmental are
	// kg's own: schema.org core has no class for them.
	ClassPoliticalParty    = schema.NS + "PoliticalParty"
	ClassArmedGroup        = schema.NS + "ArmedGroup"
	ClassIntergovernmental = schema.NS + "IntergovernmentalOrganization"
)

// placeHeads are the last words of the names of places that are not
// settlements (capitalised in the name: "Wembley Stadium", "Lake Geneva"
// is handled by placeFirst) and the nouns that follow a name used as a
// modifier ("the Olympia concert hall"). The value is the class.
var placeHeads = map[string]string{
	"hall": ClassEventVenue, "venue": ClassEventVenue, "theatre": ClassEventVenue, "theater": ClassEventVenue,
	"arena": ClassStadium, "stadium": ClassStadium, "auditorium": ClassEventVenue, "amphitheatre": ClassEventVenue,
	"airport": ClassAirport, "airfield": ClassAirport, "hospital": ClassHospital, "clinic": ClassHospital,
	"museum": ClassMuseum, "gallery": ClassMuseum, "hotel": ClassHotel, "church": ClassPlaceOfWorship,
	"cathedral": ClassPlaceOfWorship, "mosque": ClassPlaceOfWorship, "temple": ClassPlaceOfWorship,
	"synagogue": ClassPlaceOfWorship, "chapel": ClassPlaceOfWorship, "shrine": ClassPlaceOfWorship,
	"sea": ClassBodyOfWater, "ocean": ClassBodyOfWater, "river": ClassBodyOfWater, "lake": ClassBodyOfWater,
	"gulf": ClassBodyOfWater, "bay": ClassBodyOfWater, "strait": ClassBodyOfWater, "straits": ClassBodyOfWater,
	"channel": ClassBodyOfWater, "lagoon": ClassBodyOfWater, "canal": ClassCanal,
	"mountain": ClassMountain, "mountains": ClassMountain, "mount": ClassMountain, "peak": ClassMountain,
	"volcano": ClassVolcano, "square": ClassPlace, "bridge": ClassPlace, "palace": ClassPlace,
	"mall": ClassPlace, "park": ClassPlace, "tower": ClassPlace, "plaza": ClassPlace, "prison": ClassPlace,
	"mine": ClassPlace, "dam": ClassPlace, "port": ClassPlace, "harbour": ClassPlace, "harbor": ClassPlace,
	"island": ClassPlace, "islands": ClassPlace, "desert": ClassPlace, "valley": ClassPlace,
	"peninsula": ClassPlace, "embassy": ClassPlace, "complex": ClassPlace, "compound": ClassPlace,
}

// venueNouns after a name make it a place's: "the X venue", "the X
// volcano".
var venueNouns = map[string]string{
	"venue": ClassEventVenue, "hall": ClassEventVenue, "theatre": ClassEventVenue,
	"theater": ClassEventVenue, "auditorium": ClassEventVenue, "stadium": ClassStadium,
	"arena": ClassStadium, "airport": ClassAirport, "hospital": ClassHospital, "museum": ClassMuseum,
	"hotel": ClassHotel, "church": ClassPlaceOfWorship, "cathedral": ClassPlaceOfWorship,
	"mosque": ClassPlaceOfWorship, "temple": ClassPlaceOfWorship, "synagogue": ClassPlaceOfWorship,
	"volcano": ClassVolcano, "prison": ClassPlace, "mall": ClassPlace, "complex": ClassPlace,
}

// placeFirst are the first words of place names whose head comes first
// ("Lake Geneva", "Mount Everest").
var placeFirst = map[string]string{
	"lake": ClassBodyOfWater, "mount": ClassMountain, "mt": ClassMountain, "mt.": ClassMountain,
	"gulf": ClassBodyOfWater, "bay": ClassBodyOfWater, "port": ClassPlace, "cape": ClassPlace,
	"fort": ClassPlace, "isle": ClassPlace, "river": ClassBodyOfWater,
}

// natural reports whether a place class is a landform or water, which
// nothing but a place can be (an organisation named after a hall can be
// the hall's operator, one named "X Canal" hardly).
func natural(class string) bool {
	switch class {
	case ClassBodyOfWater, ClassCanal, ClassMountain, ClassVolcano:
		return true
	}
	return false
}

// orgNameWords are words inside organisation names that give their kind.
var orgNameWords = map[string]string{
	"ministry": ClassGovernment, "department": ClassGovernment, "agency": ClassGovernment,
	"authority": ClassGovernment, "police": ClassGovernment, "bureau": ClassGovernment,
	"commission": ClassGovernment, "parliament": ClassGovernment, "senate": ClassGovernment,
	"congress": ClassGovernment, "government": ClassGovernment, "administration": ClassGovernment,
	"court": ClassGovernment, "navy": ClassGovernment, "directorate": ClassGovernment,
	"inspectorate": ClassGovernment, "prosecutor": ClassGovernment, "coastguard": ClassGovernment,
	"cabinet": ClassGovernment, "embassy": ClassGovernment, "consulate": ClassGovernment,
	"news": ClassNewsMedia, "press": ClassNewsMedia, "times": ClassNewsMedia, "post": ClassNewsMedia,
	"journal": ClassNewsMedia, "herald": ClassNewsMedia, "gazette": ClassNewsMedia,
	"tribune": ClassNewsMedia, "telegraph": ClassNewsMedia, "chronicle": ClassNewsMedia,
	"radio": ClassNewsMedia, "tv": ClassNewsMedia, "television": ClassNewsMedia,
	"broadcasting": ClassNewsMedia, "media": ClassNewsMedia, "newspaper": ClassNewsMedia,
	"daily": ClassNewsMedia,
	"inc":   ClassCorporation, "inc.": ClassCorporation, "corp": ClassCorporation, "corp.": ClassCorporation,
	"corporation": ClassCorporation, "ltd": ClassCorporation, "ltd.": ClassCorporation,
	"llc": ClassCorporation, "plc": ClassCorporation, "gmbh": ClassCorporation, "ag": ClassCorporation,
	"s.a.": ClassCorporation, "n.v.": ClassCorporation, "spa": ClassCorporation, "co.": ClassCorporation,
	"company": ClassCorporation, "holdings": ClassCorporation, "airlines": ClassCorporation,
	"airways": ClassCorporation, "bank": ClassCorporation, "motors": ClassCorporation,
	"industries": ClassCorporation, "technologies": ClassCorporation, "pharmaceuticals": ClassCorporation,
	"petroleum": ClassCorporation, "mining": ClassCorporation, "marine": ClassCorporation,
	"shipping": ClassCorporation, "telecom": ClassCorporation, "enterprises": ClassCorporation,
	"logistics": ClassCorporation, "insurance": ClassCorporation, "studios": ClassCorporation,
	"lines": ClassCorporation, "maritime": ClassCorporation,
	"party":   ClassPoliticalParty,
	"militia": ClassArmedGroup, "brigade": ClassArmedGroup, "brigades": ClassArmedGroup,
	"mujahideen": ClassArmedGroup, "jihad": ClassArmedGroup,
}

// paperFirst begin newspapers' names: "Daily X", "Sunday X", "Evening X".
var paperFirst = map[string]bool{"daily": true, "sunday": true, "evening": true, "morning": true, "weekly": true}

// orgNamePairs are two-word phrases inside names: the first word changes
// the meaning of a second that would say something else alone.
var orgNamePairs = map[[2]string]string{
	{"news", "agency"}: ClassNewsMedia, {"press", "agency"}: ClassNewsMedia,
	{"security", "service"}: ClassGovernment, {"intelligence", "service"}: ClassGovernment,
	{"border", "service"}: ClassGovernment, {"federal", "service"}: ClassGovernment,
	{"secret", "service"}: ClassGovernment, {"civil", "service"}: ClassGovernment,
	{"fire", "service"}: ClassGovernment, {"emergency", "service"}: ClassGovernment,
	{"defence", "force"}: ClassGovernment, {"defense", "force"}: ClassGovernment,
	{"defence", "forces"}: ClassGovernment, {"defense", "forces"}: ClassGovernment,
	{"armed", "forces"}: ClassGovernment, {"air", "force"}: ClassGovernment,
	{"security", "forces"}: ClassGovernment, {"national", "guard"}: ClassGovernment,
	{"security", "council"}: ClassGovernment, {"city", "council"}: ClassGovernment,
	{"liberation", "army"}: ClassArmedGroup, {"liberation", "front"}: ClassArmedGroup,
	{"revolutionary", "army"}: ClassArmedGroup, {"resistance", "movement"}: ClassArmedGroup,
	{"liberation", "movement"}: ClassArmedGroup,
}

// descriptors are common nouns that, next to a name or heading an
// appositive, say what kind of organisation it is: "the Japanese company
// X", "X, a shipping firm", "the X news agency".
var descriptors = map[string]string{
	"company": ClassCorporation, "firm": ClassCorporation, "corporation": ClassCorporation,
	"conglomerate": ClassCorporation, "carrier": ClassCorporation, "airline": ClassCorporation,
	"bank": ClassCorporation, "lender": ClassCorporation, "insurer": ClassCorporation,
	"manufacturer": ClassCorporation, "maker": ClassCorporation, "retailer": ClassCorporation,
	"operator": ClassCorporation, "giant": ClassCorporation, "startup": ClassCorporation,
	"start-up": ClassCorporation, "supplier": ClassCorporation, "producer": ClassCorporation,
	"subsidiary": ClassCorporation, "shipowner": ClassCorporation, "automaker": ClassCorporation,
	"newspaper": ClassNewsMedia, "daily": ClassNewsMedia, "tabloid": ClassNewsMedia,
	"broadcaster": ClassNewsMedia, "journal": ClassNewsMedia, "magazine": ClassNewsMedia,
	"outlet": ClassNewsMedia, "weekly": ClassNewsMedia, "channel": ClassNewsMedia,
	"ministry": ClassGovernment, "regulator": ClassGovernment, "department": ClassGovernment,
	"watchdog": ClassGovernment, "police": ClassGovernment, "army": ClassGovernment,
	"military": ClassGovernment, "navy": ClassGovernment, "parliament": ClassGovernment,
	"legislature": ClassGovernment, "government": ClassGovernment, "court": ClassGovernment,
	"party":     ClassPoliticalParty,
	"militants": ClassArmedGroup, "militant": ClassArmedGroup, "militia": ClassArmedGroup,
	"rebels": ClassArmedGroup, "insurgents": ClassArmedGroup, "jihadists": ClassArmedGroup,
	"jihadist": ClassArmedGroup, "guerrillas": ClassArmedGroup, "fighters": ClassArmedGroup,
	"paramilitaries": ClassArmedGroup, "terrorists": ClassArmedGroup, "extremists": ClassArmedGroup,
	"insurgency": ClassArmedGroup,
}

// descriptorPairs are two-word descriptors: "news agency", "militant
// group", "security service".
var descriptorPairs = map[[2]string]string{
	{"news", "agency"}: ClassNewsMedia, {"press", "agency"}: ClassNewsMedia,
	{"wire", "service"}: ClassNewsMedia, {"news", "outlet"}: ClassNewsMedia,
	{"news", "website"}: ClassNewsMedia, {"state", "media"}: ClassNewsMedia,
	{"state", "broadcaster"}: ClassNewsMedia, {"news", "channel"}: ClassNewsMedia,
	{"security", "service"}: ClassGovernment, {"intelligence", "agency"}: ClassGovernment,
	{"intelligence", "service"}: ClassGovernment, {"government", "agency"}: ClassGovernment,
	{"federal", "agency"}: ClassGovernment, {"space", "agency"}: ClassGovernment,
	{"security", "agency"}: ClassGovernment, {"security", "forces"}: ClassGovernment,
	{"militant", "group"}: ClassArmedGroup, {"armed", "group"}: ClassArmedGroup,
	{"terror", "group"}: ClassArmedGroup, {"terrorist", "group"}: ClassArmedGroup,
	{"jihadist", "group"}: ClassArmedGroup, {"extremist", "group"}: ClassArmedGroup,
	{"rebel", "group"}: ClassArmedGroup, {"insurgent", "group"}: ClassArmedGroup,
	{"islamist", "group"}: ClassArmedGroup, {"separatist", "group"}: ClassArmedGroup,
	{"militant", "organisation"}: ClassArmedGroup, {"terrorist", "organisation"}: ClassArmedGroup,
	{"terrorist", "organization"}: ClassArmedGroup, {"militant", "organization"}: ClassArmedGroup,
	{"political", "party"}: ClassPoliticalParty, {"opposition", "party"}: ClassPoliticalParty,
	{"ruling", "party"}: ClassPoliticalParty,
}

// partOf are appositive heads that make an organisation a part of the
// one named before them ("an X branch"): it takes that one's class.
var partOf = map[string]bool{
	"branch": true, "affiliate": true, "offshoot": true, "wing": true, "faction": true,
	"arm": true, "cell": true, "splinter": true, "subsidiary": true, "unit": true, "division": true,
}

// groupNouns after a miscellaneous name make it an organisation's: "the
// X group", "the X movement".
var groupNouns = map[string]bool{
	"group": true, "movement": true, "organisation": true, "organization": true, "militia": true,
	"party": true, "network": true, "alliance": true, "coalition": true, "militants": true,
	"rebels": true, "insurgents": true, "fighters": true, "company": true, "firm": true,
}

// placePrepositions before a name are evidence of a place when the
// gazetteer also knows it as one.
var placePrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "across": true, "into": true,
	"outside": true, "inside": true, "towards": true, "toward": true, "around": true, "off": true,
}

// compass directions in "X, north of Y" describe a place.
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "outside": true, "near": true,
}

// settlementNouns around a name say it is a town or city: "the city of
// X", "X city"; regionNouns an administrative area.
var settlementNouns = map[string]bool{
	"city": true, "town": true, "village": true, "capital": true, "hamlet": true,
	"township": true, "municipality": true,
}

// countryNouns head an appositive that makes a name a country's: "X, a
// small nation on the coast".
var countryNouns = map[string]bool{"nation": true, "country": true, "republic": true, "kingdom": true, "monarchy": true}

var regionNouns = map[string]bool{
	"province": true, "region": true, "state": true, "county": true, "district": true,
	"prefecture": true, "oblast": true, "governorate": true, "territory": true,
}

// workNouns name creative works; the name after one is a title ("the film
// X", "the boxing drama X"). Words that are also verbs or common
// descriptors of bodies ("play", "show", "single", "book", "series") are
// left out.
var workNouns = map[string]bool{
	"film": true, "films": true, "movie": true, "movies": true, "biopic": true, "blockbuster": true,
	"documentary": true, "sitcom": true, "musical": true, "album": true, "albums": true, "novel": true,
	"thriller": true, "drama": true, "comedy": true, "opera": true, "ballet": true, "soap": true,
}
