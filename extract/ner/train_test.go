package ner

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// madeUpCoNLL is a made-up corpus, enough to train on.
const madeUpCoNLL = `-DOCSTART- -X- -X- O

Ann NNP B-NP B-PER
Lee NNP I-NP I-PER
lives VBZ B-VP O
in IN B-PP O
Tarvik NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O

Bo NNP B-NP B-PER
Ek NNP I-NP I-PER
works VBZ B-VP O
for IN B-PP O
Acme NNP B-NP B-ORG
in IN B-PP O
Norland NNP B-NP B-LOC
. . O O
`

func TestTrainContext(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(madeUpCoNLL))
	if err != nil {
		t.Fatal(err)
	}
	opts := &TrainOptions{MaxIter: 3, Folds: 2}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	m, err := Train(cancelled, docs, docs, opts)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: error %v, want one wrapping context.Canceled", err)
	}
	if m != nil {
		t.Error("cancelled: a model")
	}
	if !strings.HasPrefix(err.Error(), "ner: train: interrupted") {
		t.Errorf("cancelled: error %q, want it to say ner: train: interrupted", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancelled: took %v to stop", d)
	}
	if _, err := Train(context.Background(), docs, docs, opts); err != nil {
		t.Errorf("live context: %v", err)
	}
}
