package relate

import "math"

// Scale maps a probability p to 1/(1+exp(-(A·logit(p)+B))): Platt scaling
// of a score that is already a probability, to make it one on other text.
// The zero Scale is not the identity; Scale{A: 1} is.
type Scale struct {
	A, B float64
}

// NewsScale returns the scale applied to the relation classifier's
// probability, which is calibrated on CoNLL04 dev (Wall Street Journal and
// AP sentences of the 1980s and 1990s), to make it the probability that
// the relation is right in news: Platt scaling fitted on the classifier's
// relations in the dev split of the news gold set. `kg eval news
// --min-score 0 --calibrate` refits it and prints the fit's
// leave-one-article-out Brier score beside the shipped scale's
// (docs/QUALITY.md).
func NewsScale() Scale { return Scale{A: 2.67, B: -3.64} }

// Apply returns p on the scale; p is clamped to [1e-6, 1-1e-6] first.
func (s Scale) Apply(p float64) float64 {
	return 1 / (1 + math.Exp(-(s.A*Logit(p) + s.B)))
}

// Invert returns the probability that Apply maps to q, or q itself when
// A is zero (a scale with no inverse).
func (s Scale) Invert(q float64) float64 {
	if s.A == 0 {
		return q
	}
	return 1 / (1 + math.Exp(-(Logit(q)-s.B)/s.A))
}

// Logit returns log(p/(1-p)), the margin a probability stands for, with
// p clamped to [1e-6, 1-1e-6].
func Logit(p float64) float64 {
	p = min(max(p, 1e-6), 1-1e-6)
	return math.Log(p / (1 - p))
}
