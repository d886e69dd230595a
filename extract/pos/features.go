package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// Feature templates. A feature is seqlab.Feat1 (2, 3) of its template and
// values; the numbers are part of the model format, so only ever append.
const (
	tBias = iota + 1
	tForm
	tLower
	tPrefix
	tSuffix
	tShape
	tPrev1
	tNext1
	tPrev2
	tNext2
	tPrevSuf
	tNextSuf
	tBigramPrev
	tBigramNext
	tFirst
	tFlags
	// Chunker templates.
	cBias
	cTag
	cTagPrev1
	cTagNext1
	cTagPrev2
	cTagNext2
	cTagBigramPrev
	cTagBigramNext
	cTagTrigram
	cWord
	cWordTag
	cWordPrev
	cWordNext
	cPrevWordTag
	tPrevShapeWord
	tPrevShapeSuf
	tNextShapeWord
)

const (
	seedLower = 0x2001
	seedForm  = 0x2002
	seedShape = 0x2003
	seedPre   = 0x2100
	seedSuf   = 0x2200
	seedTag   = 0x2300
)

var (
	hStart  = seqlab.String(seedLower, "<s>")
	hEnd    = seqlab.String(seedLower, "</s>")
	hTStart = seqlab.String(seedTag, "<s>")
	hTEnd   = seqlab.String(seedTag, "</s>")
)

// word holds the hashes the features need of one token.
type word struct {
	form, lower, shape uint64
	pre                [3]uint64
	suf                [4]uint64
	flags              uint64
}

// Token flags.
const (
	flagDigit = 1 << iota
	flagHyphen
	flagUpper
	flagAllUpper
	flagPeriod
)

// featurizer builds feature sequences; one per goroutine.
type featurizer struct {
	words []word
	shape []byte
	seq   seqlab.Sequence
	tags  []uint64
}

// normalize maps the quote and bracket variants of tokenizers to the forms
// CoNLL-2003 uses, and collapses digits so that all numbers of one shape
// share their features.
func normalize(w string) string {
	switch w {
	case "``", "''", "“", "”", "„", "‘":
		// An opening single quote is a quotation mark: CoNLL-2003 has
		// none, and read as "'" it is tagged a possessive.
		return `"`
	case "’", "`":
		return "'"
	case "-LRB-", "[", "{":
		return "("
	case "-RRB-", "]", "}":
		return ")"
	case "—", "–", "--":
		return "-"
	case "…":
		return "..."
	}
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

func (f *featurizer) load(words []string) {
	f.words = f.words[:0]
	for _, w := range words {
		w = normalize(w)
		lower := strings.ToLower(w)
		var x word
		x.form = seqlab.String(seedForm, w)
		x.lower = seqlab.String(seedLower, lower)
		f.shape = seqlab.ShortShape(f.shape[:0], w)
		x.shape = seqlab.Bytes(seedShape, f.shape)
		seqlab.Affixes(lower, seedPre, seedSuf, x.pre[:], x.suf[:])
		upper, letters := 0, 0
		for _, r := range w {
			switch {
			case unicode.IsDigit(r):
				x.flags |= flagDigit
			case r == '-':
				x.flags |= flagHyphen
			case r == '.':
				x.flags |= flagPeriod
			case unicode.IsUpper(r):
				upper++
				letters++
			case unicode.IsLetter(r):
				letters++
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			x.flags |= flagUpper
		}
		if letters > 0 && upper == letters {
			x.flags |= flagAllUpper
		}
		f.words = append(f.words, x)
	}
}

// lowerAt returns the lower-case hash of word i, or the boundary hash
// before the first word or after the last.
func (f *featurizer) lowerAt(i int) uint64 {
	switch {
	case i < 0:
		return hStart
	case i >= len(f.words):
		return hEnd
	}
	return f.words[i].lower
}

// tagSequence builds the tagger's features for the loaded words.
func (f *featurizer) tagSequence() *seqlab.Sequence {
	seq := &f.seq
	seq.Reset()
	ws := f.words
	n := len(ws)
	sufAt := func(i int) uint64 {
		switch {
		case i < 0:
			return hStart
		case i >= n:
			return hEnd
		}
		return ws[i].suf[2]
	}
	for i := range ws {
		w := &ws[i]
		seq.Add(seqlab.Feat1(tBias, 0))
		seq.Add(seqlab.Feat1(tForm, w.form))
		seq.Add(seqlab.Feat1(tLower, w.lower))
		for k := range w.pre {
			if w.pre[k] != 0 {
				seq.Add(seqlab.Feat1(tPrefix, w.pre[k]))
			}
		}
		for k := range w.suf {
			if w.suf[k] != 0 {
				seq.Add(seqlab.Feat1(tSuffix, w.suf[k]))
			}
		}
		seq.Add(seqlab.Feat1(tShape, w.shape))
		p1, n1 := f.lowerAt(i-1), f.lowerAt(i+1)
		seq.Add(seqlab.Feat1(tPrev1, p1))
		seq.Add(seqlab.Feat1(tNext1, n1))
		seq.Add(seqlab.Feat1(tPrev2, f.lowerAt(i-2)))
		seq.Add(seqlab.Feat1(tNext2, f.lowerAt(i+2)))
		seq.Add(seqlab.Feat1(tPrevSuf, sufAt(i-1)))
		seq.Add(seqlab.Feat1(tNextSuf, sufAt(i+1)))
		seq.Add(seqlab.Feat2(tBigramPrev, p1, w.lower))
		seq.Add(seqlab.Feat2(tBigramNext, w.lower, n1))
		first := uint64(0)
		if i == 0 {
			first = 1
		}
		seq.Add(seqlab.Feat2(tFirst, first, w.flags&(flagUpper|flagAllUpper)))
		seq.Add(seqlab.Feat1(tFlags, w.flags))
		ps, ns := hStart, hEnd
		if i > 0 {
			ps = ws[i-1].shape
		}
		if i+1 < n {
			ns = ws[i+1].shape
		}
		seq.Add(seqlab.Feat2(tPrevShapeWord, ps, w.lower))
		if w.suf[1] != 0 {
			seq.Add(seqlab.Feat2(tPrevShapeSuf, ps, w.suf[1]))
		}
		seq.Add(seqlab.Feat2(tNextShapeWord, w.lower, ns))
		seq.EndToken()
	}
	return seq
}

// chunkSequence builds the chunker's features for the loaded words and
// their tags.
func (f *featurizer) chunkSequence(tags []string) *seqlab.Sequence {
	f.tags = f.tags[:0]
	for _, t := range tags {
		f.tags = append(f.tags, seqlab.String(seedTag, t))
	}
	seq := &f.seq
	seq.Reset()
	ws := f.words
	n := len(ws)
	tagAt := func(i int) uint64 {
		switch {
		case i < 0:
			return hTStart
		case i >= n:
			return hTEnd
		}
		return f.tags[i]
	}
	for i := range ws {
		t := f.tags[i]
		tp1, tn1 := tagAt(i-1), tagAt(i+1)
		seq.Add(seqlab.Feat1(cBias, 0))
		seq.Add(seqlab.Feat1(cTag, t))
		seq.Add(seqlab.Feat1(cTagPrev1, tp1))
		seq.Add(seqlab.Feat1(cTagNext1, tn1))
		seq.Add(seqlab.Feat1(cTagPrev2, tagAt(i-2)))
		seq.Add(seqlab.Feat1(cTagNext2, tagAt(i+2)))
		seq.Add(seqlab.Feat2(cTagBigramPrev, tp1, t))
		seq.Add(seqlab.Feat2(cTagBigramNext, t, tn1))
		seq.Add(seqlab.Feat3(cTagTrigram, tp1, t, tn1))
		seq.Add(seqlab.Feat1(cWord, ws[i].lower))
		seq.Add(seqlab.Feat2(cWordTag, ws[i].lower, t))
		seq.Add(seqlab.Feat1(cWordPrev, f.lowerAt(i-1)))
		seq.Add(seqlab.Feat1(cWordNext, f.lowerAt(i+1)))
		seq.Add(seqlab.Feat2(cPrevWordTag, f.lowerAt(i-1), t))
		seq.EndToken()
	}
	return seq
}
