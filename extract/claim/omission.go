package claim

import (
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// failing are the verbs that, before "to" and a verb of saying, tell
// that the words were not said ("failed to tell", "neglected to
// disclose", "forgot to mention"): a small closed class.
var failing = map[string]bool{"fail": true, "neglect": true, "omit": true, "forget": true}

// heldNegated are the classes of a verb whose negation still gives a
// view or a wish its holder has ("does not think A", "does not want
// A"): negatedVerb shows them negated.
var heldNegated = []lexicon.Class{lexicon.Belief, lexicon.Intent, lexicon.Intention, lexicon.Demand}

// negatedKept are the constructions whose negated verb still gives the
// subject's position (negatedSide).
var negatedKept = map[string]bool{ConsStance: true, ConsMention: true, ConsIntent: true, ConsBeliefObject: true}

// omission reports whether claim c's verb tells of words not said: a
// verb of saying after a verb of failing and "to" ("Acme failed to tell
// investors that A"), negated ("Acme did not reveal that A", "Acme
// never disclosed A") or joined by "neither ... nor" ("Acme neither
// admitted nor denied A"). What was not said is no claim of the
// subject. A negated view or wish (heldNegated) is kept.
func (d *doc) omission(c *extract.Claim) bool {
	// "does not view the match as important": a judgement held.
	if d.off[RuleOmission] || c.Method == ConsDescribedAs {
		return false
	}
	s, at := d.verbToken(c)
	if at < 0 || len(s.Lemma) != len(s.Tokens) {
		return false
	}
	lemma := s.Lemma[at]
	if !d.lex.Is(lemma, lexicon.Speech) && !d.lex.Is(lemma, lexicon.Denial) {
		for _, cl := range heldNegated {
			if d.lex.Is(lemma, cl) {
				return false
			}
		}
	}
	k := at - 1
	for k >= 0 && k < len(s.POS) && s.POS[k] == "RB" && s.Lower[k] != "not" && s.Lower[k] != "n't" && s.Lower[k] != "never" {
		k--
	}
	if k < 0 {
		return false
	}
	switch w := s.Lower[k]; {
	case w == "nor":
		return true
	case w == "neither" || w == "either":
		for j := at + 1; j < len(s.Lower) && j <= at+2; j++ {
			if s.Lower[j] == "nor" || s.Lower[j] == "or" {
				return true
			}
		}
	case w == "to":
		j := k - 1
		for j >= 0 && s.POS[j] == "RB" {
			j--
		}
		return j >= 0 && strings.HasPrefix(s.POS[j], "VB") && failing[s.Lemma[j]]
	case w == "not" || w == "n't" || w == "never":
		// "did not reveal", "has never disclosed"; "not only said" and
		// "if not" are left alone, and so is a side not taken
		// (negatedSide: "has not endorsed Bo Ek").
		return k > 0 && !negatedKept[c.Method] && (d.lex.Is(s.Lower[k-1], lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(s.Lower[k-1], "VB"), lexicon.Auxiliary) || s.Lower[k-1] == "never" || w == "never")
	}
	return false
}

// verbToken returns claim c's sentence and the token of the last word
// of its verb: the nearest before the content (the package's verbToken),
// or else the first after it ("..., Acme said"); at is -1 when none is
// found.
func (d *doc) verbToken(c *extract.Claim) (s *extract.Sentence, at int) {
	if c.Sentence < 0 || c.Sentence >= len(d.res.Sentences) {
		return nil, -1
	}
	s = &d.res.Sentences[c.Sentence]
	f := strings.Fields(strings.ToLower(c.Verb))
	if len(f) == 0 || len(s.Lower) != len(s.Tokens) || len(s.POS) != len(s.Tokens) {
		return s, -1
	}
	lo := sort.Search(len(s.Tokens), func(i int) bool { return s.Tokens[i].Start >= c.Start })
	if at := verbToken(s, c, lo); at >= 0 {
		return s, at
	}
	last := f[len(f)-1]
	for i := lo; i < len(s.Tokens); i++ {
		if s.Tokens[i].Start >= c.End && s.Lower[i] == last {
			return s, i
		}
	}
	return s, -1
}

// fragment reports whether claim c's content is a fragment that says
// nothing: no more than three words, with no verb, that open with a
// preposition, a conjunction or an adverb ("In fact", "But", "Far
// better", "On Tuesday"), or that are only
// pronouns and determiners ("this", "them"). Such a content is the
// sentence's opening adverbial read before a final verb, or a word
// that points at words said elsewhere. An answer ("No", "Yes", an
// interjection) and words quoted are kept.
func (d *doc) fragment(c *extract.Claim) bool {
	// Words quoted ("With nukes?") are words said.
	if d.off[RuleFragment] || d.quoted(c.Start) {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	var tags []string
	for k := lo; k < hi; k++ {
		if s.Tokens[k].Kind != tokenize.Word {
			continue
		}
		p := s.POS[k]
		// "replied: No": an answer is said.
		if strings.HasPrefix(p, "VB") || p == "MD" || p == "CD" || p == "UH" || s.Lower[k] == "no" || s.Lower[k] == "yes" {
			return false
		}
		tags = append(tags, p)
	}
	if len(tags) == 0 || len(tags) > 3 {
		return false
	}
	switch tags[0] {
	case "IN", "CC", "RB", "RBR", "RBS":
		return true
	}
	for _, p := range tags {
		if p != "PRP" && p != "DT" {
			return false
		}
	}
	return true
}
