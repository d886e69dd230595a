package main

import (
	"fmt"
	"log"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kg-project/kg/extract/internal/newstext"
)

// Cluster granularities: each word gets one class per level, learned
// independently by the exchange algorithm (Kneser and Ney 1993; Martin,
// Liermann and Ney 1998), which maximises the likelihood of a class bigram
// model as Brown clustering does, but moves words between a fixed number
// of classes instead of merging them, so it is fast enough for large
// class counts.
var clusterLevels = []int{32, 128, 512, 1024}

const (
	clusterMinCount = 3
	clusterIters    = 12
)

// clusters learns word classes from the unlabelled news text and the
// CoNLL-2003 training tokens, and writes data/clusters.tsv.gz: each word
// seen at least clusterMinCount times with its class at every level.
func (g *gen) clusters() {
	start := time.Now()
	sents := g.clusterCorpus()
	// Most frequent first; ties by spelling, so the result is deterministic.
	vocab, ntok := newstext.Vocabulary(sents, clusterMinCount)
	// Word ids: 0 the sentence boundary, 1 rare words, then vocab.
	id := map[string]int32{}
	for i, w := range vocab {
		id[w] = int32(i + 2)
	}
	nw := len(vocab) + 2
	seqs := make([][]int32, len(sents))
	for i, s := range sents {
		seq := make([]int32, 0, len(s)+2)
		seq = append(seq, 0)
		for _, w := range s {
			x, ok := id[w]
			if !ok {
				x = 1
			}
			seq = append(seq, x)
		}
		seqs[i] = append(seq, 0)
	}
	log.Printf("clusters: %d sentences, %d tokens, %d words with >= %d uses (%v)", len(sents), ntok, len(vocab), clusterMinCount, time.Since(start).Round(time.Millisecond))
	b := newBigrams(nw, seqs)
	classes := make([][]int32, len(clusterLevels))
	for li, c := range clusterLevels {
		t0 := time.Now()
		classes[li] = exchange(b, c, clusterIters)
		log.Printf("clusters: %d classes in %v", c, time.Since(t0).Round(time.Millisecond))
	}
	var rows [][]string
	for i, w := range vocab {
		row := []string{w}
		for li := range clusterLevels {
			row = append(row, strconv.Itoa(int(classes[li][i+2])))
		}
		rows = append(rows, row)
	}
	header := "word"
	for _, c := range clusterLevels {
		header += fmt.Sprintf("\tc%d", c)
	}
	g.writeTSV("clusters.tsv.gz", header, rows)
}

// clusterCorpus returns tokenized sentences: the news text split into lines
// and tokenized like the CoNLL data, and the CoNLL training tokens.
func (g *gen) clusterCorpus() [][]string {
	var out [][]string
	for _, text := range g.newsTexts() {
		for _, line := range strings.Split(text, "\n") {
			if toks := newstext.Tokenize(line); len(toks) > 0 {
				out = append(out, toks)
			}
		}
	}
	sents, err := newstext.ReadColumn(g.path("conll2003", "train.txt"))
	must(err)
	return append(out, sents...)
}

// bigrams holds word bigram counts as adjacency lists both ways.
type bigrams struct {
	n        int
	count    []float64 // unigram count as left and as right element
	right    [][]edge  // right[w]: words following w
	left     [][]edge  // left[w]: words preceding w
	self     []float64 // count of (w, w)
	leftTot  []float64
	rightTot []float64
}

type edge struct {
	w int32
	n float64
}

func newBigrams(nw int, seqs [][]int32) *bigrams {
	m := map[[2]int32]float64{}
	for _, s := range seqs {
		for i := 0; i+1 < len(s); i++ {
			m[[2]int32{s[i], s[i+1]}]++
		}
	}
	keys := make([][2]int32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	b := &bigrams{n: nw, right: make([][]edge, nw), left: make([][]edge, nw), self: make([]float64, nw),
		leftTot: make([]float64, nw), rightTot: make([]float64, nw)}
	for _, k := range keys {
		u, v, c := k[0], k[1], m[k]
		b.leftTot[u] += c
		b.rightTot[v] += c
		if u == v {
			b.self[u] += c
			continue
		}
		b.right[u] = append(b.right[u], edge{v, c})
		b.left[v] = append(b.left[v], edge{u, c})
	}
	return b
}

func xlogx(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return x * math.Log(x)
}

// exchange clusters the words of b into k classes. Word 0 (the sentence
// boundary) keeps class 0 of its own. It returns the class of every word.
func exchange(b *bigrams, k, iters int) []int32 {
	cls := make([]int32, b.n)
	// Initial classes: round robin by frequency rank over classes 1..k-1.
	for w := 1; w < b.n; w++ {
		cls[w] = int32(1 + (w-1)%(k-1))
	}
	n := make([]float64, k*k) // class bigram counts
	nl := make([]float64, k)  // class counts as left element
	nr := make([]float64, k)  // class counts as right element
	for w := 0; w < b.n; w++ {
		for _, e := range b.right[w] {
			n[int(cls[w])*k+int(cls[e.w])] += e.n
		}
		n[int(cls[w])*k+int(cls[w])] += b.self[w]
		nl[cls[w]] += b.leftTot[w]
		nr[cls[w]] += b.rightTot[w]
	}
	rw := make([]float64, k) // w's right-context counts by class
	lw := make([]float64, k)
	var rnz, lnz []int32
	gain := make([]float64, k)
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 1; w < b.n; w++ {
			a := int(cls[w])
			// Context class counts, without w itself.
			rnz, lnz = rnz[:0], lnz[:0]
			for _, e := range b.right[w] {
				c := cls[e.w]
				if rw[c] == 0 {
					rnz = append(rnz, c)
				}
				rw[c] += e.n
			}
			for _, e := range b.left[w] {
				c := cls[e.w]
				if lw[c] == 0 {
					lnz = append(lnz, c)
				}
				lw[c] += e.n
			}
			sw := b.self[w]
			// Remove w from a.
			for _, d := range rnz {
				n[a*k+int(d)] -= rw[d]
			}
			for _, c := range lnz {
				n[int(c)*k+a] -= lw[c]
			}
			n[a*k+a] -= sw
			nl[a] -= b.leftTot[w]
			nr[a] -= b.rightTot[w]
			// Score every class.
			best, bestGain := a, math.Inf(-1)
			for c := 1; c < k; c++ {
				g := 0.0
				for _, d := range rnz {
					if int(d) == c {
						continue
					}
					x := n[c*k+int(d)]
					g += xlogx(x+rw[d]) - xlogx(x)
				}
				for _, e := range lnz {
					if int(e) == c {
						continue
					}
					x := n[int(e)*k+c]
					g += xlogx(x+lw[e]) - xlogx(x)
				}
				x := n[c*k+c]
				g += xlogx(x+rw[c]+lw[c]+sw) - xlogx(x)
				g -= xlogx(nl[c]+b.leftTot[w]) - xlogx(nl[c])
				g -= xlogx(nr[c]+b.rightTot[w]) - xlogx(nr[c])
				gain[c] = g
				if g > bestGain+1e-9 || (c == a && g >= bestGain-1e-9) {
					best, bestGain = c, g
				}
			}
			if best != a {
				moved++
			}
			// Add w to best.
			for _, d := range rnz {
				if int(d) == a {
					// w's right neighbours in class a now sit in best's row
					// only if they are w itself, which the self count holds.
				}
				n[best*k+int(d)] += rw[d]
			}
			for _, c := range lnz {
				n[int(c)*k+best] += lw[c]
			}
			n[best*k+best] += sw
			nl[best] += b.leftTot[w]
			nr[best] += b.rightTot[w]
			cls[w] = int32(best)
			for _, d := range rnz {
				rw[d] = 0
			}
			for _, c := range lnz {
				lw[c] = 0
			}
		}
		log.Printf("  exchange k=%d iteration %d: %d words moved", k, it+1, moved)
		if moved == 0 {
			break
		}
	}
	return cls
}
