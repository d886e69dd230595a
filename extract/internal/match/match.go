// Package match pairs predictions with gold items one to one, for the
// evaluators of the extraction stages.
package match

import "sort"

// Pair is a candidate match of prediction Pred with gold item Gold, with
// its score (an overlap in bytes, say).
type Pair struct{ Pred, Gold, Score int }

// OneToOne matches predictions to gold items one to one, best scores
// first (ties in the order given). It returns for each gold item its
// prediction, and for each prediction its gold item, or -1.
func OneToOne(ps []Pair, npred, ngold int) (predOf, goldOf []int) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Score > ps[j].Score })
	predOf, goldOf = make([]int, ngold), make([]int, npred)
	for i := range predOf {
		predOf[i] = -1
	}
	for i := range goldOf {
		goldOf[i] = -1
	}
	for _, p := range ps {
		if goldOf[p.Pred] < 0 && predOf[p.Gold] < 0 {
			goldOf[p.Pred], predOf[p.Gold] = p.Gold, p.Pred
		}
	}
	return predOf, goldOf
}
