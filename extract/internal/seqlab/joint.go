package seqlab

// Joint indexes the features of two models over the same labels in one
// hash table, so a cascade (a second model that sees the first one's
// features plus a few of its own) looks each shared feature up once.
type Joint struct {
	a, b  *Model
	slots []jslot
	mask  uint64
}

type jslot struct {
	key        uint64
	offA, offB uint32
	lenA, lenB uint16
	present    uint8 // bit 0: in a, bit 1: in b
	_          [3]byte
}

// NewJoint indexes the features of a and b, which must have the same
// number of labels.
func NewJoint(a, b *Model) *Joint {
	size := 1024
	for size < (len(a.keys)+len(b.keys))*2 {
		size <<= 1
	}
	j := &Joint{a: a, b: b, slots: make([]jslot, size), mask: uint64(size - 1)}
	find := func(k uint64) *jslot {
		i := k & j.mask
		for j.slots[i].key != 0 && j.slots[i].key != k {
			i = (i + 1) & j.mask
		}
		j.slots[i].key = k
		return &j.slots[i]
	}
	for r, k := range a.keys {
		s := find(k)
		s.offA, s.lenA, s.present = a.offs[r], uint16(a.offs[r+1]-a.offs[r]), s.present|1
	}
	for r, k := range b.keys {
		s := find(k)
		s.offB, s.lenB, s.present = b.offs[r], uint16(b.offs[r+1]-b.offs[r]), s.present|2
	}
	return j
}

// Emissions sets ea to a's and eb to b's feature scores for seq:
// e[i*nl+y] is the score of label y at token i. Both need len >=
// seq.Len()*nl.
func (j *Joint) Emissions(seq *Sequence, ea, eb []float32) {
	nl := j.a.nl
	n := seq.Len()
	clear(ea[:n*nl])
	clear(eb[:n*nl])
	for i := 0; i < n; i++ {
		xa := ea[i*nl : i*nl+nl]
		xb := eb[i*nl : i*nl+nl]
		for _, h := range seq.Feats[seq.Off[i]:seq.Off[i+1]] {
			for p := h & j.mask; ; p = (p + 1) & j.mask {
				s := &j.slots[p]
				if s.key == h {
					for _, x := range j.a.ents[s.offA : s.offA+uint32(s.lenA)] {
						xa[x.y] += x.w
					}
					for _, x := range j.b.ents[s.offB : s.offB+uint32(s.lenB)] {
						xb[x.y] += x.w
					}
					break
				}
				if s.key == 0 {
					break
				}
			}
		}
	}
}

// AddEmissions adds m's scores for the features of seq to emit.
func (m *Model) AddEmissions(seq *Sequence, emit []float32) {
	nl := m.nl
	for i := 0; i < seq.Len(); i++ {
		e := emit[i*nl : i*nl+nl]
		for _, h := range seq.Feats[seq.Off[i]:seq.Off[i+1]] {
			for _, x := range m.lookup(h) {
				e[x.y] += x.w
			}
		}
	}
}

// Viterbi writes the best label sequence for n tokens with the given
// emission scores (emit[i*nl+y]) into out and returns it.
func (m *Model) Viterbi(emit []float32, n int, out []int, s *Scratch) []int {
	if n == 0 {
		return out[:0]
	}
	if s == nil {
		s = &Scratch{}
	}
	nl := m.nl
	if cap(s.score) < n*nl {
		s.emit = make([]float32, n*nl)
		s.score = make([]float32, n*nl)
		s.back = make([]int16, n*nl)
	}
	viterbi(m, emit, s.score[:n*nl], s.back[:n*nl], n, out)
	return out[:n]
}

// NumLabels is the number of labels.
func (m *Model) NumLabels() int { return m.nl }
