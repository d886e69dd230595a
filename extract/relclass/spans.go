package relclass

import (
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/internal/seqlab"
)

// The span typer is a second look at each entity the tagger finds: a
// classifier that sees the whole span at once (all its words, whether the
// gazetteer or the NER model has exactly that name, the words around it)
// and gives it a type again, or NONE to drop it. The tagger decides
// boundaries well but confuses types, which whole-span evidence settles.

// spanLabels are the span typer's classes.
func spanLabels() []string {
	return append([]string{"NONE"}, EntityTypes...)
}

// spanSequence builds the span typer's features for candidate c, among
// the ensemble's spans ens, into seq.
func spanSequence(s *tagged, c cand, ens []span, seq *seqlab.Sequence) {
	seq.Reset()
	f := spanFeats{feats: feats{seq: seq}, s: s, e: c.span}
	f.add("bias")
	f.add("tagger", f.e.typ)
	srcFeatures(f.feats, c, ens)
	f.words()
	f.ner()
	f.gazetteer()
	f.clusters()
	f.context()
	f.entities()
	seq.EndToken()
}

// spanFeats adds the features of span e of sentence s.
type spanFeats struct {
	feats
	s *tagged
	e span
}

// both adds a feature twice: alone and with the tagger's type.
func (f spanFeats) both(parts ...string) {
	f.add(parts...)
	f.add(append([]string{f.e.typ}, parts...)...)
}

// words adds the span's length, words and shapes.
func (f spanFeats) words() {
	s, e := f.s, f.e
	n := e.end - e.start
	f.add("len", bucket(n), e.typ)
	words := s.norm[e.start:e.end]
	f.both("span", strings.Join(words, " "))
	for _, w := range words {
		f.both("w", w)
	}
	f.both("first", words[0])
	f.both("last", words[n-1])
	var shp []string
	for _, w := range s.words[e.start:e.end] {
		shp = append(shp, shape(w))
	}
	f.both("shape", strings.Join(shp, " "))
}

// ner adds the NER model's view: the type of each word, and whether it
// found exactly this span.
func (f spanFeats) ner() {
	s, e := f.s, f.e
	n := e.end - e.start
	types := map[string]int{}
	for i := e.start; i < e.end; i++ {
		_, t, _ := strings.Cut(s.ner[i], "-")
		if t == "" {
			t = "O"
		}
		types[t]++
	}
	for _, t := range []string{"O", "PER", "ORG", "LOC", "MISC"} {
		if c := types[t]; c > 0 {
			f.both("ner", t, strconv.FormatBool(c == n))
		}
	}
	exact := strings.HasPrefix(s.ner[e.start], "B-") && (e.end == len(s.words) || !strings.HasPrefix(s.ner[e.end], "I-"))
	f.both("nerexact", strconv.FormatBool(exact), nerOf(s, e))
}

// gazetteer adds the gazetteer names that are exactly the span, and those
// it is part of.
func (f spanFeats) gazetteer() {
	s, e := f.s, f.e
	if len(s.gaz) != len(s.words) {
		return
	}
	n := e.end - e.start
	for _, h := range s.gaz[e.start] {
		full := (n == 1 && h.pos == 'U') || (n > 1 && h.pos == 'B' && s.gazEndsAt(e.end-1, h.cats))
		for b, name := range gazNames {
			if h.cats&(1<<b) != 0 {
				if full {
					f.both("gzfull", name)
				} else {
					f.add("gzpart", name)
				}
			}
		}
	}
}

// clusters adds the word classes of the head and of the words around.
func (f spanFeats) clusters() {
	s, e := f.s, f.e
	if len(s.clusters) != len(s.words) {
		return
	}
	for lv := 1; lv < 4; lv++ {
		if c := s.clusters[e.end-1][lv]; c != 0xffff {
			f.both("clh", strconv.Itoa(lv), strconv.Itoa(int(c)))
		}
	}
	if e.start > 0 && s.clusters[e.start-1][2] != 0xffff {
		f.add("clb", strconv.Itoa(int(s.clusters[e.start-1][2])))
	}
	if e.end < len(s.words) && s.clusters[e.end][2] != 0xffff {
		f.add("cla", strconv.Itoa(int(s.clusters[e.end][2])))
	}
}

// at returns word i in its normal form, or a sentence boundary.
func (f spanFeats) at(i int) string {
	if i < 0 {
		return "<s>"
	}
	if i >= len(f.s.words) {
		return "</s>"
	}
	return f.s.norm[i]
}

// context adds the words and tags just before and after the span.
func (f spanFeats) context() {
	s, e := f.s, f.e
	f.both("b1", f.at(e.start-1))
	f.add("b2", f.at(e.start-2), f.at(e.start-1))
	f.both("a1", f.at(e.end))
	f.add("a2", f.at(e.end), f.at(e.end+1))
	f.add("b1a1", f.at(e.start-1), f.at(e.end))
	tagAt := func(i int) string {
		if i < 0 || i >= len(s.words) {
			return "-"
		}
		return s.tags[i]
	}
	f.add("pos", tagAt(e.start-1), tagAt(e.end))
}

// entities adds the other entities around: "X , Y" places, "X of Y".
func (f spanFeats) entities() {
	s, e := f.s, f.e
	for _, o := range s.ents {
		if o.start < e.end && e.start < o.end {
			continue
		}
		if o.end <= e.start && e.start-o.end <= 6 {
			f.add("ctxl", o.typ, strings.Join(s.norm[o.end:e.start], " "))
			f.add("ctxlt", e.typ, o.typ, strings.Join(s.norm[o.end:e.start], " "))
		}
		if o.start >= e.end && o.start-e.end <= 6 {
			f.add("ctxr", o.typ, strings.Join(s.norm[e.end:o.start], " "))
			f.add("ctxrt", e.typ, o.typ, strings.Join(s.norm[e.end:o.start], " "))
		}
	}
	for _, o := range s.ents {
		if o.end == e.start-1 || o.end == e.start-2 {
			f.add("entbefore", o.typ, f.at(e.start-1))
		}
		if o.start == e.end+1 || o.start == e.end+2 {
			f.add("entafter", o.typ, f.at(e.end))
		}
	}
}

// gazEndsAt reports whether word i ends a gazetteer name in one of cats.
func (s *tagged) gazEndsAt(i int, cats gazetteer.Category) bool {
	for _, h := range s.gaz[i] {
		if h.cats&cats != 0 && (h.pos == 'L' || h.pos == 'U') {
			return true
		}
	}
	return false
}
