package main

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/kg-project/kg/extract/internal/newstext"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data `DIR`")
	out := flag.String("o", "extract/relclass/data/wordvec.tsv.gz", "output `FILE`")
	minCount := flag.Int("min", 3, "least count of a word with a vector")
	nctx := flag.Int("contexts", 20000, "number of context words (the most frequent)")
	dims := flag.Int("dims", 100, "vector dimensions")
	bits := flag.Int("bits", 50, "dimensions written as above/below features")
	window := flag.Int("window", 2, "context window on each side")
	ks := flag.String("k", "32,128,512", "cluster counts")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	start := time.Now()
	sents := corpus(*data)
	vocab, ntok := newstext.Vocabulary(sents, *minCount)
	log.Printf("%d sentences, %d tokens, %d words seen %d times or more (%v)", len(sents), ntok, len(vocab), *minCount, time.Since(start).Round(time.Millisecond))
	nc := min(*nctx, len(vocab))
	ncols := 2 * nc
	A := ppmi(cooccurrences(sents, vocab, nc, *window), ncols)
	log.Printf("PPMI matrix %d x %d, %d non-zero (%v)", len(vocab), ncols, len(A.val), time.Since(start).Round(time.Millisecond))
	rng := rand.New(rand.NewPCG(*seed, 0x7776))
	U, S := rsvd(A, *dims, 20, 3, rng)
	log.Printf("singular values %.2f ... %.2f (%v)", S[0], S[len(S)-1], time.Since(start).Round(time.Millisecond))
	V := unitVectors(U, S, *dims)
	var kk []int
	for _, f := range strings.Split(*ks, ",") {
		var k int
		fmt.Sscan(f, &k)
		kk = append(kk, k)
	}
	clusters := make([][]int, len(kk))
	for i, k := range kk {
		clusters[i] = kmeans(V, k, 15, rng)
		log.Printf("k-means k=%d (%v)", k, time.Since(start).Round(time.Millisecond))
	}
	if err := writeVectors(*out, *ks, vocab, clusters, V, min(*bits, *dims)); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d words (%v)", *out, len(vocab), time.Since(start).Round(time.Millisecond))
}

// cooccurrences counts, for each word of vocab, the context words (the
// first nc of vocab) within window words of it in sents: left contexts
// in columns [0, nc), right ones in [nc, 2nc), weighted by 1/distance.
func cooccurrences(sents [][]string, vocab []string, nc, window int) []map[int32]float64 {
	id := map[string]int{}
	for i, w := range vocab {
		id[w] = i
	}
	rows := make([]map[int32]float64, len(vocab))
	for i := range rows {
		rows[i] = map[int32]float64{}
	}
	for _, s := range sents {
		for i, w := range s {
			wi, ok := id[w]
			if !ok {
				continue
			}
			for d := 1; d <= window; d++ {
				if j := i - d; j >= 0 {
					if c, ok := id[s[j]]; ok && c < nc {
						rows[wi][int32(c)] += 1 / float64(d)
					}
				}
				if j := i + d; j < len(s) {
					if c, ok := id[s[j]]; ok && c < nc {
						rows[wi][int32(nc+c)] += 1 / float64(d)
					}
				}
			}
		}
	}
	return rows
}

// unitVectors gives each row of U, scaled by the square roots of the
// singular values S, as a vector of length one (dims dimensions).
func unitVectors(U [][]float64, S []float64, dims int) [][]float64 {
	V := make([][]float64, len(U))
	for i := range V {
		v := make([]float64, dims)
		n := 0.0
		for d := range v {
			v[d] = U[i][d] * math.Sqrt(S[d])
			n += v[d] * v[d]
		}
		n = math.Sqrt(n)
		if n > 0 {
			for d := range v {
				v[d] /= n
			}
		}
		V[i] = v
	}
	return V
}

// signMeans returns, for each of the first nb dimensions of V, the mean
// of its positive values and of its negative ones.
func signMeans(V [][]float64, nb int) (pos, neg []float64) {
	pos, neg = make([]float64, nb), make([]float64, nb)
	for d := 0; d < nb; d++ {
		var sp, sn float64
		var np, nn int
		for _, v := range V {
			if v[d] > 0 {
				sp += v[d]
				np++
			} else if v[d] < 0 {
				sn += v[d]
				nn++
			}
		}
		pos[d], neg[d] = sp/math.Max(1, float64(np)), sn/math.Max(1, float64(nn))
	}
	return pos, neg
}

// writeVectors writes the gzipped table of each word's clusters and its
// first nb dimensions binarised ("+" at or above the mean of the positive
// values, "-" at or below the negative ones' mean, "." between) to out.
func writeVectors(out, ks string, vocab []string, clusters [][]int, V [][]float64, nb int) error {
	pos, neg := signMeans(V, nb)
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintf(bw, "#word\tclusters %s\tdimensions above (+) or below (-) the mean of their sign\n", ks)
	for i, w := range vocab {
		bw.WriteString(w)
		for c := range clusters {
			fmt.Fprintf(bw, "\t%d", clusters[c][i])
		}
		bw.WriteByte('\t')
		for d := 0; d < nb; d++ {
			switch {
			case V[i][d] >= pos[d]:
				bw.WriteByte('+')
			case V[i][d] <= neg[d]:
				bw.WriteByte('-')
			default:
				bw.WriteByte('.')
			}
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Norm is the form a word has in the vectors: lower case, digits as 0 (as
// package relclass's features see words).
func Norm(w string) string {
	w = strings.ToLower(w)
	if strings.IndexFunc(w, unicode.IsDigit) < 0 {
		return w
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, w)
}

// corpus returns the tokenized sentences (normalised words) of the text.
func corpus(dir string) [][]string {
	var out [][]string
	add := func(toks []string) {
		if len(toks) == 0 {
			return
		}
		s := make([]string, len(toks))
		for i, t := range toks {
			s[i] = Norm(t)
		}
		out = append(out, s)
	}
	files, err := filepath.Glob(filepath.Join(dir, "news-bbc", "bbc", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no BBC articles under %s", dir)
	}
	sort.Strings(files)
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		for _, line := range strings.Split(strings.ToValidUTF8(string(b), " "), "\n") {
			add(newstext.Tokenize(line))
		}
	}
	f, err := os.Open(filepath.Join(dir, "news-agnews", "test.csv"))
	if err != nil {
		log.Fatal(err)
	}
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		if len(rec) >= 3 {
			add(newstext.Tokenize(rec[1]))
			add(newstext.Tokenize(strings.ReplaceAll(rec[2], `\`, " ")))
		}
	}
	f.Close()
	for _, p := range []string{filepath.Join(dir, "conll2003", "train.txt"), filepath.Join(dir, "gum", "gum-train.conll")} {
		sents, err := newstext.ReadColumn(p)
		if err != nil {
			log.Fatal(err)
		}
		for _, s := range sents {
			add(s)
		}
	}
	for _, s := range readSpERT(filepath.Join(dir, "conll04", "conll04_train.json")) {
		add(s)
	}
	return out
}
