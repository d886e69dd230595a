package pos

import (
	"github.com/kg-project/kg/extract"

	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// Tagger tags words with parts of speech and phrase chunks. It is safe for
// concurrent use.
type Tagger struct {
	tagger  *seqlab.Model
	chunker *seqlab.Model
	pool    sync.Pool
}

// modelFile is the layout of a model file: after the magic line, the
// tagger then the chunker.
var modelFile = seqlab.FileFormat{Package: "pos", Magic: "kg-pos-model 1\n", Name: "kg POS model"}

// embedded is the shipped model, trained by
//
//	kg train pos --train ../shared/data/conll2003/train.txt \
//	    --dev ../shared/data/conll2003/valid.txt -o extract/pos/pos.model
//
//go:embed pos.model
var embedded []byte

var defaultTagger = sync.OnceValues(func() (*Tagger, error) {
	return Load(bytes.NewReader(embedded))
})

// Default returns the tagger shipped with kg, decoded on first use.
func Default() (*Tagger, error) { return defaultTagger() }

func newTagger(tagger, chunker *seqlab.Model) (*Tagger, error) {
	if tagger == nil || chunker == nil {
		return nil, errors.New("pos: model lacks a tagger or a chunker")
	}
	t := &Tagger{tagger: tagger, chunker: chunker}
	t.pool.New = func() any { return &work{} }
	return t, nil
}

// work holds per-call buffers.
type work struct {
	f   featurizer
	sc  seqlab.Scratch
	out []int
}

// Load reads a model written by Tagger.WriteTo.
func Load(r io.Reader) (*Tagger, error) {
	fr, err := modelFile.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer fr.Close()
	tm, err := fr.Model("tagger")
	if err != nil {
		return nil, err
	}
	cm, err := fr.Model("chunker")
	if err != nil {
		return nil, err
	}
	return newTagger(tm, cm)
}

// LoadFile reads a model from a file.
func LoadFile(path string) (*Tagger, error) {
	return seqlab.LoadFile(modelFile, path, Load)
}

// WriteTo writes the model, gzip-compressed.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	fw := modelFile.NewWriter(w)
	fw.Model(t.tagger)
	fw.Model(t.chunker)
	return fw.Close()
}

// Info describes the model: its label and feature counts.
func (t *Tagger) Info() string {
	return fmt.Sprintf("tagger %d tags, %d features; chunker %d labels, %d features",
		len(t.tagger.Labels()), t.tagger.NumFeatures(), len(t.chunker.Labels()), t.chunker.NumFeatures())
}

// Sentence returns the tags and chunk tags of a pipeline sentence,
// computing them on first use and keeping them in the sentence, so the
// stages that need them tag each sentence once.
func (t *Tagger) Sentence(s *extract.Sentence) (tags, chunks []string) {
	if s.POS == nil && len(s.Tokens) > 0 {
		words := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			words[i] = tok.Text
		}
		s.POS, s.Chunks = t.tag(words, true)
	}
	return s.POS, s.Chunks
}

// Tag returns the Penn Treebank tag of each word of one sentence.
func (t *Tagger) Tag(words []string) []string {
	tags, _ := t.tag(words, false)
	return tags
}

// TagChunk returns the Penn Treebank tag and the IOB2 chunk tag ("B-NP",
// "I-NP", "B-VP", "O", ...) of each word of one sentence.
func (t *Tagger) TagChunk(words []string) (tags, chunks []string) {
	return t.tag(words, true)
}

func (t *Tagger) tag(words []string, chunk bool) (tags, chunks []string) {
	if len(words) == 0 {
		return nil, nil
	}
	w := t.pool.Get().(*work)
	defer t.pool.Put(w)
	w.f.load(words)
	if cap(w.out) < len(words) {
		w.out = make([]int, len(words))
	}
	labels := t.tagger.Labels()
	ys := t.tagger.Decode(w.f.tagSequence(), w.out[:len(words)], &w.sc)
	tags = make([]string, len(words))
	for i, y := range ys {
		tags[i] = labels[y]
	}
	if !chunk {
		return tags, nil
	}
	labels = t.chunker.Labels()
	ys = t.chunker.Decode(w.f.chunkSequence(tags), w.out[:len(words)], &w.sc)
	chunks = make([]string, len(words))
	for i, y := range ys {
		chunks[i] = labels[y]
	}
	return tags, chunks
}

// Chunk is a phrase: tokens [Start, End) of type Type ("NP", "VP", ...).
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks turns IOB2 chunk tags into phrases, in order. A stray I- tag
// starts a phrase.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	for i := 0; i < len(tags); {
		typ, ok := strings.CutPrefix(tags[i], "B-")
		if !ok {
			typ, ok = strings.CutPrefix(tags[i], "I-")
		}
		if !ok {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Chunk{Start: i, End: j, Type: typ})
		i = j
	}
	return out
}

// Quantize rounds the weights to multiples of step, so that the written
// model compresses better. Training calls it; it is exported for tools
// that compare sizes.
func (t *Tagger) Quantize(step float32) {
	t.tagger.Quantize(step)
	if t.chunker != t.tagger {
		t.chunker.Quantize(step)
	}
}
