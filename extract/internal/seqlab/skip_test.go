package seqlab

import (
	"bufio"
	"bytes"
	"testing"
)

// TestSkip checks that Skip reads past exactly one model, so that the next
// Read finds the one after it, and that it fails on a cut model.
func TestSkip(t *testing.T) {
	seqs, gold := synthetic(40)
	tr := NewTrainer(perceptronLabels, allowAll)
	for i := range seqs {
		tr.Learn(seqs[i], gold[i])
	}
	one := modelBytes(t, tr.Model(0))
	if len(one) < 64 {
		t.Fatalf("toy model of %d bytes: too small to cut", len(one))
	}
	tests := []struct {
		name    string
		data    []byte
		wantErr bool
	}{
		{"two models", append(append([]byte{}, one...), one...), false},
		{"a model cut in its rows", one[:len(one)-3], true},
		{"no model", []byte("not a model"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := bufio.NewReader(bytes.NewReader(tt.data))
			err := Skip(br)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Skip: %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			m, err := Read(br)
			if err != nil {
				t.Fatalf("Read after Skip: %v", err)
			}
			if got := modelBytes(t, m); !bytes.Equal(got, one) {
				t.Errorf("the model after the skipped one differs: %d bytes, want %d", len(got), len(one))
			}
		})
	}
}
