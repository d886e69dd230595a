package claim

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
)

// clauseEnd returns the end of the content that starts at token k and
// ends with its clause: "wanted to be a writer, but did not ...".
func (v *view) clauseEnd(k int) int {
	hi := v.contentEnd(k)
	for j := k; j < hi; j++ {
		if v.w(j) == ";" || v.w(j) == "," && clauseJoin[v.w(j+1)] && !v.serialItem(j+1) || j > k && v.otherAttribution(j) {
			return j
		}
	}
	return hi
}

// serialItem reports whether "and" or "or" at token j, after a comma,
// joins the last item of a list of bare verbs or gerunds, perhaps in a
// quotation, not a clause (rule serial-item): "for wanting to close
// schools, raise fees, and “give maps out”".
func (v *view) serialItem(j int) bool {
	if v.d.off[RuleSerialItem] || v.w(j) != "and" && v.w(j) != "or" {
		return false
	}
	k := j + 1
	if quoteOpen[v.w(k)] {
		k++
	}
	t := v.tag(k)
	return (t == "VB" || t == "VBG") && v.entAt(k) < 0
}

// objectClauseEnd is clauseEnd for a noun phrase object: it also ends
// where "and" or "but" joins a second predicate of the subject, a verb
// in the past or the third person, a modal or an auxiliary after it
// ("voiced doubts and has written to the board", "announced a plan but left";
// not "won or lost", nor "access and shore leave", a noun the tagger
// took for a verb).
func (v *view) objectClauseEnd(k int) int {
	hi := v.clauseEnd(k)
	if v.d.off[RuleObjectPredicate] {
		return hi
	}
	for j := k + 1; j < hi; j++ {
		if w := v.w(j); w != "and" && w != "but" || v.inQuotation(j) {
			continue
		}
		m := j + 1
		for m < hi && v.adverb(m) {
			m++
		}
		if t := v.tag(m); t == "VBD" || t == "VBZ" || (t == "MD" || t == "VBP") && v.aux(m) {
			return j
		}
	}
	if v.d.off[RuleObjectClause] {
		return hi
	}
	for j := k + 1; j < hi; j++ {
		if v.inQuotation(j) {
			continue
		}
		w := v.w(j)
		if w != "," && w != "and" && w != "but" && w != "while" && w != "whereas" {
			continue
		}
		// "they and others", "with Ann Lee and Bo Ek named": nouns
		// joined, a pronoun's or a with-phrase's, no new clause.
		if (w == "and" || w == "but") && (v.tag(j-1) == "PRP" || v.withPhrase(k, j)) {
			continue
		}
		if v.newClauseAt(j+1, hi) {
			return j
		}
	}
	return hi
}

// withPhrase reports whether token j, from k on, is inside a phrase of
// "with" that opens after the last comma before it ("a shake-up, with
// Ann Lee and Bo Ek handed new roles").
func (v *view) withPhrase(k, j int) bool {
	for m := j - 1; m >= k; m-- {
		if v.w(m) == "with" {
			return true
		}
		if v.w(m) == "," {
			return false
		}
	}
	return false
}

// newClauseAt reports whether a clause of its own opens at token j,
// before hi, after a noun phrase object: a subject (a name, a pronoun,
// or a noun phrase) and a finite verb ("announced plans and the Tories
// would extend ...", "announced the date, Acme urged him ..."), or,
// after a comma, a participle that opens the narrative's phrase
// ("announced plans, accelerating the expansion"; not "including").
func (v *view) newClauseAt(j, hi int) bool {
	// Not after a determiner's adjective: "its small, living room
	// design" joins modifiers of one noun.
	if v.w(j-1) == "," && v.tag(j) == "VBG" && !participlePreposition[v.w(j)] &&
		!(strings.HasPrefix(v.tag(j-2), "JJ") && (v.tag(j-3) == "DT" || v.tag(j-3) == "PRP$")) {
		return true
	}
	m, noun := j, false
subject:
	for m < hi && m < j+8 {
		t := v.tag(m)
		switch {
		case v.entAt(m) >= 0:
			m, noun = v.mentionEnd(m), true
			continue
		case t == "PRP" && subjectPronoun[strings.ToLower(v.w(m))]:
			m, noun = m+1, true
			continue
		case strings.HasPrefix(t, "NN"):
			m, noun = m+1, true
			continue
		case m == j && t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ") && !noun:
			m++
			continue
		}
		break subject
	}
	if !noun || m >= hi {
		return false
	}
	for m < hi && v.tag(m) == "RB" {
		m++
	}
	t := v.tag(m)
	return t == "VBD" || t == "VBZ" || t == "MD" || t == "VBP" && v.aux(m)
}

// participlePreposition are the participles that head a preposition's
// phrase inside a noun phrase ("the firms, including Acme").
var participlePreposition = map[string]bool{"including": true, "excluding": true, "following": true, "regarding": true, "concerning": true, "according": true}

// subjectPronoun are the pronouns that can be a clause's subject.
var subjectPronoun = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// otherAttribution reports whether a subordinator at token j opens a
// clause with a reporting verb of its own, someone else's words: "decided
// to back the plan as the police said it would help".
func (v *view) otherAttribution(j int) bool {
	if !clauseJoin[v.w(j)] || v.tag(j) != "IN" {
		return false
	}
	// The clause's subject: a determiner, a pronoun or a name, then the
	// verb right after its last noun ("as the police said").
	switch v.tag(j + 1) {
	case "DT", "PRP", "PRP$", "NNP", "NNPS":
	default:
		return false
	}
	for m := j + 2; m < v.n() && m <= j+5; m++ {
		if t := v.tag(m); t == "VBD" || t == "VBZ" || t == "VBP" {
			_, ok := v.kind(m)
			p := v.tag(m - 1)
			return ok && (strings.HasPrefix(p, "NN") || p == "PRP")
		}
	}
	return false
}

// demands reports whether the verb at token i, alone or with the word
// after it, is one of demanding ("demanded", "called for", "urged").
func (v *view) demands(i int) bool {
	l := v.lemma(i)
	return v.d.lex.Is(l, lexicon.Demand) || v.d.lex.Is(l+" "+v.w(i+1), lexicon.Demand)
}

// objectStart reports whether a noun phrase or a gerund starts at token
// k: what a demand asks for.
func (v *view) objectStart(k int) bool {
	t := v.tag(k)
	return v.entAt(k) >= 0 || t == "DT" || t == "PRP$" || t == "CD" || t == "VBG" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")
}

// clauseJoin are the words that join another clause after a comma.
var clauseJoin = map[string]bool{"but": true, "and": true, "while": true, "although": true, "though": true, "whereas": true, "as": true}

// toInfinitive reports whether the verb at token i is one of intent
// followed by a to-infinitive ("vowed to punish").
func (v *view) toInfinitive(i int) bool {
	return v.d.lex.Is(v.lemma(i), lexicon.Intention) && v.w(i+1) == "to" && v.tag(i+2) == "VB"
}

// finite reports whether the verb at token i is finite ("believes",
// "thought") or follows an auxiliary or a modal ("has found", "would
// hope").
func (v *view) finite(i int) bool {
	switch v.tag(i) {
	case "VBD", "VBZ", "VBP":
		return true
	case "NN", "NNS":
		// "Polls show that ...", "X and Y support the plan": a verb the
		// tagger took for a noun; not after a preposition's object
		// ("people who go to X know that": X is no subject).
		if v.entAt(i-1) >= 0 {
			if t := v.tag(v.mentionStart(i-1) - 1); t == "IN" || t == "TO" {
				return false
			}
		}
		return v.verbLike(i)
	case "VB", "VBN", "VBG":
		j := i - 1
		for j >= 0 && v.tag(j) == "RB" {
			j--
		}
		if v.tag(i) == "VB" && v.presentAfterPlural(i) {
			return true
		}
		return v.aux(j) || v.tag(j) == "MD"
	}
	return false
}

// presentAfterPlural reports whether the verb at token i, tagged a base
// form, is a present tense the tagger missed: right after a plural
// noun that opens its clause or follows a determiner or an adjective
// ("Polls show ...", "new polls show ...", "voters strongly oppose ..."),
// adverbs between, not after a verb that takes
// a bare infinitive ("let voters decide").
func (v *view) presentAfterPlural(i int) bool {
	// Adverbs may come between ("voters strongly oppose ...").
	for i > 1 && v.tag(i-1) == "RB" && !v.d.off[RuleAdverbPresent] {
		i--
	}
	if t := v.tag(i - 1); t != "NNS" && t != "NNPS" || v.entAt(i-1) >= 0 {
		return false
	}
	s := v.npStartBefore(i - 1)
	return s == 0 || v.w(s-1) == "," || v.tag(s-1) == "CC" || v.tag(s-1) == "IN"
}

// content reads what a speaker said from token k, after the verb at i.
func (v *view) content(speaker, outlet, k int, kind verbKind, verbText string, i int) {
	r := &reading{speaker: speaker, outlet: outlet, k: k, kind: kind, verb: verbText, i: i}
	r.k = v.pseudoCleft(i, r.k)
	r.k = v.echoedColon(r.k)
	if v.wishAboutContent(r) || v.constructionContent(r) || v.speechPrepContent(r) || v.toldObjectContent(r) || v.addresseeContent(r) {
		return
	}
	// Past the one asked: "asked Ann Lee about the vote".
	if r.kind == question && v.speechPrepContent(r) {
		return
	}
	if v.nextQuote(r) || !v.contentStart(r) {
		return
	}
	v.startedContent(r)
}

// echoedColon returns where the content starts when the words at token
// k are only a demonstrative, perhaps adjectives, and a noun that point
// to the quotation after a colon (rule echoed-colon): "echoed those
// sentiments: “A.”" says A, as "said: “A.”" does; else k.
func (v *view) echoedColon(k int) int {
	if v.d.off[RuleEchoedColon] {
		return k
	}
	if w := v.w(k); w != "this" && w != "that" && w != "these" && w != "those" {
		return k
	}
	j := k + 1
	for j < v.n() && j < k+4 && strings.HasPrefix(v.tag(j), "JJ") {
		j++
	}
	if !strings.HasPrefix(v.tag(j), "NN") || v.entAt(j) >= 0 || v.w(j+1) != ":" || !quoteOpen[v.w(j+2)] {
		return k
	}
	return j + 1
}

// pseudoCleft returns where the content starts when the verb at token i
// is in a clause that "what" opens before its subject, and a form of "be"
// follows it, perhaps after "to do" (rule pseudo-cleft): "What Ann Lee
// said was that the port would close" (the port would close), "What the
// firms want to do is to sell more" (to sell more). Else it returns k,
// the token after the verb.
func (v *view) pseudoCleft(i, k int) int {
	if v.d.off[RulePseudoCleft] {
		return k
	}
	w := i - 1
	for w >= 0 && w >= i-6 && v.w(w) != "what" {
		if t := v.tag(w); v.entAt(w) < 0 && t != "DT" && t != "PRP" && t != "PRP$" && t != "MD" && t != "RB" && !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && !v.aux(w) {
			return k
		}
		w--
	}
	if w < 0 || v.w(w) != "what" || w == i-1 || w > 0 && v.w(w-1) != "," && w != v.clauseStart() {
		return k
	}
	j := k
	if v.w(j) == "to" && v.w(j+1) == "do" {
		j += 2
	}
	switch v.w(j) {
	case "is", "was", "are", "were":
	default:
		return k
	}
	j++
	if v.w(j) == "that" {
		j++
	}
	if j >= v.n() {
		return k
	}
	return j
}

// wishAboutContent reads a belief or a wish about someone as a directive
// is read: "expects the board to act", "wants Ann Lee to go". It reports
// whether it did.
func (v *view) wishAboutContent(r *reading) bool {
	return (r.kind == belief || r.kind == intention) && !v.toInfinitive(r.i) && v.agentAt(r.k) && v.directiveContent(r, v.objectEnd(r.k))
}

// constructionContent tries the constructions that read their content
// in their own way, in order: an intent ("vowed to ..."), what something
// was described as, criticism, a stance, a topic, a reference, a demand,
// a denial, a naming ("called the charges unfounded") and a mention. A
// verb of intention stops here too unless it is one of demanding as well
// ("proposed a tax" reads its object as a demand does, intent-demand).
// It reports whether the content is settled.
func (v *view) constructionContent(r *reading) bool {
	return v.intentContent(r) || r.kind == intention && (v.d.off[RuleIntentDemand] || !v.d.lex.Is(v.lemma(r.i), lexicon.Demand)) || v.describedAsContent(r) || v.criticismContent(r) || v.stanceContent(r) || v.topicContent(r) || v.referenceContent(r) || v.demandContent(r) || v.deniedContent(r) || v.namingContent(r) || v.mentionContent(r) || v.communicationContent(r)
}

// toldObjectContent reads what is told, not whom, when the object of a
// finite "tell" names no one: "Ann Lee told a joke", "told the story of
// ...". It reports whether it did.
func (v *view) toldObjectContent(r *reading) bool {
	if r.kind == address && v.lemma(r.i) == "tell" && !v.d.off[RuleToldObject] && v.objectStart(r.k) && v.entAt(r.k) < 0 && !v.agentAt(r.k) && v.tag(r.k) != "VBG" && v.litAt(r.k) < 0 && (v.finite(r.i) || v.commaParticiple(r.i)) && v.toldWhat(r.k) {
		v.construction = ConsSpeechObject
		v.add(r.speaker, r.outlet, r.k, v.clauseEnd(r.k), r.verb)
		return true
	}
	return false
}

// addresseeContent moves r.k past the addressee of a verb of address or
// of asking ("told the crowd that ..."), and reads a directive to it
// ("told Ann Lee to go"). A noun phrase before a modal or a finite verb
// is no addressee but the reported clause's subject ("warned his side
// will not ..."). It reports whether the content is settled.
func (v *view) addresseeContent(r *reading) bool {
	if r.kind != address && r.kind != question {
		return false
	}
	end, out := v.addressee(r.k, r.outlet)
	if v.directiveContent(r, end) {
		return true
	}
	if !(end > r.k && (v.tag(end) == "MD" || v.tag(end) == "VBD" || v.tag(end) == "VBZ" || v.tag(end) == "VBP")) {
		r.k, r.outlet = end, out
	} else if n := v.toldNameThenSubject(r, end); n > r.k {
		r.k, r.outlet = n, out
	}
	return false
}

// toldNameThenSubject returns where the reported clause starts when the
// words after "told" up to the finite verb at end are an addressee whose
// name ends before the clause's subject: "told the BBC progress had
// been made" tells the BBC that progress had been made. "Tell" takes
// its addressee first; the subject is common nouns, none of a medium
// ("told the BBC website ..."). It returns r.k when there is none
// (RuleToldNameSubject).
func (v *view) toldNameThenSubject(r *reading, end int) int {
	if v.d.off[RuleToldNameSubject] || v.lemma(r.i) != "tell" {
		return r.k
	}
	if p := v.toldPeopleThenName(r, end); p > r.k {
		return p
	}
	for j := r.k; j < end; j++ {
		if v.entAt(j) < 0 {
			continue
		}
		n := v.mentionEnd(j)
		if n >= end || n == j {
			return r.k
		}
		for k := n; k < end; k++ {
			if !strings.HasPrefix(v.tag(k), "NN") && !strings.HasPrefix(v.tag(k), "JJ") || v.entAt(k) >= 0 || v.media(k) {
				return r.k
			}
		}
		return n
	}
	return r.k
}

// toldPeopleThenName returns where the reported clause starts when a
// person's name runs from there to the finite verb at end and the words
// after "told" before it are an addressee that a plural noun or a news
// medium's noun ends, of determiners, adjectives, nouns and names only:
// "told reporters Ann Lee had left", "told the Acme News website Bo Ek
// would stay" (not "told Acme chief Ann Lee", a title before the name).
// It returns r.k otherwise.
func (v *view) toldPeopleThenName(r *reading, end int) int {
	m := v.entAt(end - 1)
	if m < 0 || v.d.res.Mentions[m].Type != extract.Person {
		return r.k
	}
	p := v.mentionStart(end - 1)
	if p <= r.k || v.entAt(p-1) >= 0 {
		return r.k
	}
	// "the Acme News website": a noun after a news medium's name (the
	// tagger may take the noun for another word).
	medium := (strings.HasPrefix(v.tag(p-1), "NN") || v.d.lex.Known(v.w(p-1), lexicon.Noun)) && v.entity(p-2) >= 0 && v.d.res.Entities[v.entity(p-2)].Class == "NewsMediaOrganization"
	if !(v.tag(p-1) == "NNS" || v.media(p-1) || medium) {
		return r.k
	}
	for k := r.k; k < p-1; k++ {
		if t := v.tag(k); v.entAt(k) < 0 && t != "DT" && t != "PRP$" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") {
			return r.k
		}
	}
	return p
}

// startedContent reads the content once contentStart has found where it
// starts: a quotation, a clause ("said that taxes would rise"), evidence,
// or failing those a noun phrase object ("Ann Lee announced a plan").
func (v *view) startedContent(r *reading) {
	if !v.quotedContent(r) && !v.clauseContent(r) {
		n := len(v.d.claims)
		v.evidenceContent(r)
		if len(v.d.claims) == n {
			v.speechObject(r)
		}
	}
}

// toldWhat reports whether the noun phrase at token k after "tell" is
// what was told, not whom: no name, outlet or noun of people is in it,
// and no clause, "that", comma, quotation or infinitive follows it
// ("told the crowd that ...", "told the board to ...").
func (v *view) toldWhat(k int) bool {
	e := v.objectEnd(k)
	if p := v.peoplePhrase(e); p > e {
		return false // "told a lunch for journalists A": whom
	}
	switch w := v.w(e); {
	case w == "that" || w == "to" || w == ":" || w == "," || quoteOpen[w] || v.opensQuote(e):
		return false
	case v.tag(e) == "PRP" || v.entAt(e) >= 0 || v.startsClause(e):
		return false
	}
	// "told the Post", "told his audience": an outlet or people.
	for j := k; j < e; j++ {
		if v.entAt(j) >= 0 || v.media(j) || v.d.lex.Is(v.lemma(j), lexicon.PersonNoun) {
			return false
		}
	}
	// "told an invited crowd at the club that ...": the clause told
	// comes later.
	for j := e; j < v.clauseEnd(k); j++ {
		if v.w(j) == "that" && v.tag(j) != "DT" || v.opensQuote(j) {
			return false
		}
	}
	return true
}

// speechObject reads what a verb of saying other than "say" makes known
// as a noun phrase object, to the end of its clause: "announced a plan
// to ...", "revealed the cost of ...", "confirmed his candidacy"; and
// what a verb of belief holds as one ("fears a recession", "wants a
// deal", "found no evidence of ..."), the belief-object construction.
// The verb must be finite, or a participle after a comma, and its
// object no clause.
func (v *view) speechObject(r *reading) {
	if r.kind != speech && r.kind != belief || r.hadThat || v.lemma(r.i) == "say" || !v.finite(r.i) && !v.commaParticiple(r.i) {
		return
	}
	k := r.k
	// "reported raising $9 million", "recalled meeting X": a gerund's
	// clause is what was made known or held, when an object follows it.
	gerund := v.tag(k) == "VBG" && !v.d.off[RuleGerundObject] && (v.objectStart(k+1) || v.tag(k+1) == "PRP") && v.notReporting(k)
	if !v.objectStart(k) || v.tag(k) == "VBG" && !gerund || v.startsClause(k) {
		return
	}
	// A date or a place after the verb is an adjunct ("announced
	// Friday", "reported from Norland" without its preposition), no
	// object.
	if m := v.litAt(k); m >= 0 && v.d.res.Mentions[m].Type == extract.Date || v.entAt(k) >= 0 && v.entType(v.entity(k)) == extract.Location {
		return
	}
	// "wrote the song": what is written is a work; the words written
	// come as a clause or a quotation. "added a penalty", "added a
	// facet to his job": a thing added; added words come so too.
	if l := v.lemma(r.i); l == "write" || l == "add" {
		return
	}
	// "the device emphasises large storage": a thing that shows what it
	// has; only someone who can speak, or a record or statement ("the
	// report stresses ..."), makes words known.
	if at := v.subjectTokenOf(r); r.speaker < 0 && at >= 0 && v.tag(at) == "NN" &&
		!v.agentNoun(at) && !v.d.lex.Is(v.lemma(at), lexicon.Evidence) && !v.d.lex.Is(v.lemma(at), lexicon.Statement) {
		return
	}
	hi := v.objectClauseEnd(k)
	v.construction = ConsSpeechObject
	if r.kind == belief {
		if v.feelingOnly(r.i) {
			return
		}
		// "proved costly", "proved a success": a verb of turning out,
		// its complement no one's belief. (Evidence that finds, "the
		// survey found X ahead", is read by the evidence construction.)
		// "found ways to", "discovered the genes": what is come upon,
		// found or discovered, is a thing; a finding comes as a clause.
		if l := v.lemma(r.i); l == "prove" || l == "find" || l == "discover" {
			return
		}
		// "established a commission": a verb whose most frequent sense
		// is no belief takes a thing for its object.
		if !v.d.lex.Is(v.lemma(r.i), lexicon.BeliefFirst) {
			return
		}
		// "detected 18 million messages", "demonstrated a new chip": a
		// verb of perceiving or exhibiting takes a thing for its
		// object; what is held with it comes as a clause, with "that"
		// or without ("noticed prices were rising").
		if !v.d.off[RuleMuteSpeaker] && v.d.lex.Is(v.lemma(r.i), lexicon.Perception) && !v.clauseObject(k, hi) {
			return
		}
		// "X showed her talent": a person showing a thing displays it;
		// what a record or a result shows is evidence.
		if v.lemma(r.i) == "show" && (r.speaker >= 0 && v.entType(r.speaker) == extract.Person || v.tag(v.newCue(r.i, r.kind).start-1) == "PRP") {
			return
		}
		v.construction = ConsBeliefObject
	}
	v.add(r.speaker, r.outlet, k, hi, r.verb)
}

// clauseObject reports whether tokens [k, hi) after a verb of belief
// hold a clause without "that": a finite verb before a comma, a
// relative pronoun or a subordinator that opens a clause ("noticed rate
// rises since May were cutting demand", not "detected the drug after
// the team complained").
func (v *view) clauseObject(k, hi int) bool {
	for j := k + 1; j < hi; j++ {
		switch t := v.tag(j); {
		case v.w(j) == "," || v.w(j) == "that" || t == "WDT" || t == "WP":
			return false
		case v.d.lex.Is(v.w(j), lexicon.Subordinator) && (v.tag(j+1) == "DT" || v.tag(j+1) == "PRP" || v.entAt(j+1) >= 0):
			return false
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return true
		}
	}
	return false
}

// subjectTokenOf returns the token that ends the subject of the reading's
// verb (subjectBefore its verb group), or -1.
func (v *view) subjectTokenOf(r *reading) int {
	_, at := v.subjectBefore(v.newCue(r.i, r.kind).start)
	return at
}

// feelingOnly reports whether the verb at token i is one of feeling of
// the lexicon and no verb of belief ("feel", "worry"): its clause is a
// view held, but its object is a sensation or a state ("felt
// terrible", "feels the heat"), no belief.
func (v *view) feelingOnly(i int) bool {
	c := v.d.lex.Classes(v.lemma(i))
	return c.Has(lexicon.Feeling) && !c.Has(lexicon.Belief)
}

// notReporting reports whether token k is no reporting word itself ("reported
// saying" is read by the participle's own verb).
func (v *view) notReporting(k int) bool {
	_, ok := v.kind(k)
	return !ok
}

// nextQuote reads "X said:" at the end of a sentence whose next
// sentence opens with a quotation, as in a paragraph before a quoted
// one: the quotation is what was said.
func (v *view) nextQuote(r *reading) bool {
	if v.d.off[RuleNextQuote] || v.w(r.k) != ":" || r.k+1 < v.n() || v.si+1 >= len(v.d.res.Sentences) {
		return false
	}
	next := v.d.res.Sentences[v.si+1].Tokens
	if len(next) == 0 {
		return false
	}
	q, ok := v.d.byOpen[next[0].Start]
	if !ok {
		return false
	}
	v.d.addSpan(r.speaker, q.Start, q.End, v.si+1, r.verb, v.construction)
	return true
}

// evidenceContent reads what evidence shows when it is a plain object:
// "the poll shows X with a lead", "the video showed an officer aiming":
// a verb of saying or believing whose subject is a noun of the
// lexicon's Evidence class, and its object to the end of the clause.
func (v *view) evidenceContent(r *reading) {
	if v.d.off[ConsEvidence] || r.hadThat || !(r.kind == speech || r.kind == belief) || !v.finite(r.i) {
		return
	}
	if !(v.objectStart(r.k) || v.tag(r.k) == "PRP") || v.tag(r.k) == "VBG" || v.litAt(r.k) >= 0 && v.d.res.Mentions[v.litAt(r.k)].Type == extract.Date {
		return
	}
	start := v.newCue(r.i, r.kind).start
	_, at := v.subjectBefore(start)
	if !v.evidenceSubject(at) && v.evidenceBeforeParticiple(start) < 0 {
		return
	}
	v.construction = ConsEvidence
	v.add(r.speaker, r.outlet, r.k, v.clauseEnd(r.k), r.verb)
}

// evidenceSubject reports whether the subject whose head is at token at
// is a noun of the lexicon's Evidence class ("the poll"), or a phrase
// that a preposition attaches to one ("video of the incident", "a study
// by X", "data from the survey").
func (v *view) evidenceSubject(at int) bool {
	if at < 0 {
		return false
	}
	if v.entAt(at) < 0 && v.evidenceNoun(at) {
		return true
	}
	start := at
	if v.entAt(at) >= 0 {
		start = v.mentionStart(at)
	}
	start = v.npStartBefore(start)
	return (subjectPrep[v.w(start-1)] || v.w(start-1) == "by") && start >= 2 && v.entAt(start-2) < 0 && v.d.lex.Is(v.lemma(start-2), lexicon.Evidence)
}

// evidenceNoun reports whether token k is a noun of the lexicon's
// Evidence class, also when a capital opening the sentence made the
// tagger take it for a name ("Polls show ...").
func (v *view) evidenceNoun(k int) bool {
	if v.d.lex.Is(v.lemma(k), lexicon.Evidence) {
		return true
	}
	return k == 0 && v.tag(k) == "NNPS" || k == 0 && v.tag(k) == "NNP" && v.d.lex.Is(v.d.lex.Lemma(v.w(k), "NNS"), lexicon.Evidence)
}

// evidenceBeforeParticiple returns the subject of the verb group that
// starts at token start when it is a noun of the Evidence class that
// a past participle's phrase follows ("new polls released Sunday
// showed", "the survey, conducted by Acme, finds"): the noun, maybe a
// comma, a participle, then no finite verb before the verb group; or -1.
func (v *view) evidenceBeforeParticiple(start int) int {
	if v.d.off[RuleEvidenceParticiple] {
		return -1
	}
	for e := start - 2; e >= 0 && e >= start-14; e-- {
		t := v.tag(e)
		if t == "MD" || t == "VBZ" || t == "VBP" || v.w(e) == ";" || v.w(e) == ":" || quoteOpen[v.w(e)] || quoteClose[v.w(e)] {
			return -1
		}
		p := e + 1
		if v.w(p) == "," {
			p++
		}
		if v.entAt(e) < 0 && v.evidenceNoun(e) && (v.tag(p) == "VBN" || v.tag(p) == "VBD" && strings.HasSuffix(v.w(p), "ed")) {
			// Between the participle and the verb group: no other
			// finite verb.
			for j := p + 1; j < start; j++ {
				if t := v.tag(j); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
					return -1
				}
				// "In a report published in July the committee
				// stated": a determiner after a noun or a name opens
				// the subject, past the participle's phrase (rule
				// phrase-boundary).
				if t := v.tag(j - 1); !v.d.off[RulePhraseBoundary] && (v.tag(j) == "DT" && (strings.HasPrefix(t, "NN") || t == "CD" || v.entAt(j-1) >= 0) || v.tag(j) == "CC" && v.entAt(j) < 0) {
					return -1 // "..., a study showed on Friday, but dealers said"
				}
			}
			return e
		}
	}
	return -1
}

// evidenceBeforeModifier returns the subject of the verb group that
// starts at token start when it is a noun of the Evidence class that a
// short modifier follows: a date, "out", "there", a name after "from",
// "of" or "by", and a past participle ("a poll out Monday showed",
// "polls there show", "a poll from Acme released Wednesday found"); or
// -1.
func (v *view) evidenceBeforeModifier(start int) int {
	if v.d.off[RuleEvidenceModifier] {
		return -1
	}
	j := start - 1
	seen := false
	for j >= 0 && start-j <= 10 {
		switch w := v.w(j); {
		case v.litAt(j) >= 0 && v.d.res.Mentions[v.litAt(j)].Type == extract.Date:
			j = v.skipLiteral(j)
		case w == "out" || w == "there" || w == "here" || w == "online":
			j--
		case v.entAt(j) >= 0:
			ms := v.mentionStart(j)
			if w := v.w(ms - 1); w != "from" && w != "of" && w != "by" {
				return -1
			}
			j = ms - 2
		case (v.tag(j) == "VBN" || v.tag(j) == "VBD") && strings.HasSuffix(w, "ed") && !v.d.off[RuleEvidenceParticiple]:
			j--
		default:
			if seen && v.entAt(j) < 0 && v.evidenceNoun(j) && strings.HasPrefix(v.tag(j), "NN") {
				return j
			}
			return -1
		}
		seen = true
	}
	return -1
}

// reading is the content of a reporting verb being read: who says it,
// through which outlet, from which token, and the verb.
type reading struct {
	speaker, outlet int
	k               int // the token the content starts at, as far as known
	kind            verbKind
	verb            string
	i               int  // the verb's token
	hadThat         bool // "that" opened the content
}

// intentContent reads an intent: "plans to ...", "vowed to ...", "wants
// to ...".
func (v *view) intentContent(r *reading) bool {
	if !v.toInfinitive(r.i) {
		return false
	}
	v.construction = ConsIntent
	v.add(r.speaker, r.outlet, r.k, v.clauseEnd(r.k), r.verb)
	return true
}

// demandContent reads a demand: "called for a moratorium", "urged the
// repeal of ...", "called on X to resign": its object, to the end of its clause; with "that", the
// clause is read as speech.
func (v *view) demandContent(r *reading) bool {
	if !v.demands(r.i) {
		return false
	}
	if w := v.w(r.k); (w == "for" || w == "on") && v.d.lex.Is(v.lemma(r.i)+" "+w, lexicon.Demand) {
		r.k++
	}
	// "called for increased regulation": a participle before a noun
	// opens the noun phrase.
	participle := v.tag(r.k) == "VBN" && strings.HasPrefix(v.tag(r.k+1), "NN")
	if v.w(r.k) != "that" && (v.objectStart(r.k) || participle) {
		v.construction = ConsDemand
		v.add(r.speaker, r.outlet, r.k, v.clauseEnd(r.k), r.verb)
		return true
	}
	if r.kind == demand {
		r.kind = speech
	}
	return false
}

// deniedContent reads what is denied or what someone is accused of: up
// to a comma outside quotation marks ("... of “X”, a charge Y
// rejected").
func (v *view) deniedContent(r *reading) bool {
	if r.kind != denial && r.kind != accusation {
		return false
	}
	v.construction = ConsDenial
	if r.kind == accusation {
		v.construction = ConsAccusation
	}
	k := r.k
	if v.w(k) == "that" {
		k++
	}
	hi := v.contentEnd(k)
	// "denied the charges and the jury left", "accused Norland of
	// stalling while Ostmark pressed on": a noun phrase object ends with
	// its clause, as a speech verb's object does.
	if k == r.k && !v.d.off[RuleDeniedObject] && v.objectStart(k) && v.tag(k) != "VBG" && !v.startsClause(k) {
		hi = min(hi, v.objectClauseEnd(k))
	}
	depth := 0
	for j := k; j < hi; j++ {
		switch {
		case quoteOpen[v.w(j)] && !quoteClose[v.w(j)]:
			depth++
		case quoteClose[v.w(j)] && !quoteOpen[v.w(j)]:
			depth--
		case v.w(j) == "," && depth <= 0:
			hi = j
		}
	}
	if hi > k {
		v.add(r.speaker, r.outlet, k, hi, r.verb)
	}
	return true
}

// contentStart moves r.k past what stands between the verb and its
// content: "by Y" of "quoted as saying by Y that", adverbials before
// "that" ("said on Friday for the first time that"), a date ("said
// Monday he would"), "that" itself, and a colon or comma before a
// quotation. It returns false when no content follows.
func (v *view) contentStart(r *reading) bool {
	if v.reducedPassive(r.i) {
		return false
	}
	k, ok := v.skipSaidOf(r, v.skipQuotedBy(r, r.k))
	if !ok {
		return false
	}
	if v.w(k) != "that" && !quoteOpen[v.w(k)] {
		k = v.skipToThat(r, k)
	}
	k = v.skipDateBeforeContent(k)
	k = v.skipThat(r, k)
	if k >= v.n() {
		return false
	}
	if k, ok = v.skipBeforeQuote(r, k); !ok {
		return false
	}
	// "Ann Lee added 13": the verb of sums and scores.
	if v.tag(k) == "CD" && !r.hadThat && v.lemma(r.i) == "add" && !v.d.off[RuleAddedNumber] {
		return false
	}
	// "heard from Ann Lee, who was a minister": a relative clause
	// after a comma describes the noun before it; it is not what was
	// said or heard.
	if (v.w(k) == "who" || v.w(k) == "which") && k > r.i+1 && v.w(k-1) == "," && !v.d.off[RuleRelativeAfterComma] {
		return false
	}
	r.k = k
	return true
}

// reducedPassive reports whether the verb at token i is a participle
// right after a noun, no auxiliary before it, with "by" and an agent
// after it, a name or a noun of people or bodies: a reduced relative
// clause ("Solutions suggested by conservationists include ...", "the
// plan proposed by the Harlow council"), whose noun is what the agent
// said, not a speaker, and whose words after the agent are no content.
// "Ann Lee said by telephone that ..." keeps its content.
func (v *view) reducedPassive(i int) bool {
	if v.d.off[RuleReducedPassive] || i < 1 || v.w(i+1) != "by" || v.tag(i) != "VBD" && v.tag(i) != "VBN" {
		return false
	}
	if p := v.tag(i - 1); !strings.HasPrefix(p, "NN") || strings.HasPrefix(p, "NNP") || v.entAt(i-1) >= 0 {
		return false
	}
	k := i + 2
	if v.entAt(k) >= 0 {
		return true
	}
	head := -1
	for ; k < v.n() && (v.tag(k) == "DT" || v.tag(k) == "PRP$" || v.tag(k) == "CD" || strings.HasPrefix(v.tag(k), "JJ") || strings.HasPrefix(v.tag(k), "NN")); k++ {
		if v.entAt(k) >= 0 {
			return true
		}
		if strings.HasPrefix(v.tag(k), "NN") {
			head = k
		}
	}
	return head >= 0 && v.agentNoun(head)
}

// skipSaidOf reads "of X" at token k after "say" or "state": in "Ann Lee
// said of the plan: “...”" and "said of the plan that ...", the plan is
// what the words are about, and what was said comes after, within 16
// tokens, at "that" or at a colon or comma before a quotation. It
// returns where the content may start, or false when it is not in this
// sentence. (Other verbs take "of" for what they report: "warned of
// X".)
func (v *view) skipSaidOf(r *reading, k int) (int, bool) {
	if v.w(k) == "of" && (v.lemma(r.i) == "say" || v.lemma(r.i) == "state") && !v.d.off[RuleSaidOf] {
		j := k + 1
		for j < v.n() && j < k+16 && !(v.w(j) == "that" && v.tag(j) != "DT" || (v.w(j) == ":" || v.w(j) == ",") && v.opensQuote(j+1)) {
			j++
		}
		if j >= v.n() || j >= k+16 {
			return k, false
		}
		k = j
	}
	return k, true
}

// skipDateBeforeContent reads a date at token k before the content ("Ann
// Lee said Monday he would ..."), unless a comma, a full stop, a
// semicolon or the sentence's end follows it. It returns where the
// content may start.
func (v *view) skipDateBeforeContent(k int) int {
	if j := v.skipDate(k); j > k {
		// "said Thursday's report was fair": the date owns the
		// content's subject.
		if w := v.w(j); w != "," && w != "." && w != "" && w != ";" && !v.possessiveAt(j) {
			k = j
		}
	}
	return k
}

// skipThat reads a "that" at token k that opens the reported clause
// ("Ann Lee said that taxes would rise"), and notes it in r.hadThat; not
// a "that" that is the clause's subject ("said that will not happen").
// It returns where the content may start.
func (v *view) skipThat(r *reading, k int) int {
	if v.w(k) == "that" && !(v.tag(k+1) == "MD" || strings.HasPrefix(v.tag(k+1), "VB") && v.tag(k+1) != "VBG") {
		k++
		r.hadThat = true
	}
	return k
}

// skipBeforeQuote reads the punctuation at token k before the content: a
// colon or comma before a quotation ("Ann Lee said: “...”", "said,
// “...”"), a comma after "that" before an adjunct ("said that, if
// elected, he would ..."), and a short aside before a quotation ("said,
// on the other hand, “...”", "told his audience of Monday, “...”"). It
// returns where the content may start, or false when other punctuation
// stands there and no content follows.
func (v *view) skipBeforeQuote(r *reading, k int) (int, bool) {
	switch w := v.w(k); {
	case w == ":" && quoteOpen[v.w(k+1)] || w == "," && v.opensQuote(k+1):
		k++ // "said: “...”", "said, “...”"
	case w == "," && r.hadThat:
		k++ // "said that, if elected, he would ...": the clause opens with an adjunct
	case w == "," && v.asideThenQuote(k) > k:
		k = v.asideThenQuote(k) // "said, on the other hand, “...”"
	case r.kind == address && !quoteOpen[w] && v.asideThenQuote(k-1) > k:
		k = v.asideThenQuote(k - 1) // "told his audience of Monday, “...”"
	case w == "," || w == "." || w == ";" || w == ":":
		return k, false
	}
	return k, true
}

// asideThenQuote reads a short aside set off by commas from the comma at
// token k, before a quotation ("said, on the other hand, “...”"): no
// verb and no quotation inside. It returns the quotation's opening mark,
// or k.
func (v *view) asideThenQuote(k int) int {
	for j := k + 1; j < v.n() && j <= k+6; j++ {
		switch {
		case v.w(j) == ",":
			if j > k+1 && v.opensQuote(j+1) {
				return j + 1
			}
			return k
		case v.isVerb(j) || quoteOpen[v.w(j)] || v.w(j) == "." || v.w(j) == ";" || v.w(j) == ":":
			return k
		}
	}
	return k
}

// skipQuotedBy reads "by Y" at token k ("quoted as saying by Y that"):
// Y is the outlet, and the content starts at the next "that" or
// quotation. It returns the token after "by Y", or k.
func (v *view) skipQuotedBy(r *reading, k int) int {
	if v.w(k) != "by" {
		return k
	}
	if e := v.npEntity(k + 1); e >= 0 {
		r.outlet = e
	}
	k++
	for k < v.n() && v.w(k) != "that" && !quoteOpen[v.w(k)] && k < r.i+12 {
		k++
	}
	return k
}

// skipToThat reads from token k to a "that" that opens the content after
// adverbials ("said on Friday for the first time that") or an addressee
// ("told an invited crowd at X that"), or past an adverbial that a comma
// closes ("said on Friday, ..."). It returns where the content may
// start.
func (v *view) skipToThat(r *reading, k int) int {
	for j := k; j < v.n() && j < k+10; j++ {
		// "said in a statement: “...”": an adverbial before a colon.
		if v.w(j) == ":" && j > k && adverbialStarts[v.w(k)] && !v.finiteBetween(k, j) && !v.d.off[RuleColonAdverbial] {
			return j
		}
		if v.w(j) == "that" && v.tag(j) != "DT" || r.kind == question && (v.w(j) == "whether" || v.w(j) == "if") {
			if j == k || v.adverbialAt(k) || r.kind == address && !v.finiteBetween(k, j) || v.adverbRun(k, j) {
				return j
			}
			return k
		}
		if v.endsAdverbial(r, j) {
			// "said on Thursday its investments, or its portfolio,
			// grew": the date alone is the adverbial, and the
			// content's subject follows it before the comma.
			if d := v.skipDate(k); d > k && d < j && !v.adverbialAt(d) && v.tag(d) != "IN" && !v.d.off[RuleDateThenSubject] {
				return k
			}
			if v.w(j) == "," && adverbialStarts[v.w(k)] {
				return j + 1
			}
			return k
		}
	}
	return k
}

// adverbRun reports whether tokens [k, j) are only adverbs, by their tag
// or, for a word tagged no noun, verb or pronoun, by WordNet: "said all
// along that ...", "said again and again that ..." (RuleAdverbRun).
func (v *view) adverbRun(k, j int) bool {
	if v.d.off[RuleAdverbRun] || j <= k {
		return false
	}
	for i := k; i < j; i++ {
		t := v.tag(i)
		switch {
		case v.entAt(i) >= 0 || v.litAt(i) >= 0:
			return false
		case strings.HasPrefix(t, "RB") || t == "RP" || t == "CC" && i > k && i+1 < j:
		case strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "VB") || strings.HasPrefix(t, "PRP") || t == "MD" || t == "CD":
			return false
		case !v.d.lex.Known(v.w(i), lexicon.Adverb):
			return false
		}
	}
	return true
}

// adverbialAt reports whether an adverbial starts at token k: a
// preposition or adverb of time, a date, an adverb, or the verb's
// particle ("pointed out that ...", "found out that ...").
func (v *view) adverbialAt(k int) bool {
	return adverbialStarts[v.w(k)] || v.litAt(k) >= 0 || v.tag(k) == "RB" || v.tag(k) == "RP"
}

// endsAdverbial reports whether token j ends the search for "that": a
// verb (not a participle after "told": "told an invited crowd"), a
// quotation, a comma or a point.
func (v *view) endsAdverbial(r *reading, j int) bool {
	verb := v.isVerb(j)
	if r.kind == address && (v.tag(j) == "VBN" || v.tag(j) == "VBG") {
		verb = false
	}
	return verb || quoteOpen[v.w(j)] || v.w(j) == "," || v.w(j) == "."
}

// quotedContent reads a quotation right after the verb, which may run
// past the sentence.
func (v *view) quotedContent(r *reading) bool {
	if !quoteOpen[v.w(r.k)] {
		return false
	}
	if span, after, ok := v.quoteSpan(r.k); ok {
		// "said “firm action” was needed": the quotation is the
		// reported clause's subject (rule quote-subject).
		if e := v.quoteSubjectEnd(span, after); e > after {
			v.add(r.speaker, r.outlet, r.k, e, r.verb)
			return true
		}
		v.add(r.speaker, r.outlet, span[0], span[1], r.verb)
	} else {
		n := len(v.d.claims)
		v.add(r.speaker, r.outlet, r.k+1, v.n(), r.verb)
		// A quotation of several sentences: what was said runs to its
		// closing mark (“A. B.”).
		if q, ok := v.d.byOpen[v.toks[r.k].Start]; ok && q.Close >= 0 && len(v.d.claims) > n && q.End > v.d.claims[n].End && !v.d.off[RuleQuoteSentences] {
			v.d.claims[n].End = q.End
		}
	}
	return true
}

// quoteSubjectEnd returns the end of the reported clause whose subject
// is the quotation of tokens span, closing right before token after,
// when a finite verb or a modal follows its close and no finite verb
// is inside it: "said “firm action” was needed", "found that “games
// literacy” was a key skill" (rule quote-subject). It returns after
// otherwise.
func (v *view) quoteSubjectEnd(span [2]int, after int) int {
	if v.d.off[RuleQuoteSubject] || after >= v.n() {
		return after
	}
	finite := func(k int) bool {
		t := v.tag(k)
		return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
	}
	if !finite(after) && !v.quoteModifier(after) || v.entAt(after) >= 0 {
		return after
	}
	for k := span[0]; k < span[1]; k++ {
		if finite(k) {
			return after
		}
	}
	return v.contentEnd(after)
}

// quoteModifier reports whether the words from token after, right
// past a quotation's close, are the rest of a noun phrase the quotation
// modifies, then its clause's verb (rule quote-modifier): "said
// “clever” pricing tricks could mislead shoppers", where the
// quotation is only the subject's first word.
func (v *view) quoteModifier(after int) bool {
	if v.d.off[RuleQuoteModifier] {
		return false
	}
	// "pricing tricks": a participle before a noun modifies it.
	t := v.tag(after)
	if t == "VBG" && strings.HasPrefix(v.tag(after+1), "NN") {
		t = "JJ"
	}
	if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ")) || strings.HasPrefix(t, "NNP") {
		return false
	}
	return v.subjectThenVerb(after, v.n())
}

// clauseContent reads a reported clause: it must hold a verb ("said the
// deal was not perfect"). Verbs other than "say" often take a plain
// object ("wrote the song before ...", "announced a plan to ..."):
// without "that" their content must read as a clause, its subject right
// before its verb.
func (v *view) clauseContent(r *reading) bool {
	k := r.k
	hi := v.contentEnd(k)
	hasVerb := false
	for j := k; j < hi; j++ {
		// A verb, or a word after a name that the tagger took for a
		// plural noun ("X works for Y").
		if v.isVerb(j) || j > k && (v.entAt(j-1) >= 0 || v.tag(j-1) == "PRP") && v.entAt(j) < 0 && v.toks[j].Kind == tokenize.Word &&
			(strings.HasSuffix(v.w(j), "s") || strings.HasSuffix(v.w(j), "ed")) && v.w(j) == v.toks[j].Text || r.hadThat && v.pastForm(j) || v.presentAfterSingular(j) {
			hasVerb = true
			break
		}
	}
	if hasVerb && !r.hadThat && v.lemma(r.i) != "say" && !v.subjectThenVerb(k, hi) && !v.whClause(k, hi) {
		return false
	}
	// A headline in title case: "Mayor Says Bridge Will Reopen".
	if v.titleCase && !hasVerb && v.lemma(r.i) == "say" {
		hasVerb = true
	}
	if hi > k && hasVerb {
		v.add(r.speaker, r.outlet, k, hi, r.verb)
		return true
	}
	return false
}

// presentAfterSingular reports whether token j, tagged a plural noun
// after a singular one, is a present tense the tagger missed ("social
// media success depends on ..."): a lower-case word in -s whose stem is
// a verb of the lexicon.
func (v *view) presentAfterSingular(j int) bool {
	w := v.w(j)
	if v.tag(j) != "NNS" || v.tag(j-1) != "NN" || v.entAt(j) >= 0 || v.entAt(j-1) >= 0 || w != v.toks[j].Text || !strings.HasSuffix(w, "s") {
		return false
	}
	l := v.d.lex.Lemma(w, "VBZ")
	return l != w && v.d.lex.Known(l, lexicon.Verb)
}

// pastForm reports whether token j, which the tagger took for another
// part of speech, is the past tense of a verb ("few people understood
// the stakes", tagged a preposition): a lower-case word whose lemma as a
// past tense differs from it and is a verb, and which the lexicon has as
// no noun.
func (v *view) pastForm(j int) bool {
	if v.isVerb(j) || v.entAt(j) >= 0 || v.toks[j].Kind != tokenize.Word || v.w(j) != v.toks[j].Text {
		return false
	}
	w := v.w(j)
	l := v.d.lex.Lemma(w, "VBD")
	return l != w && v.d.lex.Known(l, lexicon.Verb) && !v.d.lex.Known(w, lexicon.Noun)
}

// namingContent reads what someone called something: an object and its
// complement, "called the charges unfounded", "called X a fraud",
// "called half of X's voters “dreamers”"; not "called him on
// Monday".
func (v *view) namingContent(r *reading) bool {
	if r.kind != naming {
		return false
	}
	k := r.k
	j := v.objectEnd(k)
	if j == k {
		v.namedWhat(r)
		return true
	}
	if q := v.whatNamed(r); q >= 0 {
		if _, after, ok := v.quoteSpan(q); ok {
			v.construction = ConsNaming
			v.add(r.speaker, r.outlet, k, after, r.verb)
		}
		return true
	}
	j = v.namingAdjuncts(v.namingObjectEnd(k, j))
	if j >= v.n() {
		return true
	}
	v.namingComplement(r, k, j)
	return true
}

// namingObjectEnd cuts the object of a verb of naming at token k, which
// objectEnd ends at token j: a pronoun is the whole object ("Ann Lee
// called them liars"), and a word only an adjective ends it ("called
// the tax unfair", "unfair" tagged a noun). It returns the object's end.
func (v *view) namingObjectEnd(k, j int) int {
	if v.tag(k) == "PRP" {
		j = k + 1
	}
	for e := k + 1; e < j; e++ {
		if v.adjectiveOnly(e) {
			j = e
			break
		}
	}
	return j
}

// namingAdjuncts reads up to three prepositional phrases and dates from
// token j, after a naming verb's object and before its complement: "Ann
// Lee called her vote in favour of the port a mistake", "called the
// remarks on Saturday “a wake-up call”". It returns where the complement
// may start.
func (v *view) namingAdjuncts(j int) int {
	for n := 0; n < 3 && j < v.n() && !v.d.off[RuleNamingPP]; n++ {
		if m := v.litAt(j); m >= 0 && v.d.res.Mentions[m].Type == extract.Date {
			for j < v.n() && v.litAt(j) == m {
				j++
			}
			continue
		}
		if v.tag(j) != "IN" || v.w(j) == "as" || v.w(j) == "that" || v.w(j) == "for" {
			break
		}
		e := v.namingPhraseEnd(j)
		if e == j+1 || !strings.HasPrefix(v.tag(e-1), "NN") && v.entAt(e-1) < 0 {
			break
		}
		j = e
	}
	return j
}

// namingPhraseEnd reads the noun phrase after the preposition at token j
// ("in favour of the port"), up to eight tokens on: names, nouns, numbers,
// possessives, "of", a determiner right after the preposition or after
// "of" ("of the port"), and adjectives not after a noun; "a" or "an"
// after a noun opens the complement ("called her vote in favour of the
// port a mistake"). It returns the phrase's end.
func (v *view) namingPhraseEnd(j int) int {
	e := j + 1
	for e < v.n() && e < j+8 {
		t := v.tag(e)
		if v.entAt(e) >= 0 {
			e = v.mentionEnd(e)
			continue
		}
		if !(t == "DT" && (e == j+1 || v.w(e-1) == "of") || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "NN") || v.w(e) == "of" ||
			strings.HasPrefix(t, "JJ") && !strings.HasPrefix(v.tag(e-1), "NN")) {
			break
		}
		e++
	}
	return e
}

// namingComplement reads the complement at token j of a naming verb's
// object at token k, a quotation, a noun phrase with "a" or "an", an
// adjective or a participle ("Ann Lee called the charges unfounded",
// "called X a fraud", "called them liars"), and adds the claim from the
// object to the end of the clause; nothing when another word stands at
// j ("called him on Monday").
func (v *view) namingComplement(r *reading, k, j int) {
	switch w, t := v.w(j), v.tag(j); {
	case quoteOpen[w], w == "a" || w == "an", strings.HasPrefix(t, "JJ"), t == "VBN", v.adjectiveOnly(j), v.pronounComplement(k, j):
		v.construction = ConsNaming
		v.add(r.speaker, r.outlet, k, v.namingEnd(k, j), r.verb)
	}
}

// namingEnd returns the end of what is named from the object at token k
// with its complement at token j: the clause's end, or a comma before a
// participle's phrase, which is no part of the name given ("Ann Lee
// called it “a scandal”, linking to a story").
func (v *view) namingEnd(k, j int) int {
	hi := v.clauseEnd(k)
	for e := j; e+1 < hi && !v.d.off[RuleNamingName]; e++ {
		if v.w(e) == "," && (v.tag(e+1) == "VBG" || quoteClose[v.w(e+1)] && v.tag(e+2) == "VBG") {
			hi = e
			if quoteClose[v.w(e+1)] {
				hi = e + 2
			}
			break
		}
	}
	return hi
}

// adjectiveOnly reports whether token j is a word the lexicon knows as an
// adjective and not as a noun, whatever the tagger says ("called the tax
// unfair", "unfair" tagged a noun).
func (v *view) adjectiveOnly(j int) bool {
	w := v.w(j)
	return v.entAt(j) < 0 && v.d.lex.Known(w, lexicon.Adjective) && !v.d.lex.Known(w, lexicon.Noun)
}

// pronounComplement reports whether a pronoun object, token k alone,
// takes a noun phrase complement at token j: "calling them liars",
// "called him the best candidate", not a date ("called him Monday"); or a
// name does, with "the" (naming-name).
func (v *view) pronounComplement(k, j int) bool {
	// "called Cruz the “ultimate hypocrite”": a name is the whole
	// object too.
	name := v.entAt(k) >= 0 && v.mentionEnd(k) == j && !v.d.off[RuleNamingName]
	if !name && (j != k+1 || v.tag(k) != "PRP") || v.litAt(j) >= 0 || v.entAt(j) >= 0 {
		return false
	}
	next := j + 1
	if quoteOpen[v.w(next)] {
		next++
	}
	return v.w(j) == "the" && (strings.HasPrefix(v.tag(next), "NN") || strings.HasPrefix(v.tag(next), "JJ")) && v.litAt(next) < 0 || !name && v.tag(j) == "NNS"
}

// whatNamed returns the opening quotation mark of the complement of
// naming reading r when "what" or "which" stands before its subject, its
// object fronted, so that the quotation after the verb, perhaps after an
// article, is the complement alone (rule what-named: "what Bo Ek called an
// “ecosystem”, like ..." names the ecosystem, and the list after it is
// the writer's); else -1.
func (v *view) whatNamed(r *reading) int {
	if v.d.off[RuleWhatNamed] {
		return -1
	}
	at := v.subjectTokenOf(r)
	if at < 0 {
		return -1
	}
	if w := v.w(v.subjectStart(at) - 1); w != "what" && w != "which" {
		return -1
	}
	k := r.k
	if w := v.w(k); w == "a" || w == "an" || w == "the" {
		k++
	}
	if !v.opensQuote(k) {
		return -1
	}
	return k
}

// namedWhat reads a name given to what a relative pronoun stands for,
// "what X called “a rant”", "which Y called “total crap”": the
// complement, a quotation or a noun phrase, whose object is the "what"
// before the subject.
func (v *view) namedWhat(r *reading) {
	at := v.subjectTokenOf(r)
	if at < 0 {
		return
	}
	if w := v.w(v.subjectStart(at) - 1); w != "what" && w != "which" {
		return
	}
	k := r.k
	if (v.w(k) == "a" || v.w(k) == "an" || v.w(k) == "the") && v.opensQuote(k+1) {
		k++
	}
	if span, _, ok := v.quoteSpan(k); ok {
		v.construction = ConsNaming
		v.add(r.speaker, r.outlet, span[0], span[1], r.verb)
	}
}

// whClause reports whether tokens [k, hi) are a clause that a wh-word,
// "whether" or "if" opens ("explained why he backs X", "did not know
// what the plan would cost", "asked whether it was safe", "what
// happened"): an indirect question, which English reports as it does
// a clause after "that".
func (v *view) whClause(k, hi int) bool {
	if v.d.off[RuleWhClause] {
		return false
	}
	t, w := v.tag(k), v.w(k)
	if !(t == "WRB" || t == "WP" || t == "WDT" && w != "that" || w == "whether" || w == "if") {
		return false
	}
	j := k + 1
	if w == "how" && (strings.HasPrefix(v.tag(j), "JJ") || v.tag(j) == "RB" || (v.tag(j) == "VBN" || v.tag(j) == "VBD") && (v.tag(j+1) == "PRP" || v.entAt(j+1) >= 0)) {
		j++ // "how much", "how quickly", "how surprised he is"
	}
	return v.subjectThenVerb(j, hi) || (t == "WP" || t == "WDT") && v.finiteAt(j)
}

// agentAt reports whether the noun phrase at token k names someone who
// can act: a pronoun, a name (not a date), or a noun of a person or a
// body ("voters", "the board"); not a thing an infinitive describes ("a
// way to win", "plans to build").
func (v *view) agentAt(k int) bool {
	if v.tag(k) == "PRP" || v.entAt(k) >= 0 {
		return true
	}
	if v.litAt(k) >= 0 {
		return false
	}
	e := v.objectEnd(k)
	if e == k {
		return false
	}
	c := v.d.lex.Classes(v.lemma(e - 1))
	return personRole(c) || c.Has(lexicon.Government) || c.Has(lexicon.Organization) || c.Has(lexicon.Corporation)
}

// directiveContent reads what a speaker told an addressee to do, the
// addressee ending at token end: "told his aides to find a way",
// "warned the rebels to keep away", and what one expects or wants of
// someone ("expects the board to act"): the noun phrase and the
// infinitive, to the end of its clause.
func (v *view) directiveContent(r *reading, end int) bool {
	if v.d.off[ConsDirective] || end <= r.k || v.tag(r.k) == "PRP$" && end == r.k+1 || v.w(end) != "to" || v.tag(end+1) != "VB" || !v.finite(r.i) {
		return false
	}
	v.construction = ConsDirective
	v.add(r.speaker, r.outlet, r.k, v.clauseEnd(r.k), r.verb)
	return true
}

// objectEnd returns the token after the noun phrase object that starts
// at token k ("the charges", "half of X's voters", "him"), or k.
func (v *view) objectEnd(k int) int {
	j := k
	for j < v.n() && j < k+10 {
		switch t := v.tag(j); {
		case v.entAt(j) >= 0:
			j = v.mentionEnd(j)
		case j == k && (t == "PRP" || t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ")) ||
			strings.HasPrefix(t, "NN") || t == "POS" || t == "CD" || v.w(j) == "of" && j > k:
			j++
		default:
			return j
		}
	}
	return j
}

// collective are the possessive determiners of a side or a body, which
// in "beat X for their sixth win" give no reason for criticism.
var collective = map[string]bool{"their": true, "its": true, "our": true}

// phraseEnd is objectEnd with adjectives inside the phrase too ("the
// new port"): for an object that a preposition, not a complement,
// follows.
func (v *view) phraseEnd(k int) int {
	j := v.objectEnd(k)
	for j > k && j < v.n() && strings.HasPrefix(v.tag(j), "JJ") {
		j = v.objectEnd(j)
	}
	return j
}

// describedAsContent reads a verb of saying, believing, naming, noting
// or criticising whose object a complement after "as" judges:
// "described the talks as frank", "dismissed the plan as a stunt",
// "sees the deal as a win": the object and the rest of its clause.
func (v *view) describedAsContent(r *reading) bool {
	if r.hadThat || !v.finite(r.i) || r.kind == denial || r.kind == accusation || v.feelingOnly(r.i) {
		return false // "dismissed X as Y" is a denial; "felt the heat as ..." no judgement
	}
	j := v.phraseEnd(r.k)
	if j == r.k || v.w(j) != "as" || !(v.objectStart(j+1) || quoteOpen[v.w(j+1)]) || !v.nominal(r.k, j) {
		return false
	}
	// "quoted the executive as saying ...": whose words follow, no
	// judgement.
	if v.tag(j+1) == "VBG" && !v.notReporting(j+1) {
		return false
	}
	// "as the teenager went out": a clause after "as", which is then a
	// conjunction, not the complement's preposition.
	if e := v.objectEnd(j + 1); e > j+1 && e < v.n() {
		if t := v.tag(e); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	v.construction = ConsDescribedAs
	v.add(r.speaker, r.outlet, r.k, v.clauseEnd(r.k), r.verb)
	return true
}

// nominal reports whether tokens [lo, hi) hold a noun, a pronoun or a
// name: an object, not an adjective alone ("proved brief as ...": a
// complement, and "as" a conjunction).
func (v *view) nominal(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := v.tag(k); strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "PRP") || t == "CD" || v.entAt(k) >= 0 {
			return true
		}
	}
	return false
}

// criticismContent reads a verb of criticising whose object a reason
// after "for" follows: "criticised X for his silence", "attacked the
// board for failing to act": the object and the rest of its clause. The
// reason is a gerund or a noun phrase with a possessive, so that "beat X
// for the title" (a contest) is none; a side's own win ("beat X for
// their sixth win", "for its first title") is no reason either. It reports whether the verb is
// one of criticising: nothing else reads it.
func (v *view) criticismContent(r *reading) bool {
	if r.kind != criticism {
		return false
	}
	j := v.phraseEnd(r.k)
	if j == r.k || v.w(j) != "for" {
		v.stanceObject(r)
		return true
	}
	k := j + 1
	if v.w(k) == "not" || v.w(k) == "never" {
		k++
	}
	if t := v.tag(k); t == "VBG" || t == "PRP$" && !collective[v.w(k)] || v.entAt(k) >= 0 && v.tag(v.mentionEnd(k)) == "POS" {
		v.construction = ConsCriticism
		v.add(r.speaker, r.outlet, r.k, v.clauseEnd(r.k), r.verb)
	}
	return true
}

// stanceContent reads a verb of taking a side that is no verb of
// criticising: "endorsed X", "supports the ban". It reports whether the
// verb is one: nothing else reads it.
func (v *view) stanceContent(r *reading) bool {
	if r.kind != stance {
		return false
	}
	v.stanceObject(r)
	return true
}

// topicContent reads what someone talked about: a verb of the lexicon's
// Discussion class and its noun phrase object, or an indirect question
// ("discussed the plan", "talked about how the port closed"), to the end
// of its clause. It reports whether the verb is one: nothing else reads
// it.
func (v *view) topicContent(r *reading) bool {
	if r.kind != topic {
		return false
	}
	if v.d.off[ConsTopic] {
		return true
	}
	k := r.k
	if !v.d.lex.Is(v.lemma(r.i), lexicon.Discussion) {
		k++ // "talked about"
	}
	// "talked about embedding troops": a gerund's clause with an object
	// is what was talked about, as for verbs of taking a side.
	gerund := v.tag(k) == "VBG" && !v.d.off[RuleTopicGerund] && (v.objectStart(k+1) || v.tag(k+1) == "PRP") && v.notReporting(k)
	if !(v.objectStart(k) && (v.tag(k) != "VBG" || gerund) || v.whClause(k, v.contentEnd(k))) {
		return true
	}
	v.construction = ConsTopic
	v.add(r.speaker, r.outlet, k, v.clauseEnd(k), r.verb)
	return true
}

// speechPrep are the prepositions after a verb of saying whose object
// is what the words were about: "warned of", "boasted about", "argued
// against". A closed class; "on" is left out, as it is far more often
// of a time or a medium ("said on Friday", "wrote on Twitter").
var speechPrep = map[string]bool{"about": true, "of": true, "against": true}

// speechPrepContent reads what someone spoke of: a verb of saying, a
// preposition of speechPrep and its noun phrase or gerund, to the end of
// the clause ("warned of a new war", "boasted about raising $9
// million"), and what a verb of asking asked about ("asked her about the
// vote"). What was said after the object ("said of Y, “...”", "said
// about Y that ...") is left to the constructions that read it.
func (v *view) speechPrepContent(r *reading) bool {
	// "Say" takes the words themselves for its object: in "“...,” X said
	// of Y" and "the things X said about Y" they are elsewhere.
	// "asked him about his debts": what was asked about.
	asked := r.kind == question && v.w(r.k) == "about"
	if v.d.off[ConsSpeechPrep] || r.kind != speech && r.kind != address && !asked || !speechPrep[v.w(r.k)] || !asked && !v.d.lex.Is(v.lemma(r.i), lexicon.Speech) && !v.phrasal(r.i) || v.lemma(r.i) == "say" {
		return false
	}
	k := r.k + 1
	if !v.objectStart(k) && v.tag(k) != "PRP" {
		return false
	}
	// "add about 300 staff": "about" before a number is an
	// approximation, not what was spoken of.
	if v.w(r.k) == "about" && v.tag(k) == "CD" {
		return false
	}
	if e := v.objectEnd(k); v.w(e) == "that" || v.w(e) == ":" || v.w(e) == "," && (v.opensQuote(e+1) || v.startsClause(e+1)) || v.opensQuote(e) {
		return false
	}
	v.construction = ConsSpeechPrep
	// The preposition stays in the cue: the content is what was warned
	// of or argued against, not what the speaker asserts, and "warned
	// against Y" gives Y with the opposite stance to "said Y".
	verb := r.verb
	if !asked {
		// "spoke out against": the verb's particle too.
		for j := r.i + 1; j < r.k; j++ {
			if v.tag(j) == "RP" {
				verb += " " + v.w(j)
			}
		}
		verb += " " + strings.ToLower(v.w(r.k))
	}
	v.add(r.speaker, r.outlet, k, v.clauseEnd(k), verb)
	return true
}

// referenceContent reads what someone referred to: a verb of the
// lexicon's Reference class and the noun phrase after its "to", to the
// end of its clause ("referred to the vote", "alluding to his rival",
// "referred to X as Y"). It reports whether the verb is one: nothing
// else reads it.
func (v *view) referenceContent(r *reading) bool {
	if r.kind != reference {
		return false
	}
	k := r.k + 1 // after "to"
	if v.d.off[ConsReference] || !v.objectStart(k) || v.tag(k) == "VBG" {
		return true
	}
	v.construction = ConsReference
	v.add(r.speaker, r.outlet, k, v.clauseEnd(k), r.verb)
	return true
}

// stanceObject reads the side a speaker took: a verb of the lexicon's
// Stance class, finite, whose subject is a name or an agent, and its
// noun phrase object to the end of its clause ("endorsed X for
// president", "condemned the attack on Y"). A gerund, a clause or a
// particle after the verb is no object ("supports raising taxes",
// "backed away").
func (v *view) stanceObject(r *reading) {
	if v.d.off[ConsStance] || !v.d.lex.Is(v.lemma(r.i), lexicon.Stance) && !v.wordAttack(r) || !v.finite(r.i) && !v.commaParticiple(r.i) {
		return
	}
	if v.lemma(r.i) == "defend" && !v.wordDefend(r) {
		return
	}
	k := r.k
	// "supports raising taxes", "opposed defunding X": a gerund's
	// clause with an object is the side taken, as for verbs of saying.
	gerund := v.tag(k) == "VBG" && !v.d.off[RuleStanceGerund] && (v.objectStart(k+1) || v.tag(k+1) == "PRP") && v.notReporting(k)
	if !v.objectStart(k) && !reflexive[v.w(k)] || v.tag(k) == "VBG" && !gerund || v.startsClause(k) {
		return
	}
	if r.speaker < 0 {
		at := v.subjectTokenOf(r)
		// A share of people takes a side too ("two-thirds support
		// the ban", "55 percent oppose it").
		if at < 0 || !(v.tag(at) == "PRP" || v.agentNoun(at) || v.partitive(at)) {
			return
		}
	}
	v.construction = ConsStance
	v.add(r.speaker, r.outlet, k, v.stanceEnd(k), r.verb)
}

// stanceEnd returns the end of the side taken whose object starts at
// token k: the object's clause (objectClauseEnd), and no further than a
// subordinator that opens a clause of the narrative's ("praised his
// players after Norland won", "backed the plan although critics ...")
// or a relative clause after a comma ("backed Ann Lee, who was given
// the post"): what the object did or why is not what was said.
func (v *view) stanceEnd(k int) int {
	hi := v.objectClauseEnd(k)
	if v.d.off[RuleStanceEnd] {
		return hi
	}
	for j := k + 1; j < hi; j++ {
		if v.inQuotation(j) {
			continue
		}
		if v.w(j) == "," && (v.tag(j+1) == "WP" || v.tag(j+1) == "WDT") {
			return j
		}
		if v.d.lex.Is(v.w(j), lexicon.Subordinator) && v.tag(j) == "IN" && (v.tag(j+1) == "DT" || v.tag(j+1) == "PRP" || v.tag(j+1) == "NNS" || v.entAt(j+1) >= 0) {
			return j
		}
	}
	return hi
}

// wordDefend reports whether "defend", a Stance verb read as often of
// arms, of a title or of a client, is used of words: a person defends
// (a named person, a pronoun or a noun of a person, not a body such as
// a team or an army), and what is defended is no place ("defended her
// record", not "defended the city").
func (v *view) wordDefend(r *reading) bool {
	if v.d.off[RuleWordDefend] {
		return false
	}
	if r.speaker >= 0 {
		if v.entType(r.speaker) != extract.Person {
			return false
		}
	} else {
		at := v.subjectTokenOf(r)
		c := v.d.lex.Classes(v.lemma(at))
		if at < 0 || !(v.tag(at) == "PRP" || personRole(c)) {
			return false
		}
	}
	if !v.defendedInWords(r.k) {
		return false
	}
	for j := r.k; j < v.objectEnd(r.k); j++ {
		if e := v.entAt(j); e >= 0 && v.entType(v.entity(j)) == extract.Location {
			return false
		}
		if c := v.d.lex.Classes(v.lemma(j)); strings.HasPrefix(v.tag(j), "NN") && (c.Has(lexicon.Settlement) || c.Has(lexicon.Facility) || c.Has(lexicon.NaturalFeature) || c.Has(lexicon.Region)) {
			return false
		}
	}
	return true
}

// wordAttack reports whether a verb of opposing that is no Stance verb
// ("attacked", read far more often of force) is used of words: a named
// person or body attacks a named person or body, not a place ("X
// attacked Y over ..."), and no instrument follows ("with a knife").
func (v *view) wordAttack(r *reading) bool {
	if v.d.off[RuleWordAttack] || v.lemma(r.i) != "attack" || r.speaker < 0 || v.entAt(r.k) < 0 {
		return false
	}
	o := v.entity(r.k)
	for _, e := range []int{r.speaker, o} {
		if t := v.entType(e); t != extract.Person && t != extract.Organization {
			return false
		}
	}
	end := v.mentionEnd(r.k)
	return v.w(end) != "with"
}

// defendedInWords reports whether the object of "defend" at token k is
// one defended in words: a named person or body, a reflexive pronoun, or
// something of the subject's own ("her record"); not a thing ("defends
// the scene as ...") or a place.
func (v *view) defendedInWords(k int) bool {
	switch {
	case v.entAt(k) >= 0:
		t := v.entType(v.entity(k))
		return t == extract.Person || t == extract.Organization
	case reflexive[v.w(k)]:
		return true
	case v.tag(k) == "PRP$":
		return true
	}
	return false
}

// reflexive holds the reflexive pronouns of people: a closed class.
var reflexive = map[string]bool{"himself": true, "herself": true, "themselves": true, "myself": true, "ourselves": true, "yourself": true}

// finiteBetween reports whether a finite verb or a modal lies in tokens
// [lo, hi).
func (v *view) finiteBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if t := v.tag(j); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return true
		}
	}
	return false
}

// mentionContent reads what someone cited, noted or acknowledged: a noun
// phrase object, to the end of its clause ("cited derogatory comments X
// had made"); with "that" the clause is read as speech. It reports
// whether the verb is read here.
func (v *view) mentionContent(r *reading) bool {
	if !v.d.lex.Is(v.lemma(r.i), lexicon.Mention) {
		return false
	}
	k := r.k
	if v.w(k) != "that" && v.objectStart(k) && v.tag(k) != "VBG" && (!v.startsClause(k) || v.reducedRelative(k)) {
		v.construction = ConsMention
		v.add(r.speaker, r.outlet, k, v.objectClauseEnd(k), r.verb)
		return true
	}
	// "X notes: “...”", "X notes “...”": a quotation is what was noted,
	// read as a verb of saying's.
	if v.opensQuote(k) || (v.w(k) == ":" || v.w(k) == ",") && v.opensQuote(k+1) {
		return false
	}
	return r.kind == mentioning // not a verb of saying: nothing more to read
}

// reducedRelative reports whether the noun phrase at token k is a
// common noun that a relative clause without "that" follows ("cited
// derogatory comments X had made"): the nouns, then a name or a pronoun
// and a finite verb, so that what seemed a clause is the object.
func (v *view) reducedRelative(k int) bool {
	j := k
	for j < v.n() && v.entAt(j) < 0 && (v.tag(j) == "DT" || v.tag(j) == "PRP$" || strings.HasPrefix(v.tag(j), "JJ") || strings.HasPrefix(v.tag(j), "NN") && v.tag(j) != "NNP") {
		j++
	}
	if j == k || !strings.HasPrefix(v.tag(j-1), "NN") {
		return false
	}
	switch {
	case v.entAt(j) >= 0:
		j = v.mentionEnd(j)
	case v.tag(j) == "PRP" && v.w(j) != "it":
		j++
	default:
		return false
	}
	return v.finiteAt(j)
}

// startsClause reports whether a clause with its own subject starts at
// token k ("noted the economy was weak"): a finite verb soon after a
// noun phrase.
func (v *view) startsClause(k int) bool {
	return v.subjectThenVerb(k, v.contentEnd(k))
}

// communicates reports whether token i is a verb of the lexicon's
// Communication class that no other class of reporting verbs marks
// ("mocked", "bemoaned", "spoke"): the communication construction reads
// it after the others. A verb of another class that kind does not read
// here is left out on purpose ("defends the scene", "pointed at").
func (v *view) communicates(i int) bool {
	if v.d.off[ConsCommunication] || v.entAt(i) >= 0 || !v.isVerb(i) && !v.afterComma(i) || !v.d.lex.Is(v.lemma(i), lexicon.Communication) || v.aux(i) {
		return false
	}
	if v.reportingLemma(v.lemma(i)) {
		return false
	}
	_, ok := v.kind(i)
	return !ok
}

// reportingClasses are the lexicon's classes of verbs that kind reads.
var reportingClasses = []lexicon.Class{lexicon.Speech, lexicon.Address, lexicon.Denial, lexicon.Accusation, lexicon.Belief, lexicon.Intention,
	lexicon.Demand, lexicon.Naming, lexicon.Mention, lexicon.Question, lexicon.Opposition, lexicon.Stance, lexicon.Discussion, lexicon.Reference,
	lexicon.Resume}

// commPrep are the prepositions after a verb of communicating whose
// object is what the words were about, for or against: "spoke of the
// war", "complained about the cost", "apologized for the remark",
// "railed against the deal", "quarrelled over the budget". A closed
// class; "to" and "with" name whom the words were for or with ("talked
// to reporters", "spoke with Ann Lee", and as often "dealt with the
// crisis"), and "on" is as often a time or a medium ("spoke on
// Friday", "on Twitter").
var commPrep = map[string]bool{"about": true, "of": true, "against": true, "for": true, "over": true}

// communicationContent reads what a verb of communicating communicated
// (the verbs no other class holds, and those commFallback hands on): a
// quotation after it ("chanted “...”", "echoed: “...”"), a noun phrase
// object ("mocked the plan", "bemoaned the unrest"), or a preposition
// of commPrep and its object or indirect question ("spoke of the war",
// "spoke to reporters about how ..."; "with" and "on" after a verb of
// agreeing), to the end of the clause. Its subject must be a person or
// a body by name, a personal pronoun other than "it", a noun of an
// agent, a share of people, or a statement or a record; a bare pronoun
// is no content ("mocked him"). It reports whether the verb is one:
// nothing else reads it.
func (v *view) communicationContent(r *reading) bool {
	if r.kind != communication {
		return false
	}
	if !v.communicator(r) {
		return true
	}
	k := r.k
	if (v.w(k) == ":" || v.w(k) == ",") && v.opensQuote(k+1) {
		k++
	}
	if quoteOpen[v.w(k)] && v.opensQuote(k) {
		v.construction = ConsCommunication
		r.k = k
		v.quotedContent(r)
		return true
	}
	k, done := v.commPrepContent(r, k)
	if done {
		return true
	}
	e, ok := v.commObject(k)
	if !ok {
		return true
	}
	// "quoted an executive as saying ...": the object is whose words
	// follow, not what was said.
	hi := v.clauseEnd(k)
	// "outlined their plans and the rivals gave theirs": a noun phrase
	// object ends with its clause, as a speech verb's does.
	if !v.d.off[RuleCommObject] && v.objectStart(k) && v.tag(k) != "VBG" && !v.startsClause(k) {
		hi = v.objectClauseEnd(k)
	}
	for j := k; j < hi; j++ {
		if v.w(j) == "as" && v.tag(j+1) == "VBG" && !v.notReporting(j+1) {
			return true
		}
	}
	// "spoke 40 minutes", "spoke for an hour", "spoke Norlandic": a span
	// of time, a date or a language is how long, when or in what, not
	// what was said.
	if e > k && (v.litAt(e-1) >= 0 || v.d.lex.Is(v.lemma(e-1), lexicon.Language) || v.d.lex.Is(v.lemma(e-1), lexicon.TimeSpan)) {
		return true
	}
	v.construction = ConsCommunication
	v.add(r.speaker, r.outlet, k, hi, r.verb)
	return true
}

// communicator reports whether the subject of the verb of communicating
// of r may communicate, for communicationContent: a person or a body by
// name (not a place: "Harlow mitigated the threat"), or a personal
// pronoun other than "it", a noun of an agent, a share of people, or a
// statement or a record ("the letter outlines the plan", "the report
// echoes the warning").
func (v *view) communicator(r *reading) bool {
	// A place does not speak ("Harlow mitigated the threat"): a named
	// speaker is a person or a body.
	if r.speaker >= 0 && v.entType(r.speaker) != extract.Person && v.entType(r.speaker) != extract.Organization {
		return false
	}
	if r.speaker < 0 {
		at := v.subjectTokenOf(r)
		// A statement or a record communicates too ("the letter
		// outlines the plan", "the report echoes the warning").
		c := v.d.lex.Classes(v.lemma(at))
		if at < 0 || !(v.tag(at) == "PRP" && v.w(at) != "it" || v.agentNoun(at) || v.partitive(at) || c.Has(lexicon.Statement) || c.Has(lexicon.Evidence)) {
			return false
		}
	}
	return true
}

// commPrepContent reads a preposition of commPrep after the verb of
// communicating of r, its words starting at token k, for
// communicationContent: past adverbs ("spoke briefly about") and whom
// the words were for ("spoke to reporters about the war"), or "with" or
// "on" after a verb of agreeing ("agreed with the analysis"). It returns
// where the object starts, the token after the preposition if there is
// one and k if not, and whether the verb is read already: an indirect
// question after the preposition is the content ("talked about how the
// port closed"), and "say" with one has none ("the things X said about
// Y").
func (v *view) commPrepContent(r *reading, k int) (int, bool) {
	// "spoke briefly about", "speaks fondly of": adverbs before the
	// preposition.
	j := k
	for j < v.n() && v.tag(j) == "RB" && v.adverb(j) {
		j++
	}
	// "spoke to reporters about the war", "talked with Ann Lee about
	// the port": whom the words were for, then what they were about.
	if (v.w(j) == "to" || v.w(j) == "with") && v.agentAt(j+1) {
		if e := v.objectEnd(j + 1); commPrep[v.w(e)] && v.w(e) != "for" {
			j = e
		}
	}
	// "agreed with the analysis", "disagree on the tax": after a verb of
	// agreeing, "with" and "on" take the view or the matter.
	agreeing := (v.w(j) == "with" || v.w(j) == "on") && v.d.lex.Is(v.lemma(r.i), lexicon.Agreement)
	// "Say" takes the words themselves for its object, as in
	// speechPrepContent: in "the things X said about Y" they are
	// elsewhere.
	if (commPrep[v.w(j)] || agreeing) && v.lemma(r.i) == "say" {
		return k, true
	}
	if commPrep[v.w(j)] || agreeing {
		k = j + 1
		// "talked about how the port closed": an indirect question is
		// what was talked about.
		if v.whClause(k, v.contentEnd(k)) {
			v.construction = ConsCommunication
			v.add(r.speaker, r.outlet, k, v.clauseEnd(k), r.verb)
			return k, true
		}
	}
	return k, false
}

// commObject reads the object of a verb of communicating that starts at
// token k, for communicationContent ("mocked the plan", "bemoaned the
// unrest"): it returns the end of its phrase, and whether it is one. A
// gerund is one only with its own object ("mocked raising taxes"); a
// clause is none, nor a date, a place by name ("spoke Friday"), an
// adjective alone ("spoke last") or "nothing" ("said nothing").
func (v *view) commObject(k int) (int, bool) {
	gerund := v.tag(k) == "VBG" && (v.objectStart(k+1) || v.tag(k+1) == "PRP") && v.notReporting(k)
	if !v.objectStart(k) || v.tag(k) == "VBG" && !gerund || v.startsClause(k) && !v.reducedRelative(k) {
		return 0, false
	}
	// A date or a place is an adjunct, no object ("spoke Friday",
	// "spoke in Harlow" has no preposition of commPrep anyway).
	if m := v.litAt(k); m >= 0 && v.d.res.Mentions[m].Type == extract.Date || v.entAt(k) >= 0 && v.entType(v.entity(k)) == extract.Location && v.objectEnd(k) == v.mentionEnd(k) {
		return 0, false
	}
	// "spoke last", "said nothing": an adjective alone, or the pronoun
	// of nothing, is no object.
	e := v.phraseEnd(k)
	if !v.nominal(k, e) && v.w(k) != "no" || v.w(k) == "nothing" {
		return 0, false
	}
	return e, true
}

// commFallback reports whether the verb at token i, of the given kind,
// which read no claim, is one of communicating to read as such: a verb
// of saying or believing with a plain object ("said the same", "agreed
// with the plan"), of opposing that takes no side in the Stance class
// ("disparaged the rivals", "rebuked the board"), or of asking with a
// thing for its object ("questioned the ruling"). The other kinds read
// objects by their own constructions, which leave out what they do on
// purpose ("defended the city", "asked her", "called the police").
func (v *view) commFallback(i int, kind verbKind) bool {
	// "questioned the ruling": a question put to no one is a doubt
	// voiced about its object; "asked her" names whom, and "asked a
	// question" the act itself.
	if kind == question {
		h := v.phraseEnd(i+1) - 1 // the head: the last noun before "of"
		for h > i+1 && !strings.HasPrefix(v.tag(h), "NN") {
			h--
		}
		if h <= i || v.entAt(h) >= 0 || v.tag(h) == "PRP" || v.agentNoun(h) || !strings.HasPrefix(v.tag(h), "NN") || v.d.lex.Is(v.lemma(h), lexicon.Question) {
			return false
		}
	} else if kind != speech && kind != belief && kind != criticism {
		return false
	}
	return !v.d.off[ConsCommunication] && v.d.lex.Is(v.lemma(i), lexicon.Communication)
}

// attributionTail reports whether the comma at token j opens the
// sentence's closing attribution: a finite verb of saying and a short
// noun phrase (", says a report"), or a short noun phrase, possibly with
// "close to" or "familiar with" a matter, and a finite verb of saying
// (", analysts say", ", sources close to the talks told the Daily
// Post"), with at most an addressee or a date after it before the
// sentence ends.
func (v *view) attributionTail(j int) bool {
	if v.w(j) != "," || v.inQuotation(j) {
		return false
	}
	// Words said, not what a thing shows ("..., the footage showed").
	saying := func(i int) bool {
		kind, ok := v.kind(i)
		t := v.tag(i)
		return ok && (kind == speech || kind == address) && (t == "VBD" || t == "VBZ" || t == "VBP")
	}
	k := j + 1
	if saying(k) {
		e := v.npEnd(k + 1)
		return e > k+1 && v.sentenceEndsAt(e)
	}
	e := v.npEnd(k)
	if e == k || e-k > 5 {
		return false
	}
	// "sources close to the talks", "people familiar with the plan".
	adjective := func(i int) bool { return strings.HasPrefix(v.tag(i), "JJ") || v.d.lex.Known(v.w(i), lexicon.Adjective) }
	complement := func(i int) bool { return v.w(i) == "to" || v.w(i) == "with" }
	switch {
	case adjective(e) && complement(e+1): // "close"/RB
		e++
		fallthrough
	case e > k+1 && adjective(e-1) && complement(e): // "familiar"/NN
		if f := v.npEnd(e + 1); f > e+1 {
			e = f
		}
	}
	if v.perfectSaying(e) {
		e++
	} else if !saying(e) {
		return false
	}
	return v.sentenceEndsAt(e+1) || v.sentenceEndsAt(v.npEnd(e+1))
}

// perfectSaying reports whether token e is "have", "has" or "had" before
// a verb of saying's participle: ", MPs have warned", ", analysts had
// said" end a content as ", MPs warned" does (RulePerfectTail).
func (v *view) perfectSaying(e int) bool {
	if v.d.off[RulePerfectTail] {
		return false
	}
	switch v.w(e) {
	case "have", "has", "had":
	default:
		return false
	}
	kind, ok := v.kind(e + 1)
	t := v.tag(e + 1)
	return ok && (kind == speech || kind == address) && (t == "VBN" || t == "VBD")
}

// npEnd returns the end of the noun phrase from token k on: determiners,
// adjectives, numbers, nouns, possessives and names (k when there is
// none).
func (v *view) npEnd(k int) int {
	for k < v.n() {
		t := v.tag(k)
		if v.entAt(k) >= 0 {
			k = v.mentionEnd(k)
			continue
		}
		if t == "DT" || t == "CD" || t == "POS" || t == "PRP$" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") {
			k++
			continue
		}
		break
	}
	return k
}

// sentenceEndsAt reports whether the sentence ends at token k: its end,
// or only closing punctuation after it.
func (v *view) sentenceEndsAt(k int) bool {
	for ; k < v.n(); k++ {
		if w := v.w(k); w != "." && w != "!" && !quoteClose[w] {
			return false
		}
	}
	return true
}
