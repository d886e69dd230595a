package relate

// General English words the construction rules look for. They are
// ordinary vocabulary (titles, kinds of places and organisations,
// auxiliaries), never names.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// titleHeads are words that end a job title: "chief executive",
// "foreign minister", "spokesman".
var titleHeads = set(
	"president", "vice-president", "president-elect", "chairman", "chairwoman", "chairperson", "chair",
	"chief", "ceo", "cfo", "coo", "executive", "director", "minister", "secretary", "secretary-general",
	"spokesman", "spokeswoman", "spokesperson", "head", "leader", "commander", "governor", "mayor",
	"ambassador", "envoy", "editor", "founder", "co-founder", "manager", "official", "officer",
	"senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "lawmaker", "legislator",
	"prosecutor", "judge", "justice", "attorney", "lawyer", "professor", "economist", "analyst",
	"researcher", "scientist", "reporter", "correspondent", "journalist", "columnist", "coach", "captain",
	"king", "queen", "prince", "princess", "emperor", "premier", "chancellor", "general", "gen.",
	"colonel", "col.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral", "adm.", "marshal", "commissioner",
	"adviser", "advisor", "aide", "counsel", "counselor", "counsellor", "treasurer", "dean", "rector",
	"bishop", "archbishop", "pope", "cardinal", "imam", "rabbi", "priest", "pastor", "employee",
	"member", "boss", "owner", "partner", "superintendent", "inspector", "detective", "sheriff",
	"trustee", "principal", "president-elect", "deputy", "vice", "strategist", "negotiator",
	"supporter", "activist", "militant", "fighter", "loyalist", "operative", "agent", "staffer",
	"consultant", "engineer", "designer", "architect", "producer", "physician", "surgeon",
	"mp", "mep", "delegate", "emir", "sheikh", "sultan", "president-designate", "administrator",
	"coordinator", "organiser", "organizer", "controller", "auditor", "historian",
)

// titleModifiers may come before a title's head inside the title:
// "senior", "deputy foreign", "prime".
var titleModifiers = set(
	"senior", "junior", "top", "chief", "deputy", "vice", "assistant", "associate", "acting", "interim",
	"former", "ex", "executive", "general", "managing", "prime", "foreign", "defence", "defense",
	"interior", "finance", "financial", "health", "justice", "trade", "economy", "economic", "education",
	"energy", "home", "state", "attorney", "press", "police", "security", "intelligence", "military",
	"army", "navy", "regional", "local", "national", "federal", "district", "county", "city", "supreme",
	"high", "grand", "first", "lead", "principal", "special", "permanent", "lord", "party", "union",
	"opposition", "majority", "minority", "house", "senate", "parliamentary", "presidential",
	"operating", "technology", "information", "communications", "marketing", "sales", "legal",
	"political", "investment", "research", "science", "news", "sports", "business", "chief-executive",
	"co", "founding", "longtime", "long-time", "then", "outgoing", "incoming", "new", "current",
	"agriculture", "transport", "transportation", "labour", "labor", "culture", "environment",
	"emergency", "emergencies", "internal", "external", "affairs", "development", "commerce", "industry",
	"treasury", "war", "peace", "human", "rights", "public", "prosecutor", "government", "company",
	"group", "bank", "central", "team", "club", "head", "field", "commanding", "staff", "crown",
)

// formerWords mark a title that is no longer held.
var formerWords = set("former", "ex", "then", "outgoing", "late")

// membershipHeads relate a person to an organisation by membership rather
// than employment.
var membershipHeads = set(
	"member", "supporter", "activist", "militant", "fighter", "loyalist", "operative", "lawmaker",
	"legislator", "mp", "mep", "senator", "congressman", "congresswoman", "delegate", "deputy",
)

// citizenHeads and residentHeads relate a person to a place.
var (
	citizenHeads  = set("citizen", "citizens", "national", "nationals", "subject")
	residentHeads = set("native", "natives", "resident", "residents", "inhabitant", "inhabitants")
)

// orgPartHeads name a part of an organisation: "X, a branch of Y".
var orgPartHeads = set(
	"branch", "branches", "wing", "unit", "units", "subsidiary", "affiliate", "division", "arm", "offshoot",
	"faction", "chapter", "department", "spin-off", "spinoff", "franchise", "agency", "bureau", "office",
	"section", "cell", "component", "outfit", "brigade", "battalion", "regiment", "splinter", "offspring",
)

// placeHeads name a kind of place: "X, a suburb of Y".
var placeHeads = set(
	"capital", "city", "town", "village", "suburb", "district", "region", "province", "state", "county",
	"neighbourhood", "neighborhood", "area", "port", "island", "municipality", "part", "borough",
	"commune", "prefecture", "territory", "enclave", "republic", "oblast", "governorate", "canton",
	"settlement", "resort", "hamlet", "locality", "department", "emirate", "country", "nation",
)

// orgNouns are common nouns that refer back to an organisation: "the
// agency's chief".
var orgNouns = set(
	"agency", "company", "group", "firm", "organisation", "organization", "party", "ministry",
	"department", "bank", "service", "services", "corporation", "network", "militia", "movement",
	"government", "council", "committee", "union", "association", "federation", "club", "team",
	"team's", "channel", "broadcaster", "newspaper", "paper", "outlet", "institute", "university",
	"court", "army", "force", "forces", "commission", "office", "bureau", "board", "alliance", "coalition",
	"regime", "administration", "authority", "authorities", "charity", "foundation", "league",
)

// activeWords introduce the places an organisation operates in: "active
// in A and B".
var activeWords = set("active", "operating", "operates", "operate", "present", "working", "works", "deployed")

// basedWords introduce where an organisation is based: "based in Y".
var basedWords = set("based", "headquartered", "registered", "located")

// auxiliaries are dropped from a verb phrase's predicate: "has denied"
// means "denied".
var auxiliaries = set("has", "have", "had", "having", "'s", "'ve", "'d", "does", "do", "did")

// beForms keep their place in a phrase: "was killed by" is not "killed".
var beForms = set("is", "are", "was", "were", "be", "been", "being", "'re", "'m", "am")

// reportingVerbs take a clause, not an object: in "X said Y ..." Y is the
// clause's subject.
var reportingVerbs = set(
	"said", "says", "say", "saying", "added", "adds", "noted", "notes", "stated", "states", "believes",
	"believed", "believe", "think", "thinks", "thought", "claimed", "claims", "claim", "announced",
	"announces", "know", "knows", "knew", "reported", "reports", "suggested", "suggests", "insisted",
	"insists", "argued", "argues", "explained", "explains", "confirmed", "confirms", "hoped", "hopes",
	"feared", "fears", "wrote", "writes", "recalled",
	"according", "estimated", "estimates", "expected", "expects", "acknowledged", "admitted", "alleged", "alleges", "concluded", "predicted", "declared", "stressed", "emphasised",
	"emphasized", "indicated", "indicates", "showed", "shows", "revealed", "reveals", "found", "finds",
	"agreed", "agrees", "felt", "feels", "learned", "heard", "saw", "see", "sees", "understand", "wants",
	"wanted", "want",
)

// killVerbs are active phrases that mean kg:killed; passives with "by"
// mean it in reverse.
var killVerbs = set(
	"killed", "kills", "kill", "murdered", "murders", "assassinated", "assassinates", "shot dead",
	"stabbed to death", "shot and killed", "executed", "slew", "beheaded", "strangled",
)

// facilityNouns name the kind of place a name is: "the X venue in Y".
var facilityNouns = set(
	"venue", "hall", "building", "complex", "stadium", "arena", "airport", "hotel", "hospital", "center",
	"centre", "mall", "theatre", "theater", "camp", "prison", "base", "compound", "station", "port",
	"plant", "factory", "mine", "museum", "university", "school", "church", "mosque", "temple", "market",
	"bridge", "dam", "park", "square", "embassy", "consulate", "headquarters", "offices", "office",
)
