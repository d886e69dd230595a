package relate

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/event"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// Methods recorded in Relation.Method.
const (
	MethodClassifier  = "classifier"   // the CoNLL04 relation classifier
	MethodAppositive  = "appositive"   // "X, a branch of Y", "Aiken, S.C."
	MethodTitle       = "title"        // "Acme chief executive Jane Doe"
	MethodOf          = "of"           // "Doe of Acme", "the head of Acme, Jane Doe"
	MethodBased       = "based"        // "the Paris-based group", "X, based in Y"
	MethodFrom        = "from"         // "Jane Doe, 34, from Leeds"
	MethodPossessive  = "possessive"   // "Russia's X"
	MethodIn          = "in"           // "X in Y" for places
	MethodActive      = "active-in"    // "X ... active in A and B"
	MethodVerbPattern = "verb-pattern" // open relations: "X claimed responsibility for Y"
	MethodNationality = "nationality"  // "Norlandic sprinters X and Y", "Norland television host X"
	MethodKin         = "kin"          // "X's wife Y", "X and his brother Y"
	MethodMember      = "member"       // "X took his new band Y", "X's party Y"
	MethodPlaceKind   = "place-kind"   // "the Norlandic resort of X"
	MethodResult      = "result"       // "X beat Y 2-1", "X's win over Y", "X v Y"
	MethodLife        = "life"         // "X was born in Y", "X studied at Y", "Y, founded by X"
	MethodCopula      = "copula"       // "X is the new president of Y", "X became chairman"
	MethodFace        = "face"         // "X will face Y", "X take on Y"
	MethodSeat        = "seat"         // "X served on Y", "X was elected to Y"
	MethodJoin        = "join"         // "X joined Y", "He joined Y as chief executive"
	MethodDescription = "description"  // "X won. The Norlandic winger has ..."
	MethodWorkWith    = "work-with"    // "X worked closely with Y"
	MethodRivals      = "rivals"       // "party X says party Y would ...", "the gap between X and Y"
	MethodLineup      = "lineup"       // "Norland: Lee; Ek, Vell (Moss 58) ..."
	MethodClubList    = "club-list"    // "Ann Lee (Harlow AC), Bo Ek (Pellam Harriers)"
	MethodMemberList  = "member-list"  // "Acme counts 400 members, including Ann Lee and Vell Inc."
	// MethodCountryDescriptor: "Norlandic bank Acme", "Norland's leading
	// retail bank Acme".
	MethodCountryDescriptor = "country-descriptor"
	// MethodTitleOf and MethodBasedPrefix name two constructions in the
	// construction table; their relations are recorded as MethodOf and
	// MethodBased.
	MethodTitleOf     = "title-of"
	MethodBasedPrefix = "based-prefix"
)

// Options configures a Relater. The zero value (or nil) uses the shipped
// models and every kind of evidence.
type Options struct {
	// Model is the CoNLL04 relation classifier; nil means
	// relclass.DefaultClassifier() (the shipped model without the entity
	// taggers, which a Relater does not use).
	Model *relclass.Model
	// Annotator gives the sentences' annotation when the pipeline has not;
	// nil means annotate.Default().
	Annotator *annotate.Annotator
	// NoClassifier, NoConstructions and NoOpen turn off the classifier,
	// the English construction rules and the open verb-phrase relations.
	NoClassifier, NoConstructions, NoOpen bool
	// Off names constructions to turn off (see Constructions).
	Off []string
	// MinClassifierScore drops classifier relations whose probability on
	// CoNLL04 (the classifier's own, calibrated on the held-out folds of
	// CoNLL04 train and dev) is below it. Zero means 0.6: the margin chosen
	// for F1 on CoNLL04 admits pairs scoring lower, too many on news text
	// unlike that corpus's.
	MinClassifierScore float64
}

// Relater finds relations between the entities of a document. It is safe
// for concurrent use.
type Relater struct {
	model    *relclass.Model
	ann      *annotate.Annotator
	gaz      *gazetteer.Gazetteer // given names and news casing, for NewsModel and the possessive
	opts     Options
	minScore float64
	err      error
}

// New returns a Relater; nil opts means the defaults. A model that fails
// to load is reported by Process.
func New(opts *Options) *Relater {
	r := &Relater{}
	if opts != nil {
		r.opts = *opts
	}
	r.model, r.ann = r.opts.Model, r.opts.Annotator
	if r.model == nil && !r.opts.NoClassifier {
		r.model, r.err = relclass.DefaultClassifier()
	}
	if r.ann == nil && r.err == nil {
		r.ann, r.err = annotate.Default()
	}
	if r.err == nil {
		r.gaz, r.err = gazetteer.Default()
	}
	r.minScore = r.opts.MinClassifierScore
	if r.minScore == 0 {
		r.minScore = 0.6
	}
	return r
}

// Process appends to res.Relations the relations found in each sentence
// between the entities of its mentions, and sets the schema:jobTitle
// attribute of people whose titles it finds. It needs res.Sentences,
// res.Mentions and res.Entities (after resolution). Relations are in
// sentence and text order, one per sentence, subject, predicate and
// object, with Claim -1.
func (r *Relater) Process(res *extract.Result) error {
	if err := r.usable(); err != nil {
		return err
	}
	first := len(res.Relations)
	d := &docState{res: res, gaz: r.gaz}
	off := map[string]bool{}
	for _, n := range r.opts.Off {
		off[n] = true
	}
	typed := r.eachView(res, func(v *view, body bool) {
		d.v = v
		d.found = d.found[:0]
		if len(v.s.Ents) == 0 {
			// A sentence that names no one but describes the person
			// the one before is about ("The Norlander confirmed").
			if !r.opts.NoConstructions && !off[MethodDescription] {
				description(d)
			}
			d.flush()
			return
		}
		if !r.opts.NoConstructions {
			constructions(d, off)
		}
		if !r.opts.NoOpen {
			openRelations(d)
		}
		// Headlines drop the words the classifier relies on ("Usher leads
		// Billboard nominations"); their facts come again in the body.
		if !r.opts.NoClassifier && r.model != nil && len(v.s.Ents) >= 2 && body {
			r.classify(d)
		}
		d.flush()
	})
	d.finishTitles()
	if typed {
		res.Relations = pruneHomeCountries(res, first)
	}
	return nil
}

// eachView annotates res and calls fn with the view of each sentence
// that has mentions with entities, in order; body is false for the
// headline's sentences. It reports whether a typing stage has given
// entities classes (then a place left without one is often a person, a
// team or a title that the recognizer took for a place), which each view
// holds too.
func (r *Relater) eachView(res *extract.Result, fn func(v *view, body bool)) (typed bool) {
	r.ann.Annotate(res)
	bySent := mentionsBySentence(res)
	typed = slices.ContainsFunc(res.Entities, func(e extract.Entity) bool { return e.Class != "" })
	headEnd := -1
	if res.Headline.Len() > 0 {
		headEnd = res.Headline.End
	}
	pron, topic := pronounSubjects(res, bySent)
	// A sentence that names nothing may still describe the person the
	// one before is about by a demonym that stands for a person ("The
	// Norlander confirmed ...": demonymPersonDescription).
	persons := make([]bool, len(res.Sentences))
	for _, m := range res.Mentions {
		if m.Method == resolve.MethodDemonymPerson && m.Entity < 0 && m.Sentence >= 0 && m.Sentence < len(persons) {
			persons[m.Sentence] = true
		}
	}
	for si := range res.Sentences {
		if len(res.Sentences[si].Tokens) == 0 || len(bySent[si]) == 0 && !persons[si] {
			continue
		}
		if v := r.view(res, si, bySent[si], pron[si]); v != nil {
			v.typed, v.topic = typed, topic[si]
			fn(v, res.Sentences[si].End > headEnd)
		}
	}
	return typed
}

// pronounSubjects returns, for each sentence, the person entity that a
// "He" or "She" opening it stands for, or -1: the one person the sentence
// before names, when it is that sentence's subject, named before its
// first verb ("Ann Lee is a Norland engineer. She joined Acme in
// 1990."), or, when the sentence before names no one, the person its own
// opening pronoun stood for ("... She joined Acme in 1990. She founded
// Vell Power."). A sentence before that names two people, or opens with
// anything else, settles nothing. topic holds, for each sentence, that
// person whatever the sentence opens with (the one a description such as
// "The Norlandic striker" opening it may stand for), or -1.
func pronounSubjects(res *extract.Result, bySent [][]int) (out, topic []int) {
	out = make([]int, len(res.Sentences))
	topic = make([]int, len(res.Sentences))
	prev := -1 // the subject of the sentence before, if it is the one person it names
	for si := range res.Sentences {
		out[si] = -1
		topic[si] = prev
		toks := res.Sentences[si].Tokens
		if len(toks) == 0 {
			prev = -1
			continue
		}
		if w := toks[0].Text; (w == "He" || w == "She") && prev >= 0 {
			out[si] = prev
		}
		// The subject: the first name before the first verb.
		subj, firstVerb := out[si], len(toks)
		for i, t := range res.Sentences[si].POS {
			if strings.HasPrefix(t, "VB") {
				firstVerb = i
				break
			}
		}
		people := map[int]bool{}
		for _, mi := range bySent[si] {
			m := res.Mentions[mi]
			if res.Entities[m.Entity].Type != extract.Person {
				continue
			}
			people[m.Entity] = true
			if lo, _ := res.Sentences[si].TokenSpan(m.Start, m.End); lo >= 0 && lo < firstVerb && subj < 0 {
				subj = m.Entity
			}
		}
		switch {
		case len(people) == 0 && out[si] >= 0:
			prev = out[si]
		case len(people) == 1 && subj >= 0 && people[subj]:
			prev = subj
		default:
			prev = -1
		}
	}
	return out, topic
}

// mentionsBySentence returns the indexes of the mentions of each sentence
// that have an entity, but for an event's verb (event.MethodVerb: "Vellmar
// beat Tarvik 3-1", "Ann Lee resigned"), which is the clause's verb, no
// name a relation holds between: the names around it keep their
// relations.
func mentionsBySentence(res *extract.Result) [][]int {
	bySent := make([][]int, len(res.Sentences))
	for i, m := range res.Mentions {
		if m.Method == event.MethodVerb {
			continue
		}
		if m.Sentence >= 0 && m.Sentence < len(bySent) && m.Entity >= 0 && m.Entity < len(res.Entities) {
			bySent[m.Sentence] = append(bySent[m.Sentence], i)
		}
	}
	return bySent
}

// classify adds the classifier's relations in the current sentence that
// score at least the Relater's minimum and that the sentence and the
// document bear out (see classifierDoubts), scored by DefaultNewsModel:
// the probability that such a relation is right in news.
func (r *Relater) classify(d *docState) {
	v := d.v
	nm := DefaultNewsModel()
	for _, c := range r.classified(v) {
		if d.countryPossessive(c.p) {
			continue
		}
		pred := v.demonymPredicate(c.p, c.pred)
		// In a report of sport a person's country is the one they
		// represent ("X, fourth for Norland"): a nationality.
		if pred == schema.HomeLocation && d.class(c.p.Tail) == typing.ClassCountry && d.sportDoc() {
			pred = schema.Nationality
		}
		d.add(c.p.Head, c.p.Tail, pred, v.between(c.p.Head, c.p.Tail), MethodClassifier, nm.Apply(c.f))
	}
}

// countryPossessive reports whether the classifier's employment p is of
// a person by a body bearing a country's name whose possessive stands
// right before her ("Norland's Ann Lee", Norland read as its side): a
// nationality, no employer (the country-possessive construction).
func (d *docState) countryPossessive(p relclass.Prediction) bool {
	v := d.v
	if p.Type != relclass.WorkFor || v.typ(p.Tail) != extract.Organization {
		return false
	}
	q, a := v.s.Ents[p.Tail], v.s.Ents[p.Head]
	return v.isPossessive(q.End) && a.Start == q.End+1 && d.countryNamed(p.Tail)
}

// demonymPredicate returns nationality for the classifier's home p of
// predicate pred in a country named by its adjective before a word for
// the person ("X, an Ostmarkish runner", "the Norlandic number one X"):
// the adjective says a nationality wherever it stands. Other predicates
// are kept. (The relations NewsModel is fitted on keep the home as the
// classifier's features read it, and as they were judged.)
func (v *view) demonymPredicate(p relclass.Prediction, pred string) string {
	if pred != schema.HomeLocation || v.typ(p.Head) != extract.Person {
		return pred
	}
	if e := v.entity(p.Tail); e < 0 || v.res.Entities[e].Class != typing.ClassCountry {
		return pred
	}
	// "a Norlandic financier", "a South Norlandic financier": the last
	// word of the country's adjective before a word for the person.
	if t := v.s.Ents[p.Tail]; t.End-t.Start <= 2 && len(v.lex.Pertains(v.lw(t.End-1))) > 0 && v.describesPerson(t.End, p.Head) {
		return schema.Nationality
	}
	return pred
}

// classified is a prediction of the classifier with its relation's
// predicate and the features NewsModel weighs.
type classified struct {
	p    relclass.Prediction
	pred string
	f    NewsFeatures
}

// classified returns the classifier's predictions in view v that score
// at least the Relater's minimum and that the sentence and the document
// bear out (see classifierDoubts).
func (r *Relater) classified(v *view) []classified {
	var out []classified
	for _, p := range r.model.Classify(v.s) {
		// The classifier learnt from names, not from pronouns.
		if p.Score < r.minScore || p.Head == v.pron || p.Tail == v.pron || classifierDoubts(v, p) {
			continue
		}
		pred := v.partyPredicate(p.Tail, classPredicate(p.Type), true)
		f := v.newsFeatures(p, pred, r.gaz)
		out = append(out, classified{p: p, pred: v.nationalPredicate(p, pred, f), f: f})
	}
	return out
}

// Candidate is a relation a model-scored method (the classifier or the
// open relations) proposes in a document, with the features of its news
// model (NewsModel or OpenModel).
type Candidate struct {
	// Sentence indexes Result.Sentences; Subject and Object index
	// Result.Entities.
	Sentence, Subject, Object int
	Predicate                 string
	// Probability is the score before the news model: the classifier's
	// own, calibrated on CoNLL04; for open relations 0.6, the fixed
	// score they had before OpenModel.
	Probability float64
	Features    []float64
}

// ClassifierCandidates returns the relations the classifier proposes in
// res, a document the pipeline has extracted, as Process sees them
// (before constructions that relate the same pair replace them): the
// rows 'kg eval news --calibrate' fits NewsModel on.
func (r *Relater) ClassifierCandidates(res *extract.Result) ([]Candidate, error) {
	if err := r.usable(); err != nil {
		return nil, err
	}
	if r.model == nil {
		return nil, nil
	}
	var out []Candidate
	r.eachView(res, func(v *view, body bool) {
		if !body || len(v.s.Ents) < 2 {
			return
		}
		for _, c := range r.classified(v) {
			s, o := v.entity(c.p.Head), v.entity(c.p.Tail)
			if s < 0 || o < 0 || s == o {
				continue
			}
			out = append(out, Candidate{Sentence: v.si, Subject: s, Object: o, Predicate: c.pred, Probability: c.p.Score, Features: c.f[:]})
		}
	})
	return out, nil
}

// OpenCandidates returns the open relations of res, a document the
// pipeline has extracted, as Process finds them (before constructions
// that relate the same pair replace them): the rows 'kg eval news
// --calibrate' fits OpenModel on.
func (r *Relater) OpenCandidates(res *extract.Result) ([]Candidate, error) {
	if err := r.usable(); err != nil {
		return nil, err
	}
	var out []Candidate
	r.eachView(res, func(v *view, body bool) {
		for _, o := range v.openFound() {
			s, ob := v.entity(o.a), v.entity(o.b)
			if s < 0 || ob < 0 || s == ob {
				continue
			}
			out = append(out, Candidate{Sentence: v.si, Subject: s, Object: ob, Predicate: o.pred, Probability: scoreOpen, Features: o.f[:]})
		}
	})
	return out, nil
}

// usable returns the error that keeps r from working, if any.
func (r *Relater) usable() error {
	if r == nil {
		return fmt.Errorf("relate: nil Relater")
	}
	return r.err
}

// homeCue reports whether the sentence ties person a to place b as a
// home: a verb of living, birth or moving in it, or b right before a
// (past a noun or two, a person's: "a Harlow farmer X", not a student's,
// nor a bare possessive: "Harlow's X",
// whose town is as often the school's), or "of"/"from" right
// before b, a few words after a ("X, 34, of Harlow", "X, a farmer from
// Harlow"; not "X is out of the Harlow event", "X on the last leg of the
// relay in Harlow").
func (v *view) homeCue(a, b int) bool {
	for i := 0; i < v.n(); i++ {
		// The word, or its last part after a hyphen ("Harlow-born").
		w := v.lw(i)
		if k := strings.LastIndexByte(w, '-'); k >= 0 {
			w = w[k+1:]
		}
		if anyStem([]string{w}, relationVerbs[schema.HomeLocation]) {
			return true
		}
	}
	ea, eb := v.s.Ents[a], v.s.Ents[b]
	// "Harlow's X" with nothing else between: a town's possessive owns
	// its stadium, hotel or band as often as it names a resident (the
	// tagger takes "Pellam Park" for a person); a country's is left to
	// the nationality reading, which needs no cue.
	if ea.Start == eb.End+1 && v.isPossessive(eb.End) {
		return false
	}
	if eb.End <= ea.Start && ea.Start-eb.End <= 3 {
		for i := eb.End; i < ea.Start; i++ {
			if !strings.HasPrefix(v.tag(i), "NN") && !strings.HasPrefix(v.tag(i), "JJ") && !v.isPossessive(i) {
				return false
			}
		}
		// The noun right before the name is a person's or a title ("a
		// Harlow student X", "Harlow Gov. X"), not a thing's ("the
		// Harlow classic X", a work the recognizer took for a person).
		if last := ea.Start - 1; last >= eb.End && !v.isPossessive(last) && !tokenize.StartsUpper(v.toks[last].Text) && !v.is(last, lexicon.PersonNoun, lexicon.Office, lexicon.Occupation) {
			return false
		}
		// "a Harlow student X": the town names where the school is
		// (or the school), as often as where the student lives.
		if v.isStudent(ea.Start - 1) {
			return false
		}
		return true
	}
	if ea.End < eb.Start && eb.Start <= ea.End+5 {
		if w := v.lw(eb.Start - 1); w == "of" || w == "from" {
			return true
		}
	}
	return false
}

// speechBetween reports whether a verb of saying stands after mention a
// and before mention b.
func (v *view) speechBetween(a, b int) bool {
	lo, hi := v.s.Ents[a].End, v.s.Ents[b].Start
	for i := lo; i < hi; i++ {
		if strings.HasPrefix(v.tag(i), "VB") && v.is(i, lexicon.Speech) {
			return true
		}
	}
	return false
}

// doubtChecks are the tests classifierDoubts runs, in order, each a
// reason the sentence or the document gives against a relation of the
// classifier; the first that holds refuses it.
var doubtChecks = [...]func(*view, relclass.Prediction) bool{
	spanDoubts,
	partyDoubts,
	placeDoubts,
	placeKindDoubts,
	officeDoubts,
	continentDoubts,
	scopeDoubts,
	sideDoubts,
	sideAdjectiveDoubts,
	agentDoubts,
	performerDoubts,
	membersByDoubts,
	makerDoubts,
	ownerDoubts,
	portfolioDoubts,
	envoyDoubts,
	starringDoubts,
	leaveDoubts,
	otherTitleDoubts,
	lineupDoubts,
	nameListDoubts,
	addresseeDoubts,
	mediumDoubts,
	soloBracketDoubts,
	bracketAliasDoubts,
	unitPlaceDoubts,
	quoteDoubts,
	workNounDoubts,
	councilDoubts,
	thingDoubts,
}

// classifierDoubts reports whether the sentence of v or the document
// speaks against the classifier's relation p (doubtChecks): its parties
// are not the ones the relation holds between (partyDoubts), its place is
// not one (placeDoubts, placeKindDoubts), a body before a title is where
// an envoy is posted (envoyDoubts), both stand in one line-up
// (lineupDoubts), and the rest.
func classifierDoubts(v *view, p relclass.Prediction) bool {
	for _, doubt := range doubtChecks {
		if doubt(v, p) {
			return true
		}
	}
	return false
}

// lineupDoubts reports whether both names of the classifier's relation p
// stand in one line-up ("Norland: Lee; Ek, Vell (Moss 58) ..."): players
// of a list are no one's employers or homes, and the lineup
// construction relates them to the side that heads it. A club in
// brackets ("Ek (Harlow)") is its own player's, no other's.
func lineupDoubts(v *view, p relclass.Prediction) bool {
	a, b := v.inOrder(p)
	for _, l := range v.res.Lineups {
		if l.Sentence != v.si || a.Start < l.Span[0] || a.End > l.Span[1] || b.Start < l.Span[0] || b.End > l.Span[1] {
			continue
		}
		// The player's own club: the bracket right after his name.
		if b.Start == a.End+1 && v.lw(a.End) == "(" && lineupClub(l, b) {
			return false
		}
		return true
	}
	return false
}

// nameListDoubts reports whether the two names of the classifier's
// relation p, not a place's in a place, stand side by side in a list of
// three names or more joined by commas ("Ann Lee, Bo Ek, Cy Moss and ...",
// a team's players with no heading): each item is one of a kind with the
// others, none another's employer or home.
func nameListDoubts(v *view, p relclass.Prediction) bool {
	a, b := v.inOrder(p)
	if p.Type == relclass.LocatedIn {
		// A place in a place ("Harlow, Ostmark") unless the pair runs
		// on into a list that "and" closes ("stops in Harlow, Vell,
		// Tarvik and Pellam").
		return b.Start == a.End+1 && v.lw(a.End) == "," && v.closedList(b.End)
	}
	// Names with other items of the list between ("Ann Lee, Vell
	// Pellam, Acme Group"): each item a name or capitalised words,
	// set off by commas.
	if b.Start > a.End+1 && v.listBetween(a.End, b.Start) {
		return true
	}
	if b.Start != a.End+1 || v.lw(a.End) != "," {
		return false
	}
	// A third name right before the first or right after the second,
	// past a comma or a conjunction.
	before := a.Start >= 2 && (v.lw(a.Start-1) == "," || v.lw(a.Start-1) == "and") && !v.free(a.Start-2)
	// The second name may be cut short of a capitalised word or two the
	// recognizer left out ("Bo Ek, Vell Pellam, Tarvik" with "Vell"
	// alone named).
	end := b.End
	for end < b.End+2 && v.free(end) && tokenize.StartsUpper(v.toks[end].Text) && strings.HasPrefix(v.tag(end), "NNP") {
		end++
	}
	after := end+1 < v.n() && (v.lw(end) == "," || v.lw(end) == "and") && v.entAt(end+1) >= 0
	return before || after
}

// addresseeDoubts reports whether the body of the classifier's base p
// is the object of a verb of telling right before it and the place
// comes after "from" right after it ("Ann Lee told Acme Radio from
// Harlow"): the place is where the speaker spoke from, not the body's.
func addresseeDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.OrgBasedIn {
		return false
	}
	org, place := v.s.Ents[p.Head], v.s.Ents[p.Tail]
	i := org.Start - 1
	return v.free(i) && strings.HasPrefix(v.tag(i), "VB") && v.is(i, lexicon.Address) &&
		v.lw(org.End) == "from" && place.Start == org.End+1
}

// mediumDoubts reports whether the body of the classifier's employment p
// is the medium or the addressee of someone's speech before the person
// (the medium rule): the object of a participle of speaking or telling
// that opens the sentence, the person after its comma ("Speaking on Acme
// Radio, Ann Lee said"), or the object of a verb of telling right before
// the person, the subject of what is told ("Sources told Acme News Ann
// Lee had agreed"). One speaks to a medium that employs others.
func mediumDoubts(v *view, p relclass.Prediction) bool {
	per, org, ok := v.typedEmployment(p)
	if !ok {
		return false
	}
	a, b := v.s.Ents[per], v.s.Ents[org]
	if a.Start < b.End {
		return false
	}
	k := b.Start - 1
	if v.isDet(k) {
		k--
	}
	next := a.Start == b.End || a.Start == b.End+1 && v.free(b.End) && v.is(b.End, lexicon.Honorific)
	if next && v.free(k) && strings.HasPrefix(v.tag(k), "VB") && v.is(k, lexicon.Address) {
		return true // "told Acme News Ann Lee had ..."
	}
	// "Speaking on Acme Radio, Ann Lee ...": the participle opens the
	// sentence, the body its object, the person after the comma that
	// closes the opening.
	if k != 1 || v.tag(0) != "VBG" || !v.is(0, lexicon.Speech, lexicon.Address, lexicon.Communication) {
		return false
	}
	switch v.lw(1) {
	case "on", "to", "with":
	default:
		return false
	}
	for i := b.End; i < a.Start; i++ {
		if v.lw(i) == "," {
			return v.lw(a.Start-1) == "," || v.free(a.Start-1) && v.is(a.Start-1, lexicon.Honorific)
		}
	}
	return false
}

// closedList reports whether the name that ends at token i is followed
// by one more name or more, each after a comma, and then "and" and a
// last name, perhaps after a word in lower case: the items of one list
// ("Harlow, Vell, Tarvik and Pellam", "..., Tarvik and west Pellam").
func (v *view) closedList(i int) bool {
	items := 0
	for n := 0; n < 12 && i < v.n(); n++ {
		switch v.lw(i) {
		case ",":
			k := v.entAt(i + 1)
			if k < 0 {
				return false
			}
			items++
			i = v.s.Ents[k].End
		case "and":
			// "and Tarvik", "and the Vell", "and west Pellam".
			return items > 0 && (v.nameAt(i+1) >= 0 || v.free(i+1) && !tokenize.StartsUpper(v.toks[i+1].Text) && v.entAt(i+2) >= 0)
		default:
			return false
		}
	}
	return false
}

// thingDoubts reports whether the person of the classifier's home p is
// set off by commas after an indefinite noun phrase whose head names no
// kind of person ("a new handheld console, Vell Tarvik, in Norland"): the
// name is the thing's, a product or a work the recognizer took for a
// person, which has no home.
func thingDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.LiveIn {
		return false
	}
	h := v.s.Ents[p.Head]
	head := h.Start - 2
	if head < 1 || v.lw(h.Start-1) != "," || v.lw(h.End) != "," || !v.free(head) || v.tag(head) != "NN" {
		return false
	}
	if v.is(head, lexicon.PersonNoun, lexicon.Occupation, lexicon.Office, lexicon.Nobility, lexicon.Kinship, lexicon.Associate) {
		return false
	}
	// The phrase begins with "a" or "an" past its modifiers.
	for i := head - 1; i >= 0 && i >= head-4 && v.free(i); i-- {
		if w := v.lw(i); w == "a" || w == "an" {
			return true
		}
		if t := v.tag(i); !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && t != "VBN" {
			return false
		}
	}
	return false
}

// listBetween reports whether tokens lo up to hi are items of a list
// between two of its names: a comma, then a name or proper nouns and a
// comma, once or more ("Ann Lee, Vell Pellam, Acme Group").
func (v *view) listBetween(lo, hi int) bool {
	if v.lw(lo) != "," || v.lw(hi-1) != "," || hi-lo < 3 {
		return false
	}
	for i := lo + 1; i < hi-1; i++ {
		if v.lw(i) == "," {
			if v.lw(i-1) == "," {
				return false
			}
			continue
		}
		if v.free(i) && !(tokenize.StartsUpper(v.toks[i].Text) && strings.HasPrefix(v.tag(i), "NNP")) {
			return false
		}
	}
	return true
}

// lineupClub reports whether the mention b is a club in brackets of the
// line-up l.
func lineupClub(l extract.Lineup, b relclass.Span) bool {
	for _, c := range l.Clubs {
		if b.Start == c[0] && b.End == c[1] {
			return true
		}
	}
	return false
}

// soloLabelMax is the most words of a label before the colon of an
// official's line ("Fourth official:").
const soloLabelMax = 4

// soloBracketDoubts reports whether the classifier's employment p joins
// a person to the name in brackets after him in a sentence that is
// nothing else, perhaps after a label ("Referee: Ann Lee (Harlow)", "Bo
// Ek (Pellam)."), or anywhere after an official's noun ("referee Ann Lee
// (Harlow) sent off ..."): a match's official is given with his county or
// association, which employs no one by that.
func soloBracketDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	a, b := v.inOrder(p)
	n := len(v.toks)
	if n > 0 && v.lw(n-1) == "." {
		n--
	}
	if b.Start != a.End+1 || v.lw(a.End) != "(" || v.lw(b.End) != ")" {
		return false
	}
	if b.End+1 != n {
		i := a.Start - 1
		return v.free(i) && v.is(i, lexicon.MatchOfficial)
	}
	// Before the person: nothing, or a few words and a colon.
	if a.Start == 0 {
		return true
	}
	// "... referee Ann Lee (Harlow) ...": an official's noun right before
	// the person, anywhere in the sentence.
	if i := a.Start - 1; v.free(i) && v.is(i, lexicon.MatchOfficial) {
		return true
	}
	if a.Start > soloLabelMax+1 || v.lw(a.Start-1) != ":" {
		return false
	}
	for i := 0; i < a.Start-1; i++ {
		if v.toks[i].Kind != tokenize.Word {
			return false
		}
	}
	return true
}

// bracketAliasDoubts reports whether the classifier's employment p joins
// a person to the name that opens a bracket right after her, which goes
// on past a comma with words in lower case ("Ann Lee (Vell, vocals)",
// "Bo Ek (The Tarvik, guitar)"): the bracket gives what she goes by and
// what she does, a stage name or an alias, no employer (the
// bracket-alias construction).
func bracketAliasDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor || v.typ(p.Head) != extract.Person {
		return false
	}
	a, b := v.s.Ents[p.Head], v.s.Ents[p.Tail]
	if b.Start != a.End+1 || v.lw(a.End) != "(" || v.lw(b.End) != "," {
		return false
	}
	for i := b.End + 1; i < v.n() && i <= b.End+4; i++ {
		if v.lw(i) == ")" {
			return i > b.End+1
		}
		if !v.free(i) || tokenize.StartsUpper(v.toks[i].Text) || v.tag(i) == "CD" {
			return false
		}
	}
	return false
}

// unitPlaceDoubts reports whether the classifier's base p puts a body
// in the place its possessive stands before, when the place names where
// a unit of it is and the unit's noun follows ("Acme's Norland sales arm",
// "Acme's Harlow unit"; the lexicon's OrgPart): the unit is based there,
// not the body (the unit-place construction).
func unitPlaceDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.OrgBasedIn {
		return false
	}
	org, place := v.s.Ents[p.Head], v.s.Ents[p.Tail]
	if !v.isPossessive(org.End) || place.Start != org.End+1 {
		return false
	}
	for i := place.End; i < v.n() && i <= place.End+2; i++ {
		if !v.free(i) || !strings.HasPrefix(v.tag(i), "NN") || tokenize.StartsUpper(v.toks[i].Text) {
			return false
		}
		if v.is(i, lexicon.OrgPart) {
			return true
		}
	}
	return false
}

// workNounGap is the most words between a person and a name that a
// work's noun between them may join (workNounDoubts).
const workNounGap = 5

// workNounDoubts reports whether the classifier's employment p has a
// free noun of a creative or a record's work right before the later of
// the person and the name ("Ann Lee track Velden Nights", "Bo Ek, star
// of the film Harlow Road"): the name is the work, which employs no one
// ("Bo Ek, film critic of Acme" keeps it: the noun is no work's there);
// or a body's programme or show is set off by a comma before the person
// ("Acme Radio's Sunday programme, Ann Lee said").
func workNounDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	lo, hi := gap(v.s.Ents[p.Head], v.s.Ents[p.Tail])
	if hi-lo > workNounGap || hi <= lo {
		return false
	}
	i := hi - 1
	if v.free(i) && strings.HasPrefix(v.tag(i), "NN") && (v.is(i, lexicon.CreativeWork) || v.is(i, lexicon.RecordWork)) {
		return true
	}
	// "Acme Radio's Sunday programme, Ann Lee said": a body's
	// programme or show, set off by a comma before the person who
	// spoke on it, which employs no one by that.
	a, b := v.inOrder(p)
	if v.typ(p.Head) == extract.Person && b == v.s.Ents[p.Head] || v.typ(p.Tail) == extract.Person && b == v.s.Ents[p.Tail] {
		i--
		return v.lw(i+1) == "," && v.isPossessive(a.End) && v.free(i) && strings.HasPrefix(v.tag(i), "NN") && v.is(i, lexicon.TradeWork)
	}
	return false
}

// councilDoubts reports whether the classifier's employment p names a
// body by its noun alone, one of the lexicon's parts of an organisation
// that is no government's or firm's ("Ann Lee, along with the rest of
// the Cabinet", "the Board"): a cabinet, a board or a committee is a
// body its members sit on, not their employer.
func councilDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	org := v.s.Ents[p.Tail]
	if v.typ(p.Head) != extract.Person {
		org = v.s.Ents[p.Head]
	}
	if org.End-org.Start != 1 {
		return false
	}
	i := org.Start
	return v.is(i, lexicon.OrgPart) && !v.is(i, lexicon.Government) && !v.is(i, lexicon.Corporation)
}

// quoteDoubts reports whether the classifier's relation p lies inside a
// closed quotation, as the open relations refuse (quotedClause): a
// headline or a speaker's words quoted, which the article reports and
// does not itself state.
func quoteDoubts(v *view, p relclass.Prediction) bool {
	a, b := min(p.Head, p.Tail), max(p.Head, p.Tail)
	return v.quotedClause(a, b)
}

// performerDoubts reports whether the classifier's employment p names
// a body typing gave no class by a performer's noun ("the Velden Nights
// star X", "X, star of Velden Nights", "its star X"): what a star or an
// actor is named by is most often the film or the show, not an employer
// (the title construction reads it so too).
func performerDoubts(v *view, p relclass.Prediction) bool {
	per, org, ok := v.typedEmployment(p)
	if !ok {
		return false
	}
	if e := v.entity(org); e < 0 || v.res.Entities[e].Class != "" {
		return false
	}
	return performerBetween(v, v.s.Ents[per], v.s.Ents[org], "NN")
}

// makerDoubts reports whether the classifier's employment p names a
// body, not a news medium, by the noun of one who made a work between
// them ("the Velden Nights creator X", "X, writer of Harlow Road", "its
// co-writer X"): the name is the work, which employs no one who made it.
func makerDoubts(v *view, p relclass.Prediction) bool {
	_, org, ok := v.typedEmployment(p)
	if !ok {
		return false
	}
	// A paper's or a broadcaster's writer is its staff; any other class
	// typing gave a work's title by its words ("The Bureau") may be
	// wrong.
	if e := v.entity(org); e < 0 || v.res.Entities[e].Class == typing.ClassNewsMedia {
		return false
	}
	return v.freeWordBetween(p, 0, func(i int) bool {
		return strings.HasPrefix(v.tag(i), "NN") && v.lex.Is(strings.TrimPrefix(v.lemma(i), "co-"), lexicon.WorkMaker)
	})
}

// typedEmployment returns the person and the body of the classifier's
// employment p in a document typing has read, ok false for another
// relation or pair.
func (v *view) typedEmployment(p relclass.Prediction) (per, org int, ok bool) {
	if p.Type != relclass.WorkFor || !v.typed {
		return 0, 0, false
	}
	per, org = p.Head, p.Tail
	if v.typ(per) != extract.Person {
		per, org = org, per
	}
	return per, org, v.typ(per) == extract.Person && v.typ(org) == extract.Organization
}

// starringDoubts reports whether the classifier's employment p joins a
// person to a body by a performer's verb between them ("X, who starred
// in the hit Acme comedy"): one plays in a body's show or film, which
// employs no one by that.
func starringDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	return performerBetween(v, v.s.Ents[p.Head], v.s.Ents[p.Tail], "VB")
}

// otherTitleDoubts reports whether the classifier's employment p joins a
// person to a body that only modifies another's title after it, the
// person's possessive or a noun of a person and "of" between them
// ("Ann Lee's Acme MP", "Ann Lee, a friend of the Acme leader"): the
// title's holder belongs to the body, not the person.
func otherTitleDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	per, org := v.s.Ents[p.Head], v.s.Ents[p.Tail]
	if v.typ(p.Head) != extract.Person {
		per, org = org, per
	}
	if per.End >= org.Start {
		return false
	}
	t := org.End
	if !v.free(t) || !strings.HasPrefix(v.tag(t), "NN") || tokenize.StartsUpper(v.toks[t].Text) && !v.isMP(t) || !v.is(t, lexicon.Office) && !v.isMP(t) {
		return false
	}
	if v.isPossessive(per.End) {
		return true
	}
	for i := per.End; i < org.Start-1; i++ {
		if v.free(i) && strings.HasPrefix(v.tag(i), "NN") && v.is(i, lexicon.PersonNoun) && v.lw(i+1) == "of" {
			return true
		}
	}
	return false
}

// leaveDoubts reports whether the classifier's employment p joins a
// person to a body across a verb of leaving a post ("X stepped down as
// treasurer at Acme", "X, who resigned from Acme"): one who leaves a
// post no longer holds it.
func leaveDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	return v.freeWordBetween(p, 0, func(i int) bool { return strings.HasPrefix(v.tag(i), "VB") && v.leavesOffice(i) })
}

// freeWordBetween reports whether a free word between the names of the
// classifier's relation p passes test, among the first within words of the
// gap (all of them when within is 0).
func (v *view) freeWordBetween(p relclass.Prediction, within int, test func(i int) bool) bool {
	lo, hi := gap(v.s.Ents[p.Head], v.s.Ents[p.Tail])
	for i := lo; i < hi && (within == 0 || i-lo < within); i++ {
		if v.free(i) && test(i) {
			return true
		}
	}
	return false
}

// leavesOffice reports whether token i is a verb of leaving a post, alone
// ("resigned", "quit") or with the particle after it ("stepped down").
func (v *view) leavesOffice(i int) bool {
	return v.is(i, lexicon.LeaveOffice) || v.lex.Is(v.lemma(i)+" "+v.lw(i+1), lexicon.LeaveOffice)
}

// performerBetween reports whether a free word for a performer whose
// tag begins with tag ("NN": "the Velden Nights star X"; "VB": "X, who
// starred in") stands between the mentions a and b.
func performerBetween(v *view, a, b relclass.Span, tag string) bool {
	lo, hi := gap(a, b)
	for i := lo; i < hi; i++ {
		if v.free(i) && strings.HasPrefix(v.tag(i), tag) && v.is(i, lexicon.Performer) {
			return true
		}
	}
	return false
}

// inOrder returns the spans of the classifier's relation p, the one
// that starts first first.
func (v *view) inOrder(p relclass.Prediction) (a, b relclass.Span) {
	a, b = v.s.Ents[p.Head], v.s.Ents[p.Tail]
	if a.Start > b.Start {
		a, b = b, a
	}
	return a, b
}

// gap returns the tokens lo..hi between the mentions a and b, whichever
// comes first.
func gap(a, b relclass.Span) (lo, hi int) {
	if b.Start < a.Start {
		return b.End, a.Start
	}
	return a.End, b.Start
}

// portfolioDoubts reports whether the classifier's relation p has a
// minister's portfolio for a party ("Trade and Industry Secretary X",
// "Labour Minister X" where no party of that name is in the text): the
// words are part of the title and name no body.
func portfolioDoubts(v *view, p relclass.Prediction) bool {
	return v.portfolioName(p.Head) || v.portfolioName(p.Tail)
}

// envoyDoubts reports whether the classifier's employment or seat p
// has for its party a body named right before an envoy's noun ("the
// Norland Acme ambassador X", "Norland's Acme envoy"): the body is where
// the envoy is posted, no employer, and the phrase says nothing of
// where the body is.
func envoyDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor && p.Type != relclass.OrgBasedIn {
		return false
	}
	return v.postedTo(p.Head) || v.postedTo(p.Tail)
}

// postedTo reports whether organisation mention q stands right before
// an envoy's noun, or title words and one ("Acme ambassador", "Acme
// special envoy"), that no party's name governs.
func (v *view) postedTo(q int) bool {
	if q < 0 || q >= len(v.s.Ents) || v.typ(q) != extract.Organization {
		return false
	}
	if e := v.entity(q); e >= 0 && e < len(v.res.Entities) && v.res.Entities[e].Class == typing.ClassPoliticalParty {
		return false
	}
	for i := v.s.Ents[q].End; i < v.n() && i < v.s.Ents[q].End+3 && v.free(i); i++ {
		if strings.HasPrefix(v.tag(i), "NN") && v.is(i, lexicon.Envoy) {
			return true
		}
		if !v.isTitleWord(i) {
			return false
		}
	}
	return false
}

// ownerDoubts reports whether the classifier's employment p joins a
// person to a body by an owner's noun between them ("the Harlow Rovers
// owner X", "X, owner of Acme"): an owner is no employee.
func ownerDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	return v.freeWordBetween(p, 4, v.isOwner)
}

// agentDoubts reports whether the classifier's employment p joins a name
// to the agent of a passive or of an act's noun between them ("X, who
// is under investigation by Acme", "X was sued by Acme", "a bid for X by
// Acme"): what the agent does to the other, not that one works for the
// other, unless the verb is one of employing ("X was hired by Acme").
func agentDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.WorkFor {
		return false
	}
	a, b := v.inOrder(p)
	for i := a.End; i < b.Start; i++ {
		// A capital "By" opens a byline ("Acme News By Ann Lee"), whose
		// writer works for the body before it.
		if !v.free(i) || v.toks[i].Text != "by" || !v.agentPhrase(i+1, b.Start) {
			continue
		}
		return !v.employedBy(i, a.End)
	}
	return false
}

// agentPhrase reports whether tokens [i, end) only open the noun phrase of
// the name at end: determiners, modifiers, other names and their
// possessives, a coordination ("by both his peers and the Acme board").
func (v *view) agentPhrase(i, end int) bool {
	for ; i < end; i++ {
		t := v.tag(i)
		switch {
		case !v.free(i), v.isDet(i), v.isPossessive(i), strings.HasPrefix(t, "JJ"), strings.HasPrefix(t, "NN"), t == "CD", t == "CC", t == "PDT":
		default:
			return false
		}
	}
	return true
}

// employedBy reports whether the verb nearest before "by" at token i, back
// to token lo, is one of employing ("hired", "appointed").
func (v *view) employedBy(i, lo int) bool {
	for k := i - 1; k >= lo; k-- {
		if strings.HasPrefix(v.tag(k), "VB") {
			return v.is(k, lexicon.Employ)
		}
	}
	return false
}

// continentDoubts reports whether the classifier would give a person a
// home in a continent or a world region ("chief Asian strategist X": what
// the work covers).
func continentDoubts(v *view, p relclass.Prediction) bool {
	e := v.entity(p.Tail)
	return p.Type == relclass.LiveIn && v.typ(p.Head) == extract.Person && e >= 0 && v.res.Entities[e].Class == typing.ClassContinent
}

// officeDoubts reports whether the classifier would give a person a home
// in a place that is not a country and that an office's word follows
// ("Harlow manager X", "the shadow Europe minister X", "Harlow Mayor X"
// with the title capitalised right before its holder): the place is
// where the office is held or what it deals with, not where X lives.
func officeDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.LiveIn || v.typ(p.Head) != extract.Person {
		return false
	}
	end := v.s.Ents[p.Tail].End
	// "the Norland President, Ann Lee and ...": a comma between a country's title
	// and a name may close one item of a list and open the next.
	if end+2 == v.s.Ents[p.Head].Start && v.lw(end+1) == "," && v.free(end) && v.is(end, lexicon.Office) {
		return true
	}
	if e := v.entity(p.Tail); e >= 0 && v.res.Entities[e].Class == typing.ClassCountry {
		return false
	}
	titled := end+1 == v.s.Ents[p.Head].Start
	if v.free(end) && (!tokenize.StartsUpper(v.toks[end].Text) || titled) && v.is(end, lexicon.Office) {
		return true
	}
	return v.placeTitle(end, v.s.Ents[p.Head].Start)
}

// placeTitle reports whether tokens [lo, hi) are a title in lower case
// between a place and its holder, of at most three nouns and adjectives
// that end in an office's or an occupation's noun ("Harlow state archivist
// X", "Harlow county court judge X"): the place is where the title is
// held.
func (v *view) placeTitle(lo, hi int) bool {
	if hi-lo < 2 || hi-lo > 3 || !v.is(hi-1, lexicon.Office, lexicon.Occupation) {
		return false
	}
	for i := lo; i < hi; i++ {
		t := v.tag(i)
		if !v.free(i) || tokenize.StartsUpper(v.toks[i].Text) || !strings.HasPrefix(t, "NN") && t != "JJ" {
			return false
		}
	}
	return true
}

// sideDoubts reports whether the classifier's home of a person p is a
// place named before a side's office and the person, in a report of
// sport ("Harlow coach X", "Norland's assistant coach X"): the place
// names the side X leads, not X's home or nationality ("Norlandic coach
// X", with a demonym, still says the latter).
func sideDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.LiveIn || v.typ(p.Head) != extract.Person {
		return false
	}
	h, t := v.s.Ents[p.Head], v.s.Ents[p.Tail]
	if t.End >= h.Start || h.Start-t.End > 4 || !v.is(h.Start-1, lexicon.SportRole) || !v.is(h.Start-1, lexicon.Office) {
		return false
	}
	if e := v.entity(p.Tail); e < 0 || t.End-t.Start == 1 && v.res.Entities[e].Name != v.toks[t.Start].Text {
		return false
	}
	for i := t.End; i < h.Start; i++ {
		if !v.free(i) {
			return false
		}
	}
	return sportReport(v.res, v.lex)
}

// sideAdjectiveDoubts reports whether an argument of the classifier's
// relation p is a side named by an adjective alone, a word that is not
// the side's name ("the Norlandic pack" for the side Norland): an
// adjective names no one's employer, and a player may praise the side he
// plays against (side-adjective).
func sideAdjectiveDoubts(v *view, p relclass.Prediction) bool {
	for _, k := range []int{p.Head, p.Tail} {
		e := v.entity(k)
		if e < 0 || v.res.Entities[e].Class != typing.ClassSportsTeam {
			continue
		}
		if m := v.s.Ents[k]; m.End-m.Start == 1 && v.toks[m.Start].Text != v.res.Entities[e].Name && v.tag(m.Start) == "JJ" || m.End-m.Start == 1 && len(v.lex.Pertains(v.lw(m.Start))) > 0 {
			return true
		}
	}
	return false
}

// peopleNoun reports whether the noun phrase from token i, of numbers,
// adjectives, nouns and names, holds a plural noun of people ("70,000
// sign language users", "its Acme users").
func (v *view) peopleNoun(i int) bool {
	for ; i < v.n(); i++ {
		if !v.free(i) {
			continue
		}
		t := v.tag(i)
		if t == "NNS" && v.is(i, lexicon.PersonNoun) {
			return true
		}
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "CD" {
			return false
		}
	}
	return false
}

// scopeDoubts reports whether the place of the classifier's home or base
// p only modifies a title or a body after it, past a person or a body
// named before it: "X, Norland chief economist at Acme", "X, chair of
// the Norland firm", "Acme chief Ostmark strategist X" (not "Acme, the
// Norland firm"), or a noun a verb between takes ("Acme questioned
// Norlandic voters"). The place is what
// the work covers or whose the body is, not where X lives or is based.
// An occupation's place is its holder's home when it is a town ("X, a
// Harlow farmer"), not when it is a country or a continent.
func scopeDoubts(v *view, p relclass.Prediction) bool {
	if p.Type != relclass.LiveIn && p.Type != relclass.OrgBasedIn {
		return false
	}
	h, t := v.s.Ents[p.Head], v.s.Ents[p.Tail]
	if h.End > t.Start {
		return false
	}
	// "X, Norland Online general manager": the place begins a name
	// the recognizer cut.
	if p.Type == relclass.LiveIn && v.cutName(p.Tail) {
		return true
	}
	// "Acme questioned Norlandic people": past a verb, the place only
	// modifies the verb's object, not the body.
	if p.Type == relclass.OrgBasedIn && v.free(t.End) && !tokenize.StartsUpper(v.toks[t.End].Text) && strings.HasPrefix(v.tag(t.End), "NN") {
		for i := h.End; i < t.Start; i++ {
			if strings.HasPrefix(v.tag(i), "VB") && !v.isBe(i) && !v.is(i, lexicon.Auxiliary) {
				return true
			}
		}
	}
	// A body's noun after the place is another body's only past a
	// preposition ("X, chair of the Norland firm"); "Acme, the Norland
	// firm" describes Acme.
	prep := false
	for i := h.End; i < t.Start; i++ {
		prep = prep || v.tag(i) == "IN"
	}
	// "X, in charge of Norland's largest firm": past a preposition, a
	// place's possessive modifies what it owns, not X, unless that is
	// people X is one of ("X, like many of Norland's farmers").
	if p.Type == relclass.LiveIn && prep && v.isPossessive(t.End) && !v.peopleNoun(t.End+1) {
		return true
	}
	wide := false
	if e := v.entity(p.Tail); e >= 0 {
		c := v.res.Entities[e].Class
		wide = c == typing.ClassCountry || c == typing.ClassContinent
	}
	for i := t.End; i < t.End+4 && v.free(i) && !tokenize.StartsUpper(v.toks[i].Text); i++ {
		tag := v.tag(i)
		if !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") && tag != "VBG" {
			return false
		}
		if v.is(i, lexicon.Office) || wide && v.is(i, lexicon.Occupation) ||
			prep && v.is(i, lexicon.Corporation, lexicon.Organization, lexicon.Government, lexicon.OrgPart, lexicon.NewsMedia) {
			return true
		}
	}
	return false
}

// possessedName reports whether mention k comes right after a
// possessive pronoun ("his Acme post") or the possessive of a common noun
// ("the party's Acme spokesman"), not a name's ("Norland's Acme").
func (v *view) possessedName(k int) bool {
	i := v.s.Ents[k].Start - 1
	if i < 0 {
		return false
	}
	if v.tag(i) == "PRP$" {
		return true
	}
	return i > 0 && v.isPossessive(i) && v.at[i-1] < 0 && !tokenize.StartsUpper(v.toks[i-1].Text)
}

// spanDoubts reports whether the words between the two names of the
// classifier's relation p keep them apart: a quotation mark, which puts
// one name in someone's words and the other outside them (`X said: "Acme
// ...`), a dash, which sets off an aside or breaks the sentence ("X - who
// led Acme - said", "Norland - will face X"), or the "v" of a fixture,
// which makes them sides of a contest ("Harlow v Pellam").
func spanDoubts(v *view, p relclass.Prediction) bool {
	h, t := v.s.Ents[p.Head], v.s.Ents[p.Tail]
	lo, hi := min(h.End, t.End), max(h.Start, t.Start)
	// "At the show in Harlow, Acme announced ...": a finite verb right
	// after the second name, with only a comma between, makes it the
	// subject of the clause the first name ends the opening of.
	first := p.Head
	if t.End <= h.Start {
		first = p.Tail
	}
	if hi == lo+1 && v.lw(lo) == "," && !v.opensClause(first) {
		switch v.tag(max(h.End, t.End)) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	for i := lo; i < hi; i++ {
		if w := v.lw(i); tokenize.IsDoubleQuote(w) || tokenize.IsDash(w) || w == "v" || w == "vs" || w == "vs." || w == "versus" {
			return true
		}
	}
	return false
}

// partyDoubts reports whether the sentence of v reads a party of the
// classifier's relation p as another's: a former title ("former
// president of"), an occasion for an employer, a country's portfolio
// ("Ostmark Labour Minister X"), a relative ("X's father"), or the one told
// after a verb of saying ("X told Acme").
func partyDoubts(v *view, p relclass.Prediction) bool {
	res := v.res
	// A former title ("former president of") is no evidence of employment
	// now; nobody works for an awards night or a championship.
	if p.Type == relclass.WorkFor && (v.formerBetween(p.Head, p.Tail) || eventName(res, v.lex, v.entity(p.Tail))) {
		return true
	}
	// "best actor went to X for Harbour Lights": "for" right after the
	// person names what the person is honoured or known for, a work or
	// an occasion, not an employer ("X, a spokesman for Acme" has the
	// title between).
	if h, t := v.s.Ents[p.Head], v.s.Ents[p.Tail]; p.Type == relclass.WorkFor && h.End < t.Start && v.lw(h.End) == "for" &&
		(t.Start == h.End+1 || t.Start == h.End+2 && v.isDet(h.End+1)) {
		return true
	}
	// "X stepped down from his Treasury post", "X, the party's Treasury
	// spokesman": a body's name after a possessive pronoun or a common
	// noun's possessive modifies the possessor's post or portfolio.
	if p.Type == relclass.WorkFor && v.possessedName(p.Tail) {
		return true
	}
	// "the shadow Treasury secretary X": an opposition's portfolio, not
	// an employer.
	if p.Type == relclass.WorkFor && v.oppositionPortfolio(p.Tail) {
		return true
	}
	// "Ostmark Labour Minister X": a country's portfolio, not a party.
	if v.portfolio(p.Head) || v.portfolio(p.Tail) {
		return true
	}
	// "X's father", "the wife of X": the relation is the relative's.
	if v.closeTo(p.Head) || v.closeTo(p.Tail) || v.titlePlace(p.Head) || v.titlePlace(p.Tail) {
		return true
	}
	// A verb of saying after the person or body and before the other: the
	// one is the speaker, the other the one told or a name in what is
	// said ("X told Acme", "X said he expected Acme to ...").
	return v.speechBetween(p.Head, p.Tail) || v.questionBetween(p.Head, p.Tail) || v.likeningBetween(p.Head, p.Tail)
}

// likeningBetween reports whether an inverted clause of likeness ("as is",
// "as does", "so did") stands after mention a and before mention b: b
// belongs to the clause of its own subject ("Ann Lee is in the top ten,
// as is Norlandic singer Bo Ek"), not to a.
func (v *view) likeningBetween(a, b int) bool {
	lo, hi := v.s.Ents[a].End, v.s.Ents[b].Start
	for i := lo; i+1 < hi; i++ {
		if (v.lw(i) == "as" || v.lw(i) == "so") && (v.isBe(i+1) || v.is(i+1, lexicon.Auxiliary)) && (i == lo || v.lw(i-1) == ",") {
			return true
		}
	}
	return false
}

// questionBetween reports whether a verb and then a subordinator of
// condition or question (whether, if, unless) stand after mention a and
// before mention b: b is a name in the clause the verb asks about ("the
// court is weighing whether Harlow may ...").
func (v *view) questionBetween(a, b int) bool {
	lo, hi := v.s.Ents[a].End, v.s.Ents[b].Start
	verb := false
	for i := lo; i < hi; i++ {
		switch {
		case strings.HasPrefix(v.tag(i), "VB"):
			verb = true
		case verb && v.tag(i) == "IN" && v.is(i, lexicon.Condition):
			return true
		}
	}
	return false
}

// placeDoubts reports whether the sentence of v or the document speaks
// against the place in the classifier's relation p: a home the sentence
// gives no cue for ("will face X in Harlow"), a country's possessive
// before a body ("Norland's football federation"), or a dateline
// ("PARIS -- ...").
func placeDoubts(v *view, p relclass.Prediction) bool {
	res := v.res
	// Where a person lives in a country the classifier reads well (most
	// often a nationality); a town or a region the sentence says with a
	// verb of living or moving, or with the place right before the
	// person or after "of" or "from" ("the Harlow man X", "X of Harlow"):
	// a place the clause happens in is not a home ("will face X in
	// Harlow", "the prime minister in Islamabad").
	if e := v.entity(p.Tail); p.Type == relclass.LiveIn && v.typed && e >= 0 && res.Entities[e].Class != typing.ClassCountry && !v.homeCue(p.Head, p.Tail) {
		return true
	}
	// "B Ek (Norland), C Fox (Ostmark)": a place in brackets after a
	// person's name gives the side or state the person stands for in a
	// line-up or a roll, not a home, and it is not another name's.
	if t := v.s.Ents[p.Tail]; p.Type == relclass.LiveIn && t.Start > 0 && v.lw(t.Start-1) == "(" {
		return true
	}
	// "Norland's football federation has charged X", "a bid by Acme for
	// Norland's Vell Power": a country's possessive says whose the body
	// is, not where X lives or another body is based ("Norland's Ann
	// Lee" still may).
	if end := v.s.Ents[p.Tail].End; (p.Type == relclass.LiveIn || p.Type == relclass.OrgBasedIn) && v.isPossessive(end) {
		if k := v.entAt(end + 1); k >= 0 && k != p.Head && v.typ(k) == extract.Organization {
			return true
		}
	}
	// A reader's signature ("Ann Lee, Harlow, Norland") says where the
	// writer lives, nothing more.
	if v.signatureLine() && (p.Type != relclass.LiveIn || p.Head != 0) {
		return true
	}
	// A dateline ("PARIS -- ...") says where the report was filed, not
	// where anyone lives or works; its agency ("(Wirenews)", or a credit
	// line's "Wirenews - ...") is not based where the story happens, though
	// a reporter may work for it.
	return v.dateline(p.Head) || v.dateline(p.Tail) || p.Type != relclass.WorkFor && (v.datelineAgency(p.Head) || v.datelineAgency(p.Tail) || v.credit(p.Head) || v.credit(p.Tail))
}

// placeKindDoubts reports whether the kinds of the places in the
// classifier's relation p speak against it: a side's place of play
// ("Norland won gold in Harlow"), a place the typing stage did not
// confirm, or one inside a place no larger than itself ("a country in
// another country").
func placeKindDoubts(v *view, p relclass.Prediction) bool {
	res := v.res
	// A side's place in a sentence is where it plays, not where it is
	// based ("Norland won gold in Harlow").
	if e := v.entity(p.Head); p.Type == relclass.OrgBasedIn && e >= 0 && res.Entities[e].Class == typing.ClassSportsTeam {
		return true
	}
	// The classifier's place relations need places the typing stage
	// confirmed.
	unconfirmed := func(k int) bool {
		e := v.entity(k)
		return v.typed && e >= 0 && res.Entities[e].Type == extract.Location && res.Entities[e].Class == ""
	}
	if (p.Type == relclass.LiveIn || p.Type == relclass.OrgBasedIn || p.Type == relclass.LocatedIn) && unconfirmed(p.Tail) ||
		p.Type == relclass.LocatedIn && unconfirmed(p.Head) {
		return true
	}
	// A place is not inside one as large as itself or larger (a country in
	// another country, a region in a city).
	if p.Type == relclass.LocatedIn && v.typed {
		rh, rt := placeRank(res, v.entity(p.Head)), placeRank(res, v.entity(p.Tail))
		if rh > 0 && rt > 0 && rh >= rt {
			return true
		}
	}
	// Nor is a country, a city or a province inside a sea or an ocean
	// ("the worst hit area in the Velden Ocean" names the region around
	// it).
	if p.Type == relclass.LocatedIn && v.typed {
		h, t := v.entity(p.Head), v.entity(p.Tail)
		if h >= 0 && t >= 0 && res.Entities[t].Class == typing.ClassBodyOfWater {
			switch res.Entities[h].Class {
			case typing.ClassCountry, typing.ClassCity, typing.ClassAdminArea:
				return true
			}
		}
	}
	return false
}

// pruneHomeCountries drops, from the relations found from index first on,
// the classifier's homeLocation relations from a person to a country that
// the document's other evidence does not bear out. A person is seldom at
// home in two countries, but news often names a person beside several
// ("the president, on a tour of Ostmark, Norland and Velden"): when a title,
// "from X" or a nationality ties the person to a country, the classifier's
// other countries go; otherwise only the one it scored highest stays.
func pruneHomeCountries(res *extract.Result, first int) []extract.Relation {
	country := func(e int) bool {
		return e >= 0 && e < len(res.Entities) && res.Entities[e].Type == extract.Location && res.Entities[e].Class == typing.ClassCountry
	}
	classified := func(r extract.Relation) bool {
		return r.Method == MethodClassifier && r.Predicate == schema.HomeLocation && country(r.Object)
	}
	anchored := map[int]map[int]bool{} // person -> countries other evidence names
	best := map[int]int{}              // person -> index of the classifier's surest country
	for i := first; i < len(res.Relations); i++ {
		r := res.Relations[i]
		switch {
		case classified(r):
			if b, ok := best[r.Subject]; !ok || r.Score > res.Relations[b].Score {
				best[r.Subject] = i
			}
		case country(r.Object) && (r.Predicate == schema.HomeLocation || r.Predicate == schema.WorkLocation || r.Predicate == schema.Nationality):
			if anchored[r.Subject] == nil {
				anchored[r.Subject] = map[int]bool{}
			}
			anchored[r.Subject][r.Object] = true
		}
	}
	out := res.Relations[:first]
	for i := first; i < len(res.Relations); i++ {
		r := res.Relations[i]
		if classified(r) {
			if a := anchored[r.Subject]; a != nil && !a[r.Object] {
				continue
			}
			if anchored[r.Subject] == nil && r.Object != res.Relations[best[r.Subject]].Object {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// eventName reports whether entity e is an occasion rather than a body:
// an event, or named like one, its last word one that ends the names of
// contests and festivals, prizes, ceremonies and meetings in the lexicon
// ("Harlow Film Awards", "Ostmark Indoor Championships").
func eventName(res *extract.Result, lex *lexicon.Lexicon, e int) bool {
	if e < 0 || e >= len(res.Entities) {
		return false
	}
	if res.Entities[e].Type == extract.EventType {
		return true
	}
	f := strings.Fields(res.Entities[e].Name)
	if len(f) < 2 {
		return false
	}
	cs := lex.Classes(lex.Lemma(strings.ToLower(f[len(f)-1]), "NNS"))
	return cs.Has(lexicon.EventName) || cs.Has(lexicon.Award) || cs.Has(lexicon.EventCeremony) || cs.Has(lexicon.EventMeeting)
}

// placeRank orders the typed places by size: 1 for a city, 2 for a region,
// 3 for a country, 4 for a continent or a world region, 0 for anything
// else or no entity.
func placeRank(res *extract.Result, e int) int {
	if e < 0 || e >= len(res.Entities) || res.Entities[e].Type != extract.Location {
		return 0
	}
	switch res.Entities[e].Class {
	case typing.ClassCity:
		return 1
	case typing.ClassAdminArea:
		return 2
	case typing.ClassCountry:
		return 3
	case typing.ClassContinent:
		return 4
	}
	return 0
}

// classPredicate maps a CoNLL04 relation type to kg's predicate.
func classPredicate(t string) string {
	switch t {
	case relclass.WorkFor:
		return schema.WorksFor
	case relclass.Kill:
		return schema.Killed
	case relclass.OrgBasedIn:
		return schema.Location
	case relclass.LiveIn:
		return schema.HomeLocation
	case relclass.LocatedIn:
		return schema.ContainedInPlace
	}
	return ""
}

// conll04Type maps a coarse entity type to the CoNLL04 type the
// classifier knows.
func conll04Type(t string) string {
	switch t {
	case extract.Person:
		return relclass.Peop
	case extract.Organization:
		return relclass.Org
	case extract.Location:
		return relclass.Loc
	}
	return relclass.Other
}

// candidate is a relation found in the current sentence, between two of
// its mentions (indexes into the view's ents).
type candidate struct {
	a, b      int
	pred      string
	label     string
	method    string
	score     float64
	objEntity int // when >= 0, the object entity (b is then -1)
	// subjEntity is the subject entity when a is -1: a person the
	// sentence does not name (addTopic).
	subjEntity int
	lo, hi     int // evidence tokens [lo, hi)
}

// docState accumulates what Process finds in a document.
type docState struct {
	res    *extract.Result
	v      *view
	found  []candidate
	titles map[int][]string     // entity -> job titles
	gaz    *gazetteer.Gazetteer // given names and news casing, or nil
	sport  int                  // whether a sports side is among the entities: 1 yes, -1 no, 0 not yet asked (sportDoc)
	sides  []int                // each line-up's side (lineupSides), read on the first sentence that asks
	// demonymPersons holds, by the offset where each ends, the country
	// entity (or -1) of the demonyms that stand for a person
	// (personDemonym), made on first use.
	demonymPersons map[int]int
}

// add records a relation between mentions a and b of the current sentence.
// A person who works for a political party, as any construction or the
// classifier reads it ("Labour's X", "Tory politician X"), is its member,
// and so is one a construction without a title puts in a band ("Acme's
// Ann Lee").
func (d *docState) add(a, b int, pred, label, method string, score float64) {
	if a < 0 || b < 0 || a == b || pred == "" {
		return
	}
	// A continent or a world region ("Asian strategist X") is what a
	// work covers, and no one's nationality.
	if pred == schema.Nationality && d.class(b) == typing.ClassContinent {
		return
	}
	// A name cut from a longer one is not the thing the relation is of.
	if d.v.cutMention(a) || d.v.cutMention(b) {
		return
	}
	// A wire's credit or a dateline's agency ("Wirenews - A squadron
	// based in Harlow ...") filed the report and is no party to what the
	// sentence says, though a reporter may work for it.
	if pred != schema.WorksFor && (d.v.credit(a) || d.v.credit(b) || d.v.datelineAgency(a) || d.v.datelineAgency(b)) {
		return
	}
	pred = d.v.partyPredicate(b, pred, bandMember(method))
	if a == d.v.pron || b == d.v.pron {
		score *= scorePronoun
	}
	lo, hi := min(d.v.s.Ents[a].Start, d.v.s.Ents[b].Start), max(d.v.s.Ents[a].End, d.v.s.Ents[b].End)
	d.found = append(d.found, candidate{a: a, b: b, pred: pred, label: cleanLabel(label), method: method, score: score, objEntity: -1, lo: lo, hi: hi})
}

// partyPredicate returns memberOf for worksFor when mention b is of a
// political party, or of a band when band is set, else pred.
func (v *view) partyPredicate(b int, pred string, band bool) string {
	return v.entityPredicate(v.entity(b), pred, band)
}

// entityPredicate is partyPredicate for entity e.
func (v *view) entityPredicate(e int, pred string, band bool) string {
	if pred == schema.WorksFor && e >= 0 && e < len(v.res.Entities) {
		if c := v.res.Entities[e].Class; c == typing.ClassPoliticalParty || band && c == typing.ClassMusicGroup || c == "" && partyLike(v.res, e) {
			return schema.MemberOf
		}
	}
	return pred
}

// partyLike reports whether the document writes the organisation entity
// e, which typing gave no class, as a party: before the letters of a
// member of a parliament ("a Tarvik Unity MP", or "Tarvik Unity MP" that
// the tagger took for a name of its own).
func partyLike(res *extract.Result, e int) bool {
	if e < 0 || e >= len(res.Entities) || res.Entities[e].Type != extract.Organization {
		return false
	}
	name := res.Entities[e].Name
	for _, o := range res.Entities {
		if rest, ok := strings.CutPrefix(o.Name, name+" "); ok && isMPWord(rest) {
			return true
		}
	}
	for _, mi := range res.Entities[e].Mentions {
		if mi < 0 || mi >= len(res.Mentions) {
			continue
		}
		m := res.Mentions[mi]
		if m.Sentence < 0 || m.Sentence >= len(res.Sentences) {
			continue
		}
		for _, tok := range res.Sentences[m.Sentence].Tokens {
			if tok.Start >= m.End {
				if isMPWord(tok.Text) {
					return true
				}
				break
			}
		}
	}
	return false
}

// isMPWord reports whether w is "MP" or "MEP" (in the singular or the
// plural), the letters of a member of a parliament.
func isMPWord(w string) bool {
	switch w {
	case "MP", "MPs", "MEP", "MEPs":
		return true
	}
	return false
}

// bandMember reports whether worksFor by method with a band is
// membership: a construction that names no title ("Acme's Ann Lee", "Ann
// Lee joined Acme", the classifier's). A title that is no musician's
// keeps a band's staff its employees ("Acme's manager Ann Lee"); a
// musician's makes them members already (isMembership).
func bandMember(method string) bool {
	switch method {
	case MethodPossessive, MethodJoin, MethodMember, MethodClassifier:
		return true
	}
	return false
}

// nationalPredicate returns the predicate of the classifier's relation p
// of predicate pred and features f: a home that is a country named
// right before the person, or before the person's noun, or with a
// possessive ("Norlandic X", "Norland star X", "Norland's X"), is the
// person's nationality, which the words state, not where the person
// lives; other predicates are kept.
func (v *view) nationalPredicate(p relclass.Prediction, pred string, f NewsFeatures) string {
	if pred != schema.HomeLocation || v.typ(p.Head) != extract.Person || f[featObjectFirst] != 1 ||
		f[featPremodifier] != 1 && f[featPossessive] != 1 && f[featGap] != 0 {
		return pred
	}
	if e := v.entity(p.Tail); e >= 0 && v.res.Entities[e].Class == typing.ClassCountry {
		return schema.Nationality
	}
	return pred
}

// describesPerson reports whether the words from token i, right after a
// country's adjective, make it describe person mention h: h itself, or a
// noun for a person or a title, past a few other words ("Norlandic
// number one X", "a Norlandic 5,000m runner"), not a thing ("of
// Norlandic origin").
func (v *view) describesPerson(i, h int) bool {
	for n := 0; n < 4 && i < v.n(); n, i = n+1, i+1 {
		if k := v.at[i]; k >= 0 {
			return k == h
		}
		if v.is(i, lexicon.PersonNoun, lexicon.Office, lexicon.Occupation, lexicon.SportRole) {
			return true
		}
		if t := v.tag(i); !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "CD" {
			return false
		}
	}
	return false
}

// addEntity records a relation from mention a to entity e, with evidence
// tokens [lo, hi).
func (d *docState) addEntity(a, e int, pred, label, method string, score float64, lo, hi int) {
	if a < 0 || e < 0 || pred == "" {
		return
	}
	pred = d.v.entityPredicate(e, pred, bandMember(method))
	if a == d.v.pron {
		score *= scorePronoun
	}
	d.found = append(d.found, candidate{a: a, b: -1, pred: pred, label: cleanLabel(label), method: method, score: score, objEntity: e, lo: lo, hi: hi})
}

// addTopic records a relation from entity e, a person the sentence does
// not name, to mention b, with evidence tokens [lo, hi).
func (d *docState) addTopic(e, b int, pred, label, method string, score float64, lo, hi int) {
	if e < 0 || b < 0 || pred == "" {
		return
	}
	d.found = append(d.found, candidate{a: -1, b: b, pred: pred, label: cleanLabel(label), method: method, score: score, objEntity: -1, subjEntity: e, lo: lo, hi: hi})
}

// title records a job title of the entity of mention a.
func (d *docState) title(a int, t string) {
	d.titleEntity(d.v.entity(a), t)
}

// titleEntity records title t of entity e. A candidate's noun ("Oscar
// nominee", "presidential candidate") names an office or a prize sought,
// and no title held; an epithet names none (see epithet).
func (d *docState) titleEntity(e int, t string) {
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	f := strings.Fields(t)
	if d.v != nil && d.v.lex != nil && d.v.lex.Is(d.v.lex.Lemma(f[len(f)-1], "NN"), lexicon.Candidate) || epithet(f) {
		return
	}
	if d.titles == nil {
		d.titles = map[int][]string{}
	}
	d.titles[e] = append(d.titles[e], t)
}

// epithet reports whether the words f of a title describe the holder
// and name no post (the epithet construction): the superlative "top"
// before the head ("the country's top policeman", "top seed": a rank
// among others, not an office), or a head in "-hander" that says which
// hand the holder plays with ("right-hander", "left-hander").
func epithet(f []string) bool {
	if len(f) == 0 {
		return false
	}
	if strings.HasSuffix(strings.ToLower(f[len(f)-1]), "-hander") {
		return true
	}
	for _, w := range f[:len(f)-1] {
		if strings.EqualFold(w, "top") {
			return true
		}
	}
	return false
}

// leavesVerb are the methods whose relation between two entities leaves
// the open relation of a verb between them (and the classifier's) in
// place: they say that the two are related, not what the verb says
// ("beat", "warned").
var leavesVerb = map[string]bool{MethodVerbPattern: true, MethodClassifier: true, MethodResult: true, MethodFace: true, MethodRivals: true}

// flush turns the current sentence's candidates into Relations: one per
// subject, predicate and object, in text order.
func (d *docState) flush() {
	v := d.v
	type key struct {
		s, o int
		p    string
	}
	best := map[key]int{}
	var keys []key
	for i, c := range d.found {
		s := v.entity(c.a)
		if c.a < 0 {
			s = c.subjEntity
		}
		o := c.objEntity
		if c.b >= 0 {
			o = v.entity(c.b)
		}
		if s < 0 || o < 0 || s == o {
			continue
		}
		k := key{s, o, c.pred}
		j, ok := best[k]
		if !ok {
			best[k] = i
			keys = append(keys, k)
			continue
		}
		// The first evidence found names the method (constructions come
		// before open relations, and both before the classifier); agreeing
		// evidence raises the score as independent votes would.
		d.found[j].score = 1 - (1-d.found[j].score)*(1-c.score)
	}
	// An open relation or the classifier's guess adds nothing where a
	// construction already relates the two entities ("is headquartered
	// in" after "based in"; "homeLocation" after "the mayor of"). A result's
	// sides are opponents either way, and the verb ("beat", "lost to")
	// says who won.
	explained := map[[2]int]bool{}
	for _, k := range keys {
		if !leavesVerb[d.found[best[k]].method] {
			explained[[2]int{k.s, k.o}] = true
			explained[[2]int{k.o, k.s}] = true
		}
	}
	// A verb between the two ("X offered China ...", "X told the BBC")
	// says how they are related; the classifier's guess for the same pair
	// stays only if that verb states its relation ("joined", "was born
	// in").
	verbs := map[[2]int][]string{}
	for _, c := range d.found {
		if c.method == MethodVerbPattern && c.b >= 0 {
			s, o := v.entity(c.a), v.entity(c.b)
			verbs[[2]int{s, o}] = append(verbs[[2]int{s, o}], c.label)
			verbs[[2]int{o, s}] = append(verbs[[2]int{o, s}], c.label)
		}
	}
	var rels []extract.Relation
	for _, k := range keys {
		c := d.found[best[k]]
		if (c.method == MethodVerbPattern || c.method == MethodClassifier) && explained[[2]int{k.s, k.o}] {
			continue
		}
		if c.method == MethodClassifier {
			if labels, ok := verbs[[2]int{k.s, k.o}]; ok && !statesRelation(k.p, labels) {
				continue
			}
		}
		start, end := v.byteSpan(c.lo, c.hi)
		rels = append(rels, extract.Relation{
			Subject: k.s, Object: k.o, Predicate: k.p, Label: c.label,
			Sentence: v.si, Start: start, End: end,
			Method: c.method, Score: c.score, Claim: -1,
		})
	}
	sort.SliceStable(rels, func(i, j int) bool {
		a, b := rels[i], rels[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		if a.Object != b.Object {
			return a.Object < b.Object
		}
		return a.Predicate < b.Predicate
	})
	d.res.Relations = append(d.res.Relations, rels...)
}

// relationVerbs are, per predicate of the classifier, the word stems of
// verb phrases that state it.
var relationVerbs = map[string][]string{
	schema.WorksFor:         {"join", "work", "employ", "hire", "appoint", "sack", "fire", "chair", "head", "lead", "led", "run", "ran", "manag", "coach", "captain", "sign", "serv"},
	schema.HomeLocation:     {"live", "born", "resid", "die", "grew", "grow", "rais", "settl", "move"},
	schema.Location:         {"base", "headquarter", "locat", "open", "operat"},
	schema.ContainedInPlace: {"locat", "lie", "lies", "situat"},
	schema.Killed:           {"kill", "murder", "assassinat", "shot", "shoot", "stab", "slay", "slew", "execut"},
}

// statesRelation reports whether one of the verb phrases is a copula with
// a noun ("is a town in") or has a word starting with a stem of
// relationVerbs[pred].
func statesRelation(pred string, labels []string) bool {
	for _, l := range labels {
		words := strings.Fields(strings.ToLower(l))
		// A copula with a noun ("is a town in", "was a member of")
		// describes the subject, which the classifier's relation may too.
		if len(words) >= 2 && beForm[words[0]] {
			switch w := words[1]; {
			case w == "a" || w == "an" || w == "the" || w == "one":
				return true
			case len(words) == 2 && (w == "in" || w == "at" || w == "near" || w == "on"):
				return true // "is in Y"
			}
		}
		if anyStem(words, relationVerbs[pred]) {
			return true
		}
	}
	return false
}

// finishTitles stores the job titles found as entity attributes, sorted
// and without duplicates.
func (d *docState) finishTitles() {
	ents := make([]int, 0, len(d.titles))
	for e := range d.titles {
		ents = append(ents, e)
	}
	sort.Ints(ents)
	for _, e := range ents {
		if e < 0 || e >= len(d.res.Entities) {
			continue
		}
		ent := &d.res.Entities[e]
		if ent.Attributes == nil {
			ent.Attributes = map[string][]string{}
		}
		seen := map[string]bool{}
		var out []string
		for _, t := range append(ent.Attributes[schema.JobTitle], d.titles[e]...) {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
		out = unclipped(out)
		out = unsubsumed(out)
		sort.Strings(out)
		ent.Attributes[schema.JobTitle] = out
	}
}

// unclipped drops from titles a one-word title that is a clipped form of
// another of them, its first letters, a full stop perhaps after them
// ("Prof" or "Prof." beside "Professor": the clipped-title rule); both
// name one post.
func unclipped(titles []string) []string {
	return dropCovered(titles, func(u, t string) bool {
		c := strings.ToLower(strings.TrimSuffix(t, "."))
		l := strings.ToLower(strings.TrimSuffix(u, "."))
		return len(c) >= 3 && !strings.Contains(t, " ") && !strings.Contains(u, " ") && len(l) > len(c) && strings.HasPrefix(l, c)
	})
}

// unsubsumed drops from titles one that another of them ends with, after
// words that narrow the post ("producer" beside "record producer",
// "coach" beside "head coach": the subsumed-title rule); not when the
// longer opens with a word that marks a post no longer held (formerWord:
// "leader" beside "former leader" or "ex-party leader" may be held now).
func unsubsumed(titles []string) []string {
	return dropCovered(titles, func(u, t string) bool {
		lu := strings.ToLower(u)
		return strings.HasSuffix(lu, " "+strings.ToLower(t)) && !formerWord(strings.Fields(lu)[0])
	})
}

// dropCovered returns titles without each title t that another title u
// of them covers (covers(u, t)), in order.
func dropCovered(titles []string, covers func(u, t string) bool) []string {
	out := titles[:0:0]
	for _, t := range titles {
		if !slices.ContainsFunc(titles, func(u string) bool { return covers(u, t) }) {
			out = append(out, t)
		}
	}
	return out
}

// formerWord reports whether w marks a post no longer held: one of
// formerWords ("former", "ex", "outgoing") or a word after the prefix
// "ex-" ("ex-finance"), as view.former reads them.
func formerWord(w string) bool {
	return formerWords[w] || strings.HasPrefix(w, "ex-")
}

// cleanLabel trims a relation label of the commas and determiners at its
// edges: ", a branch of the" -> "a branch of".
func cleanLabel(s string) string {
	ws := strings.Fields(s)
	for len(ws) > 0 && strings.Trim(ws[0], ",;:-–—") == "" {
		ws = ws[1:]
	}
	for len(ws) > 0 {
		switch strings.ToLower(ws[len(ws)-1]) {
		case "the", "a", "an", ",", ";", ":", "-", "its", "their":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return strings.Join(ws, " ")
}
