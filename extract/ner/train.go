package ner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// TrainOptions configures Train. The zero value (or nil) gives the
// defaults documented on each field.
type TrainOptions struct {
	// MaxIter is the most training epochs per stage; the epoch with the
	// best dev F1 is kept. Default 30.
	MaxIter int
	// Patience stops a stage after this many epochs without a better dev
	// F1. Default 5.
	Patience int
	// MinCount drops features seen in fewer training tokens. Default 1.
	MinCount int
	// Seed orders the training examples. Default 1.
	Seed int64
	// BIO selects the BIO label encoding instead of BILOU.
	BIO bool
	// SingleStage trains only the first stage, without document features.
	SingleStage bool
	// Ensemble is the number of perceptrons, trained on different example
	// orders, whose weights are averaged into each stage. Default 1.
	Ensemble int
	// Folds is the number of jackknife folds that give the second stage
	// realistic first-stage decisions on the training data. Default 5.
	Folds int
	// Prune drops averaged weights smaller than this. Default 1e-3.
	Prune float64
	// NoAugment trains on the documents as they are, without title-case
	// copies of headlines in capitals.
	NoAugment bool
	// NoGazetteer leaves out the gazetteer features.
	NoGazetteer bool
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
		d.Patience = 5
	}
	if d.MinCount <= 0 {
		d.MinCount = 1
	}
	if d.Seed == 0 {
		d.Seed = 1
	}
	if d.Ensemble <= 0 {
		d.Ensemble = 1
	}
	if d.Folds <= 1 {
		d.Folds = 5
	}
	if d.Prune <= 0 {
		d.Prune = 1e-3
	}
	if d.Log == nil {
		d.Log = io.Discard
	}
	return d
}

// example is one training sentence: features and gold labels.
type example struct {
	seq  *seqlab.Sequence
	gold []int
}

// Train learns a model from train, choosing the number of epochs of each
// stage by F1 on dev. The result depends only on the data and the options.
// Train checks ctx every epoch, every few thousand sentences within one
// and between the jackknife folds, and once it is done returns an error
// wrapping ctx.Err() and no model.
func Train(ctx context.Context, train, dev []Document, opts *TrainOptions) (*Model, error) {
	o := opts.withDefaults()
	if len(train) == 0 || len(dev) == 0 {
		return nil, errors.New("ner: train: need training and dev documents")
	}
	cfg := config{Encoding: encBILOU, Stage2: !o.SingleStage, Seed: o.Seed, Gazetteer: !o.NoGazetteer}
	if o.BIO {
		cfg.Encoding = encBIO
	}
	ls := labelSet(cfg.Encoding)
	start := time.Now()
	if !o.NoAugment {
		train = augment(train)
	}

	// Stage one.
	// domainOnly holds the features only documents of another domain
	// fire; they are dropped from the model that is returned.
	domainOnly := map[uint64]bool{}
	trainEx, err := featurize(train, cfg, ls, nil, false, domainOnly)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Log, "stage 1: %d training sentences featurized in %v\n", len(trainEx), time.Since(start).Round(time.Millisecond))
	s1, it1, f1, err := trainStage(ctx, trainEx, ls, cfg, o, func(m *seqlab.Model) float64 {
		c := cfg
		c.Stage2 = false
		mm, _ := newModel(c, m, nil, nil)
		return scoreDocs(mm, dev)
	}, o.MaxIter, "stage 1")
	if err != nil {
		return nil, err
	}
	cfg.Iterations = []int{it1}
	fmt.Fprintf(o.Log, "stage 1: best dev F1 %.4f after %d epochs (%v)\n", f1, it1, time.Since(start).Round(time.Second))
	drop := func(h uint64) bool { return domainOnly[h] }
	if o.SingleStage {
		return newModel(cfg, s1.Without(drop), nil, nil)
	}

	// Stage-one decisions on the training data by jackknifing: each fold is
	// labelled by a model trained on the other folds for it1 epochs.
	prevTrain := make([][][]int, len(train))
	for k := 0; k < o.Folds; k++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("ner: train: interrupted: %w", err)
		}
		var in []example
		for di := range train {
			if di%o.Folds != k {
				in = append(in, trainEx[exampleRange(train, di).lo:exampleRange(train, di).hi]...)
			}
		}
		fm, _, _, err := trainStage(ctx, in, ls, cfg, o, nil, it1, fmt.Sprintf("fold %d", k))
		if err != nil {
			return nil, err
		}
		c := cfg
		c.Stage2 = false
		mm, err := newModel(c, fm, nil, nil)
		if err != nil {
			return nil, err
		}
		f := mm.newFeaturizer()
		for di := range train {
			if di%o.Folds == k {
				// labelDocument reuses its buffers: keep a copy.
				ls := mm.labelDocument(f, train[di].Words())
				cp := make([][]int, len(ls))
				for si := range ls {
					cp[si] = append([]int(nil), ls[si]...)
				}
				prevTrain[di] = cp
			}
		}
		fmt.Fprintf(o.Log, "fold %d/%d done (%v)\n", k+1, o.Folds, time.Since(start).Round(time.Second))
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ner: train: interrupted: %w", err)
	}
	trainEx2, err := featurize(train, cfg, ls, prevTrain, true, domainOnly)
	if err != nil {
		return nil, err
	}
	s2, it2, f2, err := trainStage(ctx, trainEx2, ls, cfg, o, func(m *seqlab.Model) float64 {
		c := cfg
		c.Stage2 = true
		mm, _ := newModel(c, s1, m, nil)
		return scoreDocs(mm, dev)
	}, o.MaxIter, "stage 2")
	if err != nil {
		return nil, err
	}
	cfg.Iterations = []int{it1, it2}
	fmt.Fprintf(o.Log, "stage 2: best dev F1 %.4f after %d epochs (%v)\n", f2, it2, time.Since(start).Round(time.Second))
	return newModel(cfg, s1.Without(drop), s2.Without(drop), nil)
}

// exampleRange returns the slice bounds of document di's sentences in the
// example list built by featurize (sentences in document order).
func exampleRange(docs []Document, di int) (r rangeT) {
	lo := 0
	for i := 0; i < di; i++ {
		lo += len(docs[i].Sentences)
	}
	return rangeT{lo, lo + len(docs[di].Sentences)}
}

type rangeT struct{ lo, hi int }

// featurize builds examples for every sentence of docs. prev, when set,
// holds stage-one labels per document, sentence and token.
func featurize(docs []Document, cfg config, ls []string, prev [][][]int, stage2 bool, domainOnly map[uint64]bool) ([]example, error) {
	c := cfg
	c.Stage2 = false
	m, err := newModel(c, seqlab.Empty(ls), nil, nil)
	if err != nil {
		return nil, err
	}
	f := m.newFeaturizer()
	var out []example
	var seq seqlab.Sequence
	for di, d := range docs {
		f.load(d.Words())
		if stage2 {
			m.setPrev(f, prev[di])
			f.prepareStage2()
		}
		dom := uint64(0)
		if d.Domain != "" {
			dom = seqlab.String(seedForm, d.Domain)
		}
		for si, s := range d.Sentences {
			f.sequence(si, stage2, &seq)
			if dom != 0 {
				addDomain(&seq, f, si, dom, domainOnly)
			}
			out = append(out, example{seq: seq.Clone(), gold: encode(cfg.Encoding, ls, s.Tags, nil)})
		}
	}
	return out, nil
}

// addDomain adds to seq, the features of sentence si, the features of
// its document's domain dom (see Document.Domain) to every token: a copy
// of each feature for that domain alone (after Daume III, "Frustratingly
// easy domain adaptation", 2007), a bias and a shape prior. The shared
// features learn what holds in both corpora, the copies what holds only
// in the other one; the copies are recorded in only, and Train drops them
// from the model it returns, as tagging never fires them.
func addDomain(seq *seqlab.Sequence, f *featurizer, si int, dom uint64, only map[uint64]bool) {
	old := seq.Clone()
	seq.Reset()
	lo := f.sents[si]
	add := func(h uint64) {
		seq.Add(h)
		only[h] = true
	}
	for i := 0; i < old.Len(); i++ {
		for _, h := range old.Feats[old.Off[i]:old.Off[i+1]] {
			seq.Add(h)
			add(seqlab.Mix(h, dom))
		}
		add(seqlab.Feat1(tDomain, dom))
		add(seqlab.Feat2(tDomainShape, dom, f.toks[lo+i].short))
		seq.EndToken()
	}
}

// trainStage runs the perceptron for up to maxIter epochs. With a score
// function it keeps the model of the best-scoring epoch and stops after
// o.Patience epochs without improvement; without one it returns the model
// after maxIter epochs. With o.Ensemble > 1, that many perceptrons learn
// in step on differently shuffled data (in parallel) and each epoch's
// model is the average of their averaged weights. Once ctx is done it
// returns an error wrapping ctx.Err().
func trainStage(ctx context.Context, ex []example, ls []string, cfg config, o TrainOptions, score func(*seqlab.Model) float64, maxIter int, name string) (*seqlab.Model, int, float64, error) {
	members := o.Ensemble
	if score == nil {
		members = 1 // jackknife folds: one perceptron is enough
	}
	seqs := make([]*seqlab.Sequence, len(ex))
	gold := make([][]int, len(ex))
	toks := 0
	for i := range ex {
		seqs[i], gold[i] = ex[i].seq, ex[i].gold
		toks += len(ex[i].gold)
	}
	m, it, f, err := seqlab.TrainPerceptron(ctx, seqs, gold, ls, allowedFunc(cfg.Encoding, ls), &seqlab.PerceptronOptions{
		MaxIter: maxIter, Patience: o.Patience, MinCount: o.MinCount, Seed: uint64(o.Seed), Stream: 0x6b67,
		Members: members, Prune: o.Prune, Score: score,
		Log: func(e seqlab.Epoch) {
			fmt.Fprintf(o.Log, "%s epoch %d: train token errors %.4f, dev F1 %.4f, %d features (%v)\n",
				name, e.Iter, float64(e.Errors)/float64(toks), e.Score, e.Model.NumFeatures(), e.Time.Round(time.Millisecond))
		},
	})
	if cerr := ctx.Err(); cerr != nil {
		return nil, 0, 0, fmt.Errorf("ner: train: interrupted: %w", cerr)
	}
	if err != nil {
		return nil, 0, 0, fmt.Errorf("ner: train: %w", err)
	}
	return m, it, f, nil
}

// scoreDocs tags docs with m and returns the conlleval F1.
func scoreDocs(m *Model, docs []Document) float64 {
	return EvalDocs(m, docs).F1()
}

// EvalDocs tags docs with m and scores the result against their tags.
func EvalDocs(m *Model, docs []Document) *Eval {
	e := NewEval()
	for _, d := range docs {
		pred := m.TagDocument(d.Words())
		e.Add("O", "O") // the -DOCSTART- line
		e.EndSentence()
		for si, s := range d.Sentences {
			for i := range s.Tokens {
				e.Add(s.Tags[i], pred[si][i])
			}
			e.EndSentence()
		}
	}
	e.Finish()
	return e
}
