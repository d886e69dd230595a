package relclass

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/internal/seqlab"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/pos"
)

// config is the part of a model that is not weights, stored as JSON.
type config struct {
	// Margin is how much the best relation's score must exceed NONE's for
	// the classifier to predict it (chosen on dev).
	Margin float64 `json:"margin"`
	// TypeMargins adjust Margin per relation type (also chosen on dev).
	TypeMargins map[string]float64 `json:"type_margins,omitempty"`
	// Iterations records the training epochs of the entity tagger and the
	// relation classifier.
	Iterations []int `json:"iterations,omitempty"`
	Seed       int64 `json:"seed"`
	// ScaleA and ScaleB map a margin d to a probability, 1/(1+exp(-(A*d+B)))
	// (Platt scaling, fitted on dev with gold entities).
	ScaleA float64 `json:"scale_a,omitempty"`
	ScaleB float64 `json:"scale_b,omitempty"`
	// SpanMargin is how much a candidate entity's best type must outscore
	// NONE for the span typer to keep it (chosen on dev).
	SpanMargin float64 `json:"span_margin,omitempty"`
	// SpanTypeMargins adjust SpanMargin per entity type (also chosen on
	// dev); a type not listed keeps SpanMargin.
	SpanTypeMargins map[string]float64 `json:"span_type_margins,omitempty"`
	// CV, for a model CrossValidate trained, is its held-out estimate.
	CV *cvSummary `json:"cv,omitempty"`
}

// cvSummary is the held-out estimate of a cross-validated model: the
// number of folds and sentences, and the strict entity F1 and end-to-end
// relation F1 of the held-out predictions.
type cvSummary struct {
	Folds      int     `json:"folds"`
	Sentences  int     `json:"sentences"`
	EntityF1   float64 `json:"entity_f1"`
	RelationF1 float64 `json:"relation_f1"`
}

// spanThresholds returns the span typer's margin for each of its labels
// (spanLabels; the first, NONE, unused).
func (c *config) spanThresholds() []float32 {
	thr := make([]float32, 1+len(EntityTypes))
	for i, t := range EntityTypes {
		thr[1+i] = float32(c.SpanMargin + c.SpanTypeMargins[t])
	}
	return thr
}

// probability turns a classifier margin into a score in (0,1).
func (c *config) probability(d float64) float64 {
	if c.ScaleA == 0 {
		return 1 / (1 + math.Exp(-d/10))
	}
	return 1 / (1 + math.Exp(-(c.ScaleA*d + c.ScaleB)))
}

// Model is the CoNLL04 entity tagger and relation classifier. It is safe
// for concurrent use.
type Model struct {
	cfg       config
	ents      ensemble      // the entity tagger
	crf       *seqlab.Model // the CRF entity tagger, whose best path the typer decides
	types     ensemble      // the span typer (see spans.go)
	rels      ensemble      // the relation classifier
	entLabels []string
	relLabels []string
	annotator
	// lazy is set on a model of the classifier alone, whose annotator
	// (taggers, gazetteer, word vectors) is loaded on the first annotate:
	// relating another stage's entities needs none of it.
	lazy    bool
	annOnce sync.Once
}

// annotator tags sentences with parts of speech, chunks and CoNLL-2003
// entity types.
type annotator struct {
	tagger *pos.Tagger
	ner    *ner.Model
	gaz    *gazetteer.Gazetteer
	wv     map[string]*wordVec
}

func defaultAnnotator() (annotator, error) {
	var a annotator
	var err error
	if a.tagger, err = pos.Default(); err != nil {
		return a, fmt.Errorf("relclass: %w", err)
	}
	if a.ner, err = ner.Default(); err != nil {
		return a, fmt.Errorf("relclass: %w", err)
	}
	if a.gaz, err = gazetteer.Default(); err != nil {
		return a, fmt.Errorf("relclass: %w", err)
	}
	if a.wv, err = wordVecs(); err != nil {
		return a, err
	}
	return a, nil
}

// modelMagic opens a model file of this version, whose parts come in
// the order of partOrder: the relation classifier first, so that
// DefaultClassifier decompresses nothing after it. modelMagic5 opens the
// files of the version before, whose parts come in the order of
// partOrder5; they are still read.
const (
	modelMagic  = "kg-relate-model 6\n"
	modelMagic5 = "kg-relate-model 5\n"
)

// The parts of a model file, as indexes of load's parts: the entity
// tagger, the span typer, the relation classifier and the CRF tagger.
const (
	partEnts = iota
	partTypes
	partRels
	partCRF
)

var (
	partOrder  = [4]int{partRels, partEnts, partTypes, partCRF}
	partOrder5 = [4]int{partEnts, partTypes, partRels, partCRF}
	partNames  = [4]string{"entity tagger", "span typer", "classifier", "crf tagger"}
)

// embedded is the shipped model, trained on CoNLL04 train and dev with
// its choices made by 5-fold cross-validation on both:
//
//	kg train relations --folds 5 --train ../shared/data/conll04/conll04_train.json \
//	    --dev ../shared/data/conll04/conll04_dev.json -o extract/relclass/relate.model
//
//go:embed relate.model
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(embedded))
})

// Default returns the model shipped with kg, decoded on first use, with
// the default part-of-speech tagger and entity tagger.
func Default() (*Model, error) { return defaultModel() }

// newModel returns a model of the given parts. A model of the classifier
// alone (ents and types empty, classifierOnly) tags no entities of its own.
func newModel(cfg config, ents, types, rels ensemble, classifierOnly bool) (*Model, error) {
	if len(rels) == 0 || !classifierOnly && (len(ents) == 0 || len(types) == 0) {
		return nil, errors.New("relclass: model lacks its entity tagger, span typer or classifier")
	}
	m := &Model{cfg: cfg, ents: ents, types: types, rels: rels, entLabels: entityLabels(), relLabels: relationLabels()}
	for _, e := range []struct {
		ms     ensemble
		labels []string
	}{{ents, m.entLabels}, {types, spanLabels()}, {rels, m.relLabels}} {
		for _, x := range e.ms {
			if !equal(x.Labels(), e.labels) {
				return nil, fmt.Errorf("relclass: model labels %v are not %v", x.Labels(), e.labels)
			}
		}
	}
	if classifierOnly {
		m.lazy = true
		return m, nil
	}
	var err error
	if m.annotator, err = defaultAnnotator(); err != nil {
		return nil, err
	}
	return m, nil
}

// annotate tags the words of one sentence (see annotator.annotate),
// loading a classifier-only model's annotator first. Should that fail (the
// built-in models are broken), the sentence has no tags.
func (m *Model) annotate(words []string) *tagged {
	if m.lazy {
		var err error
		m.annOnce.Do(func() { m.annotator, err = defaultAnnotator() })
		if err != nil || m.annotator.tagger == nil {
			return bareSentence(words)
		}
	}
	return m.annotator.annotate(words)
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Load reads a model written by Model.WriteTo.
func Load(r io.Reader) (*Model, error) { return load(r, false) }

var defaultClassifier = sync.OnceValues(func() (*Model, error) {
	return load(bytes.NewReader(embedded), true)
})

// DefaultClassifier returns the shipped model's relation classifier alone,
// decoded on first use, for relating the entities another stage found: the
// model's entity taggers and span typer (about 40 MB of weights) are read
// past and not kept, so its Predict tags no entities of its own.
func DefaultClassifier() (*Model, error) { return defaultClassifier() }

// load reads a model; classifierOnly keeps only its relation classifier,
// and the model returned then tags no entities of its own.
func load(r io.Reader, classifierOnly bool) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("relclass: load model: %w", err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(modelMagic))
	order := partOrder
	if _, err := io.ReadFull(br, head); err != nil || string(head) != modelMagic && string(head) != modelMagic5 {
		return nil, errors.New("relclass: load model: not a kg relation model")
	}
	if string(head) == modelMagic5 {
		order = partOrder5
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<16 {
		return nil, errors.New("relclass: load model: bad header")
	}
	js := make([]byte, n)
	if _, err := io.ReadFull(br, js); err != nil {
		return nil, fmt.Errorf("relclass: load model: %w", err)
	}
	var cfg config
	if err := json.Unmarshal(js, &cfg); err != nil {
		return nil, fmt.Errorf("relclass: load model: config: %w", err)
	}
	var parts [4]ensemble
	for _, i := range order {
		name := partNames[i]
		n, err := binary.ReadUvarint(br)
		if err != nil || n == 0 || n > 64 {
			return nil, fmt.Errorf("relclass: load model: %s: bad member count", name)
		}
		for k := 0; k < int(n); k++ {
			if classifierOnly && i != partRels {
				if err := seqlab.Skip(br); err != nil {
					return nil, fmt.Errorf("relclass: load model: %s: %w", name, err)
				}
				continue
			}
			x, err := seqlab.Read(br)
			if err != nil {
				return nil, fmt.Errorf("relclass: load model: %s: %w", name, err)
			}
			parts[i] = append(parts[i], x)
		}
		if classifierOnly && i == partRels {
			break // the parts after it are not wanted: not read
		}
	}
	ents, types, rels := parts[partEnts], parts[partTypes], parts[partRels]
	m, err := newModel(cfg, ents, types, rels, classifierOnly)
	if err != nil || classifierOnly {
		return m, err
	}
	m.crf = parts[partCRF][0]
	if len(parts[partCRF]) != 1 || !equal(m.crf.Labels(), m.entLabels) {
		return nil, errors.New("relclass: load model: crf tagger: bad labels or member count")
	}
	return m, nil
}

// LoadFile reads a model from a file.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("relclass: load model %q: %w", path, err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("relclass: load model %q: %w", path, err)
	}
	return m, nil
}

// WriteTo writes the model, gzip-compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	return m.write(w, modelMagic, partOrder)
}

// write writes the model under magic with its parts in order (tests
// write the version before this one).
func (m *Model) write(w io.Writer, magic string, order [4]int) (int64, error) {
	cw := &counter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	js, err := json.Marshal(m.cfg)
	if err != nil {
		return 0, err
	}
	zw.Write([]byte(magic))
	var buf [binary.MaxVarintLen64]byte
	zw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(js)))])
	zw.Write(js)
	var parts [4]ensemble
	parts[partEnts], parts[partTypes], parts[partRels] = m.ents, m.types, m.rels
	if m.crf != nil {
		parts[partCRF] = ensemble{m.crf}
	}
	for _, i := range order {
		e := parts[i]
		zw.Write(buf[:binary.PutUvarint(buf[:], uint64(len(e)))])
		for _, x := range e {
			if _, err := x.WriteTo(zw); err != nil {
				return cw.n, fmt.Errorf("relclass: write model: %w", err)
			}
		}
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("relclass: write model: %w", err)
	}
	return cw.n, nil
}

type counter struct {
	w io.Writer
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Info describes the model.
func (m *Model) Info() string {
	s := fmt.Sprintf("entity tagger %d×%d features, span typer %d×%d, classifier %d×%d, margin %.2f, iterations %v, seed %d",
		len(m.ents), m.ents.numFeatures()/len(m.ents), len(m.types), m.types.numFeatures()/len(m.types),
		len(m.rels), m.rels.numFeatures()/len(m.rels), m.cfg.Margin, m.cfg.Iterations, m.cfg.Seed)
	if cv := m.cfg.CV; cv != nil {
		s += fmt.Sprintf("; %d-fold cross-validation on %d sentences: held-out entity F1 %.4f, relation F1 %.4f", cv.Folds, cv.Sentences, cv.EntityF1, cv.RelationF1)
	}
	return s
}

// annotate tags the words of one sentence with parts of speech, chunks and
// CoNLL-2003 entity types.
func (m annotator) annotate(words []string) *tagged {
	// A sentence's full stop glued to its last word ("Armenia.") is split
	// off for the taggers and the features; the token keeps its index.
	clean, stop := splitFinalStop(words)
	s := newSentence(clean)
	in := clean
	if stop {
		in = append(clean[:len(clean):len(clean)], ".")
	}
	s.tags, s.chunks = m.tagger.TagChunk(in)
	if len(words) > 0 {
		s.ner = m.ner.TagDocument([][]string{in})[0]
	}
	n := len(words)
	s.tags, s.chunks, s.ner = s.tags[:n], s.chunks[:n], s.ner[:n]
	s.addLexicon(m.gaz)
	s.wv = make([]*wordVec, n)
	for i, w := range s.norm {
		s.wv[i] = m.wv[w]
	}
	return s
}

// splitFinalStop returns words with the full stop taken off the last word
// (before any closing quotes) when it is glued to a word of two or more
// letters or digits with no other full stop (so not "U.S." or "a.m."),
// and whether it did.
func splitFinalStop(words []string) ([]string, bool) {
	i := len(words) - 1
	for i >= 0 && (words[i] == "''" || words[i] == "'" || words[i] == "\"" || words[i] == ")") {
		i--
	}
	if i < 0 {
		return words, false
	}
	w := words[i]
	body, ok := strings.CutSuffix(w, ".")
	if !ok || len(body) < 2 || strings.Contains(body, ".") {
		return words, false
	}
	r1, _ := utf8.DecodeLastRuneInString(body)
	r2, _ := utf8.DecodeLastRuneInString(body[:len(body)-utf8.RuneLen(r1)])
	if !(unicode.IsLetter(r1) || unicode.IsDigit(r1)) || !(unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
		return words, false
	}
	out := append([]string(nil), words...)
	out[i] = body
	return out, true
}

// tagEntities predicts the CoNLL04 entities of s.
func (m *Model) tagEntities(s *tagged) []span {
	if len(s.words) == 0 || len(m.ents) == 0 {
		return nil
	}
	var seq seqlab.Sequence
	entitySequence(s, &seq)
	ens, cs := m.ents.candidates(s, m.entLabels, &seq, m.crf)
	spans := chooseSpans(m.types, s, ens, cs, m.cfg.spanThresholds())
	// A name of two words or more that ends in a kind of place ("Cameron
	// Parish", "Harris Counties", "Chiapas State") is a place: 51 of the 56
	// such names of CoNLL04 train are (the others: "Michigan State", "Boise
	// National Forest" as agencies).
	for i, sp := range spans {
		if sp.end-sp.start >= 2 && sp.typ != "Loc" && slices.Contains(placeHeadWords, strings.TrimSuffix(s.lower[sp.end-1], ".")) {
			spans[i].typ = "Loc"
		}
	}
	return spans
}

// placeHeadWords end the names of places.
var placeHeadWords = []string{"parish", "county", "counties", "state", "province", "district", "river", "island",
	"islands", "valley", "bay", "lake", "mountains", "mountain", "sea", "ocean", "desert", "peninsula",
	"canyon", "forest", "park", "beach", "creek", "harbor", "harbour", "coast", "gulf", "strait"}

// prediction is one relation the classifier found.
type prediction struct {
	head, tail int // indexes into sentence.ents
	typ        string
	score      float64 // in (0,1): the calibrated probability of the margin
	margin     float64
}

// Limits on the classifier's candidate pairs in long lists of names (the
// most entities in a CoNLL04 sentence is 24; 99.4% of its relations span
// at most 40 tokens).
const (
	maxEntities = 24
	maxDistance = 40
)

// classify returns the relations between the entities of s whose margin
// over NONE is at least margin.
func (m *Model) classify(s *tagged, margin float64) []prediction {
	return m.cfg.selectPairs(m.scorePairs(s), margin)
}

// selectPairs keeps the pairs of ps (scorePairs' answer) whose margin
// over NONE is at least margin plus their type's adjustment, and resolves
// conflicts between those kept.
func (c *config) selectPairs(ps []prediction, margin float64) []prediction {
	var out []prediction
	for _, p := range ps {
		if p.margin >= margin+c.TypeMargins[p.typ] {
			out = append(out, p)
		}
	}
	return resolveConflicts(out)
}

// scorePairs returns, for every candidate pair of entities of s, its best
// relation type and that type's margin over NONE, whatever the margin.
func (m *Model) scorePairs(s *tagged) []prediction {
	var out []prediction
	var seq seqlab.Sequence
	var sc []float32
	// A sentence with more names than any in CoNLL04 is a list or a table:
	// there only nearby pairs are candidates, which keeps the work linear.
	far := len(s.ents) > maxEntities
	s.entsSorted = sort.SliceIsSorted(s.ents, func(i, j int) bool { return s.ents[i].start < s.ents[j].start })
	killing := killWord(s)
	list := coordinated(s)
	for _, ab := range candidatePairs(s, far) {
		a, b := ab[0], ab[1]
		if !compatible(s.ents[a].typ, s.ents[b].typ) {
			continue
		}
		// Members of one list ("A, B and C") are siblings: no CoNLL04
		// relation other than between places joins two of them.
		if list[a] >= 0 && list[a] == list[b] && !(s.ents[a].typ == "Loc" && s.ents[b].typ == "Loc") {
			continue
		}
		pairSequence(s, a, b, &seq)
		sc = m.rels.labelScores(&seq, sc)
		best, bestY := float32(math.Inf(-1)), -1
		for y := 1; y < len(sc); y++ {
			if h, t := signature(m.relLabels[y]); h != s.ents[a].typ || t != s.ents[b].typ {
				continue
			}
			if sc[y] > best {
				best, bestY = sc[y], y
			}
		}
		if bestY < 0 {
			continue
		}
		// A killing is told with a word for it ("shot", "murder",
		// "assassinated", "death"): 216 of the 221 Kill relations of
		// CoNLL04 train and dev have one in their sentence.
		if m.relLabels[bestY] == Kill && !killing {
			continue
		}
		// A visit is not a home: no Live_In across "visit", "trip",
		// "arrived" (4 of the 421 Live_In of CoNLL04 train and dev).
		if m.relLabels[bestY] == LiveIn && travelBetween(s, a, b) {
			continue
		}
		d := float64(best - sc[0])
		out = append(out, prediction{head: a, tail: b, typ: m.relLabels[bestY], margin: d, score: m.cfg.probability(d)})
	}
	return out
}

// candidatePairs returns the ordered pairs (a, b), a != b, of entities of s
// the classifier looks at, sorted by a then b. When far, only pairs at most
// maxDistance tokens apart are candidates, found through the entities
// sorted by start, so a long list of names costs time linear in its length
// rather than quadratic.
func candidatePairs(s *tagged, far bool) [][2]int {
	n := len(s.ents)
	var out [][2]int
	if !far {
		out = make([][2]int, 0, n*(n-1))
		for a := 0; a < n; a++ {
			for b := 0; b < n; b++ {
				if a != b {
					out = append(out, [2]int{a, b})
				}
			}
		}
		return out
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return s.ents[order[i]].start < s.ents[order[j]].start })
	// Later entities start no earlier, so once one starts more than
	// maxDistance after a ends, so do all the rest.
	near := func(a, b int) bool {
		return max(s.ents[a].start, s.ents[b].start)-min(s.ents[a].end, s.ents[b].end) <= maxDistance
	}
	for k, a := range order {
		for j := k + 1; j < n; j++ {
			b := order[j]
			if s.ents[b].start-s.ents[a].end > maxDistance {
				break
			}
			if near(a, b) {
				out = append(out, [2]int{a, b}, [2]int{b, a})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// coordinated returns, for each entity of s, the number of the list of
// names joined by commas and "and" or "or" it belongs to ("A, B and C"),
// or -1. Only lists with a conjunction count: "Aiken, S.C." is a place in
// a state, not a list.
// npWord reports whether word i of s may begin or continue a noun phrase
// before its head name: a determiner, a possessive pronoun, an adjective,
// a noun or a number.
func npWord(s *tagged, i int) bool {
	if i >= len(s.tags) {
		return false
	}
	t := s.tags[i]
	return t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")
}

func coordinated(s *tagged) []int {
	out := make([]int, len(s.ents))
	for i := range out {
		out[i] = -1
	}
	order := make([]int, len(s.ents))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return s.ents[order[i]].start < s.ents[order[j]].start })
	run, conj := []int{}, false
	closeRun := func() {
		if len(run) >= 2 && conj {
			for _, m := range run {
				out[m] = run[0]
			}
		}
	}
	for k, e := range order {
		if k > 0 {
			p := order[k-1]
			lo, hi := s.ents[p].end, s.ents[e].start
			joined := hi > lo
			hasConj := false
			// A comma or a conjunction, then perhaps the rest of the next
			// item's noun phrase: "X, his wife Y and the Z".
			sep := true
			for i := lo; i < hi && joined; i++ {
				switch w := s.lower[i]; {
				case w == "and" || w == "or":
					hasConj = true
				case w == ",":
				case !sep && i > lo && npWord(s, i):
				default:
					joined = false
				}
				sep = false
			}
			if joined {
				run = append(run, e)
				conj = conj || hasConj
				continue
			}
			closeRun()
		}
		run, conj = []int{e}, false
	}
	closeRun()
	return out
}

// travelStems begin words of travel.
var travelStems = []string{"visit", "trip", "tour", "arriv", "travel", "flew", "fly", "flies", "flown", "went", "headed"}

// travelBetween reports whether a word of travel stands between the
// entities a and b of s.
func travelBetween(s *tagged, a, b int) bool {
	lo, hi := s.ents[a].end, s.ents[b].start
	if hi < lo {
		lo, hi = s.ents[b].end, s.ents[a].start
	}
	lo, hi = min(lo, len(s.lower)), min(hi, len(s.lower))
	if hi <= lo {
		return false // overlapping or adjacent names
	}
	return anyStem(s.lower[lo:hi], travelStems)
}

// killStems begin the words that tell of a killing.
var killStems = []string{"kill", "murder", "assassin", "shot", "shoot", "slay", "slain", "slew", "execut", "death", "dead", "died", "die", "stab", "strangl", "bomb", "gunn", "poison", "hanged", "behead", "massacr", "lynch", "fatal", "homicid", "mortal"}

// killWord reports whether a word of s tells of a killing.
func killWord(s *tagged) bool { return anyStem(s.lower, killStems) }

// anyStem reports whether one of the words begins with one of the stems.
func anyStem(words, stems []string) bool {
	for _, w := range words {
		for _, st := range stems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// resolveConflicts keeps, of two predictions between the same two
// entities in opposite directions with the same type, the better one: a
// person does not kill and get killed by the same person in one sentence,
// and places are not inside each other.
func resolveConflicts(ps []prediction) []prediction {
	type key struct {
		head, tail int
		typ        string
	}
	// best is the index of the first prediction with the highest margin
	// among those with one key: a prediction is dropped when the reverse
	// one beats it.
	best := make(map[key]int, len(ps))
	for i, p := range ps {
		k := key{p.head, p.tail, p.typ}
		if j, ok := best[k]; !ok || p.margin > ps[j].margin {
			best[k] = i
		}
	}
	out := make([]prediction, 0, len(ps))
	for i, p := range ps {
		if j, ok := best[key{p.tail, p.head, p.typ}]; ok && j != i && (ps[j].margin > p.margin || (ps[j].margin == p.margin && j < i)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// PredictOptions configures Model.Predict. The zero value (or nil) predicts
// entities and uses the model's margin.
type PredictOptions struct {
	// GoldEntities keeps each sentence's entities and predicts only the
	// relations between them.
	GoldEntities bool
}

// Predict returns a copy of each sentence with predicted entities (unless
// GoldEntities) and relations.
func (m *Model) Predict(exs []Example, opts *PredictOptions) []Example {
	out := make([]Example, len(exs))
	for i, ex := range exs {
		out[i] = m.predictOne(ex, opts, m.cfg.Margin)
	}
	return out
}

func (m *Model) predictOne(ex Example, opts *PredictOptions, margin float64) Example {
	s := m.annotate(ex.Tokens)
	if opts != nil && opts.GoldEntities {
		for _, e := range ex.Entities {
			s.ents = append(s.ents, span{e.Start, e.End, e.Type})
		}
	} else {
		s.ents = m.tagEntities(s)
	}
	return toExample(ex, s, m.classify(s, margin))
}

func toExample(ex Example, s *tagged, ps []prediction) Example {
	out := Example{Tokens: ex.Tokens, OrigID: ex.OrigID, Entities: []SpanEntity{}, Relations: []SpanRelation{}}
	for _, e := range s.ents {
		out.Entities = append(out.Entities, SpanEntity{Type: e.typ, Start: e.start, End: e.end})
	}
	for _, p := range ps {
		out.Relations = append(out.Relations, SpanRelation{Type: p.typ, Head: p.head, Tail: p.tail})
	}
	return out
}
