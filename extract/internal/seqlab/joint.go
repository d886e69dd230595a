package seqlab

import "math"

// Joint indexes the features of two models over the same labels in one
// compact hash table, so a cascade (a second model that sees the first
// one's features plus a few of its own) looks each shared feature up once.
//
// The table is built for speed: each slot is one word holding a 32-bit
// fingerprint of the feature hash and an offset into a packed array where
// the feature's weights in both models follow a one-word header, each
// weight one word (label in the low byte, the weight in fixed point in the
// upper 24 bits). The whole index of a typical model fits in the processor's
// second-level cache.
type Joint struct {
	a, b  *Model
	slots []uint64 // fingerprint<<32 | offset into data; 0 is empty
	mask  uint64
	data  []uint32
	inv   float32 // weight = float32(int32(word)>>8) * inv
	// buf is scratch for Emissions; a Joint is therefore not safe for
	// concurrent use: give each goroutine its own with Clone.
	buf   []uint64
	acc   []int32
	touch uint32 // keeps the touching loads from being optimised away
}

// Clone returns a Joint sharing j's tables with its own scratch space, for
// use on another goroutine.
func (j *Joint) Clone() *Joint {
	c := *j
	c.buf, c.acc = nil, nil
	return &c
}

func fingerprint(h uint64) uint64 {
	fp := h >> 32
	if fp == 0 {
		fp = 1
	}
	return fp
}

// NewJoint indexes the features of a and b, which must have the same
// number of labels.
func NewJoint(a, b *Model) *Joint {
	// The union of the keys, a's in order then b's others, for a
	// deterministic layout; each key's rows are found in the models' own
	// tables.
	nb := 0
	for _, k := range b.keys {
		if _, ok := a.find(k); !ok {
			nb++
		}
	}
	nkeys := len(a.keys) + nb
	maxAbs := float32(1e-6)
	for _, m := range []*Model{a, b} {
		for _, x := range m.ents {
			if v := float32(math.Abs(float64(x.w))); v > maxAbs {
				maxAbs = v
			}
		}
	}
	// The largest weight maps to 2^22, so sums of many stay in range.
	scale := float32(1<<22) / maxAbs
	size := tableSize(nkeys, 3, 4)
	j := &Joint{a: a, b: b, slots: make([]uint64, size), mask: uint64(size - 1), inv: 1 / scale}
	j.data = make([]uint32, 0, nkeys+len(a.ents)+len(b.ents))
	pack := func(x ent) uint32 {
		q := int32(math.Round(float64(x.w * scale)))
		return uint32(q<<8) | uint32(x.y)
	}
	add := func(k uint64, ea, eb []ent) {
		off := len(j.data)
		j.data = append(j.data, uint32(len(ea))|uint32(len(eb))<<16)
		for _, x := range ea {
			j.data = append(j.data, pack(x))
		}
		for _, x := range eb {
			j.data = append(j.data, pack(x))
		}
		p := k & j.mask
		for j.slots[p] != 0 {
			p = (p + 1) & j.mask
		}
		j.slots[p] = fingerprint(k)<<32 | uint64(off)
	}
	for r, k := range a.keys {
		eb, _ := b.find(k)
		add(k, a.ents[a.offs[r]:a.offs[r+1]], eb)
	}
	for r, k := range b.keys {
		if _, ok := a.find(k); !ok {
			add(k, nil, b.ents[b.offs[r]:b.offs[r+1]])
		}
	}
	return j
}

// Emissions sets ea to a's and eb to b's feature scores for seq:
// e[i*nl+y] is the score of label y at token i. Both need len >=
// seq.Len()*nl.
func (j *Joint) Emissions(seq *Sequence, ea, eb []float32) {
	n := seq.Len()
	nl := j.a.nl
	if cap(j.acc) < n*2*nl {
		j.acc = make([]int32, n*2*nl)
	}
	acc := j.acc[:n*2*nl]
	clear(acc)
	j.Accumulate(seq, acc)
	j.Scores(acc, n, ea, eb)
}

// Accumulate adds the fixed-point weights of seq's features to acc, which
// holds per token i the sums of model a (acc[i*2*nl:][:nl]) then of model b
// (acc[i*2*nl+nl:][:nl]). Sums in fixed point are exact, so partial sums
// may be cached and added in any order. Scores turns them into scores.
//
// The lookups run in passes over all the features of the sequence (first
// every table slot, then every weight row) so that the processor can have
// many cache misses in flight at once instead of one after another.
func (j *Joint) Accumulate(seq *Sequence, acc []int32) {
	nl := j.a.nl
	n := seq.Len()
	if n == 0 {
		return
	}
	data := j.data
	feats := seq.Feats[:seq.Off[n]]
	// Pass 1: load the first slot of every feature.
	if cap(j.buf) < len(feats) {
		j.buf = make([]uint64, len(feats))
	}
	buf := j.buf[:len(feats)]
	mask := j.mask
	slots := j.slots
	for k, h := range feats {
		buf[k] = slots[h&mask]
	}
	// Pass 2: resolve each feature to its row offset (or none), probing
	// further only on a collision.
	for k, h := range feats {
		s := buf[k]
		fp := fingerprint(h)
		off := uint64(1 << 63) // none
		for p := h & mask; s != 0; {
			if s>>32 == fp {
				off = uint64(uint32(s))
				break
			}
			p = (p + 1) & mask
			s = slots[p]
		}
		buf[k] = off
	}
	// Pass 3: touch every weight row, so their cache misses overlap.
	var touch uint32
	for _, off := range buf {
		if off>>63 == 0 {
			touch += data[off]
		}
	}
	j.touch = touch
	if nl > maxFastLabels {
		j.addSlow(seq, acc, buf)
		return
	}
	// Pass 4: add the weights, into arrays that a label indexes without
	// a bounds check.
	var aa, ab [maxFastLabels]int32
	for i := 0; i < n; i++ {
		row := acc[i*2*nl : i*2*nl+2*nl]
		copy(aa[:nl], row[:nl])
		copy(ab[:nl], row[nl:])
		for _, off := range buf[seq.Off[i]:seq.Off[i+1]] {
			if off>>63 != 0 {
				continue
			}
			head := data[off]
			na, nb := head&0xffff, head>>16
			ws := data[off+1 : off+1+uint64(na+nb)]
			for _, w := range ws[:na] {
				aa[w&(maxFastLabels-1)] += int32(w) >> 8
			}
			for _, w := range ws[na:] {
				ab[w&(maxFastLabels-1)] += int32(w) >> 8
			}
		}
		copy(row[:nl], aa[:nl])
		copy(row[nl:], ab[:nl])
	}
}

// maxFastLabels is the most labels (a power of two) that Accumulate adds
// up in arrays on the stack; models with more (none so far) take addSlow.
const maxFastLabels = 64

// addSlow is the last pass of Accumulate for models of more than
// maxFastLabels labels.
func (j *Joint) addSlow(seq *Sequence, acc []int32, buf []uint64) {
	nl := j.a.nl
	data := j.data
	for i := 0; i < seq.Len(); i++ {
		row := acc[i*2*nl : i*2*nl+2*nl]
		aa, ab := row[:nl], row[nl:]
		for _, off := range buf[seq.Off[i]:seq.Off[i+1]] {
			if off>>63 != 0 {
				continue
			}
			head := data[off]
			na, nb := head&0xffff, head>>16
			ws := data[off+1 : off+1+uint64(na+nb)]
			for _, w := range ws[:na] {
				aa[w&0xff] += int32(w) >> 8
			}
			for _, w := range ws[na:] {
				ab[w&0xff] += int32(w) >> 8
			}
		}
	}
}

// Scores converts the fixed-point sums of n tokens (see Accumulate) into
// emission scores ea and eb (e[i*nl+y]).
func (j *Joint) Scores(acc []int32, n int, ea, eb []float32) {
	nl := j.a.nl
	inv := j.inv
	for i := 0; i < n; i++ {
		row := acc[i*2*nl : i*2*nl+2*nl]
		xa := ea[i*nl : i*nl+nl]
		xb := eb[i*nl : i*nl+nl]
		for y := range xa {
			xa[y] = float32(row[y]) * inv
			xb[y] = float32(row[nl+y]) * inv
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
