package seqlab

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
)

// CRFOptions configures TrainCRF. The zero value (or nil) gives the
// defaults documented on each field.
type CRFOptions struct {
	// L2 is the weight of the squared L2 norm of the weights in the
	// objective (a Gaussian prior of variance 1/L2). Default 0.1; negative
	// means none.
	L2 float64
	// L1 is the weight of the L1 norm (optimised with OWL-QN), which
	// drives most weights to exactly zero and so keeps models small.
	// Default 0 (none).
	L1 float64
	// MaxIter is the most L-BFGS iterations. Default 200.
	MaxIter int
	// Memory is the number of L-BFGS correction pairs kept. Default 6.
	Memory int
	// Tol stops training when the objective improved by less than this
	// fraction over the last 5 iterations. Default 1e-5.
	Tol float64
	// MinCount gives weights only to features seen in at least this many
	// training tokens. Default 1.
	MinCount int
	// Score, when set, is called with the model of every Every-th
	// iteration (from MinIter on) and the iteration number; the model
	// with the best score is returned, and training stops after Patience
	// calls without a better one (default 3). Without Score the last model
	// is returned.
	Score    func(m *Model, iter int) float64
	Every    int
	MinIter  int
	Patience int
	// Log receives a line per iteration; nil discards them.
	Log io.Writer
}

func (o *CRFOptions) withDefaults() CRFOptions {
	var d CRFOptions
	if o != nil {
		d = *o
	}
	if d.L2 == 0 {
		d.L2 = 0.1
	}
	if d.L2 < 0 {
		d.L2 = 0
	}
	if d.MaxIter <= 0 {
		d.MaxIter = 200
	}
	if d.Memory <= 0 {
		d.Memory = 6
	}
	if d.Tol <= 0 {
		d.Tol = 1e-5
	}
	if d.MinCount <= 0 {
		d.MinCount = 1
	}
	if d.Every <= 0 {
		d.Every = 1
	}
	if d.Patience <= 0 {
		d.Patience = 3
	}
	if d.Log == nil {
		d.Log = io.Discard
	}
	return d
}

// crf holds a linear-chain conditional random field's training state:
// the parameters are one dense row of nl weights per feature, then the
// transition weights (nl+1)*nl (the last row from the start) and nl final
// weights, laid out as in Model.
type crf struct {
	nl      int
	labels  []string
	allowed []bool // (nl+1)*nl, as Model.allowed
	final   []bool // nl
	tab     *table
	keys    []uint64
	seqs    []*Sequence
	gold    [][]int
	rows    [][]int32 // rows[s]: the row of each feature of seqs[s], -1 for none
	nfeat   int       // number of feature parameters (rows*nl)
}

func (c *crf) nparams() int { return c.nfeat + (c.nl+1)*c.nl + c.nl }

// TrainCRF learns a linear-chain conditional random field (Lafferty,
// McCallum and Pereira 2001) from the sequences and their gold labels by
// minimising the negative conditional log-likelihood plus L2 (and
// optionally L1) penalties with L-BFGS (OWL-QN when L1 > 0; Andrew and Gao
// 2007). allowed is the transition rule of NewTrainer. The result is a
// Model like the perceptron's, decoded with Viterbi; the training is
// deterministic given its inputs. A CRF trained on one-token sequences is
// a multinomial logistic regression. TrainCRF checks ctx at every
// iteration and, once it is done, returns an error wrapping ctx.Err()
// and no model.
func TrainCRF(ctx context.Context, seqs []*Sequence, gold [][]int, labels []string, allowed func(p, y int) bool, opts *CRFOptions) (*Model, error) {
	o := opts.withDefaults()
	if len(seqs) != len(gold) {
		return nil, errors.New("seqlab: train crf: sequences and labels differ in number")
	}
	nl := len(labels)
	if nl == 0 || nl > 64 {
		return nil, errors.New("seqlab: train crf: need 1 to 64 labels")
	}
	c := newCRF(labels, allowed)
	// Feature rows, in first-seen order.
	for si, s := range seqs {
		if len(gold[si]) != s.Len() {
			return nil, fmt.Errorf("seqlab: train crf: sequence %d has %d tokens and %d labels", si, s.Len(), len(gold[si]))
		}
		for _, y := range gold[si] {
			if y < 0 || y >= nl {
				return nil, fmt.Errorf("seqlab: train crf: sequence %d: bad label %d", si, y)
			}
		}
	}
	counts, n := countFeatures(seqs)
	c.tab = newTable(len(n))
	for _, s := range seqs {
		for _, h := range s.Feats {
			if c.tab.get(h) >= 0 || n[counts.get(h)] < int32(o.MinCount) {
				continue
			}
			c.tab.put(h, int32(len(c.keys)))
			c.keys = append(c.keys, h)
		}
	}
	c.nfeat = len(c.keys) * nl
	c.seqs, c.gold = seqs, gold
	c.rows = make([][]int32, len(seqs))
	for si, s := range seqs {
		rs := make([]int32, len(s.Feats))
		for k, h := range s.Feats {
			rs[k] = c.tab.get(h)
		}
		c.rows[si] = rs
	}
	fmt.Fprintf(o.Log, "seqlab: crf: %d sequences, %d features, %d parameters\n", len(seqs), len(c.keys), c.nparams())
	return c.train(ctx, o)
}

// newCRF returns a CRF over labels with the transitions allowed permits
// (p == -1 is the start, y == -1 the end) and no features yet.
func newCRF(labels []string, allowed func(p, y int) bool) *crf {
	nl := len(labels)
	c := &crf{nl: nl, labels: append([]string(nil), labels...), allowed: make([]bool, (nl+1)*nl), final: make([]bool, nl)}
	for p := -1; p < nl; p++ {
		pi := p
		if p < 0 {
			pi = nl
		}
		for y := 0; y < nl; y++ {
			c.allowed[pi*nl+y] = allowed(p, y)
		}
	}
	for y := 0; y < nl; y++ {
		c.final[y] = allowed(y, -1)
	}
	return c
}

// model turns parameters into a Model, dropping zero weights.
func (c *crf) model(x []float64) *Model {
	nl := c.nl
	m := &Model{labels: c.labels, nl: nl,
		trans: make([]float32, (nl+1)*nl), final: make([]float32, nl),
		allowed: append([]bool(nil), c.allowed...), allowedFinal: append([]bool(nil), c.final...)}
	t := x[c.nfeat:]
	for i := range m.trans {
		if c.allowed[i] {
			m.trans[i] = float32(t[i])
		}
	}
	for y := 0; y < nl; y++ {
		if c.final[y] {
			m.final[y] = float32(t[(nl+1)*nl+y])
		}
	}
	m.offs = []uint32{0}
	for r, k := range c.keys {
		start := len(m.ents)
		for y, v := range x[r*nl : r*nl+nl] {
			if float32(v) != 0 {
				m.ents = append(m.ents, ent{y: int32(y), w: float32(v)})
			}
		}
		if len(m.ents) > start {
			m.keys = append(m.keys, k)
			m.offs = append(m.offs, uint32(len(m.ents)))
		}
	}
	m.build()
	return m
}

// lattice is the scratch space of one forward-backward pass.
type lattice struct {
	emit  []float64 // n*nl scores, then exponentiated (shifted per token)
	alpha []float64 // scaled forward probabilities
	beta  []float64
	scale []float64 // per token
	trans []float64 // exp of transition weights, (nl+1)*nl
	fin   []float64 // exp of final weights
}

// value adds the negative log-likelihood of sequence si under x to the
// returned value and its gradient to g.
func (c *crf) value(si int, x, g []float64, lt *lattice) float64 {
	s, gold := c.seqs[si], c.gold[si]
	n, nl := s.Len(), c.nl
	if n == 0 {
		return 0
	}
	if cap(lt.emit) < n*nl {
		lt.emit = make([]float64, n*nl)
		lt.alpha = make([]float64, n*nl)
		lt.beta = make([]float64, n*nl)
		lt.scale = make([]float64, n)
	}
	emit := lt.emit[:n*nl]
	tw := x[c.nfeat:]
	// Emission scores and the gold path's score.
	goldScore := 0.0
	for i := 0; i < n; i++ {
		e := emit[i*nl : i*nl+nl]
		c.emission(si, i, x, e)
		goldScore += e[gold[i]]
		p := nl
		if i > 0 {
			p = gold[i-1]
		}
		goldScore += tw[p*nl+gold[i]]
	}
	goldScore += tw[(nl+1)*nl+gold[n-1]]
	// Exponentiate, shifted by each token's largest score.
	logZ := 0.0
	for i := 0; i < n; i++ {
		e := emit[i*nl : i*nl+nl]
		mx := math.Inf(-1)
		for _, v := range e {
			mx = max(mx, v)
		}
		for y, v := range e {
			e[y] = math.Exp(v - mx)
		}
		logZ += mx
	}
	z, ok := lt.forward(n, nl)
	if !ok {
		return math.Inf(1)
	}
	logZ += z
	lt.backward(n, nl)
	c.gradient(si, g[:c.nfeat], g[c.nfeat:], lt)
	return logZ - goldScore
}

// emission sets e to the scores of token i of sequence si under x, one
// per label.
func (c *crf) emission(si, i int, x, e []float64) {
	s, rows, nl := c.seqs[si], c.rows[si], c.nl
	clear(e)
	for k := s.Off[i]; k < s.Off[i+1]; k++ {
		if r := rows[k]; r >= 0 {
			w := x[int(r)*nl : int(r)*nl+nl]
			for y := range e {
				e[y] += w[y]
			}
		}
	}
}

// forward fills alpha for n tokens of nl labels from the exponentiated
// emissions, scaled to sum 1 at each token, and returns the sum of the
// scales' logarithms; false when a scale is not a positive number.
func (lt *lattice) forward(n, nl int) (float64, bool) {
	emit, alpha, scale := lt.emit[:n*nl], lt.alpha[:n*nl], lt.scale[:n]
	tr, fin := lt.trans, lt.fin
	logZ := 0.0
	for y := 0; y < nl; y++ {
		alpha[y] = tr[nl*nl+y] * emit[y]
	}
	for i := 0; i < n; i++ {
		a := alpha[i*nl : i*nl+nl]
		if i > 0 {
			prev := alpha[(i-1)*nl : i*nl]
			for y := 0; y < nl; y++ {
				v := 0.0
				for p := 0; p < nl; p++ {
					v += prev[p] * tr[p*nl+y]
				}
				a[y] = v * emit[i*nl+y]
			}
		}
		z := 0.0
		if i == n-1 {
			for y := range a {
				z += a[y] * fin[y]
			}
		} else {
			for _, v := range a {
				z += v
			}
		}
		if z <= 0 || math.IsNaN(z) || math.IsInf(z, 0) {
			return 0, false
		}
		scale[i] = z
		for y := range a {
			a[y] /= z
		}
		logZ += math.Log(z)
	}
	return logZ, true
}

// backward fills beta for n tokens of nl labels with the forward pass's
// scales.
func (lt *lattice) backward(n, nl int) {
	emit, beta, scale, tr, fin := lt.emit[:n*nl], lt.beta[:n*nl], lt.scale[:n], lt.trans, lt.fin
	b := beta[(n-1)*nl : n*nl]
	for y := range b {
		b[y] = fin[y] / scale[n-1]
	}
	for i := n - 2; i >= 0; i-- {
		b := beta[i*nl : i*nl+nl]
		next := beta[(i+1)*nl : (i+2)*nl]
		en := emit[(i+1)*nl : (i+2)*nl]
		for p := 0; p < nl; p++ {
			v := 0.0
			for y := 0; y < nl; y++ {
				v += tr[p*nl+y] * en[y] * next[y]
			}
			b[p] = v / scale[i]
		}
	}
}

// gradient adds expected minus observed counts of sequence si to the
// feature gradient g and the transition gradient gt, from the lattice's
// forward and backward passes.
func (c *crf) gradient(si int, g, gt []float64, lt *lattice) {
	s, gold, rows := c.seqs[si], c.gold[si], c.rows[si]
	n, nl := s.Len(), c.nl
	emit, alpha, beta, scale := lt.emit[:n*nl], lt.alpha[:n*nl], lt.beta[:n*nl], lt.scale[:n]
	tr, fin := lt.trans, lt.fin
	for i := 0; i < n; i++ {
		a := alpha[i*nl : i*nl+nl]
		bb := beta[i*nl : i*nl+nl]
		// P(y_i = y) = alpha*beta*scale (the scales multiply out to Z).
		var marg [64]float64
		for y := 0; y < nl; y++ {
			marg[y] = a[y] * bb[y] * scale[i]
		}
		marg[gold[i]] -= 1
		for k := s.Off[i]; k < s.Off[i+1]; k++ {
			if r := rows[k]; r >= 0 {
				gr := g[int(r)*nl : int(r)*nl+nl]
				for y := range gr {
					gr[y] += marg[y]
				}
			}
		}
		if i == 0 {
			for y := 0; y < nl; y++ {
				gt[nl*nl+y] += a[y] * bb[y] * scale[0]
			}
			gt[nl*nl+gold[0]]--
			continue
		}
		prev := alpha[(i-1)*nl : i*nl]
		e := emit[i*nl : i*nl+nl]
		for p := 0; p < nl; p++ {
			if prev[p] == 0 {
				continue
			}
			for y := 0; y < nl; y++ {
				if t := tr[p*nl+y]; t != 0 {
					gt[p*nl+y] += prev[p] * t * e[y] * bb[y]
				}
			}
		}
		gt[gold[i-1]*nl+gold[i]]--
	}
	last := alpha[(n-1)*nl : n*nl]
	for y := 0; y < nl; y++ {
		gt[(nl+1)*nl+y] += last[y] * fin[y]
	}
	gt[(nl+1)*nl+gold[n-1]]--
}

// smooth returns the objective without the L1 term at x and its
// gradient in g.
func (c *crf) smooth(x, g []float64, l2 float64, lt *lattice) float64 {
	nl := c.nl
	clear(g)
	if lt.trans == nil {
		lt.trans = make([]float64, (nl+1)*nl)
		lt.fin = make([]float64, nl)
	}
	tw := x[c.nfeat:]
	for i := range lt.trans {
		if c.allowed[i] {
			lt.trans[i] = math.Exp(tw[i])
		} else {
			lt.trans[i] = 0
		}
	}
	for y := 0; y < nl; y++ {
		if c.final[y] {
			lt.fin[y] = math.Exp(tw[(nl+1)*nl+y])
		} else {
			lt.fin[y] = 0
		}
	}
	f := 0.0
	for si := range c.seqs {
		f += c.value(si, x, g, lt)
	}
	if l2 > 0 {
		for i, v := range x {
			f += l2 / 2 * v * v
			g[i] += l2 * v
		}
	}
	// Forbidden transitions stay at zero.
	gt := g[c.nfeat:]
	for i, ok := range c.allowed {
		if !ok {
			gt[i] = 0
		}
	}
	for y, ok := range c.final {
		if !ok {
			gt[(nl+1)*nl+y] = 0
		}
	}
	return f
}

// train minimises the objective with L-BFGS, or OWL-QN when L1 > 0.
func (c *crf) train(ctx context.Context, o CRFOptions) (*Model, error) {
	q := newMinimiser(c, o)
	f := q.objective(q.x, q.g)
	q.pseudo()
	var past []float64
	var best *Model
	bestScore, since := math.Inf(-1), 0
	for it := 1; it <= o.MaxIter; it++ {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("seqlab: train crf: interrupted: %w", ctx.Err())
		}
		dg, ok := q.direction()
		if !ok {
			break
		}
		step, fn, ok := q.lineSearch(f, dg)
		if !ok {
			fmt.Fprintf(o.Log, "seqlab: crf: line search failed at iteration %d\n", it)
			break
		}
		q.accept()
		fmt.Fprintf(o.Log, "seqlab: crf: iteration %d: objective %.4f, step %.3g, %d non-zero\n", it, fn, step, nonZero(q.x))
		past = append(past, fn)
		stop := false
		if k := len(past); k > 5 && (past[k-6]-fn)/math.Max(math.Abs(fn), 1) < o.Tol {
			stop = true
		}
		f = fn
		if o.Score != nil && it >= o.MinIter && (it%o.Every == 0 || stop || it == o.MaxIter) {
			m := c.model(q.x)
			sc := o.Score(m, it)
			fmt.Fprintf(o.Log, "seqlab: crf: iteration %d: score %.4f\n", it, sc)
			if sc > bestScore {
				best, bestScore, since = m, sc, 0
			} else if since++; since >= o.Patience {
				break
			}
		}
		if stop {
			break
		}
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("seqlab: train crf: interrupted: %w", ctx.Err())
	}
	if best != nil {
		return best, nil
	}
	return c.model(q.x), nil
}

// minimiser is the state of train's L-BFGS (OWL-QN when L1 > 0) over the
// parameters x.
type minimiser struct {
	c      *crf
	o      CRFOptions
	lt     *lattice
	x, g   []float64 // the parameters and the smooth objective's gradient
	pg     []float64 // the pseudo-gradient
	d      []float64 // the search direction
	xn, gn []float64 // the line search's point and its gradient
	hist   []curvature
	alphas []float64
}

// curvature is one pair of L-BFGS's history: a step s, the change of
// gradient y, and 1/(s·y).
type curvature struct {
	s, y []float32
	rho  float64
}

func newMinimiser(c *crf, o CRFOptions) *minimiser {
	np := c.nparams()
	return &minimiser{c: c, o: o, lt: &lattice{},
		x: make([]float64, np), g: make([]float64, np), pg: make([]float64, np), d: make([]float64, np),
		xn: make([]float64, np), gn: make([]float64, np), alphas: make([]float64, o.Memory)}
}

// objective returns the objective at x, with the L1 penalty, and sets g
// to the gradient of its smooth part.
func (q *minimiser) objective(x, g []float64) float64 {
	f := q.c.smooth(x, g, q.o.L2, q.lt)
	if l1 := q.o.L1; l1 > 0 {
		for _, v := range x {
			f += l1 * math.Abs(v)
		}
	}
	return f
}

// pseudo sets pg to the pseudo-gradient at x: the gradient, or with L1 the
// steepest descent direction's negation in each coordinate.
func (q *minimiser) pseudo() {
	x, g, pg, l1 := q.x, q.g, q.pg, q.o.L1
	if l1 == 0 {
		copy(pg, g)
		return
	}
	for i, v := range x {
		switch {
		case v > 0:
			pg[i] = g[i] + l1
		case v < 0:
			pg[i] = g[i] - l1
		case g[i]+l1 < 0:
			pg[i] = g[i] + l1
		case g[i]-l1 > 0:
			pg[i] = g[i] - l1
		default:
			pg[i] = 0
		}
	}
}

// direction sets d to minus the inverse Hessian estimate times pg (the
// two-loop recursion), restarting from steepest descent when that is no
// descent direction, and returns d·pg. It reports false when pg is zero.
func (q *minimiser) direction() (float64, bool) {
	d, pg := q.d, q.pg
	for i, v := range pg {
		d[i] = -v
	}
	q.twoLoop()
	if q.o.L1 > 0 {
		for i := range d {
			if d[i]*pg[i] >= 0 {
				d[i] = 0
			}
		}
	}
	dg := 0.0
	for i := range d {
		dg += d[i] * pg[i]
	}
	if dg >= 0 {
		// Not a descent direction: restart from steepest descent.
		q.hist = q.hist[:0]
		for i, v := range pg {
			d[i] = -v
		}
		dg = 0
		for _, v := range pg {
			dg -= v * v
		}
		if dg == 0 {
			return dg, false
		}
	}
	return dg, true
}

// twoLoop multiplies d by the inverse Hessian estimate of the history.
func (q *minimiser) twoLoop() {
	d, hist := q.d, q.hist
	for k := len(hist) - 1; k >= 0; k-- {
		h := hist[k]
		a := 0.0
		for i, v := range h.s {
			a += float64(v) * d[i]
		}
		a *= h.rho
		q.alphas[k] = a
		for i, v := range h.y {
			d[i] -= a * float64(v)
		}
	}
	if len(hist) > 0 {
		h := hist[len(hist)-1]
		yy := 0.0
		for _, v := range h.y {
			yy += float64(v) * float64(v)
		}
		gamma := 1 / (h.rho * yy)
		for i := range d {
			d[i] *= gamma
		}
	}
	for k := range hist {
		h := hist[k]
		b := 0.0
		for i, v := range h.y {
			b += float64(v) * d[i]
		}
		b *= h.rho
		for i, v := range h.s {
			d[i] += float64(v) * (q.alphas[k] - b)
		}
	}
}

// lineSearch backtracks along d from x (projected onto the orthant for
// L1) until the objective, f at x, decreases enough; dg is d·pg. It sets
// xn and gn and returns the step and the objective there, or false when
// no step of 30 halvings decreases it.
func (q *minimiser) lineSearch(f, dg float64) (step, fn float64, ok bool) {
	x, d, pg, xn, l1 := q.x, q.d, q.pg, q.xn, q.o.L1
	step = 1.0
	if len(q.hist) == 0 {
		norm := math.Sqrt(-dg)
		step = 1 / norm
	}
	for ls := 0; ls < 30; ls++ {
		for i := range x {
			v := x[i] + step*d[i]
			if l1 > 0 {
				orth := x[i]
				if orth == 0 {
					orth = -pg[i]
				}
				if v*orth <= 0 {
					v = 0
				}
			}
			xn[i] = v
		}
		fn = q.objective(xn, q.gn)
		dec := 0.0
		for i := range x {
			dec += pg[i] * (xn[i] - x[i])
		}
		if fn <= f+1e-4*dec {
			return step, fn, true
		}
		step /= 2
	}
	return step, fn, false
}

// accept moves to the line search's point, keeping the curvature pair of
// the step in the history.
func (q *minimiser) accept() {
	x, g, xn, gn := q.x, q.g, q.xn, q.gn
	np := len(x)
	s := make([]float32, np)
	yv := make([]float32, np)
	sy := 0.0
	for i := range x {
		si, yi := xn[i]-x[i], gn[i]-g[i]
		s[i], yv[i] = float32(si), float32(yi)
		sy += si * yi
	}
	if sy > 1e-12 {
		if len(q.hist) == q.o.Memory {
			copy(q.hist, q.hist[1:])
			q.hist = q.hist[:len(q.hist)-1]
		}
		q.hist = append(q.hist, curvature{s: s, y: yv, rho: 1 / sy})
	}
	copy(x, xn)
	copy(g, gn)
	q.pseudo()
}

// nonZero counts the non-zero values of x.
func nonZero(x []float64) int {
	nz := 0
	for _, v := range x {
		if v != 0 {
			nz++
		}
	}
	return nz
}

// Lattice holds the forward and backward probabilities of one sequence
// under a Model read as a conditional random field, for marginal
// probabilities of labels and label paths. The zero value is ready to use;
// reuse one to avoid allocation.
type Lattice struct {
	n, nl int
	emit  []float64 // exp of emission scores, shifted per token
	alpha []float64 // forward probabilities, scaled to sum 1 per token
	beta  []float64
	scale []float64
	trans []float64 // exp of transition weights
	fin   []float64
}

// Marginals runs the forward-backward algorithm over the emission scores
// emit (emit[i*nl+y], as AddEmissions gives) of n tokens and returns lt
// (allocated when nil), ready for Prob and PathProb. The scores are read
// as log-potentials, which is what they are for a model from TrainCRF.
func (m *Model) Marginals(emit []float32, n int, lt *Lattice) *Lattice {
	if lt == nil {
		lt = &Lattice{}
	}
	nl := m.nl
	lt.n, lt.nl = n, nl
	if cap(lt.emit) < n*nl {
		lt.emit = make([]float64, n*nl)
		lt.alpha = make([]float64, n*nl)
		lt.beta = make([]float64, n*nl)
		lt.scale = make([]float64, n)
	}
	lt.emit, lt.alpha, lt.beta, lt.scale = lt.emit[:n*nl], lt.alpha[:n*nl], lt.beta[:n*nl], lt.scale[:n]
	if len(lt.trans) != (nl+1)*nl {
		lt.trans = make([]float64, (nl+1)*nl)
		lt.fin = make([]float64, nl)
	}
	for i := range lt.trans {
		lt.trans[i] = 0
		if m.allowed[i] {
			lt.trans[i] = math.Exp(float64(m.trans[i]))
		}
	}
	for y := range lt.fin {
		lt.fin[y] = 0
		if m.allowedFinal[y] {
			lt.fin[y] = math.Exp(float64(m.final[y]))
		}
	}
	if n == 0 {
		return lt
	}
	e, alpha, beta, scale, tr, fin := lt.emit, lt.alpha, lt.beta, lt.scale, lt.trans, lt.fin
	for i := 0; i < n; i++ {
		mx := float32(math.Inf(-1))
		for _, v := range emit[i*nl : i*nl+nl] {
			mx = max(mx, v)
		}
		for y, v := range emit[i*nl : i*nl+nl] {
			e[i*nl+y] = math.Exp(float64(v - mx))
		}
	}
	for i := 0; i < n; i++ {
		a := alpha[i*nl : i*nl+nl]
		for y := 0; y < nl; y++ {
			v := 0.0
			if i == 0 {
				v = tr[nl*nl+y]
			} else {
				prev := alpha[(i-1)*nl : i*nl]
				for p := 0; p < nl; p++ {
					v += prev[p] * tr[p*nl+y]
				}
			}
			a[y] = v * e[i*nl+y]
		}
		z := 0.0
		for y := range a {
			if i == n-1 {
				z += a[y] * fin[y]
			} else {
				z += a[y]
			}
		}
		if z <= 0 || math.IsInf(z, 0) || math.IsNaN(z) {
			z = math.SmallestNonzeroFloat64
		}
		scale[i] = z
		for y := range a {
			a[y] /= z
		}
	}
	for y := 0; y < nl; y++ {
		beta[(n-1)*nl+y] = fin[y] / scale[n-1]
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < nl; p++ {
			v := 0.0
			for y := 0; y < nl; y++ {
				v += tr[p*nl+y] * e[(i+1)*nl+y] * beta[(i+1)*nl+y]
			}
			beta[i*nl+p] = v / scale[i]
		}
	}
	return lt
}

// Prob returns the marginal probability that token i has label y.
func (lt *Lattice) Prob(i, y int) float64 {
	return lt.alpha[i*lt.nl+y] * lt.beta[i*lt.nl+y] * lt.scale[i]
}

// PathProb returns the marginal probability that tokens start,
// start+1, ... have the labels path.
func (lt *Lattice) PathProb(start int, path []int) float64 {
	if len(path) == 0 || start < 0 || start+len(path) > lt.n {
		return 0
	}
	nl := lt.nl
	p := lt.alpha[start*nl+path[0]]
	for k := 1; k < len(path); k++ {
		i := start + k
		p *= lt.trans[path[k-1]*nl+path[k]] * lt.emit[i*nl+path[k]]
		if k < len(path)-1 {
			p /= lt.scale[i]
		}
	}
	end := start + len(path) - 1
	p *= lt.beta[end*nl+path[len(path)-1]]
	if len(path) == 1 {
		p *= lt.scale[end]
	}
	return p
}
