package seqlab

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// crfToy is a small labelled data set: the labels follow the words, with
// one constraint (Y never follows O).
func crfToy() ([]*Sequence, [][]int, []string, func(p, y int) bool) {
	labels := []string{"O", "X", "Y"}
	allowed := func(p, y int) bool { return !(p == 0 && y == 2) && !(p == -1 && y == 2) }
	data := []struct {
		words []string
		gold  []int
	}{
		{[]string{"a", "x", "b"}, []int{1, 0, 0}},
		{[]string{"c", "a", "b"}, []int{0, 1, 2}},
		{[]string{"a", "b", "c"}, []int{1, 2, 0}},
		{[]string{"c", "c"}, []int{0, 0}},
	}
	var seqs []*Sequence
	var gold [][]int
	for _, d := range data {
		seqs = append(seqs, toy(d.words))
		gold = append(gold, d.gold)
	}
	return seqs, gold, labels, allowed
}

func TestCRFGradient(t *testing.T) {
	seqs, gold, labels, allowed := crfToy()
	nl := len(labels)
	c := newCRF(labels, allowed)
	c.tab = newTable(16)
	for _, s := range seqs {
		for _, h := range s.Feats {
			if c.tab.get(h) < 0 {
				c.tab.put(h, int32(len(c.keys)))
				c.keys = append(c.keys, h)
			}
		}
	}
	c.nfeat = len(c.keys) * nl
	c.seqs, c.gold = seqs, gold
	for _, s := range seqs {
		rs := make([]int32, len(s.Feats))
		for k, h := range s.Feats {
			rs[k] = c.tab.get(h)
		}
		c.rows = append(c.rows, rs)
	}
	x := make([]float64, c.nparams())
	for i := range x {
		x[i] = math.Sin(float64(i)) * 0.7
	}
	g := make([]float64, len(x))
	lt := &lattice{}
	c.smooth(x, g, 0.3, lt)
	tmp := make([]float64, len(x))
	for i := range x {
		if i >= c.nfeat {
			ti := i - c.nfeat
			if ti < len(c.allowed) && !c.allowed[ti] || ti >= len(c.allowed) && !c.final[ti-len(c.allowed)] {
				continue
			}
		}
		const h = 1e-5
		old := x[i]
		x[i] = old + h
		fp := c.smooth(x, tmp, 0.3, lt)
		x[i] = old - h
		fm := c.smooth(x, tmp, 0.3, lt)
		x[i] = old
		if num := (fp - fm) / (2 * h); math.Abs(num-g[i]) > 1e-4*math.Max(1, math.Abs(num)) {
			t.Errorf("parameter %d: gradient %.6f, numerical %.6f", i, g[i], num)
		}
	}
}

func TestTrainCRF(t *testing.T) {
	seqs, gold, labels, allowed := crfToy()
	for _, l1 := range []float64{0, 0.01} {
		m, err := TrainCRF(context.Background(), seqs, gold, labels, allowed, &CRFOptions{L2: 0.01, L1: l1})
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range seqs {
			got := m.Decode(s, make([]int, s.Len()), nil)
			if diff := cmp.Diff(gold[i], got); diff != "" {
				t.Errorf("L1 %v: sequence %d (-want +got):\n%s", l1, i, diff)
			}
		}
	}
}

func TestLattice(t *testing.T) {
	seqs, gold, labels, allowed := crfToy()
	m, err := TrainCRF(context.Background(), seqs, gold, labels, allowed, &CRFOptions{L2: 1})
	if err != nil {
		t.Fatal(err)
	}
	nl := len(labels)
	for si, s := range seqs {
		n := s.Len()
		emit := make([]float32, n*nl)
		m.AddEmissions(s, emit)
		lt := m.Marginals(emit, n, nil)
		// Brute force over every label sequence.
		var z float64
		probs := map[string]float64{}
		path := make([]int, n)
		var rec func(i int)
		rec = func(i int) {
			if i == n {
				sc := 0.0
				for k, y := range path {
					p := nl
					if k > 0 {
						p = path[k-1]
					}
					if !m.allowed[p*nl+y] {
						return
					}
					sc += float64(emit[k*nl+y] + m.trans[p*nl+y])
				}
				if !m.allowedFinal[path[n-1]] {
					return
				}
				sc += float64(m.final[path[n-1]])
				w := math.Exp(sc)
				z += w
				for a := 0; a < n; a++ {
					for b := a + 1; b <= n; b++ {
						probs[fmt.Sprint(a, path[a:b])] += w
					}
				}
				return
			}
			for y := 0; y < nl; y++ {
				path[i] = y
				rec(i + 1)
			}
		}
		rec(0)
		for a := 0; a < n; a++ {
			for y := 0; y < nl; y++ {
				want := probs[fmt.Sprint(a, []int{y})] / z
				if got := lt.Prob(a, y); math.Abs(got-want) > 1e-6 {
					t.Errorf("sequence %d: P(y_%d=%d) = %v, want %v", si, a, y, got, want)
				}
			}
		}
		for k, v := range probs {
			var a int
			var p []int
			fmt.Sscan(k, &a)
			rest := k[len(fmt.Sprint(a))+1:]
			for _, f := range strings.Fields(strings.Trim(rest, "[]")) {
				x, _ := strconv.Atoi(f)
				p = append(p, x)
			}
			if got := lt.PathProb(a, p); math.Abs(got-v/z) > 1e-6 {
				t.Errorf("sequence %d: P(%s) = %v, want %v", si, k, got, v/z)
			}
		}
	}
}
