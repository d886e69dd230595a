package claim

import (
	"strings"
	"unicode"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
)

// negativeQuantifier are the subjects that say no one holds the content:
// "Nobody is suggesting that ...", "No one knows what ...", "None of them
// said ..." (closed).
var negativeQuantifier = map[string]bool{"nobody": true, "no-one": true, "noone": true, "none": true}

// noOneHolds reports whether claim c's unnamed speaker is a negative
// quantifier ("Nobody is suggesting that the port will shut", "No one
// knows whether Acme will bid", "no official said ..."): no one holds
// the content, so there is no claim (RuleNoOneHolds).
func (d *doc) noOneHolds(c *extract.Claim) bool {
	if d.off[RuleNoOneHolds] || c.Speaker >= 0 || c.Source.Len() <= 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[c.Source.Start:c.Source.End]))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], "[\"“‘'")
	return negativeQuantifier[w] || w == "no"
}

// notYetSaid reports whether claim c's verb has not happened yet: "yet
// to" or "still to" right before it ("Acme has yet to announce which
// plan it will back", "the board is still to decide whether ..."), or
// "yet" after a negation in the auxiliaries before it ("Acme has not yet
// announced when ..."). Nothing has been said, so there is no claim
// (RuleNotYetSaid).
func (d *doc) notYetSaid(c *extract.Claim) bool {
	if d.off[RuleNotYetSaid] {
		return false
	}
	s, at := d.verbToken(c)
	if at < 2 {
		return false
	}
	if s.Lower[at-1] == "to" && (s.Lower[at-2] == "yet" || s.Lower[at-2] == "still") {
		return true
	}
	yet := false
	for k := at - 1; k >= 0 && k >= at-4; k-- {
		w := s.Lower[k]
		switch {
		case w == "yet":
			yet = true
		case w == "not" || w == "n't" || w == "never":
			return yet
		case d.lex.Is(w, lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(w, "VB"), lexicon.Auxiliary) || s.POS[k] == "RB":
		default:
			return false
		}
	}
	return false
}

// unknowing reports whether claim c's verb is a negated "know" ("Ann Lee
// didn't know that the port had shut", "Bo Ek does not know whether ..."):
// not knowing a thing is holding no view of it, so there is no claim
// (RuleUnknowing). A negated belief ("does not think that ...") is kept.
func (d *doc) unknowing(c *extract.Claim) bool {
	if d.off[RuleUnknowing] {
		return false
	}
	s, at := d.verbToken(c)
	if at < 1 || d.lex.Lemma(s.Lower[at], "VB") != "know" {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		w := s.Lower[k]
		switch {
		case w == "not" || w == "n't" || w == "never":
			return true
		case d.lex.Is(w, lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(w, "VB"), lexicon.Auxiliary) || s.POS[k] == "RB":
		default:
			return false
		}
	}
	return false
}

// backedThing reports whether the noun phrase [lo, hi) that a reduced
// passive of taking a side follows names a made thing, a firm or a
// technology ("a song backed by a choir", "a start-up backed by Acme",
// "a car backed by a warranty", "a mobile technology backed by Acme"): backing it is paying for it or playing with it, no side
// taken in words (RuleBackedThing). A plan, a bid or a demand backed by
// someone is kept.
func (v *view) backedThing(lo, hi int) bool {
	if v.d.off[RuleBackedThing] {
		return false
	}
	for k := lo; k < hi; k++ {
		if !strings.HasPrefix(v.tag(k), "NN") || v.entAt(k) >= 0 {
			continue
		}
		l := v.d.lex.Lemma(v.w(k), "NN")
		for _, c := range []lexicon.Class{lexicon.CreativeWork, lexicon.RecordWork, lexicon.Product, lexicon.Gadget, lexicon.Corporation, lexicon.Enterprise, lexicon.Technology} {
			if v.d.lex.Is(l, c) {
				return true
			}
		}
	}
	return false
}

// personObject reports whether claim c is a belief verb's noun-phrase
// object that is a person's name alone or with a prepositional phrase
// ("Police apprehended Bo Ek at his hotel", "Acme wants Ann Lee"): a
// person is no content held (RulePersonObject). A possessive ("fears Ann
// Lee's return") is kept.
func (d *doc) personObject(c *extract.Claim) bool {
	if d.off[RulePersonObject] || c.Method != ConsBeliefObject || c.Sentence < 0 || c.Sentence >= len(d.res.Sentences) {
		return false
	}
	end := -1
	for _, m := range d.res.Mentions {
		if m.Start == c.Start && m.End <= c.End && m.Type == extract.Person {
			end = m.End
			break
		}
	}
	if end < 0 {
		return false
	}
	if end == c.End {
		return true
	}
	s := &d.res.Sentences[c.Sentence]
	for k, tok := range s.Tokens {
		if tok.Start >= end {
			return k < len(s.POS) && s.POS[k] == "IN" && s.Lower[k] != "that" && !d.lex.Is(s.Lower[k], lexicon.Subordinator)
		}
	}
	return false
}

// hopedContest reports whether claim c is a hope to win or to play
// ("Both clubs are hoping to win the shield", "Acme hopes to beat Tarvik"):
// "hope" and "to" before a verb of the lexicon's Defeat or Contest class
// wish for a contest's outcome, and say no view (RuleHopedContest).
func (d *doc) hopedContest(c *extract.Claim) bool {
	if d.off[RuleHopedContest] {
		return false
	}
	f := strings.Fields(strings.ToLower(c.Verb))
	if len(f) == 0 || d.lex.Lemma(f[len(f)-1], "VB") != "hope" {
		return false
	}
	w := strings.Fields(strings.ToLower(d.res.Doc.Text[c.Start:c.End]))
	if len(w) < 2 || w[0] != "to" {
		return false
	}
	l := d.lex.Lemma(w[1], "VB")
	return d.lex.Is(l, lexicon.Defeat) || d.lex.Is(l, lexicon.Contest)
}

// bracketEnd runs a content that ends inside a bracket past it: "Acme
// announced 5bn euros ($6bn; £4bn) of purchases" is cut at the
// bracket's ";" otherwise (RuleBracketEnd). The content goes on to the
// closing bracket, and on from it to the sentence's end or a ";" when no
// comma, colon, quotation mark or other bracket comes first; a comma
// first ends it at the closing bracket.
func (d *doc) bracketEnd(c *extract.Claim) {
	if d.off[RuleBracketEnd] {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok {
		return
	}
	open := 0
	for k := lo; k < hi; k++ {
		switch s.Lower[k] {
		case "(":
			open++
		case ")":
			open--
		}
	}
	if open != 1 {
		return
	}
	k := hi
	for k < len(s.Tokens) && s.Lower[k] != ")" {
		if w := s.Lower[k]; w == "(" || w == "." || quoteOpen[w] || quoteClose[w] {
			return
		}
		k++
	}
	if k >= len(s.Tokens) {
		return
	}
	end := k
	for j := k + 1; j <= len(s.Tokens); j++ {
		if j == len(s.Tokens) || s.Lower[j] == ";" || s.Lower[j] == "." && j == len(s.Tokens)-1 {
			end = j - 1
			break
		}
		if w := s.Lower[j]; w == "," || w == ":" || w == "(" || w == "." || quoteOpen[w] || quoteClose[w] {
			break
		}
	}
	c.End = s.Tokens[end].End
}

// headlineCredit ends a headline's content before a bracket that closes
// the headline and holds one to four capitalised words, perhaps with
// dots or digits: the feed's credit or label ("Lee: Norland Can Do More
// (AP)", "Acme Posts Profit (Update2)"), no words of the speaker's
// (RuleHeadlineCredit). A content that is only the bracket is left.
func (d *doc) headlineCredit(c *extract.Claim) {
	h := d.res.Headline
	if d.off[RuleHeadlineCredit] || c.Start >= h.End || c.End > h.End || h.End > len(d.res.Doc.Text) {
		return
	}
	if strings.TrimSpace(d.res.Doc.Text[c.End:h.End]) != "" {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || s.Lower[hi-1] != ")" {
		return
	}
	k := hi - 2
	for k > lo && k >= hi-6 && s.Lower[k] != "(" {
		if t := s.Tokens[k].Text; t != "." && !unicode.IsUpper([]rune(t)[0]) && !unicode.IsDigit([]rune(t)[0]) {
			return
		}
		k--
	}
	if k <= lo || k == hi-2 || s.Lower[k] != "(" {
		return
	}
	c.End = s.Tokens[k-1].End
}

// quoteOpenDouble reports whether w opens a quotation of words said and
// is no single quote that may be an apostrophe.
func quoteOpenDouble(w string) bool { return quoteOpen[w] && w != "‘" }

// quoteCloseDouble reports whether w closes such a quotation.
func quoteCloseDouble(w string) bool { return quoteClose[w] && w != "’" }

// quoteEnd ends a content that opens a quotation at the quotation's
// close when the writer's words go on after it with a conjunction:
// 'Norland declared "417 to be the code" and 2009 is likely to bring ...'
// is Norland's "417 to be the code" (RuleQuoteEnd). A quotation that an
// attribution interrupts and another resumes is left whole.
func (d *doc) quoteEnd(c *extract.Claim) {
	if d.off[RuleQuoteEnd] {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || lo < 1 || !quoteOpenDouble(s.Lower[lo-1]) {
		return
	}
	for k := lo + 1; k+1 < hi; k++ {
		if !quoteCloseDouble(s.Lower[k]) {
			continue
		}
		next := k + 1
		if s.Lower[next] == "," {
			next++
		}
		if next >= hi || !clauseConj[s.Lower[next]] {
			return
		}
		end := k - 1
		for end > lo && (s.Lower[end] == "," || s.Lower[end] == ";") {
			end--
		}
		c.End = s.Tokens[end].End
		return
	}
}

// clauseConj are the conjunctions the writer's next clause opens with
// after a quotation (closed).
var clauseConj = map[string]bool{"and": true, "but": true, "while": true, "yet": true, "so": true, "whereas": true}

// receivedNews reports whether claim c's verb is one of receiving news
// ("Ann Lee learned she had been dropped", "he heard his record had been
// broken", "I have never heard the band play"): its subject is told or
// perceives the content, and holds no view of its own
// (RuleReceivedNews). "heard from" names whom words came from and is
// read by its own rule, and what a news outlet learned is its report;
// "hear" counts in the past only ("judges who hear the case").
func (d *doc) receivedNews(c *extract.Claim) bool {
	if d.off[RuleReceivedNews] || c.Speaker >= 0 && c.Speaker < len(d.res.Entities) && strings.HasSuffix(d.res.Entities[c.Speaker].Class, "NewsMediaOrganization") {
		return false // "The Post has learned that ..." is the paper's report
	}
	f := strings.Fields(strings.ToLower(c.Verb))
	if len(f) == 0 {
		return false
	}
	switch v := f[len(f)-1]; d.lex.Lemma(v, "VB") {
	case "learn":
		return true
	case "hear":
		if s, at := d.verbToken(c); at >= 0 && at+1 < len(s.Lower) && s.Lower[at+1] == "from" {
			return false // "heard from Bo Ek" is read by the heard-from rule
		}
		return v == "heard" // judges "hear" a case
	}
	return false
}

// decidedAct reports whether claim c is a decision: an intent whose verb
// is "decide" ("Bo Ek decided to close the port"). A decision is a
// choice acted on, which the text reports as made, not words or a view
// its maker puts (RuleDecidedAct). A possessor's "decision to ...",
// which PolNeAR counts as an attribution, is left to the noun-cue
// construction.
func (d *doc) decidedAct(c *extract.Claim) bool {
	if d.off[RuleDecidedAct] || c.Method != ConsIntent {
		return false
	}
	f := strings.Fields(strings.ToLower(c.Verb))
	return len(f) > 0 && d.lex.Lemma(f[len(f)-1], "VBD") == "decide"
}

// smallClauseEnd ends a content read after its verb, not quoted, at a
// conjunction when the words before it have no verb, an object and its
// complement ("declared 417 the code"), and the words after it open a
// clause of their own, a subject and a finite verb: 'Norland declared
// 417 the code and 2009 is likely to bring ships' is Norland's "417 the
// code"; the clause after is the writer's (RuleSmallClauseEnd). A list
// ("the phones, cameras and other gadgets will ...") or one noun phrase
// ("the phones and other gadgets will ...") before the conjunction is a
// subject and is kept whole.
func (d *doc) smallClauseEnd(c *extract.Claim) {
	if d.off[RuleSmallClauseEnd] || c.Method != ConsSubjectVerb {
		return
	}
	s, lo, hi, ok := d.contentTokens(c)
	if !ok || lo < 1 || quoteOpen[s.Lower[lo-1]] {
		return
	}
	j := lo + 1
	for j < hi && s.Lower[j] != "and" && s.Lower[j] != "but" {
		j++
	}
	if j >= hi-1 || !objectComplement(s, lo, j) || !subjectFinite(s, j+1, hi) {
		return
	}
	c.End = s.Tokens[j-1].End
}

// objectComplement reports whether tokens [lo, j) of sentence s are an
// object and its complement with no verb: a noun phrase, then a
// determiner right after its noun or number opening the second ("417
// the code"), no preposition between ("frustration in an interview
// this year"), and no comma, "that" or quotation mark.
func objectComplement(s *extract.Sentence, lo, j int) bool {
	for k := lo; k < j; k++ {
		p, w := s.POS[k], s.Lower[k]
		if strings.HasPrefix(p, "VB") || p == "MD" || w == "," || w == "that" || quoteOpen[w] || quoteClose[w] {
			return false
		}
	}
	for k := lo; k < j; k++ {
		p := s.POS[k]
		if k > lo && (p == "DT" || p == "PRP$") {
			q := s.POS[k-1]
			return strings.HasPrefix(q, "NN") || q == "CD"
		}
		if !nounPhraseTag(p) {
			return false
		}
	}
	return false
}

// subjectFinite reports whether tokens [k, hi) of sentence s open with a
// noun phrase and a finite verb or a modal: a clause of its own.
func subjectFinite(s *extract.Sentence, k, hi int) bool {
	m := k
	for m < hi && nounPhraseTag(s.POS[m]) {
		m++
	}
	if m == k || m >= hi {
		return false
	}
	p := s.POS[m]
	return p == "VBZ" || p == "VBP" || p == "VBD" || p == "MD"
}
