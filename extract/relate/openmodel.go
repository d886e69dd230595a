package relate

import (
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/typing"
)

// The features of an open relation that OpenModel weighs, in the order
// of OpenModel.Weights (OpenFeatureNames names them).
const (
	openBias          = iota
	openSubjectPerson // the subject is a person
	openObjectPerson  // the object is a person
	openSubjectPlace  // the subject is a place (often a country standing for its side or government)
	openObjectPlace   // the object is a place
	openCountry       // the subject or the object is a country
	openObjectNews    // the object is a news medium ("told the Ostmark Post")
	openEvent         // the subject or the object is an event
	openTeam          // the subject or the object is a sports team
	openSubjectWord   // the subject's name is one word
	openObjectWord    // the object's name is one word
	openPreposition   // the phrase ends with a preposition or particle ("lives in")
	openVerbOnly      // the phrase is one word ("beat")
	openModal         // the phrase holds a modal ("will play", "could buy")
	numOpenFeatures
)

// OpenFeatureNames names the features of an open relation, in the order
// of OpenModel.Weights.
var OpenFeatureNames = [numOpenFeatures]string{
	"bias", "subject-person", "object-person", "subject-place", "object-place", "country", "object-news",
	"event", "team", "subject-one-word", "object-one-word", "preposition", "verb-only", "modal",
}

// OpenFeatures holds the features of one open relation.
type OpenFeatures [numOpenFeatures]float64

// OpenModel is a logistic model of the probability that an open
// verb-phrase relation is right in news: it weighs the types of the two
// names (a place or a country as subject is often a side or a government
// the phrase says little about), one-word names, and the shape of the
// phrase. Its weights are fitted on open relations judged by hand.
type OpenModel struct {
	Weights OpenFeatures
}

// DefaultOpenModel returns the model kg:score of open relations comes
// from: fitted by 'kg eval news --calibrate' on the open relations in a
// fifth of the BBC news corpus, each judged right or wrong by hand from
// its article (extract/newsgold/testdata/open-judged.tsv); docs/QUALITY.md
// gives its cross-validated Brier score and reliability.
func DefaultOpenModel() OpenModel {
	return OpenModel{Weights: OpenFeatures{
		0.54,        // bias
		0.88, -0.05, // subject-person, object-person
		-1.10, -0.57, -0.56, // subject-place, object-place, country
		0.94, -0.94, -1.05, // object-news, event, team
		-0.57, -0.17, // subject-one-word, object-one-word
		0.94, 0.07, -0.90, // preposition, verb-only, modal
	}}
}

// Apply returns the model's probability for a relation's features.
func (m OpenModel) Apply(f OpenFeatures) float64 {
	return Logistic(m.Weights[:]).Apply(f[:])
}

// openFeatures returns the features of the open relation from mention a
// to mention b through the relation phrase of tokens [ps, pe), whose
// predicate's words are words.
func (v *view) openFeatures(a, b, ps, pe int, words []string) OpenFeatures {
	var f OpenFeatures
	f[openBias] = 1
	for k, side := range [2]int{a, b} {
		e := v.entity(side)
		var name, class string
		if e >= 0 {
			name, class = v.res.Entities[e].Name, v.res.Entities[e].Class
		}
		switch v.typ(side) {
		case extract.Person:
			f[openSubjectPerson+k] = 1
		case extract.Location:
			f[openSubjectPlace+k] = 1
		case extract.EventType:
			f[openEvent] = 1
		}
		switch class {
		case typing.ClassCountry:
			f[openCountry] = 1
		case typing.ClassSportsTeam:
			f[openTeam] = 1
		case typing.ClassNewsMedia:
			if k == 1 {
				f[openObjectNews] = 1
			}
		}
		if name != "" && !strings.Contains(name, " ") {
			f[openSubjectWord+k] = 1
		}
	}
	if t := v.tag(pe - 1); t == "IN" || t == "TO" || t == "RP" {
		f[openPreposition] = 1
	}
	if len(words) == 1 {
		f[openVerbOnly] = 1
	}
	for i := ps; i < pe; i++ {
		if v.tag(i) == "MD" {
			f[openModal] = 1
		}
	}
	return f
}
