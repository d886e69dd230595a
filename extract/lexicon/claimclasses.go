package lexicon

// questionVerbs are the members of the Question class: the verbs that
// report a question ("asked whether ...", "“Why?” she asked",
// "questioned whether ..."). WordNet files asking under requesting and
// communicating, whose other members ask for things or say them, so no
// sense of it marks just these few verbs: they are listed by hand.
var questionVerbs = []string{"ask", "question", "wonder", "inquire", "enquire", "query"}

// evidenceNouns are the members of the Evidence class: what a study or a
// record shows ("the poll shows X ahead", "data show that ..."). WordNet
// scatters them over acts, communications and collections, with senses
// that are no evidence, so the few nouns are listed by hand.
var evidenceNouns = []string{"poll", "survey", "study", "data", "datum", "research", "analysis", "report", "figure", "statistic",
	"video", "footage", "evidence", "review", "audit", "census", "record", "document", "result", "average", "estimate", "test"}
