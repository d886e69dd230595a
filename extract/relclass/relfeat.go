package relclass

import (
	"sort"
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// relationLabels are the classifier's classes: no relation, then the
// CoNLL04 relation types.
func relationLabels() []string {
	return append([]string{"NONE"}, RelationTypes...)
}

// compatible reports whether some relation type has head type h and tail
// type t.
func compatible(h, t string) bool {
	for _, r := range RelationTypes {
		if a, b := signature(r); a == h && b == t {
			return true
		}
	}
	return false
}

func bucket(n int) string {
	switch {
	case n <= 4:
		return strconv.Itoa(n)
	case n <= 6:
		return "5-6"
	case n <= 10:
		return "7-10"
	case n <= 15:
		return "11-15"
	}
	return "16+"
}

// pairSequence builds the classifier's features for the ordered pair of
// entities (a, b) of s (a the head, b the tail) into seq, as a one-token
// sequence.
func pairSequence(s *tagged, a, b int, seq *seqlab.Sequence) {
	seq.Reset()
	e1, e2 := s.ents[a], s.ents[b]
	dir := "fwd"
	l, r := e1, e2
	if e2.start < e1.start {
		dir = "rev"
		l, r = e2, e1
	}
	pf := pairFeats{f: feats{seq: seq}, tp: e1.typ + ">" + e2.typ + ":" + dir}
	pf.f.add("bias")
	pf.ft("bias")
	lo, hi := l.end, r.start
	if hi < lo {
		hi = lo // overlapping spans: nothing between
	}
	pf.ft("dist", bucket(hi-lo))
	bw := pf.between(s, lo, hi)

	// The mentions themselves.
	head := func(e span) string { return s.norm[e.end-1] }
	pf.ft("h1", head(e1))
	pf.ft("h2", head(e2))
	pf.f.add("h12", pf.tp, head(e1), head(e2))
	for i := e1.start; i < e1.end; i++ {
		pf.ft("w1", s.norm[i])
	}
	for i := e2.start; i < e2.end; i++ {
		pf.ft("w2", s.norm[i])
	}
	pf.ft("ner1", nerOf(s, e1))
	pf.ft("ner2", nerOf(s, e2))
	pf.ft("len", bucket(e1.end-e1.start), bucket(e2.end-e2.start))
	pf.outside(s, l, r, bw)
	seq.EndToken()
}

// pairFeats adds the features of one pair of mentions whose type pair
// and direction is tp.
type pairFeats struct {
	f  feats
	tp string
}

// fb adds a feature both alone and conjoined with the type pair.
func (pf pairFeats) fb(parts ...string) {
	pf.f.add(parts...)
	pf.f.add(append([]string{pf.tp}, parts...)...)
}

// ft adds a feature conjoined with the type pair.
func (pf pairFeats) ft(parts ...string) { pf.f.add(append([]string{pf.tp}, parts...)...) }

// between adds the features of the words in [lo, hi) between the two
// mentions (the entities, words, verbs, tags and chunks there) and
// returns those words.
func (pf pairFeats) between(s *tagged, lo, hi int) []string {
	var bw, bpos, bchunk, verbs []string
	entsBetween := 0
	from := 0
	if s.entsSorted {
		// Only entities starting in [lo, hi) can lie between.
		from = sort.Search(len(s.ents), func(i int) bool { return s.ents[i].start >= lo })
	}
	for _, e := range s.ents[from:] {
		if s.entsSorted && e.start >= hi {
			break
		}
		if e.start >= lo && e.end <= hi {
			entsBetween++
			pf.ft("ebt", e.typ)
		}
	}
	pf.ft("nebt", bucket(entsBetween))
	lastChunk := ""
	for i := lo; i < hi; i++ {
		w := s.norm[i]
		bw = append(bw, w)
		bpos = append(bpos, s.tags[i])
		pf.fb("bw", w)
		if strings.HasPrefix(s.tags[i], "VB") {
			verbs = append(verbs, w)
			pf.fb("bverb", w)
		}
		c := s.chunks[i]
		typ := strings.TrimPrefix(strings.TrimPrefix(c, "B-"), "I-")
		if strings.HasPrefix(c, "B-") || typ != lastChunk {
			if typ == "O" {
				typ = w // punctuation and conjunctions stand for themselves
			}
			bchunk = append(bchunk, typ)
		}
		lastChunk = typ
		if i+1 < hi {
			pf.fb("bbi", w, s.norm[i+1])
		}
	}
	nb := hi - lo
	if nb == 0 {
		pf.fb("adjacent")
	} else {
		pf.fb("bfirst", bw[0])
		pf.fb("blast", bw[len(bw)-1])
		if len(verbs) > 0 {
			pf.fb("bverbs", strings.Join(verbs, " "))
			pf.ft("bfirstverb", verbs[0])
			pf.ft("blastverb", verbs[len(verbs)-1])
		} else {
			pf.ft("noverb")
		}
	}
	if nb <= 5 {
		pf.fb("bstr", strings.Join(bw, " "))
	}
	if nb <= 8 {
		pf.ft("bpos", strings.Join(bpos, " "))
	}
	if len(bchunk) <= 8 {
		pf.ft("bchunk", strings.Join(bchunk, " "))
	}
	return bw
}

// outside adds the context of the pair outside it: the words before the
// left mention l and after the right one r, their combination with the
// first and last words between (bw), and the verbs nearest outside.
func (pf pairFeats) outside(s *tagged, l, r span, bw []string) {
	at := func(i int) string {
		if i < 0 {
			return "<s>"
		}
		if i >= len(s.words) {
			return "</s>"
		}
		return s.norm[i]
	}
	pf.fb("lb1", at(l.start-1))
	pf.fb("lb2", at(l.start-2), at(l.start-1))
	pf.fb("ra1", at(r.end))
	pf.fb("ra2", at(r.end), at(r.end+1))
	// The left entity's own left context and the right's right context
	// combined with the between string's start: appositive and "X of Y"
	// patterns.
	if len(bw) > 0 {
		pf.ft("lb1-bfirst", at(l.start-1), bw[0])
		pf.ft("blast-ra1", bw[len(bw)-1], at(r.end))
	}
	// Verbs before the left mention and after the right one (the sentence
	// verb when the pair is a subject's attributes).
	for i := l.start - 1; i >= 0 && i >= l.start-4; i-- {
		if strings.HasPrefix(s.tags[i], "VB") {
			pf.ft("vbefore", s.norm[i])
			break
		}
	}
	for i := r.end; i < len(s.words) && i < r.end+4; i++ {
		if strings.HasPrefix(s.tags[i], "VB") {
			pf.ft("vafter", s.norm[i])
			break
		}
	}
}

// nerOf returns the CoNLL-2003 type the NER model gave the head of e.
func nerOf(s *tagged, e span) string {
	t := s.ner[e.end-1]
	if _, typ, ok := strings.Cut(t, "-"); ok {
		return typ
	}
	return t
}
