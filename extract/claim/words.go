package claim

import (
	"strings"

	"github.com/kg-project/kg/extract/lexicon"
)

type verbKind uint8

const (
	speech        verbKind = iota // said (that) ...
	address                       // told Y (that) ...
	denial                        // denied X
	accusation                    // accused Y of X
	belief                        // believes (that) ...
	intention                     // plans to ...
	demand                        // called for ..., urged ...
	naming                        // called X Y
	mentioning                    // cited X, noted X
	criticism                     // criticised X for Y
	question                      // asked (Y) whether ...
	stance                        // supported X, praised X
	topic                         // discussed X, talked about X
	reference                     // referred to X, alluded to X
	communication                 // mocked X, spoke of X (communicates, after every class above)
)

// kind returns what the verb at token i reports, from its lemma: a
// denial, an accusation, words to an addressee, or speech and belief
// (lexicon classes); ok is false for any other word.
func (v *view) kind(i int) (verbKind, bool) {
	l := v.lemma(i)
	if l == "" {
		return 0, false
	}
	c := v.d.lex.Classes(l)
	switch {
	case c.Has(lexicon.Auxiliary):
		return 0, false
	case v.phrasal(i):
		return speech, true
	case c.Has(lexicon.Denial):
		return denial, true
	case c.Has(lexicon.Accusation):
		return accusation, true
	case c.Has(lexicon.Address):
		return address, true
	case c.Has(lexicon.Speech):
		return speech, true
	case c.Has(lexicon.Belief) || c.Has(lexicon.Feeling):
		return belief, true
	case c.Has(lexicon.Intention):
		return intention, true
	case v.demands(i):
		return demand, true
	case c.Has(lexicon.Naming):
		return naming, true
	case c.Has(lexicon.Mention):
		return mentioning, true
	case c.Has(lexicon.Question):
		return question, true
	case c.Has(lexicon.Opposition):
		return criticism, true
	case l == "defend" && !v.defendedInWords(i+1):
		// A title, a city, a scene "defended as ...": no side taken in
		// words, for any construction (wordDefend says when it is).
		return 0, false
	case c.Has(lexicon.Stance):
		return stance, true
	case c.Has(lexicon.Discussion) || v.d.lex.Is(l+" "+v.w(i+1), lexicon.Discussion):
		return topic, true
	case c.Has(lexicon.Reference) && v.w(i+1) == "to":
		return reference, true
	case c.Has(lexicon.Resume) && v.besideQuote(i):
		return speech, true
	}
	return 0, false
}

// phrasal reports whether the verb at token i and the particle after it
// are a verb of saying of the lexicon ("pointed out that ...", "spoke
// out against ...", "spelled out the plan"): what was said follows the
// particle.
func (v *view) phrasal(i int) bool {
	return !v.d.off[RulePhrasal] && v.tag(i+1) == "RP" && v.d.lex.Is(v.lemma(i)+" "+v.w(i+1), lexicon.Speech)
}

// besideQuote reports whether the verb at token i stands beside a
// quotation: a colon or a quotation opens after it ("continued: “...”",
// "continued, “...”"), or a quotation closes before its subject ("“...,”
// she continued").
func (v *view) besideQuote(i int) bool {
	if w := v.w(i + 1); (w == ":" || w == ",") && (v.opensQuote(i+2) || i+2 >= v.n()) || v.opensQuote(i+1) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if quoteClose[v.w(k)] || v.w(k) == "," && quoteClose[v.w(k-1)] {
			return true
		}
		if v.isVerb(k) || v.w(k) == "." {
			return false
		}
	}
	return false
}

// lemma returns the lemma of token i, or "" outside the sentence.
func (v *view) lemma(i int) string {
	if i < 0 || i >= len(v.lem) {
		return ""
	}
	return v.lem[i]
}

// aux reports whether token i is an auxiliary or modal ("has", "was",
// "would").
func (v *view) aux(i int) bool { return v.d.lex.Is(v.lemma(i), lexicon.Auxiliary) }

// personRole reports whether a lemma of classes c names a person by
// what the person is or does: a person noun, an office or an occupation
// ("man", "minister", "lawyer").
func personRole(c lexicon.Classes) bool {
	return c.Has(lexicon.PersonNoun) || c.Has(lexicon.Office) || c.Has(lexicon.Occupation)
}

// bodyNoun reports whether a lemma of classes c names a body that
// speaks: a body of government, an organisation, a company, a generic
// organisation's noun, a news medium or a party ("ministry", "union",
// "firm", "group", "newspaper", "party").
func bodyNoun(c lexicon.Classes) bool {
	return c.Has(lexicon.Government) || c.Has(lexicon.Organization) || c.Has(lexicon.Corporation) || c.Has(lexicon.OrgGeneric) ||
		c.Has(lexicon.NewsMedia) || c.Has(lexicon.Party)
}

// role reports whether token i heads a speaker phrase whose named
// modifier is the speaker's side ("US intelligence officials said" is a
// claim of the US): an office, an occupation, a body of government, a
// statement, or "source".
func (v *view) role(i int) bool {
	c := v.d.lex.Classes(v.lemma(i))
	return c.Has(lexicon.Office) || c.Has(lexicon.Occupation) || c.Has(lexicon.Government) || c.Has(lexicon.Statement) || v.lemma(i) == "source" ||
		v.titlesPlural(i)
}

// titlesPlural reports whether token i is the plural of an abbreviated
// title ("MPs", "MEPs").
func (v *view) titlesPlural(i int) bool {
	w := v.w(i)
	return len(w) > 2 && strings.HasSuffix(w, "s") && i < len(v.toks) && strings.ToUpper(v.toks[i].Text[:len(v.toks[i].Text)-1]) == v.toks[i].Text[:len(v.toks[i].Text)-1] &&
		v.d.lex.Is(strings.TrimSuffix(w, "s"), lexicon.TitleAbbreviation)
}

// media reports whether token i names news outlets or the press ("told
// the newspaper", "told reporters").
func (v *view) media(i int) bool {
	return v.d.lex.Is(v.lemma(i), lexicon.NewsMedia) || v.lemma(i) == "reporter" || v.lemma(i) == "journalist"
}

// source reports whether token i names where words came from ("according
// to a statement from X", "a spokesman for X"): a statement or an office.
func (v *view) source(i int) bool {
	c := v.d.lex.Classes(v.lemma(i))
	return c.Has(lexicon.Statement) || c.Has(lexicon.Office) || v.lemma(i) == "source"
}

// orgClass returns the class of organisation a definite description's head
// at token i fits ("the company" is a Corporation), "" when only an
// organisation named with that noun fits ("the council"), "*" when any
// organisation does ("the group"); ok is false when the noun names no
// organisation.
func (v *view) orgClass(i int) (string, bool) {
	c := v.d.lex.Classes(v.lemma(i))
	switch {
	case c.Has(lexicon.OrgGeneric):
		return "*", true
	case c.Has(lexicon.Party):
		return "PoliticalParty", true
	case c.Has(lexicon.NewsMedia):
		return "NewsMediaOrganization", true
	case c.Has(lexicon.Government):
		// "the police", "the court", "the ministry": bodies of one
		// kind, each its own ("the police" is no parliament).
		return "", true
	case c.Has(lexicon.ArmedGroup):
		return "ArmedGroup", true
	case c.Has(lexicon.Corporation):
		return "Corporation", true
	case c.Has(lexicon.Organization):
		return "", true
	}
	return "", false
}

// quoteOpen and quoteClose are quotation marks (straight quotes are both).
var quoteOpen = map[string]bool{"“": true, "\"": true, "‘": true, "``": true, "''": true, "«": true}
var quoteClose = map[string]bool{"”": true, "\"": true, "’": true, "''": true, "»": true}

// adverbialStarts begin phrases that may sit between a reporting verb and
// its content: "said on Friday that", "said in a statement that", "said
// for the first time that". Prepositions and adverbs of time: closed
// classes WordNet does not hold.
var adverbialStarts = map[string]bool{
	"on": true, "in": true, "at": true, "for": true, "during": true, "after": true, "before": true,
	"late": true, "early": true, "earlier": true, "later": true, "again": true, "also": true,
	"repeatedly": true, "publicly": true, "privately": true, "separately": true, "previously": true,
	"last": true, "this": true, "yesterday": true, "today": true, "from": true, "via": true, "through": true,
}

// adverb reports whether token i is an adverb: tagged so, and an adverb
// in the lexicon, so that a noun the tagger took for one by its ending
// ("Putin ally rejects") is not read past.
func (v *view) adverb(i int) bool {
	return v.tag(i) == "RB" && (v.d.lex.Known(v.w(i), lexicon.Adverb) || !v.d.lex.Known(v.w(i), lexicon.Noun))
}

// close reports whether token i names someone close to another person:
// an ally or aide, or a relative ("an ally of X", "X's wife").
func (v *view) close(i int) bool {
	c := v.d.lex.Classes(v.lemma(i))
	return c.Has(lexicon.Associate) || c.Has(lexicon.Kinship)
}
