package claim

import (
	"math"
	"strings"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/logistic"
)

// The features of a claim that NewsModel weighs, in the order of
// NewsModel.Weights (NewsFeatureNames names them).
const (
	nfBias          = iota
	nfConstruction  // logit of the construction's precision on PolNeAR (Score)
	nfUnnamed       // the speaker is unnamed, given by the text's words ("[a spokesman]")
	nfNoSpeaker     // no speaker found
	nfDenied        // the content is denied
	nfHedged        // the content is hedged
	nfShort         // the content is two words or fewer
	nfQuoted        // the content holds a quotation mark
	nfSay           // the verb is a form of say, tell or add
	nfIntent        // the construction: an intent ("plans to")
	nfSpeechObject  // a speech verb's noun phrase object
	nfStance        // a verb of taking a side ("backs", "opposes")
	nfBeliefObject  // a verb of belief's object
	nfDenial        // a denial
	nfCommunication // a verb of communicating's object
	nfSeeming       // "seems", "appears"
	numNewsFeatures
)

// NewsFeatureNames names the features of a claim, in the order of
// NewsModel.Weights.
var NewsFeatureNames = [numNewsFeatures]string{
	"bias", "construction", "unnamed", "no-speaker", "denied", "hedged", "short", "quoted", "say",
	"intent", "speech-object", "stance", "belief-object", "denial", "communication", "seeming",
}

// NewsFeatures holds the features of one claim.
type NewsFeatures [numNewsFeatures]float64

// Speaker kinds: how a claim's speaker is given.
const (
	SpeakerNamed   = "named"   // an entity
	SpeakerUnnamed = "unnamed" // the text's words for it ("a spokesman")
	SpeakerNone    = "none"    // not found
)

// NewsModel is a logistic model of the probability that a claim is right
// in news as a whole: its content an attribution the text makes and its
// speaker the one the text gives. It weighs the construction's precision
// on PolNeAR (which scores contents, not speakers, on US political news)
// with the kind of speaker, the status, the content's length and
// quotation marks, the verb, and the constructions news overrates or
// underrates against PolNeAR. Its weights are fitted on news claims
// judged by hand.
type NewsModel struct {
	Weights NewsFeatures
}

// DefaultNewsModel returns the model a claim's kg:score comes from:
// fitted by 'kg eval news --calibrate' on the claims of the hand-judged
// rounds on unseen news (extract/newsgold/testdata/claims-judged.tsv);
// docs/QUALITY.md gives its cross-validated Brier score and reliability.
func DefaultNewsModel() NewsModel {
	return NewsModel{Weights: NewsFeatures{
		0.36, 0.40, // bias, construction
		-0.35, -5.29, -0.23, 0.36, -1.87, 0.40, 0.56, // unnamed, no-speaker, denied, hedged, short, quoted, say
		-0.42, -0.31, -0.38, -0.74, -0.23, -1.31, -0.45, // intent, speech-object, stance, belief-object, denial, communication, seeming
	}}
}

// Apply returns the model's probability for features f.
func (m NewsModel) Apply(f NewsFeatures) float64 {
	return logistic.Model(m.Weights[:]).Apply(f[:])
}

// FitNewsModel fits a NewsModel on claims' features xs and whether each
// is right, ys, with L2 penalty l2 on every weight but the bias.
func FitNewsModel(xs []NewsFeatures, ys []bool, l2 float64) NewsModel {
	rows := make([][]float64, len(xs))
	for i := range xs {
		rows[i] = xs[i][:]
	}
	var m NewsModel
	copy(m.Weights[:], logistic.Fit(numNewsFeatures, rows, ys, l2))
	return m
}

// ClaimFeatures returns the features of a claim as kg prints it: its
// speaker's kind (SpeakerNamed, SpeakerUnnamed or SpeakerNone), verb,
// content, status (extract.ClaimDenied, ...) and construction; the
// construction's PolNeAR precision is polnear (Score, or the intent's by
// speaker).
func ClaimFeatures(speaker, verb, content, status, cons string, polnear float64) NewsFeatures {
	var f NewsFeatures
	f[nfBias] = 1
	p := min(max(polnear, 0.01), 0.99)
	f[nfConstruction] = math.Log(p / (1 - p))
	f[nfUnnamed] = indicator(speaker == SpeakerUnnamed)
	f[nfNoSpeaker] = indicator(speaker == SpeakerNone)
	f[nfDenied] = indicator(status == extract.ClaimDenied)
	f[nfHedged] = indicator(status == extract.ClaimHedged)
	f[nfShort] = indicator(len(strings.Fields(content)) <= 2)
	f[nfQuoted] = indicator(strings.ContainsAny(content, "\"“”"))
	f[nfSay] = indicator(sayVerb(verb))
	if feat, ok := consFeature[cons]; ok {
		f[feat] = 1
	}
	return f
}

// consFeature is the feature of each construction NewsModel weighs on
// its own.
var consFeature = map[string]int{ConsIntent: nfIntent, ConsSpeechObject: nfSpeechObject, ConsStance: nfStance,
	ConsBeliefObject: nfBeliefObject, ConsDenial: nfDenial, ConsCommunication: nfCommunication, ConsSeeming: nfSeeming}

// sayVerb reports whether the last word of a reporting verb or phrase is
// a form of say, tell or add, the plainest verbs of reporting.
func sayVerb(verb string) bool {
	w := strings.Fields(strings.ToLower(verb))
	if len(w) == 0 {
		return false
	}
	switch w[len(w)-1] {
	case "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding":
		return true
	}
	return false
}

func indicator(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// speakerKind returns how claim c's speaker is given.
func speakerKind(c *extract.Claim) string {
	switch {
	case c.Speaker >= 0:
		return SpeakerNamed
	case c.Source.Start < c.Source.End:
		return SpeakerUnnamed
	}
	return SpeakerNone
}

// newsScore returns claim c's kg:score: the news model's probability
// that it is right, from its features in text.
func newsScore(m NewsModel, c *extract.Claim, text string) float64 {
	var content string
	if 0 <= c.Start && c.Start <= c.End && c.End <= len(text) {
		content = text[c.Start:c.End]
	}
	status := c.Status
	return m.Apply(ClaimFeatures(speakerKind(c), c.Verb, content, status, c.Method, polnearScore(c)))
}
