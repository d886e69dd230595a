package relclass

import (
	"github.com/kg-project/kg/extract/internal/seqlab"
)

// ensemble is a set of models trained alike but on different orders of the
// examples; it scores with their mean, which varies less from one training
// run to another than any one member.
type ensemble []*seqlab.Model

// labels returns the label names (every member has the same).
func (e ensemble) labels() []string { return e[0].Labels() }

// numFeatures is the total number of weighted features.
func (e ensemble) numFeatures() int {
	n := 0
	for _, m := range e {
		n += m.NumFeatures()
	}
	return n
}

// labelScores writes the mean score of each label of a one-token sequence
// into out and returns it.
func (e ensemble) labelScores(seq *seqlab.Sequence, out []float32) []float32 {
	var tmp []float32
	for k, m := range e {
		if k == 0 {
			out = m.LabelScores(seq, out)
			continue
		}
		tmp = m.LabelScores(seq, tmp)
		for y := range out {
			out[y] += tmp[y]
		}
	}
	if len(e) > 1 {
		for y := range out {
			out[y] /= float32(len(e))
		}
	}
	return out
}

// decode returns the best label sequence under the members' mean
// emission scores and the first member's transitions.
func (e ensemble) decode(seq *seqlab.Sequence) []int {
	n := seq.Len()
	if n == 0 {
		return nil
	}
	if len(e) == 1 {
		return e[0].Decode(seq, make([]int, n), nil)
	}
	nl := e[0].NumLabels()
	emit := make([]float32, n*nl)
	for _, m := range e {
		m.AddEmissions(seq, emit)
	}
	for i := range emit {
		emit[i] /= float32(len(e))
	}
	return e[0].Viterbi(emit, n, make([]int, n), nil)
}
