package claim

// reportingVerbs introduce reported speech: "X said (that) ...". The
// value says what may come between the verb and the content: an
// addressee ("told reporters that"), or an accused ("accused Y of").
var reportingVerbs = map[string]verbKind{
	"say": speech, "says": speech, "said": speech, "saying": speech,
	"tell": address, "tells": address, "told": address, "telling": address,
	"add": speech, "adds": speech, "added": speech, "adding": speech,
	"state": speech, "states": speech, "stated": speech, "stating": speech,
	"announce": speech, "announces": speech, "announced": speech, "announcing": speech,
	"claim": speech, "claims": speech, "claimed": speech, "claiming": speech,
	"insist": speech, "insists": speech, "insisted": speech, "insisting": speech,
	"argue": speech, "argues": speech, "argued": speech, "arguing": speech,
	"warn": address, "warns": address, "warned": address, "warning": address,
	"confirm": speech, "confirms": speech, "confirmed": speech, "confirming": speech,
	"report": speech, "reports": speech, "reported": speech, "reporting": speech,
	"write": speech, "writes": speech, "wrote": speech, "writing": speech,
	"tweet": speech, "tweets": speech, "tweeted": speech, "tweeting": speech,
	"allege": speech, "alleges": speech, "alleged": speech, "alleging": speech,
	"assert": speech, "asserts": speech, "asserted": speech, "asserting": speech,
	"acknowledge": speech, "acknowledges": speech, "acknowledged": speech,
	"admit": speech, "admits": speech, "admitted": speech, "admitting": speech,
	"explain": speech, "explains": speech, "explained": speech, "explaining": speech,
	"note": speech, "notes": speech, "noted": speech, "noting": speech,
	"suggest": speech, "suggests": speech, "suggested": speech, "suggesting": speech,
	"predict": speech, "predicts": speech, "predicted": speech,
	"promise": speech, "promises": speech, "promised": speech,
	"vow": speech, "vows": speech, "vowed": speech,
	"declare": speech, "declares": speech, "declared": speech,
	"deny": denial, "denies": denial, "denied": denial, "denying": denial,
	"reject": denial, "rejects": denial, "rejected": denial, "rejecting": denial,
	"dismiss": denial, "dismisses": denial, "dismissed": denial, "dismissing": denial,
	"refute": denial, "refutes": denial, "refuted": denial,
	"accuse": accusation, "accuses": accusation, "accused": accusation, "accusing": accusation,
	"blame": accusation, "blames": accusation, "blamed": accusation, "blaming": accusation,
}

type verbKind uint8

const (
	speech     verbKind = iota // said (that) ...
	address                    // told Y (that) ...
	denial                     // denied X
	accusation                 // accused Y of X
)

// quoteOpen and quoteClose are quotation marks (straight quotes are both).
var quoteOpen = map[string]bool{"“": true, "\"": true, "‘": true, "``": true, "«": true}
var quoteClose = map[string]bool{"”": true, "\"": true, "’": true, "''": true, "»": true}

// pronouns that can be the speaker of a claim.
var personPronouns = map[string]bool{"he": true, "she": true}

// mediaNouns head a phrase naming news outlets: "told American media
// outlets", "told the newspaper".
var mediaNouns = map[string]bool{
	"media": true, "outlets": true, "outlet": true, "newspaper": true, "newspapers": true,
	"reporters": true, "journalists": true, "broadcaster": true, "agency": true, "television": true,
	"radio": true, "channel": true, "daily": true, "press": true,
	"website": true, "programme": true, "program": true,
}

// roleNouns head a speaker phrase whose named modifier is the speaker's
// side: "US intelligence officials said" is a claim of the US.
var roleNouns = map[string]bool{
	"officials": true, "official": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "sources": true, "source": true, "authorities": true, "officers": true,
	"diplomats": true, "diplomat": true, "ministers": true, "minister": true, "leaders": true,
	"leader": true, "investigators": true, "prosecutors": true, "police": true, "military": true,
	"government": true, "army": true, "analysts": true, "experts": true, "representatives": true,
	"statement": true, "ministry": true, "embassy": true, "envoy": true, "negotiators": true,
}

// adverbialStarts begin phrases that may sit between a reporting verb and
// its content: "said on Friday that", "said in a statement that", "said
// for the first time that".
var adverbialStarts = map[string]bool{
	"on": true, "in": true, "at": true, "for": true, "during": true, "after": true, "before": true,
	"late": true, "early": true, "earlier": true, "later": true, "again": true, "also": true,
	"repeatedly": true, "publicly": true, "privately": true, "separately": true, "previously": true,
	"last": true, "this": true, "yesterday": true, "today": true, "from": true, "via": true, "through": true,
}

// sourceNouns name where words came from: "according to a statement
// from X", "according to a spokesman for X".
var sourceNouns = map[string]bool{
	"statement": true, "report": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"official": true, "officials": true, "source": true, "sources": true, "release": true,
	"announcement": true, "filing": true, "letter": true, "memo": true, "representative": true,
}
