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
	f := feats{seq: seq}
	e := c.span
	tt := e.typ
	fb := func(parts ...string) {
		f.add(parts...)
		f.add(append([]string{tt}, parts...)...)
	}
	f.add("bias")
	f.add("tagger", tt)
	srcFeatures(f, c, ens)
	n := e.end - e.start
	f.add("len", bucket(n), tt)
	words := s.norm[e.start:e.end]
	fb("span", strings.Join(words, " "))
	for _, w := range words {
		fb("w", w)
	}
	fb("first", words[0])
	fb("last", words[n-1])
	var shp []string
	for _, w := range s.words[e.start:e.end] {
		shp = append(shp, shape(w))
	}
	fb("shape", strings.Join(shp, " "))
	// The NER model's view: the type of each word, and whether it found
	// exactly this span.
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
			fb("ner", t, strconv.FormatBool(c == n))
		}
	}
	exact := strings.HasPrefix(s.ner[e.start], "B-") && (e.end == len(s.words) || !strings.HasPrefix(s.ner[e.end], "I-"))
	fb("nerexact", strconv.FormatBool(exact), nerOf(s, e))
	// Gazetteer names that are exactly the span, and those it is part of.
	if len(s.gaz) == len(s.words) {
		for _, h := range s.gaz[e.start] {
			full := (n == 1 && h.pos == 'U') || (n > 1 && h.pos == 'B' && s.gazEndsAt(e.end-1, h.cats))
			for b, name := range gazNames {
				if h.cats&(1<<b) != 0 {
					if full {
						fb("gzfull", name)
					} else {
						f.add("gzpart", name)
					}
				}
			}
		}
	}
	// Word classes of the head and of the words around.
	if len(s.clusters) == len(s.words) {
		for lv := 1; lv < 4; lv++ {
			if c := s.clusters[e.end-1][lv]; c != 0xffff {
				fb("clh", strconv.Itoa(lv), strconv.Itoa(int(c)))
			}
		}
		if e.start > 0 && s.clusters[e.start-1][2] != 0xffff {
			f.add("clb", strconv.Itoa(int(s.clusters[e.start-1][2])))
		}
		if e.end < len(s.words) && s.clusters[e.end][2] != 0xffff {
			f.add("cla", strconv.Itoa(int(s.clusters[e.end][2])))
		}
	}
	at := func(i int) string {
		if i < 0 {
			return "<s>"
		}
		if i >= len(s.words) {
			return "</s>"
		}
		return s.norm[i]
	}
	fb("b1", at(e.start-1))
	f.add("b2", at(e.start-2), at(e.start-1))
	fb("a1", at(e.end))
	f.add("a2", at(e.end), at(e.end+1))
	f.add("b1a1", at(e.start-1), at(e.end))
	tagAt := func(i int) string {
		if i < 0 || i >= len(s.words) {
			return "-"
		}
		return s.tags[i]
	}
	f.add("pos", tagAt(e.start-1), tagAt(e.end))
	// Other entities around: "X , Y" places, "X of Y".
	for _, o := range s.ents {
		if o.start < e.end && e.start < o.end {
			continue
		}
		if o.end <= e.start && e.start-o.end <= 6 {
			f.add("ctxl", o.typ, strings.Join(s.norm[o.end:e.start], " "))
			f.add("ctxlt", tt, o.typ, strings.Join(s.norm[o.end:e.start], " "))
		}
		if o.start >= e.end && o.start-e.end <= 6 {
			f.add("ctxr", o.typ, strings.Join(s.norm[e.end:o.start], " "))
			f.add("ctxrt", tt, o.typ, strings.Join(s.norm[e.end:o.start], " "))
		}
	}
	for _, o := range s.ents {
		if o.end == e.start-1 || o.end == e.start-2 {
			f.add("entbefore", o.typ, at(e.start-1))
		}
		if o.start == e.end+1 || o.start == e.end+2 {
			f.add("entafter", o.typ, at(e.end))
		}
	}
	seq.EndToken()
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
