package seqlab

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// CheckEvery is how many examples TrainPerceptron and TrainCRF learn
// from between two checks of their context within an epoch.
const CheckEvery = 2048

// PerceptronOptions configures TrainPerceptron. The zero value (or nil)
// gives the defaults documented on each field.
type PerceptronOptions struct {
	// MaxIter is the most epochs. Default 10.
	MaxIter int
	// Patience stops training after this many epochs without a better
	// score. Default 3.
	Patience int
	// MinCount gives weights only to features seen in at least this many
	// training tokens (see Trainer.Restrict). Default 1 (all).
	MinCount int
	// Seed and Stream seed the generator (PCG) that shuffles the examples
	// before each epoch; member k of an ensemble uses stream Stream+k.
	Seed, Stream uint64
	// Members is the number of perceptrons that learn in step, each on its
	// own example order (in parallel), whose averaged weights are averaged
	// again into each epoch's model (see Average). Default 1.
	Members int
	// Prune drops averaged weights no larger than this in magnitude (see
	// Trainer.Model). Default 0: only zero weights are dropped.
	Prune float64
	// Step rounds the weights of each epoch's model to multiples of step
	// (see Model.Quantize); zero or negative means no rounding.
	Step float32
	// Score, when set, scores the model of every epoch (on dev data); the
	// model with the best score is returned, and training stops after
	// Patience epochs without a better one. Without Score the model after
	// MaxIter epochs is returned.
	Score func(*Model) float64
	// Log, when set, is called after each scored epoch.
	Log func(Epoch)
}

// Epoch is what TrainPerceptron reports of one epoch.
type Epoch struct {
	// Iter is the epoch's number, from 1.
	Iter int
	// Errors is the number of training tokens the first member mislabelled
	// during the epoch.
	Errors int
	// Score is Model's score.
	Score float64
	// Model is the epoch's model.
	Model *Model
	// Time is how long the epoch took, scoring included.
	Time time.Duration
}

func (o *PerceptronOptions) withDefaults() PerceptronOptions {
	var d PerceptronOptions
	if o != nil {
		d = *o
	}
	if d.MaxIter <= 0 {
		d.MaxIter = 10
	}
	if d.Patience <= 0 {
		d.Patience = 3
	}
	if d.Members <= 0 {
		d.Members = 1
	}
	return d
}

// TrainPerceptron learns a Model from the sequences and their gold labels
// with the averaged perceptron (Trainer), running epochs over the examples
// in a seeded random order and choosing the epoch by its score (see
// PerceptronOptions.Score). allowed is the transition rule of NewTrainer.
// It returns the model, its epoch and its score (0 without Score). The
// result depends only on the inputs, whatever the number of members.
// TrainPerceptron checks ctx before each epoch and every CheckEvery
// examples within one, and once it is done returns an error wrapping
// ctx.Err() and no model.
func TrainPerceptron(ctx context.Context, seqs []*Sequence, gold [][]int, labels []string, allowed func(p, y int) bool, opts *PerceptronOptions) (*Model, int, float64, error) {
	o := opts.withDefaults()
	if len(seqs) != len(gold) {
		return nil, 0, 0, errors.New("seqlab: train perceptron: sequences and labels differ in number")
	}
	for i, s := range seqs {
		if s.Len() != len(gold[i]) {
			return nil, 0, 0, fmt.Errorf("seqlab: train perceptron: sequence %d has %d tokens and %d labels", i, s.Len(), len(gold[i]))
		}
		for _, y := range gold[i] {
			if y < 0 || y >= len(labels) {
				return nil, 0, 0, fmt.Errorf("seqlab: train perceptron: sequence %d: label %d out of range", i, y)
			}
		}
	}
	type member struct {
		tr    *Trainer
		rng   *rand.Rand
		order []int
		errs  int
	}
	ms := make([]*member, o.Members)
	for k := range ms {
		m := &member{tr: NewTrainer(labels, allowed), rng: rand.New(rand.NewPCG(o.Seed, o.Stream+uint64(k)))}
		if o.MinCount > 1 {
			m.tr.Restrict(seqs, o.MinCount)
		}
		m.order = make([]int, len(seqs))
		for i := range m.order {
			m.order[i] = i
		}
		ms[k] = m
	}
	epoch := func(m *member) {
		m.rng.Shuffle(len(m.order), func(i, j int) { m.order[i], m.order[j] = m.order[j], m.order[i] })
		m.errs = 0
		for n, i := range m.order {
			if n%CheckEvery == CheckEvery-1 && ctx.Err() != nil {
				return
			}
			m.errs += m.tr.Learn(seqs[i], gold[i])
		}
	}
	interrupted := func() error {
		return fmt.Errorf("seqlab: train perceptron: interrupted: %w", ctx.Err())
	}
	snapshot := func() *Model {
		var out *Model
		if len(ms) == 1 {
			out = ms[0].tr.Model(o.Prune)
		} else {
			models := make([]*Model, len(ms))
			for k, m := range ms {
				models[k] = m.tr.Model(o.Prune)
			}
			out = average(models)
		}
		out.Quantize(o.Step)
		return out
	}
	var best *Model
	bestIt, bestScore := 0, -1.0
	for it := 1; it <= o.MaxIter; it++ {
		if ctx.Err() != nil {
			return nil, 0, 0, interrupted()
		}
		t0 := time.Now()
		if len(ms) == 1 {
			epoch(ms[0])
		} else {
			var wg sync.WaitGroup
			for _, m := range ms {
				wg.Add(1)
				go func() {
					defer wg.Done()
					epoch(m)
				}()
			}
			wg.Wait()
		}
		if ctx.Err() != nil {
			// An epoch cut short leaves the weights half-learnt.
			return nil, 0, 0, interrupted()
		}
		if o.Score == nil {
			continue
		}
		m := snapshot()
		s := o.Score(m)
		if o.Log != nil {
			o.Log(Epoch{Iter: it, Errors: ms[0].errs, Score: s, Model: m, Time: time.Since(t0)})
		}
		if s > bestScore {
			best, bestIt, bestScore = m, it, s
		} else if it-bestIt >= o.Patience {
			break
		}
	}
	if o.Score == nil {
		return snapshot(), o.MaxIter, 0, nil
	}
	return best, bestIt, bestScore, nil
}
