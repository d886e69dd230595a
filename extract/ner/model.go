package ner

import (
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/internal/seqlab"
)

// config is the part of a model that says how features are made; it is
// stored in the model file as JSON.
type config struct {
	// Encoding is "BIO" or "BILOU".
	Encoding string `json:"encoding"`
	// Stage2 adds a second model that sees the first one's decisions about
	// the other occurrences of each word in the document.
	Stage2 bool `json:"stage2"`
	// Iterations records the training epochs of each stage.
	Iterations []int `json:"iterations,omitempty"`
	// Gazetteer adds features from the lists of package gazetteer.
	Gazetteer bool `json:"gazetteer"`
	// Seed is the training seed.
	Seed int64 `json:"seed"`
}

// Model is a trained entity tagger. It is safe for concurrent use.
type Model struct {
	cfg    config
	stage1 *seqlab.Model
	stage2 *seqlab.Model
	labels []string
	bio    []string // IOB2 tag per label
	gaz    *gazetteer.Gazetteer
	joint  *seqlab.Joint // stage one and two features in one table
	pool   sync.Pool
}

// modelFile is the layout of a model file: after the magic line, the
// config as JSON, then stage one and, with Stage2, stage two.
var modelFile = seqlab.FileFormat{Package: "ner", Magic: "kg-ner-model 1\n", Name: "kg NER model"}

// newModel makes a model of its stages; j, when not nil, is their Joint
// (read from an image), else it is built.
func newModel(cfg config, s1, s2 *seqlab.Model, j *seqlab.Joint) (*Model, error) {
	ls := labelSet(cfg.Encoding)
	if s1 == nil {
		return nil, errors.New("ner: model has no stage one")
	}
	check := func(s *seqlab.Model) error {
		got := s.Labels()
		if len(got) != len(ls) {
			return fmt.Errorf("ner: model labels %v do not match encoding %s", got, cfg.Encoding)
		}
		for i := range got {
			if got[i] != ls[i] {
				return fmt.Errorf("ner: model labels %v do not match encoding %s", got, cfg.Encoding)
			}
		}
		return nil
	}
	if err := check(s1); err != nil {
		return nil, err
	}
	if cfg.Stage2 {
		if s2 == nil {
			return nil, errors.New("ner: model lacks its stage two")
		}
		if err := check(s2); err != nil {
			return nil, err
		}
	}
	m := &Model{cfg: cfg, stage1: s1, stage2: s2, labels: ls, bio: bioTags(ls)}
	if cfg.Gazetteer {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		m.gaz = g
	}
	if s2 != nil {
		m.joint = j
		if j == nil {
			m.joint = seqlab.NewJoint(s1, s2)
		}
	}
	m.pool.New = func() any { return m.newFeaturizer() }
	return m, nil
}

// Load reads a model written by Model.WriteTo.
func Load(r io.Reader) (*Model, error) {
	fr, err := modelFile.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer fr.Close()
	var cfg config
	if err := fr.Config(&cfg); err != nil {
		return nil, err
	}
	if cfg.Encoding != encBIO && cfg.Encoding != encBILOU {
		return nil, fmt.Errorf("ner: load model: unknown encoding %q", cfg.Encoding)
	}
	s1, err := fr.Model("")
	if err != nil {
		return nil, err
	}
	var s2 *seqlab.Model
	if cfg.Stage2 {
		if s2, err = fr.Model("stage two"); err != nil {
			return nil, err
		}
	}
	return newModel(cfg, s1, s2, nil)
}

// LoadFile reads a model from a file.
func LoadFile(path string) (*Model, error) {
	return seqlab.LoadFile(modelFile, path, Load)
}

// WriteTo writes the model, gzip-compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	fw := modelFile.NewWriter(w)
	fw.Config(m.cfg)
	fw.Model(m.stage1)
	if m.cfg.Stage2 {
		fw.Model(m.stage2)
	}
	return fw.Close()
}

// Info describes a model: its encoding, stages and feature counts.
func (m *Model) Info() string {
	s := fmt.Sprintf("encoding %s, stage one %d features", m.cfg.Encoding, m.stage1.NumFeatures())
	if m.stage2 != nil {
		s += fmt.Sprintf(", stage two %d features", m.stage2.NumFeatures())
	}
	return s + fmt.Sprintf(", iterations %v, seed %d", m.cfg.Iterations, m.cfg.Seed)
}

// TagDocument tags the sentences of one document (each a list of tokens)
// and returns one IOB2 tag per token: "B-PER", "I-ORG", "O", ... Tokens are
// tagged together because the model pools evidence across the document.
func (m *Model) TagDocument(sents [][]string) [][]string {
	f := m.pool.Get().(*featurizer)
	defer m.pool.Put(f)
	labels := m.labelDocument(f, sents)
	out := make([][]string, len(sents))
	flat := make([]string, len(f.toks))
	k := 0
	for si, ls := range labels {
		tags := flat[k : k+len(ls) : k+len(ls)]
		k += len(ls)
		for i, y := range ls {
			tags[i] = m.bio[y]
		}
		out[si] = tags
	}
	return out
}

// labelDocument returns label indexes per token, in buffers of f that the
// next call reuses.
func (m *Model) labelDocument(f *featurizer, sents [][]string) [][]int {
	f.load(sents)
	if len(f.seqs) < 1 {
		f.seqs = append(f.seqs, seqlab.Sequence{})
	}
	seq := &f.seqs[0]
	out := make([][]int, len(sents))
	if cap(f.labels) < len(f.toks) {
		f.labels = make([]int, len(f.toks))
	}
	flat := f.labels[:len(f.toks)]
	k := 0
	for si := range sents {
		out[si] = flat[k : k+len(sents[si]) : k+len(sents[si])]
		k += len(sents[si])
	}
	if m.stage2 == nil {
		for si := range sents {
			if len(sents[si]) == 0 {
				continue
			}
			f.sequence(si, false, seq)
			m.stage1.Decode(seq, out[si], &f.sc)
		}
		return out
	}
	// Stage two sees every stage-one feature plus the document features,
	// so one joint lookup gives both stages' local scores.
	nl := len(m.labels)
	need := len(f.toks) * nl
	if cap(f.e1) < need {
		f.e1 = make([]float32, need)
		f.e2 = make([]float32, need)
	}
	e1, e2 := f.e1[:need], f.e2[:need]
	for si := range sents {
		n := len(sents[si])
		if n == 0 {
			continue
		}
		lo := f.sents[si] * nl
		f.jointEmissions(si, nl, e1[lo:], e2[lo:])
		m.stage1.Viterbi(e1[lo:], n, out[si], &f.sc)
	}
	m.setPrev(f, out)
	f.prepareStage2()
	for si := range sents {
		n := len(sents[si])
		if n == 0 {
			continue
		}
		lo := f.sents[si] * nl
		f.docSequence(si, seq)
		m.stage2.AddEmissions(seq, e2[lo:])
		m.stage2.Viterbi(e2[lo:], n, out[si], &f.sc)
	}
	return out
}

// setPrev records stage-one decisions in the featurizer's tokens.
func (m *Model) setPrev(f *featurizer, labels [][]int) {
	k := 0
	for _, ls := range labels {
		for _, y := range ls {
			p, typ := splitLabel(m.labels[y])
			t := &f.toks[k]
			t.prevPos = p
			t.prev = 0
			for j, name := range types {
				if name == typ {
					t.prev = uint8(j + 1)
				}
			}
			k++
		}
	}
}

// newFeaturizer returns a featurizer with the model's resources.
func (m *Model) newFeaturizer() *featurizer {
	f := newFeaturizer()
	f.gaz = m.gaz
	if m.joint != nil {
		f.joint = m.joint.Clone()
	}
	return f
}

// wordCacheSize is the number of words whose text-only feature sums a
// featurizer keeps (direct-mapped by the word's hash): frequent words are
// then scored with one cache line instead of a dozen table lookups.
const wordCacheSize = 2048

// jointEmissions sets the stage-one and stage-two local scores of sentence
// si: the text-only features of each word come from the word cache (or are
// looked up and cached), the others are looked up. Sums are fixed point, so
// the result does not depend on what was cached.
func (f *featurizer) jointEmissions(si, nl int, e1, e2 []float32) {
	lo, hi := f.sents[si], f.sents[si+1]
	n := hi - lo
	w := 2 * nl
	if f.wcKeys == nil {
		f.wcKeys = make([]uint64, wordCacheSize)
		f.wcRows = make([]int32, wordCacheSize*w)
	}
	if cap(f.acc) < n*w {
		f.acc = make([]int32, n*w)
		f.missAcc = make([]int32, n*w)
	}
	acc := f.acc[:n*w]
	f.missSeq.Reset()
	f.miss = f.miss[:0]
	for i := 0; i < n; i++ {
		t := &f.toks[lo+i]
		slot := int(t.form & (wordCacheSize - 1))
		if f.wcKeys[slot] == t.form {
			copy(acc[i*w:i*w+w], f.wcRows[slot*w:slot*w+w])
			continue
		}
		f.miss = append(f.miss, int32(i))
		f.wordFeatures(t, &f.missSeq)
		f.missSeq.EndToken()
	}
	if len(f.miss) > 0 {
		ma := f.missAcc[:len(f.miss)*w]
		clear(ma)
		f.joint.Accumulate(&f.missSeq, ma)
		for k, i := range f.miss {
			row := ma[k*w : k*w+w]
			copy(acc[int(i)*w:int(i)*w+w], row)
			t := &f.toks[lo+int(i)]
			slot := int(t.form & (wordCacheSize - 1))
			f.wcKeys[slot] = t.form
			copy(f.wcRows[slot*w:slot*w+w], row)
		}
	}
	f.ctxSeq.Reset()
	for i := 0; i < n; i++ {
		f.contextFeatures(si, i, &f.ctxSeq)
		f.ctxSeq.EndToken()
	}
	f.joint.Accumulate(&f.ctxSeq, acc)
	f.joint.Scores(acc, n, e1, e2)
}
