package claim

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// Options configures a Finder. The zero value (or nil) uses the shipped
// models.
type Options struct {
	// Annotator gives the sentences' annotation when the pipeline has not
	// (its tags tell verbs from nouns: "he claims", "the claims"); nil
	// means annotate.Default().
	Annotator *annotate.Annotator
	// Off names constructions to turn off (see Constructions): their
	// claims are not reported.
	Off []string
}

// Finder is the pipeline stage that finds reported speech. It is safe for
// concurrent use.
type Finder struct {
	ann *annotate.Annotator
	err error
	off map[string]bool
}

// New returns a Finder; nil opts means the defaults. Models that fail to
// load are reported by Process.
func New(opts *Options) *Finder {
	f := &Finder{}
	if opts != nil {
		f.ann = opts.Annotator
		for _, n := range opts.Off {
			if f.off == nil {
				f.off = map[string]bool{}
			}
			f.off[n] = true
		}
	}
	if f.ann == nil {
		f.ann, f.err = annotate.Default()
		if f.err != nil {
			f.err = fmt.Errorf("claim: %w", f.err)
		}
	}
	return f
}

// Process appends to res.Claims the reported speech of the document, in
// text order, and sets Relation.Claim of each relation whose evidence lies
// inside a claim's content (the innermost one) so that it is reported,
// not asserted. It needs sentences, resolved entities and, for the
// attachment, relations; it runs after the relation stage.
//
// The constructions are those of English news: "X said (on Friday)
// (that) ...", "X told Y that ...", "“...,” X said", "..., said X", "...,
// X said.", "according to X, ...", "X was quoted as saying by Y that
// ...", "..., saying that ...", denials ("X has denied involvement") and
// accusations ("X accused Y of ..."). A pronoun speaker ("he said") is
// the latest person in subject position; "it" the latest organisation or
// place; a description ("the presenter said") the person just spoken of,
// an office ("the chancellor said") only a person given that title; no
// such inferred speaker is one the content itself names ("he said Mr X
// had ..."). "US officials said" is a claim of the US; a description that
// names no one ("officials said", "Ann Lee's lawyer said", "..., said one
// official", "according to analysts") leaves the speaker unnamed and keeps
// its words as Claim.Source. An outlet is the news
// organisation that carried the words: "quoted by Y", "told Y" or
// "according to Y" when Y is a news organisation, "wrote on Y".
func (f *Finder) Process(res *extract.Result) error {
	if f == nil || f.ann == nil && f.err == nil {
		return fmt.Errorf("claim: nil Finder")
	}
	if f.err != nil {
		return f.err
	}
	f.ann.Annotate(res)
	d := &doc{res: res, lex: f.ann.Lexicon(), off: f.off, lastPerson: -1, weakPerson: -1, lastOther: -1, itKept: -1, lastOrg: -1, spokesBody: -1, spokesSent: -1, pluralSent: -1, thingSent: -1,
		byOpen: map[int]extract.Quote{}, byClose: map[int]extract.Quote{}}
	d.quotesIn = make([][]extract.Quote, len(res.Sentences))
	for _, q := range res.Quotes {
		d.byOpen[q.Open] = q
		if q.Close >= 0 {
			d.byClose[q.Close] = q
		}
		// The sentences the quotation's words lie in.
		si := sort.Search(len(res.Sentences), func(i int) bool { return res.Sentences[i].End > q.Start })
		for ; si < len(res.Sentences) && res.Sentences[si].Start < q.End; si++ {
			d.quotesIn[si] = append(d.quotesIn[si], q)
		}
	}
	for si := range res.Sentences {
		d.sentence(si)
	}
	sort.SliceStable(d.claims, func(i, j int) bool {
		a, b := d.claims[i], d.claims[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	d.claims = reportedBy(res, d.claims)
	d.titledSpeakers(d.claims)
	d.sourceOutlets(d.claims)
	d.inheritSpeakers(d.claims)
	d.quotesGoOn(d.claims)
	d.signedComments(d.claims)
	if !d.off[RuleNoSpeaker] {
		d.claims = slices.DeleteFunc(d.claims, func(c extract.Claim) bool { return d.noClaim(&c) })
	}
	base := len(res.Claims)
	model := DefaultNewsModel()
	for i := range d.claims {
		d.timeSource(&d.claims[i])
		d.datelineStart(&d.claims[i])
		d.labelStart(&d.claims[i])
		d.narrationEnd(&d.claims[i])
		d.commentRunOn(&d.claims[i])
		d.negatedVerb(&d.claims[i])
		d.bracketEnd(&d.claims[i])
		d.headlineCredit(&d.claims[i])
		d.quoteEnd(&d.claims[i])
		d.smallClauseEnd(&d.claims[i])
		d.andNarrationEnd(&d.claims[i])
		d.claims[i].Status = d.status(&d.claims[i])
		d.claims[i].Score = newsScore(model, &d.claims[i], res.Doc.Text)
	}
	res.Claims = append(res.Claims, d.claims...)
	attach(res, base, d.gaps)
	return nil
}

// heldBy are the constructions of a view or a wish that is its holder's:
// with no holder found, the clause tells of no one's words. (A question
// put by no one named, ConsAskedQuestion, never has a speaker: rule
// asked-no-claim drops it.)
var heldBy = map[string]bool{ConsBeliefObject: true, ConsIntent: true, ConsDemand: true, ConsDirective: true}

// timeSource leaves claim c unnamed when the words read as its speaker
// end in a noun of a span of time, which says nothing ("grew at the
// weekend with claims a note suggested ...": [the weekend]): whoever
// spoke, the text names them elsewhere or not at all. It runs after the
// claims with no speaker are dropped, so the words are kept.
func (d *doc) timeSource(c *extract.Claim) {
	if d.off[RuleTimeSource] || c.Speaker >= 0 || c.Source.Len() == 0 || c.Source.End > len(d.res.Doc.Text) || c.Source.Start < 0 {
		return
	}
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[c.Source.Start:c.Source.End]))
	if len(f) == 0 || len(f) > 3 {
		return
	}
	if w := f[len(f)-1]; d.lex.Is(d.lex.Lemma(w, "NN"), lexicon.TimeSpan) && !d.lex.Is(w, lexicon.PersonNoun) {
		c.Source = extract.Span{}
	}
}

// noSpeaker reports whether claim c has no speaker, named or described,
// and is in the headline ("Court rejects Acme case") or is a view or
// a wish (heldBy) no one is found to hold: words no one can
// be found to have said are no claim. (A verb of saying with no speaker
// found is kept: on PolNeAR its clause is nearly always an
// attribution.)
func (d *doc) noSpeaker(c *extract.Claim) bool {
	if c.Speaker >= 0 || c.Source.Len() > 0 {
		return false
	}
	// "When asked whether the port would close, Ann Lee laughed": the
	// question of an interviewer the text does not name asserts
	// nothing, and the one asked answers it (the judges of kg's output
	// mark it no claim). Its construction still keeps the claims inside
	// it from being read as asserted.
	if c.Method == ConsAskedQuestion && !d.off[RuleAskedNoClaim] {
		return true
	}
	return c.Start < d.res.Headline.End || heldBy[c.Method]
}

// clauseHeadline are the verbs whose object in a headline may be a clause
// without its copula.
var clauseHeadline = map[string]bool{"say": true, "tell": true, "show": true, "find": true, "report": true, "indicate": true, "suggest": true}

// headlinePhrase reports whether claim c lies in a headline not in title
// case and its content is a noun phrase, with no verb ("Minister
// confirms port climbdown"): the paper's label for what was said or
// done, not the words. A verb of saying or showing is left alone
// (clauseHeadline). A construction that reads a noun phrase (npObject)
// is one in a headline in title case too.
func (d *doc) headlinePhrase(c *extract.Claim) bool {
	if d.off[RuleHeadlinePhrase] || c.Start >= d.res.Headline.End || c.Sentence < 0 || c.Sentence >= len(d.res.Sentences) {
		return false
	}
	s := &d.res.Sentences[c.Sentence]
	if len(s.POS) != len(s.Tokens) || len(s.Lower) != len(s.Tokens) {
		return false
	}
	// "X says profit too small", "a poll shows voters now a
	// majority": a headline drops the copula of the clause a verb of
	// saying or showing reports.
	if v := d.verbLemma(c); v == "" || clauseHeadline[v] {
		return false
	}
	// A construction whose content is a noun phrase the verb takes
	// ("Acme Backs Harlow Plan") needs no tags to tell.
	if npObject[c.Method] {
		return true
	}
	// A headline in title case: the tagger's tags say little there.
	upper, words := 0, 0
	for k, t := range s.Tokens {
		if t.End > d.res.Headline.End || len(s.Lower[k]) < 4 || t.Kind != tokenize.Word {
			continue
		}
		words++
		if r := d.res.Doc.Text[t.Start]; r >= 'A' && r <= 'Z' {
			upper++
		}
	}
	if 2*upper > words {
		return false
	}
	n := 0
	for k, t := range s.Tokens {
		if t.Start < c.Start || t.End > c.End {
			continue
		}
		n++
		if p := s.POS[k]; strings.HasPrefix(p, "VB") || p == "MD" {
			return false
		}
	}
	return n > 0
}

// negatedVerb writes a negated reporting verb with its negation ("did not
// want", "does not believe", "has never said") as the claim's verb, so
// that a belief or an intention not held ("X does not think the price is
// high enough") is not shown as held. The verb is the nearest word of
// c.Verb before the content, or else after it ("..., X does not think").
func (d *doc) negatedVerb(c *extract.Claim) {
	if c.Sentence < 0 || c.Sentence >= len(d.res.Sentences) {
		return
	}
	f := strings.Fields(strings.ToLower(c.Verb))
	if len(f) == 0 || slices.Contains(f, "not") || slices.Contains(f, "n't") || slices.Contains(f, "never") {
		return
	}
	s, at := d.verbToken(c)
	if at < 0 {
		return
	}
	neg := -1
	for k := at - 1; k >= 0 && k >= at-3; k-- {
		w := s.Lower[k]
		if w == "not" || w == "n't" || w == "never" {
			neg = k
			break
		}
		if !d.lex.Is(w, lexicon.Auxiliary) && !d.lex.Is(d.lex.Lemma(w, "VB"), lexicon.Auxiliary) && !(k < len(s.POS) && s.POS[k] == "RB") {
			return
		}
	}
	if neg < 0 {
		return
	}
	lo := neg
	for lo > 0 && (d.lex.Is(s.Lower[lo-1], lexicon.Auxiliary) || d.lex.Is(d.lex.Lemma(s.Lower[lo-1], "VB"), lexicon.Auxiliary)) {
		lo--
	}
	if verb := strings.Join(strings.Fields(d.res.Doc.Text[s.Tokens[lo].Start:s.Tokens[at].End]), " "); strings.HasSuffix(strings.ToLower(verb), strings.ToLower(c.Verb)) {
		c.Verb = verb
	}
}

// noClaim reports whether claim c, read by a construction, is no claim
// after all: a rule of the package drops it (RuleNoSpeaker and the rules
// each check names).
func (d *doc) noClaim(c *extract.Claim) bool {
	for _, drop := range []func(*extract.Claim) bool{
		d.noSpeaker,
		d.muteSpeaker,
		d.thingFinding,
		d.leaveTaking,
		d.headlinePhrase,
		d.workNarration,
		d.saysItAll,
		d.shownThing,
		d.refusedWords,
		d.refusedPassive,
		d.omission,
		d.agreedWith,
		d.readerFirstPerson,
		d.fragment,
		d.thingObject,
		d.doneThing,
		d.wonObject,
		d.deedMeans,
		d.givenObject,
		d.relativeRole,
		d.namedNoun,
		d.relativeFinal,
		d.passiveAside,
		d.noOneHolds,
		d.notYetSaid,
		d.unknowing,
		d.personObject,
		d.hopedContest,
		d.receivedNews,
		d.workObject,
		d.bareMessage,
		d.questionObject,
		d.decidedAct,
		d.votedAct,
		d.unsaid,
		d.notMade,
	} {
		if drop(c) {
			return true
		}
	}
	return false
}

// reportedBy folds "X said Y, Wirenews reported" into one claim: a news
// organisation that "reported" words holding another speaker's claim is
// that claim's outlet, not a speaker of its own.
func reportedBy(res *extract.Result, cs []extract.Claim) []extract.Claim {
	media := func(e int) bool {
		return e >= 0 && e < len(res.Entities) && res.Entities[e].Class == "NewsMediaOrganization"
	}
	out := cs[:0]
	for i, c := range cs {
		if (c.Verb == "reported" || c.Verb == "reports") && media(c.Speaker) {
			inner := false
			for j := range cs {
				if o := &cs[j]; j != i && o.Sentence == c.Sentence && o.Speaker >= 0 && c.Start <= o.Start && o.End <= c.End {
					if o.Outlet < 0 {
						o.Outlet = c.Speaker
					}
					inner = true
				}
			}
			if inner {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// attach sets the Claim of relations whose evidence lies inside the
// content of a claim found from index base on: the smallest such claim.
// Evidence that overlaps one of gaps, an attribution between the
// quotations of one claim (“A,” said X of Acme. “B.”), is the
// article's, not the claim's.
func attach(res *extract.Result, base int, gaps []extract.Span) {
	for ri := range res.Relations {
		r := &res.Relations[ri]
		if r.End <= r.Start || slices.ContainsFunc(gaps, func(g extract.Span) bool { return g.Start < r.End && r.Start < g.End }) {
			continue
		}
		best := -1
		for ci := base; ci < len(res.Claims); ci++ {
			c := res.Claims[ci]
			if c.Start <= r.Start && r.End <= c.End {
				if best < 0 || c.End-c.Start < res.Claims[best].End-res.Claims[best].Start {
					best = ci
				}
			}
		}
		if best >= 0 {
			r.Claim = best
		}
	}
}

// doc is the state of one Process call.
type doc struct {
	res *extract.Result
	// brk is one past the offset of the document's first section break
	// (sectionBreak), 0 before it is looked for; -1 when there is none.
	brk int
	// byOpen and byClose find the document's quotations by the offsets of
	// their marks.
	byOpen, byClose map[int]extract.Quote
	// quotesIn holds the quotations whose words lie in each sentence.
	quotesIn [][]extract.Quote
	// off holds the constructions turned off.
	off    map[string]bool
	lex    *lexicon.Lexicon
	claims []extract.Claim
	// lastPerson and lastOther are the latest person, and the latest
	// organisation or place, in subject position: what "he" and "it"
	// refer to.
	lastPerson, lastOther int
	// itKept is what "it" still stands for when a plural description
	// as a subject cleared lastOther (rule plural-described), or -1.
	itKept int
	// weakPerson is lastPerson when a sentence made it so only as the
	// possessor of its subject ("Ann Lee's team won") or as a person its
	// narration names ("The plan was welcomed by Ann Lee"), else -1.
	weakPerson int
	// lastPersonSent is the sentence lastPerson was last seen in.
	lastPersonSent int
	// persons holds the people that were lastPerson, latest last, for
	// a pronoun whose gender the latest does not agree with.
	persons []int
	// gender holds the gender of people a title gives ("Mr", "Ms"):
	// 'm' or 'f'; built on first use.
	gender map[int]byte
	// pronounGender holds the gender an earlier "he" or "she" gave a
	// person ('?' when they disagree), for those no title gives one.
	pronounGender map[int]byte
	// gaps are the attributions between the quotations of one claim
	// that quote-goes-on ran on: words that are not the claim's.
	gaps []extract.Span
	// spokesBody is the body an unnamed person last spoke for ("a
	// Harlow Council spokesman said"), in sentence spokesSent.
	spokesBody, spokesSent int
	// pluralSubject is the unnamed people that were the subject of
	// sentence pluralSent ("Officials arrested Bo Ek."), whom "they"
	// may be next.
	pluralSubject extract.Span
	pluralSent    int
	// thingSubject is the unnamed statement, record or body that was
	// the subject of sentence thingSent ("The report placed Norland
	// third."), whom "it" may be next.
	thingSubject extract.Span
	thingSent    int
	// lastOrg is the latest organisation in subject position: what "the
	// group" refers to.
	lastOrg int
	// personDemonyms indexes the demonyms that stand for a person, and
	// peopleDemonyms those for a people that join no entity
	// (demonymPersons), made on first use.
	personDemonyms map[int]int
	peopleDemonyms map[int]bool
}

// view is one sentence of the document.
type view struct {
	d    *doc
	si   int
	toks []tokenize.Token
	low  []string
	lem  []string // lemmas
	tags []string
	ent  []int // token -> mention index of an entity mention over it, or -1
	lit  []int // token -> mention index of a date or quantity over it, or -1
	// subject is the entity of the sentence's first subject, or -1; at
	// is its token.
	subject, subjectAt int
	// describedSubject is set when the subject is a description a place
	// modifies ("the Norlandic car maker"), which names no entity.
	describedSubject bool
	// pluralDescribed is set when that description's head is a plural
	// ("the 12 Harlow zone countries"), which "they" may stand for but
	// "it" may not.
	pluralDescribed bool
	// construction names the construction being read, recorded as the
	// Method of the claims it adds.
	construction string
	used         []bool // verbs already read
	// titleCase is set for a headline in title case whose verbs
	// headlineVerbs found: the tagger's tags say little there.
	titleCase bool
	// inferred is the entity speakerAt last resolved from a pronoun or a
	// description rather than a name, or -1: such a speaker is not one
	// the content names ("the prime minister said Mr X had ..." is not
	// X speaking).
	inferred int
	// nested is set while a verb inside a quotation is read (“..., and X
	// said ...,” she added): its speaker is no antecedent for pronouns
	// outside the quotation.
	nested bool
	// thatCue is set while a verb is read only because a clause after
	// "that" follows it (thatVerb).
	thatCue bool
	// unnamed is the span of the noun phrase that names the speaker of the
	// verb being read without naming an entity ("officials", "Ann Lee's
	// lawyer"), or zero: the claims added take it when their speaker is
	// unnamed.
	unnamed extract.Span
	// co holds the other names a speaker's name is coordinated with
	// ("Acme and Vell Power said"), for the speaker coFor: each says
	// what the one named last does (coordinatedNames).
	co    []int
	coFor int
	// they is the unnamed speaker a "they" stands for (resolvePronoun),
	// the source of the claim before: "experts warned ... They say".
	they extract.Span
	// quoted caches quotedTokens for quotedAt.
	quoted []bool
	// relClause is set while a verb whose subject is a relative pronoun
	// after a comma is read ("X, who said A, left"): a comma outside
	// quotation marks ends its content.
	relClause bool
}

func (v *view) w(i int) string {
	if i < 0 || i >= len(v.low) {
		return ""
	}
	return v.low[i]
}

func (v *view) tag(i int) string {
	if i < 0 || i >= len(v.tags) {
		return ""
	}
	return v.tags[i]
}

func (v *view) n() int { return len(v.toks) }

// entAt returns the mention index of the entity mention over token i, or
// -1 (also outside the sentence).
func (v *view) entAt(i int) int {
	if i < 0 || i >= len(v.ent) {
		return -1
	}
	return v.ent[i]
}

// litAt returns the mention index of the literal over token i, or -1.
func (v *view) litAt(i int) int {
	if i < 0 || i >= len(v.lit) {
		return -1
	}
	return v.lit[i]
}

// entity returns the entity of the mention over token i, or -1.
func (v *view) entity(i int) int {
	if i < 0 || i >= len(v.ent) || v.ent[i] < 0 {
		return -1
	}
	return v.d.res.Mentions[v.ent[i]].Entity
}

func (v *view) entType(e int) string {
	if e < 0 || e >= len(v.d.res.Entities) {
		return ""
	}
	return v.d.res.Entities[e].Type
}

// mentionStart returns the first token of the mention over token i.
func (v *view) mentionStart(i int) int {
	if i < 0 || i >= len(v.ent) || v.ent[i] < 0 {
		return i
	}
	lo, _ := extract.MentionSpan(v.ent, i)
	return lo
}

// mentionEnd returns the token after the mention over token i.
func (v *view) mentionEnd(i int) int {
	if i < 0 || i >= len(v.ent) || v.ent[i] < 0 {
		return i + 1
	}
	_, hi := extract.MentionSpan(v.ent, i)
	return hi
}

// titleCased reports whether the sentence is written in title case, as
// a headline the document's first line holds is when it was not found
// as one: of its words of four letters or more, all but one capitalised,
// and at least four of them.
func (v *view) titleCased() bool {
	words, lower := 0, 0
	for _, t := range v.toks {
		if t.Kind != tokenize.Word || len(t.Text) < 4 {
			continue
		}
		words++
		if !tokenize.StartsUpper(t.Text) {
			lower++
		}
	}
	return words >= 4 && lower <= 1
}

// headlineVerbs reads the verbs of a headline in title case, which the
// tagger takes for names: "Mayor Says Bridge Will Reopen", "..., Former
// Harbour Master Says", "Bo Ek Promises to Shield Fares". A capitalised word
// whose lower case is the third person of a verb of saying, believing or
// intending (its lemma differs and is in the lexicon's class) is tagged
// VBZ, in a copy of the sentence's tags.
func (v *view) headlineVerbs() {
	var tags, lem []string
	for i, t := range v.toks {
		if t.Kind != tokenize.Word || !tokenize.StartsUpper(t.Text) || v.entAt(i) >= 0 || i == 0 {
			continue
		}
		low := v.low[i]
		l := v.d.lex.Lemma(low, "VBZ")
		if l == low || !(v.d.lex.Is(l, lexicon.Speech) || v.d.lex.Is(l, lexicon.Belief) || !v.d.off[RuleHeadlineVerbS] && (v.reportingLemma(l) || v.d.lex.Is(l, lexicon.Intent))) {
			continue
		}
		if tags == nil {
			tags, lem = append([]string(nil), v.tags...), append([]string(nil), v.lem...)
		}
		tags[i], lem[i] = "VBZ", l
		v.headlineInfinitive(tags, lem, i)
	}
	if tags != nil {
		v.tags, v.lem = tags, lem
		v.titleCase = true
	}
}

// headlineInfinitive tags VB, in tags and lem, the capitalised word
// after "to" right after the headline's verb at token i, when it is no
// name and the lexicon knows it as a verb (RuleHeadlineInfinitive): in
// "Bo Ek Promises to Shield Ferry Fares" the tagger's name "Shield" is
// the infinitive promised.
func (v *view) headlineInfinitive(tags, lem []string, i int) {
	k := i + 2
	if v.d.off[RuleHeadlineInfinitive] || k >= len(v.toks) || v.low[i+1] != "to" || !tokenize.StartsUpper(v.toks[k].Text) || v.entAt(k) >= 0 || !strings.HasPrefix(tags[k], "NN") {
		return
	}
	if v.d.lex.Known(v.low[k], lexicon.Verb) {
		tags[k], lem[k] = "VB", v.low[k]
	}
}

// reportingLemma reports whether lemma l is in one of the reporting
// classes (reportingClasses).
func (v *view) reportingLemma(l string) bool {
	c := v.d.lex.Classes(l)
	for _, rc := range reportingClasses {
		if c.Has(rc) {
			return true
		}
	}
	return false
}

// isVerb reports whether token i is tagged as a verb or a modal.
func (v *view) isVerb(i int) bool {
	t := v.tag(i)
	return strings.HasPrefix(t, "VB") || t == "MD"
}

// sentence finds the claims of sentence si and updates the discourse
// state.
func (d *doc) sentence(si int) {
	s := &d.res.Sentences[si]
	v := &view{d: d, si: si, inferred: -1, coFor: -1, toks: s.Tokens, low: s.Lower, lem: s.Lemma, ent: s.Mention, lit: s.Literal,
		used: make([]bool, len(s.Tokens)), subject: -1, subjectAt: -1}
	v.tags = s.POS // before kind, which reads a particle's tag
	cue := false
	for i := range s.Tokens {
		if _, ok := v.kind(i); ok || v.low[i] == "according" || v.low[i] == "in" || evident[v.low[i]] || v.low[i] == "as" {
			cue = true
		}
	}
	if d.res.Headline.End > s.Start && s.End > d.res.Headline.Start || si == 0 && v.titleCased() {
		v.headlineVerbs()
	}
	v.officeNouns()
	v.findSubject()
	if sp, ok := v.pluralSubjectSpan(); ok {
		d.pluralSubject, d.pluralSent = sp, si
	}
	if sp, ok := v.thingSubjectSpan(); ok {
		d.thingSubject, d.thingSent = sp, si
	}
	for i := range s.Tokens {
		cue = cue || v.thatVerb(i) || v.communicates(i)
	}
	if cue {
		v.claims()
	}
	v.statementNouns()
	v.askedQuestions()
	v.seeming()
	v.evidenceGerunds()
	v.regarding()
	v.comparisons()
	v.stanceModifiers()
	v.stancePassives()
	v.attitudes()
	v.inFavorOf()
	v.punctuated()
	// The subject is what later pronouns refer to; in a sentence that
	// opens with a quotation ("“...,” said Acme."), its speaker.
	if e := v.subject; e >= 0 {
		v.subjectReferent(e)
	} else {
		v.speakerReferent()
	}
	// With no person as its subject and none speaking in it, a sentence
	// that names a person outside its quotations makes that person the
	// one "he" refers to next: "The plan was welcomed by Ann Lee.",
	// "The shop closed and its new owner Bo Ek sued."
	if e := v.subject; (e < 0 || v.entType(e) != extract.Person) && d.lastPersonSent != v.si {
		if p := v.personNamed(); p >= 0 {
			d.setLastPerson(p, v.si)
			d.weakPerson = p
		}
	}
	// A description names someone else than the body or place before.
	// A plural one leaves "it" what it stood for (rule
	// plural-described).
	if v.subject < 0 && v.describedSubject {
		prev := d.lastOther
		d.lastOther, d.itKept = v.describedSpeaker(), -1
		if v.pluralDescribed && d.lastOther < 0 && !d.off[RulePluralDescribed] {
			d.itKept = prev
		}
	}
	// So is a person the sentence opens with as the one whose view it
	// gives ("For Acme analyst Ann Lee, the deal was an error." ... "he
	// said").
	if e := v.viewHolder(); e >= 0 {
		d.setLastPerson(e, v.si)
	}
}

// subjectReferent makes the sentence's subject, entity e, what later
// pronouns refer to: “Ann Lee's plan failed,” Bo Ek said: the subject is
// in what is said; the speaker is what "he" refers to (but a person a
// body's claim speaks of stays what "he" refers to).
func (v *view) subjectReferent(e int) {
	if c, ok := v.claimOver(v.subjectAt); ok && c.Speaker >= 0 && (v.entType(c.Speaker) == extract.Person || v.entType(e) != extract.Person) {
		v.referent(c.Speaker)
	} else if p := v.quoteRunSpeaker(); p >= 0 {
		v.referent(p)
	} else {
		v.referent(e)
		if v.entType(e) == extract.Person && v.possessiveAt(v.mentionEnd(v.subjectAt)) {
			v.d.weakPerson = e
		}
	}
}

// quoteRunSpeaker returns the person whose quotation, opened by the
// claim before in the same paragraph, runs on into this sentence with
// its subject inside it, when no claim of this sentence reports it (rule
// quote-run-subject): in “Bo Ek said: “A. Di Moss knows it.” He added:
// “B.”” the name in what Bo Ek says is not whom "he" refers to next.
// It returns -1 otherwise.
func (v *view) quoteRunSpeaker() int {
	d := v.d
	n := len(d.claims)
	if d.off[RuleQuoteRunSubject] || n == 0 || !v.inQuotation(v.subjectAt) {
		return -1
	}
	c := d.claims[n-1]
	if c.Sentence >= v.si || c.Sentence < v.si-3 || c.Speaker < 0 || v.entType(c.Speaker) != extract.Person {
		return -1
	}
	// The claim's quotation runs on over the subject (quote-goes-on),
	// or ends before the sentence, in the same paragraph.
	if t := v.toks[v.subjectAt]; c.End > v.toks[0].Start {
		if c.Start <= t.Start && t.End <= c.End {
			return c.Speaker
		}
		return -1
	}
	if strings.Contains(d.res.Doc.Text[c.End:v.toks[0].Start], "\n") {
		return -1
	}
	return c.Speaker
}

// officeNouns retags as a noun a word the tagger took for an adjective
// that the lexicon has as a noun of office, after an article or a
// possessive and right before a finite verb (rule office-noun): "The
// premier insisted", the head of the subject, not a modifier.
func (v *view) officeNouns() {
	if v.d.off[RuleOfficeNoun] {
		return
	}
	var tags []string
	for i := 1; i+1 < v.n(); i++ {
		if !strings.HasPrefix(v.tag(i), "JJ") || v.entAt(i) >= 0 || !v.d.lex.Is(v.low[i], lexicon.Office) {
			continue
		}
		if t := v.tag(i - 1); t != "DT" && t != "PRP$" && t != "POS" {
			continue
		}
		if t := v.tag(i + 1); t != "VBD" && t != "VBZ" && t != "VBP" && t != "MD" {
			continue
		}
		if tags == nil {
			tags = append([]string(nil), v.tags...)
		}
		tags[i] = "NN"
	}
	if tags != nil {
		v.tags = tags
	}
}

// titleBody returns the span of a definite description of a post that a
// name of an organisation with no class ends, when the name's last word
// is the singular of a noun of office and of no body (rule title-body):
// "The outgoing Norland Commissioner", "the Tarvik Interior Minister",
// from "the" (past modifiers) to the name's end, a person's post the
// typer read as a body. It returns zero otherwise.
func (v *view) titleBody(j int) extract.Span {
	e := v.entity(j)
	if v.d.off[RuleTitleBody] || e < 0 || v.entType(e) != extract.Organization || v.d.res.Entities[e].Class != "" {
		return extract.Span{}
	}
	ms, me := v.mentionStart(j), v.mentionEnd(j)
	// A plural ("the Harlow Rangers") or a noun of a body too ("the
	// Norland Executive") names the body.
	h := v.lemma(me - 1)
	if c := v.d.lex.Classes(h); me-ms < 2 || !c.Has(lexicon.Office) || c.Has(lexicon.Government) || c.Has(lexicon.Organization) || h != v.low[me-1] || v.possessiveAt(me) {
		return extract.Span{}
	}
	k := ms - 1
	for k >= 0 && k >= ms-3 && (strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "NN" || v.tag(k) == "VBG" || v.tag(k) == "VBN") && v.entAt(k) < 0 {
		k--
	}
	if k < 0 || v.w(k) != "the" {
		return extract.Span{}
	}
	return extract.Span{Start: v.toks[k].Start, End: v.toks[me-1].End}
}

// describedSpeaker returns the body or place that speaks, in the
// sentence's first claim, for a described subject (rule
// described-speaker): "The Norland government denied the claims. In a
// statement, it said ...": the country, whom "it" then refers to; or -1.
func (v *view) describedSpeaker() int {
	d := v.d
	if d.off[RuleDescribedSpeaker] {
		return -1
	}
	for _, c := range d.claims {
		if c.Sentence != v.si {
			continue
		}
		if c.Speaker >= 0 && subjectSpeaks[c.Method] && c.Method != ConsInverted && c.Method != ConsFinal {
			if t := v.entType(c.Speaker); t == extract.Organization || t == extract.Location {
				return c.Speaker
			}
		}
		return -1
	}
	return -1
}

// speakerReferent makes the speaker of the sentence's last claim, in a
// sentence with no named subject, what later pronouns refer to: one
// after its words ("“...,” said Acme."), or a body that speaks for an
// unnamed subject, perhaps through a second verb ("The figures collected
// by Acme showed A (but stressed C). B, it said"; rule speaking-body).
func (v *view) speakerReferent() {
	d := v.d
	n := len(d.claims)
	if n == 0 {
		return
	}
	c := d.claims[n-1]
	if c.Sentence != v.si || c.Speaker < 0 {
		return
	}
	if c.Method == ConsInverted || c.Method == ConsFinal || (c.Method == ConsSubjectVerb || c.Method == ConsCoordinated) && v.entType(c.Speaker) == extract.Organization && !d.off[RuleSpeakingBody] {
		v.referent(c.Speaker)
	}
}

// viewHolder returns the person a sentence opens with as the one whose
// view it gives, "(But) for X, ...", past the words of a title before the
// name ("for Acme analyst X"), or -1.
func (v *view) viewHolder() int {
	i := 0
	if w := v.w(i); w == "but" || w == "and" || w == "yet" {
		i++
	}
	if v.w(i) != "for" {
		return -1
	}
	for i++; i < v.n() && i < 8 && v.entAt(i) < 0; i++ {
		if !strings.HasPrefix(v.tag(i), "NN") && !strings.HasPrefix(v.tag(i), "JJ") {
			return -1
		}
	}
	e := v.entity(i)
	if e < 0 || v.entType(e) != extract.Person || v.w(v.mentionEnd(i)) != "," {
		return -1
	}
	return e
}

// findSubject finds the first subject of the sentence: the entity or
// pronoun before its first verb, not inside a prepositional phrase.
func (v *view) findSubject() {
	i := 0
	if v.d.off[RuleMainSubject] {
		v.subjectFrom(i)
		return
	}
	// "HARLOW -- A year ago, X ...": a dateline's place is no subject,
	// nor a wire's credit ("Acme - Lawyers pressed ...").
	i = v.datelineEnd()
	if i == 0 {
		i = v.creditEnd()
	}
	first := i
	if w := v.w(i); w == "but" || w == "and" || w == "yet" || w == "so" {
		i++
	}
	switch {
	case v.w(i) == "according" && v.w(i+1) == "to":
		// "According to Acme, X ...": the clause after the phrase.
		for k := i + 2; k < v.n() && k < i+20; k++ {
			if v.w(k) == "," {
				v.subjectFrom(k + 1)
				return
			}
		}
	case v.openingParticiple(i):
		return
	case v.d.lex.Is(v.w(i), lexicon.Subordinator) && v.tag(i) != "RB":
		// "When X retired, Y paid tribute": the main clause's
		// subject, Y, once the clause the subordinator opens (holding
		// a verb) ends at a comma; X when the main clause names none
		// ("When X arrived, she said").
		verb := false
		for k := i + 1; k < v.n() && k < i+25; k++ {
			if v.inQuotation(k) {
				break
			}
			verb = verb || v.isVerb(k)
			if v.w(k) == "," && verb {
				v.subjectFrom(k + 1)
				if v.subject >= 0 {
					return
				}
				v.describedSubject = false
				break
			}
		}
	}
	v.subjectFrom(first)
}

// openingParticiple finds the subject after a participle's phrase that
// opens the clause at token i, up to its comma (rule
// opening-participle): "Publishing its survey, Acme said A" has Acme
// for its subject. It reports whether it found the phrase's comma.
func (v *view) openingParticiple(i int) bool {
	if v.tag(i) != "VBG" && v.tag(i) != "VBN" || v.entAt(i) >= 0 || v.d.off[RuleOpeningParticiple] {
		return false
	}
	for k := i + 1; k < v.n() && k < i+20 && !v.inQuotation(k); k++ {
		if v.w(k) == "," {
			v.subjectFrom(k + 1)
			return true
		}
		if v.isVerb(k) && v.tag(k) != "VBG" && v.tag(k) != "VBN" {
			return false
		}
	}
	return false
}

// datelineEnd returns the first token after a dateline (clauseStart)
// that names no person, or 0 (rule dateline-subject): "HARLOW -- A
// year ago, Ann Lee shook the industry by revealing A" has Ann Lee for
// its subject, not the dateline's place before the comma.
func (v *view) datelineEnd() int {
	if v.d.off[RuleDatelineSubject] {
		return 0
	}
	cs := v.clauseStart()
	for k := 0; k < cs; k++ {
		if v.entAt(k) >= 0 && v.entType(v.entity(k)) == extract.Person {
			return 0
		}
	}
	return cs
}

// subjectFrom finds the first subject from token i on, for findSubject.
func (v *view) subjectFrom(i int) {
	listStart := -1
	for ; i < v.n(); i++ {
		if v.entAt(i) >= 0 {
			e := v.entity(i)
			start := v.mentionStart(i)
			// The head of the subject is the last name before the verb:
			// "Egyptian President X praised".
			// A place before a common noun modifies it: "the Norlandic
			// car maker" is no place.
			// Nor is a side before one of its people ("the Harlow
			// manager").
			modifier := v.nameModifier(e, v.mentionEnd(i)) ||
				v.d.res.Entities[e].Class == typing.ClassSportsTeam && v.sidePerson(v.mentionEnd(i))
			if modifier && v.subject < 0 {
				v.describedSubject = true
				v.pluralDescribed = v.pluralHead(v.mentionEnd(i))
			}
			// A person named as an owner ("Ann Lee's lawyer, Bo Ek,
			// said") is not the subject when a person named after it
			// in apposition is.
			// Nor is a body so named ("The Norland Party's leader, Ann
			// Lee, welcomed", rule body-owner).
			owner := (v.entType(e) == extract.Person || !v.d.off[RuleBodyOwner] && v.entType(e) == extract.Organization) && v.tag(v.mentionEnd(i)) == "POS" && v.appositivePersonAfter(v.mentionEnd(i)+1) >= 0
			listed := v.listedAfter(start, listStart)
			if t := v.tag(start - 1); t != "IN" && t != "TO" && !v.prepBeforeModifiers(start) && v.entType(e) != extract.EventType && !modifier && !owner && !listed {
				v.subject, v.subjectAt = e, start
			}
			if listed || v.listIntro(start-1) {
				listStart = start
			}
			i = v.mentionEnd(i) - 1
			// A name among the post's nouns is no subject either:
			// on to the comma before the person.
			if c := v.appositivePersonAfter(v.mentionEnd(i) + 1); owner && c >= 0 && !v.d.off[RuleBodyOwner] {
				i = c
			}
			continue
		}
		// "The 24-year-old Norlander, who lost, said": a person of that
		// country, the one the text is about (rule demonym-person).
		if c, ok := v.personDemonym(i); ok && v.subject < 0 && !v.prepBeforeModifiers(i) {
			if p := v.demonymPersonSpeaker(i, c, false); p >= 0 {
				v.subject, v.subjectAt = p, i
			}
		}
		if v.isVerb(i) || v.w(i) == "," && v.subject >= 0 {
			return
		}
	}
}

// nameModifier reports whether the name of entity e, ending before
// token k, modifies the common noun at k: a place's ("the Norlandic car
// maker"), or a work's, product's or other name's before nouns that end
// in a plural (rule plural-described: "the 12 Tarvik zone countries",
// "the Acmephone sales"; "the Tarvik report found" may be a body's).
func (v *view) nameModifier(e, k int) bool {
	if v.placePossessor(e, k) {
		return true
	}
	noun := v.tag(k) == "NN" || v.tag(k) == "NNS"
	if !noun || v.entAt(k) >= 0 {
		return false
	}
	t := v.entType(e)
	return t == extract.Location || t == extract.Miscellaneous && v.pluralHead(k)
}

// placePossessor reports whether the name of place e, ending before
// the possessive at token k, owns a post or a kind of person that heads
// the subject (rule place-possessor): "Norland's information
// commissioner has voiced concern" has the commissioner for its
// subject, and no place that "it" may stand for next.
func (v *view) placePossessor(e, k int) bool {
	if v.d.off[RulePlacePossessor] || v.entType(e) != extract.Location || v.tag(k) != "POS" {
		return false
	}
	h := -1
	for j := k + 1; j < v.n() && j < k+5 && v.entAt(j) < 0 && (strings.HasPrefix(v.tag(j), "JJ") || v.tag(j) == "NN"); j++ {
		h = j
	}
	if h < 0 {
		return false
	}
	c := v.d.lex.Classes(v.lemma(h))
	return personRole(c)
}

// pluralHead reports whether the common nouns from token k on, a name
// modifies, end in a plural (rule plural-described): "the 12 Harlow zone
// countries" are no description "it" can stand for, which goes on
// standing for what it stood for before.
func (v *view) pluralHead(k int) bool {
	if v.d.off[RulePluralDescribed] {
		return false
	}
	for k+1 < v.n() && v.entAt(k+1) < 0 && strings.HasPrefix(v.tag(k+1), "NN") && v.tag(k+1) != "NNP" {
		k++
	}
	return v.tag(k) == "NNS"
}

// listIntro reports whether token j opens a list of examples (rule
// such-as-list): "such as", "including", "like".
func (v *view) listIntro(j int) bool {
	if v.d.off[RuleSuchAsList] || j < 0 {
		return false
	}
	w := v.w(j)
	return w == "including" || w == "like" && v.tag(j) == "IN" || w == "as" && j > 0 && v.w(j-1) == "such"
}

// listedAfter reports whether the name at token start goes on a list of
// examples whose last name so far starts at token prev, joined to it by
// commas, "and" or "or" only (rule such-as-list): in "Smaller nations
// such as Harlow, Ostmark and Brenna would grow" none is the subject.
func (v *view) listedAfter(start, prev int) bool {
	if prev < 0 || v.d.off[RuleSuchAsList] {
		return false
	}
	k := v.mentionEnd(prev)
	if k >= start {
		return false
	}
	for ; k < start; k++ {
		if w := v.w(k); w != "," && w != "and" && w != "or" {
			return false
		}
	}
	return true
}

// appositivePersonAfter returns the comma at which the nouns from token
// k on end when it sets off a person's name ("lawyer, Bo Ek," after "Ann
// Lee's"), or -1.
func (v *view) appositivePersonAfter(k int) int {
	for n := 0; k < v.n() && n < 4; n++ {
		// "Acme's Harlow leader, Ann Lee,": a name of a word among the
		// nouns, no person's, before another noun (rule body-owner).
		if e := v.entAt(k); e >= 0 {
			if v.d.off[RuleBodyOwner] || v.mentionEnd(k) != k+1 || v.entType(v.entity(k)) == extract.Person || !strings.HasPrefix(v.tag(k+1), "NN") || v.entAt(k+1) >= 0 {
				break
			}
			k++
			continue
		}
		if !strings.HasPrefix(v.tag(k), "NN") {
			break
		}
		k++
	}
	if v.w(k) != "," || v.entAt(k+1) < 0 || v.entType(v.entity(k+1)) != extract.Person || v.w(v.mentionEnd(k+1)) != "," {
		return -1
	}
	return k
}

// prepBeforeModifiers reports whether adjectives and determiners
// before token k follow a preposition ("particularly in eastern
// Norland"): not "by", the agent of a passive ("the report by the Acme
// institute"), nor a subordinator or "that", which open a clause.
func (v *view) prepBeforeModifiers(k int) bool {
	if v.d.off[RuleMainSubject] {
		return false
	}
	j := k
	for j > 0 && v.entAt(j-1) < 0 && (strings.HasPrefix(v.tag(j-1), "JJ") || v.tag(j-1) == "DT" || v.tag(j-1) == "PRP$") {
		j--
	}
	if j == k {
		return false
	}
	w := v.w(j - 1)
	return v.tag(j-1) == "TO" || v.tag(j-1) == "IN" && w != "by" && w != "that" && !v.d.lex.Is(w, lexicon.Subordinator)
}

// personNamed returns the first person the sentence names outside its
// quotations (a name the tagger took for a person's, though resolution
// typed its entity otherwise, counts), unless before it and the first
// finite verb the subject is a person's pronoun or description ("She met
// Ann Lee", "The minister met Ann Lee": the subject stays whom "she"
// refers to) or a capitalised word no name covers (a name the tagger
// missed); not a possessor ("Ann Lee's aide"), nor one after a
// preposition other than the passive's "by" ("a deal with Ann Lee"). It
// returns -1 when there is none.
func (v *view) personNamed() int {
	if v.d.off[RulePersonNamed] {
		return -1
	}
	finite := false
	// A clause a subordinator opens ("When the show ends, the host
	// ...") comes before the main clause's subject.
	sub := v.d.lex.Is(v.w(v.clauseStart()), lexicon.Subordinator)
	for i := v.clauseStart(); i < v.n(); i++ {
		if v.inQuotation(i) {
			continue
		}
		if e := v.entity(i); e >= 0 {
			ms, me := v.mentionStart(i), v.mentionEnd(i)
			i = me - 1
			person := v.entType(e) == extract.Person || v.d.res.Mentions[v.ent[ms]].Type == extract.Person
			if !finite && !person && v.personDescription(ms, me, e) {
				return -1
			}
			if !person || v.nameModifies(me) || v.nameGoverned(ms) {
				continue
			}
			return e
		}
		if sub && v.w(i) == "," {
			sub, finite = false, false
			continue
		}
		if t := v.tag(i); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			finite = true
		}
		if !finite && v.personWord(i) {
			return -1
		}
	}
	return -1
}

// personDescription reports whether the one-word mention ms..me of
// entity e after "the" describes a person rather than names one ("The
// Norlandic", "the Scot"): a demonym, or a place's or other name.
func (v *view) personDescription(ms, me, e int) bool {
	return v.w(ms-1) == "the" && me == ms+1 && (v.demonymPerson(ms, e) || v.entType(e) == extract.Location || v.entType(e) == extract.Miscellaneous)
}

// nameModifies reports whether the name that ends before token me is a
// possessor or modifies a noun ("the Ann Lee show") or is possessed
// ("their Ann Lee cup"): those are no person.
func (v *view) nameModifies(me int) bool {
	return v.possessiveAt(me) || v.tag(me) == "NN" || v.tag(me) == "NNS"
}

// nameGoverned reports whether the name that starts at token ms,
// past the modifiers before it, stands after a preposition other than
// the passive's "by" ("a deal with Ann Lee") or after a possessive
// pronoun with no word for a person between ("their first Ann Lee cup";
// "its new boss Ann Lee" is a person). "heard from Ann Lee", "a letter
// from Ann Lee" name whom words came from, as the passive's "by".
func (v *view) nameGoverned(ms int) bool {
	k, titled := ms-1, false
	for k >= 0 && (v.entAt(k) >= 0 || strings.HasPrefix(v.tag(k), "JJ") || strings.HasPrefix(v.tag(k), "NN") || v.tag(k) == "DT" || v.tag(k) == "POS") {
		titled = titled || v.entAt(k) < 0 && v.personWord(k)
		k--
	}
	from := v.w(k) == "from" && !v.d.off[RuleHeardFrom] && (v.isVerb(k-1) || v.statementNoun(k-1))
	return v.tag(k) == "TO" || v.tag(k) == "PRP$" && !titled || v.tag(k) == "IN" && v.w(k) != "by" && v.w(k) != "that" && !from && !v.d.lex.Is(v.w(k), lexicon.Subordinator)
}

// personWord reports whether token i, no name's, is a pronoun of a
// person ("he", "her"), a common noun of a kind of person, an office or
// an occupation ("the minister", "the 30-year-old"), or a capitalised
// word no name covers (a name the tagger missed, whose type is unknown).
func (v *view) personWord(i int) bool {
	switch w := v.w(i); {
	case w == "he" || w == "she" || w == "his" || w == "her":
		return true
	case v.tag(i) == "NNP" && tokenize.StartsUpper(v.toks[i].Text):
		return true
	case strings.HasPrefix(v.tag(i), "NN") || strings.HasPrefix(v.tag(i), "JJ"):
		c := v.d.lex.Classes(v.lemma(i))
		return personRole(c) || strings.HasSuffix(w, "-year-old")
	}
	return false
}

// quotedSubject reports whether the sentence's subject opens a quotation
// the pronoun at token i comes after: in `X "did Y," he told the court`
// X is in what is said, and "he" is someone else.
func (v *view) quotedSubject(i int) bool {
	e := v.mentionEnd(v.subjectAt)
	if e >= i {
		return false
	}
	return tokenize.IsOpenQuote(v.w(e))
}

// referent makes entity e what later pronouns of its kind refer to: a
// person "he" or "she", a body or place "it".
func (v *view) referent(e int) {
	d := v.d
	switch v.entType(e) {
	case extract.Person:
		d.setLastPerson(e, v.si)
	case extract.Organization, extract.Location, extract.Miscellaneous:
		d.lastOther, d.itKept = e, -1
		if v.entType(e) == extract.Organization {
			d.lastOrg = e
		}
	}
}

// setLastPerson makes person e, seen in sentence si, what "he" or "she"
// refers to.
func (d *doc) setLastPerson(e, si int) {
	d.lastPerson, d.lastPersonSent = e, si
	d.weakPerson = -1
	if n := len(d.persons); e >= 0 && (n == 0 || d.persons[n-1] != e) {
		d.persons = append(d.persons, e)
	}
}

// genderOf returns the gender a title before one of person e's mentions
// gives, 'm' ("Mr") or 'f' ("Ms", "Mrs", "Miss"), or 0 when none does or
// titles disagree.
func (d *doc) genderOf(e int) byte {
	if d.gender == nil {
		d.gender = map[int]byte{}
		seen := map[int]byte{}
		for _, m := range d.res.Mentions {
			if m.Entity < 0 || m.Type != extract.Person {
				continue
			}
			g := resolve.AddressGender(lastWord(d.res.Doc.Text[max(0, m.Start-6):m.Start]))
			if f := strings.Fields(m.Text); g == 0 && len(f) > 1 {
				g = resolve.AddressGender(f[0])
			}
			if g == 0 {
				continue
			}
			if old, ok := seen[m.Entity]; ok && old != g {
				g = '?'
			}
			seen[m.Entity] = g
		}
		for e, g := range seen {
			if g != '?' {
				d.gender[e] = g
			}
		}
	}
	if g := d.gender[e]; g != 0 || d.off[RulePronounGender] {
		return g
	}
	if g := d.pronounGender[e]; g != '?' {
		return g
	}
	return 0
}

// notePronoun records that "he" or "she" (w) stood for person e (rule
// pronoun-gender): a later pronoun of the other gender is not e ("Bo Ek
// spoke. He said A. The deal was signed. “B,” she said": not Bo Ek's).
func (d *doc) notePronoun(e int, w string) {
	if e < 0 || e >= len(d.res.Entities) || d.res.Entities[e].Type != extract.Person {
		return
	}
	g := byte('m')
	switch w {
	case "she":
		g = 'f'
	case "he":
	default:
		return
	}
	if d.pronounGender == nil {
		d.pronounGender = map[int]byte{}
	}
	if old, ok := d.pronounGender[e]; ok && old != g {
		g = '?'
	}
	d.pronounGender[e] = g
}

// lastWord returns the last word of s, when s ends with it and a space.
func lastWord(s string) string {
	if !strings.HasSuffix(s, " ") {
		return ""
	}
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// agreeing returns the latest person who was lastPerson and whose gender
// a title does not set against the pronoun w ("he" and a "Ms Lee"): e
// itself when it agrees, else an earlier one that does, else e.
func (d *doc) agreeing(e int, w string) int {
	want := byte('m')
	if w == "she" || w == "her" {
		want = 'f'
	}
	if e < 0 || d.off[RuleGenderAgree] {
		return e
	}
	if g := d.genderOf(e); g == 0 || g == want {
		return e
	}
	for k := len(d.persons) - 1; k >= 0; k-- {
		if p := d.persons[k]; p != e && d.genderOf(p) == want {
			return p
		}
	}
	return e
}

// resolvePronoun returns what a pronoun at token i refers to.
func (v *view) resolvePronoun(i int) int {
	switch v.w(i) {
	case "he", "she", "him", "her":
		return v.resolvePerson(i)
	case "it":
		return v.resolveIt(i)
	case "they":
		return v.resolveThey(i)
	}
	return -1
}

// resolvePerson returns the person "he", "she", "him" or "her" at token i
// refers to (or -1, with v.they set to an unnamed speaker's words).
func (v *view) resolvePerson(i int) int {
	d := v.d
	if sp, ok := v.toSaySubject(i); ok {
		v.they = sp
		return -1
	}
	if p, ok := v.runSpeaker(i); ok {
		return p
	}
	// Not a subject inside the quotation the pronoun's verb reports
	// ("... Ann Lee and Bo Ek are huge losses," he said).
	if v.subject >= 0 && v.subjectAt < i && v.entType(v.subject) == extract.Person && !v.quotedSubject(i) && !v.inQuotation(v.subjectAt) && (!v.reportsBefore(i) || v.colonBetween(v.subjectAt, i) || d.clashes(d.agreeing(d.lastPerson, v.w(i)), v.w(i))) {
		return v.subject
	}
	if p, ok := v.heUnnamed(i); ok {
		return p
	}
	if d.lastPerson < 0 && !d.off[RuleSolePerson] {
		return v.solePersonBefore(i)
	}
	// "Mr Ek said A. She added B", with no woman named: not Mr Ek.
	if a := d.agreeing(d.lastPerson, v.w(i)); !d.off[RuleGenderAgree] && d.clashes(a, v.w(i)) {
		return v.agreeingNamed(i, a)
	} else {
		return a
	}
}

// heUnnamed resolves "he" or "she" at token i right after the claim of
// the sentence before, when no named person was spoken of after it: "A
// spokesman said A. He added B": the unnamed person of that claim (v.they,
// and -1); "A Harlow Council spokesman said A. He added B": the body the
// unnamed person spoke for. ok is false when neither holds.
func (v *view) heUnnamed(i int) (int, bool) {
	d := v.d
	if w := v.w(i); w != "he" && w != "she" || d.off[RuleHeUnnamed] || len(d.claims) == 0 {
		return -1, false
	}
	c := d.claims[len(d.claims)-1]
	if c.Sentence != v.si-1 || d.lastPerson >= 0 && d.lastPersonSent >= c.Sentence {
		return -1, false
	}
	switch {
	case c.Speaker < 0 && c.Source.Len() > 0 && (d.unnamedPerson(c.Source) || d.describedPost(c.Source) || d.definitePerson(c.Source) && d.lastPerson == d.weakPerson):
		v.they = c.Source
		return -1, true
	case c.Speaker >= 0 && c.Speaker == d.spokesBody && d.spokesSent == c.Sentence:
		// The same spokesperson may go on: "She said B. C, she
		// said."
		if !d.off[RuleSpokesChain] {
			d.spokesSent = v.si
		}
		return c.Speaker, true
	}
	return -1, false
}

// toSaySubject returns the words of an unnamed person that "he" or
// "she" at token i stands for as the subject of what that person is
// to say (rule to-say-subject): "prompted a party donor to say he will
// refuse to give more funds" is the donor's refusal, not that of a
// person named before. The pronoun comes right after "to" and a verb
// of saying (or after its "that"), and a noun phrase whose head is the
// singular of a kind of person, an office or an occupation, no
// spokesperson's (who speaks for another) and no name, stands right
// before "to". ok is false otherwise.
func (v *view) toSaySubject(i int) (extract.Span, bool) {
	if v.d.off[RuleToSaySubject] || v.w(i) != "he" && v.w(i) != "she" {
		return extract.Span{}, false
	}
	k := i - 1
	if v.w(k) == "that" {
		k--
	}
	if k < 2 || v.w(k-1) != "to" || v.tag(k) != "VB" || !v.d.lex.Is(v.lemma(k), lexicon.Speech) {
		return extract.Span{}, false
	}
	h := k - 2
	if v.entAt(h) >= 0 || v.tag(h) != "NN" {
		return extract.Span{}, false
	}
	c := v.d.lex.Classes(v.lemma(h))
	if c.Has(lexicon.Spokesperson) || !personRole(c) {
		return extract.Span{}, false
	}
	sp := v.sourceBefore(h)
	return sp, sp.Len() > 0
}

// agreeingNamed returns, for "he" or "she" at token i that person e's
// gender does not agree with, the first other person named before it
// in its sentence outside quotations, else the first one named in the
// sentence before, whose gender does not disagree (rule agreeing-named):
// "If Ann Lee takes the seat, she ..."; "Bo Ek said A. Di Moss met the
// press. “B,” she said". It returns -1 when there is none.
func (v *view) agreeingNamed(i, e int) int {
	d := v.d
	if d.off[RuleAgreeingNamed] {
		return -1
	}
	w := v.w(i)
	for _, si := range []int{v.si, v.si - 1} {
		for _, m := range d.res.Mentions {
			if m.Sentence != si || m.Type != extract.Person || m.Entity < 0 || m.Entity == e || d.quoted(m.Start) {
				continue
			}
			if si == v.si && m.Start >= v.toks[i].Start {
				break
			}
			if !d.clashes(m.Entity, w) {
				return m.Entity
			}
		}
	}
	return -1
}

// reportsBefore reports whether "he" or "she" at token i and the verb
// after it report what comes before them: “A,” he said. or A, she added,
// B. The sentence's subject before the pronoun is then in what is said.
func (v *view) reportsBefore(i int) bool {
	w := v.w(i)
	if v.d.off[RuleRunSpeaker] || w != "he" && w != "she" || i == 0 {
		return false
	}
	if prev := v.w(i - 1); prev != "," && !quoteClose[prev] {
		return false
	}
	after := v.w(i + 2)
	return after == "." || after == "," || after == ";" || after == "" || tokenize.IsOpenQuote(after) || quoteClose[after]
}

// itReportsBefore reports whether "it" at token i and the verb after it
// report what comes before them, in which the sentence's subject is
// then (rule it-after-words): "Norland would grow, it said." is not
// Norland's.
func (v *view) itReportsBefore(i int) bool {
	if v.d.off[RuleItAfterWords] || v.w(i) != "it" || i == 0 || !v.isVerb(i+1) {
		return false
	}
	if prev := v.w(i - 1); prev != "," && !quoteClose[prev] {
		return false
	}
	after := v.w(i + 2)
	return after == "." || after == "," || after == ";" || after == "" || tokenize.IsOpenQuote(after) || quoteClose[after]
}

// colonBetween reports whether a colon outside quotations comes between
// tokens lo and hi: "Ann Lee told them: “A,” she said." is her speaking
// twice, her name no part of what is said.
func (v *view) colonBetween(lo, hi int) bool {
	for k := lo + 1; k < hi && k < v.n(); k++ {
		if v.w(k) == ":" && !v.inQuotation(k) {
			return true
		}
	}
	return false
}

// runSpeaker returns the speaker of the claim before when "he" or "she"
// at token i reports what comes before it (reportsBefore) and the person
// resolution would take otherwise was named since only in passing, as
// the possessor of a subject or a person the narration names ("Ann Lee
// said A. Bo Ek's side won. “B,” she said."). The claim before must end
// at most three sentences back, in the same paragraph, with a person
// speaker whose title does not set a gender against the pronoun, or the
// words of one unnamed person (then v.they is set and -1 returned). ok is
// false when the rule does not apply.
func (v *view) runSpeaker(i int) (int, bool) {
	d := v.d
	if !v.reportsBefore(i) {
		return -1, false
	}
	n := d.runClaim(v.si)
	if n == 0 {
		return -1, false
	}
	c := d.claims[n-1]
	if c.Sentence >= v.si || c.Sentence < v.si-3 || c.End > v.toks[0].Start || strings.Contains(d.res.Doc.Text[c.End:v.toks[0].Start], "\n") {
		return -1, false
	}
	// The person resolution would take: one named in passing since the
	// claim, or none named since it.
	if d.lastPerson >= 0 && d.lastPersonSent >= c.Sentence && d.lastPerson != d.weakPerson || c.Speaker >= 0 && c.Speaker == d.lastPerson {
		return -1, false
	}
	if c.Speaker < 0 {
		// A description ("the mayor") may be of the person named
		// before it, who stands unless named only in passing since.
		if c.Source.Len() > 0 && d.onePerson(c.Source) && (d.lastPerson < 0 || d.lastPerson == d.weakPerson && d.lastPersonSent >= c.Sentence) {
			v.they = c.Source
			return -1, true
		}
		return -1, false
	}
	if v.entType(c.Speaker) != extract.Person {
		return -1, false
	}
	if d.clashes(c.Speaker, v.w(i)) {
		return -1, false
	}
	return c.Speaker, true
}

// runClaim returns one past the index of the claim run-speaker reads
// "he" or "she" in sentence si after: the latest, or, past later claims
// of sentences before si that no one person can have made (a body's, a
// place's, "Studies have shown ..."), the latest a person's name or
// description speaks in (rule run-past-sources: "Ann Lee said A. Studies
// have shown B. “C,” she said": Ann Lee's). It returns 0 when there is
// no claim.
func (d *doc) runClaim(si int) int {
	n := len(d.claims)
	if d.off[RuleRunPastSources] {
		return n
	}
	for k := n; k > 0; k-- {
		c := d.claims[k-1]
		if c.Sentence >= si || c.Sentence < si-3 {
			return n
		}
		if c.Speaker >= 0 && d.res.Entities[c.Speaker].Type == extract.Person || c.Speaker < 0 && c.Source.Len() > 0 && d.onePerson(c.Source) {
			return k
		}
		if c.Speaker < 0 && c.Source.Len() == 0 {
			return n
		}
	}
	return n
}

// clashes reports whether a title gives person e a gender other than the
// pronoun w's.
func (d *doc) clashes(e int, w string) bool {
	if e < 0 {
		return false
	}
	want := byte('m')
	if w == "she" || w == "her" {
		want = 'f'
	}
	g := d.genderOf(e)
	return g != 0 && g != want
}

// claimOver returns the claim of the sentence whose content holds token
// k, when the run-speaker rule is on and one does.
func (v *view) claimOver(k int) (extract.Claim, bool) {
	if v.d.off[RuleRunSpeaker] || k < 0 || k >= v.n() {
		return extract.Claim{}, false
	}
	for j := len(v.d.claims) - 1; j >= 0 && v.d.claims[j].Sentence == v.si; j-- {
		if c := v.d.claims[j]; c.Start <= v.toks[k].Start && v.toks[k].End <= c.End {
			return c, true
		}
	}
	return extract.Claim{}, false
}

// singularLast returns the words of span src in lower case, and whether
// there are some and the last is no plural.
func (d *doc) singularLast(src extract.Span) ([]string, bool) {
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[src.Start:src.End]))
	if len(f) == 0 {
		return nil, false
	}
	w := f[len(f)-1]
	return f, d.lex.Lemma(w, "NNS") == w
}

// onePerson reports whether the words of span src end in the singular
// of a kind of person, an office or an occupation ("the party leader", "a
// spokesman").
func (d *doc) onePerson(src extract.Span) bool {
	f, ok := d.singularLast(src)
	if !ok {
		return false
	}
	c := d.lex.Classes(f[len(f)-1])
	return c.Has(lexicon.Spokesperson) || personRole(c)
}

// spokeLast reports whether claim c was the last words said before
// sentence si: it was found in the sentence before, or in the one
// before that, followed by a sentence that is all one quotation, which
// runs on from it (rule it-after-quote: "A, his report said. “B.” C, it
// said.").
func (d *doc) spokeLast(c extract.Claim, si int) bool {
	if c.Sentence == si-1 {
		return true
	}
	if d.off[RuleItAfterQuote] || c.Sentence != si-2 {
		return false
	}
	toks := d.res.Sentences[si-1].Tokens
	n := len(toks)
	return n >= 3 && quoteOpen[toks[0].Text] && (quoteClose[toks[n-1].Text] || quoteClose[toks[n-2].Text])
}

// resolveIt returns what "it" at token i refers to (or -1, with v.they
// set to an unnamed thing's words).
func (v *view) resolveIt(i int) int {
	d := v.d
	if e := v.clauseIt(i); e >= 0 {
		return e
	}
	// "The firm cut prices, which it says were high".
	if sp, ok := v.subordinateSubject(i); ok {
		v.they = sp
		return -1
	}
	// "Shares in Acme fell after it said ...".
	if e := v.subordinateBodyIt(i); e >= 0 {
		return e
	}
	// "..., the report said. It added ...": the unnamed thing that
	// spoke in the sentence before.
	if n := len(d.claims); n > 0 && !d.off[RuleItUnnamed] {
		if c := d.claims[n-1]; d.spokeLast(c, v.si) && c.Speaker < 0 && c.Source.Len() > 0 && !d.unnamedPerson(c.Source) && d.singular(c.Source) {
			v.they = c.Source
			return -1
		}
	}
	e := d.lastOther
	if e < 0 {
		e = d.itKept
	}
	if e < 0 && !d.off[RuleSoleBody] {
		e = v.soleBodyBefore(i)
	}
	// "A, the pressure group said. It added B": with no body or place
	// named that "it" can be, the unnamed body that spoke right before;
	// a work named last ("Norland Nights ... A, reports in the Harlow
	// Post said. It added B") speaks less often than it.
	if n := len(d.claims); (e < 0 || d.work(e)) && n > 0 && !d.off[RuleItBody] {
		if c := d.claims[n-1]; c.Sentence >= v.si-1 && c.Speaker < 0 && c.Source.Len() > 0 && d.unnamedBody(c.Source) {
			v.they = c.Source
			return -1
		}
	}
	// "The report placed Norland third. It showed ...": with no body
	// or place named that "it" can be, the unnamed statement, record or
	// body that was the subject of the sentence before, when no one
	// spoke in it.
	if e < 0 && d.thingSent == v.si-1 && d.thingSent >= 0 && !d.off[RuleItSubject] {
		if n := len(d.claims); n == 0 || d.claims[n-1].Sentence < v.si-1 {
			v.they = d.thingSubject
		}
	}
	return e
}

// clauseIt returns what "it" at token i stands for in its own
// sentence: the subject of the clause a relative clause it opens
// follows (relativeClauseSubject), or the sentence's subject before it,
// no person's, when "it" does not report words that subject is in; -1
// otherwise.
func (v *view) clauseIt(i int) int {
	if e := v.relativeClauseSubject(i); e >= 0 {
		return e
	}
	if v.subject >= 0 && v.subjectAt < i && v.entType(v.subject) != extract.Person && !v.itReportsBefore(i) {
		return v.subject
	}
	return -1
}

// selfNamedBody reports whether the name at token k, of organisation e
// that a pronoun stands for as a claim's speaker, is the body naming
// itself in its own words, which a pronoun may then stand for (rule
// self-named-body): a quotation's ("“We assume ..., something Acme
// accepts,” it said": Acme's). A person who names herself in a quotation
// is rarer, and a name in reported words ("Acme is wrong, it said") is
// someone else's than the pronoun's.
func (v *view) selfNamedBody(k, e int) bool {
	return !v.d.off[RuleSelfNamedBody] && v.entType(e) == extract.Organization && v.inQuotation(k)
}

// thingSubjectSpan returns the words of the sentence's subject when
// they are an unnamed statement's, record's or body's: a noun phrase
// that opens the clause (determiners, adjectives, nouns, no name) whose
// head, right before a verb, is the singular of a noun of the lexicon's
// Statement or Evidence class or of a body ("The report placed", "The
// committee found").
func (v *view) thingSubjectSpan() (extract.Span, bool) {
	if v.subject >= 0 || v.d.off[RuleItSubject] {
		return extract.Span{}, false
	}
	i := v.clauseStart()
	if w := v.w(i); w == "but" || w == "and" || w == "so" {
		i++
	}
	if v.w(i) != "the" && v.w(i) != "this" && v.w(i) != "its" {
		return extract.Span{}, false
	}
	k := v.modifiersEnd(i + 1)
	h := k - 1
	if h <= i || k >= v.n() || v.tag(h) != "NN" || v.inQuotation(h) {
		return extract.Span{}, false
	}
	// "The report, carried out by Acme, placed ...": an aside between
	// commas after the head.
	if v.w(k) == "," {
		j := k + 1
		for j < v.n() && j < k+20 && v.w(j) != "," && !v.inQuotation(j) {
			j++
		}
		if v.w(j) != "," {
			return extract.Span{}, false
		}
		k = j + 1
	}
	for k < v.n() && v.adverb(k) {
		k++
	}
	if t := v.tag(k); !(t == "VBD" || t == "VBZ" || t == "MD" || v.aux(k)) {
		return extract.Span{}, false
	}
	sp := extract.Span{Start: v.toks[i].Start, End: v.toks[h].End}
	c := v.d.lex.Classes(v.lemma(h))
	if !c.Has(lexicon.Statement) && !c.Has(lexicon.Evidence) && !v.d.unnamedBody(sp) {
		return extract.Span{}, false
	}
	return sp, true
}

// modifiersEnd returns the first token from k on, within five, that is
// no adjective, common noun in the singular or hyphen of a noun phrase's
// words, past a place's name that modifies the noun after it ("The US
// bankruptcy court"; rule place-modifier).
func (v *view) modifiersEnd(k int) int {
	for lim := k + 5; k < v.n() && k < lim && v.litAt(k) < 0; k++ {
		if v.entAt(k) >= 0 {
			if v.d.off[RulePlaceModifier] || v.entType(v.entity(k)) != extract.Location || v.mentionStart(k) != k {
				return k
			}
			if t := v.tag(v.mentionEnd(k)); t != "NN" && !strings.HasPrefix(t, "JJ") {
				return k
			}
			k = v.mentionEnd(k) - 1
			continue
		}
		if t := v.tag(k); !(strings.HasPrefix(t, "JJ") || t == "NN" || t == "HYPH") {
			return k
		}
	}
	return k
}

// unnamedBody reports whether the words of span src end in the singular
// of a noun of a body, an organisation, a government, a firm, a news
// outlet or a party ("the pressure group", "the firm").
func (d *doc) unnamedBody(src extract.Span) bool {
	f, ok := d.singularLast(src)
	if !ok {
		return false
	}
	w := f[len(f)-1]
	if !d.lex.Known(w, lexicon.Noun) || partitives[w] {
		return false
	}
	c := d.lex.Classes(w)
	return bodyNoun(c)
}

// resolveThey returns what "they" at token i refers to (or -1, with
// v.they set to unnamed people's words).
func (v *view) resolveThey(i int) int {
	d := v.d
	if len(d.claims) > 0 && d.claims[len(d.claims)-1].Sentence == v.si && d.claims[len(d.claims)-1].Speaker >= 0 {
		return d.claims[len(d.claims)-1].Speaker
	}
	// "Phone firms refuse to pay because they say ...".
	if sp, ok := v.subordinateSubject(i); ok {
		v.they = sp
		return -1
	}
	// "..., experts warned. They say ...": the people the claim
	// before named without a name.
	if n := len(d.claims); n > 0 && !d.off[RuleTheyUnnamed] {
		if c := d.claims[n-1]; c.Sentence >= v.si-1 && c.Speaker < 0 && c.Source.Len() > 0 {
			if src := d.res.Doc.Text[c.Source.Start:c.Source.End]; strings.HasSuffix(src, "s") && !strings.HasSuffix(src, "ss") {
				v.they = c.Source
				return -1
			}
		}
	}
	if v.subject >= 0 && v.subjectAt < i && v.entType(v.subject) != extract.Person {
		return v.subject
	}
	// "Officials arrested Bo Ek. They said ...": the unnamed people
	// that were the subject of the sentence before, when no one spoke
	// in it.
	if d.pluralSent == v.si-1 && d.pluralSent >= 0 && !d.off[RulePluralSubject] {
		if n := len(d.claims); n == 0 || d.claims[n-1].Sentence < v.si-1 {
			v.they = d.pluralSubject
			return -1
		}
	}
	// "The Norlanders oppose it, where they hope ...": a people that is
	// this sentence's subject, unnamed (people-demonym).
	if d.pluralSent == v.si && v.subject < 0 && !d.off[RulePluralSubject] && d.pluralSubject.End <= v.toks[i].Start && v.peopleDemonym(v.tokenEnding(d.pluralSubject.End)) {
		v.they = d.pluralSubject
		return -1
	}
	return d.lastOther
}

// pluralSubjectSpan returns the words of the sentence's subject when
// they are an unnamed people's: a noun phrase that opens the clause
// (determiners, numbers, adjectives, nouns, no name) whose head, right
// before a verb, is the plural of a kind of person, an office or an
// occupation ("Officials arrested", "Local doctors treated").
func (v *view) pluralSubjectSpan() (extract.Span, bool) {
	if v.subject >= 0 || v.d.off[RulePluralSubject] {
		return extract.Span{}, false
	}
	i := v.clauseStart()
	if w := v.w(i); w == "but" || w == "and" || w == "so" {
		i++
	}
	k := i
	for ; k < v.n() && k < i+6 && v.entAt(k) < 0 && v.litAt(k) < 0; k++ {
		t := v.tag(k)
		if !(t == "DT" || t == "CD" || t == "PRP$" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || t == "NNP" || t == "NNPS") {
			break
		}
	}
	h := k - 1
	if h < i || k >= v.n() || !v.isVerb(k) || v.inQuotation(h) {
		return extract.Span{}, false
	}
	// "The Norlanders oppose it": a people, whom "they" may be next.
	if v.peopleDemonym(h) {
		return extract.Span{Start: v.toks[i].Start, End: v.toks[h].End}, true
	}
	if v.tag(h) != "NNS" && !(h == i && v.capitalPlural(h)) {
		return extract.Span{}, false
	}
	c := v.d.lex.Classes(v.lemma(h))
	if !personRole(c) {
		return extract.Span{}, false
	}
	return extract.Span{Start: v.toks[i].Start, End: v.toks[h].End}, true
}

// solePersonBefore returns the one person the text names before token
// i, when no person was yet in subject position: "The plan of Ann Lee
// was out. He said ..." is Ann Lee speaking. A person named only in a
// possessive ("Ann Lee's side") is an owner, not one who acts or speaks,
// and is not returned, but counts among the people named. With two or
// more people named before, or none, it returns -1.
func (v *view) solePersonBefore(i int) int {
	if i < 0 || i >= v.n() {
		return -1
	}
	at, p, owner := v.toks[i].Start, -1, true
	for _, m := range v.d.res.Mentions {
		if m.Start >= at {
			break
		}
		if m.Entity < 0 || m.Type != extract.Person || v.entType(m.Entity) != extract.Person {
			continue
		}
		if p >= 0 && m.Entity != p {
			return -1
		}
		p = m.Entity
		if rest := v.d.res.Doc.Text[m.End:]; !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
			owner = false
		}
	}
	if owner {
		return -1
	}
	return p
}

// soleBodyBefore returns the one organisation the text names before
// token i, when no organisation or place was yet in subject position:
// "Shares in Acme rose after it said ..." is Acme speaking. With two or
// more named before, or none, or a place named, it returns -1.
func (v *view) soleBodyBefore(i int) int {
	if i < 0 || i >= v.n() {
		return -1
	}
	at, b := v.toks[i].Start, -1
	for _, m := range v.d.res.Mentions {
		if m.Start >= at {
			break
		}
		if m.Entity < 0 || m.Type == extract.Date || m.Type == extract.Quantity || m.Type == extract.Person {
			continue
		}
		if v.entType(m.Entity) != extract.Organization || b >= 0 && m.Entity != b {
			return -1
		}
		b = m.Entity
	}
	return b
}

// singular reports whether the words of span src end in a singular
// noun of a thing ("the report", "the lawsuit"; not "officials", "70%"
// nor a body, "the firm", which names one the text may name).
func (d *doc) singular(src extract.Span) bool {
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[src.Start:src.End]))
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if !d.lex.Known(w, lexicon.Noun) || d.lex.Lemma(w, "NNS") != w || partitives[w] {
		return false
	}
	c := d.lex.Classes(w)
	return !(personRole(c) || bodyNoun(c))
}

// unnamedPerson reports whether the words of span src name one person
// who has no name in the text: a spokesperson ("a Home Office
// spokesman", "the spokeswoman"), or one person of an office or an
// occupation introduced as new ("a senior official", "one analyst"), not
// a description of someone named ("the prime minister").
func (d *doc) unnamedPerson(src extract.Span) bool {
	f, ok := d.singularLast(src)
	if !ok {
		return false
	}
	c := d.lex.Classes(f[len(f)-1])
	if c.Has(lexicon.Spokesperson) {
		return true
	}
	switch f[0] {
	case "a", "an", "one", "another":
		return personRole(c)
	}
	return false
}

// definitePerson reports whether the words of span src are a definite
// description of one person ("the prime minister", "the defender") that
// speaks unnamed, a claim's subject that no person named before was read
// as (rule he-definite): "Acme fined Bo Ek. The chancellor praised A.
// He also claimed B": B is the chancellor's too, not Bo Ek's. The
// caller asks that the person last spoken of was no subject but named in
// a sentence whose subject was none ("Bo Ek met the union. The prime
// minister said A. He added B" may well describe Bo Ek).
func (d *doc) definitePerson(src extract.Span) bool {
	if d.off[RuleHeDefinite] {
		return false
	}
	f, ok := d.singularLast(src)
	if !ok || len(f) < 2 || len(f) > 4 || f[0] != "the" {
		return false
	}
	c := d.lex.Classes(f[len(f)-1])
	return personRole(c)
}

// describedPost reports whether the words of span src are a definite
// description of one person by a post ("the prime minister"; rule
// he-description) whose title the text gave another person named before
// than the person last spoken of ("Prime Minister Ann Lee ... Bo Ek
// spoke. The prime minister said A. He added B": B is Ann Lee's, as A
// is once titled-speaker reads the post). "He" or "she" right after its
// claim stands for the description, not the person last spoken of.
func (d *doc) describedPost(src extract.Span) bool {
	if d.off[RuleHeDescription] || d.lastPerson < 0 || d.off[RuleTitledSpeaker] {
		return false
	}
	f := strings.Fields(strings.ToLower(d.res.Doc.Text[src.Start:src.End]))
	if len(f) < 2 || len(f) > 4 || f[0] != "the" {
		return false
	}
	e := d.titled(strings.Join(f[1:], " "), src.Start)
	return e >= 0 && e != d.lastPerson && d.res.Entities[e].Type == extract.Person
}

// speakerAt resolves the noun phrase that ends at token j: a name, a
// pronoun, or a phrase such as "US intelligence officials" whose named
// modifier speaks for it.
func (v *view) speakerAt(j int) int {
	if j < 0 || j >= v.n() {
		return -1
	}
	if e := v.entity(j); e >= 0 {
		sp := v.namedSpeaker(j, e)
		if sp == e {
			v.co, v.coFor = v.coordinatedNames(j, e), e
		}
		return sp
	}
	if v.tag(j) == "PRP" {
		v.inferred = v.resolvePronoun(j)
		v.d.notePronoun(v.inferred, v.w(j))
		return v.inferred
	}
	// "said the Norlander", "the 24-year-old Norlander added": a
	// person of that country (rule demonym-person).
	if c, ok := v.personDemonym(j); ok {
		return v.demonymPersonSpeaker(j, c, true)
	}
	if !strings.HasPrefix(v.tag(j), "NN") && !v.ageNoun(j) {
		return -1
	}
	// "Lee said", where resolution left the surname unmarked: the one
	// person of the document whose name ends with it.
	if e := v.bareSurname(j); e >= 0 {
		return e
	}
	// "Vell Tarvik Bank ... VTB said": a body's initials.
	if e := v.initialsOf(j); e >= 0 {
		v.referent(e) // what "it" refers to next
		return e
	}
	// "the authority", "the chemicals-and-crops firm", "the world's
	// largest maker": the latest organisation so named or so classed.
	// "The firms said": several bodies, no one of them.
	if v.theBefore(j) && v.entAt(j) < 0 && v.tag(j) != "NNS" {
		if e := v.definite(j); e >= 0 {
			return e
		}
	}
	if e := v.describedPerson(j); e >= 0 {
		v.inferred = e
		return e
	}
	return v.modifierSpeaker(j)
}

// coordinatedNames returns the other names that the name of entity e
// ending at token j is coordinated with as the subject's heads, first to
// last: "Acme and Vell Power said", "Ann Lee, Bo Ek and Di Moss said".
// The list opens its clause; the names are of people or bodies, not
// places, and none owns a noun. It returns nil otherwise.
func (v *view) coordinatedNames(j, e int) []int {
	if v.d.off[RuleCoordinatedSpeakers] {
		return nil
	}
	if t := v.entType(e); t != extract.Person && t != extract.Organization {
		return nil
	}
	ms := v.mentionStart(j)
	if v.w(ms-1) != "and" {
		return nil
	}
	var names []int
	k := ms - 2
	for n := 0; n < 6; n++ {
		o := v.entity(k)
		if o < 0 || o == e || v.possessiveAt(k) {
			return nil
		}
		if t := v.entType(o); t != extract.Person && t != extract.Organization {
			return nil
		}
		names = append([]int{o}, names...)
		os := v.mentionStart(k)
		p := os - 1
		if p >= 0 && v.w(p) == "the" {
			p--
		}
		// "Acme, Vell Power and Tarvik": the list goes on.
		if v.w(p) == "," && v.entity(p-1) >= 0 && n < 5 {
			k = p - 1
			continue
		}
		// The list opens the sentence or its clause: "Both Acme and
		// Vell Power", "But Acme and ...", "“A,” Acme and ...".
		if p < 0 || quoteClose[v.w(p)] || v.w(p) == "," && v.entity(p-1) < 0 || v.w(p) == ":" || v.tag(p) == "CC" || v.tag(p) == "RB" || strings.EqualFold(v.w(p), "both") {
			return names
		}
		return nil
	}
	return nil
}

// initialsOf returns the one organisation of the document whose name's
// capitalised words begin with the capitals of the word at token j, in
// order and no more ("VTB", "VeTB" for Vell Tarvik Bank), when no mention
// covers that word and it holds at least three capitals; or -1.
func (v *view) initialsOf(j int) int {
	if v.d.off[RuleInitials] || v.entAt(j) >= 0 || v.tag(j) != "NNP" {
		return -1
	}
	var caps []rune
	for _, r := range v.toks[j].Text {
		switch {
		case r >= 'A' && r <= 'Z':
			caps = append(caps, r)
		case r >= 'a' && r <= 'z':
		default:
			return -1
		}
	}
	if len(caps) < 3 {
		return -1
	}
	found := -1
	for e, ent := range v.d.res.Entities {
		if ent.Type != extract.Organization {
			continue
		}
		var ini []rune
		for _, f := range strings.Fields(ent.Name) {
			if r := []rune(f)[0]; r >= 'A' && r <= 'Z' {
				ini = append(ini, r)
			}
		}
		if string(ini) != string(caps) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// bareSurname returns the one person of the document whose name's last
// word is the capitalised word at token j that no mention covers, alone
// in its phrase or after an honorific ("Lee said", "Mr Lee said"), or
// -1. A word the lexicon knows in lower case is left alone.
func (v *view) bareSurname(j int) int {
	if v.d.off[RuleBareSurname] || v.entAt(j) >= 0 || v.tag(j) != "NNP" || !tokenize.StartsUpper(v.toks[j].Text) || v.d.lex.Known(v.w(j), lexicon.Noun) {
		return -1
	}
	if p := j - 1; p >= 0 && !(p < v.clauseStart() || v.w(p) == "," || quoteClose[v.w(p)] || v.tag(p) == "CC" || v.d.lex.Is(strings.TrimSuffix(v.w(p), "."), lexicon.Honorific)) {
		return -1
	}
	return v.d.named(v.toks[j].Text)
}

// namedSpeaker resolves the name of entity e that ends at token j as a
// speaker, for speakerAt: an event is none, nor X in "an ally of X"; a
// demonym after "the" is a person of that country ("said the
// Norlandic"); a body a person's post is at is that person ("Ann Lee,
// research director at the firm Acme").
func (v *view) namedSpeaker(j, e int) int {
	if v.entType(e) == extract.EventType {
		return -1
	}
	// "The outgoing Norland Commissioner said": a post taken for a
	// body's name speaks as an unnamed person, not as the body.
	if v.titleBody(j).Len() > 0 {
		return -1
	}
	// "Ann Lee, executive partner of Acme": the person whose post
	// the words after her name and a comma give.
	if ms := v.mentionStart(j); v.w(ms-1) == "of" && v.close(ms-2) {
		if p := v.personBeforePost(ms); p >= 0 && v.postAfterComma(ms-2) >= 0 {
			return p
		}
		// "an ally of X", "the wife of X": someone close to X
		// speaks, not X.
		return -1
	}
	// "the Association of Car Makers of Norland said": the body whose
	// name the place's phrase ends speaks (rule body-of-place).
	if b := v.bodyOfPlace(j, e); b >= 0 {
		return b
	}
	// "said the Norlandic" (a person of that country, the one the
	// text is about): a place's demonym after "the", alone, is a
	// description of a person, not the place.
	if v.demonymPerson(j, e) {
		return v.demonymSpeaker(j, e)
	}
	// "Ann Lee, research director at the firm Acme": the person
	// whose post at the body the subject names speaks.
	if p := v.personBeforePost(v.mentionStart(j)); p >= 0 {
		return p
	}
	if p := v.personOfBody(j, e); p >= 0 {
		return p
	}
	// "BBC correspondent Bo Ek at Tarvik on Velden said",
	// "Di Moss, with the Pellam team in Harlow, Norland said": the
	// person the chain of places puts somewhere speaks, not a place.
	if ms := v.mentionStart(j); !v.d.off[RulePlacedPerson] && (v.entType(e) == extract.Location || v.entType(e) == extract.Organization && (v.w(ms-1) == "in" || v.w(ms-1) == "the" && v.w(ms-2) == "in")) {
		if p := v.placedPerson(ms); p >= 0 {
			return p
		}
	}
	// "A spokeswoman for Acme said A. She added B": the body speaks
	// through one unnamed person, whom "she" may be next.
	p := v.mentionStart(j) - 1
	if v.w(p) == "the" {
		p--
	}
	if !v.d.off[RuleHeUnnamed] && (v.w(p) == "for" || v.w(p) == "at") && v.tag(p-1) == "NN" && v.entAt(p-1) < 0 {
		lo := p - 1
		if v.tag(lo-1) == "DT" {
			lo--
		}
		if v.d.unnamedPerson(extract.Span{Start: v.toks[lo].Start, End: v.toks[p-1].End}) {
			v.d.spokesBody, v.d.spokesSent = e, v.si
		}
	}
	return e
}

// bodyOfPlace returns the organisation whose name ends right before
// "of" and the name of place e that ends at token j (rule body-of-place):
// in "the Association of Car Makers of Norland said" the body speaks,
// the place tells which one it is. It returns -1 otherwise.
func (v *view) bodyOfPlace(j, e int) int {
	if v.d.off[RuleBodyOfPlace] || v.entType(e) != extract.Location {
		return -1
	}
	ms := v.mentionStart(j)
	if ms < 2 || v.w(ms-1) != "of" {
		return -1
	}
	if b := v.entity(ms - 2); b >= 0 && b != e && v.entType(b) == extract.Organization {
		return b
	}
	return -1
}

// demonymSpeaker resolves a place's demonym alone after "the" at token
// j, of place e, as a speaker ("said the Norlandic"): no one for a people
// ("The Norlandics said"), else the person the text is about, else the
// one person the document says is of that country ("Norlandic Ann Lee");
// or -1.
func (v *view) demonymSpeaker(j, e int) int {
	if t := v.toks[j].Text; strings.HasSuffix(t, "s") && !strings.HasSuffix(t, "ss") {
		return -1
	}
	if d := v.d; d.lastPerson >= 0 && d.lastPersonSent >= v.si-1 {
		v.inferred = d.lastPerson
		return d.lastPerson
	}
	if p := v.d.personOf(e); p >= 0 {
		v.inferred = p
		return p
	}
	return -1
}

// personOfBody returns the person a body or place e, named at token j,
// describes in the subject, who speaks rather than it (rule post-of), or
// -1: "Ann Lee of Acme said", "Bo Ek from Norland said", "Ann Lee in
// Harlow said", and the same set off by a comma or with the body's
// article ("Ann Lee, from Acme said", "Ann Lee of the Acme Trust said").
func (v *view) personOfBody(j, e int) int {
	if v.d.off[RulePostOf] || v.entType(e) == extract.Person {
		return -1
	}
	ms := v.mentionStart(j)
	if v.entAt(ms-2) >= 0 && v.entType(v.entity(ms-2)) == extract.Person {
		if p := v.w(ms - 1); p == "of" || p == "from" || (p == "in" || p == "at") && v.entType(e) == extract.Location {
			return v.entity(ms - 2)
		}
	}
	q := ms - 1
	if v.w(q) == "the" {
		q--
	}
	if w := v.w(q); (w == "of" || w == "from") && (q < ms-1 || v.w(q-1) == ",") {
		a := q - 1
		if v.w(a) == "," {
			a--
		}
		if p := v.entity(a); p >= 0 && v.entType(p) == extract.Person {
			return p
		}
	}
	return -1
}

// placedPerson returns the person whose whereabouts the phrase of place
// whose name starts at token ms ends ("Bo Ek at Tarvik on Velden",
// "Di Moss, with the Pellam team in Harlow, Norland"): back over
// phrases joined by a preposition of place, or a comma between two
// places, to a person's name that heads the subject; or -1.
func (v *view) placedPerson(ms int) int {
	start := func(s int) int {
		if s > 0 && v.tag(s-1) == "DT" {
			return s - 1
		}
		return s
	}
	k := start(ms) - 1
	for hop := 0; hop < 5 && k > 0; hop++ {
		// "Harlow, Norland": a place's place after a comma.
		if v.w(k) == "," && v.placeAt(k-1) {
			k = start(v.mentionStart(k-1)) - 1
			continue
		}
		if !placePrep[v.w(k)] {
			return -1
		}
		k--
		if v.w(k) == "," { // "Di Moss, with ..."
			k--
		}
		if k < 0 {
			return -1
		}
		if e := v.entity(k); e >= 0 {
			s := v.mentionStart(k)
			if v.entType(e) == extract.Person {
				if v.headsSubject(s) && !v.possessiveAt(k+1) {
					return e
				}
				return -1
			}
			k = start(s) - 1
			continue
		}
		// A common noun's phrase: "the hunt".
		s := k + 1
		for s > 0 && v.entAt(s-1) < 0 && (strings.HasPrefix(v.tag(s-1), "NN") || strings.HasPrefix(v.tag(s-1), "JJ")) {
			s--
		}
		if s == k+1 {
			return -1
		}
		k = start(s) - 1
	}
	return -1
}

// placePrep are the prepositions that put a person somewhere ("Bo Ek at
// Tarvik", "Ann Lee with the team in Harlow").
var placePrep = map[string]bool{"in": true, "at": true, "on": true, "near": true, "with": true, "outside": true, "from": true}

// headsSubject reports whether the name starting at token s heads its
// clause's subject: only titles, determiners and possessors ("our")
// stand between it and the clause's start, a comma or a conjunction
// ("BBC correspondent Bo Ek", "And the BBC's Di Moss").
func (v *view) headsSubject(s int) bool {
	for k := s - 1; k >= v.clauseStart(); k-- {
		if v.w(k) == "," || v.tag(k) == "CC" || quoteClose[v.w(k)] {
			return true
		}
		if v.entAt(k) < 0 && !strings.HasPrefix(v.tag(k), "NN") && !strings.HasPrefix(v.tag(k), "JJ") && v.tag(k) != "DT" && v.tag(k) != "PRP$" && v.tag(k) != "POS" {
			return false
		}
	}
	return true
}

// modifiersBound reports whether the modifiers of a head, read back to
// token k, end there for modifierSpeaker, with no name among them: "the
// Norland island's government" (the name before a common noun that owns
// the head says what that noun is, and the owner, unnamed, speaks);
// "According to Bo Ek the minister said" (the determiner opens the
// head's phrase, and a name before it is no modifier of it: rule
// determiner-bound).
func (v *view) modifiersBound(k int) bool {
	if v.possessiveAt(k) && v.entAt(k-1) < 0 && strings.HasPrefix(v.tag(k-1), "NN") {
		return true
	}
	return v.tag(k) == "DT" && v.entAt(k-1) >= 0 && !v.possessiveAt(k-1) && !v.d.off[RuleDeterminerBound]
}

// modifierSpeaker resolves a common-noun head at token j as a speaker,
// for speakerAt: the last name among its modifiers, if the head is one
// of a role or a medium ("US intelligence officials", "Acme's
// spokesman"), not a person's aide ("X's spokesman") nor the holder of
// an office the words describe ("the Norland leader"); or -1.
func (v *view) modifierSpeaker(j int) int {
	// A common-noun head: the last name among its modifiers. A person's
	// aide speaks for themself: "X's spokesman said" is the spokesman's
	// word, unnamed, not X's (a body's, "Acme's spokesman", is the body's).
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if e := v.entity(k); e >= 0 {
			if v.entType(e) == extract.Person && v.possessiveAt(k+1) {
				return -1
			}
			// "The Norland leader said", "the Acme singer said", "the
			// former Acme chief said", "the Harlow manager said": the
			// holder of one office, occupation or place in a side, a
			// person the words describe, not the body
			// ("Acme officials", "a Norland spokesman" speak for it).
			if v.theBeforeAdjectives(v.mentionStart(k)-1) && v.tag(j) == "NN" && (v.d.lex.Is(v.lemma(j), lexicon.Office) || v.d.lex.Is(v.lemma(j), lexicon.Occupation) || v.sidePerson(j)) && !v.d.lex.Is(v.lemma(j), lexicon.Spokesperson) {
				return -1
			}
			// "A Tarvik court agreed", "an Acme unit said": one of the
			// bodies the place has or the body is made of, unnamed, not
			// the place or the body itself.
			if v.indefiniteBody(j, v.mentionStart(k)) {
				return -1
			}
			// "Norland media reports say", "Ostmark newspapers reported": a
			// place says where the press or the record is, not who
			// speaks (its officials speak for it).
			if v.entType(e) == extract.Location && (v.media(j) || v.d.lex.Is(v.lemma(j), lexicon.Statement)) {
				return -1
			}
			// "Norlandic researchers say", "Harlow doctors said",
			// "Norlandic police said", "a Norlandic official said":
			// people in a place, a force or an office among them,
			// are the place's people, unnamed; only its government
			// speaks for it ("the Norlandic government said").
			if v.entType(e) == extract.Location && !v.d.off[RuleOccupationPlace] && !v.governs(j) {
				return -1
			}
			if v.ownVoice(j, e) {
				return -1
			}
			// "Norlandic ministers", where resolution took Norlandic
			// for the adjective of a region or a faith the text names
			// (not a country's demonym), are people of it: a region
			// or a faith has no voice of its own.
			if v.d.res.Mentions[v.ent[k]].Method == resolve.MethodAdjective {
				return -1
			}
			if v.role(j) || v.media(j) {
				if t := v.entType(e); t != extract.EventType {
					// "a Harlow Council spokesman": one person, who
					// "he" may be next.
					if v.tag(j) == "NN" && v.d.unnamedPerson(extract.Span{Start: v.toks[j].Start, End: v.toks[j].End}) {
						v.d.spokesBody, v.d.spokesSent = e, v.si
					}
					return e
				}
			}
			return -1
		}
		t := v.tag(k)
		if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "POS" || t == "CD") {
			break
		}
		if v.modifiersBound(k) {
			return -1
		}
	}
	return -1
}

// ownVoice reports whether the people the common noun at token j names,
// after a modifying name of entity e, speak for themselves, not for e:
// "Acme researchers said", people of an occupation at a body (its
// officials, spokesmen and executives speak for it), and "Norland Party
// backbenchers said", "many Acme members said", members of a body, no
// spokesmen (rule people-of-body).
func (v *view) ownVoice(j, e int) bool {
	c := v.d.lex.Classes(v.lemma(j))
	if !v.d.off[RuleOccupationPlace] && c.Has(lexicon.Occupation) && !c.Has(lexicon.Office) && !c.Has(lexicon.Spokesperson) {
		return true
	}
	return !v.d.off[RulePeopleOfBody] && v.entType(e) == extract.Organization && c.Has(lexicon.Membership) && !c.Has(lexicon.Spokesperson)
}

// indefiniteBody reports whether token j is the singular noun of a
// body, no person nor office, whose phrase an indefinite article opens
// before adjectives and the name that starts at token ms: "a Tarvik
// court", "a lower Norland court", "an Acme unit". One body among
// several the name has is no voice of the name's.
func (v *view) indefiniteBody(j, ms int) bool {
	if v.d.off[RuleIndefiniteBody] || v.tag(j) != "NN" {
		return false
	}
	c := v.d.lex.Classes(v.lemma(j))
	if !(c.Has(lexicon.Government) || c.Has(lexicon.Organization) || c.Has(lexicon.OrgPart) || c.Has(lexicon.NewsMedia)) ||
		personRole(c) || c.Has(lexicon.Spokesperson) {
		return false
	}
	i := ms - 1
	for i >= 0 && strings.HasPrefix(v.tag(i), "JJ") && v.entAt(i) < 0 {
		i--
	}
	w := strings.ToLower(v.w(i))
	return w == "a" || w == "an"
}

// governs reports whether token j is the singular noun of a body that
// governs a place and speaks for it ("the Norlandic government", "the
// Harlow council"): a body of government that WordNet also files as an
// organisation, not a force ("police"), a post or people.
func (v *view) governs(j int) bool {
	c := v.d.lex.Classes(v.lemma(j))
	return v.tag(j) == "NN" && c.Has(lexicon.Government) && c.Has(lexicon.Organization) && !c.Has(lexicon.PersonNoun)
}

// sidePerson reports whether token j is a noun for one of a sports side's
// people ("manager", "captain"), not for the side ("team", "squad").
func (v *view) sidePerson(j int) bool {
	return v.d.lex.Is(v.lemma(j), lexicon.SportRole) && !v.d.lex.Is(v.lemma(j), lexicon.Team)
}

// possessiveAt reports whether token i is a possessive marker ("'s").
func (v *view) possessiveAt(i int) bool {
	return v.tag(i) == "POS" || v.w(i) == "'s" || v.w(i) == "’s"
}

// theBeforeAdjectives reports whether token i is "the", or adjectives
// that "the" opens ("the former", "the new deputy").
func (v *view) theBeforeAdjectives(i int) bool {
	for i >= 0 && strings.HasPrefix(v.tag(i), "JJ") && v.entAt(i) < 0 {
		i--
	}
	return strings.ToLower(v.w(i)) == "the"
}

// personOf returns the one person whose nationality or home the
// document's relations give as place e, or -1 (none, or several).
func (d *doc) personOf(e int) int {
	p := -1
	for _, r := range d.res.Relations {
		if r.Object != e || r.Predicate != schema.Nationality && r.Predicate != schema.HomeLocation ||
			r.Subject < 0 || r.Subject >= len(d.res.Entities) || d.res.Entities[r.Subject].Type != extract.Person {
			continue
		}
		if p >= 0 && p != r.Subject {
			return -1
		}
		p = r.Subject
	}
	return p
}

// demonymPerson reports whether token j, a mention of place e, is a
// demonym standing for a person: one word after "the", which resolution
// joined to its country as an alias or, read as a noun for people, as
// an adjective is ("the Norlandic"), not an abbreviation in capitals
// ("the US" is the country).
func (v *view) demonymPerson(j, e int) bool {
	mi := v.entAt(j)
	if mi < 0 || v.entType(e) != extract.Location || v.mentionStart(j) != j || v.mentionEnd(j) != j+1 || v.w(j-1) != "the" {
		return false
	}
	m := v.d.res.Mentions[mi]
	return (m.Method == resolve.MethodAlias || m.Method == resolve.MethodAdjective) && strings.ToUpper(m.Text) != m.Text
}

// personBeforePost returns the person whose post at a body a subject
// names, when the body's mention starts at token ms: "Ann Lee research
// director at the firm Acme", "Ann Lee, a lawyer for Acme". Between the
// person and "at" or "for" a noun of office or occupation heads a short
// phrase; between "at"/"for" and the body only a few words of its kind.
// It returns -1 when the subject is not so.
func (v *view) personBeforePost(ms int) int {
	k := ms - 1
	for k >= 0 && ms-k <= 5 && v.entAt(k) < 0 && (strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "DT") {
		k--
	}
	// "Ann Lee, chief executive of Acme": a post of a body, as "at"
	// or "for" it.
	if w := v.w(k); w != "at" && w != "for" && (w != "of" || v.d.off[RulePostOf]) {
		return -1
	}
	k--
	if k < 0 || v.entAt(k) >= 0 {
		return -1
	}
	if !v.role(k) {
		// "Ann Lee, head of policy at Acme", "Bo Ek, executive
		// partner of Acme": a noun phrase a comma sets off after a
		// person's name is their post, whatever its head.
		return v.postAfterComma(k)
	}
	for j := k - 1; j >= 0 && k-j <= 6; j-- {
		if e := v.entity(j); e >= 0 {
			if v.entType(e) == extract.Person {
				return e
			}
			return -1
		}
		// "managing director": a participle as the post's adjective.
		if t := v.tag(j); !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "," || t == "VBG" && v.w(j-1) == ",") {
			return -1
		}
	}
	return -1
}

// postAfterComma returns the person whose name a comma sets off before
// the noun phrase ending at token k, for personBeforePost: the phrase
// is a few nouns and adjectives, maybe joined by "of" ("head of
// policy", "executive partner"), and the name before the comma opens
// the sentence or its clause; else -1.
func (v *view) postAfterComma(k int) int {
	if v.d.off[RulePostOf] || !strings.HasPrefix(v.tag(k), "NN") {
		return -1
	}
	j := k
	for ; j >= 0 && k-j <= 6; j-- {
		if v.entAt(j) >= 0 {
			return -1
		}
		t := v.tag(j)
		if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "VBG" || v.w(j) == "of") {
			break
		}
	}
	if v.w(j) != "," || v.w(j+1) == "of" {
		return -1
	}
	e := v.entity(j - 1)
	if e < 0 || v.entType(e) != extract.Person {
		return -1
	}
	// The name opens its clause: "But Ann Lee, ...", "“A,” Ann Lee, ...".
	if p := v.mentionStart(j-1) - 1; p >= 0 && !quoteClose[v.w(p)] && v.w(p) != "," && v.w(p) != ":" && v.tag(p) != "CC" && v.tag(p) != "RB" {
		return -1
	}
	return e
}

// describedPerson resolves "the <role>" ending at token j ("the
// presenter", "the former chat show host") to the person last in
// subject position, when that was in this sentence or the one before: a
// description picks up the person the text is about. An office ("the
// prime minister") resolves only to a person the text gave that title; a
// body ("the government"), a statement ("the report") and a plural do
// not resolve. A name among the modifiers ("the Labour leader") is left
// to the caller.
func (v *view) describedPerson(j int) int {
	d := v.d
	if d.lastPerson < 0 || !v.personInView(j) || v.entAt(j) >= 0 || v.tag(j) != "NN" && !v.ageNoun(j) {
		return -1
	}
	// "the one player who ...": the clause says who is meant.
	if w := v.w(j + 1); w == "who" || w == "whom" || w == "that" {
		return -1
	}
	c := d.lex.Classes(v.lemma(j))
	switch {
	case bareNoun[v.lemma(j)]:
		// "The woman reported ...": a noun that says no more than a
		// person's sex brings in someone unnamed as often as it
		// repeats the one named.
		return -1
	case v.ageNoun(j):
		// "the 30-year-old": a person by their age.
	case c.Has(lexicon.Government) || c.Has(lexicon.Statement):
		return -1 // "the government", "the report": not a person
	case c.Has(lexicon.Office):
		// An office names its holder, who need not be the person last
		// spoken of ("the prime minister said Mr X ..."): only one the
		// text gave that title.
		if !v.titled(d.lastPerson, v.lemma(j)) {
			return -1
		}
	case c.Has(lexicon.PersonNoun) || c.Has(lexicon.Occupation):
	default:
		return -1
	}
	k := j - 1
	for k >= 0 && k >= j-5 && v.entAt(k) < 0 && v.w(k) != "the" {
		if t := v.tag(k); !(strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") && t != "NNP" && t != "NNPS" || t == "VBN" || t == "CD" || t == "HYPH") {
			return -1
		}
		k--
	}
	if v.w(k) != "the" {
		return -1
	}
	return d.lastPerson
}

// bareNoun are the nouns that say of a person no more than that, or
// their sex (a closed class).
var bareNoun = map[string]bool{"person": true, "woman": true, "man": true, "girl": true, "boy": true, "lady": true, "gentleman": true, "individual": true}

// ageNoun reports whether token j is a noun of a person's age, "the
// 30-year-old" (which taggers take for an adjective).
func (v *view) ageNoun(j int) bool {
	return !v.d.off[RuleDescribedInView] && strings.HasSuffix(v.w(j), "-year-old") && v.entAt(j) < 0
}

// personInView reports whether the person last in subject position is
// still the one the description at token j picks up: named in this
// sentence or the one before, not counting the sentences of a quotation
// (the person's own words), with no other person nor any body named
// since ("Ann Lee won. “It was hard. I am tired.” The crowd cheered.
// “...,” the champion said.", but not "Ann Lee left Acme. The firm grew.
// The carrier said ..."); a body does not stop an age ("the
// 30-year-old"), which only a person has.
func (v *view) personInView(j int) bool {
	d := v.d
	if d.lastPersonSent >= v.si-1 {
		return true
	}
	if d.off[RuleDescribedInView] || d.lastPersonSent < 0 || d.lastPersonSent < v.si-8 {
		return false
	}
	// Sentences of a quotation (the person's own words) do not count.
	between := 0
	for si := d.lastPersonSent + 1; si < v.si; si++ {
		if !d.quoted(d.res.Sentences[si].Start) && !d.quoted(d.res.Sentences[si].Start+1) {
			between++
		}
	}
	if between > 1 {
		return false
	}
	from, to := d.res.Sentences[d.lastPersonSent].End, v.toks[j].Start
	for _, m := range d.res.Mentions {
		if m.Start < from || m.Start >= to || m.Entity == d.lastPerson || d.quoted(m.Start) {
			continue // a name in someone's words is not in view
		}
		if t := m.Type; t == extract.Person || t == extract.Organization && !v.ageNoun(j) || m.Entity >= 0 && m.Entity < len(d.res.Entities) && d.res.Entities[m.Entity].Type == extract.Person {
			return false
		}
	}
	return true
}

// quoted reports whether byte offset at lies inside a quotation.
func (d *doc) quoted(at int) bool {
	for _, q := range d.res.Quotes {
		if q.Start <= at && at < q.End {
			return true
		}
	}
	return false
}

// titled reports whether the text calls entity e by the title whose
// lemma is title, just before one of its mentions ("Chancellor X", "the
// chancellor, X").
func (v *view) titled(e int, title string) bool {
	res := v.d.res
	for _, m := range res.Mentions {
		if m.Entity != e || m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		s := &res.Sentences[m.Sentence]
		lo, _ := s.TokenSpan(m.Start, m.End)
		lemma := func(k int) string {
			if k < 0 || k >= len(s.Lemma) {
				return ""
			}
			return s.Lemma[k]
		}
		if lemma(lo) == title || lemma(lo-1) == title || lemma(lo-1) == "," && lemma(lo-2) == title {
			return true
		}
	}
	return false
}

// theBefore reports whether the noun at token j heads a phrase that
// "the" opens, past adjectives, nouns and "world's" (no name between):
// "the firm", "the chemicals-and-crops firm", "the world's largest maker".
func (v *view) theBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch t := v.tag(k); {
		case v.w(k) == "the":
			return true
		case v.entAt(k) >= 0:
			return false
		case strings.HasPrefix(t, "JJ") || t == "NN" || t == "VBN" || t == "POS" && v.w(k-1) == "world":
		case v.w(k) == "world" && v.tag(k+1) == "POS":
		default:
			return false
		}
	}
	return false
}

// definite resolves "the <noun>" at token j to the latest organisation
// mentioned before it whose name ends in that noun (or opens "<noun> of")
// or whose class fits it, or -1.
func (v *view) definite(j int) int {
	head := v.w(j)
	class, ok := v.orgClass(j)
	if !ok {
		return -1
	}
	// The most general nouns ("the group") refer to the organisation
	// last in subject position.
	if class == "*" && v.d.lastOrg >= 0 {
		return v.d.lastOrg
	}
	res := v.d.res
	at := v.toks[j].Start
	best, bestStart := -1, -1
	for _, m := range res.Mentions {
		if m.Entity < 0 || m.Entity >= len(res.Entities) || m.Start >= at || m.Start <= bestStart {
			continue
		}
		e := res.Entities[m.Entity]
		if e.Type != extract.Organization {
			continue
		}
		// "the court": "X Court", or "Court of Y" with the noun first.
		words := strings.Fields(strings.ToLower(e.Name))
		fits := len(words) > 0 && words[len(words)-1] == head
		for i := 0; i+1 < len(words) && !fits; i++ {
			fits = words[i] == head && words[i+1] == "of"
		}
		if class == "*" || class != "" && strings.HasSuffix(e.Class, class) {
			fits = true
		}
		if fits {
			best, bestStart = m.Entity, m.Start
		}
	}
	return best
}

// subjectBefore finds the speaker of a verb at token i, reading left:
// past auxiliaries and adverbs, dates ("on Friday"), and an appositive or
// relative clause between commas ("X, the chairman of Y, said").
func (v *view) subjectBefore(i int) (speaker, at int) {
	j := v.skipAdjuncts(v.beforeParenthesis(i - 1))
	// "Ann Lee MP said", "Bo Ek QC has warned": letters after a
	// person's name are no subject of their own.
	if v.postNominal(j) {
		j--
	}
	// "Bo Ek himself has said", "Acme itself has warned": a reflexive
	// pronoun after the subject stresses it.
	if (reflexive[v.w(j)] || v.w(j) == "itself") && !v.d.off[RuleReflexiveSubject] && j > 0 && (v.entAt(j-1) >= 0 || strings.HasPrefix(v.tag(j-1), "NN")) {
		j--
	}
	if v.adverbAfterSubject(j) {
		j--
	}
	if v.w(j) == "," {
		return v.asideSubject(j)
	}
	if a := v.antecedent(j); a >= 0 {
		v.relClause = v.w(j-1) == ","
		return v.speakerAt(a), a
	}
	// "The man who is in charge said": the noun before a restrictive
	// relative clause heads the subject (rule relative-head).
	if r := v.relativeHead(j); r >= 0 {
		a := v.relativeAntecedent(r)
		return v.speakerAt(a), a
	}
	// "Acme Corp in Harlow said", "Officials at Acme Corp in Harlow
	// said": the place says where the body is; the body's phrase is the
	// subject (rule body-in-place).
	if h := v.bodyBeforePlace(j); h >= 0 {
		j = h
	}
	// "Doctors in Harlow said": people in a place speak for
	// themselves, as "Harlow doctors" do; the noun before the place is
	// the source.
	if h := v.peopleBeforePlace(j); h >= 0 {
		return -1, h
	}
	// "A Vellmar poll in the Harlow Post suggested": the record speaks,
	// not the paper that carried it.
	if h := v.recordInOutlet(j); h >= 0 {
		return v.speakerAt(h), h
	}
	// "The marquee at the Harlow Palace proclaimed": a thing in a
	// place speaks, unnamed.
	if h := v.thingBeforePlace(j); h >= 0 {
		return -1, h
	}
	// "A letter sent to Ann Lee said": the name the participle sends
	// to is no subject; the noun before the participle is.
	if h := v.participleRecipient(j); h >= 0 {
		return -1, h
	}
	// "A lawyer representing Ann Lee said": the names the participle
	// takes as its object are no subject; the noun before it is.
	if h := v.participleObject(j); h >= 0 {
		return -1, h
	}
	// "The inventor of the Vellmar Engine said": a person described by
	// a thing's name speaks, unnamed (rule person-of-thing).
	if h := v.personOfThing(j); h >= 0 {
		return -1, h
	}
	// "Bo Ek sent a letter to the board saying": the letter's
	// sender speaks (rule statement-sender).
	if e := v.statementSender(j, i); e >= 0 {
		return e, j
	}
	if k := v.unclosedAppositive(j); k >= 0 {
		return v.speakerAt(k), k
	}
	return v.speakerAt(j), j
}

// participleObject returns the head of the noun phrase that names
// ending at token j, perhaps joined by "and" or commas, close as the
// object of a present participle after it (rule participle-object): "A
// lawyer representing Ann Lee and Bo Ek said", where the people named
// are whom the lawyer acts for, and the noun, unnamed, is the subject;
// not a spokesperson's noun, whose words are the body's ("a spokesman
// representing Acme"). It returns -1 otherwise.
func (v *view) participleObject(j int) int {
	if v.d.off[RuleParticipleObject] || v.entity(j) < 0 {
		return -1
	}
	// "Mr Bo Ek": a title before a name goes with it.
	start := func(k int) int {
		ms := v.mentionStart(k)
		if w := strings.TrimSuffix(v.w(ms-1), "."); (v.d.lex.Is(w, lexicon.Honorific) || v.d.lex.Is(w, lexicon.TitleAbbreviation)) && v.entAt(ms-1) < 0 {
			ms--
		}
		return ms
	}
	ms := start(j)
	for n := 0; n < 4 && (v.w(ms-1) == "and" || v.w(ms-1) == ",") && v.entity(ms-2) >= 0; n++ {
		ms = start(ms - 2)
	}
	p, h := ms-1, ms-2
	if h < 0 || v.tag(p) != "VBG" || v.entAt(p) >= 0 || v.entAt(h) >= 0 || v.litAt(h) >= 0 || v.tag(h) != "NN" && v.tag(h) != "NNS" {
		return -1
	}
	if v.d.lex.Is(v.lemma(h), lexicon.Spokesperson) {
		return -1
	}
	return h
}

// personOfThing returns the head of the noun phrase before "of" and
// the name of a thing (no person, body or place) ending at token j, when
// that head is a noun of a person (the lexicon's PersonNoun, Office or
// Occupation): "The inventor of the Vellmar Engine said", "the author
// of Harlow Days said". The person speaks, unnamed; the thing cannot.
// It returns -1 otherwise.
func (v *view) personOfThing(j int) int {
	e := v.entity(j)
	if v.d.off[RulePersonOfThing] || e < 0 {
		return -1
	}
	switch v.entType(e) {
	case extract.Person, extract.Organization, extract.Location:
		return -1
	}
	p := v.mentionStart(j) - 1
	if v.w(p) == "the" {
		p--
	}
	h := p - 1
	if h < 0 || v.w(p) != "of" || v.entAt(h) >= 0 || v.litAt(h) >= 0 || v.tag(h) != "NN" && v.tag(h) != "NNS" {
		return -1
	}
	if !personRole(v.d.lex.Classes(v.lemma(h))) {
		return -1
	}
	return h
}

// statementSender returns the person or body that is the named subject
// of a verb of sending or issuing (a closed list: send, write, issue,
// release, publish, pen, post, circulate, deliver) whose object is a
// statement's noun ending at token j (lexicon Statement: "a letter", "a
// statement"), which a participle of saying at token i follows ("Acme
// chairman Bo Ek sent a letter to the board saying A": Bo Ek's words),
// or -1 (rule statement-sender). Not a letter received ("got a letter
// saying").
func (v *view) statementSender(j, i int) int {
	if v.d.off[RuleStatementSender] || v.tag(i) != "VBG" || j < 2 {
		return -1
	}
	// "a letter to the board": the phrase's first noun heads it.
	if v.entAt(j) < 0 {
		_, j = v.firstNP(v.sourceStart(j), j)
	}
	if j < 2 || v.entAt(j) >= 0 || !strings.HasPrefix(v.tag(j), "NN") || !v.d.lex.Is(v.lemma(j), lexicon.Statement) {
		return -1
	}
	k := j - 1
	for k > 0 && k >= j-4 && v.entAt(k) < 0 && (strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "NN") {
		k--
	}
	if t := v.tag(k); t != "DT" && t != "PRP$" {
		return -1
	}
	if !sendVerbs[v.lemma(k-1)] || !strings.HasPrefix(v.tag(k-1), "VB") {
		return -1
	}
	e := v.entity(k - 2)
	if e < 0 {
		// "Bo Ek has sent", "Acme also issued".
		for p := k - 2; p >= 0 && p >= k-4; p-- {
			if e = v.entity(p); e >= 0 || !v.aux(p) && v.tag(p) != "RB" {
				break
			}
		}
	}
	if t := v.entType(e); t != extract.Person && t != extract.Organization {
		return -1
	}
	return e
}

// sendVerbs are the verbs whose subject sends out a statement it is the
// author of, a closed list.
var sendVerbs = map[string]bool{"send": true, "write": true, "issue": true, "release": true, "publish": true, "pen": true, "post": true,
	"circulate": true, "deliver": true}

// adverbAfterSubject reports whether token j is an adverb the tagger may
// take for a noun, between the subject's head and its verb ("The
// chancellor meanwhile insisted", "Acme meanwhile said"): a word in lower
// case tagged a noun that the lexicon knows as an adverb too and as no
// kind of person, body or statement ("firm" is an adverb too), after a
// common noun or a person's or body's name (rule adverb-after-subject).
// Not "the centre forward", a player, nor after a place ("the Norland
// back").
func (v *view) adverbAfterSubject(j int) bool {
	if v.d.off[RuleAdverbAfterSubject] || j < 1 || v.tag(j) != "NN" || v.entAt(j) >= 0 || v.litAt(j) >= 0 || tokenize.StartsUpper(v.toks[j].Text) {
		return false
	}
	w := v.w(j)
	if !v.d.lex.Known(w, lexicon.Adverb) || !v.d.lex.Known(w, lexicon.Noun) {
		return false // a word only an adverb the tagger reads as one
	}
	if c := v.d.lex.Classes(w); personRole(c) || c.Has(lexicon.Spokesperson) ||
		c.Has(lexicon.Government) || c.Has(lexicon.Organization) || c.Has(lexicon.Corporation) || c.Has(lexicon.OrgGeneric) || c.Has(lexicon.Statement) {
		return false // "the research firm said": a body's noun
	}
	if e := v.entity(j - 1); e >= 0 {
		t := v.entType(e)
		return t == extract.Person || t == extract.Organization
	}
	return (v.tag(j-1) == "NN" || v.tag(j-1) == "NNS") && v.entAt(j-1) < 0
}

// bodyBeforePlace returns the last token of a body's name that the name
// of a place ending at token j follows after "in" or "at" (rule
// body-in-place): "Acme Corp in Harlow", where the place says where the
// body is and the body, not the place, is the subject. It returns -1
// otherwise.
func (v *view) bodyBeforePlace(j int) int {
	e := v.entity(j)
	if e < 0 || v.d.off[RuleBodyInPlace] || v.entType(e) != extract.Location {
		return -1
	}
	ms := v.mentionStart(j)
	if p := v.w(ms - 1); p != "in" && p != "at" {
		return -1
	}
	h := ms - 2
	if h < 0 || v.entAt(h) < 0 || v.entType(v.entity(h)) != extract.Organization {
		return -1
	}
	return h
}

// participleRecipient returns the head of the noun phrase that a name
// ending at token j closes after a past participle and "to" (rule
// participle-recipient): "a letter sent to Ann Lee", "an envoy sent to
// Norland", where the name is whom or where the thing or person went, and
// the noun, unnamed, is the subject. A tagger's past tense for the
// participle is read alike: a verb follows the name. It returns -1
// otherwise.
func (v *view) participleRecipient(j int) int {
	if v.d.off[RuleParticipleRecipient] || v.entity(j) < 0 {
		return -1
	}
	ms := v.mentionStart(j)
	p, h := ms-2, ms-3
	if h < 0 || v.w(ms-1) != "to" || v.tag(p) != "VBN" && v.tag(p) != "VBD" || v.entAt(p) >= 0 || v.entAt(h) >= 0 || v.litAt(h) >= 0 || v.tag(h) != "NN" && v.tag(h) != "NNS" {
		return -1
	}
	return h
}

// postNominal reports whether token j is the letters of an honour or a
// post written after a person's name ("Ann Lee MP", "Bo Ek QC"): a word
// of two to four capital letters that no name or literal covers, right
// after a person's mention.
func (v *view) postNominal(j int) bool {
	if v.d.off[RulePostNominal] || j < 1 || j >= v.n() || v.entAt(j) >= 0 || v.litAt(j) >= 0 {
		return false
	}
	t := v.toks[j].Text
	if len(t) < 2 || len(t) > 4 || strings.ToUpper(t) != t || strings.ToLower(t) == t {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	e := v.entity(j - 1)
	return e >= 0 && v.entType(e) == extract.Person
}

// thingBeforePlace returns the head of the noun phrase that a name
// ending at token j follows after a preposition of place, in a subject
// the phrase opens with an article (rule thing-before-place): "The
// marquee at the Harlow Palace proclaimed", "A banner on the Harlow
// Bridge read". The head is a thing's noun, no person's, body's,
// statement's or record's (whose place may be whose words they are: "a
// report in the Norland Times"), and the thing, unnamed, speaks, not
// the place. It returns -1 otherwise.
func (v *view) thingBeforePlace(j int) int {
	e := v.entity(j)
	if e < 0 || v.d.off[RuleThingBeforePlace] || v.entType(e) == extract.Person {
		return -1
	}
	p := v.mentionStart(j) - 1
	if v.w(p) == "the" {
		p--
	}
	if !thingPlacePrep[v.w(p)] {
		return -1
	}
	h := p - 1
	if h < 0 || v.entAt(h) >= 0 || v.litAt(h) >= 0 || v.tag(h) != "NN" && v.tag(h) != "NNS" {
		return -1
	}
	k := h - 1
	for k >= 0 && k >= h-3 && v.entAt(k) < 0 && (strings.HasPrefix(v.tag(k), "JJ") || v.tag(k) == "NN") {
		k--
	}
	if k < 0 || v.tag(k) != "DT" || k != v.clauseStart() && v.w(k-1) != "," {
		return -1
	}
	c := v.d.lex.Classes(v.lemma(h))
	if speakerClass(c) {
		return -1
	}
	for _, cl := range []lexicon.Class{lexicon.Spokesperson, lexicon.Membership, lexicon.Associate, lexicon.Kinship, lexicon.Citizen, lexicon.Resident,
		lexicon.OrgPart, lexicon.Education, lexicon.Evidence} {
		if c.Has(cl) {
			return -1
		}
	}
	return h
}

// recordInOutlet returns the head of a noun phrase of a record (the
// lexicon's Evidence class but not its Communication class: a poll, a
// survey, a study; not a report, which a paper's reporters write) that
// the name of a body ending at token j follows after "in" (rule
// record-in-outlet): "A Vellmar poll in the Harlow Post suggested A" is
// the poll's finding, which the paper only carried. It returns -1
// otherwise.
func (v *view) recordInOutlet(j int) int {
	e := v.entity(j)
	if e < 0 || v.d.off[RuleRecordInOutlet] || v.entType(e) != extract.Organization {
		return -1
	}
	p := v.mentionStart(j) - 1
	if v.w(p) == "the" {
		p--
	}
	h := p - 1
	if v.w(p) != "in" || h < 0 || v.entAt(h) >= 0 || v.tag(h) != "NN" && v.tag(h) != "NNS" {
		return -1
	}
	if c := v.d.lex.Classes(v.lemma(h)); !c.Has(lexicon.Evidence) || c.Has(lexicon.Communication) {
		return -1
	}
	return h
}

// thingPlacePrep are the prepositions of place that put a thing
// somewhere (a closed class).
var thingPlacePrep = map[string]bool{"at": true, "on": true, "in": true, "outside": true, "inside": true, "near": true, "above": true,
	"over": true, "under": true, "beside": true, "behind": true, "across": true, "along": true, "opposite": true, "around": true}

// peopleBeforePlace returns the head of the noun phrase that a place
// whose name ends at token j follows after "in", "from" or "at" in a
// subject ("doctors in Harlow", "officials in Norland", "a suit filed in
// Harlow", "the embassy in Harlow"): the place says where they are, and
// they, unnamed, speak. A body's name after "at" or
// "from" is left to speak for its officials, but not for people of an
// occupation there ("researchers at Acme"). It returns -1 otherwise.
func (v *view) peopleBeforePlace(j int) int {
	e := v.entity(j)
	if e < 0 || v.d.off[RuleOccupationPlace] {
		return -1
	}
	ms, p := v.placePrepBefore(j, e)
	if p == "" {
		return -1
	}
	// "Ann Lee, a strategist at Acme": the person whose post it is.
	if v.personBeforePost(ms) >= 0 {
		return -1
	}
	h := ms - 2
	// "a suit filed in Harlow": the participle's noun.
	if v.tag(h) == "VBN" && v.entAt(h) < 0 && strings.HasPrefix(v.tag(h-1), "NN") {
		h--
	}
	// "Unions at Acme Corp in Harlow say": the place ends a phrase of
	// its own after a body's or a place's name that another phrase of
	// place sets after the noun (rule place-chain).
	if h >= 0 && v.entAt(h) >= 0 && !v.d.off[RulePlaceChain] {
		if t := v.entType(v.entity(h)); t == extract.Organization || t == extract.Location {
			return v.peopleBeforePlace(h)
		}
	}
	if h < 0 || v.entAt(h) >= 0 || v.tag(h) != "NNS" && v.tag(h) != "NN" && !v.capitalPluralHead(h) {
		return -1
	}
	if l := v.litAt(h); l >= 0 && v.d.res.Mentions[l].Type == extract.Date {
		return -1
	}
	c := v.d.lex.Classes(v.lemma(h))
	switch v.entType(e) {
	case extract.Location:
		// "the embassy in Harlow", "the government in Harlow": a body
		// in a place is no voice of the place's.
		return h
	case extract.Organization:
		if v.bodyPeople(c, p) {
			return h
		}
	}
	return -1
}

// placePrepBefore returns where the phrase of a preposition before the
// name of entity e that ends at token j starts, and the preposition:
// "in", "from" or "at", and for a body also "of" or "among", perhaps
// before "the" ("members of the Norland Party"). The preposition is ""
// when none is.
func (v *view) placePrepBefore(j, e int) (ms int, prep string) {
	ms = v.mentionStart(j)
	p := v.w(ms - 1)
	body := v.entType(e) == extract.Organization
	if p == "the" && (v.w(ms-2) == "of" || v.w(ms-2) == "among") && body {
		ms--
		p = v.w(ms - 1)
	}
	if p == "in" || p == "from" || p == "at" || (p == "of" || p == "among") && body {
		return ms, p
	}
	return ms, ""
}

// bodyPeople reports whether people of the noun of classes c, before
// the preposition p and a body's name, speak for themselves, not for
// the body: people of an occupation at it or from it ("researchers at
// Acme"), and, with rule people-of-body, people the body has or deals
// with, holding no post of it ("another investor in Acme", "critics of
// Acme", "members of the Norland Party"); its officials and spokesmen
// speak for it.
func (v *view) bodyPeople(c lexicon.Classes, p string) bool {
	if p != "in" && p != "of" && p != "among" && c.Has(lexicon.Occupation) && !c.Has(lexicon.Office) && !c.Has(lexicon.Spokesperson) {
		return true
	}
	return !v.d.off[RulePeopleOfBody] && c.Has(lexicon.PersonNoun) && !c.Has(lexicon.Office) && !c.Has(lexicon.Spokesperson) && !c.Has(lexicon.Government) && !c.Has(lexicon.Statement)
}

// joinedPeopleStart returns where an unnamed source that starts at byte
// offset start begins when a plural noun that opens the clause is joined
// to it by "and" or "or" (rule people-of-body): "Developers and
// supporters in Acme say" are the developers too. It returns start
// otherwise.
func (v *view) joinedPeopleStart(start int) int {
	if v.d.off[RulePeopleOfBody] {
		return start
	}
	for k := 2; k < v.n(); k++ {
		if v.toks[k].Start != start {
			continue
		}
		if w := v.w(k - 1); (w == "and" || w == "or") && v.tag(k-2) == "NNS" && v.entAt(k-2) < 0 && k-2 == v.clauseStart() {
			return v.toks[k-2].Start
		}
		break
	}
	return start
}

// capitalPluralHead reports whether token h, tagged a proper noun though
// no name or literal covers it, is the plural of a common noun written
// with a capital and opening its clause ("GPs in Harlow", "Authorities in
// Norland" at a sentence's start): the tagger's capital is the
// sentence's or the acronym's, and the phrase's head is people, unnamed.
func (v *view) capitalPluralHead(h int) bool {
	if v.d.off[RulePluralBeforePlace] || h < 0 || v.entAt(h) >= 0 || v.litAt(h) >= 0 {
		return false
	}
	if t := v.tag(h); t != "NNP" && t != "NNPS" {
		return false
	}
	if v.capitalPlural(h) {
		return true
	}
	t := v.toks[h].Text
	if v.d.off[RuleOpeningPlural] || h != v.clauseStart() || len(t) < 3 || !strings.HasSuffix(t, "s") || strings.HasSuffix(t, "ss") || !tokenize.StartsUpper(t) {
		return false
	}
	sing := v.d.lex.Lemma(v.w(h), "NNS")
	return sing != v.w(h) && v.d.lex.Known(sing, lexicon.Noun)
}

// antecedent returns the token ending the phrase that the relative
// pronoun at token j stands for, when that pronoun is the subject of the
// verb after it ("X, who supports Y", "a group that endorsed Y"): a name
// or a noun right before it, or before a comma before it; else -1. The
// antecedent is the speaker, as the subject of a main clause would be.
func (v *view) antecedent(j int) int {
	if v.d.off[RuleRelativeSubject] {
		return -1
	}
	switch w, t := v.w(j), v.tag(j); {
	case w == "who" && t == "WP", (w == "that" || w == "which") && t == "WDT":
	default:
		return -1
	}
	a := j - 1
	if v.w(a) == "," {
		a--
	}
	if a < 0 || v.entAt(a) < 0 && !strings.HasPrefix(v.tag(a), "NN") {
		return -1
	}
	// "Sen. X of Norland, who": the name before the place speaks.
	if v.entAt(a) >= 0 {
		if ms := v.mentionStart(a); (v.w(ms-1) == "of" || v.w(ms-1) == "from") && v.entAt(ms-2) >= 0 {
			return ms - 2
		}
	}
	return a
}

// beforeParenthesis returns the token before a parenthesis that closes at
// token j and follows a name ("Sen. X (D-Ore.) said"), else j.
func (v *view) beforeParenthesis(j int) int {
	if tokenize.IsDash(v.w(j)) {
		return v.beforeDashes(j)
	}
	if v.w(j) != ")" {
		return j
	}
	for k := j - 1; k >= 0 && k >= j-10; k-- {
		if v.w(k) == "(" {
			if v.entAt(k-1) >= 0 {
				return k - 1
			}
			break
		}
	}
	return j
}

// beforeDashes returns the token before an aside set off by dashes that
// closes at token j and follows a name ("X - six years older than Y -
// admitted"), else j. The aside holds no verb of its own clause's
// (a finite verb, a quotation mark), unless a relative pronoun opens it
// ("X - who was convicted - said"), and is at most 20 tokens long.
func (v *view) beforeDashes(j int) int {
	// "X - who was convicted in 1990 - said": a relative clause
	// between the dashes has its own verb (rule dash-relative).
	relative := false
	for k := j - 1; k >= 0 && k >= j-20 && !v.d.off[RuleDashRelative]; k-- {
		if tokenize.IsDash(v.w(k)) {
			w := v.w(k + 1)
			relative = k < j-2 && (w == "who" || w == "which" || w == "whose")
			break
		}
	}
	for k := j - 1; k >= 0 && k >= j-20; k-- {
		switch {
		case tokenize.IsDash(v.w(k)):
			// The name heads the subject: no preposition before it
			// ("airlines in the US - A and B - have blamed" is not the
			// US's claim).
			if k < j-1 && v.entAt(k-1) >= 0 && v.tag(v.mentionStart(k-1)-1) != "IN" && v.tag(v.mentionStart(k-1)-2) != "IN" {
				return k - 1
			}
			return j
		case quoteOpen[v.w(k)] || v.w(k) == "\"":
			return j
		case !relative && (v.tag(k) == "VBD" || v.tag(k) == "VBZ" || v.tag(k) == "VBP" || v.tag(k) == "MD"):
			return j
		}
	}
	return j
}

// skipAdjuncts reads left from token j past auxiliaries, adverbs and
// modals, and dates and time phrases ("on Friday", "in 2020"), and
// returns the first token before them. A quantity is no adjunct but the
// subject ("73 percent said", "one study found").
func (v *view) skipAdjuncts(j int) int {
	for {
		for j >= 0 && v.verbGroupWord(j) && v.entAt(j) < 0 {
			j--
		}
		if j >= 0 && v.litAt(j) >= 0 && (v.d.off[RuleQuantitySubject] || v.d.res.Mentions[v.litAt(j)].Type == extract.Date) {
			j = v.skipLiteral(j)
			continue
		}
		if k, ok := v.timePhraseBefore(j); ok {
			j = k
			continue
		}
		if k, ok := v.auxAdjunct(j); ok {
			j = k
			continue
		}
		// "Acme Co. (ACM.N) on Thursday said": a name's brackets
		// before a date or other adjunct.
		if v.w(j) == ")" && !v.d.off[RuleBracketAdjunct] {
			if k := v.beforeParenthesis(j); k != j {
				j = k
				continue
			}
		}
		// "Acme Co. ACM.N said", "Acme Co. <A HREF=...>ACM.N</A>
		// said": a stock symbol that a feed left after the company's
		// name, and the link markup that holds it.
		if j > 0 && !v.d.off[RuleTicker] {
			if v.ticker(j) && (v.entAt(j-1) >= 0 || v.w(j-1) == ">") {
				j--
				continue
			}
			if k := v.markupStart(j); k > 0 {
				j = k - 1
				continue
			}
		}
		return j
	}
}

// auxAdjunct returns the auxiliary before a short prepositional phrase
// that ends at token j (rule aux-adjunct): a preposition, then up to
// three determiners, adjectives, numbers or common nouns, none of a name,
// with "have" before the preposition and a participle after the phrase,
// or a modal or "do" and a base form ("Norland has in the past said",
// "Bo Ek had at the time denied", "Acme will at some point say"): the
// phrase is an adjunct of the verb, and the subject stands before the
// auxiliary.
func (v *view) auxAdjunct(j int) (int, bool) {
	if v.d.off[RuleAuxAdjunct] || j < 2 || v.entAt(j) >= 0 || v.litAt(j) >= 0 || !strings.HasPrefix(v.tag(j), "NN") || strings.HasPrefix(v.tag(j), "NNP") {
		return j, false
	}
	for k := j - 1; k >= 1 && k >= j-3; k-- {
		if v.entAt(k) >= 0 || v.litAt(k) >= 0 {
			return j, false
		}
		if v.tag(k) == "IN" && npPrep[v.w(k)] {
			// A form of "be" before the phrase makes it the predicate
			// ("had been in danger, saying"): only "have" before a
			// participle, or a modal or "do" before a base form.
			next := v.tag(j + 1)
			switch a := v.w(k - 1); {
			case (a == "has" || a == "have" || a == "had") && (next == "VBN" || next == "VBD"),
				(v.tag(k-1) == "MD" || a == "did" || a == "does" || a == "do") && (next == "VB" || next == "VBP"):
				return k - 1, true
			}
			return j, false
		}
		if t := v.tag(k); t != "DT" && t != "CD" && !strings.HasPrefix(t, "JJ") && t != "NN" && t != "NNS" && t != "PRP$" {
			return j, false
		}
	}
	return j, false
}

// markupStart returns the "<" that opens the markup a ">" at token j
// closes ("<A HREF=...>", "</A>"), within 40 tokens and with no other
// "<" or ">" between, or -1.
func (v *view) markupStart(j int) int {
	if v.w(j) != ">" {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-40; k-- {
		switch v.w(k) {
		case "<":
			return k
		case ">":
			return -1
		}
	}
	return -1
}

// ticker reports whether token j is a stock symbol with its exchange's
// suffix, as news feeds write them ("ACM.N", "VEL.CO", "AB.L"): one to
// five capitals, a full stop and one or two capitals, no mention.
func (v *view) ticker(j int) bool {
	if v.entAt(j) >= 0 {
		return false
	}
	return tokenize.Ticker(v.toks[j].Text)
}

// verbGroupWord reports whether token j belongs to a verb group before
// its verb: an auxiliary, an adverb (a comparative one too: "Ann Lee
// earlier denied"), a modal, a word joining adverbs.
func (v *view) verbGroupWord(j int) bool {
	return v.aux(j) || v.adverb(j) || v.comparativeAdverb(j) || v.tag(j) == "MD" || v.adverbJoin(j)
}

// comparativeAdverb reports whether token j is an adverb the tagger
// marked comparative and the lexicon knows as one ("earlier", "later").
func (v *view) comparativeAdverb(j int) bool {
	return v.tag(j) == "RBR" && v.d.lex.Known(v.w(j), lexicon.Adverb) && !v.d.off[RuleComparativeAdverb]
}

// skipLiteral reads left from token j past a date or quantity and the
// preposition before it ("on Friday", "late Monday").
func (v *view) skipLiteral(j int) int {
	for j >= 0 && v.litAt(j) >= 0 {
		j--
	}
	if w := v.w(j); w == "on" || w == "in" || w == "at" || w == "late" || w == "early" {
		j--
	}
	return j
}

// timePhraseBefore reads left from token j past a time phrase the tagger
// did not mark as a date ("on Monday", "in 2020"): proper nouns and
// numbers after "on" or "in". It returns the token before the phrase.
func (v *view) timePhraseBefore(j int) (int, bool) {
	untagged := func(k int) bool { return v.entAt(k) < 0 && (v.tag(k) == "NNP" || v.tag(k) == "CD") }
	k := j
	if k < 1 || !untagged(k) {
		return j, false
	}
	for k >= 1 && untagged(k) {
		k--
	}
	if w := v.w(k); (w == "on" || w == "in") && k < j {
		return k - 1, true
	}
	return j, false
}

// asideSubject finds the speaker of a verb right after a comma at token j:
// a name set off by commas after its description, the name before a
// relative clause, or the name before an aside ("X, the chairman of Y,
// said").
func (v *view) asideSubject(j int) (speaker, at int) {
	// "Bo Ek, 34, from Harlow, Norland, said": a place after a place
	// and a comma says where the first is; the aside goes on before it
	// (rule place-aside-chain).
	if c := v.placeAfterPlace(j); c > 0 {
		return v.asideSubject(c)
	}
	if v.nameAfterDescription(j) {
		return v.speakerAt(j - 1), j - 1
	}
	if k := v.relativeClauseName(j); k >= 0 {
		return v.speakerAt(k), k
	}
	if k := v.asideName(j); k >= 0 {
		return v.speakerAt(k), k
	}
	// "Her suit, filed in Harlow, said", "The firm, based in Harlow,
	// said": an aside a participle or a preposition opens modifies the
	// noun before it, which is the subject; a name ending the aside is
	// none.
	if c := v.asideOpening(j); c > 0 && !v.d.off[RuleOccupationPlace] {
		// "The minister, speaking during a tour of Tarvik, said": a
		// present participle's too (rule present-participle-aside),
		// but for "including", whose names are among the speakers.
		if t := v.tag(c + 1); (t == "VBN" || t == "IN" || v.participleAside(c+1) || v.presentParticipleAside(c+1)) && (v.entAt(c-1) >= 0 || strings.HasPrefix(v.tag(c-1), "NN")) {
			return v.speakerAt(c - 1), c - 1
		}
	}
	// "Her brother, the engineer X, said": the name ends the aside.
	if v.entAt(j-1) >= 0 {
		return v.speakerAt(j - 1), j - 1
	}
	return -1, -1
}

// placeAfterPlace returns the comma before a place's name that ends at
// the comma at token j, when a place's name ends before that comma
// ("from Harlow, Norland,"): the second says where the first is. It
// returns -1 otherwise.
func (v *view) placeAfterPlace(j int) int {
	if v.d.off[RulePlaceAsideChain] || v.entAt(j-1) < 0 || v.entType(v.entity(j-1)) != extract.Location {
		return -1
	}
	c := v.mentionStart(j-1) - 1
	if c < 2 || v.w(c) != "," || v.entAt(c-1) < 0 || v.entType(v.entity(c-1)) != extract.Location {
		return -1
	}
	return c
}

// presentParticipleAside reports whether token k, no name's, is a
// present participle that opens an aside (rule present-participle-aside):
// "speaking during a tour of Tarvik", not "including", which lists some
// of the noun's members.
func (v *view) presentParticipleAside(k int) bool {
	return v.tag(k) == "VBG" && v.entAt(k) < 0 && v.w(k) != "including" && !v.d.off[RulePresentParticipleAside]
}

// participleAside reports whether token k opens a participle's phrase
// the tagger may miss: an adverb before a past participle ("wholly
// owned by"), or a compound whose last part is one ("majority-owned
// by", "Harlow-based"), no name.
func (v *view) participleAside(k int) bool {
	if v.d.off[RuleParticipleAside] || v.entAt(k) >= 0 {
		return false
	}
	if v.tag(k) == "RB" && v.tag(k+1) == "VBN" {
		return true
	}
	w := v.w(k)
	i := strings.LastIndex(w, "-")
	if i <= 0 || i == len(w)-1 {
		return false
	}
	last := w[i+1:]
	if !strings.HasSuffix(last, "ed") || v.w(k+1) != "by" && v.w(k+1) != "," {
		return false
	}
	// "owned", "based", "controlled": a verb's past form.
	stem := last[:len(last)-2]
	return v.d.lex.Known(stem, lexicon.Verb) || v.d.lex.Known(stem+"e", lexicon.Verb) || len(stem) > 1 && stem[len(stem)-1] == stem[len(stem)-2] && v.d.lex.Known(stem[:len(stem)-1], lexicon.Verb)
}

// asideOpening returns the comma that opens the aside the comma at
// token j closes, within twelve tokens and with no verb but a
// participle in between, or -1.
func (v *view) asideOpening(j int) int {
	for k := j - 1; k > 0 && k >= j-12; k-- {
		if v.w(k) == "," {
			return k
		}
		if t := v.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || quoteClose[v.w(k)] || quoteOpen[v.w(k)] {
			return -1
		}
	}
	return -1
}

// nameAfterDescription reports whether a person's name set off by commas
// ends at the comma at token j: "Head of research at Acme, Professor X,
// said".
func (v *view) nameAfterDescription(j int) bool {
	if v.entAt(j-1) < 0 || v.entType(v.entity(j-1)) != extract.Person {
		return false
	}
	k := v.mentionStart(j-1) - 1
	for k > 0 && (v.d.lex.Is(v.w(k), lexicon.Honorific) || v.d.lex.Is(v.w(k), lexicon.NameTitle)) {
		k-- // "Professor", "Dr"
	}
	return v.w(k) == ","
}

// asideBreak reports whether token k ends the search back over an aside:
// a sentence's end (not the point of an abbreviation, "D-Ore.,"), a
// semicolon or a quotation mark.
func (v *view) asideBreak(k int) bool {
	return v.w(k) == "." && v.w(k+1) != "," || v.w(k) == ";" || quoteClose[v.w(k)] || quoteOpen[v.w(k)]
}

// relativeClauseName returns the token ending the name before a relative
// clause that the comma at token j closes ("X, which is based in Y, Z,
// said"), or -1.
func (v *view) relativeClauseName(j int) int {
	for k := j - 1; k > 0 && k >= j-24; k-- {
		if v.asideBreak(k) {
			break
		}
		if v.w(k) == "," && (v.w(k+1) == "which" || v.w(k+1) == "who" || v.w(k+1) == "whose") && (v.entAt(k-1) >= 0 || !v.d.off[RuleRelativeSubject] && strings.HasPrefix(v.tag(k-1), "NN") || v.isPersonDemonym(k-1)) {
			if a := v.appositiveName(k - 1); a >= 0 {
				return a // "X, head of Y, who ..., said"
			}
			return k - 1 // "X, who ..., said"; "an official, who spoke on condition of anonymity, said"
		}
	}
	return -1
}

// asideName returns the token ending the name before the aside that the
// comma at token j closes ("X, the chairman of Y (Z), said"), or -1.
func (v *view) asideName(j int) int {
	first := -1
	for k := j - 1; k > 0 && k >= j-24; k-- {
		name := -1
		if v.w(k) == "," && v.entAt(k-1) >= 0 {
			name = k - 1
		}
		// "Sen. X (D-Ore.), a member of Y, said": the name before the
		// parenthesis.
		if e := v.beforeParenthesis(k - 1); name < 0 && v.w(k) == "," && e != k-1 && v.entAt(e) >= 0 {
			name = e
		}
		switch {
		case name < 0:
		case first < 0:
			first = name
			if v.d.off[RuleTwoAsides] {
				return first
			}
		case v.mentionStart(name) == 0 || quoteClose[v.w(v.mentionStart(name)-1)]:
			// Two asides ("“...,” X, the attorney general of Norland,
			// one of the states suing Y, said"): the name that opens
			// the clause after the quotation is the subject, not a
			// name inside an aside.
			return name
		}
		if v.asideBreak(k) {
			break
		}
	}
	return first
}

// claims finds the reported speech of the sentence.
func (v *view) claims() {
	inQuote := v.quotedAll()
	for i := 0; i < v.n(); i++ {
		if kind, ok := v.kind(i); ok && v.reportingUse(i, kind, inQuote[i]) {
			n := len(v.d.claims)
			v.read(i, kind, inQuote[i])
			// A verb of saying, believing or opposing that is one of
			// communicating too, and whose class's constructions read
			// nothing ("said the same", "disparaged the rivals"), is read
			// as a verb of communicating (commFallback).
			if len(v.d.claims) == n && v.commFallback(i, kind) {
				v.used[i] = false
				if v.reportingUse(i, communication, inQuote[i]) {
					v.read(i, communication, inQuote[i])
				}
			}
		}
	}
	// A verb no class marks is read after those of the classes, so that
	// a clause one of them reports holds it.
	v.thatCue = true
	for i := 0; i < v.n(); i++ {
		if v.thatVerb(i) && v.reportingUse(i, belief, inQuote[i]) {
			v.read(i, belief, inQuote[i])
		}
	}
	v.thatCue = false
	// A verb of communicating that no class above marks is read last,
	// so that their claims hold it first ("said Ann Lee mocked ...").
	for i := 0; i < v.n(); i++ {
		if v.communicates(i) && v.reportingUse(i, communication, inQuote[i]) {
			v.read(i, communication, inQuote[i])
		}
	}
	for i := 0; i < v.n(); i++ {
		if v.w(i) == "according" && v.w(i+1) == "to" && !v.inTitle(i) {
			v.accordingTo(i)
		}
	}
	for i := 0; i < v.n(); i++ {
		if v.w(i) == "in" && !inQuote[i] {
			v.inEvidence(i)
		}
		if v.lemma(i) == "make" && !inQuote[i] && !v.used[i] {
			v.madeClear(i)
		}
		if v.w(i) == "as" && i == v.clauseStart() && !inQuote[i] {
			v.asReportedBy(i)
		}
	}
}

// inTitle reports whether the word at token i, capitalised right after
// another word, is part of a title in title case ("the sitcom The World
// According to Bex"), not a word of the sentence.
func (v *view) inTitle(i int) bool {
	return i > 0 && tokenize.StartsUpper(v.toks[i].Text) && v.toks[i-1].Kind == tokenize.Word && tokenize.StartsUpper(v.toks[i-1].Text)
}

// asReportedBy reads "As reported by X, A": a passive verb of saying
// after "as" at the sentence's start, its agent the speaker, and the
// clause after the comma what was said.
func (v *view) asReportedBy(i int) {
	if v.d.off[RuleAsIntro] || v.tag(i+1) != "VBN" || v.w(i+2) != "by" {
		return
	}
	if kind, ok := v.kind(i + 1); !ok || kind != speech && kind != belief {
		return
	}
	j := i + 3
	for j < v.n() && j < i+12 && v.w(j) != "," {
		j++
	}
	if v.w(j) != "," {
		return
	}
	hi := v.contentEnd(j + 1)
	if !v.finiteBetween(j+1, hi) {
		return
	}
	x := v.npEntity(i + 3)
	v.unnamed = extract.Span{}
	if x < 0 {
		v.unnamed = v.sourceSpan(i+3, j)
	}
	defer func() { v.unnamed = extract.Span{} }()
	v.used[i+1] = true
	v.construction = ConsFinal
	v.add(x, -1, j+1, hi, "as "+v.w(i+1)+" by")
}

// evident are the adjectives of being evident that "make" turns into a
// verb of saying ("made clear that ...", "made it plain that ...",
// "made known that ..."): WordNet lists no such verbs, so the few
// adjectives are listed here.
var evident = map[string]bool{"clear": true, "plain": true, "known": true, "obvious": true, "explicit": true}

// madeClear reads "X made (it) clear (that) ...", a verb of saying made
// of "make" and an adjective of being evident: the subject speaks; what
// follows the adjective is read as what a verb of saying reports.
func (v *view) madeClear(i int) {
	if v.d.off[ConsMadeClear] || v.insideClaim(i) {
		return
	}
	k := i + 1
	if v.w(k) == "it" {
		k++
	}
	if !evident[v.w(k)] || !(v.finite(i) || v.commaParticiple(i)) {
		return
	}
	c := v.newCue(i, speech)
	verb := v.d.res.Doc.Text[v.toks[i].Start:v.toks[k].End]
	v.used[i] = true
	v.inferred = -1
	speaker := -1
	if v.commaParticiple(i) {
		speaker = v.subject
		if speaker >= 0 && v.subjectAt > i {
			speaker = -1
		}
	} else if sp, ok := v.madeClearSubject(c.start); ok {
		speaker = sp
	} else {
		sp, at := v.subjectBefore(c.start)
		if at < 0 || v.w(at) == "it" || v.w(at) == "this" || v.w(at) == "that" {
			return
		}
		speaker = sp
		v.unnamed = v.sourceBefore(at)
	}
	defer func() { v.unnamed = extract.Span{} }()
	v.construction = ConsMadeClear
	v.content(speaker, -1, k+1, speech, verb, i)
}

// madeClearSubject returns the sentence's named subject when "and" or
// "but" (after a comma or not) right before token start, a verb group's
// first word, joins it as a second predicate (rule made-clear-joined):
// "Ann Lee kept quiet on the ferry, but made it clear that A" is
// Ann Lee's. ok is false otherwise.
func (v *view) madeClearSubject(start int) (int, bool) {
	if v.d.off[RuleMadeClearJoined] || start < 1 || v.w(start-1) != "and" && v.w(start-1) != "but" {
		return -1, false
	}
	if v.subject < 0 || v.subjectAt >= start-1 || v.inQuotation(v.subjectAt) || v.entType(v.subject) != extract.Person && v.entType(v.subject) != extract.Organization {
		return -1, false
	}
	return v.subject, true
}

// comparisons reads each verb of likening of the sentence outside a
// quotation (comparison).
func (v *view) comparisons() {
	for i := 1; i+2 < v.n(); i++ {
		if v.used[i] || !v.d.lex.Is(v.lemma(i), lexicon.Comparison) {
			continue
		}
		if !v.quotedAt(i) {
			v.comparison(i)
		}
	}
}

// comparison reads a verb of likening with an object and "to" or
// "with" as the judgement its subject put in words: "X likened the deal
// to a surrender", "X compared Y with Z", "..., comparing Y to Z" (the
// main clause's subject). What is said is the object and the rest of
// its clause. The subject is a name, a pronoun, or a noun of people, a
// body or a share of them.
func (v *view) comparison(i int) {
	if v.d.off[ConsComparison] || v.insideClaim(i) || v.passive(i) || !(v.finite(i) || v.commaParticiple(i)) {
		return
	}
	k := i + 1
	if !(v.objectStart(k) || v.tag(k) == "PRP") || v.tag(k) == "VBG" {
		return
	}
	// The "to" or "with" after the object, with no clause's verb,
	// comma or quotation mark before it.
	to := -1
	for j := k + 1; j < v.n() && j < k+15; j++ {
		if w := v.w(j); w == "to" || w == "with" {
			to = j
			break
		}
		if t, w := v.tag(j), v.w(j); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || w == "," || w == ";" || w == ":" || quoteOpen[w] || quoteClose[w] {
			return
		}
	}
	if to < 0 || !(v.objectStart(to+1) || v.tag(to+1) == "PRP" || v.tag(to+1) == "WP") {
		return
	}
	speaker := -1
	v.unnamed = extract.Span{}
	if v.commaParticiple(i) {
		speaker = v.subject
		if speaker < 0 || v.subjectAt > i {
			return
		}
	} else {
		sp, at := v.subjectBefore(v.newCue(i, speech).start)
		if at < 0 || sp < 0 && !(v.tag(at) == "PRP" || v.agentNoun(at) || v.partitive(at)) {
			return
		}
		speaker = sp
		if sp < 0 {
			v.unnamed = v.sourceBefore(at)
		}
	}
	defer func() { v.unnamed = extract.Span{} }()
	v.used[i] = true
	v.inferred = -1
	v.construction = ConsComparison
	v.add(speaker, -1, k, v.clauseEnd(k), v.w(i))
}

// inEvidence reads a record that a clause is found in, as "according
// to" is read: "In the latest poll, X leads Y". The phrase after "in"
// opens the sentence, is headed by a noun of the lexicon's Evidence
// class and a comma ends it; the clause after it holds a finite verb.
// The record is the unnamed source, or the name of a body in it. (After
// the clause, "X led in the latest poll", it was right on PolNeAR train
// only 22 times in 38: left out.) A short modifier may come between the
// phrase and the comma (inEvidenceModifier). A clause that a verb of
// saying or belief reports from ("In the poll, 60 percent said ...")
// is that verb's.
func (v *view) inEvidence(i int) {
	if v.d.off[ConsInEvidence] {
		return
	}
	// The phrase: determiners, adjectives, names, nouns and numbers,
	// its head the last noun.
	j, head := i+1, -1
	for j < v.n() && j < i+10 {
		t := v.tag(j)
		if v.entAt(j) >= 0 {
			j = v.mentionEnd(j)
			// "a national Acme/Harlow University Poll": a name
			// that a noun of evidence ends is its head.
			if !v.d.off[RuleEvidenceModifier] && v.d.lex.Is(strings.ToLower(v.w(j-1)), lexicon.Evidence) {
				head = j - 1
			}
			continue
		}
		if !(t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || v.w(j) == "/" || v.w(j) == "-") {
			break
		}
		if strings.HasPrefix(t, "NN") {
			head = j
		}
		j++
	}
	if head < 0 || head != j-1 || !v.evidenceNoun(head) || v.insideClaim(i) {
		return
	}
	x := v.npEntity(i + 1)
	if x >= 0 && v.entType(x) == extract.Location {
		x = -1 // "the latest Norland poll": a poll of the place, not by it
	}
	v.construction = ConsInEvidence
	v.unnamed = extract.Span{}
	if x < 0 {
		v.unnamed = v.sourceSpan(i+1, j)
	}
	defer func() { v.unnamed = extract.Span{} }()
	if i == v.clauseStart() {
		j = v.inEvidenceModifier(j)
	}
	if i == v.clauseStart() && v.w(j) == "," {
		if hi := v.contentEnd(j + 1); hi > j+1 && v.finiteBetween(j+1, hi) && !v.reportsBetween(j+1, hi) {
			v.add(x, -1, j+1, hi, "in")
		}
	}
}

// reportsBetween reports whether a finite verb of saying or of belief
// lies between tokens lo and hi ("In the poll, 60 percent said ..."):
// what the clause reports is that verb's content, not the clause.
func (v *view) reportsBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if kind, ok := v.kind(k); ok && (kind == speech || kind == belief) && v.finite(k) {
			return true
		}
	}
	return false
}

// inEvidenceModifier returns the token after a short modifier that
// follows the phrase of in-evidence, which ends before token j, when a
// comma ends the modifier: a date ("last month"), a name after "from",
// "of" or "by", or a past participle's phrase, maybe after a comma
// ("released Monday", ", conducted by Acme,"): the comma. Otherwise it
// returns j.
func (v *view) inEvidenceModifier(j int) int {
	k := j
	for n := 0; n < 3 && k < v.n(); n++ {
		switch {
		case v.litAt(k) >= 0 && v.d.res.Mentions[v.litAt(k)].Type == extract.Date && !v.d.off[RuleEvidenceModifier]:
			for k < v.n() && v.litAt(k) >= 0 {
				k++
			}
		case (v.w(k) == "from" || v.w(k) == "of" || v.w(k) == "by") && v.entAt(k+1) >= 0 && !v.d.off[RuleEvidenceModifier]:
			k = v.mentionEnd(k + 1)
		default:
			p := k
			if v.w(p) == "," {
				p++
			}
			if v.d.off[RuleEvidenceParticiple] || !(v.tag(p) == "VBN" || v.tag(p) == "VBD") || !strings.HasSuffix(v.w(p), "ed") {
				if k > j && v.w(k) == "," {
					return k
				}
				return j
			}
			// The participle's phrase runs to a comma, with no
			// finite verb in it.
			e := p + 1
			for e < v.n() && e < p+12 && v.w(e) != "," {
				if t := v.tag(e); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || v.w(e) == ";" || v.w(e) == ":" {
					return j
				}
				e++
			}
			if v.w(e) != "," {
				return j
			}
			return e
		}
	}
	if v.w(k) == "," {
		return k
	}
	return j
}

// read reads the reporting verb at token i, of the given kind.
func (v *view) read(i int, kind verbKind, quoted bool) {
	v.used[i] = true
	v.nested = quoted
	v.inferred = -1 // only this verb's speaker counts
	v.co, v.coFor = nil, -1
	v.unnamed = extract.Span{}
	v.relClause = false
	v.verb(i, kind)
	v.nested = false
	v.unnamed = extract.Span{}
	v.relClause = false
}

// thatVerb reports whether token i is a finite verb that no class of
// the lexicon marks as reporting but that takes a clause after "that"
// ("estimated that ...", "pointed out that ...", "ruled that ..."):
// English gives such a clause to verbs of saying, knowing and
// judging. Verbs of causing and needing ("ensure that", "mean that",
// "require that") assert nothing of their own and are left out, as is
// an impersonal subject ("it seems that").
func (v *view) thatVerb(i int) bool {
	if v.d.off[ConsThatClause] || v.entAt(i) >= 0 || v.aux(i) || nonReporting[v.lemma(i)] || !v.d.lex.Known(v.lemma(i), lexicon.Verb) {
		return false
	}
	if t := v.tag(i); t != "VBD" && t != "VBZ" && t != "VBP" && t != "VBN" && t != "VB" {
		return false
	}
	k := i + 1
	if v.tag(k) == "RP" {
		k++ // "pointed out that"
	}
	if v.w(k) != "that" || v.tag(k) != "IN" || !v.subjectThenVerb(k+1, v.n()) {
		return false // "dominated that category"
	}
	// "It seems that ...", "there emerged that ...": no one's words.
	j := i - 1
	for j >= 0 && (v.aux(j) || v.tag(j) == "RB") {
		j--
	}
	return v.w(j) != "it" && v.w(j) != "there"
}

// nonReporting are the verbs of causing and needing that take a clause
// after "that" which no one asserts.
var nonReporting = map[string]bool{"mean": true, "ensure": true, "insure": true, "require": true, "make": true, "see": true, "so": true}

// inQuotation reports whether token k lies inside a quotation.
func (v *view) inQuotation(k int) bool {
	for _, q := range v.d.quotesIn[v.si] {
		if k >= 0 && k < v.n() && v.toks[k].Start >= q.Start && v.toks[k].End <= q.End {
			return true
		}
	}
	return false
}

// quotedTokens marks the tokens of the sentence inside a quotation.
func (v *view) quotedTokens() []bool {
	inQuote := make([]bool, v.n())
	for k := range inQuote {
		inQuote[k] = v.inQuotation(k)
	}
	return inQuote
}

// reportingUse reports whether the reporting word at token i, of the
// given kind, reports here: it is used as a verb, not as a noun or an
// infinitive, not negated or passive, has what its kind needs, and is
// not already part of a claim. Words inside a quotation are the quoted
// speaker's: a reporting verb there is not the article's, unless a name
// is its subject (a nested attribution: “... and Smith said we should
// go”).
func (v *view) reportingUse(i int, kind verbKind, quoted bool) bool {
	if v.used[i] || v.entAt(i) >= 0 || !v.isVerb(i) && !v.afterComma(i) && !v.verbLike(i) {
		return false
	}
	if v.nounOrInfinitive(i) || v.prepositional(i) || v.notSpeech(i, kind) || quoted && v.entAt(i-1) < 0 || v.mandative(i) {
		return false
	}
	if v.conditional(i) || v.copular(i) || v.compoundHead(i) {
		return false
	}
	if !v.kindFits(i, kind) {
		return false
	}
	// "X said he believes ...", "X said Y told him ...": what is
	// reported inside what someone said is part of that claim.
	return !v.insideClaim(i)
}

// compoundHead reports whether the plural present at token i, a word
// the lexicon has as a noun too, after a bare compound of common nouns
// that opens the clause, the last singular and no body's, people's or
// group's (which British English gives a plural verb: "Committee staff
// say"), is the head noun of their compound (rule compound-head): "TV
// talent show Harlow Nights is back" tells of a show, no one shows.
func (v *view) compoundHead(i int) bool {
	if v.d.off[RuleCompoundHead] || i < 2 || v.tag(i) != "VBP" || v.tag(i-1) != "NN" || v.entAt(i-1) >= 0 || !v.d.lex.Known(v.low[i], lexicon.Noun) {
		return false
	}
	// A bare compound that opens the clause: no determiner, no name.
	start := v.clauseStart()
	if i-start < 2 {
		return false
	}
	for k := start; k < i; k++ {
		if !strings.HasPrefix(v.tag(k), "NN") || v.entAt(k) >= 0 {
			return false
		}
	}
	c := v.d.lex.Classes(v.lemma(i - 1))
	for _, k := range []lexicon.Class{lexicon.Government, lexicon.Organization, lexicon.OrgGeneric, lexicon.Corporation, lexicon.Team, lexicon.Party, lexicon.NewsMedia, lexicon.Legislature, lexicon.ArmedGroup, lexicon.MusicGroup, lexicon.PersonNoun, lexicon.Occupation, lexicon.Office, lexicon.Membership, lexicon.Education, lexicon.OrgPart, lexicon.Evidence, lexicon.Statement} {
		if c.Has(k) {
			return false
		}
	}
	return true
}

// kindFits reports whether the verb at token i is used as the cue of its
// kind needs: an intention not after a modal of ability, an accusation
// with what of, a question that is asked, a belief (and the like) by a
// finite verb.
func (v *view) kindFits(i int, kind verbKind) bool {
	// "X may seek to ...": what X might do, not what X intends.
	if kind == intention && !v.d.off[RuleAbilityIntent] && abilityModals[v.w(i-1)] {
		return false
	}
	// An accusation names what of: "accused Y of X", "charged Y with
	// X", "blamed Y for X" ("charged towards the lines" is none).
	if kind == accusation && !v.accusationObject(i) {
		return false
	}
	// A question too, or a participle after a comma (", asking ..."):
	// not "Asked whether ..., X said", "when asked ...".
	if kind == question && (!v.finite(i) && !(v.w(i-1) == "," && v.tag(i) == "VBG") && !v.askedAfterNoun(i) || v.tag(i-1) == "WRB" || v.frontedAsked(i)) {
		return false
	}
	// A belief needs a finite verb or one after an auxiliary: not
	// "detaining suspects indefinitely", "people suspected of".
	if (kind == belief || kind == intention || kind == demand || kind == mentioning || kind == criticism || kind == stance || kind == topic || kind == reference || kind == communication || v.toInfinitive(i)) && !v.finite(i) && v.governing(i) < 0 && !v.commaParticiple(i) &&
		!((kind == topic || kind == reference) && gerundPrep[v.w(i-1)] && v.tag(i) == "VBG") {
		return false
	}
	return true
}

// copular reports whether the verb at token i links its subject to an
// adjective, not to what is said ("may not prove so easy,", "proved
// popular."): an adjective right after it, past degree adverbs, then a
// comma, a full stop, a semicolon or the sentence's end.
func (v *view) copular(i int) bool {
	if v.d.off[RuleCopular] {
		return false
	}
	k := i + 1
	for k < v.n() && v.tag(k) == "RB" && v.entAt(k) < 0 {
		k++
	}
	if v.tag(k) != "JJ" || v.entAt(k) >= 0 {
		return false
	}
	w := v.w(k + 1)
	return k+1 >= v.n() || w == "," || w == "." || w == ";"
}

// conditional reports whether the verb at token i is in a clause of
// condition, "if"/"unless" (or a sentence's opening "where") before it
// with no comma, semicolon nor quotation mark between: "If Ann Lee says
// yes, ...", "where it finds gaps, it will ..." state no one's words.
func (v *view) conditional(i int) bool {
	if v.d.off[RuleConditional] {
		return false
	}
	if v.invertedCondition(i) {
		return true
	}
	for k := i - 1; k >= 0; k-- {
		w := v.w(k)
		if w == "," || w == ";" || w == ":" || quoteOpen[w] || quoteClose[w] || w == "\"" {
			return false
		}
		if (w == "if" || w == "unless") && v.tag(k) == "IN" || w == "where" && k == v.clauseStart() {
			return true
		}
	}
	return false
}

// invertedCondition reports whether the verb at token i is in a clause
// of condition that "had" or "should" opens before its subject, a
// pronoun or a name, with no "if": "(longer) had she denied the
// charge", "should he deny it": what was not, or is not yet, said.
func (v *view) invertedCondition(i int) bool {
	j := i - 1
	for j >= 0 && v.adverb(j) {
		j--
	}
	switch {
	case j < 0:
		return false
	case v.tag(j) == "PRP":
		j--
	case v.entAt(j) >= 0:
		j = v.mentionStart(j) - 1
	default:
		return false
	}
	// The tagger may read the participle after "had she" as a past
	// tense, and the base form after "should he" as a present.
	switch v.w(j) {
	case "had":
		return v.tag(i) == "VBN" || v.tag(i) == "VBD"
	case "should":
		return v.tag(i) == "VB" || v.tag(i) == "VBP"
	}
	return false
}

// mandative reports whether the verb at token i is a subjunctive in a
// clause that a verb of demanding opens ("demanded that Ann Lee explain
// the cost", "urged that the board explain"): its base form after a
// singular subject, which states what is demanded, not what the subject
// said.
func (v *view) mandative(i int) bool {
	if v.d.off[RuleMandative] || v.w(i) != v.lemma(i) || v.aux(i) {
		return false
	}
	j := i - 1
	for j > 0 && v.adverb(j) {
		j--
	}
	switch {
	case v.entAt(j) >= 0:
		j = v.mentionStart(j)
	case v.tag(j) == "NN":
		for j > 0 && v.entAt(j-1) < 0 && (strings.HasPrefix(v.tag(j-1), "JJ") || v.tag(j-1) == "NN" || v.tag(j-1) == "DT") {
			j--
		}
	default:
		return false
	}
	return v.w(j-1) == "that" && v.d.lex.Is(v.lemma(j-2), lexicon.Demand)
}

// frontedAsked reports whether token i is "asked" opening the sentence,
// a participle with no subject whatever the tagger says ("Asked whether
// ..., X said"): askedQuestions reads it.
func (v *view) frontedAsked(i int) bool {
	j := i - 1
	for j >= 0 && v.toks[j].Kind != tokenize.Word {
		j--
	}
	return v.w(i) == "asked" && j < 0
}

// commaParticiple reports whether the verb at token i is a present
// participle after a comma, whose subject is the main clause's ("X
// resigned, citing the cost", "X spoke, backing Y", "X left, hoping to
// return"): it is read as finite verbs of its kind are.
func (v *view) commaParticiple(i int) bool {
	return !v.d.off[RuleParticipleKinds] && v.w(i-1) == "," && v.tag(i) == "VBG" && strings.HasSuffix(v.w(i), "ing")
}

// governing returns the verb whose to-infinitive the verb at token i is
// ("went on to say", "took to Twitter to say", "was quick to point
// out", "were more likely to support"): a verb of the main clause a few
// words before "to", with only adverbs, adjectives of manner and
// likelihood, particles or a short prepositional phrase between; or -1.
// A noun right before "to" ("a plan to say") makes it none.
func (v *view) governing(i int) int {
	if v.d.off[ConsInfinitive] || v.w(i-1) != "to" || v.tag(i) != "VB" || i < 3 {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		t := v.tag(k)
		switch {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBG" || t == "VBN" && v.aux(k-1):
			if v.aux(k) && !isBe(v.w(k)) || k == i-2 && t == "VBN" {
				return -1
			}
			return k
		case isBe(v.w(k)) && k < i-2 && strings.HasPrefix(v.tag(k+1), "JJ") || isBe(v.w(k)) && v.tag(k+1) == "RB":
			return k // "was quick to", "are more likely to"
		case t == "RB" || t == "RBR" || t == "RP" || strings.HasPrefix(t, "JJ") && k > i-2-3:
		case k == i-2 && (strings.HasPrefix(t, "NN") || v.entAt(k) >= 0):
			// "took to Twitter to say": a name after "to" is a place
			// to go; another noun the infinitive describes.
			if !(v.entAt(k) >= 0 && v.w(v.mentionStart(k)-1) == "to") {
				return -1
			}
			k = v.mentionStart(k) - 1
		default:
			return -1
		}
	}
	return -1
}

// askedAfterNoun reports whether the verb of asking at token i, tagged a
// participle, follows its subject's noun with no auxiliary and comes
// before an indirect question ("a reporter asked if ..."): the tagger
// read a past tense as a participle.
func (v *view) askedAfterNoun(i int) bool {
	if v.tag(i) != "VBN" || !(strings.HasPrefix(v.tag(i-1), "NN") || v.entAt(i-1) >= 0) {
		return false
	}
	w := v.w(i + 1)
	return w == "if" || w == "whether"
}

// nounOrInfinitive reports whether the word at token i is an infinitive
// ("is to blame", "wants to deny") or a noun ("in writing", "the
// claims"): it reports nothing.
func (v *view) nounOrInfinitive(i int) bool {
	if v.governing(i) >= 0 {
		return false // "went on to say that ...": the infinitive construction
	}
	if gerundPrep[v.w(i-1)] && v.tag(i) == "VBG" {
		return false // "responded by saying that ...": the gerund construction
	}
	// "Some said ...", "another says ...": a determiner that stands
	// alone for a share of people is a subject, not "the said X".
	if v.tag(i-1) == "DT" && v.pronounDeterminer(i-1) {
		return false
	}
	return v.w(i-1) == "to" || (v.tag(i-1) == "IN" && v.w(i-1) != "as") || v.tag(i-1) == "DT" || v.tag(i-1) == "PRP$"
}

// pronounDeterminer reports whether the determiner at token j stands
// alone as a noun phrase for people ("some", "another", "both"): a
// partitive or "another", at a clause's start or after a conjunction or
// a comma, the verb right after it finite.
func (v *view) pronounDeterminer(j int) bool {
	if v.d.off[RuleQuantitySubject] || !(partitives[v.w(j)] || v.w(j) == "another" || v.w(j) == "both") {
		return false
	}
	if t := v.tag(j + 1); t != "VBD" && t != "VBZ" && t != "VBP" {
		return false
	}
	p := v.w(j - 1)
	return j == v.clauseStart() || p == "," || p == "and" || p == "but" || p == "while" || p == "yet" || p == "whereas"
}

// prepositional reports whether the verb at token i takes "on", "upon"
// or "about" ("insisted on finishing", "reported on the trial"): not
// speech, unless the phrase is a date ("said on Friday that") or a
// medium before "that" ("said on his blog that"), or the verb and
// particle are a demand ("called on the mayor to resign").
func (v *view) prepositional(i int) bool {
	next := v.w(i + 1)
	if next == "about" && !v.d.off[ConsSpeechPrep] && v.d.lex.Is(v.lemma(i), lexicon.Speech) && v.lemma(i) != "say" {
		return false // "warned about Y": speech-prep
	}
	return (next == "on" || next == "upon" || next == "about") && v.litAt(i+2) < 0 && v.tag(i+2) != "NNP" &&
		!v.d.lex.Is(v.lemma(i)+" "+next, lexicon.Demand) && !v.d.lex.Is(v.lemma(i)+" "+next, lexicon.Discussion) &&
		!(next == "on" && v.mediumThat(i+2))
}

// mediumThat reports whether a short noun phrase that starts at token k
// is followed by "that" and a clause: "said on his blog that ...", "wrote
// on the website that ...": the medium of the words, not their subject.
func (v *view) mediumThat(k int) bool {
	if v.d.off[RuleMediumThat] {
		return false
	}
	for j := k; j < v.n() && j < k+5; j++ {
		switch t := v.tag(j); {
		case v.w(j) == "that" && t != "DT" && j > k:
			// The phrase's head is a medium: a news medium, a statement,
			// a work or a word of communicating ("blog", "website",
			// "programme", "interview"), not "insisted on the plan that
			// Congress passed".
			c := v.d.lex.Classes(v.lemma(j - 1))
			medium := c.Has(lexicon.NewsMedia) || c.Has(lexicon.Statement) || c.Has(lexicon.Work) || c.Has(lexicon.Communication)
			return medium && (!v.isVerb(j+1) || v.tag(j+1) == "VBG")
		case t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "POS":
		default:
			return false
		}
	}
	return false
}

// notSpeech reports the uses of a reporting verb that report nothing:
// "claimed responsibility", "is said to", "the reported attack", and a
// negated or passive verb.
func (v *view) notSpeech(i int, kind verbKind) bool {
	w, next := v.w(i), v.w(i+1)
	return (strings.HasPrefix(w, "claim") && (next == "responsibility" || next == "credit" || v.claimsPrize(i))) ||
		(next == "to" && kind != address && (isBe(v.w(i-1)) && v.tag(i) != "VBG" || w == "said" && (v.tag(i+2) == "VB" || v.d.off[RuleFinalAdjunct]))) ||
		v.negated(i) && !v.negatedSide(kind) || v.passive(i)
}

// claimsPrize reports whether the verb at token i ("claim") takes as its
// object a win or a prize ("claimed a 5-0 win", "claimed the gold
// medal"): taking it, not saying anything.
func (v *view) claimsPrize(i int) bool {
	for j := i + 1; j < v.n() && j <= i+5; j++ {
		switch t := v.tag(j); {
		case t == "DT" || t == "CD" || t == "PRP$" || strings.HasPrefix(t, "JJ") || t == "HYPH":
			continue
		case strings.HasPrefix(t, "NN") || j > i+1 && strings.HasPrefix(t, "VB"):
			// After a determiner or a number, a verb's form is the
			// tagger's slip for a noun ("a 5-0 win"/VBP).
			if l := v.d.lex.Lemma(v.w(j), "NN"); v.d.lex.Is(l, lexicon.Award) || v.d.lex.Is(l, lexicon.Defeat) {
				return true
			}
			if strings.HasPrefix(v.tag(j+1), "NN") {
				continue // "the gold medal"
			}
		}
		return false
	}
	return false
}

// negatedSide reports whether a negated verb of the kind still reports:
// a side not taken, a thing not mentioned, an intention or a belief not
// held is the speaker's position ("X has not endorsed Y", "X does not
// plan to run", "X does not believe Y will win"), unlike "did not say".
func (v *view) negatedSide(kind verbKind) bool {
	return !v.d.off[RuleNegatedSide] && (kind == stance || kind == mentioning || kind == intention || kind == belief)
}

// insideClaim reports whether token i lies in the content of a claim
// already read in this sentence.
func (v *view) insideClaim(i int) bool {
	for ci := len(v.d.claims) - 1; ci >= 0 && v.d.claims[ci].Sentence == v.si; ci-- {
		if c := v.d.claims[ci]; c.Start <= v.toks[i].Start && v.toks[i].End <= c.End {
			return true
		}
	}
	return false
}

// accusationObject reports whether the accusing verb at i has an object
// and then, within its clause, a preposition that names the charge ("of",
// "with", "for", "over"; only "with" after "charge", whose "for" names
// what a price is asked for: "Acme can charge its rivals for space").
func (v *view) accusationObject(i int) bool {
	// The accused comes first: "charged towards the lines" accuses nobody.
	if t := v.tag(i + 1); t == "IN" || t == "RB" || t == "TO" {
		return false
	}
	// "charge X with Y" accuses; "charge X for Y" asks a price (rule
	// charge-with). The one word is the rule: of the lexicon's Accusation
	// verbs (accuse, blame, indict, fault, ...) only "charge" also means
	// asking a payment (WordNet's "demand payment"), so only its "for"
	// can name a price rather than a fault.
	priced := v.lemma(i) == "charge" && !v.d.off[RuleChargeWith]
	for j := i + 1; j < v.n() && j <= i+8; j++ {
		switch v.w(j) {
		case "of", "for", "over":
			if !priced {
				return true
			}
		case "with":
			return true
		case ",", ".", ";", ":":
			return false
		}
	}
	return false
}

// verbLike reports whether a reporting word the tagger did not call a
// verb is used as one: after a subject (a name, a pronoun, a plural
// noun) and before a clause ("ministers insist they ...").
func (v *view) verbLike(i int) bool {
	prev := v.tag(i - 1)
	// "the candidate plans to go", "X, who ..., wants to go": a verb
	// of intention in -s that the tagger took for a plural noun, before
	// a to-infinitive, after a singular noun, a name or a comma.
	if v.tag(i) == "NNS" && v.w(i+1) == "to" && v.tag(i+2) == "VB" && v.d.lex.Is(v.lemma(i), lexicon.Intention) && !v.d.off[RuleIntentionNoun] &&
		(prev == "NN" || prev == "NNP" || v.entAt(i-1) >= 0 || v.w(i-1) == ",") {
		return true
	}
	if !(v.entAt(i-1) >= 0 || prev == "PRP" || prev == "NNS" || prev == "NNPS" || v.capitalisedNoun(i-1)) {
		return false
	}
	next := v.w(i + 1)
	// "“...,” X notes.": a name after a quotation, and the sentence's
	// end: a final attribution.
	if (next == "." || next == "") && v.entAt(i-1) >= 0 {
		if ms := v.mentionStart(i - 1); quoteClose[v.w(ms-1)] || v.w(ms-1) == "," && quoteClose[v.w(ms-2)] {
			return true
		}
	}
	// "X talks about Y": a verb of discussion and its preposition.
	// "X notes: “...”": a colon before a quotation.
	return next == "that" || v.tag(i+1) == "PRP" || v.tag(i+1) == "DT" || quoteOpen[next] || next == ":" && v.opensQuote(i+2) || v.d.lex.Is(v.lemma(i)+" "+next, lexicon.Discussion)
}

// askedQuestions reads a question put to someone by a speaker the text
// does not name: "asked" as a passive or a participle that opens its
// clause, before an indirect question ("When asked whether X, Y said",
// "Asked if ..., Y laughed", "Y was asked how ..."). The question is the
// asker's words; the one asked answers, so is no speaker of it.
func (v *view) askedQuestions() {
	if v.d.off[ConsAskedQuestion] {
		return
	}
	for i := 0; i+2 < v.n(); i++ {
		if v.low[i] != "asked" || v.used[i] || v.insideClaim(i) {
			continue
		}
		j := i - 1
		for j >= 0 && (v.tag(j) == "RB" || v.w(j) == "been" || v.w(j) == "being") && !isBe(v.w(j)) {
			j--
		}
		fronted := j < 0
		if j >= 0 {
			switch v.low[j] {
			case "when", "if", "after", "once":
				fronted = true
			}
		}
		if !fronted && (j < 0 || !isBe(v.low[j])) {
			continue
		}
		k := i + 1
		hi := v.contentEnd(k)
		about := !fronted && v.w(k) == "about" && (v.objectStart(k+1) || v.entAt(k+1) >= 0)
		if about {
			k++ // "asked about the budget": what the question was about
		}
		if !about && !v.whClause(k, hi) {
			continue
		}
		if fronted || about {
			// The clause after the comma is the answer's, or the
			// sentence's: the question, or its topic, ends there.
			for e := k + 1; e < hi; e++ {
				if v.w(e) == "," {
					hi = e
					break
				}
			}
		} else {
			hi = v.clauseEnd(k)
		}
		v.used[i] = true
		v.unnamed = extract.Span{}
		v.construction = ConsAskedQuestion
		n := len(v.d.claims)
		v.add(-1, -1, k, hi, v.w(i))
		if len(v.d.claims) == n+1 {
			v.dropInside(n)
		}
	}
}

// evidenceGerunds reads a noun of the lexicon's Evidence class that a
// gerund of a verb of saying or belief follows with no comma, a reduced
// relative clause: "polls showing her well behind", "a study finding
// that wages rose". The record is the unnamed source; what it shows, to
// the end of its clause or a comma, is the content.
func (v *view) evidenceGerunds() {
	if v.d.off[RuleEvidenceGerund] || v.d.off[ConsEvidence] {
		return
	}
	for i := 1; i+1 < v.n(); i++ {
		if v.tag(i) != "VBG" || !strings.HasSuffix(v.low[i], "ing") || v.used[i] || v.insideClaim(i) {
			continue
		}
		if kind, ok := v.kind(i); !ok || kind != speech && kind != belief {
			continue
		}
		if v.entAt(i-1) >= 0 || !strings.HasPrefix(v.tag(i-1), "NN") || !v.evidenceNoun(i-1) {
			continue
		}
		k := i + 1
		if v.w(k) == "that" {
			k++
		}
		if !(v.objectStart(k) || v.tag(k) == "PRP") || v.tag(k) == "VBG" {
			continue
		}
		hi := v.clauseEnd(k)
		for j := k; j < hi; j++ {
			if v.w(j) == "," {
				hi = j
				break
			}
		}
		v.used[i] = true
		v.unnamed = v.sourceBefore(i - 1)
		v.construction = ConsEvidence
		v.add(-1, -1, k, hi, v.w(i))
		v.unnamed = extract.Span{}
	}
}

// regardVerbs are the verbs of holding someone or something to be
// something, with "as": WordNet's consider.v.04 (see, view, regard) but
// consider and reckon, which the lexicon has as verbs of belief already.
var regardVerbs = map[string]bool{"see": true, "view": true, "regard": true}

// regarding reads a verb of regarding with an object and "as" as a view
// its subject holds: "voters see X as the stronger candidate", "X views
// the deal as a failure", read as "described Y as Z" is. The subject is a
// name, a pronoun or a noun of people or a share of them.
func (v *view) regarding() {
	if v.d.off[RuleRegardAs] {
		return
	}
	for i := 1; i+2 < v.n(); i++ {
		if !regardVerbs[v.lemma(i)] || v.used[i] || v.insideClaim(i) || !v.finite(i) || v.passive(i) {
			continue
		}
		if v.quotedAt(i) {
			continue
		}
		j := v.phraseEnd(i + 1)
		if v.w(j) != "as" {
			j = v.regardedAs(i + 1)
		}
		if j <= i+1 || v.w(j) != "as" || !(v.objectStart(i+1) || v.tag(i+1) == "PRP" && !v.d.off[RuleRegardAsPhrase]) || !v.asComplement(j+1) || !v.nominal(i+1, j) {
			continue
		}
		if e := v.objectEnd(j + 1); e > j+1 && e < v.n() {
			if t := v.tag(e); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				continue // "as" a conjunction
			}
		}
		speaker, at := v.subjectBefore(v.newCue(i, belief).start)
		if at < 0 || speaker < 0 && !(v.tag(at) == "PRP" || v.agentNoun(at) || v.partitive(at)) {
			continue
		}
		v.used[i] = true
		if speaker < 0 {
			v.unnamed = v.sourceBefore(at)
		}
		v.construction = ConsDescribedAs
		v.add(speaker, -1, i+1, v.clauseEnd(i+1), v.w(i))
		v.unnamed = extract.Span{}
	}
}

// stanceModifiers reads a participle of taking a side right after the
// noun it modifies as that noun's side: "a group backing X", "voters
// supporting Y", "a statement defending Z" (RuleStanceModifier). The
// noun is a name of a person or a body, or a noun of people, a body, a
// share or a statement; what is taken a side on is the object, to a
// comma, a relative pronoun or the finite verb of the clause.
func (v *view) stanceModifiers() {
	if v.d.off[RuleStanceModifier] || v.d.off[ConsStance] {
		return
	}
	for i := 1; i+1 < v.n(); i++ {
		if v.tag(i) != "VBG" || v.used[i] || v.insideClaim(i) || v.w(i-1) == "," {
			continue
		}
		if kind, ok := v.kind(i); !ok || kind != stance {
			continue
		}
		at := i - 1
		speaker, ok := v.sideTaker(at, true)
		if !ok {
			continue
		}
		k := i + 1
		if !(v.objectStart(k) || v.tag(k) == "PRP") || v.tag(k) == "VBG" || v.startsClause(k) {
			continue
		}
		// "a familiar supporting actor": a word that may be an
		// adjective, then the participle and a bare singular noun,
		// is one noun phrase, the participle an adjective in it.
		if speaker < 0 && !v.d.off[RuleMuteSpeaker] && v.tag(k) == "NN" && v.d.lex.Known(v.w(at), lexicon.Adjective) {
			continue
		}
		if v.quotedAt(i) {
			continue
		}
		if speaker < 0 {
			v.unnamed = v.sourceBefore(at)
			if v.unnamed.End <= v.unnamed.Start {
				continue
			}
		}
		hi := v.clauseEnd(k)
		for j := k + 1; j < hi; j++ {
			if t := v.tag(j); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == "WDT" || t == "WP" || v.w(j) == "," {
				hi = j
				break
			}
		}
		v.used[i] = true
		v.construction = ConsStance
		v.add(speaker, -1, k, hi, v.w(i))
		v.unnamed = extract.Span{}
	}
}

// sideTaker returns who takes a side when token k ends the phrase that
// names them: the entity of a person's or a body's name, or -1 for a
// noun of people or a share ("voters backing X", "most"), and, for a
// noun a participle modifies, also for a noun of a body or a statement
// ("a statement defending Y"); ok is false for anything else.
func (v *view) sideTaker(k int, modified bool) (speaker int, ok bool) {
	if v.entAt(k) >= 0 {
		e := v.entity(k)
		t := v.entType(e)
		return e, t == extract.Person || t == extract.Organization
	}
	if modified {
		return -1, strings.HasPrefix(v.tag(k), "NN") && (v.agentNoun(k) || v.partitive(k) || v.source(k))
	}
	return -1, v.agentNoun(k) || v.partitive(k)
}

// quotedAt reports whether token i lies inside a quotation
// (quotedTokens, computed once for the sentence).
func (v *view) quotedAt(i int) bool { return v.quotedAll()[i] }

// quotedAll returns quotedTokens, computed once for the sentence.
func (v *view) quotedAll() []bool {
	if v.quoted == nil {
		v.quoted = v.quotedTokens()
	}
	return v.quoted
}

// stancePassives reads a passive of taking a side with its agent after
// "by" as the agent's side: "X was endorsed by Y", "a measure opposed by
// unions", "X is supported by most voters" (RuleStancePassive). The
// agent is a name of a person or a body, or a noun of people, a body or
// a share of them; what a side is taken on is the subject's noun
// phrase, or the noun phrase the participle follows.
func (v *view) stancePassives() {
	if v.d.off[RuleStancePassive] || v.d.off[ConsStance] {
		return
	}
	for i := 1; i+2 < v.n(); i++ {
		if v.tag(i) != "VBN" || v.w(i+1) != "by" || v.used[i] || v.insideClaim(i) || !v.d.lex.Is(v.lemma(i), lexicon.Stance) {
			continue
		}
		// The agent.
		a := i + 2
		end := v.objectEnd(a)
		if end <= a {
			continue
		}
		speaker, ok := v.sideTaker(end-1, false)
		if !ok {
			continue
		}
		// The patient: the subject before "be", or the noun phrase
		// before the participle.
		j := i - 1
		for j > 0 && v.tag(j) == "RB" {
			j--
		}
		var lo, hi int
		if isBe(v.w(j)) || v.w(j) == "been" {
			for j > 0 && (v.aux(j) || v.tag(j) == "RB" || v.tag(j) == "MD") {
				j--
			}
			if !(strings.HasPrefix(v.tag(j), "NN") || v.entAt(j) >= 0) {
				continue
			}
			lo, hi = v.subjectStart(j), j+1
		} else {
			if v.w(j) == "," {
				j--
			}
			if !(strings.HasPrefix(v.tag(j), "NN") || v.entAt(j) >= 0) {
				continue
			}
			lo, hi = v.npStartBefore(v.mentionStart(j)), j+1
			if v.tag(lo-1) == "IN" || v.tag(lo-1) == "TO" {
				continue // "on both sides of the aisle promoted by X": which phrase the participle follows is unclear
			}
		}
		if lo >= hi || v.tag(lo) == "PRP" || v.tag(lo) == "WDT" || v.tag(lo) == "WP" || v.backedThing(lo, hi) {
			continue
		}
		if v.quotedAt(i) {
			continue
		}
		if speaker < 0 {
			v.unnamed = v.sourceSpan(a, end)
		}
		v.used[i] = true
		v.construction = ConsStance
		v.add(speaker, -1, lo, hi, v.w(i)+" by")
		v.unnamed = extract.Span{}
	}
}

// attitudes reads "be", an adjective and a clause after "that" as a
// view or a feeling its subject holds: "X is confident that ...",
// "officials were worried that ...", "X is convinced that ..." (the
// attitude construction). The subject is a name, a pronoun or a noun of
// people, a body or a share of them ("it is clear that ..." is no
// one's); "so" or "too" before the adjective makes "that" a result's
// ("so big that ..."), and an adjective in un- holds no view. What the
// view is about may follow "about" instead (RuleAttitudeAbout: "X is
// worried about the cost").
func (v *view) attitudes() {
	if v.d.off[ConsAttitude] {
		return
	}
	for i := 3; i+2 < v.n(); i++ {
		adj := i - 1
		about := v.w(i) == "about" && !v.d.off[RuleAttitudeAbout]
		be, ok := v.attitudeBe(i, about)
		if !ok {
			continue
		}
		hi := v.clauseEnd(i + 1)
		if !v.attitudeContent(i, hi, about) {
			continue
		}
		if v.quotedAt(i) {
			continue
		}
		speaker, ok := v.attitudeHolder(be)
		if !ok {
			continue
		}
		v.used[adj] = true
		v.construction = ConsAttitude
		v.add(speaker, -1, i+1, hi, v.d.res.Doc.Text[v.toks[be].Start:v.toks[adj].End])
		v.unnamed = extract.Span{}
	}
}

// attitudeBe reads the adjective before the "that" or "about" at token
// i and the "be" before it, past adverbs, for attitudes: "is confident
// that", "were deeply worried about", "remain convinced that". It
// returns the token of "be" (or "remain", "seem", "feel", not yet used),
// and whether the adjective is one of a view held: none after "so",
// "too" or "such" ("so big that ..."), none negated by "un" ("were
// unaware that ..."), and the "that" or "about" no claim's already.
func (v *view) attitudeBe(i int, about bool) (int, bool) {
	adj := i - 1
	if v.w(i) != "that" && !about || v.tag(i) != "IN" || !(strings.HasPrefix(v.tag(adj), "JJ") || v.tag(adj) == "VBN") || v.insideClaim(i) {
		return 0, false
	}
	if w := v.w(adj - 1); w == "so" || w == "too" || w == "such" {
		return 0, false
	}
	// "were unaware that ...", "is unsure that ...": an adjective
	// negated by its prefix says the view is not held.
	if strings.HasPrefix(v.w(adj), "un") {
		return 0, false
	}
	be := adj - 1
	for be > 0 && v.tag(be) == "RB" {
		be--
	}
	if !isBe(v.w(be)) && v.lemma(be) != "remain" && v.lemma(be) != "seem" && v.lemma(be) != "feel" || v.used[be] {
		return 0, false
	}
	return be, true
}

// attitudeContent reports whether what follows the "that" or "about" at
// token i, to hi, is what an attitude is of: after "that" a clause, its
// subject then its verb ("is confident that the talks will go on");
// after "about" a gerund's clause or a clause after a colon
// (aboutClause: "optimistic about raising money"), not a noun phrase
// ("worried about the cost", RuleAttitudeThing).
func (v *view) attitudeContent(i, hi int, about bool) bool {
	adj := i - 1
	if about {
		// "worried about the cost", "optimistic about raising
		// money": a noun phrase or a gerund's clause, after an
		// adjective or a participle of feeling ("was asked about"
		// is a passive of another verb).
		if !(v.objectStart(i+1) || v.tag(i+1) == "PRP") || (v.tag(i+1) == "PRP" || v.tag(i+1) == "DT") && v.phraseEnd(i+1) == i+2 || v.tag(adj) == "VBN" && !v.d.lex.Is(v.lemma(adj), lexicon.Feeling) {
			return false
		}
		// "remained optimistic about its outlook": a feeling about a
		// thing holds no proposition (RuleAttitudeThing); a gerund's
		// clause does.
		if !v.d.off[RuleAttitudeThing] && !v.aboutClause(i+1, hi) {
			return false
		}
	} else if !v.subjectThenVerb(i+1, hi) {
		return false
	}
	return true
}

// aboutClause reports whether the words at tokens [k, hi) after an
// attitude's "about" hold a proposition: a gerund's clause, perhaps
// after its subject ("optimistic about the party winning"), or a
// clause after a colon ("clear about one thing: the party must win").
func (v *view) aboutClause(k, hi int) bool {
	j := k
	for j < hi && j < k+6 && (nounPhraseTag(v.tag(j)) || v.entAt(j) >= 0) {
		j++
	}
	if v.tag(j) == "VBG" {
		return true
	}
	for ; j < hi; j++ {
		if v.w(j) == ":" {
			return v.finiteBetween(j+1, hi)
		}
	}
	return false
}

// attitudeHolder reads who holds the attitude whose "be" is at token be,
// the subject before it and its auxiliaries, modals and adverbs
// ("officials were worried", "X has long been convinced"): the entity,
// or -1 with v.unnamed set to the phrase that names an unnamed one. It
// reports whether there is one: a name, a pronoun or a noun of people,
// a body or a share of them, not "it", "this", "that" or "there" ("it is
// clear that ..." is no one's).
func (v *view) attitudeHolder(be int) (int, bool) {
	start := be
	for start > 0 && (v.aux(start-1) || v.tag(start-1) == "MD" || v.tag(start-1) == "RB") {
		start--
	}
	speaker, at := v.subjectBefore(start)
	if at < 0 || v.w(at) == "it" || v.w(at) == "this" || v.w(at) == "that" || v.w(at) == "there" || speaker < 0 && !(v.tag(at) == "PRP" || v.agentNoun(at) || v.partitive(at)) {
		return speaker, false
	}
	if speaker < 0 {
		if v.unnamed = v.sourceBefore(at); v.unnamed.End <= v.unnamed.Start && v.tag(at) != "PRP" {
			return speaker, false // no phrase to name the source by
		}
	}
	return speaker, true
}

// inFavorOf reads "in favor of" after a verb, or after "be", as a side
// its subject takes: "X voted in favor of the bill", "X spoke out in
// favor of Y", "X is in favor of Y" (RuleInFavorOf, recorded as stance).
// The subject is a name, a pronoun, or a noun of people, a body or a
// share; what a side is taken on is the noun phrase after "of", to the
// end of its clause.
func (v *view) inFavorOf() {
	if v.d.off[RuleInFavorOf] || v.d.off[ConsStance] {
		return
	}
	for i := 1; i+3 < v.n(); i++ {
		if v.w(i) != "in" || v.w(i+1) != "favor" && v.w(i+1) != "favour" || v.w(i+2) != "of" || v.insideClaim(i) {
			continue
		}
		k := i + 3
		if !v.objectStart(k) || (v.tag(k) == "PRP" || v.tag(k) == "DT") && v.phraseEnd(k) == k+1 {
			continue
		}
		// The verb: a particle or adverbs may come between ("spoke
		// out in favor of", "was always in favor of").
		j := i - 1
		for j > 0 && (v.tag(j) == "RB" || v.tag(j) == "RP") {
			j--
		}
		if t := v.tag(j); !strings.HasPrefix(t, "VB") || t == "VBG" && v.w(j-1) != "," || t == "VBN" && !v.aux(j-1) && !isBe(v.w(j-1)) {
			continue
		}
		if v.quotedAt(i) {
			continue
		}
		// The subject before the verb holds the view ("the senators all
		// voted ..." gives no phrase to name the source by).
		speaker, ok := v.attitudeHolder(j)
		if !ok {
			continue
		}
		v.construction = ConsStance
		v.add(speaker, -1, k, v.clauseEnd(k), "in favor of")
		v.unnamed = extract.Span{}
	}
}

// regardedAs returns the "as" after the object that starts at token k
// when a pronoun, prepositional phrases or a participle's phrase come
// between ("see him as", "see violence against X as", "see the
// elections held Sunday as"): the first "as" in the next 15 tokens, with
// no finite verb, comma, semicolon, colon or quotation mark before it;
// or -1.
func (v *view) regardedAs(k int) int {
	if v.d.off[RuleRegardAsPhrase] {
		return -1
	}
	for j := k + 1; j < v.n() && j < k+15; j++ {
		switch t, w := v.tag(j), v.w(j); {
		case w == "as":
			if v.w(j-1) == "such" || v.w(j+2) == "as" {
				return -1 // "such as", "as well as", "as long as"
			}
			return j
		case t == "VBZ" || t == "VBP" || t == "MD" || w == "," || w == ";" || w == ":" || quoteOpen[w] || quoteClose[w]:
			return -1
		case t == "VBD" && v.tag(j-1) == "PRP":
			// A past form after its noun is a participle ("the
			// elections held Sunday"); after a pronoun it is a
			// clause's verb.
			return -1
		}
	}
	return -1
}

// asComplement reports whether a complement of "as" starts at token k:
// a noun phrase, an adjective, an adverb before one ("as vastly more
// prepared"), a participle ("as posing risks", "as driven by") or a
// quotation.
func (v *view) asComplement(k int) bool {
	t := v.tag(k)
	switch {
	case v.objectStart(k) || quoteOpen[v.w(k)] || t == "RBS" || t == "VBN":
		return true
	case t == "RB" || t == "RBR":
		return v.asComplement(k+1) && v.tag(k+1) != "RB"
	}
	return false
}

// seemVerbs are the verbs of seeming that take a clause's subject and an
// infinitive or an adjective ("X seemed to agree", "X appears
// unperturbed"): WordNet's seem.v.01 without "look" and "sound", read far
// more often of sight and noise, and no class of the lexicon holds them.
var seemVerbs = map[string]bool{"seem": true, "appear": true}

// seeming reads a verb of seeming as the writer's judgement of its clause,
// a claim no one in the text is named as making: "X seemed to agree",
// "the economy appears to have slowed", "X appeared unperturbed". The
// content is the clause, its subject included. "It seems that ..." stays
// no one's words, as for other verbs with an impersonal subject.
func (v *view) seeming() {
	if v.d.off[ConsSeeming] {
		return
	}
	for i := 1; i+1 < v.n(); i++ {
		if !seemVerbs[v.lemma(i)] || v.used[i] || v.insideClaim(i) {
			continue
		}
		if t := v.tag(i); !(t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" && v.aux(i-1)) {
			continue
		}
		if v.quotedAt(i) {
			continue
		}
		k := i + 1
		for k < v.n() && v.tag(k) == "RB" {
			k++
		}
		lo := 0
		for j := i - 1; j > 0; j-- {
			if v.w(j) == ";" || v.w(j) == ":" || v.w(j) == "," && clauseJoin[v.w(j+1)] {
				lo = j + 1
				break
			}
		}
		switch {
		case v.w(k) == "to" && v.tag(k+1) == "VB" || strings.HasPrefix(v.tag(k), "JJ") || v.w(k) == "like":
		default:
			continue
		}
		// "X seemed to suggest ...", "X appeared to contradict Y": the
		// subject's words, hedged, which the reporting verb reads.
		if _, ok := v.kind(k + 1); ok && v.w(k) == "to" {
			continue
		}
		// The verb of a relative clause judges its own
		// clause: "X, who seemed confused, ..." from the relative
		// pronoun.
		lo = v.clauseOpening(lo, i)
		// A relative clause's seeming describes a noun of the writer's
		// sentence ("Ann Lee, who seems to be the favourite", "what
		// appears to be a record"): narration, no claim.
		if t := v.tag(lo); (t == "WP" || t == "WDT") && !v.d.off[RuleRelativeSeeming] {
			continue
		}
		// A main clause's seeming, with no one it seems to and no one
		// named as judging ("The economy appears to have slowed", "It
		// seems unlikely that ..."), is the writer's own judgement:
		// narration, no one's words (the judges of kg's output mark it
		// no claim). The construction is kept for RuleSeemingNarration
		// off.
		if !v.d.off[RuleSeemingNarration] {
			continue
		}
		v.used[i] = true
		v.unnamed = extract.Span{}
		v.construction = ConsSeeming
		v.add(-1, -1, lo, v.clauseEnd(k), v.w(i))
	}
}

// clauseOpening returns where the clause of the verb at token hi starts,
// reading from token lo: at the last relative pronoun before it, else
// lo.
func (v *view) clauseOpening(lo, hi int) int {
	for j := hi - 1; j >= lo; j-- {
		switch t := v.tag(j); {
		case t == "WP" || t == "WDT":
			return j
		}
	}
	return lo
}

// dropInside removes this sentence's claims read before claim q that
// lie inside its content: a question asks about them, no one asserts
// them ("was asked if he still believes X").
func (v *view) dropInside(q int) {
	c := v.d.claims[q]
	kept := v.d.claims[:0]
	for ci, x := range v.d.claims {
		if ci != q && x.Sentence == v.si && x.Start >= c.Start && x.End <= c.End {
			continue
		}
		kept = append(kept, x)
	}
	v.d.claims = kept
}

// statementNouns reads a noun of the lexicon's Statement class that a
// possessor and a clause after "that" go with: "X's claim that ...",
// "his assertion that ...", "her contention that ...". The possessor
// speaks; a statement no one is named as making ("the claim that ...")
// reports no one's words.
func (v *view) statementNouns() {
	if v.d.off[ConsNounCue] {
		return
	}
	for i := 1; i+2 < v.n(); i++ {
		intent, derived, side := v.nounCue(i)
		if !intent && (!strings.HasPrefix(v.tag(i), "NN") || v.entAt(i) >= 0 || !v.d.lex.Is(v.lemma(i), lexicon.Statement) || v.w(i+1) != "that" || v.insideClaim(i)) {
			continue
		}
		if !intent && !v.subjectThenVerb(i+2, v.contentEnd(i+2)) {
			continue // "the claim that was made": a relative clause
		}
		speaker := v.nounPossessor(i)
		if speaker < 0 || v.entType(speaker) == extract.EventType {
			continue
		}
		v.construction = ConsNounCue
		switch {
		case side:
			v.add(speaker, -1, i+2, v.nounIntentEnd(i, derived), v.w(i)+" "+v.w(i+1))
		case intent:
			v.add(speaker, -1, i+1, v.nounIntentEnd(i, derived), v.w(i))
		default:
			v.add(speaker, -1, i+2, v.nounClauseEnd(i+2), v.w(i))
		}
	}
}

// nounCue reads the noun at token i as a cue of intention or of taking a
// side: intent for "X's plan to ..." (a noun that is a verb of intention
// before a to-infinitive) and "X's decision to ..." (a noun derived from
// one: derived is the verb), side for "X's support for Y", "her criticism
// of Y" (a noun of a verb of taking a side, its object after the
// preposition; intent is then true too).
func (v *view) nounCue(i int) (intent bool, derived string, side bool) {
	intent = !v.d.off[RuleIntentNoun] && strings.HasPrefix(v.tag(i), "NN") && v.entAt(i) < 0 && v.d.lex.Is(v.lemma(i), lexicon.Intention) &&
		v.w(i+1) == "to" && v.tag(i+2) == "VB" && !v.insideClaim(i)
	if !intent && !v.d.off[RuleDerivedNoun] && strings.HasPrefix(v.tag(i), "NN") && v.entAt(i) < 0 && !v.insideClaim(i) {
		derived = v.nounVerb(i)
		intent = derived != v.lemma(i) && v.d.lex.Is(derived, lexicon.Intention) && v.w(i+1) == "to" && v.tag(i+2) == "VB"
	}
	// "his opposition to Y": a noun derived by a suffix takes "to"; a
	// noun that is its verb's own form before "to" is another noun ("his
	// back to goal": the body's back, no backing).
	to := v.w(i+1) == "to" && (derived != v.lemma(i) || v.d.off[RuleSideTo])
	side = !intent && derived != "" && (v.d.lex.Is(derived, lexicon.Stance) || v.d.lex.Is(derived, lexicon.Demand) && v.w(i+1) == "for") &&
		(v.w(i+1) == "of" || v.w(i+1) == "for" || to) && v.objectStart(i+2) && v.tag(i+2) != "VBG" &&
		!(v.litAt(i+2) >= 0 && v.d.res.Mentions[v.litAt(i+2)].Type == extract.Date)
	return intent || side, derived, side
}

// nounPossessor returns the possessor of the noun at token i, who speaks
// through it ("X's claim", "her plan", "his refusal"), or -1.
func (v *view) nounPossessor(i int) int {
	switch p := v.w(i - 1); {
	case (p == "'s" || p == "’s") && v.entAt(i-2) >= 0:
		return v.entity(i - 2)
	case p == "her":
		return v.resolvePronoun(i - 1)
	case p == "his":
		return v.possessorHe(i - 1)
	}
	return -1
}

// nounIntentEnd returns the end of the phrase of the noun of intention or
// side at token i: the main clause's verb ("X's plan to close the port
// angered Y"), and for a noun derived from a verb a comma too ("X's
// refusal to go, Y said").
func (v *view) nounIntentEnd(i int, derived string) int {
	hi := v.clauseEnd(i + 1)
	for j := i + 3; j < hi; j++ {
		if v.finiteAt(j) || v.tag(j) == "WDT" || v.tag(j) == "WP" || v.w(j) == "that" {
			hi = j
			break
		}
	}
	if derived != "" {
		for j := i + 2; j < hi; j++ {
			if v.w(j) == "," {
				hi = j
				break
			}
		}
	}
	return hi
}

// nominalSuffixes are the endings English derives nouns of action from
// verbs with, each with what the verb ends in instead: "decision" from
// "decide", "refusal" from "refuse", "endorsement" from "endorse",
// "opposition" from "oppose", "criticism" from "criticize". A stem counts
// only when the lexicon knows it as a verb.
var nominalSuffixes = [][2]string{
	{"ment", ""}, {"sal", "se"}, {"val", "ve"}, {"ial", "y"}, {"sion", "de"}, {"ition", "e"}, {"ation", "e"}, {"ation", ""},
	{"ion", ""}, {"ion", "e"}, {"ism", "ize"}, {"ism", "ise"},
}

// nounVerb returns the verb the noun at token i names the act of: the
// noun itself when the lexicon knows it as a verb too ("support",
// "call"), else the verb it derives from by a suffix ("decision"); or "".
func (v *view) nounVerb(i int) string {
	n := v.d.lex.Lemma(v.low[i], v.tag(i))
	if n == "" {
		n = v.low[i]
	}
	if v.d.lex.Known(n, lexicon.Verb) {
		return n
	}
	for _, sf := range nominalSuffixes {
		if stem, ok := strings.CutSuffix(n, sf[0]); ok && len(stem) > 2 && v.d.lex.Known(stem+sf[1], lexicon.Verb) {
			return stem + sf[1]
		}
	}
	return ""
}

// nounClauseEnd returns the end of the clause after a noun and "that"
// that starts at token k: its clauseEnd, or the main clause's verb when
// the noun phrase is the sentence's subject ("X's claim that Y was sold
// angered Z").
func (v *view) nounClauseEnd(k int) int {
	hi := v.clauseEnd(k)
	f := -1
	for j := k; j < hi; j++ {
		if !v.finiteAt(j) {
			continue
		}
		if f < 0 {
			f = j
			continue
		}
		// "was sold angered": a finite verb right after the clause's
		// verb group, with no subject of its own, is the main clause's.
		if p := v.tag(j - 1); j > f+1 && (strings.HasPrefix(p, "VB") || p == "RB") {
			return j
		}
	}
	return hi
}

// possessorHe resolves "his" at token i as resolvePronoun resolves "he".
func (v *view) possessorHe(i int) int {
	if v.subject >= 0 && v.subjectAt < i && v.entType(v.subject) == extract.Person {
		return v.subject
	}
	return v.d.lastPerson
}

// punctuated reads the attributions that punctuation makes without a
// verb: a person or a body named before a colon at the start of a
// sentence and a clause after it ("Lee: Harlow bridge won't reopen",
// transcripts' "LEE: Well, ..."; not "X: King of the bestsellers"), and
// a quotation followed by a dash and a person's name (“...” ― Ana
// Ruiz).
func (v *view) punctuated() {
	if v.n() < 3 {
		return
	}
	e, end := v.colonSpeaker()
	if end > 0 && v.w(end) == ":" && end+1 < v.n() && !quoteClose[v.w(end+1)] {
		v.construction = ConsColon
		lo, hi := end+1, v.n()
		if span, _, ok := v.quoteSpan(lo); ok && span[1] == v.n()-1 {
			lo, hi = span[0], span[1]
		}
		// What follows must be a clause, not a description ("X: King
		// of the bestsellers" is a profile's headline).
		_, _, quoted := v.quoteSpan(end + 1)
		for k := lo; k < hi; k++ {
			if t := v.tag(k); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || v.headlineVerb(k) || quoted && hi-lo > maxQuotedPhrase {
				if e < 0 {
					v.unnamed = extract.Span{Start: v.toks[0].Start, End: v.toks[0].End}
				}
				v.add(e, -1, lo, hi, ":")
				v.unnamed = extract.Span{}
				break
			}
		}
	}
	v.transcript()
	// “...” ― X: the dash after a closing mark, in this sentence or at
	// the start of it after one that ended the last.
	for j := 0; j < v.n(); j++ {
		if !tokenize.IsDash(v.w(j)) || v.entAt(j+1) < 0 || v.entType(v.entity(j+1)) != extract.Person {
			continue
		}
		e := v.entity(j + 1)
		if end := v.mentionEnd(j + 1); end < v.n() && !quoteOpen[v.w(end)] && !utteranceEnd[v.w(end)] {
			continue // the name begins a clause: "— X said ..."
		}
		if j > 0 && v.closesQuote(j-1) {
			if q, ok := v.d.byClose[v.toks[j-1].Start]; ok {
				v.construction = ConsQuoteDash
				v.d.addSpan(e, q.Start, q.End, v.si, "―", ConsQuoteDash)
			}
		} else if j == 0 && v.si > 0 {
			prev := v.d.res.Sentences[v.si-1].Tokens
			if len(prev) > 0 {
				if q, ok := v.d.byClose[prev[len(prev)-1].Start]; ok {
					v.d.addSpan(e, q.Start, q.End, v.si-1, "―", ConsQuoteDash)
				}
			}
		}
	}
}

// colonSpeaker returns the speaker of "X: ..." and the token after the
// name, the colon's: the name is the sentence's first words; in a
// document's first sentence, its headline, a noun of evidence too
// ("Poll: X leads"). Not a section's label, before a dateline or its
// town ("News: TARVIK: ...") or glued to a dash ("Norland News:- ...").
// end is 0 when there is none.
func (v *view) colonSpeaker() (e, end int) {
	e = -1
	if at := v.colonName(); at >= 0 {
		e, end = v.entity(at), v.mentionEnd(at)
		if t := v.entType(e); t != extract.Person && t != extract.Organization {
			end = 0
		}
	} else if v.si == 0 && v.d.lex.Is(v.lemma(0), lexicon.Evidence) {
		end = 1
	}
	if d := v.d.res.Dateline; d != nil && d.Sentence == v.si && end <= d.Dash || v.labelEnd() >= 0 {
		end = 0
	}
	return e, end
}

// colonName returns the first token of the name that a colon follows
// at the start of the sentence, maybe after its description ("X: ...",
// "Republican pollster X: ..."), or -1.
func (v *view) colonName() int {
	if v.entAt(0) >= 0 {
		return 0
	}
	for k := 1; k < v.n() && k < 6; k++ {
		if v.entAt(k) >= 0 {
			if v.w(v.mentionEnd(k)) == ":" {
				return k
			}
			return -1
		}
		if t := v.tag(k - 1); !(t == "DT" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") && t != "NNP") {
			return -1
		}
	}
	return -1
}

// headlineVerb reports whether token k of a document's first sentence,
// its headline, is a finite verb or a participle, which headlines use
// for one ("Poll: X and Y heading into debate"), maybe one that the
// tagger took for a name because it is capitalised ("X: Y Is Right",
// "X: Y Asking Z To ..."): a form of "be", or a word in -ing whose
// lemma is a verb.
func (v *view) headlineVerb(k int) bool {
	if v.si != 0 || v.entAt(k) >= 0 || k == 0 {
		return false
	}
	if v.tag(k) == "VBG" {
		return true // "Poll: X and Y in dead heat heading into debate"
	}
	if !tokenize.StartsUpper(v.toks[k].Text) {
		return false
	}
	low := v.low[k]
	if isBe(low) || v.d.lex.Is(v.d.lex.Lemma(low, "VBZ"), lexicon.Auxiliary) || strings.HasSuffix(low, "n’t") || strings.HasSuffix(low, "n't") {
		return true // "Is", "Has", "Must", "Don’t"
	}
	// "X: Y Ties Z", "Poll: Y Leads": a verb's third person in -s, the
	// tagger's name, after a name in the headline.
	if strings.HasSuffix(low, "s") && !v.d.off[RuleHeadlineVerbS] && v.entAt(k-1) >= 0 {
		l := v.d.lex.Lemma(low, "VBZ")
		return l != low && v.d.lex.Known(l, lexicon.Verb)
	}
	if !strings.HasSuffix(low, "ing") {
		return false
	}
	l := v.d.lex.Lemma(low, "VBG")
	return l != low && v.d.lex.Known(l, lexicon.Verb)
}

// transcript reads a transcript's turn: a paragraph that opens (maybe
// after a quotation mark) with a speaker's name in capitals and a colon,
// "LEE: Well, we will see." The speaker is the person so named, whom
// the text names in full elsewhere; the words are the rest of the
// sentence.
func (v *view) transcript() {
	k := 0
	if quoteOpen[v.w(k)] {
		k++
	}
	start := k
	for k < v.n() && k < start+3 && capitals(v.toks[k].Text) {
		k++
	}
	if k == start || v.w(k) != ":" || k+1 >= v.n() || !v.paragraphStart() || v.entAt(start) >= 0 && start == 0 {
		return // a name the recogniser found at the start is the colon construction's
	}
	speaker := v.entity(start)
	if speaker < 0 {
		speaker = v.d.named(v.toks[k-1].Text)
	}
	if speaker < 0 {
		return // a heading in capitals ("NO EASY WIN: ..."), not a person
	}
	v.construction = ConsTranscript
	v.add(speaker, -1, k+1, v.n(), ":")
}

// capitals reports whether s is a word of two or more letters, all
// capitals ("LEE").
func capitals(s string) bool {
	n := 0
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2
}

// paragraphStart reports whether the sentence opens a paragraph: the text
// before it ends in a line break, or it is the first.
func (v *view) paragraphStart() bool {
	text := v.d.res.Doc.Text[:v.toks[0].Start]
	text = strings.TrimRight(text, " \t")
	return text == "" || strings.HasSuffix(text, "\n")
}

// named returns the person entity whose name's last word is word, in
// any case ("LEE" is Ann Lee), when exactly one is; else -1.
func (d *doc) named(word string) int {
	found := -1
	for e, ent := range d.res.Entities {
		f := strings.Fields(ent.Name)
		if ent.Type != extract.Person || len(f) == 0 || !strings.EqualFold(f[len(f)-1], word) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// addSpan records a claim of speaker whose content is the text from byte
// start to end, unless one with that content and speaker is recorded.
func (d *doc) addSpan(speaker, start, end, sentence int, verb, method string) {
	if d.off[method] || end <= start {
		return
	}
	for _, x := range d.claims {
		if x.Start == start && x.End == end && x.Speaker == speaker {
			return
		}
	}
	d.claims = append(d.claims, extract.Claim{Speaker: speaker, Outlet: -1, Start: start, End: end, Sentence: sentence, Verb: verb, Method: method})
}

// afterComma reports whether the word at i follows a comma or a closing
// quote and a comma, where the tagger may miss an inverted verb ("...,
// said X").
func (v *view) afterComma(i int) bool {
	return v.w(i-1) == ","
}

// adverbJoin reports whether token i joins two adverbs: "publicly and
// privately warned".
func (v *view) adverbJoin(i int) bool {
	return (v.w(i) == "and" || v.w(i) == "or") && v.tag(i-1) == "RB" && v.tag(i+1) == "RB"
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been":
		return true
	}
	return false
}

// passive reports whether the verb at i is passive ("it can be said",
// "was told", "is being told"), except "was quoted as saying"; a form in -ing after "be"
// is progressive ("is saying", "was calling for").
func (v *view) passive(i int) bool {
	if v.tag(i) == "VBG" {
		return false // "is saying", "was calling for": progressive
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		// "is still being felt": a progressive passive.
		if isBe(v.w(k)) || v.w(k) == "being" && v.tag(i) == "VBN" {
			return true
		}
		if v.tag(k) != "RB" {
			break
		}
	}
	return false
}

// negated reports whether the verb at i is negated ("did not say",
// "declined to comment").
func (v *view) negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch v.w(k) {
		case "not", "n't", "never", "declined", "refused":
			return true
		}
		if !(v.aux(k) || v.tag(k) == "RB" || v.w(k) == "to") {
			break
		}
	}
	return false
}

// add records a claim whose content is the text of tokens [lo, hi).
func (v *view) add(speaker, outlet, lo, hi int, verb string) {
	v.addFrom(speaker, outlet, -1, lo, hi, verb)
}

// contentSpan narrows the tokens [lo, hi) of a content that starts at
// token lo (or at byte from, when from >= 0, before this sentence) to
// what was said: not a dateline ("PARIS (AP) —") or a wire's credit
// before a dash ("Acme - The port ...", the headline ending "(Acme)"),
// nor punctuation at its ends, nor quotation marks it does not also open
// or close inside.
func (v *view) contentSpan(from, lo, hi int) (int, int) {
	if d := v.d.res.Dateline; d != nil && d.Sentence == v.si && lo <= d.Dash && from < 0 {
		lo = d.Dash + 1
	}
	if lo == 0 && from < 0 {
		if e := v.creditEnd(); e > 0 {
			lo = e
		}
	}
	for lo < hi && trimmable(v.w(lo)) {
		lo++
	}
	for hi > lo && trimmable(v.w(hi-1)) {
		hi--
	}
	for lo < hi && quoteOpen[v.w(lo)] && v.unbalanced(lo, hi, v.w(lo)) {
		lo++
	}
	for hi > lo && quoteClose[v.w(hi-1)] && v.unbalanced(lo, hi, v.w(hi-1)) {
		hi--
	}
	hi = v.danglingRelative(lo, hi)
	for hi > lo && trimmable(v.w(hi-1)) {
		hi--
	}
	return lo, hi
}

// danglingRelative returns the end of the content [lo, hi) without a
// relative pronoun it ends with, and the conjunction before it (rule
// dangling-relative): "he would keep the stability he had brought and
// which" ends where another attribution cut a relative clause off, after
// "brought".
func (v *view) danglingRelative(lo, hi int) int {
	if v.d.off[RuleDanglingRelative] || hi-1 <= lo {
		return hi
	}
	if w := v.w(hi - 1); w != "which" && w != "who" && w != "whom" || v.tag(hi-1) != "WDT" && v.tag(hi-1) != "WP" {
		return hi
	}
	hi--
	if w := v.w(hi - 1); hi-1 > lo && (w == "and" || w == "but" || w == "or") {
		hi--
	}
	return hi
}

// relativeGap returns where a content that starts at token lo with a
// finite verb, its subject missing, starts: at the relative pronoun
// whose clause the attribution sits in, when only the attribution's
// subject and verb and commas stand between (rule relative-gap: "the
// rumours which he said had been spread for years": which he said had
// been spread for years; "which, he says, “is a badge”"), else lo.
func (v *view) relativeGap(lo int) int {
	f := lo
	if quoteOpen[v.w(f)] {
		f++
	}
	if v.d.off[RuleRelativeGap] || !v.finiteAt(f) || v.w(f) == "'s" || v.w(f) == "’s" {
		return lo
	}
	for k := lo - 1; k >= 0 && k >= lo-8; k-- {
		w, t := v.w(k), v.tag(k)
		if (w == "which" || w == "who") && (t == "WDT" || t == "WP") {
			return k
		}
		// "- something he says will help": the summing phrase's head
		// (rule summary-appositive).
		if w == summingPronoun && k > 0 && tokenize.IsDash(v.w(k-1)) && !v.d.off[RuleSummaryAppositive] {
			return k
		}
		if !(w == "," || quoteOpen[w] || t == "PRP" || v.entAt(k) >= 0 || v.isVerb(k) || t == "RB") {
			return lo
		}
	}
	return lo
}

// anaphoricContent reports whether the content [lo, hi) of a claim of
// construction method, one whose content is what was said or thought,
// is only a demonstrative and a noun, perhaps after adjectives (rule
// anaphoric-content): "Acme echoed this sentiment" points back to
// words it does not give.
func (v *view) anaphoricContent(method string, lo, hi int) bool {
	if v.d.off[RuleAnaphoricContent] || hi-lo < 2 || hi-lo > 4 {
		return false
	}
	switch method {
	case ConsCommunication, ConsBeliefObject, ConsSpeechObject, ConsMention:
	default:
		return false
	}
	if w := v.low[lo]; w != "this" && w != "that" && w != "these" && w != "those" {
		return false
	}
	for k := lo + 1; k < hi-1; k++ {
		if !strings.HasPrefix(v.tag(k), "JJ") {
			return false
		}
	}
	return (v.tag(hi-1) == "NN" || v.tag(hi-1) == "NNS") && v.entAt(hi-1) < 0
}

// addFrom is add for content that may start before this sentence: at
// byte from when from >= 0, else at token lo.
func (v *view) addFrom(speaker, outlet, from, lo, hi int, verb string) {
	lo, hi = v.contentSpan(from, max(lo, 0), min(hi, v.n()))
	if from < 0 {
		lo = v.relativeGap(lo)
	}
	if lo >= hi {
		return
	}
	start := v.toks[lo].Start
	if from >= 0 && from < start {
		start = from
	}
	method := v.construction
	if verb == "was quoted as saying" {
		method = ConsQuotedAs
	}
	if v.d.off[method] || v.anaphoricContent(method, lo, hi) {
		return
	}
	if speaker >= 0 && speaker == v.inferred && !v.paraphraseSubject(lo, hi, speaker) {
		for k := lo; k < hi; k++ {
			if v.entAt(k) >= 0 && v.entity(k) == speaker && !v.selfNamedBody(k, speaker) {
				speaker = -1
				break
			}
		}
	}
	v.inferred = -1
	c := extract.Claim{Speaker: speaker, Outlet: outlet, Start: start, End: v.toks[hi-1].End, Sentence: v.si, Verb: verb, Method: method}
	if speaker < 0 {
		c.Source = v.unnamed
		if c.Source.Len() == 0 {
			c.Source = v.they
		}
	}
	v.they = extract.Span{}
	if speaker == outlet {
		c.Outlet = -1
	}
	for _, x := range v.d.claims {
		if x.Start == c.Start && x.End == c.End && x.Speaker == c.Speaker {
			return
		}
	}
	v.d.claims = append(v.d.claims, c)
	// "Acme and Vell Power said A": A is each one's claim.
	if speaker >= 0 && speaker == v.coFor {
		for _, o := range v.co {
			x := c
			x.Speaker = o
			if o != outlet {
				v.d.claims = append(v.d.claims, x)
			}
		}
	}
	v.co, v.coFor = nil, -1
	if speaker >= 0 && !v.nested {
		if v.entType(speaker) == extract.Person {
			v.d.setLastPerson(speaker, v.si)
		}
	}
}

// paraphraseSubject reports whether person e, whom a pronoun after them
// names as the speaker of the words in tokens [lo, hi), opens those words as
// their subject outside any quotation, with no other person named before
// them in the text (rule paraphrase-subject): in "Ann Lee will return to
// the team once her knee is healed, she said" the reporter gives her
// words, and she is the only one "she" can be.
func (v *view) paraphraseSubject(lo, hi, e int) bool {
	if v.d.off[RuleParaphraseSubject] || v.construction != ConsFinal || v.entType(e) != extract.Person {
		return false
	}
	// The name may follow its title's words: "Norlandic captain Ann Lee"
	// (a demonym there may be a place's mention).
	k := lo
	for k < hi && k < lo+4 && (v.entAt(k) < 0 || v.entType(v.entity(k)) != extract.Person) && (v.tag(k) == "DT" || strings.HasPrefix(v.tag(k), "JJ") || strings.HasPrefix(v.tag(k), "NN")) {
		k++
	}
	if k >= hi || v.entAt(k) < 0 || v.entity(k) != e {
		return false
	}
	for k := lo; k < hi; k++ {
		if v.inQuotation(k) || tokenize.IsOpenQuote(v.w(k)) || quoteClose[v.w(k)] {
			return false
		}
	}
	return v.solePersonBefore(k+1) == e
}

// unbalanced reports whether the quotation mark q opens or closes a
// quotation that tokens [lo, hi) do not also close or open.
func (v *view) unbalanced(lo, hi int, q string) bool {
	open, close := q, closing[q]
	// The opening mark that q closes: "''" closes "``" where the range
	// holds one, and itself otherwise (the doubled straight quotes of
	// some papers). Checked in a fixed order: map order is random.
	for _, o := range openers {
		if c := closing[o]; c == q && o != q && (o != "``" || v.holds(lo, hi, o)) {
			open, close = o, c
			break
		}
	}
	if open == close { // straight quotes: an odd count is unbalanced
		n := 0
		for k := lo; k < hi; k++ {
			if v.w(k) == open {
				n++
			}
		}
		return n%2 == 1
	}
	opens, closes := 0, 0
	for k := lo; k < hi; k++ {
		switch v.w(k) {
		case open:
			opens++
		case close:
			closes++
		}
	}
	return opens != closes
}

func trimmable(w string) bool {
	switch w {
	case ",", ".", ";", ":", "—", "–", "-", "--":
		return true
	}
	return false
}

// contentEnd returns the end of a content that starts at token k and runs
// to the end of the clause: the sentence end, or a following ",
// according to" or ", saying".
func (v *view) contentEnd(k int) int {
	depth := 0
	subordinateOpen := k > 0 && v.openingSubordinate(k)
	for j := k; j < v.n(); j++ {
		switch {
		case quoteOpen[v.w(j)] && !quoteClose[v.w(j)]:
			depth++
		case quoteClose[v.w(j)] && !quoteOpen[v.w(j)]:
			depth--
		case v.relClause && v.w(j) == "," && depth <= 0 && j > k:
			return j // "X, who said A, left"
		}
		// The end of a quotation the content sits in: “..., and X said
		// the deal was off,” she added.
		if q, ok := v.d.byClose[v.toks[j].Start]; ok && k < v.n() && q.Open < v.toks[k].Start {
			return j
		}
		// "X said A, and he railed against B": a clause whose pronoun
		// subject acts in the past is the narrative's, not what was said.
		if j > k && depth <= 0 && !v.d.off[RuleNarrativeClause] && v.w(j) == "," && (v.w(j+1) == "and" || v.w(j+1) == "but") && narrativePronoun[v.w(j+2)] && v.tag(j+3) == "VBD" {
			return j
		}
		if v.attributionAt(j, k) || v.summaryAppositive(j, k) {
			return j
		}
		// "As Ann Lee announced the date, Acme urged her to wait": the
		// words of a clause that opens the sentence with a subordinator
		// end at the comma before the main clause.
		if j > k && depth <= 0 && v.w(j) == "," && subordinateOpen && v.newClauseAt(j+1, v.n()) && !v.d.off[RuleOpeningClause] {
			return j
		}
	}
	return v.n()
}

// summingPronoun is the indefinite pronoun that heads a summing
// appositive after a dash ("wants curfews - something the traders
// have fought against"), a closed list of one: the other indefinite
// pronouns after a dash quantify ("- nothing was agreed", "- everything
// he owns") or open a clause of their own, and sum up nothing.
const summingPronoun = "something"

// summaryAppositive reports whether a dash at token j, after the start
// k of a content and outside quotations, opens a noun phrase that sums up what comes before it and
// a relative clause about it (rule summary-appositive): "wants
// curfews - something the traders have fought against", "hoped for more
// votes - a move critics say will fail" are the writer's words about
// what was said, not part of it. The phrase is "something" or "a" or
// "an", perhaps adjectives, and a singular common noun; a pronoun, a
// determiner, a name, "that" or "which" follows it.
func (v *view) summaryAppositive(j, k int) bool {
	if v.d.off[RuleSummaryAppositive] || j <= k || !tokenize.IsDash(v.w(j)) || v.inQuotation(j) {
		return false
	}
	m := j + 1
	switch v.w(m) {
	case summingPronoun:
		m++
	case "a", "an":
		m++
		for m < v.n() && m < j+5 && strings.HasPrefix(v.tag(m), "JJ") {
			m++
		}
		if v.tag(m) != "NN" || v.entAt(m) >= 0 {
			return false
		}
		m++
	default:
		return false
	}
	t := v.tag(m)
	return t == "PRP" || t == "DT" || v.entAt(m) >= 0 || v.w(m) == "that" || v.w(m) == "which"
}

// speakerEnds reports whether the speaker's words that start at token k
// end at token j, where the speaker's second predicate or the writer's
// clause starts (rules speaker-predicate and tense-shift).
func (v *view) speakerEnds(j, k int) bool {
	return !v.d.off[RuleSpeakerPredicate] && v.speakerPredicate(j, k) || !v.d.off[RuleTenseShift] && v.tenseShift(j, k)
}

// speakerPredicate reports whether "and" at token j, in a content that
// starts at token k, joins a second predicate of the speaker (rule
// speaker-predicate): a past tense after "and" and adverbs, when the
// content's one finite verb is a modal before a bare verb ("said the
// road would close next month and ordered Acme to pay"), or a finite
// verb when the content is a to-infinitive with none ("hopes to sell
// the port and will try to buy the dam"). A past tense does not go on
// what a modal or "to" governs; the speaker's verb does.
func (v *view) speakerPredicate(j, k int) bool {
	if v.w(j) != "and" || v.inQuotation(j) {
		return false
	}
	m := j + 1
	for m < v.n() && v.adverb(m) {
		m++
	}
	infinitive := v.w(k) == "to" && v.tag(k+1) == "VB"
	finite := 0
	for p := k; p < j; p++ {
		if quoteOpen[v.w(p)] || quoteClose[v.w(p)] {
			return false
		}
		switch t := v.tag(p); {
		case t == "MD":
			finite++
			if v.tag(p+1) != "VB" && !(v.tag(p+1) == "RB" && v.tag(p+2) == "VB") {
				return false
			}
		case t == "VBD" || t == "VBZ" || t == "VBP":
			return false
		}
	}
	w := v.w(m)
	past := v.tag(m) == "VBD" && v.d.lex.Lemma(w, "VBD") != w
	if infinitive && finite == 0 {
		return past || v.tag(m) == "VBZ" || v.tag(m) == "MD"
	}
	return finite == 1 && past
}

// tenseShift reports whether ", but" at token j, in a content that
// starts at token k after a verb in the past, opens a clause of the
// writer's (rule tense-shift): the content's finite verbs are all in the
// past or past modals, shifted back as reported speech is, and the
// clause after "but" has a subject and a verb in the present, not
// shifted ("felt the club would never get a better draw, but they have
// won every game since"; "said cost was the main worry, but longer
// routes tend to mean higher fares").
func (v *view) tenseShift(j, k int) bool {
	if v.w(j) != "," || v.w(j+1) != "but" || v.inQuotation(j) {
		return false
	}
	r := k - 1
	if v.w(r) == "that" {
		r--
	}
	if v.tag(r) != "VBD" {
		return false
	}
	finite := 0
	for p := k; p < j; p++ {
		if quoteOpen[v.w(p)] || quoteClose[v.w(p)] {
			return false
		}
		switch t := v.tag(p); {
		case t == "VBZ" || t == "VBP" || t == "MD" && !pastModal[v.w(p)]:
			return false
		case t == "VBD" || t == "MD":
			finite++
		}
	}
	if finite == 0 {
		return false
	}
	for m := j + 2; m < v.n() && m < j+10; m++ {
		switch t := v.tag(m); {
		case quoteOpen[v.w(m)] || v.w(m) == "," || v.w(m) == ";":
			return false
		case t == "VBZ" || t == "VBP" || t == "MD" && !pastModal[v.w(m)]:
			return m > j+2
		case t == "VBD" || t == "MD":
			return false
		}
	}
	return false
}

// pastModal are the modals in the past form reported speech shifts
// "will", "can", "may" and "shall" back to.
var pastModal = map[string]bool{"would": true, "could": true, "might": true, "should": true}

// openingSubordinate reports whether the sentence opens with a
// subordinator ("As", "When", "After", ...) whose clause runs on, with
// no comma, to token k.
func (v *view) openingSubordinate(k int) bool {
	lo := 0
	for lo < k && quoteOpen[v.w(lo)] {
		lo++
	}
	if !openingSubordinator[strings.ToLower(v.w(lo))] || v.tag(lo) != "IN" && v.tag(lo) != "WRB" {
		return false
	}
	for j := lo + 1; j < k; j++ {
		if w := v.w(j); w == "," || w == ";" || w == ":" || quoteOpen[w] || quoteClose[w] {
			return false
		}
	}
	return true
}

// openingSubordinator are the subordinators of time, reason and
// concession that open a clause before the main one.
var openingSubordinator = map[string]bool{"as": true, "when": true, "while": true, "after": true, "before": true, "although": true, "though": true, "because": true, "since": true, "once": true, "until": true, "whereas": true}

// attributionAt reports whether another attribution, or another verb of
// the speaker's, starts at token j of a content that starts at token k,
// and so ends it: ", according to", ", saying", "and insisted", the
// next cue, the sentence's closing attribution, ", he said".
func (v *view) attributionAt(j, k int) bool {
	if v.w(j) == "," && (v.w(j+1) == "according" || v.w(j+1) == "saying" || v.w(j+1) == "adding") {
		return true
	}
	// "said it would appeal and insisted ...": a second reporting
	// verb of the same subject ends the first content.
	if v.w(j) == "and" {
		if _, ok := v.kind(j + 1); (ok || v.communicates(j+1)) && strings.HasPrefix(v.tag(j+1), "VBD") {
			return true
		}
	}
	if j > k && v.speakerEnds(j, k) {
		return true
	}
	if j > k && !v.d.off[RuleNextCue] && v.nextCue(j) {
		return true
	}
	if j > k && !v.d.off[RuleAttributionTail] && v.attributionTail(j) {
		return true
	}
	if j > k && !v.d.off[RuleSecondSpeaker] && v.secondSpeaker(j, k) {
		return true
	}
	if j > k && v.whileOther(j) {
		return true
	}
	name := j + 1
	if v.w(name) == "the" && v.entAt(name+1) >= 0 {
		name++ // ", the Harlow Post reported"
	}
	if v.w(j) == "," && (v.tag(name) == "PRP" || v.entAt(name) >= 0) && name+1 < v.n() {
		// ", he said": a parenthetical attribution ends it.
		after := v.mentionEndOr(name)
		if kind, ok := v.kind(after); ok && kind != denial {
			return true
		}
	}
	return false
}

// whileOther reports whether "while" or "whereas" at token j (or after
// a comma there) opens a clause whose subject is a name, perhaps with an
// aside between commas, right before its finite verb (rule while-other):
// "Acme said it regretted the cut while Vellmar, a big investor,
// declined to comment" tells what another did, no part of Acme's words.
func (v *view) whileOther(j int) bool {
	m := j
	if v.w(m) == "," {
		m++
	}
	if w := v.w(m); w != "while" && w != "whereas" || v.d.off[RuleWhileOther] || v.inQuotation(m) {
		return false
	}
	m++
	if v.w(m) == "the" {
		m++
	}
	if v.entAt(m) < 0 {
		return false
	}
	if m = v.asideAfter(v.mentionEnd(m)); m < 0 {
		return false
	}
	for m < v.n() && v.tag(m) == "RB" {
		m++
	}
	return m < v.n() && v.finiteAt(m) && v.w(m) != "'s" && v.w(m) != "’s"
}

// asideAfter returns the token after an aside set off by commas, with
// no finite verb, that opens at token m ("Vellmar, a big investor,
// declined"), or m when none does.
func (v *view) asideAfter(m int) int {
	if v.w(m) != "," {
		return m
	}
	c := m + 1
	for c < v.n() && c <= m+12 && v.w(c) != "," && !v.finiteAt(c) {
		c++
	}
	if v.w(c) != "," {
		return -1
	}
	return c + 1
}

// secondSpeaker reports whether "and", "but" or "while" (after a comma
// or not) at token j joins to a content that starts at token k, and
// has a finite verb of its own, a clause whose subject reports: "A grew,
// while Ostmark officials say ...", "A is late and the Greens claim
// ...". The subject is a noun phrase or a name, with "the" before it
// or a noun after it ("Ostmark officials"); a pronoun's clause is left
// to the other rules, and so are a quotation's words. The verb has words
// after it, its own content.
func (v *view) secondSpeaker(j, k int) bool {
	m := j
	if v.w(m) == "," {
		m++
	}
	if !cueJoin[v.w(m)] || v.inQuotation(m) || !v.finiteBetween(k, j) || v.subjectJoined(k, j) {
		return false
	}
	m++
	if v.w(m) == "the" && v.entAt(m+1) >= 0 {
		m++
	}
	switch {
	case v.entAt(m) >= 0:
		m = v.mentionEnd(m)
		if e := v.shortNP(m); e > m && !v.nounReporting(m) {
			m = e
		}
	case v.tag(m) == "PRP" || v.tag(m) == "EX":
		return false
	default:
		e := v.shortNP(m)
		if e == m {
			return false
		}
		// "the Greens claim": a verb the tagger took for the phrase's
		// last noun.
		if e-1 > m && v.nounReporting(e-1) {
			e--
		}
		m = e
	}
	// "critics have said": past adverbs and auxiliaries, not a passive's
	// "be".
	aux := false
	for m < v.n() && (v.tag(m) == "RB" || v.aux(m)) {
		if v.lemma(m) == "be" {
			return false
		}
		aux = aux || v.aux(m)
		m++
	}
	// The verb must report something: "and the prices traders expect." ends
	// a noun phrase, not a clause.
	if v.tag(m+1) == "TO" || m+1 >= v.n() || trimmable(v.w(m+1)) {
		return false
	}
	return v.finiteReporting(m) || v.nounReporting(m) || aux && v.tag(m) == "VBN" && v.reportingAt(m)
}

// subjectJoined reports whether the conjunction at token j (or after a
// comma there) of a content that starts at token k ends the subject of
// a subordinate clause whose verb has not come yet (rule
// joined-subject): in "A, as Acme's fine performance and strong export
// potential means B" the conjunction joins two subjects of "means",
// and no second speaker's clause opens.
func (v *view) subjectJoined(k, j int) bool {
	if v.d.off[RuleJoinedSubject] {
		return false
	}
	for p := j - 1; p > k; p-- {
		if v.finiteAt(p) && v.tag(p) != "POS" || v.w(p) == "," || v.inQuotation(p) {
			return false
		}
		if v.tag(p) == "IN" && v.d.lex.Is(v.w(p), lexicon.Subordinator) {
			return p < j-1 && (strings.HasPrefix(v.tag(j-1), "NN") || v.entAt(j-1) >= 0)
		}
	}
	return false
}

// nounReporting reports whether token i is a reporting verb in the present
// that the tagger took for a noun, after a plural noun or a name ("the
// Greens claim ...").
func (v *view) nounReporting(i int) bool {
	return strings.HasPrefix(v.tag(i), "NN") && v.reportingAt(i) && v.verbLike(i)
}

// narrativePronoun holds the pronouns of third persons, whose clause
// after a content may be the narrative's: a closed class.
var narrativePronoun = map[string]bool{"he": true, "she": true, "they": true}

// nextCue reports whether another attribution starts at token j and
// so ends the content before it: a participle after a comma (", citing
// ...", ", arguing that ..."), an inverted verb (", said Mr X"), a finite reporting verb after "but" or
// "and" ("... but noted that ..."), or a clause of its own whose subject
// reports ("..., though she noted ...", "... and Y accused X of ...").
func (v *view) nextCue(j int) bool {
	if v.cueAfterComma(j) {
		return true
	}
	w := v.w(j)
	// "A; 26 percent say B": a clause of its own after a semicolon.
	if w == ";" && !v.d.off[RuleQuantityCue] {
		return v.reportingClause(j+1, false)
	}
	k := j
	if w == "," || tokenize.IsDash(w) {
		k++
	}
	// ", which she thought ...", "-- who cited ...": a relative
	// clause that reports.
	if (w == "," || tokenize.IsDash(w)) && !v.d.off[RuleRelativeCue] && (v.w(k) == "which" || v.w(k) == "who") {
		if v.tag(k+1) == "PRP" || v.entAt(k+1) >= 0 {
			return v.reportingClause(k+1, false)
		}
		return v.auxReporting(k + 1)
	}
	if !cueJoin[v.w(k)] || v.insteadPredicate(k) {
		return false
	}
	k++
	// "and could not comment" goes on with what was said; "but has
	// said" starts another saying.
	if v.finiteReporting(k) || !v.d.off[RuleRelativeCue] && w != "and" && v.auxReporting(k) {
		return true
	}
	return v.reportingClause(k, w == "and")
}

// insteadPredicate reports whether "but" at token j joins a verb that
// "instead" goes with, right before or after it, to a clause before it
// in the same sentence that "not" or "n't" negates (rule
// instead-predicate): in "argued that the council would not shut the
// library but wanted instead to move it" the second predicate replaces
// the first, whose subject it shares: what was argued goes on.
func (v *view) insteadPredicate(j int) bool {
	if v.d.off[RuleInsteadPredicate] || v.w(j) != "but" {
		return false
	}
	m := j + 1
	if v.w(m) == "instead" {
		m++
	}
	if !strings.HasPrefix(v.tag(m), "VB") || v.w(m-1) != "instead" && v.w(m+1) != "instead" {
		return false
	}
	for p := j - 1; p >= 0 && p >= j-25; p-- {
		if w := v.w(p); w == "not" || w == "n't" {
			return true
		}
		if v.w(p) == "," || v.w(p) == ";" || quoteClose[v.w(p)] {
			return false
		}
	}
	return false
}

// auxReporting reports whether a reporting verb starts at token k, past
// adverbs and auxiliaries: finite, or a participle or base form after an
// auxiliary ("has said", "repeatedly says", "will argue"); not a passive
// ("is expected to"), which reports no one's words.
func (v *view) auxReporting(k int) bool {
	aux := false
	for k < v.n() && (v.tag(k) == "RB" || v.aux(k)) {
		if v.lemma(k) == "be" {
			return false
		}
		aux = aux || v.aux(k)
		k++
	}
	if v.finiteReporting(k) {
		return true
	}
	t := v.tag(k)
	return aux && (t == "VBN" || t == "VB") && v.reportingAt(k)
}

// quantitySubject returns the token after a share of people that starts
// at token k, a quantity with its "in 10" and its "of" phrase ("more
// than 4 in 10", "26 percent of voters"), or k.
func (v *view) quantitySubject(k int) int {
	m := v.litAt(k)
	if m < 0 || v.d.res.Mentions[m].Type == extract.Date {
		return k
	}
	e := k
	for e < v.n() && v.litAt(e) == m {
		e++
	}
	if v.w(e) == "in" && v.tag(e+1) == "CD" {
		e += 2 // "4 in 10"
	}
	if v.w(e) == "of" {
		f := e + 1
		if v.tag(f) == "DT" || v.tag(f) == "PRP$" {
			f++
		}
		if v.entAt(f) >= 0 {
			return v.mentionEnd(f)
		}
		if g := v.shortNP(f); g > f {
			return g
		}
	}
	return e
}

// cueAfterComma reports whether a comma at token j sets off a reporting
// participle (", citing ...") or an inverted verb (", said Mr X").
func (v *view) cueAfterComma(j int) bool {
	if v.w(j) != "," || !v.reportingAt(j+1) {
		return false
	}
	switch v.tag(j + 1) {
	case "VBG":
		return true
	case "VBD":
		return v.entAt(j+2) >= 0 || v.tag(j+2) == "DT" || v.tag(j+2) == "PRP"
	}
	return false
}

// reportingClause reports whether a clause whose subject reports starts
// at token k: a pronoun, a name or a short noun phrase, then a finite
// reporting verb. After a bare "and" (bare) a noun phrase may still be
// the content's ("more jobs and lower prices"): its verb must be in the
// past. A verb that a preposition follows reports nothing ("X and Y
// promises on tax" is a noun).
func (v *view) reportingClause(k int, bare bool) bool {
	past := false
	switch {
	case v.tag(k) == "PRP":
		k++
	case v.entAt(k) >= 0:
		k = v.mentionEnd(k)
	case !v.d.off[RuleQuantityCue] && v.quantitySubject(k) > k:
		k = v.quantitySubject(k) // "and more than 4 in 10 said ..."
	case v.tag(k) == "DT" && v.pronounDeterminer(k):
		k++ // "while another says ..."
	default:
		past = bare
		e := v.shortNP(k)
		if e == k {
			return false
		}
		k = e
	}
	for k < v.n() && (v.tag(k) == "RB" || v.aux(k)) {
		k++
	}
	if t := v.tag(k + 1); t == "IN" && v.w(k+1) != "that" || t == "TO" {
		return false
	}
	return v.finiteReporting(k) && (!past || v.tag(k) == "VBD")
}

// shortNP returns the token after a noun phrase of at most four words
// with no name that starts at token k and ends in a noun, or k.
func (v *view) shortNP(k int) int {
	e := k
	for e < v.n() && e < k+4 && (v.tag(e) == "DT" || v.tag(e) == "CD" || strings.HasPrefix(v.tag(e), "JJ") || strings.HasPrefix(v.tag(e), "NN")) && v.entAt(e) < 0 {
		e++
	}
	if e == k || !strings.HasPrefix(v.tag(e-1), "NN") {
		return k
	}
	return e
}

// cueJoin are the conjunctions that join a clause of another
// attribution to a content.
var cueJoin = map[string]bool{"and": true, "but": true, "though": true, "although": true, "while": true, "whereas": true}

// reportingAt reports whether the word at token i is a reporting word.
func (v *view) reportingAt(i int) bool {
	_, ok := v.kind(i)
	return ok
}

// finiteReporting reports whether token i is a finite reporting verb
// ("noted", "says").
func (v *view) finiteReporting(i int) bool {
	t := v.tag(i)
	return (t == "VBD" || t == "VBZ" || t == "VBP") && v.reportingAt(i)
}

func (v *view) mentionEndOr(i int) int {
	if v.entAt(i) >= 0 {
		return v.mentionEnd(i)
	}
	return i + 1
}

// quoteSpan returns the tokens inside the quotation that opens at token
// k and closes in this sentence (the document's quotations, package
// annotate), and the token after its closing mark. It returns ok=false
// when no quotation opens there or it closes in a later sentence.
func (v *view) quoteSpan(k int) (text [2]int, after int, ok bool) {
	if k < 0 || k >= v.n() {
		return [2]int{}, 0, false
	}
	q, found := v.d.byOpen[v.toks[k].Start]
	if !found || q.Close < 0 {
		return [2]int{}, 0, false
	}
	for j := k + 1; j < v.n(); j++ {
		if v.toks[j].Start == q.Close {
			return [2]int{k + 1, j}, j + 1, true
		}
	}
	return [2]int{}, 0, false
}

// closing pairs each opening quotation mark with its closing one.
var closing = map[string]string{"“": "”", "\"": "\"", "‘": "’", "``": "''", "''": "''", "«": "»"}

// openers are the keys of closing in a fixed order.
var openers = []string{"“", "\"", "‘", "``", "''", "«"}

// holds reports whether tokens [lo, hi) hold the word w.
func (v *view) holds(lo, hi int, w string) bool {
	for k := lo; k < hi; k++ {
		if v.w(k) == w {
			return true
		}
	}
	return false
}

// speakerAfter reads the speaker after an inverted verb: "said X", "said
// the minister".
func (v *view) speakerAfter(k int) (speaker, end int, ok bool) {
	if k >= v.n() {
		return -1, k, false
	}
	if v.entAt(k) >= 0 {
		if v.demonymPeople(k) {
			return -1, k + 1, true // "..., say Norlandic": people of the place
		}
		if sp, end, ok := v.possessedSpeaker(k); ok {
			return sp, end, true
		}
		if sp, end, ok := v.modifiedNoun(k); ok {
			return sp, end, true
		}
		return v.entity(k), v.mentionEnd(k), true
	}
	if v.tag(k) == "PRP" {
		return v.resolvePronoun(k), k + 1, true
	}
	quantity := !v.d.off[RuleQuantitySubject]
	if l := v.litAt(k); l >= 0 && !(quantity && v.d.res.Mentions[l].Type != extract.Date) {
		return -1, k, false // "..., X, D-Ore., said Tuesday": a date, no speaker
	}
	// "said its chairman, X": a possessive determiner's post, then a
	// name (rule possessive-post-name).
	if v.tag(k) == "PRP$" {
		if p, ok := v.possessivePostName(k + 1); ok {
			return v.entity(p), v.mentionEnd(p), true
		}
		return -1, k, false
	}
	// "said the agency's chief, X", "said one source": a noun phrase,
	// then maybe a name.
	j := k
	for j < v.n() && j < k+6 && (v.tag(j) == "DT" || strings.HasPrefix(v.tag(j), "JJ") || strings.HasPrefix(v.tag(j), "NN") || v.tag(j) == "POS" || quantity && v.tag(j) == "CD") && v.entAt(j) < 0 {
		j++
	}
	if j > k {
		return v.speakerOfPhrase(j)
	}
	return -1, k, false
}

// speakerOfPhrase reads the speaker of an inverted verb's noun phrase
// whose common words end at token j: a person named after it ("said the
// agency's chief, X"), a name that ends it ("said the Acme founder"), or
// the phrase itself, unnamed ("said one source").
func (v *view) speakerOfPhrase(j int) (speaker, end int, ok bool) {
	// "said the committee chairman, Norland Party MP Bo Ek": the
	// post's words before the name (rule post-before-name).
	if p, ok := v.postBeforeName(j); ok {
		return v.entity(p), v.mentionEnd(p), true
	}
	if v.w(j) == "," && j+1 < v.n() && v.entAt(j+1) >= 0 {
		return v.entity(j + 1), v.mentionEnd(j + 1), true
	}
	if p, ok := v.namedAfterPhrase(j); ok {
		return v.entity(p), v.mentionEnd(p), true
	}
	if j >= v.n() || v.entAt(j) < 0 {
		return v.speakerAt(j - 1), j, true
	}
	if v.titleBody(j).Len() > 0 {
		return -1, v.mentionEnd(j), true // "said the Norland Commissioner": a post
	}
	// "said the festival's director, Bo Ek": the person the
	// possessor's post names (rule possessive-post-name).
	if !v.d.off[RulePossessivePostName] {
		if sp, end, ok := v.possessedSpeaker(j); ok {
			return sp, end, true
		}
	}
	if sp, end, ok := v.modifiedNoun(j); ok {
		return sp, end, true
	}
	// "said the Norlandic": a person of that country, whom
	// speakerAt finds, not the country.
	if v.demonymPerson(j, v.entity(j)) {
		return v.speakerAt(j), v.mentionEnd(j), true
	}
	return v.entity(j), v.mentionEnd(j), true
}

// namedAfterPhrase reads, after an inverted verb's noun phrase that
// ends at token j, a prepositional phrase and a comma, and a person's
// name that ends the clause (rule named-after-phrase): "said one of
// their lawyers, Bo Ek", "said a lawyer for the firm, Di Moss". It
// returns the token that opens the name; ok is false otherwise.
func (v *view) namedAfterPhrase(j int) (person int, ok bool) {
	if v.d.off[RuleNamedAfterPhrase] || !namePhrasePrep[v.w(j)] {
		return -1, false
	}
	m := j + 1
	for m < v.n() && m <= j+10 {
		if v.entAt(m) >= 0 {
			m = v.mentionEnd(m)
			continue
		}
		// "one of the lawyers in the case": a second phrase.
		if t := v.tag(m); t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || namePhrasePrep[v.w(m)] && m > j+1 {
			m++
			continue
		}
		break
	}
	p := m + 1
	if m == j+1 {
		return -1, false
	}
	// "said the chairman of the committee, Norland Party MP Bo Ek".
	if q, ok := v.postBeforeName(m); ok {
		return q, true
	}
	if v.w(m) != "," || v.entAt(p) < 0 || v.mentionStart(p) != p || v.entType(v.entity(p)) != extract.Person {
		return -1, false
	}
	switch e := v.mentionEnd(p); v.w(e) {
	case ".", ",", ";", "", "(":
		return p, true
	default:
		if quoteClose[v.w(e)] {
			return p, true
		}
	}
	return -1, false
}

// namePhrasePrep are the prepositions of a phrase that says whose or
// where a person named after it is ("one of their lawyers, Bo Ek").
var namePhrasePrep = map[string]bool{"of": true, "for": true, "at": true, "with": true, "from": true, "in": true}

// demonymPeople reports whether token k, right after an inverted verb,
// is a place's demonym alone, with no article and no noun after it, the
// clause ending (rule demonym-people): "It is over, say Norlandic", the
// people of the place, an unnamed speaker, not the place.
func (v *view) demonymPeople(k int) bool {
	mi := v.entAt(k)
	if v.d.off[RuleDemonymPeople] || mi < 0 || v.entType(v.entity(k)) != extract.Location || v.mentionStart(k) != k || v.mentionEnd(k) != k+1 {
		return false
	}
	if w := v.w(k + 1); w != "," && w != "." && w != "" && w != ";" && w != "(" {
		return false
	}
	m := v.d.res.Mentions[mi]
	return (m.Method == resolve.MethodAlias || m.Method == resolve.MethodAdjective) && strings.ToUpper(m.Text) != m.Text
}

// possessedSpeaker reads, after an inverted verb, a body's possessive at
// the name at token k and the person it names (rule possessed-speaker):
// "said Acme's Ann Lee", and the person a post after the possessive
// names, "said Acme's chief executive Ann Lee". ok is false when there
// is none.
func (v *view) possessedSpeaker(k int) (speaker, end int, ok bool) {
	e := v.mentionEnd(k)
	if v.d.off[RulePossessedSpeaker] || !v.possessiveAt(e) {
		return -1, k, false
	}
	if v.entAt(e+1) >= 0 && v.entType(v.entity(e+1)) == extract.Person {
		return v.entity(e + 1), v.mentionEnd(e + 1), true
	}
	h := e + 1
	for h < v.n() && h <= e+4 && v.entAt(h) < 0 && (v.tag(h) == "NN" || v.tag(h) == "NNS" || strings.HasPrefix(v.tag(h), "JJ")) {
		h++
	}
	if h > e+1 && v.entAt(h) >= 0 && v.mentionStart(h) == h && v.entType(v.entity(h)) == extract.Person {
		return v.entity(h), v.mentionEnd(h), true
	}
	// "said Acme's chief European economist Eva Tarvik": a name inside
	// the post's words.
	if p, ok := v.modifiedPostHolder(e + 1); ok {
		return v.entity(p), v.mentionEnd(p), true
	}
	// "said the festival's executive director, Bo Ek": the name after
	// the post and a comma (rule possessive-post-name).
	if p, ok := v.possessivePostName(e + 1); ok {
		return v.entity(p), v.mentionEnd(p), true
	}
	return -1, k, false
}

// possessivePostName reads, from token h right after a possessive
// ("its", "Acme's"), the common nouns of a post, one to four, a comma and
// a person's name that ends the clause, which the post's words may open
// (rule possessive-post-name): "said its chairman, Bo Ek", "said the
// festival's executive director, Ann Lee". It returns the token that
// opens the name; ok is false otherwise.
func (v *view) possessivePostName(h int) (person int, ok bool) {
	if v.d.off[RulePossessivePostName] {
		return -1, false
	}
	j := h
	for j < v.n() && j < h+4 && v.entAt(j) < 0 && (v.tag(j) == "NN" || v.tag(j) == "NNS" || strings.HasPrefix(v.tag(j), "JJ")) {
		j++
	}
	if j == h || !strings.HasPrefix(v.tag(j-1), "NN") || v.w(j) != "," {
		return -1, false
	}
	if p, ok := v.postBeforeName(j); ok {
		return p, true
	}
	p := j + 1
	if v.entAt(p) < 0 || v.mentionStart(p) != p || v.entType(v.entity(p)) != extract.Person || !v.nameEndsClause(v.mentionEnd(p)) {
		return -1, false
	}
	return p, true
}

// postBeforeName reads, after the comma at token c that ends an inverted
// verb's noun phrase, capitalised words of a post, which a body's name
// of three words or fewer may open, and a person's name that ends the
// clause (rule post-before-name): "said the committee chairman, MP Bo
// Ek", "said the chairman, Norland Party MP Ann Lee". The person speaks,
// not the body. It returns the token that opens the name; ok is false
// otherwise.
func (v *view) postBeforeName(c int) (person int, ok bool) {
	if v.d.off[RulePostBeforeName] || v.w(c) != "," || c+1 >= v.n() {
		return -1, false
	}
	p := c + 1
	if v.entAt(p) >= 0 && v.mentionStart(p) == p && v.entType(v.entity(p)) != extract.Person && v.mentionEnd(p)-p <= 3 && v.nameTitle(v.mentionEnd(p)) {
		p = v.mentionEnd(p)
	}
	n := 0
	for ; n < 3 && v.nameTitle(p); n++ {
		p++
	}
	if n == 0 || v.entAt(p) < 0 || v.mentionStart(p) != p || v.entType(v.entity(p)) != extract.Person || !v.nameEndsClause(v.mentionEnd(p)) {
		return -1, false
	}
	return p, true
}

// nameTitle reports whether token h is a capitalised word of a post
// before a name (capitalPost: "Chairman", "Minister"), a form of address
// or a title's abbreviation ("Sir", "Dr", "MP"), no mention's.
func (v *view) nameTitle(h int) bool {
	if v.capitalPost(h) {
		return true
	}
	if h < 0 || h >= v.n() || v.tag(h) != "NNP" || v.entAt(h) >= 0 || v.litAt(h) >= 0 {
		return false
	}
	w := strings.ToLower(v.w(h))
	return v.d.lex.Is(w, lexicon.Honorific) || v.d.lex.Is(w, lexicon.TitleAbbreviation)
}

// nameEndsClause reports whether token e, right after a name, ends its
// clause: a full stop, a comma, a semicolon, a bracket, a closing quote
// or the sentence's end.
func (v *view) nameEndsClause(e int) bool {
	switch v.w(e) {
	case ".", ",", ";", "", "(":
		return true
	}
	return quoteClose[v.w(e)]
}

// modifiedPostHolder reads the words of a post from token first when a
// name of a word or two that is no person's stands between them, after
// one of the post's words and before a common noun, and a person's name
// ends them: "chief Norlandic strategist Bo Ek", "senior Norland sales
// director Ann Lee" (rule modified-post). It returns the token that opens
// the person's name; ok is false otherwise, and when no name stands among
// the words.
func (v *view) modifiedPostHolder(first int) (person int, ok bool) {
	if v.d.off[RuleModifiedPost] {
		return -1, false
	}
	h := first
	for n := 0; n < 3; n++ {
		k := h
		for k < v.n() && k < h+4 && v.entAt(k) < 0 && (v.tag(k) == "NN" || v.tag(k) == "NNS" || v.tag(k) == "JJ" || v.capitalPost(k)) {
			k++
		}
		if k == h || k >= v.n() || v.entAt(k) < 0 || v.mentionStart(k) != k {
			return -1, false
		}
		if v.entType(v.entity(k)) == extract.Person {
			if n == 0 || v.tag(k-1) == "JJ" {
				return -1, false
			}
			return k, true
		}
		if n == 2 || v.mentionEnd(k)-k > 2 {
			return -1, false
		}
		h = v.mentionEnd(k)
	}
	return -1, false
}

// modifiedNoun reads a name at token j that modifies the common nouns
// after it, "the Acme founder", "Acme chairman Bo Ek": the speaker is the
// person named after the nouns, or the one the nouns stand for
// (speakerAt: "the Acme spokesman" speaks for Acme, "the Acme founder"
// is someone unnamed). ok is false when no common noun follows the name.
func (v *view) modifiedNoun(j int) (speaker, end int, ok bool) {
	// "said Acme chief Norlandic strategist Bo Ek": a name inside the
	// post's words.
	if p, ok := v.modifiedPostHolder(v.mentionEnd(j)); ok {
		return v.entity(p), v.mentionEnd(p), true
	}
	h := v.mentionEnd(j)
	// Adjectives among the nouns: "Acme shadow local government
	// secretary Bo Ek".
	for h < v.n() && v.entAt(h) < 0 && (v.tag(h) == "NN" || v.tag(h) == "NNS" || v.tag(h) == "JJ" && v.tag(h+1) == "NN" || v.capitalPost(h)) {
		h++
	}
	if h == v.mentionEnd(j) {
		return -1, j, false
	}
	if v.entAt(h) >= 0 && v.entType(v.entity(h)) == extract.Person {
		return v.entity(h), v.mentionEnd(h), true
	}
	// "said Acme chief Bo Ek", where resolution missed the person's
	// name: the post's holder, unnamed, speaks, not the body.
	if e, ok := v.missedHolder(h); ok {
		return -1, e, true
	}
	// "said Acme chief economist, Bo Ek.": the person named after a
	// comma, the phrase's end.
	if p := h + 1; v.w(h) == "," && !v.d.off[RulePossessedSpeaker] && v.entAt(p) >= 0 && v.mentionStart(p) == p && v.entType(v.entity(p)) == extract.Person {
		if w := v.w(v.mentionEnd(p)); w == "." || w == "" || w == ";" {
			return v.entity(p), v.mentionEnd(p), true
		}
	}
	return v.speakerAt(h - 1), h, true
}

// missedHolder reports whether the common noun before token h is a
// person's post or occupation and tokens from h are capitalised words no
// mention covers, one to four, that end the phrase (a comma, a full stop,
// a semicolon or the sentence's end follows): a holder's name that
// resolution missed ("Acme chief Bo Ek"). end is the token after them.
func (v *view) missedHolder(h int) (end int, ok bool) {
	if v.d.off[RuleMissedHolder] || h < 1 || h >= v.n() {
		return h, false
	}
	c := v.d.lex.Classes(v.lemma(h - 1))
	if v.tag(h-1) != "NN" && !v.capitalPost(h-1) || !(c.Has(lexicon.Office) || c.Has(lexicon.Occupation) || c.Has(lexicon.Spokesperson)) {
		return h, false
	}
	k := h
	for k < v.n() && k < h+4 && v.tag(k) == "NNP" && v.entAt(k) < 0 && v.litAt(k) < 0 && tokenize.StartsUpper(v.toks[k].Text) {
		k++
	}
	if k == h {
		return h, false
	}
	if w := v.w(k); w == "," || w == "." || w == "" || w == ";" {
		return k, true
	}
	return h, false
}

// capitalPost reports whether token h, tagged a proper noun though no
// mention covers it, is in lower case a noun of a post or an occupation
// ("Acme Chief Bo Ek", a tagger's NNP for "chief" before a name), with
// a person's name or capitalised words after it (rule missed-holder).
func (v *view) capitalPost(h int) bool {
	if v.d.off[RuleMissedHolder] || h < 0 || h+1 >= v.n() || v.tag(h) != "NNP" || v.entAt(h) >= 0 || v.litAt(h) >= 0 {
		return false
	}
	c := v.d.lex.Classes(v.w(h))
	if !(c.Has(lexicon.Office) || c.Has(lexicon.Occupation) || c.Has(lexicon.Spokesperson)) {
		return false
	}
	return v.tag(h+1) == "NNP" || v.entAt(h+1) >= 0 && v.entType(v.entity(h+1)) == extract.Person
}

// before returns the content that a comma at token c closes: the
// quotation that ends there, or the sentence up to it.
func (v *view) before(c int) (int, int) {
	var end int
	switch {
	case quoteClose[v.w(c)]:
		end = c
	case c > 0 && quoteClose[v.w(c-1)]:
		end = c - 1
	default:
		// "“A,” one of their lawyers, Bo Ek, said": the quotation
		// before the description the name is set off after.
		if q := v.quoteBeforeDescription(c); q >= 0 {
			return v.before(q)
		}
		// "A; B, X said": the clause after the last semicolon.
		lo := v.clauseStart()
		for j := c - 1; j > lo && !v.d.off[RuleSemicolonBefore]; j-- {
			if v.w(j) == ";" {
				return j + 1, c
			}
		}
		return lo, c
	}
	// A quoted phrase is not what is said: "I am no “new broom”, I
	// assure you".
	if v.closesQuote(end) && !v.quotesClause(end) && !utteranceEnd[v.w(end-1)] {
		return 0, 0
	}
	// The opening mark in this sentence.
	for j := end - 1; j >= 0; j-- {
		if quoteOpen[v.w(j)] && closing[v.w(j)] == v.w(end) {
			if v.partialQuote(j) {
				return v.clauseStart(), end
			}
			return j + 1, end
		}
	}
	return 0, end
}

// partialQuote reports whether the quotation that opens at token j,
// before a final attribution, is only the complement of a finite verb
// of the writer's clause, its first word in lower case (rule
// partial-quote): in "The plan faced “little hope of passing,” he
// added" what he added is the clause, not the words from "little hope".
func (v *view) partialQuote(j int) bool {
	if v.d.off[RulePartialQuote] || j < 2 || j+1 >= v.n() {
		return false
	}
	f := v.toks[j+1].Text
	if f == "" || f[0] < 'a' || f[0] > 'z' {
		return false
	}
	if v.partialAdjunct(j) {
		return true
	}
	if t := v.tag(j - 1); t != "VBD" && t != "VBZ" && t != "VBP" || v.aux(j-1) {
		return false
	}
	return true
}

// partialAdjunct reports whether the quotation that opens at token j,
// before a final attribution, opens with a preposition after a verb's
// participle or a noun of the writer's clause (rule partial-adjunct):
// in "Details will come when a bill is published “in the next two
// weeks,” a spokesman said" what he said is the clause, whose adjunct
// the quotation is.
func (v *view) partialAdjunct(j int) bool {
	if v.d.off[RulePartialAdjunct] || v.tag(j+1) != "IN" || v.w(j+1) == "that" {
		return false
	}
	t := v.tag(j - 1)
	return t == "VBN" || t == "VB" || t == "VBD" || t == "VBZ" || t == "VBP" || strings.HasPrefix(t, "NN") && v.entAt(j-1) < 0
}

// quoteBeforeDescription returns the closing quotation mark right before
// a description, a noun phrase and its prepositional phrases, that the
// comma at token c ends before a person's name (rule
// description-aside): "“A,” one of their lawyers, Bo Ek, said". It
// returns -1 otherwise.
func (v *view) quoteBeforeDescription(c int) int {
	if v.d.off[RuleDescriptionAside] || v.entAt(c+1) < 0 || v.entType(v.entity(c+1)) != extract.Person {
		return -1
	}
	for k := c - 1; k > 0 && k >= c-12; k-- {
		if quoteClose[v.w(k)] {
			if k < c-1 && (v.w(k-1) == "," || utteranceEnd[v.w(k-1)]) {
				return k
			}
			return -1
		}
		if t := v.tag(k); v.entAt(k) < 0 && !(t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || t == "IN" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")) {
			return -1
		}
	}
	return -1
}

// clauseStart returns the first token of the sentence's text after a
// dateline ("PARIS —", "Velden, Norland —").
func (v *view) clauseStart() int {
	for k := 0; k < v.n() && k < 8; k++ {
		switch v.w(k) {
		case "—", "–", "--":
			return k + 1
		case ",", ".":
			continue
		}
		if !tokenize.StartsUpper(v.toks[k].Text) && v.entAt(k) < 0 {
			return 0
		}
	}
	return 0
}

// unnamedSource reports whether tokens lo..hi after "according to" are a
// source that names no entity ("the poll", "their attorneys", "federal
// statistics"): a noun phrase with no capitalised word (a name the tagger
// missed, whose extent is unsure) whose head is a noun, not a plan
// ("according to plan", "according to schedule").
func (v *view) unnamedSource(lo, hi int) bool {
	if hi <= lo || hi-lo > 20 {
		return false
	}
	head := -1
	for k := lo; k < hi; k++ {
		if w := v.w(k); w == "from" || w == "by" || w == "of" || w == "for" || w == "in" || w == "on" || w == "at" || w == "with" {
			break
		}
		if strings.HasPrefix(v.tag(k), "NN") && v.tag(k) != "NNP" && v.tag(k) != "NNPS" && v.entAt(k) < 0 {
			head = k
		}
	}
	if head < 0 {
		return false
	}
	// A record or a statement may be named for whom it is of or by ("a
	// poll of Ostmark voters", "a study by X"): the comma or the
	// sentence's end bounds it.
	record := v.d.lex.Is(v.lemma(head), lexicon.Evidence) || v.d.lex.Is(v.lemma(head), lexicon.Statement)
	if !record && hi-lo > 12 {
		return false
	}
	for k := lo; k < hi && !record; k++ {
		// "Norland officials": a place's name before the head says
		// whose people they are.
		if k < head && v.placeAt(k) && !v.d.off[RuleOccupationPlace] {
			continue
		}
		if v.tag(k) == "NNP" || v.tag(k) == "NNPS" || v.entAt(k) >= 0 {
			return false // a name: its extent is unsure
		}
	}
	return !v.d.lex.Is(v.lemma(head), lexicon.Intent)
}

// namedSourcePhrase reports whether tokens [lo, hi) after "according
// to" are a short noun phrase that holds a name but is not one ("his
// Facebook profile", "a fact sheet lawmakers released Monday"): at most
// eight words, opened by a determiner or a possessive, with a common noun
// in it and no verb but a past participle or past form after a noun.
func (v *view) namedSourcePhrase(lo, hi int) bool {
	if v.d.off[RuleAccordingNamed] || hi <= lo || hi-lo > 8 {
		return false
	}
	if t := v.tag(lo); t != "DT" && t != "PRP$" {
		return false
	}
	noun := false
	for k := lo + 1; k < hi; k++ {
		t := v.tag(k)
		switch {
		case quoteOpen[v.w(k)] || quoteClose[v.w(k)] || v.w(k) == ";" || v.w(k) == ":":
			return false
		case t == "VBZ" || t == "VBP" || t == "MD":
			return false
		case strings.HasPrefix(t, "NN") && t != "NNP" && t != "NNPS" && v.entAt(k) < 0:
			noun = true
		}
	}
	return noun
}

// opensQuote reports whether token j opens a quotation (package
// annotate paired its marks).
func (v *view) opensQuote(j int) bool {
	if j < 0 || j >= v.n() {
		return false
	}
	_, ok := v.d.byOpen[v.toks[j].Start]
	return ok
}

// closesQuote reports whether token j closes a quotation.
func (v *view) closesQuote(j int) bool {
	if j < 0 || j >= v.n() {
		return false
	}
	_, ok := v.d.byClose[v.toks[j].Start]
	return ok
}

// endsQuotedSentence reports whether token j ends a quotation as a
// sentence or clause does before its attribution: a closing mark after a
// comma or a sentence's end (“...,” / “...?”), or a comma after a closing
// mark (“...”,); not a quoted phrase ("a “good pace” he warned").
func (v *view) endsQuotedSentence(j int) bool {
	switch {
	case v.closesQuote(j):
		return utteranceEnd[v.w(j-1)] && v.quotesClause(j)
	case v.w(j) == ",":
		return v.closesQuote(j-1) && v.quotesClause(j-1)
	}
	return false
}

// utteranceEnd are the marks that end a quoted utterance inside its
// closing quotation mark (“No,” / “Why?” / “We won.”).
var utteranceEnd = map[string]bool{",": true, ".": true, "?": true, "!": true, "…": true, "—": true, "-": true}

// quotesClause reports whether the quotation that closes at token j
// holds a clause: it opened in an earlier sentence, a verb is inside it,
// or it is longer than a phrase ("“We won,” she said"; not "some “rich
// kid”, I assure you").
func (v *view) quotesClause(j int) bool {
	q, ok := v.d.byClose[v.toks[j].Start]
	if !ok {
		return false
	}
	if q.Open < v.toks[0].Start {
		return true
	}
	n := 0
	for k := j - 1; k >= 0 && v.toks[k].Start > q.Open; k-- {
		if v.isVerb(k) {
			return true
		}
		n++
	}
	return n > maxQuotedPhrase
}

// maxQuotedPhrase is the most tokens a quoted phrase without a verb
// holds ("a “fair deal”"); a longer quotation is taken for what
// someone said.
const maxQuotedPhrase = 6

// openedBefore returns the byte offset where the quotation that closes at
// token end begins, when it opened before this sentence (package
// annotate pairs the marks, over sentences and paragraphs); or -1.
func (v *view) openedBefore(end int) int {
	if end < 0 || end >= v.n() {
		return -1
	}
	q, ok := v.d.byClose[v.toks[end].Start]
	if !ok || q.Open >= v.toks[0].Start {
		return -1
	}
	return q.Start
}

// addBefore records the content that the comma or quotation mark at
// token c closes.
func (v *view) addBefore(speaker, outlet, c int, verb string) {
	lo, hi := v.before(c)
	if hi <= lo {
		return
	}
	from := -1
	if lo == 0 && quoteClose[v.w(hi)] {
		from = v.openedBefore(hi)
	}
	v.addFrom(speaker, outlet, from, lo, hi, verb)
}

// npEntity returns the entity of the noun phrase that starts at token k
// ("the Harlow news agency", "Wirenews"), or -1.
func (v *view) npEntity(k int) int {
	for j := k; j < v.n() && j < k+6; j++ {
		if v.entAt(j) >= 0 {
			return v.entity(j)
		}
		t := v.tag(j)
		if !(t == "DT" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "POS" || v.nounAfterTo(j)) {
			break
		}
	}
	return -1
}

// nounAfterTo reports whether token j, right after "to", is a noun the
// tagger read as an infinitive's verb ("according to mortgage lender
// Acme", "a letter to property firm Acme"): a base form in lower case
// that the lexicon knows as a noun, before another noun or a name (rule
// to-noun).
func (v *view) nounAfterTo(j int) bool {
	if v.d.off[RuleToNoun] || v.w(j-1) != "to" || v.tag(j) != "VB" || tokenize.StartsUpper(v.toks[j].Text) || !v.d.lex.Known(v.w(j), lexicon.Noun) {
		return false
	}
	return strings.HasPrefix(v.tag(j+1), "NN") || v.entAt(j+1) >= 0
}

// skipDate returns the token after a date phrase at token k ("on
// Friday", "last week", "yesterday"), or k.
func (v *view) skipDate(k int) int {
	j := k
	if w := v.w(j); w == "on" || w == "last" || w == "this" || w == "late" || w == "early" {
		j++
	}
	l := v.litAt(j)
	if l < 0 || v.d.res.Mentions[l].Type != extract.Date {
		return k
	}
	for v.litAt(j) == l {
		j++
	}
	return j
}

// addressee reads the noun phrase at token k after "told": a pronoun, or
// modifiers and names up to a head. It returns the token after it, and
// the outlet: the addressee when it is a news organisation ("told
// Wirenews", "told the Harlow Post newspaper"), else the outlet given.
func (v *view) addressee(k, outlet int) (int, int) {
	j := k
	media := false
	if v.tag(j) == "PRP" {
		return j + 1, outlet
	}
	for j < v.n() && j < k+8 {
		if j == k && v.tag(j) == "PRP$" { // "told his monthly press conference"
			j++
			continue
		}
		if v.entAt(j) >= 0 {
			var stop bool
			if j, outlet, stop = v.addresseeName(k, j, outlet); stop {
				break
			}
			continue
		}
		t := v.addresseeTag(j)
		if t == "DT" && j > k {
			break // "told the website the party ...": a new noun phrase
		}
		if e := v.peoplePhrase(j); e > j && j > k {
			j = e // "told a dinner for local farmers A"
			break
		}
		if t == "DT" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") || t == "POS" || t == "CD" || v.media(j) {
			if v.media(j) {
				media = true
			}
			j++
			continue
		}
		break
	}
	return j, v.addresseeOutlet(outlet, media)
}

// addresseeName reads the name at token j of an addressee that starts at
// token k (see addressee): it returns the token after the name (and a
// possessive after it), the outlet, a body the name may give, and
// whether the name ends the phrase.
func (v *view) addresseeName(k, j, outlet int) (int, int, bool) {
	if e := v.entity(j); v.entType(e) == extract.Organization && (outlet < 0 || v.mediaApposition(k, j, outlet)) {
		outlet = e
	}
	j = v.mentionEnd(j)
	if v.tag(j) == "POS" { // "told the BBC's Today programme"
		j++
		// "told Acme's “Morning Show” that ...": a programme's
		// title in quotation marks, then what was said.
		if text, after, ok := v.quoteSpan(j); ok && !v.d.off[RuleQuotedTitle] && text[1]-text[0] <= 5 {
			if d := v.skipDate(after); d > after {
				after = d // "told Y's “Morning Show” on Friday that"
			}
			if v.w(after) == "that" {
				return after, outlet, true
			}
		}
		return j, outlet, false
	}
	// A name heads the phrase unless a noun, a number or a medium's
	// word goes on after it.
	stop := !strings.HasPrefix(v.addresseeTag(j), "NN") && v.tag(j) != "CD" && !v.media(j) || v.entAt(j) >= 0
	return j, outlet, stop
}

// mediaApposition reports whether the name at token j, in an addressee
// that starts at token k, follows the name of outlet and a medium's
// noun (rule media-apposition): "told Norland TV network Acme News",
// where the last name heads the phrase and the words before it
// describe it. A possessive between ("the BBC's Today programme")
// leaves the possessor the outlet.
func (v *view) mediaApposition(k, j, outlet int) bool {
	if v.d.off[RuleMediaApposition] || j-1 <= k || !v.media(j-1) || v.entAt(j-1) >= 0 {
		return false
	}
	p := j - 1
	for p > k && v.entAt(p) < 0 && (v.media(p) || strings.HasPrefix(v.tag(p), "NN")) {
		p--
	}
	return v.entAt(p) >= 0 && v.entity(p) == outlet
}

// addresseeOutlet returns outlet, the body an addressee named, when it
// is a news medium or a medium's noun was read with it, else -1: "told
// the ministry" names an addressee, not an outlet.
func (v *view) addresseeOutlet(outlet int, media bool) int {
	if outlet >= 0 && !media && !v.isMedia(outlet) {
		return -1
	}
	return outlet
}

// peoplePhrase returns the end of a phrase of "of" or "for" at token
// j that says whom an addressee's gathering is made of, when a clause
// with a subject and a finite verb follows it (rule addressee-phrase):
// "told a dinner for local farmers keeping the mill open had to come
// first", "told a meeting of farmers prices would rise". The phrase
// is a determiner or a possessive, adjectives and nouns up to the
// first noun of a kind of person; it returns j otherwise.
func (v *view) peoplePhrase(j int) int {
	if v.d.off[RuleAddresseePhrase] || v.w(j) != "of" && v.w(j) != "for" || !strings.HasPrefix(v.tag(j-1), "NN") {
		return j
	}
	m := j + 1
	if t := v.tag(m); t == "DT" || t == "PRP$" {
		m++
	}
	for ; m < v.n() && m < j+6 && v.entAt(m) < 0; m++ {
		t := v.tag(m)
		if strings.HasPrefix(t, "JJ") {
			continue
		}
		if !strings.HasPrefix(t, "NN") {
			return j
		}
		if v.d.lex.Is(v.lemma(m), lexicon.PersonNoun) {
			if v.subjectThenVerb(m+1, v.n()) {
				return m + 1
			}
			return j
		}
	}
	return j
}

// addresseeTag is token j's tag, read in an addressee: a plural tagged
// a present tense that WordNet has as a noun and as no verb is a plural
// noun ("told Labour members the Tories ...", RuleNounPlural).
func (v *view) addresseeTag(j int) string {
	t := v.tag(j)
	if (t != "VBZ" && t != "VBP") || v.d.off[RuleNounPlural] || v.entAt(j) >= 0 || !strings.HasSuffix(v.w(j), "s") {
		return t
	}
	if w := v.w(j); !v.d.lex.Known(v.d.lex.Lemma(w, t), lexicon.Verb) && v.d.lex.Known(v.d.lex.Lemma(w, "NNS"), lexicon.Noun) {
		return "NNS"
	}
	return t
}

// subjectThenVerb reports whether tokens [k, hi) start with a noun phrase
// directly followed by a verb or modal, maybe after adverbs: names,
// pronouns, determiners, adjectives, nouns and numbers, "of" phrases, a
// gerund first ("cutting taxes will"), coordinated phrases ("its chairman,
// its finance chief and ...") and a relative clause between commas ("the
// country, which has ..., had").
func (v *view) subjectThenVerb(k, hi int) bool {
	j := k
	np := false // a word of a noun phrase was read, not only an adverb
	for j < hi {
		next, word, ok := v.subjectStep(k, j, hi)
		if !ok {
			break
		}
		j, np = next, np || word
	}
	if j == k || !np {
		return false
	}
	for j < hi && v.tag(j) == "RB" {
		j++
	}
	return j < hi && v.finiteAt(j)
}

// npStart reports whether a noun phrase may start at token j: a name, a
// determiner, a pronoun, a number, an adjective or a noun.
func (v *view) npStart(j int) bool {
	t := v.tag(j)
	return v.entAt(j) >= 0 || t == "DT" || t == "PDT" || t == "PRP" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")
}

// finiteAt reports whether token j is a finite verb or a modal; "he's"
// may be tagged a possessive.
func (v *view) finiteAt(j int) bool {
	t := v.tag(j)
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || v.w(j) == "'s" || v.w(j) == "’s"
}

// subjectStep reads one step of a subject that started at token k, from
// token j: it returns the token after the step, whether the step read a
// word of a noun phrase, and ok=false when the subject ends at j.
func (v *view) subjectStep(k, j, hi int) (next int, word, ok bool) {
	if v.entAt(j) >= 0 {
		return v.mentionEnd(j), true, true
	}
	t, w := v.tag(j), v.w(j)
	if (w == "'s" || w == "’s") && v.tag(j-1) == "PRP" {
		return j, false, false // "he's": a verb
	}
	switch {
	case v.npStart(j) || t == "EX" || w == "there" && j == k || t == "POS" || w == "of" || j == k && t == "VBG":
		return j + 1, true, true
	case j == k && t == "RB":
		return j + 1, false, true
	case (quoteOpen[w] || quoteClose[w]) && j > k:
		return j + 1, false, true // the "essentials" were
	case w == "," && (v.w(j+1) == "which" || v.w(j+1) == "who" || v.tag(j+1) == "VBN"):
		if c := v.asideEnd(j+2, hi); c < hi {
			return c + 1, false, true
		}
		return j, false, false
	}
	return v.subjectJoin(k, j)
}

// asideEnd returns the first comma from token c before hi, or hi.
func (v *view) asideEnd(c, hi int) int {
	for c < hi && v.w(c) != "," {
		c++
	}
	return c
}

// subjectJoin reads what may join the words of a subject at token j after
// its first word k: a preposition before a noun phrase ("a rise in rates
// will", "its deal with X would"; not "his talent as he burst", a clause
// of its own), a participle before one ("the handsets sold in 2005
// would"), and coordination.
func (v *view) subjectJoin(k, j int) (next int, word, ok bool) {
	if j <= k {
		return j, false, false
	}
	t, w := v.tag(j), v.w(j)
	switch {
	case t == "IN" && v.npStart(j+1) && !v.d.lex.Is(w, lexicon.Subordinator):
		return j + 1, false, true
	case t == "VBN" && v.tag(j+1) == "IN":
		return j + 1, false, true
	case (w == "," || w == "and" || w == "or") && v.npStart(j+1):
		return j + 1, false, true
	case w == "," && v.w(j+1) == "and" && v.npStart(j+2):
		return j + 2, false, true
	}
	return j, false, false
}

// creditEnd returns the token after a wire's credit (res.Credits,
// package annotate) and its dash when they open the sentence ("Acme -
// Lawyers pressed the court, saying ...", the headline ending "(Acme)"),
// or 0: the credit filed the report and is no subject of it.
func (v *view) creditEnd() int {
	for _, c := range v.d.res.Credits {
		if v.n() == 0 || v.toks[0].Start != c.Start {
			continue
		}
		for k := 1; k+1 < v.n() && v.toks[k-1].End <= c.End; k++ {
			if v.toks[k-1].End == c.End && tokenize.IsDash(v.w(k)) {
				return k + 1
			}
		}
	}
	return 0
}

// isMedia reports whether entity e is a news organisation.
func (v *view) isMedia(e int) bool {
	return e >= 0 && e < len(v.d.res.Entities) && v.d.res.Entities[e].Class == "NewsMediaOrganization"
}

// accordingTo reads "according to X" at token i.
func (v *view) accordingTo(i int) {
	v.construction = ConsAccordingTo
	x := v.accordingEntity(i)
	j := v.accordingEnd(i)
	if x < 0 && i == v.clauseStart() {
		if e, c := v.accordingAppositive(i, j); e >= 0 {
			x, j = e, c
		}
	}
	if !v.accordingUnnamed(i, j, x) {
		return
	}
	defer func() { v.unnamed = extract.Span{} }()
	if v.accordingOutlet(x) {
		return
	}
	if co := v.accordingJoined(i, j, x); len(co) > 0 {
		v.co, v.coFor = co, x
	}
	v.accordingContent(x, i, j)
}

// accordingAppositive returns the person or body whose name a comma
// sets after the unnamed source of "according to" at token i, whose
// phrase ends at the comma at token j, and the comma after the name,
// when a clause with its subject and verb follows (rule
// according-appositive): "According to market watchers, Acme
// Research, there will be A" is Acme Research's. It returns -1, j
// otherwise.
func (v *view) accordingAppositive(i, j int) (int, int) {
	if v.d.off[RuleAccordingAppositive] || v.w(j) != "," || v.entAt(j+1) < 0 || !v.unnamedSource(i+2, j) {
		return -1, j
	}
	e := v.entity(j + 1)
	c := v.mentionEnd(j + 1)
	if !v.speakerKind(e) || v.w(c) != "," || !v.subjectThenVerb(c+1, v.n()) {
		return -1, j
	}
	// "According to officials, Acme, Vellmar and Harlow Bank will
	// merge": a list of names is the clause's subject.
	for k := c + 1; k < v.n() && k <= c+12 && !v.isVerb(k); k++ {
		if w := v.w(k); w == "and" || w == "or" {
			return -1, j
		}
	}
	if h := v.lemma(j - 1); !v.d.lex.Is(h, lexicon.Mind) && !v.d.lex.Is(h, lexicon.Statement) && !v.d.lex.Is(h, lexicon.Evidence) {
		return -1, j
	}
	return e, c
}

// accordingJoined returns the other people or bodies joined to entity x
// by "and" (or commas) in the phrase of "according to" at token i that
// ends at token j, each perhaps after its own common nouns ("according
// to mortgage lender Acme and housebuilder Vell Homes": Vell Homes too),
// when the phrase is nothing but them (rule according-joined); nil
// otherwise.
func (v *view) accordingJoined(i, j, x int) []int {
	if v.d.off[RuleAccordingJoined] || x < 0 || !v.speakerKind(x) {
		return nil
	}
	k := i + 2
	for k < j && v.entity(k) != x {
		k++
	}
	var co []int
	for k = v.mentionEndOr(k); k < j; {
		if w := v.w(k); w != "and" && w != "," {
			return nil
		}
		k++
		for n := 0; n < 3 && k < j && v.entAt(k) < 0 && (v.w(k) == "the" || (strings.HasPrefix(v.tag(k), "NN") || v.tag(k) == "VB") && !tokenize.StartsUpper(v.toks[k].Text)); n++ {
			k++
		}
		o := v.entity(k)
		if o < 0 || o == x || !v.speakerKind(o) {
			return nil
		}
		co = append(co, o)
		k = v.mentionEndOr(k)
	}
	return co
}

// speakerKind reports whether entity e is a person's or a body's.
func (v *view) speakerKind(e int) bool {
	t := v.entType(e)
	return t == extract.Person || t == extract.Organization
}

// accordingEntity returns the entity that "according to" at token i
// names, or -1: X of "according to X", or the organisation of a
// source's noun within six tokens ("according to a statement from
// Acme", "according to a spokesman for Ann Lee").
func (v *view) accordingEntity(i int) int {
	x := v.npEntity(i + 2)
	// "according to Norlandic state press reports": a place that only
	// says whose press, record or people it is names no speaker (the
	// words are the unnamed source's).
	if x >= 0 && v.entType(x) == extract.Location {
		k := i + 2
		for k < v.n() && v.entity(k) != x {
			k++
		}
		// "according to Norland's Acme News": the body the place owns.
		if e := v.mentionEndOr(k); k < v.n() && v.possessiveAt(e) && v.entAt(e+1) >= 0 {
			return v.entity(e + 1)
		}
		if k < v.n() {
			head := -1
			for j := v.mentionEndOr(k); j < v.n() && strings.HasPrefix(v.tag(j), "NN") && v.entAt(j) < 0; j++ {
				head = j
			}
			// "according to Norland officials": the place's people,
			// unnamed, as in "Norland officials said"; only its
			// government speaks for it.
			if head >= 0 && (v.media(head) || v.d.lex.Is(v.lemma(head), lexicon.Statement) || !v.d.off[RuleOccupationPlace] && !v.governs(head)) {
				return -1
			}
		}
	}
	if x < 0 {
		for k := i + 2; k < v.n() && k <= i+6; k++ {
			if w := v.w(k); w == "from" || w == "by" || w == "for" || w == "of" {
				if v.source(k - 1) {
					x = v.npEntity(k + 1)
				}
				break
			}
			if v.entAt(k) >= 0 || v.w(k) == "," {
				break
			}
		}
	}
	return x
}

// accordingEnd returns the end of the phrase "according to X" at token
// i: the comma or full stop after X, or the sentence's end.
func (v *view) accordingEnd(i int) int {
	j := i + 2
	for j < v.n() && v.w(j) != "," && v.w(j) != "." {
		j++
	}
	return j
}

// accordingUnnamed sets v.unnamed for "according to" at token i, whose
// phrase ends at token j and names entity x, or -1. With no entity, the
// source is written out: a short phrase with a name in it, not a name
// itself ("according to his Facebook profile", "according to a fact
// sheet lawmakers released Monday"), or an unnamed source ("according
// to analysts"), whole when it is a record named for whom it is of or
// by ("a poll of Ostmark voters"). It reports false when the phrase is
// neither and names no source.
func (v *view) accordingUnnamed(i, j, x int) bool {
	named := false
	if x < 0 && !v.unnamedSource(i+2, j) {
		if !v.namedSourcePhrase(i+2, j) {
			return false
		}
		named = true
	}
	v.unnamed = extract.Span{}
	if named {
		v.unnamed = extract.Span{Start: v.toks[i+2].Start, End: v.toks[j-1].End}
	} else if x < 0 {
		v.unnamed = v.sourceAfterAccording(i+2, j)
		for k := i + 2; k < j; k++ {
			if v.tag(k) == "NNP" || v.tag(k) == "NNPS" || v.entAt(k) >= 0 {
				v.unnamed = extract.Span{Start: v.toks[i+2].Start, End: v.toks[j-1].End}
				break
			}
		}
	}
	return true
}

// accordingOutlet gives entity x, when it is a news organisation, as
// the outlet of the latest claim already read in this sentence that has
// none and another speaker ("Ann Lee said taxes would rise, according
// to the Post"). It reports whether it did.
func (v *view) accordingOutlet(x int) bool {
	if x >= 0 && v.isMedia(x) {
		for ci := len(v.d.claims) - 1; ci >= 0 && v.d.claims[ci].Sentence == v.si; ci-- {
			if c := &v.d.claims[ci]; c.Speaker != x && c.Outlet < 0 {
				c.Outlet = x
				return true
			}
		}
	}
	return false
}

// accordingContent adds what entity x said by "according to" at token
// i, whose phrase ends at token j: the clause after it at the
// sentence's start ("According to Ann Lee, taxes will rise"), else the
// rest of a clause it interrupts, or what comes before it ("Taxes will
// rise, according to Ann Lee.").
func (v *view) accordingContent(x, i, j int) {
	if i == 0 || i == 1 && quoteOpen[v.w(0)] {
		if v.w(j) == "," {
			j = v.accordingTitle(j)
			v.add(x, -1, j+1, v.contentEnd(j+1), "according to")
		}
		return
	}
	lo, hi := v.before(i - 1)
	if v.w(i-1) != "," {
		hi = i
	}
	if v.accordingMidClause(x, lo, hi, j) {
		return
	}
	if hi > lo {
		v.add(x, -1, lo, hi, "according to")
	}
}

// accordingTitle returns the comma after a work's title set off by
// commas after an opening "according to a book" (or a report, a study),
// whose phrase ends at the comma at token j, before a clause (rule
// according-title: "According to a new book, Harlow Days, Ann Lee broke
// her pledge": Ann Lee broke her pledge); else j.
func (v *view) accordingTitle(j int) int {
	if v.d.off[RuleAccordingTitle] || !strings.HasPrefix(v.tag(j-1), "NN") || v.entAt(j-1) >= 0 {
		return j
	}
	if c := v.d.lex.Classes(v.lemma(j - 1)); !c.Has(lexicon.Work) && !c.Has(lexicon.CreativeWork) && !c.Has(lexicon.Statement) && !c.Has(lexicon.Evidence) {
		return j
	}
	k := j + 1
	if quoteOpen[v.w(k)] {
		k++
	}
	if v.entAt(k) < 0 {
		return j
	}
	m := v.mentionEnd(k)
	if v.tag(m) == "POS" && v.entAt(m+1) >= 0 {
		m = v.mentionEnd(m + 1) // "Harlow's Norland"
	}
	if quoteClose[v.w(m)] {
		m++
	}
	if v.w(m) != "," || !v.subjectThenVerb(m+1, v.n()) {
		return j
	}
	return m
}

// accordingMidClause reads a clause that "according to X" interrupts,
// its phrase ending at the comma at token j: "But, according to Ann
// Lee, taxes will rise"; "Since May, according to Ann Lee, taxes have
// risen". The words before the phrase, tokens [lo, hi), are an adverbial
// or a conjunction with no verb of their own, and the clause goes on
// after it, not with a wh-word or a conjunction that joins clauses. It
// adds the rest of the clause and reports whether it did.
func (v *view) accordingMidClause(x, lo, hi, j int) bool {
	if e := v.contentEnd(j + 1); v.w(j) == "," && e > j+1 && !v.finiteBetween(lo, hi) && v.finiteBetween(j+1, e) && !v.d.off[RuleAccordingMidClause] {
		if t := v.tag(j + 1); t != "WP" && t != "WDT" && t != "WP$" && !clauseJoin[v.w(j+1)] {
			// "The deal, according to X, is worth $5m": the words before
			// are the clause's subject when its verb comes right after.
			if t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD" {
				v.add(x, -1, lo, e, "according to")
				return true
			}
			v.add(x, -1, j+1, e, "according to")
			return true
		}
	}
	return false
}

// work reports whether entity e is a creative work's (a film, a show, a
// book).
func (d *doc) work(e int) bool {
	return e >= 0 && e < len(d.res.Entities) && d.res.Entities[e].Class == "CreativeWork"
}
