package relclass

import (
	"context"
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
// depends only on the data and the options. Train checks ctx between
// steps, every epoch and every few thousand examples within one, and once
// it is done returns an error wrapping ctx.Err() and no model.
func Train(ctx context.Context, train, dev []Example, opts *TrainOptions) (*Model, error) {
	t := &trainer{ctx: ctx, o: opts.withDefaults(), train: train, dev: dev}
	if len(train) == 0 || len(dev) == 0 {
		return nil, errors.New("relclass: train: need training and dev sentences")
	}
	t.start = time.Now()
	var err error
	if t.ann, err = defaultAnnotator(); err != nil {
		return nil, err
	}
	t.trainS, t.devS = t.prep(train), t.prep(dev)
	if err := t.stopped(); err != nil {
		return nil, err
	}
	fmt.Fprintf(t.o.Log, "relclass: %d training and %d dev sentences annotated in %v\n", len(t.trainS), len(t.devS), time.Since(t.start).Round(time.Millisecond))
	if err := t.run(); err != nil {
		return nil, err
	}
	return t.model(), nil
}

// run trains the models one after the other: the entity tagger, the CRF
// tagger, the span typer, the relation classifier and its calibration.
func (t *trainer) run() error {
	t.cfg = config{Seed: t.o.Seed}
	t.el, t.rl = entityLabels(), relationLabels()
	for _, step := range []func() error{t.entityTagger, t.crfTagger, t.spanTyper, t.relationClassifier} {
		if err := step(); err != nil {
			if serr := t.stopped(); serr != nil {
				return serr
			}
			return err
		}
		if err := t.stopped(); err != nil {
			return err
		}
	}
	if t.plan != nil {
		t.cfg.ScaleA, t.cfg.ScaleB = t.plan.cfg.ScaleA, t.plan.cfg.ScaleB
		fmt.Fprintf(t.o.Log, "relclass: relation classifier (%d members) trained on %d sentences with the cross-validated plan (%v)\n", len(t.rels), len(t.trainS), time.Since(t.start).Round(time.Second))
		return nil
	}
	t.calibrate()
	fmt.Fprintf(t.o.Log, "relclass: relation classifier (%d members): dev F1 %.4f end to end, margin %.1f (%v)\n", len(t.rels), t.relF1, t.margin, time.Since(t.start).Round(time.Second))
	return nil
}

// stopped returns an error wrapping t.ctx.Err() once the context is
// done, else nil.
func (t *trainer) stopped() error {
	if err := t.ctx.Err(); err != nil {
		return fmt.Errorf("relclass: train: interrupted: %w", err)
	}
	return nil
}

// model returns the trained model.
func (t *trainer) model() *Model {
	return &Model{cfg: t.cfg, ents: t.ents, crf: t.crf, types: t.types, rels: t.rels, entLabels: t.el, relLabels: t.rl, annotator: t.ann}
}

// plan is a fixed training plan, chosen by cross-validation: the epochs
// of each model (as config.Iterations lists them: the entity tagger's
// members, the CRF tagger, the span typer's members, the relation
// classifier's members) and the margins and calibration of cfg. A trainer
// with a plan needs no dev sentences.
type plan struct {
	ents, types, rels []int
	crf               int
	cfg               config
}

// newPlan splits iters (config.Iterations of a model with members
// members of each kind) into a plan with the margins of cfg.
func newPlan(iters []int, members int, cfg config) (*plan, error) {
	if len(iters) != 3*members+1 {
		return nil, fmt.Errorf("relclass: plan: %d epoch counts for %d members", len(iters), members)
	}
	return &plan{ents: iters[:members], crf: iters[members], types: iters[members+1 : 2*members+1], rels: iters[2*members+1:], cfg: cfg}, nil
}

// trainer holds what Train has learnt so far, step by step: the entity
// tagger, the CRF tagger, the span typer, then the relation classifier.
type trainer struct {
	ctx        context.Context // stops the training once done
	o          TrainOptions
	start      time.Time
	ann        annotator
	train, dev []Example
	// trainS and devS are the annotated sentences with their gold
	// entities.
	trainS, devS []*tagged
	cfg          config
	el, rl       []string  // the entity and relation labels
	entEx        []example // the entity tagger's training examples
	ents         ensemble  // the entity tagger
	entIters     []int     // its members' epochs
	crf          *seqlab.Model
	crfIters     int
	types        ensemble // the span typer
	// devEns and devCands are the entity tagger's spans and candidates in
	// each dev sentence.
	devEns   [][]span
	devCands [][]cand
	rels     ensemble // the relation classifier
	margin   float64  // its margin, chosen on dev
	relF1    float64  // its end-to-end F1 on dev
	// plan, when set, gives every model's epochs and the margins instead
	// of choosing them on dev.
	plan *plan
}

// prep annotates the sentences of exs, with their gold entities; it
// stops early, returning fewer, once t.ctx is done.
func (t *trainer) prep(exs []Example) []*tagged {
	out := make([]*tagged, len(exs))
	for i, ex := range exs {
		if i%seqlab.CheckEvery == seqlab.CheckEvery-1 && t.ctx.Err() != nil {
			return out[:i]
		}
		s := t.ann.annotate(ex.Tokens)
		for _, e := range ex.Entities {
			s.ents = append(s.ents, span{e.Start, e.End, e.Type})
		}
		out[i] = s
	}
	return out
}

// seedOf is the seed of the k-th member of an ensemble.
func (t *trainer) seedOf(k int) int64 { return t.o.Seed + int64(k)*7919 }

// member returns the options of the k-th member of an ensemble.
func (t *trainer) member(k int) TrainOptions {
	ok := t.o
	ok.Seed = t.seedOf(k)
	return ok
}

// anyLabel allows every label after every other (a classifier's labels).
func anyLabel(p, y int) bool { return true }

// trainMembers trains the members of an ensemble on ex, each on its own
// example order: with a plan, each for the epochs planned picks from it;
// else each keeps its epoch with the best dev score, which is logged
// under what unless it is empty. It returns the members and their
// epochs, or nil once t.ctx is done.
func (t *trainer) trainMembers(ex []example, labels []string, allowed func(p, y int) bool, name, what string, planned func(*plan) []int, score func(*seqlab.Model) float64) (ensemble, []int) {
	var ms ensemble
	var iters []int
	for k := 0; k < t.o.Members; k++ {
		o, sc := t.member(k), score
		if t.plan != nil {
			o.MaxIter, sc = max(planned(t.plan)[k], 1), nil
		}
		m, it, f := trainLoop(t.ctx, ex, labels, allowed, o, name, sc)
		if m == nil {
			return nil, nil
		}
		ms, iters = append(ms, m), append(iters, it)
		if sc != nil && what != "" {
			fmt.Fprintf(t.o.Log, "relclass: %s %d: dev F1 %.4f after %d epochs\n", what, k, f, it)
		}
	}
	return ms, iters
}

// entF1 is the strict entity F1 on dev of the entity tagger e.
func (t *trainer) entF1(e ensemble) float64 {
	var c Counts
	for _, s := range t.devS {
		var sp []span
		if len(s.words) > 0 {
			var seq seqlab.Sequence
			entitySequence(s, &seq)
			sp = decodeSpans(t.el, e.decode(&seq))
		}
		c.add(spanCounts(s.ents, sp))
	}
	_, _, f := c.PRF()
	return f
}

// entityTagger trains the entity tagger: members trained on different
// example orders.
func (t *trainer) entityTagger() error {
	for _, s := range t.trainS {
		if len(s.words) == 0 {
			continue
		}
		var seq seqlab.Sequence
		entitySequence(s, &seq)
		t.entEx = append(t.entEx, example{seq: &seq, gold: encodeSpans(t.el, len(s.words), s.ents)})
	}
	t.ents, t.entIters = t.trainMembers(t.entEx, t.el, bilouAllowed(t.el), "entities", "entity tagger",
		func(p *plan) []int { return p.ents }, func(m *seqlab.Model) float64 { return t.entF1(ensemble{m}) })
	if err := t.stopped(); err != nil {
		return err
	}
	t.cfg.Iterations = append(t.cfg.Iterations, t.entIters...)
	if t.plan != nil {
		fmt.Fprintf(t.o.Log, "relclass: entity tagger (%d members): %v epochs (%v)\n", len(t.ents), t.entIters, time.Since(t.start).Round(time.Second))
		return nil
	}
	fmt.Fprintf(t.o.Log, "relclass: entity tagger (%d members): dev F1 %.4f (%v)\n", len(t.ents), t.entF1(t.ents), time.Since(t.start).Round(time.Second))
	return nil
}

// crfTagger trains the CRF tagger, whose marginals tell the typer how sure
// it is.
func (t *trainer) crfTagger() error {
	var f float64
	var err error
	if t.plan != nil {
		t.crf, t.crfIters, _, err = trainCRF(t.ctx, t.entEx, t.el, bilouAllowed(t.el), entityCRF(), max(t.plan.crf, 1), t.o.Log, "crf tagger", nil)
		if err != nil {
			return err
		}
		t.cfg.Iterations = append(t.cfg.Iterations, t.crfIters)
		fmt.Fprintf(t.o.Log, "relclass: crf tagger: %d iterations (%v)\n", t.crfIters, time.Since(t.start).Round(time.Second))
		return nil
	}
	t.crf, t.crfIters, f, err = trainCRF(t.ctx, t.entEx, t.el, bilouAllowed(t.el), entityCRF(), 0, t.o.Log, "crf tagger", func(m *seqlab.Model) float64 { return t.entF1(ensemble{m}) })
	if err != nil {
		return err
	}
	fmt.Fprintf(t.o.Log, "relclass: crf tagger: dev F1 %.4f after %d iterations (%v)\n", f, t.crfIters, time.Since(t.start).Round(time.Second))
	t.cfg.Iterations = append(t.cfg.Iterations, t.crfIters)
	return nil
}

// foldCandidates returns the spans and candidates that taggers trained on
// the other folds propose in each training sentence (realistic mistakes).
func (t *trainer) foldCandidates() ([][]span, [][]cand, error) {
	const folds = 5
	foldCands := make([][]cand, len(t.trainS))
	foldEns := make([][]span, len(t.trainS))
	for k := 0; k < folds; k++ {
		if err := t.stopped(); err != nil {
			return nil, nil, err
		}
		var in []example
		n := 0 // index into entEx of trainS[i]
		var held []int
		for i := range t.trainS {
			if i%folds == k {
				held = append(held, i)
			}
			if len(t.trainS[i].words) == 0 {
				continue
			}
			if i%folds != k {
				in = append(in, t.entEx[n])
			}
			n++
		}
		var fe ensemble
		fcrf, _, _, err := trainCRF(t.ctx, in, t.el, bilouAllowed(t.el), entityCRF(), t.crfIters, io.Discard, "fold crf", nil)
		if err != nil {
			return nil, nil, err
		}
		for j := 0; j < t.o.Members; j++ {
			fo := TrainOptions{MaxIter: t.entIters[j], Patience: t.entIters[j] + 1, MinCount: t.o.MinCount, Seed: t.seedOf(j) + int64(k)*104729, Step: t.o.Step, Log: io.Discard}
			fm, _, _ := trainLoop(t.ctx, in, t.el, bilouAllowed(t.el), fo, "fold", nil)
			if fm == nil {
				return nil, nil, t.stopped()
			}
			fe = append(fe, fm)
		}
		for _, i := range held {
			if len(t.trainS[i].words) == 0 {
				continue
			}
			var seq seqlab.Sequence
			entitySequence(t.trainS[i], &seq)
			foldEns[i], foldCands[i] = fe.candidates(t.trainS[i], t.el, &seq, fcrf)
		}
	}
	return foldEns, foldCands, nil
}

// spanExamples returns the span typer's training examples: the candidates
// of the fold taggers plus the gold spans.
func (t *trainer) spanExamples(foldEns [][]span, foldCands [][]cand) []example {
	spanIdx := map[string]int{}
	for i, l := range spanLabels() {
		spanIdx[l] = i
	}
	var typeEx []example
	for i, s := range t.trainS {
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
	return typeEx
}

// typeF1 is the strict entity F1 on dev of the span typer e with the
// thresholds thr.
func (t *trainer) typeF1(e ensemble, thr []float32) float64 {
	var c Counts
	for i, s := range t.devS {
		cp := *s
		c.add(spanCounts(s.ents, chooseSpans(e, &cp, t.devEns[i], t.devCands[i], thr)))
	}
	_, _, f := c.PRF()
	return f
}

// spanTyper trains the span typer on the candidates that taggers trained
// on the other folds propose in each fold of the training data, plus the
// gold spans, and chooses its margins on dev.
func (t *trainer) spanTyper() error {
	foldEns, foldCands, err := t.foldCandidates()
	if err != nil {
		return err
	}
	typeEx := t.spanExamples(foldEns, foldCands)
	sl := spanLabels()
	t.devEns = make([][]span, len(t.devS))
	t.devCands = make([][]cand, len(t.devS))
	for i, s := range t.devS {
		if len(s.words) > 0 {
			var seq seqlab.Sequence
			entitySequence(s, &seq)
			t.devEns[i], t.devCands[i] = t.ents.candidates(s, t.el, &seq, t.crf)
		}
	}
	uniform := make([]float32, len(sl))
	var iters []int
	t.types, iters = t.trainMembers(typeEx, sl, anyLabel, "span types", "",
		func(p *plan) []int { return p.types }, func(m *seqlab.Model) float64 { return t.typeF1(ensemble{m}, uniform) })
	if err := t.stopped(); err != nil {
		return err
	}
	t.cfg.Iterations = append(t.cfg.Iterations, iters...)
	if t.plan != nil {
		t.cfg.SpanMargin, t.cfg.SpanTypeMargins = t.plan.cfg.SpanMargin, t.plan.cfg.SpanTypeMargins
		fmt.Fprintf(t.o.Log, "relclass: span typer (%d members): %v epochs (%v)\n", len(t.types), iters, time.Since(t.start).Round(time.Second))
		return nil
	}
	t.cfg.SpanMargin, t.cfg.SpanTypeMargins = chooseSpanMargins(t.types, t.devS, t.devEns, t.devCands)
	bestTF := t.typeF1(t.types, t.cfg.spanThresholds())
	fmt.Fprintf(t.o.Log, "relclass: span typer (%d members): dev entity F1 %.4f, margin %.2f, per type %v (%v)\n", len(t.types), bestTF, t.cfg.SpanMargin, t.cfg.SpanTypeMargins, time.Since(t.start).Round(time.Second))
	return nil
}

// relationExamples returns the relation classifier's training examples:
// the pairs of gold entities of the training data.
func (t *trainer) relationExamples() []example {
	relIdx := map[string]int{}
	for i, l := range t.rl {
		relIdx[l] = i
	}
	var relEx []example
	for i, s := range t.trainS {
		gold := map[[2]int]string{}
		for _, r := range t.train[i].Relations {
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
				if typ, ok := gold[[2]int{a, b}]; ok {
					y = relIdx[typ]
				}
				relEx = append(relEx, example{seq: &seq, gold: []int{y}})
			}
		}
	}
	return relEx
}

// relationClassifier trains the relation classifier on the gold entities
// of the training data and chooses its margins by end-to-end F1 on dev.
func (t *trainer) relationClassifier() error {
	relEx := t.relationExamples()
	fmt.Fprintf(t.o.Log, "relclass: %d candidate pairs in training\n", len(relEx))
	if t.plan != nil {
		var iters []int
		t.rels, iters = t.trainMembers(relEx, t.rl, anyLabel, "relations", "", func(p *plan) []int { return p.rels }, nil)
		if err := t.stopped(); err != nil {
			return err
		}
		t.cfg.Iterations = append(t.cfg.Iterations, iters...)
		t.margin = t.plan.cfg.Margin
		t.cfg.Margin, t.cfg.TypeMargins = t.plan.cfg.Margin, t.plan.cfg.TypeMargins
		return nil
	}
	// The dev sentences with the chosen entities.
	devE2E := make([]*tagged, len(t.devS))
	for i, s := range t.devS {
		c := *s
		c.ents = chooseSpans(t.types, &c, t.devEns[i], t.devCands[i], t.cfg.spanThresholds())
		devE2E[i] = &c
	}
	probe := &Model{cfg: t.cfg, ents: t.ents, crf: t.crf, types: t.types, entLabels: t.el, relLabels: t.rl, annotator: t.ann}
	// relF1 returns the best end-to-end dev F1 of the classifier over the
	// margins, and that margin.
	relF1 := func(e ensemble) (float64, float64) {
		probe.rels = e
		return bestMargin(t.dev, scoreAll(probe, devE2E))
	}
	var iters []int
	t.rels, iters = t.trainMembers(relEx, t.rl, anyLabel, "relations", "relation classifier", nil, func(m *seqlab.Model) float64 {
		f, _ := relF1(ensemble{m})
		return f
	})
	if err := t.stopped(); err != nil {
		return err
	}
	t.cfg.Iterations = append(t.cfg.Iterations, iters...)
	probe.rels = t.rels
	t.margin, t.cfg.TypeMargins, t.relF1 = chooseMargins(t.dev, scoreAll(probe, devE2E))
	t.cfg.Margin = t.margin
	fmt.Fprintf(t.o.Log, "relclass: margins per type %v: dev F1 %.4f\n", t.cfg.TypeMargins, t.relF1)
	return nil
}

// scored is a sentence with its entities and every candidate pair's best
// relation and margin (scorePairs), so that margins can be tried without
// classifying again.
type scored struct {
	s     *tagged
	pairs []prediction
}

// scoreAll scores the candidate pairs of each sentence with m.
func scoreAll(m *Model, ss []*tagged) []scored {
	out := make([]scored, len(ss))
	for i, s := range ss {
		out[i] = scored{s, m.scorePairs(s)}
	}
	return out
}

// marginF1 is the strict end-to-end relation F1 against gold of the pairs
// of ss kept at margin mg with the type adjustments of c.
func marginF1(gold []Example, ss []scored, c *config, mg float64) float64 {
	var n Counts
	for i, s := range ss {
		sc, _ := Evaluate(gold[i:i+1], []Example{toExample(gold[i], s.s, c.selectPairs(s.pairs, mg))})
		n.add(sc.Relations)
	}
	_, _, f := n.PRF()
	return f
}

// bestMargin returns the best end-to-end F1 over the margins tried, with
// no adjustment by type, and the first margin that reaches it.
func bestMargin(gold []Example, ss []scored) (float64, float64) {
	best, bestMg := -1.0, 0.0
	var c config
	for _, mg := range margins {
		if f := marginF1(gold, ss, &c, mg); f > best {
			best, bestMg = f, mg
		}
	}
	return best, bestMg
}

// chooseMargins chooses the classifier's margin by end-to-end F1 of ss
// against gold, then each type's adjustment by two rounds of coordinate
// ascent (an adjustment kept only when it raises F1). It returns the
// margin, the adjustments and the F1 they reach.
func chooseMargins(gold []Example, ss []scored) (float64, map[string]float64, float64) {
	_, margin := bestMargin(gold, ss)
	c := config{TypeMargins: map[string]float64{}}
	f1 := func() float64 { return marginF1(gold, ss, &c, margin) }
	for round := 0; round < 2; round++ {
		for _, typ := range RelationTypes {
			bestOff, bestF := c.TypeMargins[typ], f1()
			for _, off := range []float64{-10, -5, -2.5, 0, 2.5, 5, 10} {
				c.TypeMargins[typ] = off
				if f := f1(); f > bestF+1e-9 {
					bestOff, bestF = off, f
				}
			}
			c.TypeMargins[typ] = bestOff
		}
	}
	return margin, c.TypeMargins, f1()
}

// calibrate fits the map from the classifier's margins to scores on dev,
// with gold entities.
func (t *trainer) calibrate() {
	probe := &Model{cfg: t.cfg, rels: t.rels, relLabels: t.rl, annotator: t.ann}
	var ds []float64
	var ys []bool
	for i, s := range t.devS {
		gold := map[[2]int]string{}
		for _, r := range t.dev[i].Relations {
			gold[[2]int{r.Head, r.Tail}] = r.Type
		}
		for _, p := range probe.classify(s, math.Inf(-1)) {
			ds = append(ds, p.margin)
			ys = append(ys, gold[[2]int{p.head, p.tail}] == p.typ)
		}
	}
	t.cfg.ScaleA, t.cfg.ScaleB = FitPlatt(ds, ys)
	fmt.Fprintf(t.o.Log, "relclass: score calibration on %d dev pairs: P = 1/(1+exp(-(%.4f*margin%+.4f)))\n", len(ds), t.cfg.ScaleA, t.cfg.ScaleB)
}

// chooseSpanMargins chooses the span typer's margin by strict entity F1
// on dev (devS with the ensemble's spans and the candidates of each
// sentence): one margin for every type, then each type's adjustment by
// coordinate ascent from it, until no type's change helps (at most four
// rounds). An adjustment is kept only when it raises F1.
func chooseSpanMargins(types ensemble, devS []*tagged, devEns [][]span, devCands [][]cand) (float64, map[string]float64) {
	// The typer's scores do not depend on the margins: compute them once.
	scored := make([][]typedSpan, len(devS))
	for i, s := range devS {
		cp := *s
		scored[i] = typeSpans(types, &cp, devEns[i], devCands[i])
	}
	return chooseSpanMarginsOf(types.labels(), scored, devS)
}

// pickSpans returns the spans of ts (with labels, the typer's) that keep a
// type with the thresholds thr, appended to out.
func pickSpans(out []span, labels []string, ts []typedSpan, thr []float32) []span {
	for _, t := range ts {
		if y := pickType(t.scores, thr); y > 0 {
			out = append(out, span{t.start, t.end, labels[y]})
		}
	}
	return out
}

// chooseSpanMarginsOf chooses the span typer's margins as chooseSpanMargins
// does, from the typer's scores of each sentence's spans (scored, with
// labels the typer's) against the gold entities of devS.
func chooseSpanMarginsOf(labels []string, scored [][]typedSpan, devS []*tagged) (float64, map[string]float64) {
	margin := 0.0
	adj := map[string]float64{}
	f1 := func() float64 {
		c := config{SpanMargin: margin, SpanTypeMargins: adj}
		thr := c.spanThresholds()
		var n Counts
		var got []span
		for i, ts := range scored {
			got = pickSpans(got[:0], labels, ts, thr)
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
// returns the last model. trainLoop checks ctx every epoch and every
// seqlab.CheckEvery examples within one, and returns a nil model once it is
// done.
func trainLoop(ctx context.Context, ex []example, labels []string, allowed func(p, y int) bool, o TrainOptions, name string, score func(*seqlab.Model) float64) (*seqlab.Model, int, float64) {
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
		if ctx.Err() != nil {
			return nil, 0, 0
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for n, i := range order {
			if n%seqlab.CheckEvery == seqlab.CheckEvery-1 && ctx.Err() != nil {
				return nil, 0, 0
			}
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

// FitPlatt fits P(y | d) = 1/(1+exp(-(a*d+b))) to scores ds and outcomes
// ys by Newton's method with a backtracking line search on the log-loss,
// with Platt's smoothed targets (Lin, Lin and Weng 2007), which keep a
// small sample from pushing probabilities to 0 or 1. It returns 0, 0 when
// ys holds only one outcome.
func FitPlatt(ds []float64, ys []bool) (a, b float64) {
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
func trainCRF(ctx context.Context, ex []example, labels []string, allowed func(p, y int) bool, p crfParams, iters int, log io.Writer, name string, score func(*seqlab.Model) float64) (*seqlab.Model, int, float64, error) {
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
	m, err := seqlab.TrainCRF(ctx, seqs, gold, labels, allowed, co)
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
