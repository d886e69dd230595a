package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// contentTokens returns the sentence of claim c and the range [lo, hi)
// of its tokens that lie in its content; ok is false when the claim
// has no sentence with tags or no token in its content.
func (d *doc) contentTokens(c *extract.Claim) (s *extract.Sentence, lo, hi int, ok bool) {
	if c.Sentence < 0 || c.Sentence >= len(d.res.Sentences) {
		return nil, 0, 0, false
	}
	s = &d.res.Sentences[c.Sentence]
	if len(s.POS) != len(s.Tokens) || len(s.Lower) != len(s.Tokens) || len(s.Lemma) != len(s.Tokens) {
		return nil, 0, 0, false
	}
	lo, hi = -1, -1
	for k, t := range s.Tokens {
		if t.Start >= c.Start && t.End <= c.End {
			if lo < 0 {
				lo = k
			}
			hi = k + 1
		}
	}
	return s, lo, hi, lo >= 0
}

// refusedWords reports whether claim c is an intent whose content is
// only a verb of saying or discussing and what it is about, with no
// clause nor quotation after it ("declined to comment on the reports",
// "refused to say where he was"): a refusal, or a wish, to speak that
// states nothing said.
func (d *doc) refusedWords(c *extract.Claim) bool {
	if d.off[RuleRefusedWords] || c.Method != ConsIntent {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || hi-lo < 2 || s.Lower[lo] != "to" {
		return false
	}
	cl := d.lex.Classes(s.Lemma[lo+1])
	// "pledged to contest the ruling", "vowed to fight the plan": a
	// side taken against something is a stance, not silence.
	if !cl.Has(lexicon.Speech) && !cl.Has(lexicon.Discussion) && !cl.Has(lexicon.Communication) || cl.Has(lexicon.Opposition) || !strings.HasPrefix(s.POS[lo+1], "VB") || d.vowedSide(s, c, lo) {
		return false
	}
	for k := lo + 2; k < hi; k++ {
		p, w := s.POS[k], s.Lower[k]
		// "refused to say whether he would stay": what is not said is
		// only asked about.
		if w == "whether" || w == "if" || strings.HasPrefix(p, "W") {
			return !d.off[RuleRefusedWhether]
		}
		if w == "that" && d.nounThat(s, k) {
			return true
		}
		if strings.HasPrefix(p, "VB") || p == "MD" || w == "that" || quoteOpen[w] || w == ":" {
			return false
		}
	}
	return true
}

// refusedPassive reports whether claim c is an intent of a verb of
// refusing (the lexicon's Intention class and none of Intent, Belief or
// Speech: "refuse", "decline") whose content is a passive infinitive
// with no clause nor quotation after it (rule refused-passive): "refused
// to be tied down to a figure", "declined to be drawn on talk that
// A", "declined to be named" are refusals to speak that state nothing.
func (d *doc) refusedPassive(c *extract.Claim) bool {
	if d.off[RuleRefusedPassive] || c.Method != ConsIntent {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || hi-lo < 3 || s.Lower[lo] != "to" || s.Lemma[lo+1] != "be" || s.POS[lo+2] != "VBN" {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 {
		return false
	}
	if !d.refusingVerb(s.Lemma[i]) {
		return false
	}
	for k := lo + 3; k < hi; k++ {
		w := s.Lower[k]
		if w == "that" && s.POS[k] != "DT" {
			// "drawn on reports that A": the reports' clause.
			return d.nounThat(s, k)
		}
		if quoteOpen[w] || w == ":" || s.POS[k] == "MD" {
			return false
		}
	}
	return true
}

// nounThat reports whether "that" at token k of sentence s opens the
// clause of the common noun before it, a thing talked of and no one
// addressed ("declined to discuss reports that he would leave": the
// reports' clause, RuleNounThat): a noun of no person, body or place.
func (d *doc) nounThat(s *extract.Sentence, k int) bool {
	if d.off[RuleNounThat] || k < 1 || !strings.HasPrefix(s.POS[k-1], "NN") || strings.HasPrefix(s.POS[k-1], "NNP") {
		return false
	}
	for _, m := range d.res.Mentions {
		if m.Start < s.Tokens[k-1].End && s.Tokens[k-1].Start < m.End {
			return false
		}
	}
	l := s.Lemma[k-1]
	return !d.lex.Is(l, lexicon.PersonNoun) && !d.lex.Is(l, lexicon.Membership) && !d.lex.Is(l, lexicon.Office) && !d.lex.KindWord(l)
}

// refusingVerb reports whether lemma l is a verb of refusing: of the
// lexicon's Intention class and none of Intent, Belief or Speech
// ("refuse", "decline").
func (d *doc) refusingVerb(l string) bool {
	cl := d.lex.Classes(l)
	return cl.Has(lexicon.Intention) && !cl.Has(lexicon.Intent) && !cl.Has(lexicon.Belief) && !cl.Has(lexicon.Speech)
}

// objectHead returns the token of the head of the noun phrase that opens
// tokens [lo, hi) of sentence s, the last noun before anything else
// (past determiners, possessives, numbers and adjectives), and the token
// after the phrase; ok is false when no noun or pronoun opens it.
func objectHead(s *extract.Sentence, lo, hi int) (head, after int, ok bool) {
	if s.POS[lo] == "PRP" {
		return lo, lo + 1, true
	}
	head = -1
	k := lo
	for ; k < hi; k++ {
		p := s.POS[k]
		switch {
		case strings.HasPrefix(p, "NN"):
			head = k
		case p == "DT" || p == "PRP$" || p == "CD" || p == "POS" || strings.HasPrefix(p, "JJ"):
			if head >= 0 && p != "POS" {
				return head, k, true
			}
		default:
			return head, k, head >= 0
		}
	}
	return head, k, head >= 0
}

// thingObject reports whether claim c, of a verb of saying or of
// communicating read with its noun phrase object, has for that object
// an illness or a person and nothing said after it: an illness caught,
// the people answered ("contracted flu", "answered his critics as he
// scored"). What is said is a message, a view or an act ("announced a
// plan", "revealed the cost"); an illness is caught, and a person is
// addressed.
func (d *doc) thingObject(c *extract.Claim) bool {
	if d.off[RuleThingObject] || c.Method != ConsSpeechObject && c.Method != ConsCommunication {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	head, after, ok := objectHead(s, lo, hi)
	// A name, or a headline's capitalised words, are no common noun.
	if !ok || head < len(s.Mention) && s.Mention[head] >= 0 || strings.HasPrefix(s.POS[head], "NNP") {
		return false
	}
	// "told people how ...", "warned them that ...": the words follow
	// the addressee.
	if after < hi {
		w, p := s.Lower[after], s.POS[after]
		if w == "that" || w == "to" || w == "whether" || w == "if" || strings.HasPrefix(p, "W") || quoteOpen[w] || w == ":" {
			return false
		}
	}
	l := s.Lemma[head]
	cl := d.lex.Classes(l)
	if cl.Has(lexicon.Statement) || cl.Has(lexicon.Evidence) || cl.Has(lexicon.Work) || cl.Has(lexicon.CreativeWork) {
		return false
	}
	person := s.POS[head] == "PRP" && s.Lower[head] != "it" || cl.Has(lexicon.PersonNoun) || cl.Has(lexicon.Occupation)
	// A verb of communicating takes the one it agrees or disagrees
	// with, congratulates or mocks: a side taken.
	return person && c.Method == ConsSpeechObject || cl.Has(lexicon.Illness)
}

// doneThingClasses are the classes of a noun that names an event, a
// contest's stage or title, a made good, an envoy, a span of time or a
// firm's shares and profits: what a verb of communicating, of taking a
// side or of belief does something to or with ("headline the festival",
// "defend his title", "recalled 400 cars", "recalled its ambassador",
// "boosted its dividend"), not a message, a view or a proposal.
var doneThingClasses = []lexicon.Class{lexicon.EventSport, lexicon.EventCeremony, lexicon.EventName, lexicon.EventShow, lexicon.CompetitionPart,
	lexicon.Product, lexicon.Gadget, lexicon.Envoy, lexicon.TimeSpan, lexicon.Equity}

// doneThing reports whether claim c, of a verb of communicating, of
// taking a side or of belief that is no verb of saying, read with its
// noun phrase object, is an act done to or with a thing, not words: the
// object is only a noun phrase whose head is a common noun of
// doneThingClasses ("Harlow headline the summer festival", "Ann Lee
// will defend her 200m title", "Acme is recalling 400 cars", "Acme
// boosted its dividend by 5%"), or the verb is one of agreeing with a
// noun phrase object, a deal struck, not a view shared ("agreed a fee
// for the player"; with an infinitive after a deal's noun, accordTo:
// "agreed a pact to run the ferries"). A verb of saying keeps its object ("announced the
// festival", "reported a profit"), as does a view of shares or profits
// held ("expected a profit of $2m").
func (d *doc) doneThing(c *extract.Claim) bool {
	if d.off[RuleDoneThing] || c.Method != ConsCommunication && c.Method != ConsStance && c.Method != ConsBeliefObject {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	// The object right after the verb: "agreed with the analysis",
	// "spoke of the festival" take a view of what follows.
	i := verbToken(s, c, lo)
	if i < 0 || i != lo-1 || d.lex.Is(s.Lemma[i], lexicon.Speech) {
		return false
	}
	// The noun phrase: determiners, possessives, numbers, adjectives and
	// nouns, a name's words and "and" among them ("this summer's Harlow
	// and Pellam festivals"); its head, the last common noun, ends it.
	head, k := -1, lo
	for ; k < hi; k++ {
		p := s.POS[k]
		if strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "NNP") {
			head = k
			continue
		}
		if nounPhraseTag(p) || p == "CC" && k > lo {
			continue
		}
		break
	}
	if head < 0 || head < len(s.Mention) && s.Mention[head] >= 0 {
		return false
	}
	if d.saidAfterHead(s, i, head, lo, hi) {
		return false
	}
	// "agreed a fee", "agreed a new contract": a deal struck.
	if d.lex.Is(s.Lemma[i], lexicon.Agreement) {
		return true
	}
	cl := d.lex.Classes(s.Lemma[head])
	for _, x := range doneThingClasses {
		if cl.Has(x) && !(x == lexicon.Equity && c.Method == ConsBeliefObject) {
			return true
		}
	}
	return false
}

// saidAfterHead reports whether the content of a claim, tokens [lo, hi)
// of sentence s read after the verb at token i, holds after its object's
// head at token head what may have been said: "... title in the
// trials", "... cars from the 2004 model year", "... dividend by 25
// percent" have a prepositional phrase or the sentence's end after the
// head; a clause, a quotation or an infinitive after it (but a deal's,
// accordTo) is what was said, and so is a clause anywhere in the content
// ("agrees with other experts, that ...").
func (d *doc) saidAfterHead(s *extract.Sentence, i, head, lo, hi int) bool {
	if head+1 < hi && !d.accordTo(s, i, head) {
		w, p := s.Lower[head+1], s.POS[head+1]
		if p != "IN" && w != "," || w == "that" || w == "whether" || w == "if" {
			return true
		}
	}
	for k := lo; k < hi; k++ {
		if quoteOpen[s.Lower[k]] || s.Lower[k] == ":" || s.Lower[k] == "that" {
			return true
		}
	}
	return false
}

// accordTo reports whether the verb at token i of sentence s is one of
// agreeing (the lexicon's Agreement) whose object's head, at token head,
// is an agreement or a deal (the lexicon's Accord) with "to" after it
// (RuleAgreedAccord): "Vellmar and Acme agreed a pact to run the
// ferries" strikes a deal, its infinitive what the deal is for; it puts
// no view. "Agreed the pact was fair", "agreed the need to act" are
// kept.
func (d *doc) accordTo(s *extract.Sentence, i, head int) bool {
	return !d.off[RuleAgreedAccord] && s.Lower[head+1] == "to" && d.lex.Is(s.Lemma[i], lexicon.Agreement) && d.lex.Is(s.Lemma[head], lexicon.Accord)
}

// wonObject reports whether claim c, of a verb of saying that also lays
// claim to or gives up what is due or won (the lexicon's LayClaim:
// claim, concede), read with its noun phrase object, has for that object
// only a noun phrase whose head is a thing won in a contest (the
// lexicon's Attainment): "Norland claimed victory in the final", "Bo Ek
// claims the vital first break", "Ann Lee claimed top spot", "Harlow
// conceded two goals", also a verb joined to another by "and" ("took
// the lead and claimed a third Norland title"). A claim's words are a clause, a quotation or a
// proposition ("claimed that he won", "claimed vast wealth"); a prize,
// a place or a score is taken or given up, not said.
func (d *doc) wonObject(c *extract.Claim) bool {
	if d.off[RuleWonObject] || c.Method != ConsSpeechObject && c.Method != ConsCoordinated {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || i != lo-1 || !d.lex.Is(s.Lemma[i], lexicon.LayClaim) {
		return false
	}
	head, after, ok := objectHead(s, lo, hi)
	return ok && d.wonThing(s, head) && !clauseAfter(s, after, hi)
}

// deedMeans reports whether claim c, of a verb of saying read with its
// noun phrase object, has after that object the deed that made it
// known rather than words: "by" and a verb in -ing that reports no
// words ("underlined her promise by beating Bo Ek"), or "with" and a
// noun phrase whose head is a thing won ("announced his arrival with a
// goal"). "Announced the plan by saying ...", "announced a deal with
// Acme" are words.
func (d *doc) deedMeans(c *extract.Claim) bool {
	if d.off[RuleDeedMeans] || c.Method != ConsSpeechObject {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	head, after, ok := objectHead(s, lo, hi)
	if !ok || s.POS[head] == "PRP" || clauseAfter(s, after, hi) {
		return false
	}
	// "... their strength this weekend with ...": a time between.
	if after+1 < hi && s.POS[after] == "DT" && d.lex.Is(s.Lemma[after+1], lexicon.TimeSpan) {
		after += 2
	}
	if after+1 >= hi {
		return false
	}
	switch s.Lower[after] {
	case "by":
		return s.POS[after+1] == "VBG" && !d.reportsWords(s.Lemma[after+1])
	case "with":
		h, _, ok := objectHead(s, after+1, hi)
		return ok && d.wonThing(s, h) || d.absoluteDeed(s, after+1, hi)
	}
	return false
}

// givenObject reports whether claim c's object is contended for,
// handed over or withheld rather than said (rivalObject, pledgedThing,
// deniedThing).
func (d *doc) givenObject(c *extract.Claim) bool {
	return d.rivalObject(c) || d.pledgedThing(c) || d.deniedThing(c) || d.deniedQuestion(c)
}

// deniedQuestion reports whether claim c, of a verb of denying read with
// its noun phrase object, denies questions: the object's head is a noun
// of asking (the lexicon's Question: "the minister dismissed questions
// about the report", "Acme rejected queries"). A question asserts
// nothing, so brushing it off denies nothing; it is a refusal to answer
// (RuleDeniedQuestion). A clause or a quotation after it is kept.
func (d *doc) deniedQuestion(c *extract.Claim) bool {
	if d.off[RuleDeniedQuestion] || c.Method != ConsDenial {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	if i := verbToken(s, c, lo); i < 0 || i != lo-1 {
		return false
	}
	// The object's head as the other readers of a given object take it
	// (objectHead, read past a possessive's mark and a name), no name.
	head, after, ok := objectHead(s, lo, hi)
	if !ok || head < len(s.Mention) && s.Mention[head] >= 0 || !strings.HasPrefix(s.POS[head], "NN") {
		return false
	}
	return d.askingHead(s, head, after, hi, false)
}

// askingHead reports whether token h of sentence s, an object's head,
// is a noun of asking (its lemma in the lexicon's Question class) and
// none of tokens [from, hi) opens what was asked: "that", a quotation
// or a colon, and, with indirect, "whether" or "if" (deniedQuestion,
// questionObject).
func (d *doc) askingHead(s *extract.Sentence, h, from, hi int, indirect bool) bool {
	if h < 0 || !d.lex.Is(s.Lemma[h], lexicon.Question) {
		return false
	}
	for k := from; k < hi; k++ {
		w := s.Lower[k]
		if w == "that" || quoteOpen[w] || w == ":" || indirect && (w == "whether" || w == "if") {
			return false
		}
	}
	return true
}

// rivalObject reports whether claim c, of a verb of saying that is also
// one of disputing (contest), read with its noun phrase object, contends
// for that object with rivals rather than disputes words: the object is
// a thing won, a contest's stage or an election ("Ann Lee will contest
// the seat", "Harlow contest the final"), or "with" or "against" and a
// name or a person's noun follow it ("Bo Ek will contest the number two
// shirt with Ann Lee"). "Acme will contest the ruling" disputes it.
func (d *doc) rivalObject(c *extract.Claim) bool {
	if d.off[RuleRivalObject] || c.Method != ConsSpeechObject {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || i != lo-1 || !d.lex.Is(s.Lemma[i], lexicon.Opposition) {
		return false
	}
	head, after := phraseEnd(s, lo, hi)
	if head < 0 || strings.HasPrefix(s.POS[head], "NNP") || head < len(s.Mention) && s.Mention[head] >= 0 || clauseAfter(s, after, hi) {
		return false
	}
	cl := d.lex.Classes(s.Lemma[head])
	if cl.Has(lexicon.Statement) || cl.Has(lexicon.Evidence) || cl.Has(lexicon.Accusation) {
		return false
	}
	if d.wonThing(s, head) || cl.Has(lexicon.CompetitionPart) || cl.Has(lexicon.EventElection) || cl.Has(lexicon.EventBout) {
		return true
	}
	if after+1 >= hi || s.Lower[after] != "with" && s.Lower[after] != "against" {
		return false
	}
	k := after + 1
	return k < len(s.Mention) && s.Mention[k] >= 0 || strings.HasPrefix(s.POS[k], "NNP") || d.lex.Is(s.Lemma[k], lexicon.PersonNoun)
}

// pledgedThing reports whether claim c, of a verb of saying that is
// also one of promising (pledge, promise, vow, swear), read with its
// noun phrase object, gives what the object names to someone: a
// possessive opens the object and "to" and no verb follow it ("Bo Ek
// pledged his future to Acme", "Ann Lee promised her vote to Harlow").
// A thing pledged to someone is handed over, not words; "pledged his
// support for the plan" and "vowed to fight" are kept.
func (d *doc) pledgedThing(c *extract.Claim) bool {
	if d.off[RulePledgedThing] || c.Method != ConsSpeechObject {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || i != lo-1 || !d.lex.Is(s.Lemma[i], lexicon.Intention) || s.POS[lo] != "PRP$" {
		return false
	}
	head, after := phraseEnd(s, lo, hi)
	if head < 0 || strings.HasPrefix(s.POS[head], "NNP") || after+1 >= hi || s.Lower[after] != "to" {
		return false
	}
	p := s.POS[after+1]
	return !strings.HasPrefix(p, "VB") && p != "MD" && p != "RB"
}

// deniedThing reports whether claim c, of a verb of denying read with
// its noun phrase object, has two objects and nothing else: the one
// kept from something (a pronoun, a name or a possessive's noun) and
// what is withheld, a noun phrase a determiner, a possessive, a number
// or an adjective opens ("a decision that denied his side a famous
// victory", "denying Acme the usual fee", "denying it a medal for the
// first time since 1992"). What
// is withheld is no claim denied; "denied the claims", "denied it was
// true" are kept.
func (d *doc) deniedThing(c *extract.Claim) bool {
	if d.off[RuleDeniedThing] || c.Method != ConsDenial {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || hi-lo < 3 {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 0 || i != lo-1 || !d.lex.Is(s.Lemma[i], lexicon.Denial) {
		return false
	}
	k, ok := firstObjectEnd(s, lo, hi)
	if !ok || k >= hi {
		return false
	}
	// The second: opened by a determiner, a possessive, a number or an
	// adjective.
	if p := s.POS[k]; p != "DT" && p != "PRP$" && p != "CD" && !strings.HasPrefix(p, "JJ") || s.Lower[k] == "that" {
		return false
	}
	// Its head a noun, or a word the tagger took for an adjective that
	// the lexicon knows as a noun ("the usual stranglehold").
	head, after := phraseEnd(s, k, hi)
	if head < 0 || !strings.HasPrefix(s.POS[head], "NN") && !(head > k && d.lex.Known(s.Lemma[head], lexicon.Noun)) {
		return false
	}
	// Two noun phrases in a row make no clause: what follows them
	// ("... the usual hold it has had", "... a medal for the first time
	// since ...") qualifies what is withheld, unless a quotation or a
	// colon brings words.
	for j := after; j < hi; j++ {
		if quoteOpen[s.Lower[j]] || s.Lower[j] == ":" {
			return false
		}
	}
	return true
}

// firstObjectEnd returns the token after the first of two objects that
// open tokens [lo, hi) of sentence s: a pronoun, a name (its mention or
// capitalised words), or a possessive and its noun; ok is false when
// none opens them.
func firstObjectEnd(s *extract.Sentence, lo, hi int) (k int, ok bool) {
	k = lo
	switch {
	case s.POS[k] == "PRP":
		return k + 1, true
	case k < len(s.Mention) && s.Mention[k] >= 0 || strings.HasPrefix(s.POS[k], "NNP"):
		// A name's mention, or capitalised words the recogniser left
		// out or cut short.
		for k < hi && (k < len(s.Mention) && s.Mention[k] == s.Mention[lo] && s.Mention[lo] >= 0 || strings.HasPrefix(s.POS[k], "NNP")) {
			k++
		}
		return k, true
	case s.POS[k] == "PRP$":
		k++
		for k < hi && (strings.HasPrefix(s.POS[k], "JJ") || strings.HasPrefix(s.POS[k], "NN")) {
			k++
		}
		return k, strings.HasPrefix(s.POS[k-1], "NN")
	}
	return lo, false
}

// phraseEnd returns the head of the noun phrase that opens tokens
// [lo, hi) of sentence s, its last word, a noun or an adjective after
// determiners, possessives, numbers, adjectives and nouns ("the number
// two shirt", "his future", a noun the tagger read as an adjective),
// and the token after it; head is -1 when no such phrase opens them.
func phraseEnd(s *extract.Sentence, lo, hi int) (head, after int) {
	after = lo
	for after < hi && nounPhraseTag(s.POS[after]) {
		after++
	}
	if after == lo {
		return -1, lo
	}
	p := s.POS[after-1]
	if !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ") {
		return -1, after
	}
	return after - 1, after
}

// absoluteDeed reports whether tokens from k on in sentence s, after
// "with", are a noun phrase, names perhaps listed, and a verb in -ing
// that reports no words: "with Norland, Tarvik and Harlow all winning
// away", a deed that shows what the object names.
func (d *doc) absoluteDeed(s *extract.Sentence, k, hi int) bool {
	n := 0
	for ; k < hi && n < 12; k, n = k+1, n+1 {
		p, w := s.POS[k], s.Lower[k]
		if nounPhraseTag(p) && !strings.HasPrefix(p, "VBG") || w == "," || w == "and" || p == "RB" || p == "PDT" {
			continue
		}
		break
	}
	return n > 0 && k < hi && s.POS[k] == "VBG" && !d.reportsWords(s.Lemma[k])
}

// wonThing reports whether token head of sentence s is a common noun,
// no name, of a thing won in a contest (the lexicon's Attainment).
func (d *doc) wonThing(s *extract.Sentence, head int) bool {
	if head < len(s.Mention) && s.Mention[head] >= 0 || !strings.HasPrefix(s.POS[head], "NN") || strings.HasPrefix(s.POS[head], "NNP") {
		return false
	}
	return d.lex.Is(s.Lemma[head], lexicon.Attainment)
}

// clauseAfter reports whether token after, within [.., hi) of sentence
// s, opens what was said after a noun phrase: "that", "to", "whether",
// "if", a wh-word, a quotation or a colon.
func clauseAfter(s *extract.Sentence, after, hi int) bool {
	if after >= hi {
		return false
	}
	w, p := s.Lower[after], s.POS[after]
	return w == "that" || w == "to" || w == "whether" || w == "if" || strings.HasPrefix(p, "W") || quoteOpen[w] || w == ":"
}

// reportsWords reports whether lemma is a verb that reports words or a
// view: of saying, belief, feeling, intention, denial, accusation,
// taking a side, mentioning or communicating.
func (d *doc) reportsWords(lemma string) bool {
	cl := d.lex.Classes(lemma)
	for _, x := range []lexicon.Class{lexicon.Speech, lexicon.Belief, lexicon.Feeling, lexicon.Intention, lexicon.Denial, lexicon.Accusation,
		lexicon.Stance, lexicon.Mention, lexicon.Communication} {
		if cl.Has(x) {
			return true
		}
	}
	return false
}

// relativeRole reports whether claim c, of a verb with a noun phrase
// object (of a side, of communicating or of saying), has its verb in the
// present, right after "which" or "that" ("the Vell Trust, which
// promotes renewable energy", "a server that supports the new chip", "an
// index which predicts growth"): a relative clause telling what a body
// or a thing does, the writer's description, not words. A person's
// relative clause ("Ann Lee, who supports Bo Ek") is kept, and so is a
// view a body holds ("Acme, which expects to grow").
func (d *doc) relativeRole(c *extract.Claim) bool {
	if d.off[RuleRelativeRole] || c.Method != ConsStance && c.Method != ConsCommunication && c.Method != ConsSpeechObject {
		return false
	}
	s, lo, _, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	if i < 1 || s.POS[i] != "VBZ" && s.POS[i] != "VBP" {
		return false
	}
	return s.POS[i-1] == "WDT" && (s.Lower[i-1] == "which" || s.Lower[i-1] == "that")
}

// verbToken returns the token of claim c's reporting verb in sentence
// s: the last word of c.Verb, nearest before token lo (the content's
// first), or -1.
func verbToken(s *extract.Sentence, c *extract.Claim, lo int) int {
	f := strings.Fields(strings.ToLower(c.Verb))
	if len(f) == 0 {
		return -1
	}
	last := f[len(f)-1]
	for k := lo - 1; k >= 0; k-- {
		if s.Lower[k] == last {
			return k
		}
	}
	return -1
}

// namedNoun reports whether claim c, of naming, is a noun's name rather
// than anyone's words: a past participle right after the noun, which is
// what is called ("an extra chip called the Z module", "a town named
// Harlow"), or a present participle with a reflexive object ("a group
// calling itself the Velden Army"): the name a thing has or takes for
// itself, not a judgement of something.
func (d *doc) namedNoun(c *extract.Claim) bool {
	if d.off[RuleNamedNoun] || c.Method != ConsNaming {
		return false
	}
	s, lo, _, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	// The noun named is a common noun, not a name: "Ann Lee called
	// him ..." is hers to judge.
	i := verbToken(s, c, lo)
	if i < 1 || s.POS[i-1] != "NN" && s.POS[i-1] != "NNS" || i-1 < len(s.Mention) && s.Mention[i-1] >= 0 {
		return false
	}
	switch s.POS[i] {
	case "VBN":
		return true
	case "VBG":
		return reflexive[s.Lower[lo]] || s.Lower[lo] == "itself"
	}
	// "is an extra chip called ...", "with a chip called ...": a noun
	// phrase that a verb or a preposition takes is no subject, and the
	// verb after it, whatever its tag, is its participle. A verb of
	// saying or believing takes a clause ("said the union called the
	// plan a disgrace").
	b := i - 1
	for b > 0 && nounPhraseTag(s.POS[b-1]) {
		b--
	}
	if b == 0 {
		return false
	}
	// "one of the critics who sent the letter called ...": the verb
	// before is a relative clause's, and the verb after is the main
	// clause's.
	for k := 0; k < b; k++ {
		if s.POS[k] == "WP" || s.POS[k] == "WDT" {
			return false
		}
	}
	p, w := s.POS[b-1], s.Lower[b-1]
	// "one of the critics called ...": a phrase after "of" belongs to
	// the subject before it.
	if p == "IN" && w != "of" && w != "that" && w != "as" && w != "because" && w != "if" {
		return true
	}
	cl := d.lex.Classes(s.Lemma[b-1])
	return strings.HasPrefix(p, "VB") && !cl.Has(lexicon.Speech) && !cl.Has(lexicon.Belief) && !cl.Has(lexicon.Feeling)
}

// nounPhraseTag reports whether part-of-speech tag p may stand inside a
// noun phrase before its head: a determiner, a possessive, a number, an
// adjective or a noun.
func nounPhraseTag(p string) bool {
	return p == "DT" || p == "PRP$" || p == "POS" || p == "CD" || strings.HasPrefix(p, "JJ") || strings.HasPrefix(p, "NN")
}

// datelineStart moves the start of claim c past a dateline that opens
// it at the start of its sentence: words in capitals, perhaps with a
// date, a state or country after a comma and an agency in brackets,
// that a dash or a colon ends ("HARLOW, Norland (AP) - ...", "JUNE 3,
// 2004 (ACME NEWS) - ..."), or a place's name in capitals before a
// capitalised word ("HARLOW Ann Lee said ..."). The place and the
// agency say where the story was filed, not what was said.
func (d *doc) datelineStart(c *extract.Claim) {
	if d.off[RuleDateline] {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return
	}
	text := d.res.Doc.Text
	word := func(k int) string { return text[s.Tokens[k].Start:s.Tokens[k].End] }
	k := lo
	caps := 0
	for k < hi && allCaps(word(k)) {
		caps += len(word(k))
		k++
	}
	if caps < 3 {
		return
	}
	place := k < len(s.Mention) && s.Mention[k-1] >= 0 && s.Mention[k-1] < len(d.res.Mentions) && d.res.Mentions[s.Mention[k-1]].Type == extract.Location
	// ", Norland", ", B.C.", " 3, 2004": a state, a country or a date.
	for n := 0; k < hi && n < 6; n++ {
		w := word(k)
		if w == "," || w == "." || s.POS[k] == "CD" || w[0] >= 'A' && w[0] <= 'Z' && !dashColon(word(k-1)) && (word(k-1) == "," || strings.HasSuffix(word(k-1), ".")) {
			k++
			continue
		}
		break
	}
	// "(AP)", "(ACME NEWS SERVICE)": the agency.
	if k < hi && word(k) == "(" {
		e := k + 1
		for e < hi && e < k+6 && word(e) != ")" {
			e++
		}
		if e < hi && word(e) == ")" {
			k = e + 1
		}
	}
	sep := false
	for k < hi && (dashColon(word(k)) || word(k) == "(" && k+2 < hi && word(k+2) == ")") {
		sep = true
		if word(k) == "(" {
			k += 2
		}
		k++
	}
	if k >= hi {
		return
	}
	// "NEW YORK Acme said": a place in capitals right before a
	// capitalised word.
	if !sep {
		f := word(k)
		if lo > 0 && !headlineEnd(d.res, s.Tokens[lo].Start) || !place || !(f[0] >= 'A' && f[0] <= 'Z') {
			return
		}
	}
	c.Start = s.Tokens[k].Start
}

// labelEnd returns the token after a section label that opens the
// sentence (rule section-label): up to six words with no verb, then a
// colon and a dash glued to it ("Norland News:- The port will close"),
// a feed's label of the item's section, not a speaker. It returns -1
// otherwise.
func (v *view) labelEnd() int {
	if v.d.off[RuleSectionLabel] {
		return -1
	}
	for k := 1; k < v.n() && k <= 6; k++ {
		if v.isVerb(k-1) || quoteOpen[v.w(k-1)] || quoteClose[v.w(k-1)] {
			return -1
		}
		if v.w(k) == ":" && k+1 < v.n() && dashColon(v.w(k+1)) && v.w(k+1) != ":" && v.toks[k].End == v.toks[k+1].Start {
			return k + 2
		}
	}
	return -1
}

// labelStart moves the start of claim c past a section label (labelEnd)
// that opens its sentence when the content starts with the sentence.
func (d *doc) labelStart(c *extract.Claim) {
	if c.Sentence < 0 || c.Sentence >= len(d.res.Sentences) {
		return
	}
	s := &d.res.Sentences[c.Sentence]
	v := &view{d: d, si: c.Sentence, toks: s.Tokens, low: s.Lower, lem: s.Lemma, ent: s.Mention, lit: s.Literal, tags: s.POS}
	if len(s.Tokens) == 0 || c.Start > s.Tokens[0].Start {
		return
	}
	if k := v.labelEnd(); k > 0 && k < v.n() && s.Tokens[k].Start < c.End {
		c.Start = s.Tokens[k].Start
	}
}

// headlineEnd reports whether offset at is the first word after the
// headline, which a sentence may run on from.
func headlineEnd(res *extract.Result, at int) bool {
	h := res.Headline.End
	return h > 0 && h <= at && strings.TrimSpace(res.Doc.Text[h:at]) == ""
}

// allCaps reports whether w is a word of two or more letters, all
// capitals (hyphens and full stops between them allowed).
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '-' || r == '.' || r == '\'':
		default:
			return false
		}
	}
	return n >= 2
}

// dashColon reports whether w is a dash or a colon, which end a
// dateline.
func dashColon(w string) bool {
	return w == "-" || w == "--" || w == "—" || w == "–" || w == ":"
}

// prepositionING are the words in -ing that stand as prepositions
// ("including", "following"): a closed class.
var prepositionING = map[string]bool{"including": true, "excluding": true, "following": true, "according": true, "regarding": true,
	"concerning": true, "considering": true, "barring": true, "pending": true, "notwithstanding": true}

// objectTag reports whether part-of-speech tag p may open the object or
// the particle of a participle's phrase, a determiner, a pronoun, a
// particle or "to" ("sending its shares up", "allowing it to rise",
// "leading to a cut"): not a noun, which a word in -ing may modify
// ("chronic, debilitating diseases", "a small, living room"), nor a
// conjunction or a comma after a noun in a list ("taxes, borrowing and
// waste").
func objectTag(p string) bool {
	return p == "DT" || p == "PRP" || p == "PRP$" || p == "RP" || p == "TO"
}

// afterVerb holds the constructions whose content follows the verb, in
// the writer's words after a clause of the speaker's.
var afterVerb = map[string]bool{
	ConsSubjectVerb: true, ConsCoordinated: true, ConsParticiple: true, ConsInfinitive: true, ConsSpeechObject: true,
	ConsDenial: true, ConsDemand: true, ConsBeliefObject: true, ConsStance: true, ConsCommunication: true,
}

// narrationEnd ends the content of claim c, read after its verb and not
// quoted, where the writer's narration takes over once the content has
// a finite verb of its own and no modal: at a comma before a participle
// that reports no words and takes an object ("said its sales rose,
// sending its shares up 14 percent"). What a modal foresees runs on to
// its consequence ("may harden their stance, leading to cuts").
func (d *doc) narrationEnd(c *extract.Claim) {
	if !afterVerb[c.Method] || d.off[RuleNarrationParticiple] {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || quoteOpen[s.Lower[lo]] || d.quoted(c.Start) {
		return
	}
	if i := verbToken(s, c, lo); i < 0 {
		return
	}
	finite, modal := false, false
	for k := lo; k+1 < hi; k++ {
		p := s.POS[k]
		if p == "VBD" || p == "VBZ" || p == "VBP" || p == "MD" {
			finite = true
		}
		if p == "MD" {
			modal = true
		}
		if quoteOpen[s.Lower[k]] || quoteClose[s.Lower[k]] {
			return
		}
		// ", in fact, looking": a comma that closes an aside.
		if s.Lower[k] != "," || !finite || k == lo || k >= 2 && s.Lower[k-2] == "," || k >= 3 && s.Lower[k-3] == "," {
			continue
		}
		next := k + 1
		if s.POS[next] != "VBG" || modal || prepositionING[s.Lower[next]] || next+1 >= hi || !objectTag(s.POS[next+1]) {
			continue
		}
		// "..., adding that ...", "..., citing ...": a participle that
		// reports is the speaker's.
		cl := d.lex.Classes(s.Lemma[next])
		if !cl.Has(lexicon.Speech) && !cl.Has(lexicon.Belief) && !cl.Has(lexicon.Feeling) && !cl.Has(lexicon.Intention) &&
			!cl.Has(lexicon.Denial) && !cl.Has(lexicon.Accusation) && !cl.Has(lexicon.Stance) && !cl.Has(lexicon.Mention) &&
			!cl.Has(lexicon.Opposition) && !cl.Has(lexicon.Communication) && !cl.Has(lexicon.Auxiliary) {
			c.End = s.Tokens[k].Start
			return
		}
	}
}

// relativeFinal reports whether claim c, of a final attribution, has
// its verb right after a relative pronoun ("..., a chip that responds
// to movement"): a relative clause describes the noun before it, and
// what comes before is no one's words.
func (d *doc) relativeFinal(c *extract.Claim) bool {
	if d.off[RuleRelativeFinal] || c.Method != ConsFinal {
		return false
	}
	s, _, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	f := strings.Fields(strings.ToLower(c.Verb))
	if len(f) == 0 {
		return false
	}
	for k := hi; k < len(s.Tokens) && k < hi+12; k++ {
		if s.Lower[k] == f[0] {
			// "the WHO said": a name in capitals is no pronoun.
			if k == 0 || s.POS[k-1] != "WDT" && s.POS[k-1] != "WP" {
				return false
			}
			t := s.Tokens[k-1]
			return d.res.Doc.Text[t.Start:t.End] == s.Lower[k-1]
		}
	}
	return false
}

// passiveAside reports whether claim c, of a subject and its verb, has
// for its verb a past participle in an aside, after a comma and before
// "by" and its agent ("The new figure, announced by the ministry on
// Friday, topped forecasts"): what the agent announced is the noun
// before, and the words after are no one's.
func (d *doc) passiveAside(c *extract.Claim) bool {
	if d.off[RulePassiveAside] || c.Method != ConsSubjectVerb {
		return false
	}
	s, lo, _, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	i := verbToken(s, c, lo)
	return i > 0 && i+1 < len(s.Tokens) && s.Lower[i-1] == "," && s.Lower[i+1] == "by" && (s.POS[i] == "VBN" || s.POS[i] == "VBD")
}

// bareMessage reports whether claim c, of a verb of communicating or of
// mentioning read with its noun phrase object, has for its whole
// content a statement's noun after a determiner, with nothing of what
// it says ("Ann Lee echoed the message", "Bo Ek echoed those comments
// at the rally"): no words are reported
// (RuleBareMessage). A possessor's statement ("apologised for his past
// statements"), an adjective ("an anti-establishment message") and a
// noun with what it says after it ("the message of unity", "the claim
// that ...") are kept.
func (d *doc) bareMessage(c *extract.Claim) bool {
	if d.off[RuleBareMessage] || c.Method != ConsCommunication && c.Method != ConsMention {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || hi-lo < 2 || s.POS[lo] != "DT" {
		return false
	}
	if i := verbToken(s, c, lo); i < 0 || i != lo-1 {
		return false
	}
	// "an anti-establishment message": an adjective says what the
	// message holds.
	h := lo + 1
	if !strings.HasPrefix(s.POS[h], "NN") || strings.HasPrefix(s.POS[h], "NNP") || !d.lex.Is(s.Lemma[h], lexicon.Statement) {
		return false
	}
	// "... at the rally", "... in March": a phrase of where or when,
	// not "of", "about" or "on" and what the message is about.
	if h+1 < hi {
		if w := s.Lower[h+1]; s.POS[h+1] != "IN" || w == "of" || w == "about" || w == "that" || w == "on" {
			return false
		}
		for j := h + 2; j < hi; j++ {
			if w := s.Lower[j]; w == "that" || quoteOpen[w] || w == ":" {
				return false
			}
		}
	}
	return true
}

// questionObject reports whether claim c, of a verb read with its noun
// phrase object, has for that object's head a noun of asking (its lemma
// a verb of the lexicon's Question class: question, query), with no
// clause, quotation or colon after it (rule question-object): "The band
// will answer questions sent in by listeners", "Bo Ek fielded queries":
// the speaker takes questions; no words of theirs are reported.
func (d *doc) questionObject(c *extract.Claim) bool {
	if d.off[RuleQuestionObject] || c.Method != ConsSpeechObject && c.Method != ConsCommunication && c.Method != ConsMention {
		return false
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return false
	}
	// Not objectHead, as deniedQuestion: the head is the last common
	// noun of the object's opening run of modifiers and common nouns,
	// which a name or a possessive's mark ends (a verb of saying's object
	// that names someone is left to the other rules) and a determiner
	// after a noun does not.
	h := -1
	for k := lo; k < hi; k++ {
		t := s.POS[k]
		if t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") {
			continue
		}
		if !strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "NNP") {
			break
		}
		h = k
	}
	return d.askingHead(s, h, h+1, hi, true)
}
