package lexicon

import "slices"

// closed holds the classes listed by hand. WordNet covers nouns, verbs,
// adjectives and adverbs only, so function words are listed here; each
// list is the class's whole membership in English, as lemmas (the
// lemmatizer maps "was" to "be", "has" to "have"). Four open classes that
// WordNet does not mark (CompanySuffix, PaperWord, NameTitle, Address)
// are here too, each with the reason.
var closed = map[Class][]string{
	// The verbs of asking and the nouns of evidence: claimclasses.go
	// says why they are listed.
	Question: questionVerbs,
	Evidence: evidenceNouns,
	// The primary auxiliaries and the modals. WordNet has "be", "have" and
	// "do" as main verbs only, and no modals.
	Auxiliary: {"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must"},
	// Articles, demonstratives and possessive determiners: function words
	// WordNet does not hold.
	Determiner: {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their"},
	// Prepositions that stand before a place's name ("in X", "near X",
	// "towards X"): function words.
	PlacePreposition: {"in", "at", "near", "from", "to", "across", "into", "outside", "inside", "towards", "toward", "around", "off"},
	// The words that deny a clause or its complement ("is not a
	// company", "never"): function words and the clitic "n't", which
	// WordNet does not hold.
	Negation: {"not", "n't", "never", "no"},
	// The determiners of quantity that open a noun phrase as an article
	// does ("many analysts", "some Acme shareholders", "both sides"):
	// function words. WordNet has them as adjectives, pronouns or nothing,
	// with no sense that marks them as determiners; the comparatives
	// ("more", "fewer") and the adjectives of number ("numerous") are not
	// in the class.
	Quantifier: {"many", "most", "some", "several", "few", "all", "both"},
	// The words that go before a determiner in its noun phrase ("all the",
	// "both these", "half the", "such a", "quite a", "twice the"): function
	// words, for the same reason.
	Predeterminer: {"all", "both", "half", "such", "quite", "twice"},
	// The nouns for a language as a kind ("Tarvish, a Vellic language",
	// "an old Harlow dialect"): WordNet files "language" under
	// communication with "speech" and "text", and "dialect" under speech,
	// apart from the languages' names (the Language class); the two
	// nouns themselves are the class.
	LanguageNoun: {"language", "dialect"},
	// Personal pronouns, subject and object forms: function words.
	PersonalPronoun: {"i", "me", "we", "us", "you", "he", "she", "it", "they", "him", "her", "them"},
	// Subordinating conjunctions, which the tagger marks as prepositions
	// ("as he left", "because it rained"): function words.
	Subordinator: {"as", "because", "while", "if", "although", "though", "since", "whereas", "when", "whether", "after",
		"before", "until", "unless", "once"},
	// The subordinators of those that open a condition ("if X wins"), not
	// a statement: function words.
	Condition: {"if", "unless", "whether", "lest"},
	// The modals of possibility and the adverbs of doubt: WordNet has the
	// adverbs but no sense that marks them as hedges.
	Hedge: {"may", "might", "could", "possibly", "perhaps"},
	// Adverbs of hearsay, for the same reason.
	Hearsay: {"reportedly", "allegedly", "apparently", "supposedly", "purportedly"},
	// The prefixes that make a word of a name ("anti-Norland",
	// "post-Christmas", "ex-Unity"): bound morphemes, which WordNet, a
	// dictionary of words, does not hold.
	Prefix: {"anti", "post", "pre", "ex", "pro", "non", "mid", "pan", "neo", "semi", "sub", "super", "ultra", "inter", "trans",
		"counter", "over", "under", "self"},
	// Forms of address before a name, with and without their full stop:
	// WordNet writes them with one ("mr.") or lacks them ("mx", "mme"), and
	// has "professor" only as an occupation, not as the title before a
	// name ("Professor Lee") that "prof." abbreviates.
	Honorific: {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame",
		"lord", "lady", "rev", "rev.", "mme", "mlle", "herr", "frau"},
	// Abbreviated titles, which WordNet does not hold.
	TitleAbbreviation: {"ceo", "cfo", "coo", "sen", "sen.", "rep", "rep.", "gen", "gen.", "col", "col.", "capt", "capt.",
		"lt", "lt.", "sgt", "sgt.", "adm", "adm.", "mp", "mep", "md", "supt", "supt.", "insp", "insp.", "det", "det.", "cllr", "cllr."},
	// The endings of company names: the legal forms, abbreviations
	// WordNet does not hold, and the plural words of trades that
	// companies are named with ("X Holdings", "X Lines"), which as common
	// nouns name no organisation.
	CompanySuffix: append([]string{"corporation", "holdings", "airlines", "airways", "lines", "motors", "industries", "technologies",
		"pharmaceuticals", "petroleum", "mining", "marine", "maritime", "shipping", "telecom", "enterprises", "logistics",
		"insurance", "studios", "energy"}, legalForms...),
	// The legal forms alone: only a company's name ends so.
	LegalForm: legalForms,
	// Words newspapers take their names from by custom ("The Times", "the
	// Harlow Post", "the Herald"), which as common nouns mean something
	// else or nothing.
	PaperWord: {"times", "post", "journal", "herald", "gazette", "tribune", "telegraph", "chronicle", "daily", "sunday",
		"evening", "morning", "weekly", "press", "news", "mail", "express", "observer", "courier", "standard"},
	// Nouns for a part or an issue of a serial work ("an episode of X",
	// "a one-off edition of X"), or one recording or performance of a
	// work ("a take of X", "her rendition of X"). WordNet files episodes
	// and instalments as parts of a serial (the part-of pointer of
	// episode.n.04), but an edition as an issue of a newspaper or a
	// printing, a take as a filmed scene and a rendition as any
	// performance; this short list joins the senses.
	WorkPart: {"episode", "instalment", "installment", "edition", "take", "rendition"},
	// The nouns the games, publishing and broadcasting trades use for
	// one of their works ("the PC game X", "the console title X", "the
	// Acme TV programme X", "car show X"). WordNet has neither of the first
	// two senses: its "game" is a contest or a pastime, its "title" the
	// name of a work; its "show" and "programme" on the air come after a
	// trade fair's and a plan's, which an appositive means as often ("X,
	// the savings programme"); its "soap" is a cleaner before a serial
	// ("the TV soap X"); its "franchise" is an authorization or a business,
	// not a series of works sold under one name ("the Harlow Road
	// franchise").
	TradeWork: {"game", "title", "show", "programme", "soap", "franchise"},
	// The nouns the record trade uses for one of its works ("the debut
	// single X", "hits including X and Y", "the Ann Lee cover, X"). WordNet
	// has none of the first three senses: its "single" is a base hit or the
	// number one, its "track" a path, its "hit" a blow or a success of any
	// kind; its "cover" is a cover version (cover_version.n.01) only after
	// its other senses.
	RecordWork: {"single", "track", "hit", "cover"},
	// The music trade's noun for one who performs, a singer or a band
	// ("acts including X and Y", "X and Y are among the acts"). WordNet
	// has no such sense: its "act" is a deed, a law, a part of a play or
	// a performer's routine (act.n.03), not the performer.
	MusicAct: {"act"},
	// Offices written before a name ("Mayor X", "Senator X"). WordNet's
	// offices include words that are also given names ("Dean Martin",
	// "Bobby Darin", "Don Corleone"), so those that stand before names
	// and are nobody's first name are listed here.
	NameTitle: {"president", "minister", "premier", "chancellor", "mayor", "governor", "senator", "congressman",
		"congresswoman", "judge", "justice", "general", "colonel", "captain", "sergeant", "lieutenant", "admiral",
		"commissioner", "inspector", "detective", "chairman", "chairwoman", "pope", "cardinal", "bishop", "archbishop",
		"rabbi", "imam", "coach", "ambassador", "secretary", "deputy"},
	// Verbs of saying whose object is the addressee, before the content
	// ("told reporters that", "warned Y that"). This one open class is
	// listed by hand: WordNet's verb frames do not mark it ("tell" and
	// "warn" have no frame with a person object and a clause).
	Address: {"tell", "warn", "inform", "assure", "remind", "notify", "advise", "urge", "brief"},
	// Prepositions of two words whose first is an adjective, an adverb,
	// a participle or a noun, and which open an adjunct of time, cause,
	// manner or source ("was hurt prior to the final", "left due to the
	// strike"): function words, which WordNet does not hold. "Ahead of"
	// is not one: it also ranks one after another, as a verb's
	// complement ("finished ahead of X").
	AdjunctPreposition: {"prior to", "due to", "owing to", "according to", "thanks to", "because of", "instead of",
		"regardless of", "irrespective of", "subsequent to", "pursuant to", "contrary to"},
}

// surnameParticles are the words in lower case that open or join a
// surname in the languages whose names news and line-ups list ("Ann de
// Vell", "Bo van Ek", "Cy bin Ray"): function words of those languages,
// which WordNet does not hold, a closed list.
var surnameParticles = map[string]bool{
	"de": true, "du": true, "des": true, "da": true, "dal": true, "das": true, "dos": true, "van": true, "von": true, "der": true,
	"den": true, "di": true, "del": true, "della": true, "la": true, "le": true, "ter": true, "ten": true,
	"bin": true, "ibn": true, "al": true,
}

// SurnameParticle reports whether w, as written, is a word in lower case
// that opens or joins a surname ("de", "van", "bin").
func SurnameParticle(w string) bool { return surnameParticles[w] }

// legalForms are the abbreviations of companies' legal forms, which
// WordNet does not hold ("Acme Co.", "Vell Power Ltd").
var legalForms = []string{"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "s.a.", "n.v.", "spa", "co.", "co"}

// LegalForms returns the abbreviations of companies' legal forms that
// the LegalForm class holds, in lower case, some with their full stops
// ("inc", "ltd.", "s.a."), for readers that load no lexicon (the
// gazetteer's generator).
func LegalForms() []string { return slices.Clone(legalForms) }
