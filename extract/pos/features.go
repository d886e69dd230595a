package pos

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// Feature templates. A feature is a Mix of its template number and values;
// the numbers are part of the model format, so only ever append.
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

func f1(t int, a uint64) uint64       { return seqlab.Mix(uint64(t), a) }
func f2(t int, a, b uint64) uint64    { return seqlab.Mix(seqlab.Mix(uint64(t), a), b) }
func f3(t int, a, b, c uint64) uint64 { return seqlab.Mix(seqlab.Mix(seqlab.Mix(uint64(t), a), b), c) }

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
	case "``", "''", "“", "”", "„":
		return `"`
	case "‘", "’", "`":
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
		f.shape = shortShape(w, f.shape[:0])
		x.shape = seqlab.Bytes(seedShape, f.shape)
		n := 0
		for i := range lower {
			if n >= 1 && n <= 3 {
				x.pre[n-1] = seqlab.String(seedPre+uint64(n), lower[:i])
			}
			n++
		}
		if n >= 1 && n <= 3 {
			x.pre[n-1] = seqlab.String(seedPre+uint64(n), lower)
		}
		i := len(lower)
		for k := 1; k <= 4 && i > 0; k++ {
			_, size := utf8.DecodeLastRuneInString(lower[:i])
			i -= size
			x.suf[k-1] = seqlab.String(seedSuf+uint64(k), lower[i:])
		}
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

// shortShape writes the word's shape with runs collapsed: "Xx", "d-d", "X.X.".
func shortShape(w string, b []byte) []byte {
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last || c == '.' {
			b = append(b, c)
		}
		last = c
	}
	return b
}

// tagSequence builds the tagger's features for the loaded words.
func (f *featurizer) tagSequence() *seqlab.Sequence {
	seq := &f.seq
	seq.Reset()
	ws := f.words
	n := len(ws)
	lowerAt := func(i int) uint64 {
		switch {
		case i < 0:
			return hStart
		case i >= n:
			return hEnd
		}
		return ws[i].lower
	}
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
		seq.Add(f1(tBias, 0))
		seq.Add(f1(tForm, w.form))
		seq.Add(f1(tLower, w.lower))
		for k := range w.pre {
			if w.pre[k] != 0 {
				seq.Add(f1(tPrefix, w.pre[k]))
			}
		}
		for k := range w.suf {
			if w.suf[k] != 0 {
				seq.Add(f1(tSuffix, w.suf[k]))
			}
		}
		seq.Add(f1(tShape, w.shape))
		p1, n1 := lowerAt(i-1), lowerAt(i+1)
		seq.Add(f1(tPrev1, p1))
		seq.Add(f1(tNext1, n1))
		seq.Add(f1(tPrev2, lowerAt(i-2)))
		seq.Add(f1(tNext2, lowerAt(i+2)))
		seq.Add(f1(tPrevSuf, sufAt(i-1)))
		seq.Add(f1(tNextSuf, sufAt(i+1)))
		seq.Add(f2(tBigramPrev, p1, w.lower))
		seq.Add(f2(tBigramNext, w.lower, n1))
		first := uint64(0)
		if i == 0 {
			first = 1
		}
		seq.Add(f2(tFirst, first, w.flags&(flagUpper|flagAllUpper)))
		seq.Add(f1(tFlags, w.flags))
		ps, ns := hStart, hEnd
		if i > 0 {
			ps = ws[i-1].shape
		}
		if i+1 < n {
			ns = ws[i+1].shape
		}
		seq.Add(f2(tPrevShapeWord, ps, w.lower))
		if w.suf[1] != 0 {
			seq.Add(f2(tPrevShapeSuf, ps, w.suf[1]))
		}
		seq.Add(f2(tNextShapeWord, w.lower, ns))
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
	lowerAt := func(i int) uint64 {
		switch {
		case i < 0:
			return hStart
		case i >= n:
			return hEnd
		}
		return ws[i].lower
	}
	for i := range ws {
		t := f.tags[i]
		tp1, tn1 := tagAt(i-1), tagAt(i+1)
		seq.Add(f1(cBias, 0))
		seq.Add(f1(cTag, t))
		seq.Add(f1(cTagPrev1, tp1))
		seq.Add(f1(cTagNext1, tn1))
		seq.Add(f1(cTagPrev2, tagAt(i-2)))
		seq.Add(f1(cTagNext2, tagAt(i+2)))
		seq.Add(f2(cTagBigramPrev, tp1, t))
		seq.Add(f2(cTagBigramNext, t, tn1))
		seq.Add(f3(cTagTrigram, tp1, t, tn1))
		seq.Add(f1(cWord, ws[i].lower))
		seq.Add(f2(cWordTag, ws[i].lower, t))
		seq.Add(f1(cWordPrev, lowerAt(i-1)))
		seq.Add(f1(cWordNext, lowerAt(i+1)))
		seq.Add(f2(cPrevWordTag, lowerAt(i-1), t))
		seq.EndToken()
	}
	return seq
}
