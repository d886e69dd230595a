package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// cue is a reporting verb being read: where it is, what it reports,
// and what its constructions find around it.
type cue struct {
	i, start, k int // the verb, the first token of its verb group, the token after the verb
	kind        verbKind
	verb        string // as recorded: "said", "was quoted as saying"
	outlet      int
	// speaker and at are the subject before the verb group
	// (subjectBefore); subjStart is the first token of its phrase.
	speaker, at, subjStart int
}

// verb reads the reported speech of the reporting verb at token i: each
// construction in turn, the first that reads the verb ending it.
func (v *view) verb(i int, kind verbKind) {
	c := v.newCue(i, kind)
	if v.saidParticiple(c) {
		return
	}
	if v.participle(c) || v.gerund(c) || v.infinitive(c) || v.inverted(c) {
		return
	}
	c.speaker, c.at = v.subjectBefore(c.start)
	v.sourceOfCue(c)
	if !v.bareParticipleSpeaker(c) {
		return
	}
	if v.coordinated(c) || !v.hasSubject(c) {
		return
	}
	c.subjStart = v.subjectStart(c.at)
	v.quoterStart(c)
	v.postAfterName(c)
	if v.asIntro(c) {
		return
	}
	if c.kind != naming && c.kind != criticism && c.kind != stance && c.kind != topic && c.kind != reference && c.kind != communication && !v.introduced(c) && (v.finalAddressed(c) || v.finalOrParenthetical(c) || v.finalAfterQuote(c) || v.finalAfterSentence(c)) {
		return
	}
	v.construction = ConsSubjectVerb
	if v.thatCue {
		v.construction = ConsThatClause
	}
	v.content(c.speaker, c.outlet, c.k, c.kind, c.verb, c.i)
}

// saidParticiple reports whether the verb of saying of cue c, in the
// past, has a past participle right after it that no noun or adjective
// follows (rule said-participle): "3 Miners Said Trapped by Flood",
// "Three Said Held in Harlow" are a passive's report, "the miners are
// said to have been trapped", with no speaker; not "said armed men
// attacked" nor "said killed people were buried".
func (v *view) saidParticiple(c *cue) bool {
	if v.d.off[RuleSaidParticiple] || c.kind != speech || c.k != c.i+1 || v.w(c.i) != "said" {
		return false
	}
	if v.tag(c.k) != "VBN" || v.entAt(c.k) >= 0 || v.inQuotation(c.k) {
		return false
	}
	t := v.tag(c.k + 1)
	return !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "DT" && t != "CD" && t != "PRP" && t != "PRP$"
}

// postAfterName makes the person a comma sets before a subject that is
// a post ("“...,” Bo Ek, Acme's chief executive said") the cue's speaker:
// the post is the person's, not the body's that holds it. The person's
// name follows a quotation, a comma or the clause's start.
func (v *view) postAfterName(c *cue) {
	s := c.subjStart
	if v.d.off[RulePostAfterName] || s < 2 || v.w(s-1) != "," || c.at < s || v.entAt(c.at) >= 0 || !v.role(c.at) || v.tag(c.at) == "NNS" {
		return
	}
	e := v.entity(s - 2)
	if e < 0 || v.entType(e) != extract.Person {
		return
	}
	ms := v.mentionStart(s - 2)
	if p := ms - 1; !(ms == v.clauseStart() || v.w(p) == "," || quoteClose[v.w(p)]) {
		return
	}
	c.speaker, c.subjStart = e, ms
	v.unnamed = extract.Span{}
}

// sourceOfCue reads the speaker the text does not name before the cue
// (v.unnamed): a source's words, a description, a modified source or
// one among many; with no subject, evidence ("new polls released Sunday
// showed") stands in its place.
func (v *view) sourceOfCue(c *cue) {
	participle := false
	if c.kind == speech || c.kind == belief {
		e := v.evidenceBeforeParticiple(c.start)
		if c.speaker >= 0 && e >= 0 && c.at > e && v.w(v.subjectStart(c.at)-1) != "by" && !v.commaBetween(e, c.at) {
			// "exit polls taken in Harlow found": a name in the
			// participle's phrase is no subject, but one after "by" is
			// the poll's maker, and one after a comma may be the
			// subject ("In a poll released Monday, 60 percent of
			// Democrats said").
			c.speaker = -1
		}
		if c.speaker < 0 && e >= 0 {
			c.at, participle = e, true // "new polls released Sunday showed"
		} else if m := v.evidenceBeforeModifier(c.start); c.speaker < 0 && m >= 0 {
			c.at, participle = m, true // "a poll out Monday showed"
		}
	}
	v.unnamed = v.sourceBefore(c.at)
	// "doctors in Harlow said": the place is kept with the people it
	// says where they are.
	if j := v.skipAdjuncts(v.beforeParenthesis(c.start - 1)); c.speaker < 0 && v.unnamed.Len() > 0 && !participle && c.at >= 0 && v.peopleBeforePlace(j) == c.at {
		v.unnamed.End = v.toks[j].End
		v.unnamed.Start = v.joinedPeopleStart(v.unnamed.Start)
	}
	if !participle {
		v.relativeSource(c)
	}
	if c.speaker < 0 && v.unnamed.Len() == 0 {
		v.unnamed = v.describedName(c.at)
	}
	if c.speaker < 0 && v.unnamed.Len() == 0 {
		v.unnamed = v.modifiedSource(c.at)
	}
	if c.speaker < 0 && v.unnamed.Len() == 0 && c.at == c.start-1 {
		v.unnamed = v.missedName(c.at)
	}
	if c.speaker < 0 && v.unnamed.Len() == 0 {
		v.unnamed = v.amongSource(c.at)
	}
	if end := c.start - 1; participle && v.unnamed.End > v.unnamed.Start {
		if v.w(end) == "," {
			end--
		}
		end = v.participleEnd(end)
		v.unnamed.End = max(v.unnamed.End, v.toks[end].End) // the source with its participle's phrase
	}
}

// missedName returns the span of a subject ending at token at, right
// before its verb, that is a name the tagger missed opening the clause
// ("Acme says it will ...", "Vell Tarvik said ..."): one to three
// capitalised words no name or literal covers, tagged proper nouns,
// none the lexicon knows as a common noun, a word of a name given
// elsewhere or initials, outside the headline (whose
// capitals are its style) and quotations; or zero.
func (v *view) missedName(at int) extract.Span {
	if v.d.off[RuleMissedName] || at < 0 || at >= v.n() || v.inQuotation(at) {
		return extract.Span{}
	}
	if s, h := v.d.res.Sentences[v.si], v.d.res.Headline; h.End > s.Start && s.End > h.Start {
		return extract.Span{}
	}
	k := at
	for k >= 0 && at-k < 3 && v.entAt(k) < 0 && v.litAt(k) < 0 && v.tag(k) == "NNP" && tokenize.StartsUpper(v.toks[k].Text) && !v.d.lex.Known(v.w(k), lexicon.Noun) && !v.namedWord(k) {
		k--
	}
	if k == at || k+1 != v.clauseStart() && !(k >= 0 && k == v.clauseStart() && (v.w(k) == "but" || v.w(k) == "and")) {
		return extract.Span{}
	}
	return extract.Span{Start: v.toks[k+1].Start, End: v.toks[at].End}
}

// namedWord reports whether token k is a word of a name the text gives
// elsewhere ("Pellam" after "Ann Pellam": a surname, which other rules
// resolve) or has two capitals or more ("VeTB": initials, which other
// rules read).
func (v *view) namedWord(k int) bool {
	t := v.toks[k].Text
	caps := 0
	for _, r := range t {
		if r >= 'A' && r <= 'Z' {
			caps++
		}
	}
	if caps > 1 {
		return true
	}
	for _, m := range v.d.res.Mentions {
		if m.Entity < 0 {
			continue
		}
		for _, f := range strings.Fields(m.Text) {
			if f == t {
				return true
			}
		}
	}
	return false
}

// bareParticipleSpeaker reads a bare form in -ing right after a noun as
// a participle of the main clause, whose subject then speaks; it
// reports false when no one found does and the verb reports nothing.
func (v *view) bareParticipleSpeaker(c *cue) bool {
	// "X criticised the plan saying ...": a bare form in -ing right
	// after a noun of a thing is a participle of the main clause, not
	// that noun's verb; the main clause's subject speaks, or no one found
	// does. A plural ("analysts predicting"), a noun of people, a body
	// or a statement ("a report indicating") says it, and so does a
	// noun after a preposition ("with the index showing ...", "before a
	// suit accusing ...").
	if c.speaker < 0 && c.at == c.i-1 && c.start == c.i && v.tag(c.i) == "VBG" && strings.HasSuffix(v.w(c.i), "ing") && v.tag(c.at) != "PRP" && !v.d.off[RuleBareParticiple] &&
		v.tag(c.at) == "NN" && !v.agentNoun(c.at) && !v.statementNoun(c.at) && (v.tag(v.subjectStart(c.at)-1) != "IN" || v.muteAfterPrep(c)) {
		switch h := v.openingSubject(c.i); {
		case v.subject >= 0 && v.subjectAt < c.at && !v.inQuotation(v.subjectAt):
			c.speaker, v.unnamed = v.subject, extract.Span{}
		case v.subject < 0 && h >= 0 && (v.tag(h) == "PRP" || v.agentNoun(h)):
			// "Airlines have attacked the plan saying ...".
			if c.speaker = v.speakerAt(h); c.speaker < 0 {
				if v.unnamed = v.sourceBefore(h); v.unnamed.Len() == 0 {
					return false
				}
			} else {
				v.unnamed = extract.Span{}
			}
		default:
			return false
		}
	}
	return true
}

// muteAfterPrep reports whether the noun before a bare participle, after
// a preposition, cannot say what the participle reports ("had been in
// peril saying ..."): no noun of the lexicon's Voice class, and the
// participle no verb of what figures show (the lexicon's Evidential:
// "with the index showing") nor of accusing ("before a suit accusing
// him"), which things do.
func (v *view) muteAfterPrep(c *cue) bool {
	return !v.d.off[RuleMuteSpeaker] && !v.d.lex.Is(v.lemma(c.at), lexicon.Voice) && !v.d.lex.Is(v.lemma(c.i), lexicon.Evidential) && c.kind != accusation
}

// newCue reads the verb group of the verb at token i: its auxiliaries and
// adverbs, and "was quoted (by Y) as saying".
func (v *view) newCue(i int, kind verbKind) *cue {
	c := &cue{i: i, start: i, k: i + 1, kind: kind, verb: v.w(i), outlet: -1}
	if v.phrasal(i) {
		c.k = i + 2 // "pointed out that ..."
	}
	for c.start > 0 && (v.aux(c.start-1) || v.adverb(c.start-1) || v.adverbJoin(c.start-1)) && v.entAt(c.start-1) < 0 && v.w(c.start-1) != "also" {
		c.start--
	}
	back := func(k int) int {
		for k > 0 && (v.aux(k-1) || v.tag(k-1) == "RB") {
			k--
		}
		return k
	}
	// "X is alleged to have said", "X is reported to have told": the
	// raising passive's subject speaks.
	if k := c.start - 1; v.w(k) == "to" && v.tag(k-1) == "VBN" && v.lemma(k-2) == "be" {
		if _, ok := v.kind(k - 1); ok {
			c.start = back(k - 1)
		}
	}
	// "X was quoted as saying (by Y)", "X was quoted by Y as saying".
	if c.verb == "saying" && v.w(i-1) == "as" && v.w(i-2) == "quoted" {
		c.verb, c.start = "was quoted as saying", back(i-2)
	} else if c.verb == "saying" && v.w(i-1) == "as" {
		for k := i - 2; k >= 0 && k >= i-10; k-- {
			if v.w(k) == "quoted" && v.w(k+1) == "by" {
				c.outlet, c.verb, c.start = v.npEntity(k+2), "was quoted as saying", back(k)
				break
			}
			if v.w(k) == "quoted" && k < i-2 && v.activeQuoted(k, i-1) {
				c.outlet, c.verb, c.start = v.quoter(k), "was quoted as saying", i-1
				break
			}
		}
	}
	return c
}

// quoterStart moves the start of the subject's phrase of "X quoted Y as
// saying" from Y's to X's, so that the clause reads as an attribution
// after a comma when nothing follows "saying" (rule quoted-final): "...,
// the Harlow Post quoted Ann Lee as saying." is Ann Lee's, the words
// before the comma.
func (v *view) quoterStart(c *cue) {
	s := c.subjStart
	if v.d.off[RuleQuotedFinal] || c.verb != "was quoted as saying" || s < 2 || v.w(s-1) != "quoted" {
		return
	}
	k := s - 1
	for k > 0 && (v.aux(k-1) || v.tag(k-1) == "RB") {
		k--
	}
	if q := v.npStartBefore(k); q < k && (v.w(q-1) == "," || quoteClose[v.w(q-1)]) {
		c.subjStart = q
	}
}

// activeQuoted reports whether "quoted" at token k, active, has for its
// object the noun phrase or pronoun that ends right before "as" at token
// as ("the paper quoted an aide as saying ...", "Acme quoted him as
// saying"): the object speaks, as the subject of "was quoted as saying"
// does. The words between are a noun phrase's, with no verb, comma or
// quotation mark.
func (v *view) activeQuoted(k, as int) bool {
	if v.d.off[RuleQuotedObject] || v.tag(k) != "VBD" && v.tag(k) != "VBN" || v.aux(k-1) && v.w(k-1) != "had" && v.w(k-1) != "has" && v.w(k-1) != "have" {
		return false
	}
	for j := k + 1; j < as; j++ {
		if w := v.w(j); w == "," || quoteOpen[w] || quoteClose[w] || v.isVerb(j) && v.entAt(j) < 0 && v.tag(j) != "VBN" && v.tag(j) != "VBG" {
			return false
		}
	}
	return true
}

// quoter returns the body that quoted someone with "quoted" at token k:
// the name of its subject, or the name in it ("a report in the Daily
// Post had quoted ..."), when that is no person; or -1.
func (v *view) quoter(k int) int {
	j := k - 1
	for j > 0 && (v.aux(j) || v.tag(j) == "RB") {
		j--
	}
	for lo := j; lo >= 0 && lo > j-8; lo-- {
		if v.entAt(lo) >= 0 {
			if e := v.entity(lo); v.entType(e) != extract.Person {
				return e
			}
			return -1
		}
		t := v.tag(lo)
		if !(t == "DT" || t == "IN" || t == "POS" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")) {
			break
		}
	}
	return -1
}

// participle reads a participle after a comma: "..., saying that ...",
// "..., arguing that ...": the main subject speaks.
func (v *view) participle(c *cue) bool {
	// The comma may stand inside a quotation's closing mark: "said, “I
	// like it,” adding that ...".
	comma := v.w(c.i-1) == "," || quoteClose[v.w(c.i-1)] && v.w(c.i-2) == "," || v.dashBefore(c.i)
	if !comma || !strings.HasSuffix(v.w(c.i), "ing") || !(v.tag(c.i) == "VBG" || v.tag(c.i) == "NN") {
		return false
	}
	// "The row grew, with the Acme chief, Mr Bo Ek, saying ...": the
	// participle is the subject's of "with" (rule with-participle).
	if sp := v.withSubject(c.i); sp >= 0 {
		v.construction = ConsParticiple
		v.content(sp, c.outlet, c.k, c.kind, c.verb, c.i)
		return true
	}
	speaker := v.subject
	if speaker >= 0 && (v.subjectAt > c.i || v.quotedSubject(c.i)) {
		speaker = -1 // `X "did Y," he said, adding ...`: X is in what is said
	}
	// "X has failed, he said, saying ...": X is in what is said.
	if _, ok := v.claimOver(v.subjectAt); speaker >= 0 && ok {
		speaker = -1
	}
	// "“...,” X said, citing Y": with no subject before the verb, the
	// speaker of the sentence's claim before it.
	if cs := v.d.claims; speaker < 0 && len(cs) > 0 && cs[len(cs)-1].Sentence == v.si && cs[len(cs)-1].Speaker >= 0 {
		speaker = cs[len(cs)-1].Speaker
	}
	// "He defended the plan, saying ...": the pronoun that opens the
	// sentence as its subject.
	if cs := v.d.claims; speaker < 0 && (len(cs) == 0 || cs[len(cs)-1].Sentence != v.si) && !v.clauseBefore(c.i) {
		if k := v.openingPronoun(c.i); k >= 0 {
			speaker = v.resolvePronoun(k)
		}
	}
	// "Many farmers in hill areas have pressed for it, saying ...": an
	// unnamed subject's words, when no claim of the sentence comes
	// before (whose speaker the participle's would be).
	if cs := v.d.claims; speaker < 0 && (len(cs) == 0 || cs[len(cs)-1].Sentence != v.si) && !v.clauseBefore(c.i) {
		if h := v.openingHead(c.i); h >= 0 {
			v.unnamed = v.sourceBefore(h)
			defer func() { v.unnamed = extract.Span{} }()
		}
	}
	v.construction = ConsParticiple
	v.content(speaker, c.outlet, c.k, c.kind, c.verb, c.i)
	return true
}

// withSubject returns the name that ends the aside the comma before the
// participle at token i closes, when "with" opens the phrase the aside
// is set in, after the sentence's subject and with no finite verb
// between (rule with-participle): "is getting complicated with the Acme
// chief, Mr Bo Ek, saying ...": Bo Ek; not "agreed with Acme, saying",
// the subject's words. It returns -1 otherwise.
func (v *view) withSubject(i int) int {
	k := i - 1
	if v.d.off[RuleWithParticiple] || v.w(k) != "," {
		return -1
	}
	aside := false // a comma opens the aside after "with"
	for j := k - 1; j > 0 && j >= k-15 && j > v.subjectAt; j-- {
		if v.finiteAt(j) || quoteOpen[v.w(j)] || quoteClose[v.w(j)] {
			return -1
		}
		aside = aside || v.w(j) == ","
		if v.w(j) == "with" {
			if sp, _ := v.asideSubject(k); aside && sp >= 0 && v.entAt(k-1) >= 0 {
				return sp
			}
			return -1
		}
	}
	return -1
}

// dashBefore reports whether a dash sets the participle at token i off
// from the clause before as a comma does ("Firms have objected -
// arguing that ..."), not opening the sentence.
func (v *view) dashBefore(i int) bool {
	return !v.d.off[RuleDashParticiple] && i >= 2 && tokenize.IsDash(v.w(i-1)) && v.clauseStart() < i-1
}

// clauseBefore reports whether the participle at token i follows a
// clause of its own, a subject and its verb right before the comma
// ("..., he said, claiming ...", "..., Ann Lee estimated, pointing
// out ..."): the participle is that subject's.
func (v *view) clauseBefore(i int) bool {
	k := i - 1
	if v.w(k) != "," && !v.dashBefore(i) {
		return false
	}
	k--
	for k > 0 && v.adverb(k) {
		k--
	}
	if t := v.tag(k); t != "VBD" && t != "VBZ" && t != "VBP" {
		return false
	}
	k--
	for k > 0 && v.adverb(k) {
		k--
	}
	return v.tag(k) == "PRP" || v.entAt(k) >= 0
}

// openingPronoun returns the token of a personal pronoun ("he", "she",
// "they", "it") that opens the sentence, past a conjunction, as the
// subject of the verb right after it (past adverbs and auxiliaries), or
// of a form of "be" and what it says of it ("he is not envious"), before
// token end; or -1.
func (v *view) openingPronoun(end int) int {
	if v.d.off[RuleMainSubject] {
		return -1
	}
	k := v.clauseStart()
	if w := v.w(k); w == "but" || w == "and" || w == "yet" || w == "so" {
		k++
	}
	switch v.w(k) {
	case "he", "she", "they", "it":
	default:
		return -1
	}
	j := k + 1
	be := false
	for j < end && (v.adverb(j) || v.aux(j)) {
		be = be || v.lemma(j) == "be"
		j++
	}
	// "But he is not envious, insisting ...": a copula and what it
	// says of the pronoun (rule copula-subject).
	copula := be && !v.d.off[RuleCopulaSubject] && j < end && v.w(j) != ","
	if j >= end || !v.isVerb(j) && !copula || v.inQuotation(k) {
		return -1
	}
	return k
}

// openingHead returns the head of the noun phrase that opens the
// sentence as its subject, before token end, when no name heads it and
// it is plural or names people or a body ("Many farmers in hill areas",
// "Hard-pressed Norland firms, such as ..."), or -1.
func (v *view) openingHead(end int) int {
	if v.d.off[RuleMainSubject] {
		return -1
	}
	head := -1
	for k := v.openingStart(end); k < end; k++ {
		if v.entAt(k) >= 0 {
			k = v.mentionEnd(k) - 1
			continue
		}
		t := v.tag(k)
		if t == "NN" || t == "NNS" {
			head = k
			continue
		}
		if t == "DT" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "PDT" || t == "HYPH" || t == "POS" && head >= 0 {
			continue
		}
		break
	}
	if head < 0 || !v.sourceHead(head) {
		return -1
	}
	c := v.d.lex.Classes(v.lemma(head))
	// "A report on pensions will be critical, saying A": a record's
	// words (rule record-participle).
	record := !v.d.off[RuleRecordParticiple] && (c.Has(lexicon.Statement) || c.Has(lexicon.Evidence))
	if v.tag(head) != "NNS" && !c.Has(lexicon.PersonNoun) && !c.Has(lexicon.Corporation) && !c.Has(lexicon.Organization) && !c.Has(lexicon.Government) && !c.Has(lexicon.OrgGeneric) && !record {
		return -1
	}
	return head
}

// openingStart returns the first token of the subject of a sentence
// whose main clause ends before token end: the clause's start
// (clauseStart), past a wire's credit before a dash when the headline
// ends with it in brackets ("Acme - Lawyers pressed ...") and past a
// prepositional phrase that opens the sentence and a comma ("In a
// report, the consulting firm set out ..."), and past a conjunction
// that opens it ("But analysts have objected, ...").
func (v *view) openingStart(end int) int {
	k := v.clauseStart()
	if v.d.off[RuleOpeningAdjunct] {
		return k
	}
	if k == 0 {
		if e := v.creditEnd(); e > 0 && e < end {
			k = e
		}
	}
	// "But firms have objected, arguing ...": a conjunction joining
	// the sentence to the one before stands before its subject.
	if w := v.w(k); (w == "but" || w == "and" || w == "yet" || w == "so") && k+1 < end && !v.d.off[RuleOpeningConjunction] {
		k++
	}
	// "However, many small traders stayed cheerful, saying ...": an
	// adverb and its comma stand before the subject (rule
	// opening-adverb).
	if v.tag(k) == "RB" && v.w(k+1) == "," && k+2 < end && !v.d.off[RuleOpeningAdverb] {
		k += 2
	}
	if v.tag(k) == "IN" && !v.d.lex.Is(v.w(k), lexicon.Subordinator) && v.w(k) != "that" {
		for j := k + 1; j < end && j < k+8; j++ {
			if v.isVerb(j) || v.inQuotation(j) {
				break
			}
			if v.w(j) == "," {
				return j + 1
			}
		}
	}
	return k
}

// gerund reads a gerund after a preposition of means or time, "X
// responded by saying that ...", "X began by saying ...", "X, after
// saying ...": the sentence's subject, named before it, speaks. With no
// such subject ("After saying ..., she left") the verb reports nothing.
func (v *view) gerund(c *cue) bool {
	if !gerundPrep[v.w(c.i-1)] || v.tag(c.i) != "VBG" {
		return false
	}
	if v.d.off[ConsGerund] || v.subject < 0 || v.subjectAt > c.i {
		return true
	}
	v.construction = ConsGerund
	v.content(v.subjectSpeaker(), c.outlet, c.k, c.kind, c.verb, c.i)
	return true
}

// subjectSpeaker returns the speaker the sentence's subject is: the
// subject's entity, or for a place's demonym alone after "the" ("The
// Norlandic had stoked the row by saying A", rule demonym-subject) the
// person it describes (demonymSpeaker), or no one.
func (v *view) subjectSpeaker() int {
	if v.subject < 0 || v.d.off[RuleDemonymSubject] || !v.demonymPerson(v.subjectAt, v.subject) {
		return v.subject
	}
	return v.demonymSpeaker(v.subjectAt, v.subject)
}

// infinitive reads a verb of saying as the to-infinitive of a verb of
// the main clause ("X went on to say that ...", "X took to Twitter to
// say ...", "voters were more likely to support Y"): the main clause's
// subject speaks, a name, a pronoun or a noun of an agent.
func (v *view) infinitive(c *cue) bool {
	g := v.governing(c.i)
	if g < 0 {
		return false
	}
	start := g
	for start > 0 && (v.aux(start-1) || v.adverb(start-1)) && v.entAt(start-1) < 0 {
		start--
	}
	sp, at := v.subjectBefore(start)
	if at < 0 || sp < 0 && !(v.tag(at) == "PRP" || strings.HasPrefix(v.tag(at), "NN") && v.tag(at) != "NNP") {
		return true
	}
	// "It is hard to say ...", "it's fair to say": no one's words.
	if w := v.w(at); w == "it" || w == "there" || w == "this" || w == "that" || v.w(c.i-2) == "for" {
		return true
	}
	v.unnamed = v.sourceBefore(at)
	v.construction = ConsInfinitive
	v.content(sp, c.outlet, c.k, c.kind, c.verb, c.i)
	return true
}

// gerundPrep are the prepositions before a gerund whose subject is the
// sentence's: of means ("by saying", "in calling for") and of time
// ("after saying").
var gerundPrep = map[string]bool{"by": true, "after": true, "while": true, "before": true, "in": true}

// inverted reads "..., said X" or "“...,” said X", the name followed by
// the end of the clause. English does not invert "told": in "“...,” X
// told Y" the name after the verb is the addressee.
func (v *view) inverted(c *cue) bool {
	afterQuote := quoteClose[v.w(c.start-1)] || v.w(c.start-1) == "," && quoteClose[v.w(c.start-2)]
	if !afterQuote && v.appositiveSubject(c.start-1) {
		return false // "The party's leader, Ann Lee, said yes": Ann Lee speaks
	}
	if !(v.w(c.start-1) == "," || afterQuote) || c.kind == address || c.kind == naming || c.kind == criticism || c.kind == stance || c.kind == topic || c.kind == reference || c.kind == communication {
		return false // ", called X" names; it reports no words
	}
	// "X Quits, Says Will Not Lead New Council.": a modal after the
	// verb opens what is said, no speaker (rule modal-after-verb).
	if !v.d.off[RuleModalAfterVerb] && (v.w(c.k) == "not" || v.d.lex.Is(v.w(c.k), lexicon.Auxiliary) && v.entAt(c.k) < 0) {
		return false
	}
	sp, end, ok := v.speakerAfter(c.k)
	if !ok {
		return false
	}
	// "..., state media report.": nouns and a verb, a final
	// attribution the tagger misread (rule misread-final).
	if v.misreadFinal(c, end) {
		v.construction = ConsFinal
		v.unnamed = extract.Span{Start: v.toks[c.i].Start, End: v.toks[end-2].End}
		v.addBefore(-1, c.outlet, c.start-1, v.w(end-1))
		return true
	}
	end = v.afterBracket(end)
	npEnd := end
	if v.lemma(c.i) == "say" {
		end = v.agentParticipleEnd(end)
	}
	if w := v.w(end); w == "," || w == "." || w == "" || w == ";" || afterQuote {
		v.construction = ConsInverted
		if sp < 0 {
			v.unnamed = v.sourceAfter(c.k, npEnd)
		}
		if !afterQuote && w == "," && v.invertedAside(c, sp, end) {
			return true
		}
		v.addBefore(sp, c.outlet, c.start-1, c.verb)
		return true
	}
	return false
}

// invertedAside reads the words of an inverted verb set off as an aside
// whose speaker ends at the comma at token end: "Currently, says X, the
// port loses money", the words going on after the aside, as "The plan,
// X said, will fail" does. It reports whether it added the claim.
func (v *view) invertedAside(c *cue, sp, end int) bool {
	lo, hi := v.before(c.start - 1)
	if lo >= hi || quoteClose[v.w(hi)] || quoteClose[v.w(hi-1)] || v.clauseStart() != lo {
		return false
	}
	e := v.asideResumes(end + 1)
	if e <= 0 {
		return false
	}
	// "Often, says X, the port loses money": an adverbial before the
	// aside is the narrator's frame; the words are the clause after it.
	if !v.d.off[RuleAsideAdverbial] && v.adverbialOnly(lo, c.start-1) {
		lo = end + 1
	}
	v.addFrom(sp, c.outlet, -1, lo, e, c.verb)
	return true
}

// misreadFinal reports whether an inverted verb at the cue c, with the
// words after it to token end, is a final attribution the tagger misread
// (rule misread-final): the verb is a noun too ("state", "reports",
// "advocates"), right after the comma, and the words after it, no name
// nor determiner opening them, end in a reporting verb's plain present,
// the clause's last word ("..., state media report.", "..., reports
// claim.", "..., advocates argue."): the nouns speak, unnamed.
func (v *view) misreadFinal(c *cue, end int) bool {
	if v.d.off[RuleMisreadFinal] || c.start != c.i || end-1 < c.k || end > v.n() {
		return false
	}
	if w := v.w(end); w != "." && w != "" && w != ";" {
		return false
	}
	if t := v.tag(c.k); t == "DT" || t == "PRP$" || t == "PRP" || v.entAt(c.k) >= 0 || v.entAt(end-1) >= 0 {
		return false
	}
	last := v.toks[end-1].Text
	if strings.ToLower(last) != last || v.d.lex.Lemma(last, "VBP") != last || !v.reportingLemma(last) {
		return false
	}
	w := strings.ToLower(v.w(c.i))
	return v.d.lex.Known(w, lexicon.Noun) || v.d.lex.Known(v.d.lex.Lemma(w, "NNS"), lexicon.Noun) && v.d.lex.Lemma(w, "NNS") != w
}

// afterBracket returns the token after a bracket that opens at token k,
// right after an inverted verb's speaker, when it closes within eight
// tokens with no verb nor quotation mark inside (rule bracket-speaker):
// "..., said the Norland Port Authority (NPA).", where the clause ends
// after the bracket. It returns k otherwise.
func (v *view) afterBracket(k int) int {
	if v.d.off[RuleBracketSpeaker] || v.w(k) != "(" {
		return k
	}
	for j := k + 1; j < v.n() && j <= k+8; j++ {
		switch w := v.w(j); {
		case w == ")":
			if j == k+1 {
				return k
			}
			return j + 1
		case w == "(" || quoteOpen[w] || quoteClose[w] || v.isVerb(j):
			return k
		}
	}
	return k
}

// adverbialOnly reports whether tokens [lo, hi) are an adverb or a
// preposition's phrase with no verb ("Often", "For instance", "But in
// some cases"), no subject of the clause that goes on after an aside.
func (v *view) adverbialOnly(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	k := lo
	if v.tag(k) == "CC" {
		k++
	}
	if t := v.tag(k); k >= hi || t != "RB" && t != "IN" {
		return false
	}
	for j := k; j < hi; j++ {
		switch t := v.tag(j); {
		case t == "RB" || t == "IN" || t == "DT" || t == "CD" || t == "PRP$" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN"):
		default:
			return false
		}
	}
	return true
}

// appositiveSubject reports whether the comma at token k closes a
// person's or a body's name set off by commas after the noun phrase that
// opens the clause ("The party's leader, Ann Lee, said"; "The leading
// plaintiff, the University of Harlow, announced"): the name is the
// subject's apposition, and the verb after it is the subject's own, not
// inverted.
func (v *view) appositiveSubject(k int) bool {
	if v.w(k) != "," || v.entAt(k-1) < 0 {
		return false
	}
	lo := v.mentionStart(k - 1)
	// "The leading plaintiff, the University of Harlow, announced the
	// news": a body's name, perhaps after "the" (rule appositive-body).
	if t := v.entType(v.entity(k - 1)); t != extract.Person {
		if t != extract.Organization || v.d.off[RuleAppositiveBody] {
			return false
		}
		if v.w(lo-1) == "the" {
			lo--
		}
	}
	if v.w(lo-1) != "," {
		return false
	}
	// The words before the first comma: a noun phrase with no verb.
	start := v.clauseStart()
	if start >= lo-1 {
		return false
	}
	for i := start; i < lo-1; i++ {
		if v.isVerb(i) || quoteClose[v.w(i)] || quoteOpen[v.w(i)] || v.w(i) == "," {
			return false
		}
	}
	return true
}

// asideResumes returns the end of the clause that goes on at token k
// after a reporting aside (", says X, the port loses money"), or 0 when
// what follows is no such clause: a description of the speaker (", Acme's
// chief executive"), a conjunction or a relative pronoun that opens
// another clause, or words with no finite verb before the next comma.
func (v *view) asideResumes(k int) int {
	if t := v.tag(k); t == "CC" || t == "WDT" || t == "WP" || quoteOpen[v.w(k)] {
		return 0
	}
	e := v.clauseEnd(k)
	for j := k; j < e; j++ {
		switch t := v.tag(j); {
		case v.w(j) == ",":
			return 0
		case t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD":
			return e
		}
	}
	return 0
}

// coordinated reads a second verb joined to the first: "X said ... and
// insisted ..." (the same speaker), "X conceded on Sunday and told
// supporters ...", "X wrote ... but thought ..." (the sentence's
// subject speaks).
func (v *view) coordinated(c *cue) bool {
	join := v.w(c.start - 1)
	// "X agreed to talks and also said ...": "also", which the verb
	// group leaves out, stands between the conjunction and a verb of
	// saying or belief ("The phone plays music and also supports Y"
	// tells of a thing's features, no side taken).
	if join == "also" && (c.kind == speech || c.kind == belief) && !v.d.off[RuleAlsoJoined] {
		join = v.w(c.start - 2)
	}
	if (join == "and" || join == "but") && len(v.d.claims) > 0 && v.d.claims[len(v.d.claims)-1].Sentence == v.si {
		v.construction = ConsCoordinated
		v.unnamed = v.d.claims[len(v.d.claims)-1].Source
		v.content(v.d.claims[len(v.d.claims)-1].Speaker, c.outlet, c.k, c.kind, c.verb, c.i)
		return true
	}
	if (join == "and" || join == "but") && c.speaker < 0 && v.subject >= 0 && v.subjectAt < c.start {
		v.construction = ConsCoordinated
		v.content(v.subject, c.outlet, c.k, c.kind, c.verb, c.i)
		return true
	}
	if (join == "and" || join == "but") && c.speaker < 0 && v.subject < 0 && (c.kind == speech || c.kind == belief) && !v.d.off[RuleCoordinatedSubject] {
		if h := v.openingSubject(c.start - 1); h >= 0 && (v.tag(h) == "PRP" || v.agentNoun(h)) {
			speaker := v.speakerAt(h)
			if speaker < 0 {
				if v.unnamed = v.sourceBefore(h); v.unnamed.Len() == 0 {
					return false
				}
			}
			v.construction = ConsCoordinated
			v.content(speaker, c.outlet, c.k, c.kind, c.verb, c.i)
			return true
		}
	}
	return false
}

// openingSubject returns the head of the noun phrase or pronoun that
// opens the sentence as the subject of a finite verb (after adverbs)
// whose clause runs,
// with no comma (but one right before it), quotation, relative pronoun
// or other subject, to the conjunction at token join ("The charity
// welcomed the news and said ...", "The minister would not comment, but
// insisted ..."): the subject of the verb after the conjunction too.
// Else -1.
func (v *view) openingSubject(join int) int {
	h := -1
	for k := 0; k < join; k++ {
		t := v.tag(k)
		if t == "DT" || t == "PRP$" || t == "CD" || t == "POS" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "PRP" && k == 0 {
			if v.entAt(k) >= 0 {
				return -1
			}
			h = k
			continue
		}
		break
	}
	if h < 0 || !(v.tag(h) == "PRP" || strings.HasPrefix(v.tag(h), "NN")) || v.tag(h) == "NNP" {
		return -1
	}
	vb := h + 1
	for vb < join && v.tag(vb) == "RB" {
		vb++ // "He later contacted ..."
	}
	if t := v.tag(vb); !(t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || v.aux(vb)) {
		return -1
	}
	if !v.clauseRunsTo(vb+1, join) {
		return -1
	}
	return h
}

// clauseRunsTo reports whether the words from token k to the conjunction
// at token join go on one clause: no comma (but one right before the
// conjunction: "The minister would not comment, but insisted ...", rule
// comma-joined), quotation, relative pronoun, "that", pronoun or name
// before a verb, the subject of another clause.
func (v *view) clauseRunsTo(k, join int) bool {
	for ; k < join; k++ {
		w, t := v.w(k), v.tag(k)
		if w == "," && k == join-1 && !v.d.off[RuleCommaJoined] {
			continue
		}
		if w == "," || w == ";" || w == ":" || quoteOpen[w] || quoteClose[w] || t == "WDT" || t == "WP" || w == "that" || t == "PRP" && !v.objectPronoun(k) || v.entAt(k) >= 0 && v.isVerb(k+1) {
			return false
		}
	}
	return true
}

// objectPronoun reports whether the pronoun at token k is a verb's or a
// preposition's object, no subject of a clause of its own (rule
// object-pronoun): "him", "them", "me", "us", or "it" or "you" right
// after a verb, a particle or a preposition ("He finished it and says
// A": he says A).
func (v *view) objectPronoun(k int) bool {
	if v.d.off[RuleObjectPronoun] || k == 0 {
		return false
	}
	switch v.w(k) {
	case "him", "them", "me", "us":
		return true
	case "it", "you":
		t := v.tag(k - 1)
		return strings.HasPrefix(t, "VB") || t == "RP" || t == "IN" || t == "TO"
	}
	return false
}

// hasSubject reports whether the verb has a subject to speak: a belief,
// an intent or a demand is someone's, a name, a pronoun or a common noun
// ("Detaining suspects indefinitely" has none).
func (v *view) hasSubject(c *cue) bool {
	if c.speaker < 0 && c.at < 0 {
		return false
	}
	// "You think: oh no": the article's "you" is anyone, the reader.
	if c.speaker < 0 && strings.EqualFold(v.w(c.at), "you") {
		return false
	}
	if (c.kind == belief || c.kind == intention || c.kind == demand || c.kind == naming || c.kind == mentioning || c.kind == criticism || c.kind == stance || c.kind == topic || c.kind == reference || c.kind == communication || v.toInfinitive(c.i)) && c.speaker < 0 &&
		!(v.tag(c.at) == "PRP" || strings.HasPrefix(v.tag(c.at), "NN") && v.tag(c.at) != "NNP" || v.capitalisedNoun(c.at) || v.partitive(c.at)) {
		return false
	}
	// An intent is an agent's: "the ban threatens to ...", "the move aims
	// to ..." tell of a thing, not of someone's plan.
	if c.kind == intention && c.speaker < 0 && v.tag(c.at) != "PRP" && !v.agentNoun(c.at) {
		return false
	}
	return true
}

// statementNoun reports whether token i is a noun of something said or
// found: a statement, or a record of evidence.
func (v *view) statementNoun(i int) bool {
	c := v.d.lex.Classes(v.lemma(i))
	return c.Has(lexicon.Statement) || c.Has(lexicon.Evidence)
}

// agentNoun reports whether token i is a noun for someone who can act: a
// kind of person, an office or occupation, a body.
func (v *view) agentNoun(i int) bool {
	c := v.d.lex.Classes(v.lemma(i))
	return personRole(c) || bodyNoun(c) || c.Has(lexicon.ArmedGroup)
}

// capitalisedNoun reports whether token i is a common noun the tagger
// took for a name because it opens the sentence ("Video shows that
// ..."): no entity, and a noun in the lexicon in lower case.
func (v *view) capitalisedNoun(i int) bool {
	return i == v.clauseStart() && v.tag(i) == "NNP" && v.entAt(i) < 0 && v.d.lex.Known(v.w(i), lexicon.Noun) && !v.d.off[RuleQuantitySubject]
}

// subjectStart returns the first token of the subject's phrase whose
// head is at token at: the mention's start, back over the rest of a noun
// phrase ("the X office").
func (v *view) subjectStart(at int) int {
	start := at
	if at >= 0 && v.entAt(at) >= 0 {
		start = v.mentionStart(at)
	}
	if at >= 0 && v.tag(at) != "PRP" {
		start = v.npStartBefore(start)
		// "..., his report said.": a possessive determiner after a
		// comma or a quotation opens the subject's noun phrase (rule
		// possessive-final).
		if v.possessiveFinal(start, at) {
			start--
		}
		// "Mr X of the Y club said", "one source in the room said": the
		// phrase a preposition attaches to the subject.
		if !v.d.off[RulePPSubject] && subjectPrep[v.w(start-1)] && start >= 2 && (strings.HasPrefix(v.tag(start-2), "NN") || v.entAt(start-2) >= 0) {
			// Not an appositive after a name ("X, an analyst at Y
			// told"): the name is the subject.
			if s := v.npStartBefore(start - 1); !(v.w(s-1) == "," && v.entAt(s-2) >= 0) {
				start = s
			}
		}
		// "..., a study published by Acme showed": the noun phrase a
		// participle and its agent follow (rule agent-participle).
		if s, ok := v.agentParticipleStart(start); ok {
			start = s
		}
		// "..., officials and analysts said": subjects joined after a
		// comma (rule joined-final).
		if s, ok := v.joinedSubject(start); ok {
			start = s
		}
		// "sources close to the talks", "people familiar with the
		// plan": an adjective's phrase after the subject's noun.
		if !v.d.off[RuleAttributionTail] && (v.w(start-1) == "to" || v.w(start-1) == "with") && start >= 3 && (strings.HasPrefix(v.tag(start-2), "JJ") || v.d.lex.Known(v.w(start-2), lexicon.Adjective)) && strings.HasPrefix(v.tag(start-3), "NN") {
			start = v.npStartBefore(start - 2)
		}
	}
	return start
}

// possessiveFinal reports whether a possessive determiner before token
// start, right after a comma or a closing quotation mark, opens the
// noun phrase whose common noun at token at is a final attribution's
// subject (rule possessive-final): "..., his report said", "“...,” our
// correspondent said".
func (v *view) possessiveFinal(start, at int) bool {
	if v.d.off[RulePossessiveFinal] || start < 2 || v.tag(start-1) != "PRP$" || v.entAt(at) >= 0 || !strings.HasPrefix(v.tag(at), "NN") {
		return false
	}
	w := v.w(start - 2)
	return w == "," || quoteClose[w]
}

// agentParticipleEnd returns the end of a past participle at token k
// and its agent ("by" and the words after it, an adverb perhaps before
// "by") that run to the end of the clause with no verb, after an
// inverted "said"'s speaker (rule agent-participle): "..., said the
// flyer printed jointly by Acme and Vellmar." (Not after other verbs,
// whose object it may be: "Ann Lee, his daughter, recalled the speech
// delivered by Bo Ek.") It returns k otherwise.
func (v *view) agentParticipleEnd(k int) int {
	// The tagger may read the participle as a past tense.
	if v.d.off[RuleAgentParticiple] || v.tag(k) != "VBN" && v.tag(k) != "VBD" || v.entAt(k) >= 0 {
		return k
	}
	j := k + 1
	if v.tag(j) == "RB" {
		j++
	}
	if v.w(j) != "by" {
		return k
	}
	for e := j + 1; e < v.n() && e <= j+20; e++ {
		switch w := v.w(e); {
		case w == "," || w == "." || w == ";":
			return e
		case quoteOpen[w] || quoteClose[w] || v.isVerb(e) && v.entAt(e) < 0:
			return k
		}
	}
	if j+20 >= v.n() {
		return v.n()
	}
	return k
}

// agentParticipleStart returns the start of the noun phrase that a past
// participle and "by" follow, after a comma or a closing quotation mark,
// when the subject's phrase starts at token start right after that "by"
// (rule agent-participle): "..., a study published by the Harlow group
// Acme showed" reads the attribution from "a study". ok is false
// otherwise.
func (v *view) agentParticipleStart(start int) (int, bool) {
	if v.d.off[RuleAgentParticiple] || start < 3 || v.w(start-1) != "by" {
		return start, false
	}
	p := start - 2
	if v.tag(p) == "RB" {
		p--
	}
	if p < 1 || v.tag(p) != "VBN" || v.tag(p-1) != "NN" && v.tag(p-1) != "NNS" || v.entAt(p-1) >= 0 {
		return start, false
	}
	// Only after a comma or a quotation, a final attribution's: not
	// "The figures collected by Acme showed", "recalled the speech
	// delivered by Ann Lee".
	s := v.npStartBefore(p)
	if w := v.w(s - 1); w != "," && !quoteClose[w] {
		return start, false
	}
	return s, true
}

// joinedSubject returns the start of a noun phrase that "and" right
// before token start joins to the subject's, when a comma or a closing
// quotation mark sets it off before it, and its head is a plural noun or
// a person's or a body's name (rule joined-final): "..., officials and
// analysts said", "“...,” Ann Lee and Bo Ek said". ok is false
// otherwise.
func (v *view) joinedSubject(start int) (int, bool) {
	if v.d.off[RuleJoinedFinal] || start < 3 || v.w(start-1) != "and" {
		return start, false
	}
	h := start - 2
	if e := v.entAt(h); e >= 0 {
		if t := v.entType(v.entity(h)); t != extract.Person && t != extract.Organization {
			return start, false
		}
	} else if v.tag(h) != "NNS" {
		return start, false
	}
	s := v.npStartBefore(start - 1)
	if s > h || s < 1 || v.w(s-1) != "," && !quoteClose[v.w(s-1)] {
		return start, false
	}
	return s, true
}

// subjectPrep are the prepositions that attach a phrase to a speaker:
// "X of the Y club", "a source in the room", "a spokesman for Y".
var subjectPrep = map[string]bool{"of": true, "in": true, "for": true, "at": true, "from": true, "on": true}

// npStartBefore returns the first token of the noun phrase that ends
// before token start: names, nouns, adjectives, determiners, numbers and
// possessives ("one Ostmark official").
func (v *view) npStartBefore(start int) int {
	for start > 0 && (strings.HasPrefix(v.tag(start-1), "NN") || strings.HasPrefix(v.tag(start-1), "JJ") || v.tag(start-1) == "DT" || v.tag(start-1) == "POS" || v.entAt(start-1) >= 0 ||
		v.tag(start-1) == "CD" && !v.d.off[RulePPSubject] || v.nounsJoined(start-1, start)) {
		start--
	}
	return start
}

// afterAside reports whether the subject follows a comma or a closing
// quotation mark: the words before it are what was said.
func (v *view) afterAside(c *cue) bool {
	return c.subjStart > 0 && (v.w(c.subjStart-1) == "," || quoteClose[v.w(c.subjStart-1)])
}

// asIntro reads "As X reported, A" and "As X said last week, A": a
// clause of "as" opening the sentence, its subject the speaker, and the
// clause after the comma what was said, as in "A, X reported".
func (v *view) asIntro(c *cue) bool {
	if v.d.off[RuleAsIntro] || c.subjStart < 1 || v.w(c.subjStart-1) != "as" || !v.opensClause(c.subjStart-1) || !(c.kind == speech || c.kind == belief || c.kind == mentioning) {
		return false
	}
	j := v.skipDate(c.k)
	if v.w(j) != "," {
		return false
	}
	hi := v.contentEnd(j + 1)
	if !v.finiteBetween(j+1, hi) {
		return false
	}
	// "As Acme has shown, there is money in search": a name shows or
	// demonstrates by what it did, not by words (RuleShownByDeed); "as
	// the poll shows" is a finding.
	if c.speaker >= 0 && !v.d.off[RuleShownByDeed] && (v.lemma(c.i) == "show" || v.lemma(c.i) == "demonstrate") {
		return true
	}
	v.construction = ConsFinal
	v.add(c.speaker, c.outlet, j+1, hi, c.verb)
	return true
}

// opensClause reports whether token k opens its clause, or follows only
// a conjunction or an adverb that opens it, and perhaps a comma ("Yet,
// as X observed, A", "But as X noted, A": RuleAsAfterConjunction).
func (v *view) opensClause(k int) bool {
	start := v.clauseStart()
	if k == start {
		return true
	}
	if v.d.off[RuleAsAfterConjunction] || k < start+1 || k > start+2 {
		return false
	}
	if t := v.tag(start); t != "CC" && t != "RB" {
		return false
	}
	return k == start+1 || v.w(start+1) == ","
}

// finalAddressed reads "“...,” X told Y." / "..., X told reporters.":
// the words before, with Y as the outlet if it is one.
func (v *view) finalAddressed(c *cue) bool {
	if !v.afterAside(c) || c.kind != address {
		return false
	}
	end, out := v.addressee(c.k, c.outlet)
	if end <= c.k {
		return false
	}
	end = v.skipDate(end) // "told the Harlow Post on Friday."
	if w := v.w(end); !(w == "," || w == "." || w == "" || w == ";") {
		return false
	}
	speaker, subjStart := c.speaker, c.subjStart
	// "..., X, Y's strategist told Z": with no name in the subject, the
	// person set off by commas before it.
	if speaker < 0 && subjStart >= 2 && v.entAt(subjStart-2) >= 0 && v.entType(v.entity(subjStart-2)) == extract.Person {
		if ms := v.mentionStart(subjStart - 2); ms >= 1 && v.w(ms-1) == "," {
			speaker, subjStart = v.entity(subjStart-2), ms
		}
	}
	v.construction = ConsFinal
	v.addBefore(speaker, out, subjStart-1, c.verb)
	return true
}

// finalOrParenthetical reads "..., X said." and "“...,” he said" (also
// "he wrote on Twitter", "X said in a statement", whose outlet is named
// after "on" or "in"), and "A, X says, is B", whose claim is the whole
// sentence it sits in.
func (v *view) finalOrParenthetical(c *cue) bool {
	if !v.afterAside(c) {
		return false
	}
	// "..., X said Friday.", "..., X said on Tuesday, as ...": a date
	// after the verb is an adjunct.
	ck := c.k
	if !v.d.off[RuleFinalDate] {
		ck = v.skipDate(c.k)
	}
	after := v.w(ck)
	if !(after == "," || after == "." || after == "" || after == ";" || (after == "on" || after == "in" || v.finalAdjunct(ck) && v.finiteBetween(0, c.subjStart)) && c.kind == speech) {
		return false // an adjunct after the verb needs a clause before the subject: not "On Tuesday, X wrote to ..."
	}
	outlet := c.outlet
	if after == "on" || after == "in" {
		if e := v.npEntity(ck + 1); e >= 0 && v.entType(e) == extract.Organization {
			outlet = e
		}
	}
	k := ck
	if after == "on" || after == "in" {
		k = v.adjunctComma(k)
	}
	if v.w(k) == "," && !quoteClose[v.w(c.subjStart-1)] && !quoteClose[v.w(c.subjStart-2)] && k+2 < v.n() &&
		(v.isVerb(k+1) && !strings.HasSuffix(v.tag(k+1), "VBG") || v.tag(k+1) == "MD" || v.tag(k+1) != "VBG" && v.subjectThenVerb(k+1, v.n())) {
		v.construction = ConsParenthetical
		if lo, ok := v.parentheticalStart(c.subjStart-1, k); ok {
			v.add(c.speaker, outlet, lo, v.n(), c.verb)
		}
		return true
	}
	v.construction = ConsFinal
	if v.resumedQuote(c, k, outlet) {
		return true
	}
	v.addBefore(c.speaker, outlet, c.subjStart-1, c.verb)
	return true
}

// parentheticalStart returns where the content of "A, X says, B" starts,
// whose attribution runs from the comma at token open to the comma at
// token k: the clause's start, or past the attribution when only
// adverbs stand before it (rule adverb-parenthetical: "Most
// importantly, Bo Ek says, people were bored": people were bored), or
// the relative pronoun right before it (rule relative-parenthetical:
// "the stability he had built and which, he claimed, others would lose":
// which, he claimed, others would lose; "all of which" whole), whose
// clause is what the speaker claimed, not the sentence it is in. ok is
// false when there is no content.
func (v *view) parentheticalStart(open, k int) (lo int, ok bool) {
	lo = v.clauseStart()
	for open > lo && v.w(open) != "," {
		open-- // "..., Mr Bo Ek says,": the comma before the title
	}
	if w := v.w(open - 1); (w == "which" || w == "who") && !v.d.off[RuleRelativeParenthetical] {
		r := open - 1
		if v.w(r-1) == "of" && r-2 >= lo && (v.tag(r-2) == "DT" || v.tag(r-2) == "CD" || v.tag(r-2) == "JJS") {
			r -= 2 // "all of which"
		}
		return max(r, lo), true
	}
	if open <= lo || v.d.off[RuleAdverbParenthetical] {
		return lo, true
	}
	for j := lo; j < open; j++ {
		// "Most importantly": a superlative before an adverb.
		if t := v.tag(j); t != "RB" && t != "RBR" && t != "RBS" && !((t == "JJS" || t == "JJR") && v.tag(j+1) == "RB") {
			return lo, true
		}
	}
	return k + 1, true
}

// resumedQuote reads "“A,” she said, “B.”", a quotation its attribution
// interrupts, as one claim from A's first word to B's last: the comma
// after the verb at token k opens the quotation again, and it closes in
// the sentence. It reports whether it added the claim.
func (v *view) resumedQuote(c *cue, k, outlet int) bool {
	if v.d.off[RuleResumedQuote] || v.w(k) != "," || !v.opensQuote(k+1) || !quoteClose[v.w(c.subjStart-1)] {
		return false
	}
	lo, hi := v.before(c.subjStart - 1)
	if hi <= lo || !quoteClose[v.w(hi)] {
		return false
	}
	end := -1
	for j := k + 2; j < v.n(); j++ {
		if quoteClose[v.w(j)] && closing[v.w(k+1)] == v.w(j) {
			end = j
			break
		}
		if quoteOpen[v.w(j)] && v.opensQuote(j) {
			return false
		}
	}
	if end <= k+2 {
		return false
	}
	from := -1
	if lo == 0 {
		from = v.openedBefore(hi)
	}
	v.addFrom(c.speaker, outlet, from, lo, end, c.verb)
	return true
}

// finalAdjunct reports whether a prepositional phrase at token k ends
// the sentence or its clause after a final verb of saying ("..., X
// said at a rally in Harlow.", "..., X said during a visit to Y,
// adding ..."): a preposition that opens no clause, then no verb, no
// "that" and no quotation before the comma or the end.
func (v *view) finalAdjunct(k int) bool {
	if v.d.off[RuleFinalAdjunct] || !(v.tag(k) == "IN" || v.tag(k) == "TO") || clauseOpeners[v.w(k)] {
		return false
	}
	for j := k + 1; j < v.n() && j < k+12; j++ {
		switch w := v.w(j); {
		case w == "," || w == "." || w == ";":
			return j > k+1
		case v.isVerb(j) && v.tag(j) != "VBG" && v.tag(j) != "VBN" || w == "that" || quoteOpen[w]:
			return false
		}
	}
	return false
}

// clauseOpeners are the prepositions and subordinators that open a
// clause after a verb of saying, not an adjunct: what follows them is
// what was said or why.
var clauseOpeners = map[string]bool{"that": true, "if": true, "whether": true, "because": true, "than": true, "as": true, "while": true, "like": true, "so": true}

// introduced reports whether the words before the subject introduce
// what it says rather than being it: "As the bell rang, X said, “...”",
// "Asked about Y, X said: “...”". A quotation opens after the verb and
// none closes before the subject; the subject-verb construction reads
// the quotation.
func (v *view) introduced(c *cue) bool {
	if v.d.off[RuleIntro] || !v.afterAside(c) || quoteClose[v.w(c.subjStart-1)] || quoteClose[v.w(c.subjStart-2)] {
		return false
	}
	w := v.w(c.k)
	return (w == "," || w == ":") && v.opensQuote(c.k+1)
}

// adjunctComma returns the comma that ends a short adjunct after the
// verb at token k ("said in an interview, ..."): no verb or quotation
// between; or k.
func (v *view) adjunctComma(k int) int {
	for j := k; j < v.n() && j < k+8; j++ {
		switch {
		case v.w(j) == ",":
			return j
		case v.isVerb(j) || quoteOpen[v.w(j)] || v.w(j) == ".":
			return k
		}
	}
	return k
}

// finalAfterQuote reads "“...,” she said several months after ...",
// "“...,” X said of Y": after a quoted utterance, the words after the
// verb are adjuncts.
func (v *view) finalAfterQuote(c *cue) bool {
	if !v.afterAside(c) || !(c.kind == speech || c.kind == address || c.kind == question) {
		return false
	}
	if !(c.speaker >= 0 || v.tag(c.at) == "PRP" || strings.HasPrefix(v.tag(c.at), "NN")) || !v.endsQuotedSentence(c.subjStart-1) {
		return false
	}
	v.construction = ConsFinal
	v.addBefore(c.speaker, c.outlet, c.subjStart-1, c.verb)
	return true
}

// claimedQuote reports whether a claim already holds some of quotation
// q's words.
func (v *view) claimedQuote(q extract.Quote) bool {
	for _, c := range v.d.claims {
		if c.Start < q.End && q.Start < c.End {
			return true
		}
	}
	return false
}

// finalAfterSentence reads "“Why wait any longer?” Voss said." where
// the question or exclamation inside the quotation ended the sentence
// before: a sentence that opens with the speaker and the verb takes the
// quotation that closed the sentence before it.
func (v *view) finalAfterSentence(c *cue) bool {
	if c.subjStart != 0 || v.si == 0 || !(c.kind == speech || c.kind == address || c.kind == question) {
		return false
	}
	if !(c.speaker >= 0 || v.tag(c.at) == "PRP") {
		return false
	}
	// Only adjuncts may follow the verb ("said on Tuesday", "said to the
	// TV"), or the one asked or told ("asked him"): no other object, no
	// clause, no quotation of its own.
	after := c.k
	if c.kind == address || c.kind == question {
		if end, _ := v.addressee(c.k, c.outlet); end > c.k && (v.w(end) == "." || v.w(end) == "") {
			after = end
		}
	}
	if w := v.w(after); !(w == "." || w == "" || w == "," || v.tag(after) == "IN" || v.tag(after) == "TO" || v.litAt(after) >= 0) {
		return false
	}
	for k := after; k < v.n(); k++ {
		if t := v.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || v.w(k) == "that" || quoteOpen[v.w(k)] || v.w(k) == ":" {
			return false
		}
	}
	prev := v.d.res.Sentences[v.si-1].Tokens
	if len(prev) < 3 || strings.Contains(v.d.res.Doc.Text[prev[len(prev)-1].End:v.toks[0].Start], "\n") {
		return false // a paragraph of its own is no attribution of the one before
	}
	q, ok := v.d.byClose[prev[len(prev)-1].Start]
	if !ok || q.Open < prev[0].Start && (v.d.off[RuleQuoteSentences] || v.claimedQuote(q)) {
		return false // the quotation must be the sentence's own, or one no claim holds
	}
	end := prev[len(prev)-2].Text
	switch end {
	case "?", "!", ".":
	default:
		return false
	}
	words := 0
	for _, t := range prev {
		if t.Start > q.Open && t.End <= q.Close && t.Kind == tokenize.Word {
			words++
		}
	}
	if words <= maxQuotedPhrase && end == "." {
		return false // "a “lame duck.”": a phrase; "“With nukes?”" is a question put
	}
	v.construction = ConsFinal
	v.d.addSpan(c.speaker, q.Start, q.End, v.si-1, c.verb, ConsFinal)
	return true
}

// commaBetween reports whether a comma lies between tokens lo and hi.
func (v *view) commaBetween(lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		if v.w(k) == "," {
			return true
		}
	}
	return false
}
