package seqlab

import "fmt"

// Average returns the model whose weights are the mean of the models'
// weights: the union of their features, a weight missing from a model
// counting as zero. The models must share their labels and transition
// constraints. Averaging perceptrons trained on different example orders
// reduces their variance, as bagging does, at no cost when tagging.
func Average(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("seqlab: average of no models")
	}
	first := models[0]
	nl := first.nl
	for _, m := range models[1:] {
		if m.nl != nl {
			return nil, fmt.Errorf("seqlab: average: label counts %d and %d differ", nl, m.nl)
		}
	}
	return average(models), nil
}

// average is Average for models known to share their labels.
func average(models []*Model) *Model {
	first := models[0]
	nl := first.nl
	k := float32(len(models))
	out := &Model{labels: first.labels, nl: nl,
		trans: make([]float32, len(first.trans)), final: make([]float32, nl),
		allowed:      append([]bool(nil), first.allowed...),
		allowedFinal: append([]bool(nil), first.allowedFinal...)}
	for _, m := range models {
		for i, v := range m.trans {
			out.trans[i] += v / k
		}
		for i, v := range m.final {
			out.final[i] += v / k
		}
	}
	idx := map[uint64]int{}
	var sums [][]float32
	for _, m := range models {
		for r, key := range m.keys {
			i, ok := idx[key]
			if !ok {
				i = len(out.keys)
				idx[key] = i
				out.keys = append(out.keys, key)
				sums = append(sums, make([]float32, nl))
			}
			for _, x := range m.ents[m.offs[r]:m.offs[r+1]] {
				sums[i][x.y] += x.w / k
			}
		}
	}
	out.offs = append(out.offs, 0)
	keys := out.keys
	out.keys = out.keys[:0]
	for i, key := range keys {
		start := len(out.ents)
		for y, v := range sums[i] {
			if v != 0 {
				out.ents = append(out.ents, ent{y: int32(y), w: v})
			}
		}
		if len(out.ents) > start {
			out.keys = append(out.keys, key)
			out.offs = append(out.offs, uint32(len(out.ents)))
		}
	}
	out.build()
	return out
}
