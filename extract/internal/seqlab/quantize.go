package seqlab

import "math"

// Quantize rounds every weight of the model to a multiple of step and drops
// the features whose weights all round to zero. Decoding changes little
// while the written model shrinks and compresses far better, since the
// weights then share a few bit patterns. A step <= 0 does nothing.
func (m *Model) Quantize(step float32) {
	if step <= 0 {
		return
	}
	q := func(v float32) float32 { return float32(math.Round(float64(v/step))) * step }
	for i, v := range m.trans {
		m.trans[i] = q(v)
	}
	for i, v := range m.final {
		m.final[i] = q(v)
	}
	nl := m.nl
	tab := newTable(m.tab.n)
	var w []float32
	for i, k := range m.tab.keys {
		if k == 0 {
			continue
		}
		r := int(m.tab.rows[i])
		row := m.w[r*nl : r*nl+nl]
		keep := false
		for y, v := range row {
			row[y] = q(v)
			keep = keep || row[y] != 0
		}
		if keep {
			tab.put(k, int32(len(w)/nl))
			w = append(w, row...)
		}
	}
	m.tab, m.w = tab, w
}
