package relate

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
	if d.Log == nil {
		d.Log = io.Discard
	}
	return d
}

// margins are the classifier margins tried on dev.
var margins = []float64{-20, -15, -10, -7.5, -5, -2.5, 0, 2.5, 5, 7.5, 10, 15, 20}

type example struct {
	seq  *seqlab.Sequence
	gold []int
}

func clone(s *seqlab.Sequence) *seqlab.Sequence {
	return &seqlab.Sequence{Feats: append([]uint64(nil), s.Feats...), Off: append([]int32(nil), s.Off...)}
}

// Train learns the entity tagger and the relation classifier from train,
// choosing epochs and the classifier's margin by strict F1 on dev:
// entity F1 for the tagger, end-to-end relation F1 (on predicted entities)
// for the classifier. The result depends only on the data and the options.
func Train(train, dev []Example, opts *TrainOptions) (*Model, error) {
	o := opts.withDefaults()
	if len(train) == 0 || len(dev) == 0 {
		return nil, errors.New("relate: train: need training and dev sentences")
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
	fmt.Fprintf(o.Log, "relate: %d training and %d dev sentences annotated in %v\n", len(trainS), len(devS), time.Since(start).Round(time.Millisecond))
	cfg := config{Seed: o.Seed}

	// Entity tagger.
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
	devPred := make([][]span, len(devS))
	entModel, it, ef := trainLoop(entEx, el, bilouAllowed(el), o, "entities", func(m *seqlab.Model) float64 {
		var c Counts
		for i, s := range devS {
			devPred[i] = nil
			if len(s.words) == 0 {
				continue
			}
			var seq seqlab.Sequence
			entitySequence(s, &seq)
			got := decodeSpans(el, m.Decode(&seq, make([]int, len(s.words)), nil))
			c.add(spanCounts(s.ents, got))
		}
		_, _, f := c.PRF()
		return f
	})
	cfg.Iterations = append(cfg.Iterations, it)
	fmt.Fprintf(o.Log, "relate: entity tagger dev F1 %.4f after %d epochs (%v)\n", ef, it, time.Since(start).Round(time.Second))
	// The dev sentences with the chosen tagger's entities.
	devE2E := make([]*tagged, len(devS))
	for i, s := range devS {
		c := *s
		c.ents = nil
		if len(s.words) > 0 {
			var seq seqlab.Sequence
			entitySequence(s, &seq)
			c.ents = decodeSpans(el, entModel.Decode(&seq, make([]int, len(s.words)), nil))
		}
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
	fmt.Fprintf(o.Log, "relate: %d candidate pairs in training\n", len(relEx))
	probe := &Model{cfg: cfg, ents: entModel, entLabels: el, relLabels: rl, annotator: ann}
	bestMargin := 0.0
	relModel, it, rf := trainLoop(relEx, rl, func(p, y int) bool { return true }, o, "relations", func(m *seqlab.Model) float64 {
		probe.rels = m
		best := -1.0
		for _, mg := range margins {
			var c Counts
			for i, s := range devE2E {
				pred := toExample(dev[i], s, probe.classify(s, mg))
				sc, _ := Evaluate(dev[i:i+1], []Example{pred})
				c.add(sc.Relations)
			}
			if _, _, f := c.PRF(); f > best {
				best = f
				probe.cfg.Margin = mg
			}
		}
		return best
	})
	// Find the margin again for the chosen epoch.
	probe.rels = relModel
	best := -1.0
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
	cfg.Margin = bestMargin
	cfg.Iterations = append(cfg.Iterations, it)
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
	fmt.Fprintf(o.Log, "relate: score calibration on %d dev pairs: P = 1/(1+exp(-(%.4f*margin%+.4f)))\n", len(ds), cfg.ScaleA, cfg.ScaleB)
	fmt.Fprintf(o.Log, "relate: relation classifier dev F1 %.4f (end to end) after %d epochs, margin %.1f (%v)\n", rf, it, bestMargin, time.Since(start).Round(time.Second))
	m := &Model{cfg: cfg, ents: entModel, rels: relModel, entLabels: el, relLabels: rl, annotator: ann}
	return m, nil
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
// model with the best dev score.
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
		m := tr.Model(0.01)
		s := score(m)
		fmt.Fprintf(o.Log, "relate: %s epoch %d: %d training errors, dev %.4f, %d features\n", name, it, errs, s, m.NumFeatures())
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
