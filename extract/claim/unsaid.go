package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// unsaid reports whether claim c's verb reports no words said by the
// subject it was read with (unsaidGerund, reducedRelative,
// entitledClaim).
func (d *doc) unsaid(c *extract.Claim) bool {
	return d.unsaidGerund(c) || d.reducedRelative(c) || d.entitledClaim(c)
}

// skipAdverbs returns the first token at or before k in sentence s that
// is no adverb other than a negation, or -1.
func skipAdverbs(s *extract.Sentence, k int) int {
	for k >= 0 && strings.HasPrefix(s.POS[k], "RB") && s.Lower[k] != "not" && s.Lower[k] != "n't" && s.Lower[k] != "never" {
		k--
	}
	return k
}

// unsaidGerund reports whether claim c's verb is a gerund that "without"
// governs, adverbs perhaps between and the gerund perhaps the second
// of a pair ("paid $50m without admitting any guilt", "settled without
// even mentioning the fee", "without admitting or denying wrongdoing"),
// or that "not" or "never" negates with no auxiliary before it ("the
// firm settled, not admitting wrongdoing"): an act done without words,
// no claim (RuleUnsaidGerund). A gerund after a negated auxiliary is
// omission's ("is not saying"), and "not only saying" is kept.
func (d *doc) unsaidGerund(c *extract.Claim) bool {
	if d.off[RuleUnsaidGerund] {
		return false
	}
	s, at := d.verbToken(c)
	if at < 1 || len(s.POS) != len(s.Tokens) || s.POS[at] != "VBG" {
		return false
	}
	k := skipAdverbs(s, at-1)
	// "without admitting or denying": the pair's first gerund.
	if k > 0 && (s.Lower[k] == "or" || s.Lower[k] == "and" || s.Lower[k] == "nor") && s.POS[k-1] == "VBG" {
		k = skipAdverbs(s, k-2)
	}
	if k < 0 {
		return false
	}
	switch s.Lower[k] {
	case "without":
		return true
	case "not", "never":
		// Right before the gerund, and no auxiliary before "not".
		if s.POS[k+1] != "VBG" {
			return false
		}
		return k == 0 || !d.lex.Is(s.Lower[k-1], lexicon.Auxiliary) && !d.lex.Is(d.lex.Lemma(s.Lower[k-1], "VB"), lexicon.Auxiliary)
	}
	return false
}

// reducedRelative reports whether claim c's verb is a past participle,
// or a past tense with no clause after it, right after a common noun that is the object of a verb or a
// preposition, with no clause, quotation or colon after it: a reduced
// relative clause that tells of the noun ("$3bn in multi-year
// contracts announced late last year", "troops retook an air base
// contested in the fighting"), not the noun's words (RuleReducedRelative).
// A noun that opens a clause may be its verb's subject ("Markets
// responded by ..."), and is kept.
func (d *doc) reducedRelative(c *extract.Claim) bool {
	if d.off[RuleReducedRelative] {
		return false
	}
	s, at := d.verbToken(c)
	if at < 2 || len(s.POS) != len(s.Tokens) || s.POS[at] != "VBN" && s.POS[at] != "VBD" || (s.POS[at-1] != "NN" && s.POS[at-1] != "NNS") ||
		at-1 < len(s.Mention) && s.Mention[at-1] >= 0 {
		return false
	}
	if d.existentialParticiple(s, at) {
		return true
	}
	if clauseAfterParticiple(s, at) {
		return false
	}
	j := at - 1
	for j >= 0 && (nounPhraseTag(s.POS[j]) && !strings.HasPrefix(s.POS[j], "NNP") || s.Lower[j] == "-") {
		j--
	}
	// The words read as the speaker are the noun's phrase, not a
	// phrase the object of a preposition ends ("a spokesman for the
	// agency said A"), and what was said follows the participle.
	if j < 0 || c.Speaker >= 0 || c.Source.Len() <= 0 || c.Source.Start < s.Tokens[j].End || c.Start < s.Tokens[at].End {
		return false
	}
	return d.takesObject(s, j, s.POS[at] == "VBN")
}

// existentialParticiple reports whether the participle at token at of
// sentence s follows the noun phrase that "there" and a form of "be"
// bring in, perhaps past adverbs (rule existential-participle): "There
// were also new rules announced which meant ..." tells of rules, no
// one's words.
func (d *doc) existentialParticiple(s *extract.Sentence, at int) bool {
	if d.off[RuleExistentialParticiple] {
		return false
	}
	j := at - 1
	for j >= 0 && (nounPhraseTag(s.POS[j]) && !strings.HasPrefix(s.POS[j], "NNP") || s.POS[j] == "RB") && (j >= len(s.Mention) || s.Mention[j] < 0) {
		j--
	}
	return j >= 1 && d.lex.Lemma(s.Lower[j], "VB") == "be" && s.Lower[j-1] == "there"
}

// clauseAfterParticiple reports whether a clause, a quotation, a colon,
// an infinitive or another verb follows the participle at token at of
// sentence s before a comma ("courts said discriminated against ...",
// "declined to comment", "announced that ..."): the verb of a clause,
// not a reduced relative.
func clauseAfterParticiple(s *extract.Sentence, at int) bool {
	if at+1 < len(s.Tokens) {
		if w := s.Lower[at+1]; w == "that" || quoteOpen[w] || w == ":" {
			return true
		}
	}
	for k := at + 1; k < len(s.Tokens) && s.Lower[k] != "," && s.Lower[k] != ";"; k++ {
		if p := s.POS[k]; p == "MD" || p == "VBD" || p == "VBZ" || p == "VBP" || strings.HasPrefix(p, "W") || k == at+1 && (p == "TO" || strings.HasPrefix(p, "VB")) {
			return true
		}
	}
	return false
}

// takesObject reports whether token j of sentence s takes the noun
// phrase after it as its object: a preposition that opens no clause,
// when the verb after the phrase is tagged a participle (participle);
// or a verb of no words, not right after a relative pronoun, or a
// participle after an auxiliary ("has signed contracts announced ...",
// not "Revised figures indicated A").
func (d *doc) takesObject(s *extract.Sentence, j int, participle bool) bool {
	w, p := s.Lower[j], s.POS[j]
	switch {
	case p == "IN" || p == "TO":
		// A past tense after a preposition's object may be the verb of
		// a subject before the phrase ("who through his office
		// declined ...", "groups outside Harlow reported ...").
		return participle && w != "that" && !d.lex.Is(w, lexicon.Subordinator)
	case j == 0 || d.reportsWords(s.Lemma[j]):
		return false
	case p == "VB" || p == "VBD" || p == "VBZ" || p == "VBP":
		// Not a verb right after a relative pronoun, which may be a
		// noun the tagger missed ("laws that appeals courts said ...").
		return s.Lower[j-1] != "that" && !strings.HasPrefix(s.POS[j-1], "W")
	case p == "VBN" || p == "VBG":
		return d.lex.Is(s.Lower[j-1], lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(s.Lower[j-1], "VB"), lexicon.Auxiliary)
	}
	return false
}

// entitling are the words before "to" that make the verb after it a
// right held: "entitled to claim", "eligible to claim", "able to
// claim" (closed).
var entitling = map[string]bool{"entitled": true, "eligible": true, "able": true, "allowed": true}

// entitlementModals are the modals of ability and permission (closed).
var entitlementModals = map[string]bool{"can": true, "could": true, "may": true}

// abilityModals are the modals of ability, permission and possibility
// (closed): "X may seek to ...", "users can request ..." tell what X
// might do.
var abilityModals = map[string]bool{"can": true, "could": true, "may": true, "might": true}

// ableBefore reports whether the verb at token at of sentence s follows,
// past adverbs, one of modals or "entitled", "eligible", "able" or
// "allowed" and "to": "can also request", "are entitled to claim".
func ableBefore(s *extract.Sentence, at int, modals map[string]bool) bool {
	k := skipAdverbs(s, at-1)
	return k >= 0 && (modals[s.Lower[k]] || s.Lower[k] == "to" && k > 0 && entitling[s.Lower[k-1]])
}

// entitledClaim reports whether claim c, of a verb of laying claim
// (the lexicon's LayClaim: claim), read with its noun phrase object,
// is a right to what is due: the verb follows a modal of ability or
// permission ("can", "could", "may") or "entitled", "eligible", "able"
// or "allowed" and "to" ("investors can claim their share of the
// fund", "savers are entitled to claim compensation"), and its object
// is a noun phrase of no statement with no clause after it. Money or a
// share is asked for, not words said (RuleEntitledClaim).
func (d *doc) entitledClaim(c *extract.Claim) bool {
	if d.off[RuleEntitledClaim] || c.Method != ConsSpeechObject {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 1 || i != lo-1 || s.POS[i] != "VB" || !d.lex.Is(s.Lemma[i], lexicon.LayClaim) {
		return false
	}
	if !ableBefore(s, i, entitlementModals) {
		return false
	}
	head, after, ok := objectHead(s, lo, hi)
	if !ok || s.POS[head] == "PRP" || strings.HasPrefix(s.POS[head], "NNP") || head < len(s.Mention) && s.Mention[head] >= 0 || clauseAfter(s, after, hi) {
		return false
	}
	cl := d.lex.Classes(s.Lemma[head])
	return !cl.Has(lexicon.Statement) && !cl.Has(lexicon.Evidence) && !cl.Has(lexicon.Accusation)
}
