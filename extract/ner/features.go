package ner

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/internal/seqlab"
)

// Feature templates. A feature is seqlab.Feat1 (2, 3) of its template and
// values; the numbers are part of the model format, so only ever append.
const (
	tBias = iota + 1
	tForm
	tLower
	tPrev1
	tNext1
	tPrev2
	tNext2
	tBigramPrev
	tBigramNext
	tPrefix
	tSuffix
	tShape
	tShapeCtx
	tShapePrev
	tShapeNext
	tFirst
	tSentMode
	tDocCase
	tDocCaseShape
	tPrevShape
	tShapeNextWord
	tCap
	tLen
	// Stage-two (document) features.
	tAggType
	tAggMajor
	tHistType
	tAggForm
	tGaz
	tGazCap
	tGazPrev
	tGazNext
	tCluster
	tClusterPrev
	tClusterNext
	tClusterBigram
	tAggPrev
	tAggNext
	// Training-only features of documents from another corpus than the
	// news the tagger is for (Document.Domain): never seen when tagging.
	tDomain
	tDomainShape
)

// Sentence case modes: whether the capitalisation of a word tells anything.
const (
	modeNormal = iota
	modeAllCaps
	modeTitle
)

// tok holds what the features need of one token.
type tok struct {
	norm  string
	lower string
	cap   uint8
	// informative is false where upper case is expected anyway: the first
	// word of a sentence, a headline in capitals or in title case.
	informative bool
	form        uint64
	lowerH      uint64
	shape       uint64
	short       uint64
	pre, suf    [4]uint64
	// first letter position classification for doc case evidence.
	docCase uint8
	// prev is the stage-one type (0 = O, 1+ index into types) when known.
	prev uint8
	// first marks the first token of a sentence.
	first bool
	// prevBILOU is the stage-one label prefix: 'O', 'B', 'I', 'L' or 'U'.
	prevPos byte
	// gaz has bit cat*4+pos set when the token is at position pos (B, I,
	// L, U) of a name in gazetteer list cat.
	gaz uint64
	// gh is the gazetteer hash of the word (gazetteer.WordHash of lower).
	gh uint64
	// cl holds the word's classes at each level plus one (0: unknown).
	cl [gazetteer.ClusterLevels]uint16
}

// featurizer turns a document into feature sequences. It is not safe for
// concurrent use; each Model hands out one per call from a pool.
type featurizer struct {
	gaz   *gazetteer.Gazetteer // nil: no gazetteer features
	joint *seqlab.Joint        // the model's joint index, own scratch
	toks  []tok
	sents []int // start index into toks of each sentence, plus the end
	modes []uint8
	seqs  []seqlab.Sequence
	// For the joint (two-stage) path: a direct-mapped cache of the
	// fixed-point sums of each word's text-only features in both stages.
	wcKeys  []uint64
	wcRows  []int32
	acc     []int32
	missAcc []int32
	miss    []int32
	ctxSeq  seqlab.Sequence
	missSeq seqlab.Sequence
	labels  []int     // label per token of the document (reused)
	e1      []float32 // stage-one emissions of the document
	e2      []float32 // stage-two emissions of the document
	sc      seqlab.Scratch
	long    []byte
	short   []byte
	// case evidence per lower-case word hash: bit 1 seen lower case, bit 2
	// seen capitalised, both in informative positions.
	ev docTable
	// agg counts stage-one types per word-form hash: [5]uint16 per entry.
	agg  docTable // value: 1 + index into aggN
	aggN [][5]uint16
}

func newFeaturizer() *featurizer {
	return &featurizer{}
}

const (
	seedForm  = 0x1001
	seedLower = 0x1002
	seedShape = 0x1003
	seedShort = 0x1004
	seedPre   = 0x1100
	seedSuf   = 0x1200
)

// boundary hashes stand for words before the start and after the end.
var (
	hStart      = seqlab.String(seedLower, "<s>")
	hEnd        = seqlab.String(seedLower, "</s>")
	hStartShape = seqlab.String(seedShort, "<s>")
	hEndShape   = seqlab.String(seedShort, "</s>")
)

// load fills the token table of a document.
func (f *featurizer) load(sents [][]string) {
	f.toks = f.toks[:0]
	f.sents = f.sents[:0]
	f.modes = f.modes[:0]
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	f.ev.reset(n)
	for _, s := range sents {
		f.sents = append(f.sents, len(f.toks))
		mode := sentMode(s)
		f.modes = append(f.modes, uint8(mode))
		for i, w := range s {
			var t tok
			t.norm = normalize(w)
			t.lower = strings.ToLower(t.norm)
			t.cap = uint8(capClass(t.norm))
			t.informative = mode == modeNormal && i > 0 && !afterOpening(s, i)
			t.first = i == 0
			t.form = seqlab.String(seedForm, t.norm)
			t.lowerH = seqlab.String(seedLower, t.lower)
			f.long, f.short = shapes(t.norm, f.long, f.short)
			t.shape = seqlab.Bytes(seedShape, f.long)
			t.short = seqlab.Bytes(seedShort, f.short)
			seqlab.Affixes(t.lower, seedPre, seedSuf, t.pre[:], t.suf[:])
			if t.informative {
				switch t.cap {
				case capLower:
					f.ev.vals[f.ev.slot(t.lowerH)] |= 1
				case capInit, capAll, capMixed:
					f.ev.vals[f.ev.slot(t.lowerH)] |= 2
				}
			}
			f.toks = append(f.toks, t)
		}
		if f.gaz != nil {
			st := f.toks[len(f.toks)-len(s):]
			for i := range st {
				st[i].gh = gazetteer.WordHash(st[i].lower)
			}
			f.matchGazetteer(st)
			for i := range st {
				if c, ok := f.gaz.Cluster(st[i].norm); ok {
					for l := range c {
						st[i].cl[l] = c[l] + 1
					}
				}
			}
		}
	}
	f.sents = append(f.sents, len(f.toks))
	for i := range f.toks {
		t := &f.toks[i]
		if !t.informative && (t.cap == capInit || t.cap == capAll) {
			t.docCase = 1 + uint8(f.ev.get(t.lowerH))
		}
	}
}

// afterOpening reports whether word i of s follows only quotes, brackets or
// dashes at the start of the sentence, or a colon: positions where a capital
// is expected.
func afterOpening(s []string, i int) bool {
	p := s[i-1]
	if p == ":" {
		return true
	}
	for j := 0; j < i; j++ {
		switch normalize(s[j]) {
		case `"`, "'", "(", "[", "-", "--":
		default:
			return false
		}
	}
	return true
}

// sentMode says whether a sentence is a headline in capitals or in title
// case, where capitalisation carries little information.
func sentMode(s []string) int {
	words, caps, upper, long, longCap := 0, 0, 0, 0, 0
	for _, w := range s {
		c := capClass(w)
		if c == capNone {
			continue
		}
		words++
		if c == capAll {
			upper++
		}
		if c != capLower {
			caps++
		}
		if utf8.RuneCountInString(w) >= 4 {
			long++
			if c != capLower {
				longCap++
			}
		}
	}
	if words >= 2 && upper*10 >= words*8 && upper >= 2 {
		return modeAllCaps
	}
	if long >= 3 && longCap*10 >= long*8 && caps < words+1 {
		return modeTitle
	}
	return modeNormal
}

// sequence builds the features of sentence si into seq. When stage2 is true
// the document features from stage-one labels are added.
func (f *featurizer) sequence(si int, stage2 bool, seq *seqlab.Sequence) {
	seq.Reset()
	lo, hi := f.sents[si], f.sents[si+1]
	for i := range f.toks[lo:hi] {
		f.wordFeatures(&f.toks[lo+i], seq)
		f.contextFeatures(si, i, seq)
		if stage2 {
			f.docFeatures(lo+i, seq)
		}
		seq.EndToken()
	}
}

// wordFeatures adds the features of t that depend on its text alone, which
// a tagger may therefore cache per word.
func (f *featurizer) wordFeatures(t *tok, seq *seqlab.Sequence) {
	seq.Add(seqlab.Feat1(tBias, 0))
	seq.Add(seqlab.Feat1(tForm, t.form))
	seq.Add(seqlab.Feat1(tLower, t.lowerH))
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			seq.Add(seqlab.Feat1(tPrefix, t.pre[k]))
		}
		if t.suf[k] != 0 {
			seq.Add(seqlab.Feat1(tSuffix, t.suf[k]))
		}
	}
	seq.Add(seqlab.Feat1(tShape, t.shape))
	if f.gaz != nil {
		for l, c := range t.cl {
			seq.Add(seqlab.Feat2(tCluster, uint64(l), uint64(c)))
		}
	}
}

// contextFeatures adds the features of token i of sentence si that depend
// on its neighbours, its position or the document.
func (f *featurizer) contextFeatures(si, i int, seq *seqlab.Sequence) {
	lo, hi := f.sents[si], f.sents[si+1]
	toks := f.toks[lo:hi]
	mode := uint64(f.modes[si])
	n := len(toks)
	lowerAt := func(i int) uint64 {
		switch {
		case i < 0:
			return hStart
		case i >= n:
			return hEnd
		}
		return toks[i].lowerH
	}
	shortAt := func(i int) uint64 {
		switch {
		case i < 0:
			return hStartShape
		case i >= n:
			return hEndShape
		}
		return toks[i].short
	}
	{
		t := &toks[i]
		p1, n1 := lowerAt(i-1), lowerAt(i+1)
		seq.Add(seqlab.Feat1(tPrev1, p1))
		seq.Add(seqlab.Feat1(tNext1, n1))
		seq.Add(seqlab.Feat1(tPrev2, lowerAt(i-2)))
		seq.Add(seqlab.Feat1(tNext2, lowerAt(i+2)))
		seq.Add(seqlab.Feat2(tBigramPrev, p1, t.lowerH))
		seq.Add(seqlab.Feat2(tBigramNext, t.lowerH, n1))
		sp, sn := shortAt(i-1), shortAt(i+1)
		seq.Add(seqlab.Feat3(tShapeCtx, sp, t.short, sn))
		seq.Add(seqlab.Feat2(tShapePrev, sp, t.short))
		seq.Add(seqlab.Feat2(tShapeNext, t.short, sn))
		seq.Add(seqlab.Feat2(tPrevShape, p1, t.short))
		seq.Add(seqlab.Feat2(tShapeNextWord, t.short, n1))
		first := uint64(0)
		if i == 0 {
			first = 1
		}
		seq.Add(seqlab.Feat3(tFirst, first, uint64(t.cap), boolU(t.informative)))
		seq.Add(seqlab.Feat2(tSentMode, mode, t.short))
		if t.docCase != 0 {
			seq.Add(seqlab.Feat1(tDocCase, uint64(t.docCase)))
			seq.Add(seqlab.Feat2(tDocCaseShape, uint64(t.docCase), t.lowerH))
		}
		if f.gaz != nil {
			for b := t.gaz; b != 0; b &= b - 1 {
				bit := uint64(bits.TrailingZeros64(b))
				seq.Add(seqlab.Feat1(tGaz, bit))
				seq.Add(seqlab.Feat2(tGazCap, bit, uint64(t.cap)))
			}
			var pc, nc [gazetteer.ClusterLevels]uint16
			if i > 0 {
				pc = toks[i-1].cl
			}
			if i+1 < n {
				nc = toks[i+1].cl
			}
			for l := 1; l < 3; l++ {
				seq.Add(seqlab.Feat2(tClusterPrev, uint64(l), uint64(pc[l])))
				seq.Add(seqlab.Feat2(tClusterNext, uint64(l), uint64(nc[l])))
			}
			seq.Add(seqlab.Feat3(tClusterBigram, uint64(pc[1]), uint64(t.cl[1]), 0))
			if i > 0 {
				for b := toks[i-1].gaz; b != 0; b &= b - 1 {
					seq.Add(seqlab.Feat1(tGazPrev, uint64(bits.TrailingZeros64(b))))
				}
			}
			if i+1 < n {
				for b := toks[i+1].gaz; b != 0; b &= b - 1 {
					seq.Add(seqlab.Feat1(tGazNext, uint64(bits.TrailingZeros64(b))))
				}
			}
		}
	}
}

// docSequence builds only the document features of sentence si (those
// sequence adds for stage two on top of the local ones).
func (f *featurizer) docSequence(si int, seq *seqlab.Sequence) {
	seq.Reset()
	for ti := f.sents[si]; ti < f.sents[si+1]; ti++ {
		f.docFeatures(ti, seq)
		seq.EndToken()
	}
}

func boolU(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// aggKey is the key under which stage-one decisions about a token are
// pooled across the document: its lower-case form, for words that start
// with a capital letter or digit anywhere.
func aggKey(t *tok) (uint64, bool) {
	if t.cap == capNone || t.cap == capLower {
		return 0, false
	}
	return t.lowerH, true
}

// prepareStage2 pools the stage-one types (prev fields) of the document.
func (f *featurizer) prepareStage2() {
	f.agg.reset(len(f.toks))
	f.aggN = f.aggN[:0]
	for i := range f.toks {
		t := &f.toks[i]
		k, ok := aggKey(t)
		if !ok {
			continue
		}
		i := f.agg.slot(k)
		if f.agg.vals[i] == 0 {
			f.aggN = append(f.aggN, [5]uint16{})
			f.agg.vals[i] = int32(len(f.aggN))
		}
		c := &f.aggN[f.agg.vals[i]-1]
		if c[t.prev] < 65535 {
			c[t.prev]++
		}
	}
}

// docFeatures adds the non-local features of token ti: how stage one
// labelled the other occurrences of the same word in the document, and the
// same for its neighbours in the sentence.
func (f *featurizer) docFeatures(ti int, seq *seqlab.Sequence) {
	f.aggFeatures(ti, seq)
}

func (f *featurizer) aggFeatures(ti int, seq *seqlab.Sequence) {
	t := &f.toks[ti]
	k, ok := aggKey(t)
	if !ok {
		return
	}
	v := f.agg.get(k)
	if v == 0 {
		return
	}
	c := &f.aggN[v-1]
	var others [5]int
	total := 0
	for y := range others {
		others[y] = int(c[y])
		if y == int(t.prev) {
			others[y]--
		}
		total += others[y]
	}
	if total == 0 {
		return
	}
	best, major := 0, -1
	for y, v := range others {
		if v > 0 {
			frac := v * 4 / (total + 1)
			seq.Add(seqlab.Feat2(tAggType, uint64(y), uint64(frac)))
			if v > best {
				best, major = v, y
			}
		}
	}
	if major >= 0 {
		seq.Add(seqlab.Feat2(tAggMajor, uint64(major), uint64(t.cap)))
	}
	_ = unicode.IsUpper
}

// matchGazetteer marks the tokens of one sentence with the gazetteer
// names they are part of.
func (f *featurizer) matchGazetteer(toks []tok) {
	maxLen := f.gaz.MaxLen()
	for i := range toks {
		toks[i].gaz = 0
	}
	for i := range toks {
		h := gazetteer.PhraseStart
		for j := i; j < len(toks) && j-i < maxLen; j++ {
			h = gazetteer.Extend(h, toks[j].gh)
			cats, more := f.gaz.Lookup(h)
			for c := uint64(cats); c != 0; c &= c - 1 {
				cat := uint64(bits.TrailingZeros64(c))
				if j == i {
					toks[i].gaz |= 1 << (cat*4 + 3) // U
					continue
				}
				toks[i].gaz |= 1 << (cat * 4) // B
				for k := i + 1; k < j; k++ {
					toks[k].gaz |= 1 << (cat*4 + 1) // I
				}
				toks[j].gaz |= 1 << (cat*4 + 2) // L
			}
			if !more {
				break
			}
		}
	}
}
