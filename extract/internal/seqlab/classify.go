package seqlab

// LabelScores writes into out, and returns, the score Decode gives each
// label of a one-token sequence: the token's feature weights plus the start
// and end transition weights. A Model trained on one-token sequences is an
// averaged multiclass perceptron, and this is its score vector. Only the
// first token of seq is scored; out is grown to the label count.
func (m *Model) LabelScores(seq *Sequence, out []float32) []float32 {
	nl := m.nl
	if cap(out) < nl {
		out = make([]float32, nl)
	}
	out = out[:nl]
	for y := range out {
		out[y] = m.trans[nl*nl+y] + m.final[y]
	}
	if seq.Len() == 0 {
		return out
	}
	for _, h := range seq.Feats[seq.Off[0]:seq.Off[1]] {
		for _, x := range m.lookup(h) {
			out[x.y] += x.w
		}
	}
	return out
}
