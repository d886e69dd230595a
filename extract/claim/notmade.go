package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// notMade reports whether claim c states words or a view no one put: a
// plea entered (adjectiveObject), an act foretold (futureStance), what
// someone will be able to ask for (ableDemand), what someone ought to
// say (obligedVerb), an intention only asked about (questionIntent), a
// verb inside a noun phrase (attributiveVerb), an object opened by "no"
// (noObject), plans that are a noun (nounPlans) or a demonstrative's
// object read as the speaker (demonstrativeObject). A deal struck is
// doneThing's (accordTo).
func (d *doc) notMade(c *extract.Claim) bool {
	return d.adjectiveObject(c) || d.futureStance(c) || d.ableDemand(c) || d.obligedVerb(c) || d.questionIntent(c) ||
		d.attributiveVerb(c) || d.noObject(c) || d.nounPlans(c) || d.demonstrativeObject(c)
}

// demonstrativeObject reports whether claim c, read as "..., said X"
// (inverted), has for its unnamed speaker words opened by "this",
// "that", "these" or "those" whose head can put no words
// (RuleDemonstrativeObject): "Bo Ek, flanked by two aides, underlined this
// point" ends in the verb's object, which points back at words; the
// clause before is narration. "..., said these officials" is kept.
func (d *doc) demonstrativeObject(c *extract.Claim) bool {
	if d.off[RuleDemonstrativeObject] || c.Method != ConsInverted || c.Speaker >= 0 || c.Source.Len() == 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[c.Source.Start:c.Source.End]))
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "this", "that", "these", "those":
	default:
		return false
	}
	return !d.voiceNoun(headWord(d.res.Doc.Text[c.Source.Start:c.Source.End]))
}

// attributiveVerb reports whether claim c, of a verb read with its noun
// phrase object, has that verb inside a noun phrase: a determiner or a
// possessive before it, perhaps with adverbs between, and a noun after
// it (RuleAttributiveVerb): "his much touted bid for the club", "its long
// announced plan" describe a thing; no one is said to speak.
func (d *doc) attributiveVerb(c *extract.Claim) bool {
	if d.off[RuleAttributiveVerb] || !npObject[c.Method] {
		return false
	}
	s, lo, _, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	// "acting career": a noun, or a modifier the tagger may read as an
	// adjective or a gerund.
	if p := s.POS[lo]; i < 1 || i != lo-1 || strings.HasPrefix(p, "NNP") || !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ") && p != "VBG" {
		return false
	}
	k := i - 1
	for k > 0 && k > i-3 && (s.POS[k] == "RB" || s.POS[k] == "JJ") {
		k--
	}
	return s.POS[k] == "PRP$" || s.POS[k] == "POS" || d.nounDeterminer(s, k)
}

// noObject reports whether claim c, of a verb read with its noun phrase
// object, has for that object a noun phrase opened by "no" and no
// finite verb after it (RuleNoObject): "Acme has announced no plans to
// sell", "Ann Lee gave no details" tell of words not said. "Announced
// no jobs would go" is a clause, and kept, and so is a verb of laying
// claim (the lexicon's LayClaim): "claimed no part in the deal" denies it.
// A view ("expects no change") is kept.
func (d *doc) noObject(c *extract.Claim) bool {
	// "expects no change", "assuming no loss": a view held of nothing.
	if d.off[RuleNoObject] || c.Method != ConsSpeechObject && c.Method != ConsMention && c.Method != ConsCommunication {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || s.Lower[lo] != "no" || lo+1 >= hi {
		return false
	}
	if i := verbToken(s, c, lo); i >= 0 && d.lex.Is(s.Lemma[i], lexicon.LayClaim) {
		return false
	}
	_, after, ok := objectHead(s, lo+1, hi)
	if !ok {
		return false
	}
	return after >= hi || !finiteTag(s.POS[after])
}

// finiteTag reports whether tag p is a finite verb's or a modal's: the
// verb of a clause after a noun phrase ("no jobs would go", "the deal
// was fair").
func finiteTag(p string) bool {
	return p == "MD" || p == "VBZ" || p == "VBP" || p == "VBD"
}

// planPreposition are the prepositions before which a bare noun and
// "plans" are a noun phrase ("marched against council plans to dredge"),
// a closed class of function words.
var planPreposition = map[string]bool{"by": true, "of": true, "under": true, "against": true, "about": true, "over": true,
	"on": true, "with": true, "from": true, "for": true, "to": true, "behind": true, "despite": true, "amid": true}

// nounPlans reports whether claim c, of intention, has for its verb a
// plural noun after a bare common noun or a name alone that a
// preposition takes (RuleNounPlans): "anglers marched against council
// plans to dredge the bay", "a row over city plans to close the port"
// name plans, the noun's; no one is said to intend. "The council plans
// to close the port" and "From Monday Acme plans to sell" are a verb.
func (d *doc) nounPlans(c *extract.Claim) bool {
	if d.off[RuleNounPlans] || c.Method != ConsIntent {
		return false
	}
	s, at := d.verbToken(c)
	if at < 2 || s.POS[at-1] == "PRP" || !strings.HasSuffix(s.Lower[at], "s") {
		return false
	}
	// A name alone right after the preposition ("a speech on Norland
	// plans to cut aid"); after other words ("From Monday Acme plans")
	// the name is the verb's subject.
	if k := nameStart(s, at-1); k >= 1 && k < at && planPreposition[s.Lower[k-1]] {
		return true
	}
	// Common nouns.
	k := at - 1
	for k > 0 && k > at-3 && (s.POS[k] == "NN" || s.POS[k] == "NNS") && (k >= len(s.Mention) || s.Mention[k] < 0) {
		k--
	}
	return k < at-1 && planPreposition[s.Lower[k]]
}

// nameStart returns the first token of the name whose words end at token
// k of sentence s, or k+1 when no name ends there.
func nameStart(s *extract.Sentence, k int) int {
	if k < 0 || k >= len(s.Mention) || s.Mention[k] < 0 {
		return k + 1
	}
	m := s.Mention[k]
	for k > 0 && s.Mention[k-1] == m {
		k--
	}
	return k
}

// adjectiveObject reports whether claim c, of a verb of saying read with
// its object, has for that object an adjective with no noun after it
// (RuleAdjectiveObject): "Cy Ro pleaded innocent to both counts", "Ann
// Lee pleaded guilty" enter a plea, a legal act; the adjective is no
// noun phrase said. "Announced new plans" keeps its noun.
func (d *doc) adjectiveObject(c *extract.Claim) bool {
	if d.off[RuleAdjectiveObject] || c.Method != ConsSpeechObject {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || i != lo-1 || !strings.HasPrefix(s.POS[lo], "JJ") {
		return false
	}
	return lo+1 >= hi || !nounPhraseTag(s.POS[lo+1]) && s.Lower[lo+1] != "and" && s.Lower[lo+1] != ","
}

// futureStance reports whether claim c, of a verb of taking a side with
// its object, has "will" or "'ll" right before its verb (RuleFutureStance):
// "At trade fairs Ann Lee will back the Vell brand", "Bo Ek will
// defend the plan" tell what someone is to do, the writer's word on an act to come,
// not a side taken in words. A side taken ("Ann Lee backed the bid") and
// one reported as said ("said she would back the bid") are kept: the
// saying holds it.
func (d *doc) futureStance(c *extract.Claim) bool {
	if d.off[RuleFutureStance] || c.Method != ConsStance {
		return false
	}
	s, lo, _, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	return i >= 1 && (s.Lower[i-1] == "will" || s.Lower[i-1] == "'ll")
}

// ableDemand reports whether claim c, of a verb of demanding, has its
// verb after a modal of ability or possibility ("can", "could", "may",
// "might") or "able", "entitled", "eligible" or "allowed" and "to",
// perhaps with adverbs between (RuleAbleDemand): "Club members will be
// able to request seats", "Guests can also request a late checkout" say
// what someone may do, and no demand made, as the ability-intent rule
// reads an intention.
func (d *doc) ableDemand(c *extract.Claim) bool {
	if d.off[RuleAbleDemand] || c.Method != ConsDemand {
		return false
	}
	s, at := d.verbToken(c)
	return at >= 1 && ableBefore(s, verbStart(c, at), abilityModals)
}

// obligedVerb reports whether claim c has right before its verb a modal
// of obligation, "should", "must" or "ought to", perhaps with an adverb
// between (RuleObligedVerb): "Norland should spell out why fares rose",
// "Acme must say whether it will sell" tell what someone
// ought to say, a recommendation, not words said. "Must have said", a
// quotation's words and the first person's "I must say that A", "we
// should say that A", which say A, are kept.
func (d *doc) obligedVerb(c *extract.Claim) bool {
	if d.off[RuleObligedVerb] || d.quoted(c.Start) {
		return false
	}
	s, at := d.verbToken(c)
	if at < 1 {
		return false
	}
	at = verbStart(c, at)
	k := skipAdverbs(s, at-1)
	if k < 0 {
		return false
	}
	switch s.Lower[k] {
	case "should", "must":
	case "to":
		if k < 1 || s.Lower[k-1] != "ought" {
			return false
		}
	default:
		return false
	}
	_, first := d.firstPersonAt(c)
	return first < 0
}

// questionIntent reports whether claim c, of intention, has its verb in
// a clause opened by "how" or "whether" whose subject is a pronoun or a
// name right before the verb, perhaps with auxiliaries between
// (RuleQuestionIntent): "the row hinges on how Vell intends to fund
// the bridge", "the vote turns on whether Acme plans to sell" ask after an intention;
// they state none. A clause of "if" is the conditional rule's.
func (d *doc) questionIntent(c *extract.Claim) bool {
	if d.off[RuleQuestionIntent] || c.Method != ConsIntent || d.quoted(c.Start) {
		return false
	}
	s, at := d.verbToken(c)
	if at < 2 {
		return false
	}
	k := d.beforeAuxiliaries(s, at)
	// The subject: a pronoun or a name's words.
	if k < 0 || s.POS[k] != "PRP" && !strings.HasPrefix(s.POS[k], "NNP") {
		return false
	}
	for k > 0 && strings.HasPrefix(s.POS[k], "NNP") && strings.HasPrefix(s.POS[k-1], "NNP") {
		k--
	}
	if k < 1 {
		return false
	}
	return s.Lower[k-1] == "how" || s.Lower[k-1] == "whether"
}

// vowedSide reports whether the content of claim c, tokens from lo of
// sentence s, opens with "to" and a verb of taking a side (the lexicon's
// Stance: defend, support, back) after a verb of intention that is no
// verb of refusing (RuleVowedSide): "Ann Lee vowed to defend the law",
// "Acme pledged to support the plan" take a side, which refused-words
// keeps. "Declined to defend the plan" refuses one.
func (d *doc) vowedSide(s *extract.Sentence, c *extract.Claim, lo int) bool {
	if d.off[RuleVowedSide] || lo+1 >= len(s.Lemma) || !d.lex.Is(s.Lemma[lo+1], lexicon.Stance) {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 {
		return false
	}
	return !d.refusingVerb(s.Lemma[i])
}

// andNarrationEnd ends the content of claim c, read after a reporting
// verb in the past ("X said ..."), at "and" before a clause of the
// narrative: a subject that is a name or a determiner's noun phrase and
// a verb in the simple past, no form of be, have or do, when the words
// before "and" hold a finite verb (RuleAndNarration): in "Ann Lee said
// the ferry was too slow and the council bought a faster one", "Bo Ek
// told staff the depot would close and Ann Lee handed Cy Ro the keys" what
// was said is backshifted, and the simple past after "and" tells what
// happened next. "Said the plan was dead and that Acme had lost" is
// kept whole, and so is a past verb with "to" or "by" right after it
// ("and the board agreed to wait", "and the bill passed by ten votes"),
// which may be a participle or part of what was said.
func (d *doc) andNarrationEnd(c *extract.Claim) {
	if d.off[RuleAndNarration] || c.Method != ConsSubjectVerb || d.quoted(c.Start) {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return
	}
	if i := verbToken(s, c, lo); i < 0 || s.POS[i] != "VBD" {
		return
	}
	finite := false
	for j := lo; j < hi-2; j++ {
		switch p := s.POS[j]; {
		case p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD":
			finite = true
		case quoteOpen[s.Lower[j]] || s.Lower[j] == ";" || s.Lower[j] == ":":
			return
		}
		if s.Lower[j] != "and" || !finite {
			continue
		}
		// "two chemists Bo Ek and Cy Ro trained in Harlow": names joined,
		// and a participle after them.
		if j+1 < len(s.Mention) && s.Mention[j+1] >= 0 && (strings.HasPrefix(s.POS[j-1], "NN") || s.Mention[j-1] >= 0) {
			continue
		}
		if k := d.narrationSubjectEnd(s, j+1, hi); k > j+1 && k+1 < hi && s.POS[k] == "VBD" && !d.lex.Is(s.Lemma[k], lexicon.Auxiliary) && s.Lower[k+1] != "to" && s.Lower[k+1] != "by" {
			e := j - 1
			if s.Lower[e] == "," {
				e--
			}
			if e >= lo {
				c.End = s.Tokens[e].End
			}
			return
		}
	}
}

// nounDeterminer reports whether token k of sentence s is a determiner
// that opens a noun phrase: of the lexicon's Determiner class (articles,
// demonstratives), tagged DT, and not "that", which opens a clause as
// often.
func (d *doc) nounDeterminer(s *extract.Sentence, k int) bool {
	return s.POS[k] == "DT" && s.Lower[k] != "that" && d.lex.Is(s.Lower[k], lexicon.Determiner)
}

// narrationSubjectEnd returns the token after a subject opening at token
// k of sentence s: a name's words, or a determiner and the adjectives
// and nouns after it ("the council", "the old manager"); k when none opens there.
func (d *doc) narrationSubjectEnd(s *extract.Sentence, k, hi int) int {
	if k < len(s.Mention) && s.Mention[k] >= 0 {
		m := s.Mention[k]
		for k < hi && k < len(s.Mention) && s.Mention[k] == m {
			k++
		}
		return k
	}
	if !d.nounDeterminer(s, k) {
		return k
	}
	j := k + 1
	for j < hi && (strings.HasPrefix(s.POS[j], "JJ") || strings.HasPrefix(s.POS[j], "NN")) {
		j++
	}
	if j == k+1 || !strings.HasPrefix(s.POS[j-1], "NN") {
		return k
	}
	return j
}

// unclosedAppositive returns the last token of a person's name that an
// appositive after a comma describes, when the appositive ends at token
// j right before the verb with no comma to close it (RuleUnclosedAppositive):
// in "..., Bo Ek, director of Vell's ferry arm told the council" the
// director speaks, not the arm. The appositive opens (after a
// determiner, if any) with a singular noun of a person's post or trade
// (the lexicon's Office or Occupation), with words after it, and holds
// only nouns, names, adjectives, determiners, possessives and "of"; it
// returns -1 otherwise.
func (v *view) unclosedAppositive(j int) int {
	if v.d.off[RuleUnclosedAppositive] {
		return -1
	}
	k := j
	for ; k > 0 && k > j-10; k-- {
		if v.w(k) == "," {
			break
		}
		t := v.tag(k)
		if v.entAt(k) < 0 && !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "POS" && t != "DT" && v.w(k) != "of" {
			return -1
		}
	}
	if k < 1 || v.w(k) != "," || k == j {
		return -1
	}
	head := k + 1
	if v.tag(head) == "DT" {
		head++
	}
	// "..., President Bo Ek, officials said": plural people are
	// speakers of their own.
	c := v.d.lex.Classes(v.lemma(head))
	if v.entAt(head) >= 0 || v.tag(head) != "NN" || head >= j || !c.Has(lexicon.Office) && !c.Has(lexicon.Occupation) {
		return -1
	}
	if e := v.entity(k - 1); e < 0 || v.entType(e) != extract.Person {
		return -1
	}
	return k - 1
}
