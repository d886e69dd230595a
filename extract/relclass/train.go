package relclass

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"time"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// TrainOptions configures Train. The zero value (or nil) gives the
// defaults documented on each field.
type TrainOptions struct {
	// MaxIter is the most epochs of each model; the epoch with the best dev
	// score is kept. Default 30.
	MaxIter int
	// Patience stops a model's training after this many epochs without a
	// better dev score. Default 6.
	Patience int
	// MinCount drops features seen in fewer training examples. Default 1.
	MinCount int
	// Seed orders the training examples. Default 1.
	Seed int64
	// Members is the number of models of each kind, trained on different
	// example orders, whose mean scores decide. Default 3.
	Members int
	// Step is the quantum weights are rounded to, so that the model is
	// small (see seqlab.Model.Quantize); negative means no rounding.
	// Default 0.5.
	Step float32
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o *TrainOptions) withDefaults() TrainOptions {
	var d TrainOptions
	if o != nil {
		d = *o
	}
	if d.MaxIter <= 0 {
		d.MaxIter = 30
	}
	if d.Patience <= 0 {
		d.Patience = 6
	}
	if d.MinCount <= 0 {
		d.MinCount = 1
	}
	if d.Seed == 0 {
		d.Seed = 1
	}
	if d.Members <= 0 {
		d.Members = 3
	}
	if d.Step == 0 {
		d.Step = 0.5
	}
	if d.Log == nil {
		d.Log = io.Discard
	}
	return d
}

// spanMargins are the span typer margins tried on dev, for every type
// at once and then for each type alone: -4 to 3 in steps of 0.25.
var spanMargins = func() []float64 {
	var out []float64
	for m := -4.0; m <= 3; m += 0.25 {
		out = append(out, m)
	}
	return out
}()

// margins are the classifier margins tried on dev.
var margins = []float64{-20, -15, -10, -7.5, -5, -2.5, 0, 2.5, 5, 7.5, 10, 15, 20}

type example struct {
	seq  *seqlab.Sequence
	gold []int
}

func clone(s *seqlab.Sequence) *seqlab.Sequence {
	return &seqlab.Sequence{Feats: append([]uint64(nil), s.Feats...), Off: append([]int32(nil), s.Off...)}
}

// Train learns the entity tagger, the span typer and the relation
// classifier from train, choosing epochs and the classifier's margin by
// strict F1 on dev: entity F1 for the tagger and the typer, end-to-end
// relation F1 (on predicted entities) for the classifier. The result
// depends only on the data and the options.
func Train(train, dev []Example, opts *TrainOptions) (*Model, error) {
	o := opts.withDefaults()
	if len(train) == 0 || len(dev) == 0 {
		return nil, errors.New("relclass: train: need training and dev sentences")
	}
	start := time.Now()
	ann, err := defaultAnnotator()
	if err != nil {
		return nil, err
	}
	prep := func(exs []Example) []*tagged {
		out := make([]*tagged, len(exs))
		for i, ex := range exs {
			s := ann.annotate(ex.Tokens)
			for _, e := range ex.Entities {
				s.ents = append(s.ents, span{e.Start, e.End, e.Type})
			}
			out[i] = s
		}
		return out
	}
	trainS, devS := prep(train), prep(dev)
	fmt.Fprintf(o.Log, "relclass: %d training and %d dev sentences annotated in %v\n", len(trainS), len(devS), time.Since(start).Round(time.Millisecond))
	cfg := config{Seed: o.Seed}
	seedOf := func(k int) int64 { return o.Seed + int64(k)*7919 }

	// Entity tagger: members trained on different example orders.
	el := entityLabels()
	var entEx []example
	for _, s := range trainS {
		if len(s.words) == 0 {
			continue
		}
		var seq seqlab.Sequence
		entitySequence(s, &seq)
		entEx = append(entEx, example{seq: &seq, gold: encodeSpans(el, len(s.words), s.ents)})
	}
	tagAll := func(e ensemble, ss []*tagged) [][]span {
		out := make([][]span, len(ss))
		for i, s := range ss {
			if len(s.words) > 0 {
				var seq seqlab.Sequence
				entitySequence(s, &seq)
				out[i] = decodeSpans(el, e.decode(&seq))
			}
		}
		return out
	}
	entF1 := func(e ensemble) float64 {
		var c Counts
		for i, sp := range tagAll(e, devS) {
			c.add(spanCounts(devS[i].ents, sp))
		}
		_, _, f := c.PRF()
		return f
	}
	var ents ensemble
	var entIters []int
	for k := 0; k < o.Members; k++ {
		ok := o
		ok.Seed = seedOf(k)
		m, it, f := trainLoop(entEx, el, bilouAllowed(el), ok, "entities", func(m *seqlab.Model) float64 { return entF1(ensemble{m}) })
		ents = append(ents, m)
		entIters = append(entIters, it)
		fmt.Fprintf(o.Log, "relclass: entity tagger %d: dev F1 %.4f after %d epochs\n", k, f, it)
	}
	cfg.Iterations = append(cfg.Iterations, entIters...)
	fmt.Fprintf(o.Log, "relclass: entity tagger (%d members): dev F1 %.4f (%v)\n", len(ents), entF1(ents), time.Since(start).Round(time.Second))
	// The CRF tagger, whose marginals tell the typer how sure it is.
	var crf *seqlab.Model
	crfIters := 0
	{
		var f float64
		crf, crfIters, f, err = trainCRF(entEx, el, bilouAllowed(el), entityCRF(), 0, o.Log, "crf tagger", func(m *seqlab.Model) float64 { return entF1(ensemble{m}) })
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(o.Log, "relclass: crf tagger: dev F1 %.4f after %d iterations (%v)\n", f, crfIters, time.Since(start).Round(time.Second))
		cfg.Iterations = append(cfg.Iterations, crfIters)
	}

	// The span typer learns from the candidates that taggers trained on the
	// other folds propose in each fold of the training data (realistic
	// mistakes), plus the gold spans.
	const folds = 5
	foldCands := make([][]cand, len(trainS))
	foldEns := make([][]span, len(trainS))
	for k := 0; k < folds; k++ {
		var in []example
		n := 0 // index into entEx of trainS[i]
		var held []int
		for i := range trainS {
			if i%folds == k {
				held = append(held, i)
			}
			if len(trainS[i].words) == 0 {
				continue
			}
			if i%folds != k {
				in = append(in, entEx[n])
			}
			n++
		}
		var fe ensemble
		fcrf, _, _, err := trainCRF(in, el, bilouAllowed(el), entityCRF(), crfIters, io.Discard, "fold crf", nil)
		if err != nil {
			return nil, err
		}
		for j := 0; j < o.Members; j++ {
			fo := TrainOptions{MaxIter: entIters[j], Patience: entIters[j] + 1, MinCount: o.MinCount, Seed: seedOf(j) + int64(k)*104729, Step: o.Step, Log: io.Discard}
			fm, _, _ := trainLoop(in, el, bilouAllowed(el), fo, "fold", nil)
			fe = append(fe, fm)
		}
		for _, i := range held {
			if len(trainS[i].words) == 0 {
				continue
			}
			var seq seqlab.Sequence
			entitySequence(trainS[i], &seq)
			foldEns[i], foldCands[i] = fe.candidates(trainS[i], el, &seq, fcrf)
		}
	}
	sl := spanLabels()
	spanIdx := map[string]int{}
	for i, l := range sl {
		spanIdx[l] = i
	}
	var typeEx []example
	for i, s := range trainS {
		gold := map[[2]int]string{}
		for _, e := range s.ents {
			gold[[2]int{e.start, e.end}] = e.typ
		}
		cands := append([]cand(nil), foldCands[i]...)
		seen := map[[2]int]bool{}
		for _, c := range cands {
			seen[[2]int{c.start, c.end}] = true
		}
		for _, e := range s.ents {
			if !seen[[2]int{e.start, e.end}] {
				cands = append(cands, cand{span: span{e.start, e.end, "?"}})
			}
		}
		c := *s
		c.ents = foldEns[i]
		for _, e := range cands {
			var seq seqlab.Sequence
			spanSequence(&c, e, foldEns[i], &seq)
			typeEx = append(typeEx, example{seq: &seq, gold: []int{spanIdx[gold[[2]int{e.start, e.end}]]}})
		}
	}
	devEns := make([][]span, len(devS))
	devCands := make([][]cand, len(devS))
	for i, s := range devS {
		if len(s.words) > 0 {
			var seq seqlab.Sequence
			entitySequence(s, &seq)
			devEns[i], devCands[i] = ents.candidates(s, el, &seq, crf)
		}
	}
	uniform := func(m float64) []float32 {
		thr := make([]float32, len(sl))
		for y := range thr {
			thr[y] = float32(m)
		}
		return thr
	}
	typeF1 := func(e ensemble, thr []float32) float64 {
		var c Counts
		for i, s := range devS {
			cp := *s
			c.add(spanCounts(s.ents, chooseSpans(e, &cp, devEns[i], devCands[i], thr)))
		}
		_, _, f := c.PRF()
		return f
	}
	var types ensemble
	for k := 0; k < o.Members; k++ {
		ok := o
		ok.Seed = seedOf(k)
		m, it, _ := trainLoop(typeEx, sl, func(p, y int) bool { return true }, ok, "span types", func(m *seqlab.Model) float64 { return typeF1(ensemble{m}, uniform(0)) })
		types = append(types, m)
		cfg.Iterations = append(cfg.Iterations, it)
	}
	cfg.SpanMargin, cfg.SpanTypeMargins = chooseSpanMargins(types, devS, devEns, devCands)
	bestTF := typeF1(types, cfg.spanThresholds())
	fmt.Fprintf(o.Log, "relclass: span typer (%d members): dev entity F1 %.4f, margin %.2f, per type %v (%v)\n", len(types), bestTF, cfg.SpanMargin, cfg.SpanTypeMargins, time.Since(start).Round(time.Second))

	// The dev sentences with the chosen entities.
	devE2E := make([]*tagged, len(devS))
	for i, s := range devS {
		c := *s
		c.ents = chooseSpans(types, &c, devEns[i], devCands[i], cfg.spanThresholds())
		devE2E[i] = &c
	}

	// Relation classifier, on the gold entities of the training data.
	rl := relationLabels()
	relIdx := map[string]int{}
	for i, l := range rl {
		relIdx[l] = i
	}
	var relEx []example
	for i, s := range trainS {
		gold := map[[2]int]string{}
		for _, r := range train[i].Relations {
			gold[[2]int{r.Head, r.Tail}] = r.Type
		}
		for a := range s.ents {
			for b := range s.ents {
				if a == b || !compatible(s.ents[a].typ, s.ents[b].typ) {
					continue
				}
				var seq seqlab.Sequence
				pairSequence(s, a, b, &seq)
				y := 0
				if t, ok := gold[[2]int{a, b}]; ok {
					y = relIdx[t]
				}
				relEx = append(relEx, example{seq: &seq, gold: []int{y}})
			}
		}
	}
	fmt.Fprintf(o.Log, "relclass: %d candidate pairs in training\n", len(relEx))
	probe := &Model{cfg: cfg, ents: ents, crf: crf, types: types, entLabels: el, relLabels: rl, annotator: ann}
	// relF1 returns the best end-to-end dev F1 of the classifier over the
	// margins, and that margin.
	relF1 := func(e ensemble) (float64, float64) {
		probe.rels = e
		best, bestMargin := -1.0, 0.0
		for _, mg := range margins {
			var c Counts
			for i, s := range devE2E {
				sc, _ := Evaluate(dev[i:i+1], []Example{toExample(dev[i], s, probe.classify(s, mg))})
				c.add(sc.Relations)
			}
			if _, _, f := c.PRF(); f > best {
				best, bestMargin = f, mg
			}
		}
		return best, bestMargin
	}
	var rels ensemble
	for k := 0; k < o.Members; k++ {
		ok := o
		ok.Seed = seedOf(k)
		m, it, f := trainLoop(relEx, rl, func(p, y int) bool { return true }, ok, "relations", func(m *seqlab.Model) float64 {
			f, _ := relF1(ensemble{m})
			return f
		})
		rels = append(rels, m)
		cfg.Iterations = append(cfg.Iterations, it)
		fmt.Fprintf(o.Log, "relclass: relation classifier %d: dev F1 %.4f after %d epochs\n", k, f, it)
	}
	rf, margin := relF1(rels)
	cfg.Margin = margin
	probe.rels = rels
	probe.cfg.Margin = margin
	// Then each type's own adjustment, a few rounds of coordinate ascent.
	probe.cfg.TypeMargins = map[string]float64{}
	e2e := func() float64 {
		var c Counts
		for i, s := range devE2E {
			sc, _ := Evaluate(dev[i:i+1], []Example{toExample(dev[i], s, probe.classify(s, margin))})
			c.add(sc.Relations)
		}
		_, _, f := c.PRF()
		return f
	}
	for round := 0; round < 2; round++ {
		for _, t := range RelationTypes {
			bestOff, bestF := probe.cfg.TypeMargins[t], e2e()
			for _, off := range []float64{-10, -5, -2.5, 0, 2.5, 5, 10} {
				probe.cfg.TypeMargins[t] = off
				if f := e2e(); f > bestF+1e-9 {
					bestOff, bestF = off, f
				}
			}
			probe.cfg.TypeMargins[t] = bestOff
		}
	}
	rf = e2e()
	cfg.TypeMargins = probe.cfg.TypeMargins
	fmt.Fprintf(o.Log, "relclass: margins per type %v: dev F1 %.4f\n", cfg.TypeMargins, rf)
	// Calibrate scores on dev with gold entities.
	var ds []float64
	var ys []bool
	for i, s := range devS {
		gold := map[[2]int]string{}
		for _, r := range dev[i].Relations {
			gold[[2]int{r.Head, r.Tail}] = r.Type
		}
		for _, p := range probe.classify(s, math.Inf(-1)) {
			ds = append(ds, p.margin)
			ys = append(ys, gold[[2]int{p.head, p.tail}] == p.typ)
		}
	}
	cfg.ScaleA, cfg.ScaleB = platt(ds, ys)
	fmt.Fprintf(o.Log, "relclass: score calibration on %d dev pairs: P = 1/(1+exp(-(%.4f*margin%+.4f)))\n", len(ds), cfg.ScaleA, cfg.ScaleB)
	fmt.Fprintf(o.Log, "relclass: relation classifier (%d members): dev F1 %.4f end to end, margin %.1f (%v)\n", len(rels), rf, margin, time.Since(start).Round(time.Second))
	return &Model{cfg: cfg, ents: ents, crf: crf, types: types, rels: rels, entLabels: el, relLabels: rl, annotator: ann}, nil
}

// chooseSpanMargins chooses the span typer's margin by strict entity F1
// on dev (devS with the ensemble's spans and the candidates of each
// sentence): one margin for every type, then each type's adjustment by
// coordinate ascent from it, until no type's change helps (at most four
// rounds). An adjustment is kept only when it raises F1.
func chooseSpanMargins(types ensemble, devS []*tagged, devEns [][]span, devCands [][]cand) (float64, map[string]float64) {
	labels := types.labels()
	// The typer's scores do not depend on the margins: compute them once.
	scored := make([][]typedSpan, len(devS))
	for i, s := range devS {
		cp := *s
		scored[i] = typeSpans(types, &cp, devEns[i], devCands[i])
	}
	margin := 0.0
	adj := map[string]float64{}
	f1 := func() float64 {
		c := config{SpanMargin: margin, SpanTypeMargins: adj}
		thr := c.spanThresholds()
		var n Counts
		var got []span
		for i, ts := range scored {
			got = got[:0]
			for _, t := range ts {
				if y := pickType(t.scores, thr); y > 0 {
					got = append(got, span{t.start, t.end, labels[y]})
				}
			}
			n.add(spanCounts(devS[i].ents, got))
		}
		_, _, f := n.PRF()
		return f
	}
	bestM, best := 0.0, -1.0
	for _, m := range spanMargins {
		margin = m
		if f := f1(); f > best+1e-9 {
			bestM, best = m, f
		}
	}
	margin = bestM
	for round := 0; round < 4; round++ {
		changed := false
		for _, t := range EntityTypes {
			cur := adj[t]
			bestOff := cur
			for _, m := range spanMargins {
				adj[t] = m - margin
				if f := f1(); f > best+1e-9 {
					bestOff, best = m-margin, f
				}
			}
			adj[t] = bestOff
			if bestOff != cur {
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for t, a := range adj {
		if a == 0 {
			delete(adj, t)
		}
	}
	if len(adj) == 0 {
		adj = nil
	}
	return margin, adj
}

// spanCounts counts strict matches of got against want.
func spanCounts(want, got []span) Counts {
	w := map[span]bool{}
	for _, s := range want {
		w[s] = true
	}
	var c Counts
	for _, s := range got {
		if w[s] {
			c.TP++
		} else {
			c.FP++
		}
	}
	c.FN = len(want) - c.TP
	return c
}

// trainLoop runs epochs over ex in a seeded order and keeps the averaged
// model with the best dev score. A nil score runs o.MaxIter epochs and
// returns the last model.
func trainLoop(ex []example, labels []string, allowed func(p, y int) bool, o TrainOptions, name string, score func(*seqlab.Model) float64) (*seqlab.Model, int, float64) {
	tr := seqlab.NewTrainer(labels, allowed)
	if o.MinCount > 1 {
		seqs := make([]*seqlab.Sequence, len(ex))
		for i := range ex {
			seqs[i] = ex[i].seq
		}
		tr.Restrict(seqs, o.MinCount)
	}
	rng := rand.New(rand.NewPCG(uint64(o.Seed), 0x72656c))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	var best *seqlab.Model
	bestIt, bestScore, since := 0, -1.0, 0
	for it := 1; it <= o.MaxIter; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, i := range order {
			errs += tr.Learn(ex[i].seq, ex[i].gold)
		}
		if score == nil && it < o.MaxIter {
			continue
		}
		m := tr.Model(0.01)
		m.Quantize(o.Step)
		if score == nil {
			return m, it, 0
		}
		s := score(m)
		fmt.Fprintf(o.Log, "relclass: %s epoch %d: %d training errors, dev %.4f, %d features\n", name, it, errs, s, m.NumFeatures())
		if s > bestScore {
			best, bestIt, bestScore, since = m, it, s, 0
			continue
		}
		if since++; since >= o.Patience {
			break
		}
	}
	return best, bestIt, bestScore
}

// platt fits P(y | d) = 1/(1+exp(-(a*d+b))) by Newton's method with a
// backtracking line search on the log-loss, with Platt's smoothed targets
// (Lin, Lin and Weng 2007).
func platt(ds []float64, ys []bool) (a, b float64) {
	var npos, nneg float64
	for _, y := range ys {
		if y {
			npos++
		} else {
			nneg++
		}
	}
	if npos == 0 || nneg == 0 {
		return 0, 0
	}
	hi, lo := (npos+1)/(npos+2), 1/(nneg+2)
	target := func(i int) float64 {
		if ys[i] {
			return hi
		}
		return lo
	}
	loss := func(a, b float64) float64 {
		var l float64
		for i, d := range ds {
			f := a*d + b
			t := target(i)
			l += t*softplus(-f) + (1-t)*softplus(f)
		}
		return l
	}
	a, b = 0, math.Log((npos+1)/(nneg+1))
	cur := loss(a, b)
	for it := 0; it < 100; it++ {
		var g1, g2, h11, h12, h22 float64
		for i, d := range ds {
			p := 1 / (1 + math.Exp(-(a*d + b)))
			t := target(i)
			g1 += (p - t) * d
			g2 += p - t
			w := p * (1 - p)
			h11 += w * d * d
			h12 += w * d
			h22 += w
		}
		h11 += 1e-12
		h22 += 1e-12
		det := h11*h22 - h12*h12
		if det <= 0 || math.Abs(g1) < 1e-9 && math.Abs(g2) < 1e-9 {
			break
		}
		da := (h22*g1 - h12*g2) / det
		db := (h11*g2 - h12*g1) / det
		step := 1.0
		for ; step > 1e-10; step /= 2 {
			if l := loss(a-step*da, b-step*db); l < cur-1e-4*step*(g1*da+g2*db) {
				a, b, cur = a-step*da, b-step*db, l
				break
			}
		}
		if step <= 1e-10 {
			break
		}
	}
	return a, b
}

func softplus(x float64) float64 {
	if x > 30 {
		return x
	}
	return math.Log1p(math.Exp(x))
}

// crfParams are the settings of a CRF-trained model.
type crfParams struct {
	L1, L2  float64
	MaxIter int     // most L-BFGS iterations
	Every   int     // iterations between dev scores
	Step    float32 // weight rounding quantum; <= 0 for none
}

// entityCRF gives the entity CRF's settings (chosen on the CoNLL04 dev
// split).
func entityCRF() crfParams {
	return crfParams{L2: 3, MaxIter: 300, Every: 10, Step: -1}
}

// trainCRF trains a CRF on ex; with score, it keeps the iteration with
// the best dev score, else it runs iters iterations (or p.MaxIter).
func trainCRF(ex []example, labels []string, allowed func(p, y int) bool, p crfParams, iters int, log io.Writer, name string, score func(*seqlab.Model) float64) (*seqlab.Model, int, float64, error) {
	seqs := make([]*seqlab.Sequence, len(ex))
	gold := make([][]int, len(ex))
	for i := range ex {
		seqs[i], gold[i] = ex[i].seq, ex[i].gold
	}
	co := &seqlab.CRFOptions{L1: p.L1, L2: p.L2, MaxIter: p.MaxIter, Tol: 1e-9}
	bestIt, bestScore := 0, -1.0
	if iters > 0 {
		co.MaxIter = iters
	}
	if score != nil {
		co.Every = p.Every
		co.MinIter = p.Every
		co.Patience = 3
		co.Score = func(m *seqlab.Model, it int) float64 {
			if p.Step > 0 {
				m.Quantize(p.Step)
			}
			s := score(m)
			fmt.Fprintf(log, "relclass: %s iteration %d: dev %.4f, %d features\n", name, it, s, m.NumFeatures())
			if s > bestScore {
				bestIt, bestScore = it, s
			}
			return s
		}
	}
	m, err := seqlab.TrainCRF(seqs, gold, labels, allowed, co)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("relclass: train %s: %w", name, err)
	}
	if p.Step > 0 {
		m.Quantize(p.Step)
	}
	if score == nil {
		return m, co.MaxIter, 0, nil
	}
	return m, bestIt, bestScore, nil
}
