package relate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/lexicon"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/schema"
)

// scoreOpen is the fixed score open verb-phrase relations had before
// OpenModel, the baseline its fit is measured against (Candidate's
// Probability).
const scoreOpen = 0.6

// openRelations finds verb-mediated relations between two mentions of the
// current sentence, after ReVerb (Fader et al. 2011): the words between
// them must be a relation phrase made of a verb group, then optionally
// nouns, adjectives, adverbs or determiners ending in a preposition or
// particle ("claimed responsibility for", "warned", "was killed by"); the
// first mention is the phrase's subject (only adverbs, auxiliaries, "who"
// or a parenthetical between commas may separate them) and the second its
// object (only a determiner before it, and it must not be the subject of a
// following clause).
//
// Each relation's score is the probability that it is right in news, from
// DefaultOpenModel.
func openRelations(d *docState) {
	m := DefaultOpenModel()
	for _, o := range d.v.openFound() {
		d.add(o.a, o.b, o.pred, o.label, MethodVerbPattern, m.Apply(o.f))
	}
}

// openRel is an open relation of a view: predicate pred from mention a to
// mention b, its label the phrase as written, with the features OpenModel
// weighs.
type openRel struct {
	a, b        int
	pred, label string
	f           OpenFeatures
}

// openFound returns the open relations of the view (see openRelations).
func (v *view) openFound() []openRel {
	var out []openRel
	for a := range v.s.Ents {
		// A possessor is no subject: "X' critically acclaimed Y".
		if !openArgument(v.typ(a)) || !v.canBeSubject(a) || v.isPossessive(v.s.Ents[a].End) {
			continue
		}
		ps, pe, b := v.phraseAfter(a)
		if b < 0 || v.quotedClause(a, b) || v.particleCut(ps, pe, b) || v.gluedPair(b) {
			continue
		}
		words, label := v.normalise(ps, pe)
		// A verb that takes a clause, then the clause's own words: the
		// name is in the clause, not the verb's object. A head the tagger
		// took for a verb that WordNet knows only as another part of
		// speech is none ("Vell Prize hopefuls X").
		if len(words) == 0 || len(words) == 1 && v.takesClause(ps) || v.clauseVerb(ps, pe) || !v.knownVerb(v.mainVerb(ps, pe)) || v.namesWords(ps, pe) || v.bareVerb(ps) {
			continue
		}
		// "X told the President of Y", "X met the head of Y": the
		// object is another person, who holds a title in Y; the phrase
		// relates X to no body.
		if v.otherTitleOf(ps, pe) {
			continue
		}
		// "be" alone before a person or an event says the two are one
		// ("the Prince is Ann Lee", a role played; "X is the match in
		// Y"): no relation between two things. Before a body or a kind
		// it may say a membership ("X is Catholic", "the Unity Party
		// were the Opposition").
		if pe == ps+1 && v.isBe(ps) && (v.typ(b) == extract.Person || v.typ(b) == extract.EventType) {
			continue
		}
		phrase := strings.Join(words, " ")
		local := camel(words)
		if local == "" {
			continue
		}
		pred := schema.NS + local
		subj, obj := a, b
		switch kill, passive := v.killPhrase(ps, pe); {
		case kill && passive:
			pred, subj, obj = schema.Killed, b, a
		case kill && !strings.HasSuffix(phrase, " by") && !v.isBe(ps):
			pred = schema.Killed
		}
		if reservedLocal[pred] {
			pred += "Phrase"
		}
		f := v.openFeatures(a, b, ps, pe, words)
		out = append(out, openRel{subj, obj, pred, label, f})
		// A verb of opposing, criticising or defeating between two people
		// or two organisations ("X attacked Y", "X beat Y") also makes them
		// opponents.
		if pred != schema.Killed && len(words) == 1 && v.typ(a) == v.typ(b) && (v.typ(a) == extract.Person || v.typ(a) == extract.Organization) && v.opposes(ps, pe) && v.bodiesRival(a, b, ps, pe) {
			out = append(out, openRel{a, b, schema.Opponent, label, f})
		}
	}
	return out
}

// phraseAfter returns the relation phrase [ps, pe) that mention a is the
// subject of and the mention b it relates a to, or b = -1: the verb right
// after the subject ("X, who heads Y,"), or after its apposition ("X,
// Y's chief, visited Z"), in a clause that states something (no denial,
// no condition), to an object that heads its noun phrase and is not the
// subject of a clause that follows.
func (v *view) phraseAfter(a int) (ps, pe, b int) {
	e := v.s.Ents[a]
	// A relative clause whose object is no head ("X, who are proud of
	// their Norlandic roots, joined Y") is skipped too.
	ps, pe, b = v.relationPhrase(e.End)
	if lo := v.skipApposition(e.End); (b < 0 || !v.headObject(b)) && lo != e.End {
		ps, pe, b = v.relationPhrase(lo)
	}
	// The comma that closes the subject's own apposition: "the
	// chairman of Y, X, told Z".
	if b < 0 && v.lw(e.End) == "," && v.lw(e.Start-1) == "," {
		ps, pe, b = v.relationPhrase(e.End + 1)
	}
	switch {
	case b < 0 || !openArgument(v.typ(b)):
		return 0, 0, -1
	case v.lw(ps-1) == "which" && v.typ(a) == extract.Person:
		return 0, 0, -1 // "which" opens no clause about a person
	case v.unstated(a, ps, pe):
		return 0, 0, -1
	}
	// The object is the name that heads its noun phrase: "met British
	// Prime Minister X" relates to X, not to the country before the
	// title.
	if npEnd, inner := v.np(v.s.Ents[b].Start); len(inner) > 1 {
		if h := inner[len(inner)-1]; v.s.Ents[h].End == npEnd && openArgument(v.typ(h)) && h != a {
			b = h
		}
	}
	// The object is the head of its noun phrase, and not the subject of
	// a clause that follows.
	end := v.s.Ents[b].End
	if v.notHead(b) {
		return 0, 0, -1
	}
	if v.refusedObject(ps, pe, b) {
		return 0, 0, -1
	}
	// "the rivalry between X and Y": between is of two, and the relation
	// not the first's alone; "called for X to get a free hand": after
	// "for", a name before "to" and a verb is the subject of the
	// infinitive, which is what is called for.
	switch v.lw(pe - 1) {
	case "between":
		return 0, 0, -1
	case "as":
		if v.comparison(ps, pe) {
			return 0, 0, -1
		}
	case "for":
		if v.lw(end) == "to" && v.tag(end+1) == "VB" {
			return 0, 0, -1
		}
	}
	// "wants X to win", "wishes the fair to be a showcase": after a
	// verb of wanting alone, a name before "to" and a verb is the
	// subject of what is wanted, not the verb's object.
	if pe == ps+1 && v.is(ps, lexicon.Intention) && v.lw(end) == "to" && v.tag(end+1) == "VB" {
		return 0, 0, -1
	}
	// "Hollywood stars X and Y attended", "Norland fans, including X,
	// Y and Z, have ...": a verb form that is also a plural noun, right
	// after the name, before names that a finite verb after them makes
	// its subject, is that noun, the name before it its modifier.
	if ps == e.End && v.pluralNoun(ps) && v.finiteVerbAfterNames(b) {
		return 0, 0, -1
	}
	return ps, pe, b
}

// pluralNoun reports whether token i, tagged a verb in -s and no
// auxiliary ("is": "i"), is also the plural of a noun ("stars", "fans").
func (v *view) pluralNoun(i int) bool {
	if v.tag(i) != "VBZ" || v.is(i, lexicon.Auxiliary) {
		return false
	}
	_, ok := v.pluralOfNoun(v.lw(i))
	return ok
}

// pluralOfNoun returns the lemma of word w read as a plural noun, and
// whether w is the plural of a noun WordNet knows ("rivals", "ravens").
func (v *view) pluralOfNoun(w string) (string, bool) {
	l := v.lex.Lemma(w, "NNS")
	return l, l != w && v.lex.Known(l, lexicon.Noun)
}

// finiteVerbAfterNames reports whether a finite verb or a modal follows
// mention b and the names listed after it (", Y and Z", past the title
// words before a name: "and Vell Prize nominee Z").
func (v *view) finiteVerbAfterNames(b int) bool {
	j := v.s.Ents[b].End
	for n := 0; n < 16 && j < v.n(); n++ {
		switch t := v.tag(j); {
		case v.at[j] >= 0:
			j = v.s.Ents[v.at[j]].End
		case v.lw(j) == "," || v.lw(j) == "and":
			j++
		case strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ"):
			// A title before a name: skip it only when a name follows.
			k := j
			for k < v.n() && k < j+3 && v.at[k] < 0 && (strings.HasPrefix(v.tag(k), "NN") || strings.HasPrefix(v.tag(k), "JJ")) {
				k++
			}
			if k >= v.n() || v.at[k] < 0 {
				return false
			}
			j = k
		default:
			t := v.tag(j)
			return t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD"
		}
	}
	return false
}

// headObject reports whether the noun phrase of mention b, or the name
// that heads it, ends with the name: "Y" of "met Y" and "met Norlandic
// minister Y", not "Norlandic" of "their Norlandic roots".
func (v *view) headObject(b int) bool {
	end := v.s.Ents[b].End
	if npEnd, inner := v.np(v.s.Ents[b].Start); len(inner) > 1 {
		if h := inner[len(inner)-1]; v.s.Ents[h].End == npEnd {
			end = npEnd
		}
	}
	t := v.tag(end)
	return !strings.HasPrefix(t, "NN") && !v.isPossessive(end) && !strings.HasPrefix(t, "VB") && t != "MD"
}

// canBeSubject reports whether mention a may be the subject of a verb
// that follows it: not the object of a preposition, past its determiner,
// numbers and adjectives ("ministers from X met ...", "when Norland played
// at the 1986 Vell Cup won ..."; a subordinator opens a clause whose
// subject it may be: "as X seeks ..."), nor the last item of a list.
func (v *view) canBeSubject(a int) bool {
	i := v.s.Ents[a].Start - 1
	for j := i; j > i-4 && j >= 0; j-- {
		t := v.tag(j)
		if t == "IN" || t == "TO" {
			i = j
			break
		}
		if t != "DT" && t != "CD" && !strings.HasPrefix(t, "JJ") {
			break
		}
	}
	switch t := v.tag(i); {
	case (t == "IN" || t == "TO") && !v.is(i, lexicon.Subordinator):
		return false // "as the Rovers seek ..." opens a clause
	case v.lw(i) == "and" || v.lw(i) == "or":
		return v.entEnding(i) < 0 && !(v.lw(i-1) == "," && v.entEnding(i-1) >= 0)
	}
	return true
}

// denies reports whether the relation phrase of tokens [ps, pe) holds a
// negation (lexicon.Negation: "not", "never", "no").
func (v *view) denies(ps, pe int) bool {
	for i := ps; i < pe; i++ {
		if v.is(i, lexicon.Negation) {
			return true
		}
	}
	return false
}

// hypothetical reports whether the relation phrase of tokens [ps, pe)
// holds a modal of possibility, hypothesis or advice ("would", "could",
// "might", "may", "can", "should"), which puts the relation as possible,
// not as a fact; "will", "shall" and "must" state what is to happen.
func (v *view) hypothetical(ps, pe int) bool {
	for i := ps; i < pe; i++ {
		if v.tag(i) != "MD" {
			continue
		}
		switch v.lw(i) {
		case "will", "'ll", "wo", "shall", "must":
		default:
			return true
		}
	}
	return false
}

// unstated reports whether the clause of subject a and relation phrase
// [ps, pe) states no relation: a denied, conditional or hypothetical
// clause ("X has no connection with Y", "X did not join Y", "if X wins
// Y", "X would buy Y", "X can win Y") or a gerund's clause that a verb or
// a preposition takes (gerundComplement).
func (v *view) unstated(a, ps, pe int) bool {
	return v.denies(ps, pe) || v.conditional(a) || v.hypothetical(ps, pe) || v.gerundComplement(a, ps)
}

// gerundComplement reports whether the relation phrase at ps opens with
// a gerund, no auxiliary before it, and its subject, mention a, is the
// object of a preposition before it, past the words of its noun phrase (a
// title, a name, a determiner): "hinted at Harlow coach Ann Lee
// offering a contract to Bo Ek", "talk of Acme buying Harlow Mills"
// (gerund-complement). Such a clause is what is pointed to or talked of,
// not what happened. "With" ("with Ann Lee accusing Bo Ek of ...") and a
// subordinator ("after Acme buying Harlow Mills") set off what happened,
// and a verb's object may be what is seen ("sees Ann Lee replacing Bo
// Ek") as often as what is prevented: those are left alone, and so is a
// gerund after a name that opens its clause or stands in apposition ("Ann
// Lee, a farmer living in Velden").
func (v *view) gerundComplement(a, ps int) bool {
	i := ps
	for i < v.n() && strings.HasPrefix(v.tag(i), "RB") {
		i++
	}
	if v.tag(i) != "VBG" {
		return false
	}
	j := v.s.Ents[a].Start - 1
	for n := 0; n < gerundNPMax && j >= 0; n++ {
		if v.at[j] >= 0 {
			j = v.s.Ents[v.at[j]].Start - 1
			continue
		}
		switch t := v.tag(j); {
		case t == "DT" || t == "CD" || t == "POS" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN"):
			j--
			continue
		case t == "IN" || t == "TO":
			return v.lw(j) != "with" && !v.is(j, lexicon.Subordinator)
		default:
			return false
		}
	}
	return false
}

// gerundNPMax is the most tokens or names gerundComplement walks back
// over, through the subject's noun phrase, to the word that takes it.
const gerundNPMax = 6

// conditional reports whether mention a is the subject of a condition:
// a subordinator of lexicon.Condition before it, past its determiner,
// numbers and adjectives, and past "or not" ("if the Reds win", "unless
// Acme sells", "whether or not Acme is bigger"), or an auxiliary that
// opens the clause before its subject ("Had Ann Lee stayed at Acme, she
// would ...", "Were Acme to buy Harlow Mills"): a condition put by
// inversion, most often one that did not hold; or "then" after a
// condition that opens the sentence (consequent).
func (v *view) conditional(a int) bool {
	for j := v.s.Ents[a].Start - 1; j >= 0 && j >= v.s.Ents[a].Start-4; j-- {
		if v.is(j, lexicon.Condition) || v.invertedCondition(j) || v.consequent(j) {
			return true
		}
		if v.lw(j) == "not" && v.lw(j-1) == "or" {
			j--
			continue
		}
		if t := v.tag(j); t != "DT" && t != "CD" && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return false
}

// consequent reports whether token i is "then" after a condition that
// opens the sentence ("If the Reds win, then Ann Lee joins Acme"): the
// clause it opens holds only under the condition (if-then).
func (v *view) consequent(i int) bool {
	if v.lw(i) != "then" {
		return false
	}
	for j := 0; j < i && j < 3; j++ {
		if v.is(j, lexicon.Condition) {
			return true
		}
	}
	return false
}

// invertedCondition reports whether token i is "had", "were" or
// "should" opening a clause (at the sentence's start or after a comma, a
// colon, a semicolon or a dash): an inverted condition's auxiliary, as a
// question's is not in news's statements.
func (v *view) invertedCondition(i int) bool {
	switch v.lw(i) {
	case "had", "were", "should":
	default:
		return false
	}
	if i == 0 {
		return true
	}
	w := v.lw(i - 1)
	return w == "," || w == ":" || w == ";" || tokenize.IsDash(w)
}

// skipApposition returns the token after the apposition or relative
// clause that starts at token i (", Acme's chief executive,"), or i when
// there is none: the verb that follows has the mention before it as its
// subject.
func (v *view) skipApposition(i int) int {
	// ", and the film X, which ...": a list goes on, no apposition.
	if v.lw(i) != "," || v.tag(i+1) == "CC" {
		return i
	}
	for j := i + 1; j < v.n() && j <= i+16; j++ {
		if t := v.tag(j); t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			if w := v.lw(j - 1); j == i+1 || w != "who" && w != "which" {
				return i
			}
		}
		if v.lw(j) == "," {
			return j + 1
		}
		if v.lw(j) == "." || v.lw(j) == ";" || v.at[i+1] >= 0 && v.listEnd(j) {
			return i
		}
	}
	return i
}

// listEnd reports whether "and" at token j joins a name to the name
// before it ("X, Y and Ostmark's Z, who ..."): after a comma and a name,
// the commas set off items of a list, whose last (or all) the clause
// after it is about, no apposition of the first (the list-not-apposition
// construction; "X, stripped of talent such as Y and Z, partnered ..." is
// an apposition).
func (v *view) listEnd(j int) bool {
	if v.lw(j) != "and" || j < 1 || v.at[j-1] < 0 {
		return false
	}
	for k := j + 1; k < v.n() && k <= j+4; k++ {
		if v.at[k] >= 0 {
			return true
		}
		if t := v.tag(k); !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") {
			return false
		}
	}
	return false
}

func openArgument(t string) bool {
	switch t {
	case extract.Person, extract.Organization, extract.Location, extract.Miscellaneous, extract.EventType:
		return true
	}
	return false
}

// relationPhrase finds the relation phrase starting at token lo (past
// "who" or "which") and the object mention after it: a verb group, then
// optionally nouns, adjectives, adverbs, pronouns or determiners and a
// preposition or particle. It returns the phrase's bounds and the
// object, or b = -1.
func (v *view) relationPhrase(lo int) (ps, pe, b int) {
	i := lo
	if v.lw(i) == "," && (v.lw(i+1) == "who" || v.lw(i+1) == "which") {
		i++
	}
	switch v.lw(i) {
	case "who", "which", "that":
		i++
	}
	ps = i
	// The verb group: adverbs, modals, auxiliaries and verbs (two joined
	// by "and": "shot and killed"), at least one verb, then particles.
	verbs := 0
	for i < v.n() && v.at[i] < 0 {
		t := v.tag(i)
		switch {
		case strings.HasPrefix(t, "VB"):
			if v.bareAfterFinite(ps, i) {
				return 0, 0, -1
			}
			verbs++
		case t == "MD" || t == "RB" || t == "RP":
		case (t == "TO" || t == "CC") && verbs > 0 && strings.HasPrefix(v.tag(i+1), "VB"):
		default:
			goto group
		}
		i++
	}
group:
	if verbs == 0 {
		return 0, 0, -1
	}
	if b := v.nameAt(i); b >= 0 {
		return ps, i, b
	}
	// Nouns, adjectives, adverbs, pronouns and determiners, then a
	// preposition: "claimed responsibility for".
	for n := 0; i < v.n() && v.at[i] < 0 && n < 6; n++ {
		t := v.tag(i)
		if strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "RB") || t == "DT" || t == "PRP$" || t == "CD" || t == "PRP" {
			i++
			continue
		}
		break
	}
	if t := v.tag(i); t == "IN" || t == "TO" || t == "RP" {
		if b := v.nameAt(i + 1); b >= 0 {
			return ps, i + 1, b
		}
	}
	return 0, 0, -1
}

// normalise returns the words of the relation phrase [lo, hi) that make
// its predicate (lower case, without auxiliaries, adverbs, determiners or
// numbers written with digits: "owns a 5.6% stake in" is
// ownsPercentStakeIn, a
// scoreline or a year says how much or when, not which relation) and its
// label (the phrase as written, without leading auxiliaries and
// adverbs).
func (v *view) normalise(lo, hi int) (words []string, label string) {
	// auxOf reports whether token i is an auxiliary of a verb that
	// follows, past adverbs: "has (repeatedly) denied".
	auxOf := func(i int) bool {
		if !v.isAux(i) {
			return false
		}
		j := i + 1
		for j < hi && v.tag(j) == "RB" && v.lw(j) != "not" && v.lw(j) != "n't" {
			j++
		}
		return j < hi && strings.HasPrefix(v.tag(j), "VB")
	}
	first := -1
	for i := lo; i < hi; i++ {
		w := v.lw(i)
		t := v.tag(i)
		if first < 0 && (auxOf(i) || t == "RB") {
			continue
		}
		if first < 0 {
			first = i
		}
		// An adverb right before a closing "of" makes one preposition
		// with it: "moved ahead of", "stayed out of", not "moved of".
		complexPrep := t == "RB" && i == hi-2 && v.lw(hi-1) == "of"
		if t == "RB" && w != "not" && w != "n't" && !complexPrep && !v.nounNotAdverb(i) || t == "DT" || t == "PRP$" {
			continue
		}
		if auxOf(i) || t == "CD" && strings.ContainsAny(w, "0123456789") {
			continue
		}
		switch w {
		case "n't":
			w = "not"
		case "%":
			w = "percent"
		}
		words = append(words, w)
	}
	if first < 0 {
		return nil, ""
	}
	return words, v.phrase(first, hi)
}

// camel joins words into a lowerCamelCase IRI local name of letters and
// digits: "claimed responsibility for" -> "claimedResponsibilityFor".
func camel(words []string) string {
	var b strings.Builder
	for _, w := range words {
		up := b.Len() > 0
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				up = b.Len() > 0
				continue
			}
			if up {
				r = unicode.ToUpper(r)
				up = false
			} else {
				r = unicode.ToLower(r)
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// reservedLocal are kg's own terms an open predicate must not coincide
// with.
var reservedLocal = set(
	schema.Source, schema.Context, schema.Statement, schema.Document, schema.Method, schema.Score,
	schema.EntityType, schema.Participant, schema.ReportedBy, schema.Quote, schema.InClaim, schema.Value,
	schema.VocabularyGraph, schema.NS,
)

// opposes reports whether the verb of tokens [ps, pe) is one of opposing,
// criticising or defeating someone (lexicon.Opposition).
func (v *view) opposes(ps, pe int) bool {
	for i := ps; i < pe; i++ {
		if strings.HasPrefix(v.tag(i), "VB") && !v.isBe(i) && !v.is(i, lexicon.Auxiliary) {
			return v.is(i, lexicon.Opposition)
		}
	}
	return false
}

// bodiesRival reports whether the opposing verb of phrase [ps, pe)
// between mentions a and b makes them rivals when they are bodies: a
// verb of defeat does ("Harlow beat Pellam"); one of accusing or
// criticising only between bodies of one kind, which typing names (two
// firms, two parties), not a regulator, a court or a paper and the body
// it accuses or criticises ("the Acme Commission accused Vell Power").
// People are rivals either way.
func (v *view) bodiesRival(a, b, ps, pe int) bool {
	if v.typ(a) != extract.Organization {
		return true
	}
	for i := ps; i < pe; i++ {
		if strings.HasPrefix(v.tag(i), "VB") && v.is(i, lexicon.Defeat) {
			return true
		}
	}
	ea, eb := v.entity(a), v.entity(b)
	if ea < 0 || eb < 0 {
		return false
	}
	c := v.res.Entities[ea].Class
	return c != "" && c == v.res.Entities[eb].Class
}

// modifiesNoun reports whether the name ending before token end modifies
// a noun after it, past adjectives: "plays a Norland military commander";
// a span of time is no such noun ("met Ann Lee last week").
func (v *view) modifiesNoun(end int) bool {
	if !strings.HasPrefix(v.tag(end), "JJ") {
		return false
	}
	for j := end + 1; j < v.n() && j <= end+3; j++ {
		t := v.tag(j)
		if strings.HasPrefix(t, "NN") {
			return !v.is(j, lexicon.TimeSpan)
		}
		if !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return false
}

// notHead reports whether mention b does not head its noun phrase, or
// is the subject of a clause that follows: a noun, a possessive, a verb
// or a modal after it, or a noun it modifies (modifiesNoun,
// determinedHead).
func (v *view) notHead(b int) bool {
	end := v.s.Ents[b].End
	t := v.tag(end)
	return strings.HasPrefix(t, "NN") || v.isPossessive(end) || strings.HasPrefix(t, "VB") || t == "MD" || v.modifiesNoun(end) || v.determinedHead(b)
}

// determinedHead reports whether the name of mention b, after a
// determiner, comes before a word in lower case the tagger read as an
// adjective that WordNet has as a noun too and that ends the noun phrase
// ("raised doubts about his Harlow future"): the word is the phrase's
// head, the name its modifier (the determined-head construction).
func (v *view) determinedHead(b int) bool {
	e := v.s.Ents[b]
	end := e.End
	if t := v.tag(e.Start - 1); t != "DT" && t != "PRP$" || !strings.HasPrefix(v.tag(end), "JJ") || tokenize.StartsUpper(v.toks[end].Text) {
		return false
	}
	if t := v.tag(end + 1); strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") {
		return false // modifiesNoun's
	}
	return v.lex.Known(v.lw(end), lexicon.Noun)
}

// clauseVerb reports whether the relation phrase [ps, pe) opens with a
// verb that takes a clause (takesClause) followed by the start of the
// clause: a determiner, a verb or "that" ("said the bus service between",
// "believes the last two games against", "said having", "revealed
// that"); a noun or an adjective after it is its object ("confirmed
// participation in").
func (v *view) clauseVerb(ps, pe int) bool {
	m := v.mainVerb(ps, pe)
	// A subordinator in the phrase opens the clause the name is in:
	// "announced on Monday that X", "is considering whether X".
	for i := m + 1; i < pe; i++ {
		if v.tag(i) == "IN" && (v.lw(i) == "that" || v.is(i, lexicon.Condition)) {
			return true
		}
	}
	if m+1 >= pe || !v.takesClause(m) {
		return false
	}
	switch t := v.tag(m + 1); {
	case t == "VBG", t == "VBZ", t == "VBD", t == "VBP", v.lw(m+1) == "that":
		return true
	case t == "DT", t == "PRP$", strings.HasPrefix(t, "JJ"), t == "NN", t == "NNS":
		// A noun phrase is the clause's subject when its verb follows
		// the name: "said the lack of X was ...", "said higher costs in
		// X and lower sales would ...", not "recalled its ambassador
		// from X on Monday" nor "confirmed his part in X, where he
		// will ...".
		return v.finiteVerbAfter(pe) || v.clauseVerbAfter(pe)
	}
	return false
}

// clauseVerbAfter reports whether the noun phrase that the name at token
// i ends goes on, through prepositional phrases, infinitives and
// coordinated noun phrases, to a finite verb or a modal within a dozen
// or so words: the name is then inside the subject of a clause ("the
// ruling by X to free Y was a victory"). A relative clause, a subordinator
// or the end of the sentence ends the search.
func (v *view) clauseVerbAfter(i int) bool {
	j := i
	if k := v.at[i]; k >= 0 {
		j = v.s.Ents[k].End
	}
	for limit := j + 16; j < v.n() && j < limit; j++ {
		w := v.lw(j)
		switch t := v.tag(j); {
		case t == "VBZ", t == "VBP", t == "MD":
			return true
		case t == "VBD":
			// A past form right after a noun may be a participle that
			// modifies it ("a statement posted online", "two men held
			// at sea"), unless it is an auxiliary.
			if v.is(j, lexicon.Auxiliary) || !strings.HasPrefix(v.tag(j-1), "NN") {
				return true
			}
		case t == ",":
			// Only a coordinated noun phrase goes on after a comma: ",
			// and lower profits at Y would".
			if c := v.lw(j + 1); c != "and" && c != "or" {
				return false
			}
		case t == "IN":
			// A subordinator, or "that", "so", "than", opens a clause of
			// its own: "recalled its envoy from X after the embassy was
			// attacked" (the verb is the other clause's).
			if v.is(j, lexicon.Subordinator) || w == "that" || w == "so" || w == "than" || v.is(j, lexicon.Condition) {
				return false
			}
		case t == ".", t == ":", t == "WDT", t == "WP", t == "WRB", t == "CC" && w != "and" && w != "or", tokenize.IsDoubleQuote(w), w == "-", w == "--", w == "(":
			return false
		}
	}
	return false
}

// namesWords reports whether the phrase [ps, pe) opens with a participle
// and a capitalised noun follows it: the phrase is then a name's own
// words ("the Treaty establishing a Constitution for Norland"), not a
// verb between two names.
func (v *view) namesWords(ps, pe int) bool {
	m := v.mainVerb(ps, pe)
	if m != ps || v.tag(m) != "VBG" && v.tag(m) != "VBN" {
		return false
	}
	for i := m + 1; i < pe; i++ {
		if t := v.tag(i); (t == "NNP" || t == "NNPS") && v.at[i] < 0 {
			return true
		}
	}
	return false
}

// finiteVerbAfter reports whether a finite verb or a modal follows the
// name that starts at token i within a few words, before a comma, a
// preposition or a relative pronoun.
func (v *view) finiteVerbAfter(i int) bool {
	j := i
	if k := v.at[i]; k >= 0 {
		j = v.s.Ents[k].End
	}
	for limit := i + 8; j < v.n() && j < limit; j++ {
		// A relative clause set off by commas belongs to the name: "said
		// its deal with X, which runs to May, would end".
		if v.lw(j) == "," && (v.tag(j+1) == "WDT" || v.tag(j+1) == "WP") {
			k := j + 2
			for k < v.n() && v.lw(k) != "," {
				k++
			}
			if k < v.n() {
				limit += k - j
				j = k
				continue
			}
		}
		switch t := v.tag(j); {
		case t == "VBZ", t == "VBD", t == "VBP", t == "MD":
			return true
		case t == "IN", t == "TO", t == "WDT", t == "WP", t == ",", t == ".", t == ":":
			return false
		}
	}
	return false
}

// knownVerb reports whether token i, when tagged a verb, is one WordNet
// knows as a verb (or an auxiliary, a closed class), perhaps after a
// prefix English makes verbs with ("outspent", "re-elected"); a token
// tagged otherwise is taken as it is.
func (v *view) knownVerb(i int) bool {
	t := v.tag(i)
	if !strings.HasPrefix(t, "VB") || v.is(i, lexicon.Auxiliary) {
		return true
	}
	w := v.lw(i)
	if v.lex.Known(v.lex.Lemma(w, t), lexicon.Verb) {
		return true
	}
	for _, p := range verbPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 3 && v.lex.Known(v.lex.Lemma(strings.TrimPrefix(rest, "-"), t), lexicon.Verb) {
			return true
		}
	}
	return false
}

// verbPrefixes are the prefixes English makes new verbs with from old
// ones, which WordNet lists only in part: outspend, overrun, re-elect.
var verbPrefixes = []string{"out", "over", "under", "re", "co", "mis", "un", "pre", "up", "down", "counter", "de", "dis"}

// bareVerb reports whether the relation phrase opens at token ps with a
// verb's base form right after the subject's name, and the name itself
// after a determiner, a possessive, a number or an adjective: the name
// modifies a noun the tagger took for a verb ("Norland's 2-0 Vell Cup
// win against Harlow", "the Vell Cup win over Harlow"), no subject and
// verb ("Harlow Rovers beat Pellam", a headline's "Rovers sweep Pellam").
func (v *view) bareVerb(ps int) bool {
	if v.tag(ps) != "VB" || ps == 0 || v.at[ps-1] < 0 {
		return false
	}
	before := v.s.Ents[v.at[ps-1]].Start - 1
	switch t := v.tag(before); {
	case t == "DT" || t == "POS" || t == "CD" || t == "PRP$" || strings.HasPrefix(t, "JJ"):
		return true
	}
	return false
}

// otherTitleOf reports whether the phrase [ps, pe) ends in a
// determiner, a title's head and "of" after a verb that links no
// subject to a title ("told the President of", "met the new head of";
// not "is the head of", "became the chairman of"): the title is
// another person's.
func (v *view) otherTitleOf(ps, pe int) bool {
	if pe-ps < 4 || v.lw(pe-1) != "of" || !v.isTitleHead(pe-2) {
		return false
	}
	i := pe - 3
	for i > ps && strings.HasPrefix(v.tag(i), "JJ") {
		i--
	}
	if t := v.tag(i); t != "DT" && t != "PRP$" {
		return false
	}
	m := v.mainVerb(ps, pe)
	if m >= i || v.isBe(m) {
		return false
	}
	switch v.lemma(m) {
	case "become", "remain", "stay", "serve", "name", "appoint", "elect", "make", "choose", "select":
		return false
	}
	return true
}

// mainVerb returns the first verb of tokens [ps, pe) that is no
// auxiliary, or ps.
func (v *view) mainVerb(ps, pe int) int {
	for i := ps; i < pe; i++ {
		if strings.HasPrefix(v.tag(i), "VB") && !v.is(i, lexicon.Auxiliary) {
			return i
		}
	}
	return ps
}

// quotedClause reports whether the clause from mention a to mention b
// lies inside a quotation: a headline or a speaker's words quoted ("the
// paper's headline: \"X became crazy in Y\""), which the article
// reports and does not itself state.
func (v *view) quotedClause(a, b int) bool {
	if a < 0 || b < 0 || a >= len(v.s.Ents) || b >= len(v.s.Ents) {
		return false
	}
	lo, hi := v.s.Ents[a].Start, v.s.Ents[b].End
	if lo < 0 || hi > len(v.toks) || lo >= hi {
		return false
	}
	start, end := v.toks[lo].Start, v.toks[hi-1].End
	for _, q := range v.res.Quotes {
		if q.Close >= 0 && q.Span.Start <= start && end <= q.Span.End {
			return true
		}
	}
	return false
}

// particleCut reports whether the phrase [ps, pe) is one verb whose
// particle or adverb of direction comes after its object b: "X put Y
// ahead", "X held Y off", "X let Y down". The verb alone ("X put Y")
// says nothing of what was done. The particles are a closed class.
func (v *view) particleCut(ps, pe, b int) bool {
	if pe != ps+1 || b < 0 || b >= len(v.s.Ents) {
		return false
	}
	end := v.s.Ents[b].End
	if end >= len(v.at) || v.at[end] >= 0 {
		return false
	}
	if v.tag(end) == "RP" {
		return true
	}
	switch v.lw(end) {
	case "ahead", "behind", "up", "down", "out", "off", "back", "away", "aside", "apart", "together", "through", "level", "clear":
		return v.tag(end) == "RB" || v.tag(end) == "RP" || v.tag(end) == "IN" && !strings.HasPrefix(v.tag(end+1), "NN") && !strings.HasPrefix(v.tag(end+1), "DT") && !strings.HasPrefix(v.tag(end+1), "PRP") && !strings.HasPrefix(v.tag(end+1), "CD") && v.entAt(end+1) < 0 ||
			v.tag(end) == "JJ" && !strings.HasPrefix(v.tag(end+1), "NN")
	}
	return false
}

// gluedPair reports whether mention b is two names the tagger joined
// across "and", each of two capitalised words or more ("Harlow Nights
// and Velden Road"): the verb's object is two things, and the relation
// holds of neither as written. A name with "and" between single words
// ("Ostmark and Tarvik Bank", "Hide and Seek") or before an article
// ("Ann and the Giant") may be one name and is kept.
func (v *view) gluedPair(b int) bool {
	if b < 0 || b >= len(v.s.Ents) {
		return false
	}
	words := strings.Fields(v.text(v.s.Ents[b].Start, v.s.Ents[b].End))
	i := slices.Index(words, "and")
	if i < 0 {
		return false
	}
	// Each part's first word capitalised, the others too or a number
	// ("Channel 4").
	capitals := func(ws []string) bool {
		if len(ws) < 2 {
			return false
		}
		for n, w := range ws {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (n == 0 || !unicode.IsDigit(r)) {
				return false
			}
		}
		return true
	}
	return capitals(words[:i]) && capitals(words[i+1:])
}

// bareAfterFinite reports whether token i, in the verb group that
// starts at ps, is a bare verb right after a finite one that is no
// auxiliary, with no "to" or "and" between: the tagger's verb is the
// first verb's object noun ("holds serve to force ...").
func (v *view) bareAfterFinite(ps, i int) bool {
	if i <= ps || v.tag(i) != "VB" || v.isAux(i-1) {
		return false
	}
	t := v.tag(i - 1)
	return t == "VBD" || t == "VBZ" || t == "VBP"
}

// objectNoHead reports whether the object that ends at token end, in
// the relation phrase that starts at ps, modifies a measured noun or is
// the subject of a clause past its apposition.
func (v *view) objectNoHead(ps, end int) bool {
	// "won Harlow 200m gold": a name before a measure and a noun
	// modifies the noun ("appeared on X 25 years ago" is a time).
	if v.tag(end) == "CD" && strings.HasPrefix(v.tag(end+1), "NN") && !v.is(end+1, lexicon.TimeSpan) {
		return true
	}
	// "denied Bo Ek, his spokesman, said ...": past the object's
	// apposition, a finite verb makes the object its subject (not in a
	// relative clause, whose apposition may close the main subject's).
	return v.clauseAfterApposition(ps, end)
}

// clauseAfterApposition reports whether the object that ends at token
// end is set off by an apposition after which a finite verb follows, in
// a relation phrase starting at ps that opens no relative clause: the
// object is that verb's subject ("Ann Lee denied Bo Ek, her deputy,
// said so").
func (v *view) clauseAfterApposition(ps, end int) bool {
	if v.lw(end) != "," {
		return false
	}
	switch v.lw(ps - 1) {
	case "who", "which", "that":
		return false
	}
	j := v.skipApposition(end)
	if j == end {
		return false
	}
	t := v.tag(j)
	return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD"
}

// comparison reports whether the relation phrase [ps, pe), which ends in
// "as", holds an earlier "as": the second "as" of a comparison joins the
// object to the subject, compared with it, not related to it ("knows it
// as well as Bo Ek", "earns as much as Bo Ek").
func (v *view) comparison(ps, pe int) bool {
	for i := ps; i < pe-1; i++ {
		if v.lw(i) == "as" {
			return true
		}
	}
	return false
}

// refusedObject reports whether the object b of the relation phrase
// [ps, pe) is no object of it: no head of its phrase (objectNoHead), a
// work's title (workTitle), moved into a result by the deed
// (resultative), or after a preposition of two words that opens an
// adjunct of time, cause or source ("was hurt prior to the Vell Cup
// final", "left due to the Acme strike").
func (v *view) refusedObject(ps, pe, b int) bool {
	end := v.s.Ents[b].End
	if v.objectNoHead(ps, end) || v.workTitle(b) || v.resultative(end) || v.secondObject(pe, b) {
		return true
	}
	return pe-ps >= 2 && v.lex.Is(v.lw(pe-2)+" "+v.lw(pe-1), lexicon.AdjunctPreposition)
}

// workTitle reports whether the object b comes right after a free noun
// of a work and is a person's name ("starred in the film Ann Lee") or
// runs on past "and" and a capitalised word ("one half of the Acme Radio
// show Ann and Bo"): the name is the work's title, or its first words
// the recognizer cut off, and no one the subject relates to.
func (v *view) workTitle(b int) bool {
	e := v.s.Ents[b]
	i := e.Start - 1
	if !v.free(i) || !strings.HasPrefix(v.tag(i), "NN") ||
		!v.is(i, lexicon.CreativeWork, lexicon.TradeWork, lexicon.RecordWork, lexicon.ShownWork) {
		return false
	}
	return v.typ(b) == extract.Person || v.lw(e.End) == "and" && e.End+1 < v.n() && tokenize.StartsUpper(v.toks[e.End+1].Text)
}

// resultative reports whether the object that ends at token end is
// followed by "into" and a thing won or held in a contest (lexicon
// Attainment), past a determiner ("Ann Lee headed Acme into the lead",
// "Bo Ek fired Harlow into a two-goal lead"): the verb names what the
// subject did to the ball, which put the object where it is, and the
// subject did nothing to the object itself.
func (v *view) resultative(end int) bool {
	if v.lw(end) != "into" {
		return false
	}
	i := end + 1
	for n := 0; n < 3 && (v.isDet(i) || strings.HasPrefix(v.tag(i), "JJ") || v.tag(i) == "CD"); n++ {
		i++
	}
	return v.free(i) && strings.HasPrefix(v.tag(i), "NN") && v.is(i, lexicon.Attainment)
}

// secondObject reports whether the object b stands right after the verb
// that ends the phrase at pe and a second object follows it: a
// determiner or a possessive (not "that"), up to four adjectives,
// numbers or names ("a Harlow Fair season ticket"), and a common noun that is no span of time and opens no clause
// of its own (the double-object construction: "Ann Lee gave Acme a
// warning", "Bo Ek offered Harlow a rare painting"). The name is
// who receives; what the verb relates is the thing given, which the
// phrase leaves out, and "Bo Ek paid Harlow" is not what was said. "Ann
// Lee met Bo Ek the next day" keeps its object, and so does "Ann Lee told
// Acme the plan was dead", whose noun is a clause's subject.
func (v *view) secondObject(pe, b int) bool {
	start := v.s.Ents[b].Start
	if !strings.HasPrefix(v.tag(pe-1), "VB") || start != pe && (start != pe+1 || v.tag(pe) != "DT") {
		return false
	}
	i := v.s.Ents[b].End
	if !v.free(i) || !v.isDet(i) || v.lw(i) == "that" {
		return false
	}
	i++
	for n := 0; n < 4; n++ {
		if k := v.entAt(i); k >= 0 {
			i = v.s.Ents[k].End
			continue
		}
		if !v.free(i) || !strings.HasPrefix(v.tag(i), "JJ") && v.tag(i) != "CD" && v.tag(i) != "RBS" {
			break
		}
		i++
	}
	if !v.free(i) || !strings.HasPrefix(v.tag(i), "NN") || strings.HasPrefix(v.tag(i), "NNP") {
		return false
	}
	for v.free(i+1) && strings.HasPrefix(v.tag(i+1), "NN") && !strings.HasPrefix(v.tag(i+1), "NNP") {
		i++
	}
	if v.is(i, lexicon.TimeSpan) {
		return false
	}
	switch v.tag(i + 1) {
	case "VBD", "VBZ", "VBP", "MD":
		return false
	}
	return true
}

// nounNotAdverb reports whether token i, tagged an adverb, is a word
// WordNet knows as a noun and not as an adverb: the tagger's slip on a
// light verb's object ("lavished praise on"), which the predicate keeps
// (lavishedPraiseOn, not lavishedOn) (rb-noun-kept).
func (v *view) nounNotAdverb(i int) bool {
	w := v.lw(i)
	return v.lex.Known(w, lexicon.Noun) && !v.lex.Known(w, lexicon.Adverb)
}
