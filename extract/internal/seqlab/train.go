package seqlab

// Trainer learns a Model with the averaged structured perceptron (Collins
// 2002): decode each training sequence with the current weights and, where
// the best path differs from the gold one, add the gold path's features and
// subtract the predicted path's. The returned model holds the weights
// averaged over every step, which generalise far better than the last ones.
type Trainer struct {
	nl     int
	labels []string
	tab    *table
	w, u   []float64 // rows*nl: current weights and sum of step*delta
	tw, tu []float64 // transitions, (nl+1)*nl then nl finals
	c      float64
	known  *table // when set, only these features get weights
	shadow Model  // float32 copy used for decoding
	emit   []float32
	score  []float32
	back   []int16
	pred   []int
}

// NewTrainer returns a trainer for the labels. allowed(p, y) says whether
// label y may follow label p (p == -1 for the sequence start, y == -1 for
// its end).
func NewTrainer(labels []string, allowed func(p, y int) bool) *Trainer {
	nl := len(labels)
	t := &Trainer{nl: nl, labels: append([]string(nil), labels...), tab: newTable(1 << 16)}
	t.tw = make([]float64, (nl+2)*nl)
	t.tu = make([]float64, (nl+2)*nl)
	t.shadow = Model{labels: t.labels, nl: nl,
		trans: make([]float32, (nl+1)*nl), final: make([]float32, nl),
		allowed: make([]bool, (nl+1)*nl), allowedFinal: make([]bool, nl)}
	for p := -1; p < nl; p++ {
		pi := p
		if p < 0 {
			pi = nl
		}
		for y := 0; y < nl; y++ {
			t.shadow.allowed[pi*nl+y] = allowed(p, y)
		}
	}
	for y := 0; y < nl; y++ {
		t.shadow.allowedFinal[y] = allowed(y, -1)
	}
	t.c = 1
	return t
}

// Restrict counts the features of seqs and lets only those seen in at least
// minCount tokens carry weights. Call it before Learn.
func (t *Trainer) Restrict(seqs []*Sequence, minCount int) {
	counts, n := countFeatures(seqs)
	t.known = newTable(len(n))
	for i, k := range counts.keys {
		if k != 0 && int(n[counts.rows[i]]) >= minCount {
			t.known.put(k, 0)
		}
	}
}

// row returns the weight row of h, creating it, or -1 when h may not carry
// a weight.
func (t *Trainer) row(h uint64) int {
	r := t.tab.get(h)
	if r >= 0 {
		return int(r)
	}
	if t.known != nil && t.known.get(h) < 0 {
		return -1
	}
	r = int32(len(t.w) / t.nl)
	t.tab.put(h, r)
	for y := 0; y < t.nl; y++ {
		t.w = append(t.w, 0)
		t.u = append(t.u, 0)
	}
	return int(r)
}

// Learn decodes seq, updates the weights towards gold and returns the
// number of mislabelled tokens.
func (t *Trainer) Learn(seq *Sequence, gold []int) int {
	n := seq.Len()
	if n == 0 {
		return 0
	}
	nl := t.nl
	if cap(t.emit) < n*nl {
		t.emit = make([]float32, n*nl)
		t.score = make([]float32, n*nl)
		t.back = make([]int16, n*nl)
		t.pred = make([]int, n)
	}
	emit := t.emit[:n*nl]
	for i := 0; i < n; i++ {
		e := emit[i*nl : i*nl+nl]
		for y := range e {
			e[y] = 0
		}
		for _, h := range seq.Feats[seq.Off[i]:seq.Off[i+1]] {
			r := t.tab.get(h)
			if r < 0 {
				continue
			}
			row := t.w[int(r)*nl : int(r)*nl+nl]
			for y, v := range row {
				e[y] += float32(v)
			}
		}
	}
	for i := range t.shadow.trans {
		t.shadow.trans[i] = float32(t.tw[i])
	}
	for y := 0; y < nl; y++ {
		t.shadow.final[y] = float32(t.tw[(nl+1)*nl+y])
	}
	pred := t.pred[:n]
	viterbi(&t.shadow, emit, t.score[:n*nl], t.back[:n*nl], n, pred)
	errs := 0
	for i := 0; i < n; i++ {
		g, p := gold[i], pred[i]
		if g != p {
			errs++
			for _, h := range seq.Feats[seq.Off[i]:seq.Off[i+1]] {
				r := t.row(h)
				if r < 0 {
					continue
				}
				t.w[r*nl+g]++
				t.u[r*nl+g] += t.c
				t.w[r*nl+p]--
				t.u[r*nl+p] -= t.c
			}
		}
		gp, pp := nl, nl
		if i > 0 {
			gp, pp = gold[i-1], pred[i-1]
		}
		if g != p || gp != pp {
			t.tw[gp*nl+g]++
			t.tu[gp*nl+g] += t.c
			t.tw[pp*nl+p]--
			t.tu[pp*nl+p] -= t.c
		}
	}
	if g, p := gold[n-1], pred[n-1]; g != p {
		f := (nl + 1) * nl
		t.tw[f+g]++
		t.tu[f+g] += t.c
		t.tw[f+p]--
		t.tu[f+p] -= t.c
	}
	t.c++
	return errs
}

// Model returns the averaged model. Rows whose averaged weights are all
// below prune in magnitude are dropped. Training may continue afterwards.
func (t *Trainer) Model(prune float64) *Model {
	nl := t.nl
	m := &Model{labels: t.labels, nl: nl,
		trans: make([]float32, (nl+1)*nl), final: make([]float32, nl),
		allowed:      append([]bool(nil), t.shadow.allowed...),
		allowedFinal: append([]bool(nil), t.shadow.allowedFinal...)}
	for i := range m.trans {
		m.trans[i] = float32(t.tw[i] - t.tu[i]/t.c)
	}
	for y := 0; y < nl; y++ {
		i := (nl+1)*nl + y
		m.final[y] = float32(t.tw[i] - t.tu[i]/t.c)
	}
	rows := len(t.w) / nl
	keys := make([]uint64, rows)
	for i, k := range t.tab.keys {
		if k != 0 {
			keys[t.tab.rows[i]] = k
		}
	}
	m.offs = []uint32{0}
	for r := 0; r < rows; r++ {
		start := len(m.ents)
		for y := 0; y < nl; y++ {
			v := t.w[r*nl+y] - t.u[r*nl+y]/t.c
			if v > prune || v < -prune {
				m.ents = append(m.ents, ent{y: int32(y), w: float32(v)})
			}
		}
		if len(m.ents) == start {
			continue
		}
		m.keys = append(m.keys, keys[r])
		m.offs = append(m.offs, uint32(len(m.ents)))
	}
	m.build()
	return m
}
