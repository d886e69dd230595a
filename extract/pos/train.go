package pos

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// Sentence is one training or test sentence: words with their POS and
// chunk tags.
type Sentence struct {
	Words, Tags, Chunks []string
}

// ReadCoNLL reads sentences in CoNLL-2003 format (token, POS tag, chunk
// tag, then any other columns; blank lines between sentences; -DOCSTART-
// lines ignored). Chunk tags are converted to IOB2.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Chunks = toIOB2(cur.Chunks)
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			flush()
			continue
		}
		if f[0] == "-DOCSTART-" {
			flush()
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("pos: line %d: want token, POS and chunk columns, got %d fields", line, len(f))
		}
		cur.Words = append(cur.Words, f[0])
		cur.Tags = append(cur.Tags, f[1])
		cur.Chunks = append(cur.Chunks, f[2])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("pos: read: %w", err)
	}
	flush()
	return out, nil
}

// toIOB2 turns IOB1 chunk tags into IOB2 (an I- tag that starts a phrase
// becomes B-); IOB2 input is unchanged.
func toIOB2(tags []string) []string {
	for i, t := range tags {
		typ, ok := strings.CutPrefix(t, "I-")
		if !ok {
			continue
		}
		if i == 0 || (tags[i-1] != t && tags[i-1] != "B-"+typ) {
			tags[i] = "B-" + typ
		}
	}
	return tags
}

// TrainOptions configures Train. The zero value (or nil) gives the
// defaults documented on each field.
type TrainOptions struct {
	// MaxIter is the most epochs per model; the epoch with the best dev
	// score is kept. Default 12.
	MaxIter int
	// Patience stops after this many epochs without a better dev score.
	// Default 3.
	Patience int
	// MinCount drops features seen in fewer training tokens. Default 3.
	MinCount int
	// Prune drops averaged weights smaller than this. Default 1.
	Prune float64
	// Step is the quantum weights are rounded to, so that the model
	// compresses well (see seqlab.Model.Quantize). Default 1.
	Step float32
	// Seed orders the training examples. Default 1.
	Seed int64
	// Log receives progress lines; nil discards them.
	Log io.Writer
}

func (o *TrainOptions) withDefaults() TrainOptions {
	var d TrainOptions
	if o != nil {
		d = *o
	}
	if d.MaxIter <= 0 {
		d.MaxIter = 12
	}
	if d.Patience <= 0 {
		d.Patience = 3
	}
	if d.MinCount <= 0 {
		d.MinCount = 3
	}
	if d.Prune <= 0 {
		d.Prune = 1
	}
	if d.Step <= 0 {
		d.Step = 1
	}
	if d.Seed == 0 {
		d.Seed = 1
	}
	if d.Log == nil {
		d.Log = io.Discard
	}
	return d
}

// Scores are a tagger's figures on a test set.
type Scores struct {
	// Accuracy is the share of words with the right POS tag.
	Accuracy float64
	// ChunkF1 is the phrase F1 of the chunker on predicted tags.
	ChunkF1 float64
	Words   int
}

// Train learns a tagger and a chunker from train, choosing the epochs of
// each by its score on dev: tag accuracy, then chunk F1 on predicted tags.
// The chunker learns from the training file's tags. The result depends
// only on the data and the options. Train checks ctx every epoch and
// every few thousand sentences within one, and once it is done returns an
// error wrapping ctx.Err() and no tagger.
func Train(ctx context.Context, train, dev []Sentence, opts *TrainOptions) (*Tagger, error) {
	o := opts.withDefaults()
	if len(train) == 0 || len(dev) == 0 {
		return nil, errors.New("pos: train: need training and dev sentences")
	}
	start := time.Now()
	tagLabels := labelSet(train, func(s Sentence) []string { return s.Tags })
	chunkLabels := labelSet(train, func(s Sentence) []string { return s.Chunks })
	if len(tagLabels) > 64 || len(chunkLabels) > 64 {
		return nil, fmt.Errorf("pos: train: too many labels (%d tags, %d chunk tags; at most 64)", len(tagLabels), len(chunkLabels))
	}

	var f featurizer
	tagSeqs, chunkSeqs := make([]*seqlab.Sequence, len(train)), make([]*seqlab.Sequence, len(train))
	tagGold, chunkGold := make([][]int, len(train)), make([][]int, len(train))
	for i, s := range train {
		f.load(s.Words)
		tagSeqs[i], tagGold[i] = f.tagSequence().Clone(), indexes(tagLabels, s.Tags)
		chunkSeqs[i], chunkGold[i] = f.chunkSequence(s.Tags).Clone(), indexes(chunkLabels, s.Chunks)
	}
	fmt.Fprintf(o.Log, "pos: %d sentences featurized in %v\n", len(train), time.Since(start).Round(time.Millisecond))

	tm, it, acc, err := trainModel(ctx, tagSeqs, tagGold, tagLabels, func(p, y int) bool { return true }, o, "tagger", func(m *seqlab.Model) float64 {
		t := &Tagger{tagger: m}
		t.pool.New = func() any { return &work{} }
		right, n := 0, 0
		for _, s := range dev {
			got := t.Tag(s.Words)
			for i := range got {
				if got[i] == s.Tags[i] {
					right++
				}
				n++
			}
		}
		return float64(right) / float64(max(n, 1))
	})
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Log, "pos: tagger dev accuracy %.4f after %d epochs (%v)\n", acc, it, time.Since(start).Round(time.Second))

	t, err := newTagger(tm, tm)
	if err != nil {
		return nil, err
	}
	devTags := make([][]string, len(dev))
	for i, s := range dev {
		devTags[i] = t.Tag(s.Words)
	}
	allowed := func(p, y int) bool {
		if y < 0 {
			return true
		}
		typ, inside := strings.CutPrefix(chunkLabels[y], "I-")
		if !inside {
			return true
		}
		return p >= 0 && (chunkLabels[p] == "B-"+typ || chunkLabels[p] == "I-"+typ)
	}
	cm, it, cf, err := trainModel(ctx, chunkSeqs, chunkGold, chunkLabels, allowed, o, "chunker", func(m *seqlab.Model) float64 {
		var sc seqlab.Scratch
		var ff featurizer
		var tp, fp, fn int
		for i, s := range dev {
			ff.load(s.Words)
			ys := m.Decode(ff.chunkSequence(devTags[i]), make([]int, len(s.Words)), &sc)
			got := make([]string, len(ys))
			for k, y := range ys {
				got[k] = chunkLabels[y]
			}
			a, b, c := chunkCounts(s.Chunks, got)
			tp, fp, fn = tp+a, fp+b, fn+c
		}
		return f1score(tp, fp, fn)
	})
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Log, "pos: chunker dev F1 %.4f after %d epochs (%v)\n", cf, it, time.Since(start).Round(time.Second))
	return newTagger(tm, cm)
}

func labelSet(ss []Sentence, col func(Sentence) []string) []string {
	seen := map[string]bool{}
	for _, s := range ss {
		for _, t := range col(s) {
			seen[t] = true
		}
	}
	out := make([]string, 0, len(seen))
	for t := range seen {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

func indexes(labels, tags []string) []int {
	out := make([]int, len(tags))
	for i, t := range tags {
		out[i] = sort.SearchStrings(labels, t)
	}
	return out
}

// trainModel runs epochs over the sequences in a seeded order and keeps
// the averaged model with the best dev score, or returns an error wrapping
// ctx.Err() once ctx is done.
func trainModel(ctx context.Context, seqs []*seqlab.Sequence, gold [][]int, labels []string, allowed func(p, y int) bool, o TrainOptions, name string, score func(*seqlab.Model) float64) (*seqlab.Model, int, float64, error) {
	m, it, s, err := seqlab.TrainPerceptron(ctx, seqs, gold, labels, allowed, &seqlab.PerceptronOptions{
		MaxIter: o.MaxIter, Patience: o.Patience, MinCount: o.MinCount, Seed: uint64(o.Seed), Stream: 0x706f73,
		Prune: o.Prune, Step: o.Step, Score: score,
		Log: func(e seqlab.Epoch) {
			fmt.Fprintf(o.Log, "pos: %s epoch %d: %d training errors, dev %.4f, %d features\n", name, e.Iter, e.Errors, e.Score, e.Model.NumFeatures())
		},
	})
	if cerr := ctx.Err(); cerr != nil {
		return nil, 0, 0, fmt.Errorf("pos: train: interrupted: %w", cerr)
	}
	if err != nil {
		return nil, 0, 0, fmt.Errorf("pos: train: %w", err)
	}
	return m, it, s, nil
}

// chunkCounts returns true positive, false positive and false negative
// phrase counts of got against want.
func chunkCounts(want, got []string) (tp, fp, fn int) {
	w := map[Chunk]bool{}
	for _, c := range Chunks(want) {
		w[c] = true
	}
	g := Chunks(got)
	for _, c := range g {
		if w[c] {
			tp++
		} else {
			fp++
		}
	}
	fn = len(w) - tp
	return tp, fp, fn
}

func f1score(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	return 2 * p * r / (p + r)
}

// Evaluate scores the tagger on sentences with gold tags and chunks.
func (t *Tagger) Evaluate(test []Sentence) Scores {
	var right, n, tp, fp, fn int
	for _, s := range test {
		tags, chunks := t.TagChunk(s.Words)
		for i := range tags {
			if tags[i] == s.Tags[i] {
				right++
			}
			n++
		}
		a, b, c := chunkCounts(toIOB2(append([]string(nil), s.Chunks...)), chunks)
		tp, fp, fn = tp+a, fp+b, fn+c
	}
	return Scores{Accuracy: float64(right) / float64(max(n, 1)), ChunkF1: f1score(tp, fp, fn), Words: n}
}
