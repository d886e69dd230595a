package seqlab

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestTrainPerceptronCancelled(t *testing.T) {
	seqs, gold := synthetic(3000)
	tests := []struct {
		name    string
		members int
		// after is the epoch after which the context is cancelled; 0
		// cancels it before training starts.
		after int
	}{
		{"cancelled before", 1, 0},
		{"cancelled after an epoch", 1, 1},
		{"three members cancelled after an epoch", 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.after == 0 {
				cancel()
			}
			epochs := 0
			start := time.Now()
			m, _, _, err := TrainPerceptron(ctx, seqs, gold, perceptronLabels, allowAll, &PerceptronOptions{
				MaxIter: 1000, Patience: 1000, Members: tt.members,
				Score: func(*Model) float64 {
					if epochs++; epochs == tt.after {
						cancel()
					}
					return float64(epochs) // always better: only ctx stops it
				}})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v, want one wrapping context.Canceled", err)
			}
			if m != nil {
				t.Error("a model from an interrupted training")
			}
			if epochs != tt.after {
				t.Errorf("%d epochs scored, want %d", epochs, tt.after)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v to stop", d)
			}
		})
	}
}

func TestTrainCRFCancelled(t *testing.T) {
	seqs, gold := synthetic(200)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	m, err := TrainCRF(ctx, seqs, gold, perceptronLabels, allowAll, &CRFOptions{
		L2: 1, MaxIter: 1000, Tol: 1e-12, Every: 1, Patience: 1000,
		Score: func(*Model, int) float64 {
			if calls++; calls == 2 {
				cancel()
			}
			return float64(calls)
		}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want one wrapping context.Canceled", err)
	}
	if m != nil {
		t.Error("a model from an interrupted training")
	}
	if calls != 2 {
		t.Errorf("%d iterations scored, want 2", calls)
	}
}
