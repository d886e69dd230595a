package relclass

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"
)

// CVReport is what CrossValidate measured on the held-out folds: each
// fold's sentences predicted by the models trained on the other folds, at
// the margins chosen on all folds together.
type CVReport struct {
	// Folds is the number of folds; Sentences the number of sentences.
	Folds, Sentences int
	// Score counts strict entity matches (span and type) and strict
	// end-to-end relation matches (on the predicted entities), overall and
	// per type.
	Score *Score
	// Predictions are the held-out predictions, in the order of the
	// data.
	Predictions []Example
	// FoldRelationF1 is each fold's end-to-end relation F1 at the margins
	// its own trainer chose on it (optimistic: chosen on what it scores).
	FoldRelationF1 []float64
	// Iterations are the epochs the final models are trained for: for
	// each model, the median over the folds of the epochs chosen on the
	// held-out fold, in the order Model.Info lists them.
	Iterations []int
	// Margin and TypeMargins are the classifier's margins, SpanMargin and
	// SpanTypeMargins the span typer's, chosen on the held-out folds
	// together.
	Margin, SpanMargin           float64
	TypeMargins, SpanTypeMargins map[string]float64
	// CalibrationPairs is the number of held-out pairs of gold entities
	// the score calibration was fitted on.
	CalibrationPairs int
}

// heldOut is what the models trained without one fold say of it.
type heldOut struct {
	gold   []Example
	devS   []*tagged     // the fold's sentences with their gold entities
	scored [][]typedSpan // the span typer's scores of each sentence's spans
	model  *Model        // the models trained on the other folds
	labels []string      // the span typer's labels
	iters  []int         // the epochs chosen on the fold
}

// CrossValidate trains on data (CoNLL04 train and dev together, say) with
// every choice Train makes on a dev split made by k-fold cross-validation
// instead: data is cut into folds contiguous runs of sentences; for each
// fold, Train learns from the others and chooses its epochs on that fold;
// then the span typer's margins, the classifier's margins and the score
// calibration are chosen on the held-out predictions of all folds
// together, each model's epochs are the median over the folds, and the
// final models learn from all of data with those epochs and margins. The
// report gives the held-out figures. folds must be at least 2.
// CrossValidate checks ctx as Train does and, once it is done, returns an
// error wrapping ctx.Err() and no model.
func CrossValidate(ctx context.Context, data []Example, folds int, opts *TrainOptions) (*Model, *CVReport, error) {
	o := opts.withDefaults()
	if folds < 2 || len(data) < 2*folds {
		return nil, nil, fmt.Errorf("relclass: cross-validate: %d sentences in %d folds (need at least 2 folds of 2)", len(data), folds)
	}
	start := time.Now()
	ann, err := defaultAnnotator()
	if err != nil {
		return nil, nil, err
	}
	rep := &CVReport{Folds: folds, Sentences: len(data)}
	var hos []heldOut
	for k := 0; k < folds; k++ {
		lo, hi := k*len(data)/folds, (k+1)*len(data)/folds
		train := append(slices.Clone(data[:lo]), data[hi:]...)
		t := &trainer{ctx: ctx, o: o, train: train, dev: data[lo:hi], ann: ann, start: time.Now()}
		t.o.Log = prefixed(o.Log, fmt.Sprintf("fold %d/%d: ", k+1, folds))
		t.trainS, t.devS = t.prep(t.train), t.prep(t.dev)
		if err := t.stopped(); err != nil {
			return nil, nil, err
		}
		if err := t.run(); err != nil {
			return nil, nil, err
		}
		ho := heldOut{gold: t.dev, devS: t.devS, model: t.model(), labels: t.types.labels(), iters: t.cfg.Iterations}
		for i, s := range t.devS {
			cp := *s
			ho.scored = append(ho.scored, typeSpans(t.types, &cp, t.devEns[i], t.devCands[i]))
		}
		hos = append(hos, ho)
		rep.FoldRelationF1 = append(rep.FoldRelationF1, t.relF1)
		fmt.Fprintf(o.Log, "relclass: fold %d/%d: relation F1 %.4f at its own margins (%v)\n", k+1, folds, t.relF1, time.Since(start).Round(time.Second))
	}
	p, err := choosePlan(hos, o.Members, rep)
	if err != nil {
		return nil, nil, err
	}
	_, _, ef := rep.Score.Entities.PRF()
	rp, rr, rf := rep.Score.Relations.PRF()
	fmt.Fprintf(o.Log, "relclass: %d-fold cross-validation on %d sentences: entity F1 %.4f; relations P %.4f R %.4f F1 %.4f; margin %.1f, per type %v; span margin %.2f, per type %v; epochs %v\n",
		folds, len(data), ef, rp, rr, rf, rep.Margin, rep.TypeMargins, rep.SpanMargin, rep.SpanTypeMargins, rep.Iterations)
	t := &trainer{ctx: ctx, o: o, train: data, ann: ann, start: time.Now(), plan: p}
	t.trainS = t.prep(data)
	if err := t.stopped(); err != nil {
		return nil, nil, err
	}
	if err := t.run(); err != nil {
		return nil, nil, err
	}
	t.cfg.CV = &cvSummary{Folds: folds, Sentences: len(data), EntityF1: ef, RelationF1: rf}
	return t.model(), rep, nil
}

// choosePlan chooses the margins and the calibration on the held-out
// folds together and each model's epochs as the median over the folds,
// and fills in rep.
func choosePlan(hos []heldOut, members int, rep *CVReport) (*plan, error) {
	if len(hos) == 0 {
		return nil, errors.New("relclass: cross-validate: no folds")
	}
	var gold []Example
	var devS []*tagged
	var scoredSpans [][]typedSpan
	for _, h := range hos {
		gold = append(gold, h.gold...)
		devS = append(devS, h.devS...)
		scoredSpans = append(scoredSpans, h.scored...)
	}
	var cfg config
	cfg.SpanMargin, cfg.SpanTypeMargins = chooseSpanMarginsOf(hos[0].labels, scoredSpans, devS)
	thr := cfg.spanThresholds()
	// Each held-out sentence with the entities the typer keeps, and its
	// pairs scored by its fold's classifier; and with its gold entities,
	// for the calibration.
	var e2e []scored
	var ds []float64
	var ys []bool
	for _, h := range hos {
		for i, s := range h.devS {
			c := *s
			c.ents = pickSpans(nil, h.labels, h.scored[i], thr)
			e2e = append(e2e, scored{&c, h.model.scorePairs(&c)})
			g := *s
			want := map[[2]int]string{}
			for _, r := range h.gold[i].Relations {
				want[[2]int{r.Head, r.Tail}] = r.Type
			}
			for _, p := range h.model.scorePairs(&g) {
				ds = append(ds, p.margin)
				ys = append(ys, want[[2]int{p.head, p.tail}] == p.typ)
			}
		}
	}
	cfg.Margin, cfg.TypeMargins, _ = chooseMargins(gold, e2e)
	for i, s := range e2e {
		rep.Predictions = append(rep.Predictions, toExample(gold[i], s.s, cfg.selectPairs(s.pairs, cfg.Margin)))
	}
	var err error
	if rep.Score, err = Evaluate(gold, rep.Predictions); err != nil {
		return nil, err
	}
	cfg.ScaleA, cfg.ScaleB = FitPlatt(ds, ys)
	rep.CalibrationPairs = len(ds)
	iters := make([]int, len(hos[0].iters))
	for j := range iters {
		var xs []int
		for _, h := range hos {
			if j < len(h.iters) {
				xs = append(xs, h.iters[j])
			}
		}
		iters[j] = median(xs)
	}
	rep.Iterations = iters
	rep.Margin, rep.TypeMargins, rep.SpanMargin, rep.SpanTypeMargins = cfg.Margin, cfg.TypeMargins, cfg.SpanMargin, cfg.SpanTypeMargins
	return newPlan(iters, members, cfg)
}

// median returns the median of xs (the lower of the middle two when
// their number is even), or 0 for none.
func median(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}

// prefixed returns a writer that writes prefix before each write to w
// (each progress line is one write).
func prefixed(w io.Writer, prefix string) io.Writer {
	if w == io.Discard {
		return w
	}
	return prefixWriter{w, prefix}
}

type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, p.prefix); err != nil {
		return 0, err
	}
	return p.w.Write(b)
}
