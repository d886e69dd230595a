package seqlab

import (
	"bytes"
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// synthetic returns n sequences of words from a small vocabulary labelled
// by a rule with some noise, so that the perceptron keeps making mistakes
// for a few epochs.
func synthetic(n int) ([]*Sequence, [][]int) {
	rng := rand.New(rand.NewPCG(7, 7))
	vocab := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	var seqs []*Sequence
	var gold [][]int
	for range n {
		words := make([]string, 2+rng.IntN(6))
		ys := make([]int, len(words))
		for i := range words {
			words[i] = vocab[rng.IntN(len(vocab))]
			switch {
			case rng.IntN(10) == 0:
				ys[i] = rng.IntN(3)
			case words[i] < "c":
				ys[i] = 1
			case i > 0 && ys[i-1] == 1:
				ys[i] = 2
			}
		}
		seqs = append(seqs, toy(words))
		gold = append(gold, ys)
	}
	return seqs, gold
}

var perceptronLabels = []string{"O", "X", "Y"}

func allowAll(p, y int) bool { return true }

func modelBytes(t *testing.T, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// byHand trains members perceptrons for epochs epochs the way
// TrainPerceptron is documented to, and averages them.
func byHand(seqs []*Sequence, gold [][]int, members, epochs int, seed, stream uint64, prune float64) *Model {
	var models []*Model
	for k := range members {
		tr := NewTrainer(perceptronLabels, allowAll)
		rng := rand.New(rand.NewPCG(seed, stream+uint64(k)))
		order := make([]int, len(seqs))
		for i := range order {
			order[i] = i
		}
		for range epochs {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, i := range order {
				tr.Learn(seqs[i], gold[i])
			}
		}
		models = append(models, tr.Model(prune))
	}
	if members == 1 {
		return models[0]
	}
	avg, _ := Average(models...)
	return avg
}

func TestTrainPerceptronMatchesByHand(t *testing.T) {
	seqs, gold := synthetic(60)
	tests := []struct {
		name    string
		members int
		epochs  int
		prune   float64
	}{
		{"one member", 1, 4, 0},
		{"one member pruned", 1, 3, 0.5},
		{"three members", 3, 4, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, it, score, err := TrainPerceptron(context.Background(), seqs, gold, perceptronLabels, allowAll, &PerceptronOptions{
				MaxIter: tt.epochs, Seed: 3, Stream: 0x99, Members: tt.members, Prune: tt.prune})
			if err != nil {
				t.Fatal(err)
			}
			if it != tt.epochs || score != 0 {
				t.Errorf("without Score: epoch %d, score %v; want %d, 0", it, score, tt.epochs)
			}
			want := byHand(seqs, gold, tt.members, tt.epochs, 3, 0x99, tt.prune)
			if !bytes.Equal(modelBytes(t, m), modelBytes(t, want)) {
				t.Error("model differs from training by hand")
			}
		})
	}
}

func TestTrainPerceptronChoosesEpoch(t *testing.T) {
	seqs, gold := synthetic(60)
	scores := []float64{0.1, 0.5, 0.3, 0.5, 0.2, 0.9, 0.95}
	for _, members := range []int{1, 2} {
		var logged []int
		var models []*Model
		opts := &PerceptronOptions{MaxIter: len(scores), Patience: 3, Seed: 1, Members: members, Step: 0.25,
			Score: func(m *Model) float64 {
				models = append(models, m)
				return scores[len(models)-1]
			},
			Log: func(e Epoch) {
				logged = append(logged, e.Iter)
				if e.Model != models[e.Iter-1] || e.Score != scores[e.Iter-1] {
					t.Errorf("epoch %d reported with another model or score", e.Iter)
				}
			}}
		m, it, score, err := TrainPerceptron(context.Background(), seqs, gold, perceptronLabels, allowAll, opts)
		if err != nil {
			t.Fatal(err)
		}
		// Epoch 2 is best; epochs 3, 4 (a tie is no better) and 5 are not, so
		// training stops after epoch 5.
		if it != 2 || score != 0.5 || m != models[1] {
			t.Errorf("members %d: chose epoch %d (score %v); want 2 (0.5)", members, it, score)
		}
		if diff := cmp.Diff([]int{1, 2, 3, 4, 5}, logged); diff != "" {
			t.Errorf("members %d: logged epochs (-want +got):\n%s", members, diff)
		}
		// The chosen model is the one training for that many epochs gives.
		opts.Score, opts.Log, opts.MaxIter = nil, nil, 2
		again, _, _, err := TrainPerceptron(context.Background(), seqs, gold, perceptronLabels, allowAll, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(modelBytes(t, m), modelBytes(t, again)) {
			t.Errorf("members %d: epoch 2 model differs from a two-epoch run", members)
		}
	}
}

func TestTrainPerceptronMinCount(t *testing.T) {
	seqs, gold := synthetic(60)
	seqs = append(seqs, toy([]string{"rare"}))
	gold = append(gold, []int{1})
	rare := String(1, "rare")
	for _, tt := range []struct {
		minCount int
		want     bool
	}{{1, true}, {2, false}} {
		m, _, _, err := TrainPerceptron(context.Background(), seqs, gold, perceptronLabels, allowAll, &PerceptronOptions{MaxIter: 3, MinCount: tt.minCount})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(m.lookup(rare)) > 0; got != tt.want {
			t.Errorf("MinCount %d: feature seen once has weights: %v, want %v", tt.minCount, got, tt.want)
		}
	}
}

func TestTrainPerceptronRejectsBadInput(t *testing.T) {
	seqs := []*Sequence{toy([]string{"a", "b"}), toy([]string{"c"})}
	tests := []struct {
		name string
		gold [][]int
		want string
	}{
		{"counts", [][]int{{0, 1}}, "differ in number"},
		{"lengths", [][]int{{0, 1}, {0, 1}}, "sequence 1 has 1 tokens and 2 labels"},
		{"label", [][]int{{0, 3}, {0}}, "sequence 0: label 3 out of range"},
		{"negative label", [][]int{{0, 1}, {-1}}, "sequence 1: label -1 out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, _, err := TrainPerceptron(context.Background(), seqs, tt.gold, perceptronLabels, allowAll, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}
