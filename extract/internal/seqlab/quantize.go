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
	var keys []uint64
	var ents []ent
	offs := []uint32{0}
	for r, k := range m.keys {
		start := len(ents)
		for _, x := range m.ents[m.offs[r]:m.offs[r+1]] {
			if v := q(x.w); v != 0 {
				ents = append(ents, ent{y: x.y, w: v})
			}
		}
		if len(ents) > start {
			keys = append(keys, k)
			offs = append(offs, uint32(len(ents)))
		}
	}
	m.keys, m.ents, m.offs = keys, ents, offs
	m.build()
}
