package relclass

import (
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// A candidate is a span some model proposes as an entity: the tagger
// ensemble, one of its members alone, the ensemble with the O label made
// less likely, or the CoNLL-2003 NER model. The span typer learns to type
// every candidate (a type or NONE), with where it came from as features,
// and decides the type of each span the ensemble finds.
type cand struct {
	span           // typ: the ensemble's type, else a member's, else the NER model's
	ens     bool   // the ensemble found it
	members int    // how many members found it alone
	ner     string // the NER model's type for exactly this span, or ""
	// boost is the smallest of boosts at which the ensemble, with the
	// score of O lowered by it, finds the span (0: not found so).
	boost int
	// crf says the CRF tagger's best labelling has the span; crfP is the
	// CRF's marginal probability of the span with each entity type (all
	// zero without a CRF).
	crf  bool
	crfP [4]float32
}

// crfMinProb is the least marginal probability under the CRF tagger that
// makes a span a candidate.
const crfMinProb = 0.05

// maxCRFSpan is the longest span the CRF's marginals are searched for
// candidates.
const maxCRFSpan = 12

// boosts are how much the score of the O label is lowered in the
// ensemble's extra decodings that find more candidates.
var boosts = []float32{15, 40}

// nerSpans returns the NER model's entities in s with CoNLL04 types.
func nerSpans(s *tagged) []span {
	var out []span
	start, typ := -1, ""
	for i := 0; i <= len(s.ner); i++ {
		t := "O"
		if i < len(s.ner) {
			t = s.ner[i]
		}
		p, ty, _ := strings.Cut(t, "-")
		if start >= 0 && (p != "I" || ty != typ) {
			out = append(out, span{start, i, conllType(typ)})
			start = -1
		}
		if p == "B" || (p == "I" && start < 0) {
			start, typ = i, ty
		}
	}
	return out
}

func conllType(t string) string {
	switch t {
	case "PER":
		return Peop
	case "ORG":
		return Org
	case "LOC":
		return Loc
	}
	return Other
}

// candidates returns the ensemble's spans of s and every candidate, in a
// fixed order (by start, then end).
func (e ensemble) candidates(s *tagged, labels []string, seq *seqlab.Sequence, crf *seqlab.Model) ([]span, []cand) {
	n := seq.Len()
	if n == 0 {
		return nil, nil
	}
	nl := e[0].NumLabels()
	mean := make([]float32, n*nl)
	one := make([]float32, n*nl)
	byKey := map[[2]int]*cand{}
	var order [][2]int
	get := func(sp span) *cand {
		k := [2]int{sp.start, sp.end}
		c := byKey[k]
		if c == nil {
			c = &cand{span: sp}
			byKey[k] = c
			order = append(order, k)
		}
		return c
	}
	out := make([]int, n)
	for _, m := range e {
		clear(one)
		m.AddEmissions(seq, one)
		for i, v := range one {
			mean[i] += v
		}
		if len(e) > 1 {
			for _, sp := range decodeSpans(labels, m.Viterbi(one, n, out, nil)) {
				c := get(sp)
				c.members++
				if c.typ == "" {
					c.typ = sp.typ
				}
			}
		}
	}
	for i := range mean {
		mean[i] /= float32(len(e))
	}
	ens := decodeSpans(labels, e[0].Viterbi(mean, n, out, nil))
	for _, sp := range ens {
		c := get(sp)
		c.ens, c.typ = true, sp.typ
	}
	for b := len(boosts) - 1; b >= 0; b-- {
		copy(one, mean)
		for i := 0; i < n; i++ {
			one[i*nl] -= boosts[b]
		}
		for _, sp := range decodeSpans(labels, e[0].Viterbi(one, n, out, nil)) {
			c := get(sp)
			c.boost = b + 1
			if c.typ == "" {
				c.typ = sp.typ
			}
		}
	}
	for _, sp := range nerSpans(s) {
		c := get(sp)
		c.ner = sp.typ
		if c.typ == "" {
			c.typ = "?" + sp.typ
		}
	}
	if crf != nil {
		clear(one)
		crf.AddEmissions(seq, one)
		for _, sp := range decodeSpans(labels, crf.Viterbi(one, n, out, nil)) {
			c := get(sp)
			c.crf = true
			if c.typ == "" {
				c.typ = sp.typ
			}
		}
		lt := crf.Marginals(one, n, nil)
		path := make([]int, 0, maxCRFSpan)
		for a := 0; a < n; a++ {
			for b := a + 1; b <= n && b-a <= maxCRFSpan; b++ {
				var ps [4]float32
				best, bestT := float32(0), 0
				for t := range EntityTypes {
					path = spanPath(path[:0], t, b-a)
					p := float32(lt.PathProb(a, path))
					ps[t] = p
					if p > best {
						best, bestT = p, t
					}
				}
				k := [2]int{a, b}
				c := byKey[k]
				if c == nil && best >= crfMinProb {
					c = get(span{a, b, EntityTypes[bestT]})
				}
				if c != nil {
					c.crfP = ps
				}
			}
		}
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i][0] != order[j][0] {
			return order[i][0] < order[j][0]
		}
		return order[i][1] < order[j][1]
	})
	cs := make([]cand, len(order))
	for i, k := range order {
		cs[i] = *byKey[k]
	}
	return ens, cs
}

// srcFeatures adds the features of where candidate c came from, and how
// it sits against the ensemble's spans.
func srcFeatures(f feats, c cand, ens []span) {
	ner := c.ner
	if ner == "" {
		ner = "-"
	}
	e := strconv.FormatBool(c.ens)
	mem := strconv.Itoa(c.members)
	f.add("src", e, mem, ner)
	f.add("srcb", e, mem, strconv.Itoa(c.boost))
	f.add("srct", c.typ, e, mem)
	f.add("srcn", c.typ, ner)
	var tot float32
	for t, p := range c.crfP {
		tot += p
		f.add("crfp", EntityTypes[t], probBucket(p))
	}
	if tot > 0 || c.crf {
		f.add("crfv", strconv.FormatBool(c.crf), e, mem)
		f.add("crftot", probBucket(tot))
		f.add("crftot", probBucket(tot), e)
	}
	if !c.ens {
		rel := "apart"
		for _, o := range ens {
			switch {
			case o.end <= c.start || o.start >= c.end:
				continue
			case o.start <= c.start && o.end >= c.end:
				rel = "inside"
			case c.start <= o.start && c.end >= o.end:
				rel = "contains"
			default:
				rel = "crosses"
			}
			break
		}
		f.add("srco", rel, mem, ner)
	}
}

// chooseSpans types the spans of the CRF tagger's best labelling with
// the span typer (see typeSpans and pickType), keeping those whose best
// type, less that type's margin in thr (indexed by the typer's labels;
// thr[0] unused), outscores NONE. (The typer learns from every candidate,
// but keeping others, or deciding the perceptron ensemble's spans instead,
// lowered dev F1.) The CRF's spans never overlap, so margins that differ
// by type cannot make two kept spans overlap.
func chooseSpans(types ensemble, s *tagged, ens []span, cs []cand, thr []float32) []span {
	labels := types.labels()
	var out []span
	for _, ts := range typeSpans(types, s, ens, cs) {
		if y := pickType(ts.scores, thr); y > 0 {
			out = append(out, span{ts.start, ts.end, labels[y]})
		}
	}
	return out
}

// typedSpan is a span the typer decides, with its score for each of the
// typer's labels.
type typedSpan struct {
	start, end int
	scores     []float32
}

// typeSpans scores the spans of the CRF tagger's best labelling with the
// span typer.
func typeSpans(types ensemble, s *tagged, ens []span, cs []cand) []typedSpan {
	var seq seqlab.Sequence
	var out []typedSpan
	s.ents = ens
	for _, c := range cs {
		if !c.crf {
			continue
		}
		spanSequence(s, c, ens, &seq)
		out = append(out, typedSpan{c.start, c.end, types.labelScores(&seq, nil)})
	}
	s.ents = nil
	return out
}

// pickType returns the label y > 0 of the greatest sc[y]-thr[y] if that
// exceeds sc[0] (NONE), else 0. With one margin for every type it is the
// best type, kept when it beats NONE by more than the margin.
func pickType(sc, thr []float32) int {
	best := 1
	for y := 2; y < len(sc); y++ {
		if sc[y]-thr[y] > sc[best]-thr[best] {
			best = y
		}
	}
	if sc[best]-sc[0] > thr[best] {
		return best
	}
	return 0
}

// spanPath appends to path the BILOU label indexes (as entityLabels
// numbers them) of a span of n tokens of the t-th entity type.
func spanPath(path []int, t, n int) []int {
	base := 1 + 4*t
	if n == 1 {
		return append(path, base+3)
	}
	path = append(path, base)
	for i := 1; i < n-1; i++ {
		path = append(path, base+1)
	}
	return append(path, base+2)
}

// probBucket names the range a probability falls in.
func probBucket(p float32) string {
	for _, b := range []struct {
		lim  float32
		name string
	}{{0.01, "0"}, {0.05, "1"}, {0.15, "2"}, {0.3, "3"}, {0.5, "4"}, {0.7, "5"}, {0.85, "6"}, {0.95, "7"}, {0.99, "8"}} {
		if p < b.lim {
			return b.name
		}
	}
	return "9"
}
