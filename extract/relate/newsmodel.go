package relate

import (
	"math"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/extract/typing"
	"github.com/kg-project/kg/schema"
)

// The features of a classifier relation that NewsModel weighs, in the
// order of NewsModel.Weights (NewsFeatureNames names them).
const (
	featBias        = iota
	featLogit       // the classifier's margin, logit of its CoNLL04 probability
	featWorksFor    // the predicate (killed is the baseline)
	featMemberOf    //
	featHome        //
	featLocation    //
	featContained   //
	featPossessive  // one name's possessive right before the other: "Norland's Ann Lee"
	featPremodifier // the object a few nouns or adjectives before the subject: "Acme keeper Bo Ek"
	featComma       // only a comma between them: "Bo Ek, Acme"
	featPreposition // a few words with a preposition between them: "Bo Ek of Acme", "Bo Ek at Acme"
	featVerb        // a verb between them
	featOtherName   // another name between them
	featGap         // how many words between them, in tens (at most 2)
	featObjectFirst // the object before the subject
	featOneWord     // the subject is a person whose name is one word
	featObjectClass // the object is a body with a fine class from the typing stage, not a news medium
	featObjectNews  // the object is a news medium ("told the Ostmark Post")
	featGivenName   // the subject is a person whose name of several words starts with a given name
	featSubjectBody // the subject is a body with a fine class
	featCommas      // the sentence's commas, in threes (at most 2): lists
	featQuote       // the sentence holds a quotation mark
	numNewsFeatures
)

// NewsFeatureNames names the features of a classifier relation, in the
// order of NewsModel.Weights.
var NewsFeatureNames = [numNewsFeatures]string{
	"bias", "logit", "worksFor", "memberOf", "homeLocation", "location", "containedInPlace",
	"possessive", "premodifier", "comma", "preposition", "verb", "other-name", "gap",
	"object-first", "one-word-person", "object-class", "object-news", "given-name", "subject-class",
	"commas", "quote",
}

// NewsFeatures holds the features of one classifier relation.
type NewsFeatures [numNewsFeatures]float64

// NewsModel is a logistic model of the probability that a relation of
// the CoNLL04 classifier is right in news: it weighs the classifier's own
// margin with the predicate and what lies between the two names (a
// possessive, a comma, a verb, another name, how many words), which the
// classifier, trained on CoNLL04's sentences, overrates or underrates on
// news. Its weights are fitted on news relations judged by hand.
type NewsModel struct {
	Weights NewsFeatures
}

// DefaultNewsModel returns the model kg:score of the classifier's
// relations comes from: fitted by 'kg eval news --calibrate' on the
// classifier's relations in a fifth of the BBC news corpus, each judged
// right or wrong by hand from its article
// (extract/newsgold/testdata/classifier-judged.tsv); docs/QUALITY.md gives
// its cross-validated Brier score and reliability.
func DefaultNewsModel() NewsModel {
	return NewsModel{Weights: NewsFeatures{
		-1.02, 1.21, // bias, logit
		-1.29, 0.51, 0.23, -0.27, 0.82, // worksFor, memberOf, homeLocation, location, containedInPlace
		-0.35, 0.88, -0.94, -0.09, // possessive, premodifier, comma, preposition
		0.04, -0.52, -0.71, -0.08, // verb, other-name, gap, object-first
		-2.07, 0.16, 0.42, 0.50, 0.75, // one-word-person, object-class, object-news, given-name, subject-class
		0.84, 0.53, // commas, quote
	}}
}

// Apply returns the model's probability for a relation's features.
func (m NewsModel) Apply(f NewsFeatures) float64 {
	return Logistic(m.Weights[:]).Apply(f[:])
}

// newsFeatures returns the features of the classifier's prediction p,
// whose relation has predicate pred; g, when not nil, gives the given
// names.
func (v *view) newsFeatures(p relclass.Prediction, pred string, g *gazetteer.Gazetteer) NewsFeatures {
	var f NewsFeatures
	f[featBias] = 1
	f[featLogit] = Logit(p.Score)
	if k, ok := predicateFeature[pred]; ok {
		f[k] = 1
	}
	v.betweenFeatures(&f, v.s.Ents[p.Head], v.s.Ents[p.Tail])
	v.nameFeatures(&f, p, g)
	v.sentenceFeatures(&f)
	return f
}

// predicateFeature maps a relation's predicate to its feature (killed
// is the baseline).
var predicateFeature = map[string]int{
	schema.WorksFor: featWorksFor, schema.MemberOf: featMemberOf, schema.HomeLocation: featHome,
	schema.Location: featLocation, schema.ContainedInPlace: featContained,
}

// betweenFeatures sets the features of what lies between the subject h
// and the object t: their order, the distance, and whether the words
// between are a possessive ("Norland's X"), a comma ("X, Acme"), nouns
// and adjectives before the subject ("Acme keeper X"), a short phrase
// with a preposition ("X of Acme"), a verb or another name.
func (v *view) betweenFeatures(f *NewsFeatures, h, t relclass.Span) {
	lo, hi := h.End, t.Start
	if t.End <= h.Start {
		lo, hi = t.End, h.Start
		f[featObjectFirst] = 1
	}
	gap := max(hi-lo, 0)
	f[featGap] = min(float64(gap)/10, 2)
	verb, prep, other, nominal := false, false, false, true
	for i := lo; i < hi; i++ {
		tag := v.tag(i)
		switch {
		case strings.HasPrefix(tag, "VB"):
			verb = true
		case tag == "IN" || tag == "TO":
			prep = true
		}
		if v.at[i] >= 0 {
			other = true
		}
		if !strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "JJ") && !v.isPossessive(i) {
			nominal = false
		}
	}
	switch {
	case gap == 1 && v.isPossessive(lo):
		f[featPossessive] = 1
	case gap == 1 && v.lw(lo) == ",", gap == 2 && v.lw(lo) == "," && v.tag(lo+1) == "DT":
		f[featComma] = 1
	case f[featObjectFirst] == 1 && gap > 0 && gap <= 3 && nominal && !other:
		f[featPremodifier] = 1
	case gap > 0 && gap <= 4 && prep && !verb:
		f[featPreposition] = 1
	}
	if verb {
		f[featVerb] = 1
	}
	if other {
		f[featOtherName] = 1
	}
}

// nameFeatures sets the features of the two names: a person named by
// one word (often a work, a team or a place the tagger took for one) or
// by a given name first, a subject body with a fine class, an object
// body with one or a news medium.
func (v *view) nameFeatures(f *NewsFeatures, p relclass.Prediction, g *gazetteer.Gazetteer) {
	if e := v.entity(p.Head); e >= 0 && v.coarse[p.Head] == extract.Person {
		words := strings.Fields(v.res.Entities[e].Name)
		switch {
		case len(words) == 1:
			f[featOneWord] = 1
		case len(words) > 1 && g != nil && (g.GivenName(words[0]) || g.Match(gazetteer.Tokens(words[0])...)&gazetteer.CatFirst != 0):
			f[featGivenName] = 1
		}
	}
	if e := v.entity(p.Head); e >= 0 && v.coarse[p.Head] == extract.Organization && v.res.Entities[e].Class != "" {
		f[featSubjectBody] = 1
	}
	if e := v.entity(p.Tail); e >= 0 && v.coarse[p.Tail] == extract.Organization {
		switch c := v.res.Entities[e].Class; {
		case c == typing.ClassNewsMedia:
			f[featObjectNews] = 1
		case c != "":
			f[featObjectClass] = 1
		}
	}
}

// sentenceFeatures sets the features of the whole sentence: its commas
// (lists) and whether it holds a quotation mark, counted once per view
// (a sentence may hold thousands of words and pairs).
func (v *view) sentenceFeatures(f *NewsFeatures) {
	if !v.counted {
		for i := 0; i < v.n(); i++ {
			switch w := v.lw(i); {
			case w == ",":
				v.commas++
			case tokenize.IsDoubleQuote(w):
				v.quote = true
			}
		}
		v.counted = true
	}
	if v.quote {
		f[featQuote] = 1
	}
	f[featCommas] = min(float64(v.commas)/3, 2)
}

// FitNewsModel fits a NewsModel to features xs and outcomes ys by
// maximum likelihood with an L2 penalty l2 on every weight but the bias
// (FitLogistic). It returns the zero model when ys holds one outcome
// only.
func FitNewsModel(xs []NewsFeatures, ys []bool, l2 float64) NewsModel {
	rows := make([][]float64, len(xs))
	for i := range xs {
		rows[i] = xs[i][:]
	}
	var m NewsModel
	copy(m.Weights[:], FitLogistic(numNewsFeatures, rows, ys, l2))
	return m
}

// Logit returns log(p/(1-p)), the margin a probability stands for, with
// p clamped to [1e-6, 1-1e-6].
func Logit(p float64) float64 {
	p = min(max(p, 1e-6), 1-1e-6)
	return math.Log(p / (1 - p))
}
