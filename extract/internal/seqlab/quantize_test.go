package seqlab

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQuantize(t *testing.T) {
	tr := NewTrainer([]string{"O", "X", "Y"}, func(p, y int) bool { return true })
	data := []struct {
		words []string
		gold  []int
	}{
		{[]string{"a", "x", "b"}, []int{1, 0, 2}},
		{[]string{"c", "a", "b"}, []int{0, 1, 2}},
	}
	for epoch := 0; epoch < 10; epoch++ {
		for _, d := range data {
			tr.Learn(toy(d.words), d.gold)
		}
	}
	m := tr.Model(0)
	before := m.NumFeatures()
	m.Quantize(0.5)
	for _, x := range m.ents {
		if v := x.w; v != float32(int(v*2))/2 {
			t.Fatalf("weight %v is not a multiple of 0.5", v)
		}
	}
	if m.NumFeatures() > before {
		t.Errorf("features grew from %d to %d", before, m.NumFeatures())
	}
	for _, d := range data {
		got := m.Decode(toy(d.words), make([]int, len(d.words)), nil)
		if diff := cmp.Diff(d.gold, got); diff != "" {
			t.Errorf("%v (-want +got):\n%s", d.words, diff)
		}
	}
}

func TestLabelScores(t *testing.T) {
	tr := NewTrainer([]string{"N", "A", "B"}, func(p, y int) bool { return true })
	data := map[string]int{"x": 0, "a": 1, "b": 2}
	for epoch := 0; epoch < 5; epoch++ {
		for _, w := range []string{"x", "a", "b"} {
			tr.Learn(toy([]string{w}), []int{data[w]})
		}
	}
	m := tr.Model(0)
	for w, want := range data {
		seq := toy([]string{w})
		sc := m.LabelScores(seq, nil)
		best := 0
		for y := range sc {
			if sc[y] > sc[best] {
				best = y
			}
		}
		if got := m.Decode(seq, make([]int, 1), nil)[0]; got != best || best != want {
			t.Errorf("%s: argmax of LabelScores %d, Decode %d, want %d", w, best, got, want)
		}
	}
}
