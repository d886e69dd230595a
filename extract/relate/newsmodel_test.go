package relate

import (
	"testing"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/extract/typing"
)

func TestFitNewsModel(t *testing.T) {
	// Outcomes that follow the classifier's margin, except that a comma
	// between the names makes them wrong: the fit weighs the margin up
	// and the comma down, and its probabilities order the rows so.
	var xs []NewsFeatures
	var ys []bool
	for i := 0; i < 200; i++ {
		var f NewsFeatures
		f[featBias] = 1
		f[featLogit] = float64(i%10-5) / 2
		comma := i%3 == 0
		if comma {
			f[featComma] = 1
		}
		xs = append(xs, f)
		ys = append(ys, !comma && (i%10 >= 5 || i%7 == 0))
	}
	m := FitNewsModel(xs, ys, 1)
	if m.Weights[featLogit] <= 0 {
		t.Errorf("logit weight %v, want > 0", m.Weights[featLogit])
	}
	if m.Weights[featComma] >= 0 {
		t.Errorf("comma weight %v, want < 0", m.Weights[featComma])
	}
	var hi, lo NewsFeatures
	hi[featBias], hi[featLogit] = 1, 2
	lo[featBias], lo[featLogit], lo[featComma] = 1, 2, 1
	if !(m.Apply(hi) > 0.5 && m.Apply(lo) < m.Apply(hi)) {
		t.Errorf("Apply: %v without a comma, %v with one", m.Apply(hi), m.Apply(lo))
	}
	if got := FitNewsModel(xs[:5], []bool{true, true, true, true, true}, 1); got != (NewsModel{}) {
		t.Errorf("one outcome only: %+v, want the zero model", got)
	}
}

func TestNewsFeatures(t *testing.T) {
	// The shape of what lies between the two names.
	tests := []struct {
		name, text string
		feat       int
	}{
		{"possessive", "[[Norland|LOC]]'s [[Ann Lee|PER]] won the race.", featPossessive},
		{"premodifier", "[[Acme|ORG]] keeper [[Bo Ek|PER]] saved it.", featPremodifier},
		{"comma", "[[Bo Ek|PER]], [[Acme|ORG]], said no.", featComma},
		{"preposition", "[[Bo Ek|PER]] of [[Acme|ORG]] said no.", featPreposition},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			v := firstView(res)
			a, b := personFirst(v)
			f := v.newsFeatures(relclass.Prediction{Head: a, Tail: b, Score: 0.7}, "", nil)
			if f[tt.feat] != 1 {
				t.Errorf("%s = 0; features %v", NewsFeatureNames[tt.feat], f)
			}
		})
	}
}

// TestAgentDoubts checks that the classifier's employment is doubted
// across the agent of a passive or of an act's noun, and not across a
// verb of employing or a byline.
func TestAgentDoubts(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a passive's agent", "[[Bo Ek|PER]] was sued by [[Acme|ORG]] last year.", true},
		{"an act's noun's agent", "[[Bo Ek|PER]], who is under investigation for fraud by the [[Harlow Agency|ORG]], said no.", true},
		{"an agent past a possessive", "[[Acme|ORG]] is owned by Norland's richest man [[Bo Ek|PER]].", true},
		{"a verb of employing", "[[Bo Ek|PER]] was hired by [[Acme|ORG]] last year.", false},
		{"a byline", "[[Acme|ORG]] News By [[Bo Ek|PER]]", false},
		{"no agent", "[[Bo Ek|PER]] of [[Acme|ORG]] said no.", false},
		{"an agent of another clause", "[[Bo Ek|PER]] joined [[Acme|ORG]] when it was bought by a bank.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			v := firstView(res)
			a, b := personFirst(v)
			if got := agentDoubts(v, relclass.Prediction{Head: a, Tail: b, Type: relclass.WorkFor, Score: 0.7}); got != tt.want {
				t.Errorf("agentDoubts = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPerformerDoubts checks that the classifier's employment is doubted
// when a performer's noun names a body typing gave no class (a film, a
// show), and kept for a body with a class.
func TestPerformerDoubts(t *testing.T) {
	tests := []workDoubtRow{
		{"a star before the name", "The prize went to [[Velden Nights|ORG]] star [[Bo Ek|PER]] on Monday.", "", true},
		{"a star of a show", "[[Bo Ek|PER]], star of [[Velden Nights|ORG]], won.", "", true},
		{"a body with a class", "The prize went to [[Acme|ORG]] star [[Bo Ek|PER]] on Monday.", typing.ClassCorporation, false},
		{"no performer", "[[Bo Ek|PER]], chief of [[Velden Nights|ORG]], won.", "", false},
	}
	checkWorkDoubt(t, "performerDoubts", performerDoubts, tests)
}

// firstView annotates res and returns the view of its first sentence.
func firstView(res *extract.Result) *view {
	r := New(nil)
	r.ann.Annotate(res)
	return r.view(res, 0, mentionsBySentence(res)[0], -1)
}

// personFirst returns the sentence's two mentions, the person's first.
func personFirst(v *view) (a, b int) {
	if v.typ(0) != "PER" {
		return 1, 0
	}
	return 0, 1
}

// TestMakerDoubts checks that the classifier's employment is doubted
// when the noun of one who made a work stands between the person and the
// name, and kept for a news medium's writer or without such a noun.
func TestMakerDoubts(t *testing.T) {
	tests := []workDoubtRow{
		{"a creator before the name", "The prize went to [[Velden Nights|ORG]] creator [[Bo Ek|PER]] on Monday.", "", true},
		{"a creator of a show", "[[Bo Ek|PER]], creator of [[Velden Nights|ORG]], won.", "", true},
		{"a co-writer", "[[Velden Nights|ORG]] co-writer [[Bo Ek|PER]] won.", "", true},
		{"a show typed as a body", "[[Velden Nights|ORG]] writer [[Bo Ek|PER]] won.", typing.ClassGovernment, true},
		{"a paper's writer", "[[Harlow Times|ORG]] writer [[Bo Ek|PER]] said so.", typing.ClassNewsMedia, false},
		{"no maker", "[[Bo Ek|PER]], chief of [[Velden Nights|ORG]], won.", "", false},
	}
	checkWorkDoubt(t, "makerDoubts", makerDoubts, tests)
}

// workDoubtRow is a sentence whose ORG names take class, and whether the
// doubt refuses the classifier's employment of its person by the body.
type workDoubtRow struct {
	name, text, class string
	want              bool
}

// checkWorkDoubt runs a doubt of the classifier's employment named name
// on each row's sentence, the person first.
func checkWorkDoubt(t *testing.T, name string, doubt func(*view, relclass.Prediction) bool, tests []workDoubtRow) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := buildResult(t, tt.text)
			for i := range res.Entities {
				if res.Entities[i].Type == "ORG" {
					res.Entities[i].Class = tt.class
				}
			}
			v := firstView(res)
			v.typed = true
			a, b := personFirst(v)
			if got := doubt(v, relclass.Prediction{Head: a, Tail: b, Type: relclass.WorkFor, Score: 0.7}); got != tt.want {
				t.Errorf("%s = %v, want %v", name, got, tt.want)
			}
		})
	}
}
