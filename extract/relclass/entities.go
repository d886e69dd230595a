package relclass

import (
	"strconv"
	"strings"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// entityLabels are the BILOU labels over the CoNLL04 entity types: O, then
// B- I- L- U- of each type.
func entityLabels() []string {
	ls := []string{"O"}
	for _, t := range EntityTypes {
		for _, p := range "BILU" {
			ls = append(ls, string(p)+"-"+t)
		}
	}
	return ls
}

func splitLabel(l string) (byte, string) {
	if len(l) < 3 || l[1] != '-' {
		return 'O', ""
	}
	return l[0], l[2:]
}

// bilouAllowed is the BILOU transition rule over ls for seqlab.NewTrainer.
func bilouAllowed(ls []string) func(p, y int) bool {
	return func(p, y int) bool {
		pp, pt := byte('O'), ""
		if p >= 0 {
			pp, pt = splitLabel(ls[p])
		}
		yp, yt := byte('O'), ""
		if y >= 0 {
			yp, yt = splitLabel(ls[y])
		}
		if pp == 'B' || pp == 'I' {
			return (yp == 'I' || yp == 'L') && pt == yt
		}
		return yp == 'O' || yp == 'B' || yp == 'U'
	}
}

// encodeSpans gives the BILOU label index of each of n tokens.
func encodeSpans(ls []string, n int, ents []span) []int {
	idx := map[string]int{}
	for i, l := range ls {
		idx[l] = i
	}
	out := make([]int, n)
	for _, e := range ents {
		if e.end-e.start == 1 {
			out[e.start] = idx["U-"+e.typ]
			continue
		}
		for i := e.start; i < e.end; i++ {
			p := "I-"
			switch i {
			case e.start:
				p = "B-"
			case e.end - 1:
				p = "L-"
			}
			out[i] = idx[p+e.typ]
		}
	}
	return out
}

// decodeSpans turns BILOU label indexes into spans; a name cut short by a
// stray label ends where it stops.
func decodeSpans(ls []string, ys []int) []span {
	var out []span
	start, typ := -1, ""
	for i, y := range ys {
		p, t := splitLabel(ls[y])
		switch p {
		case 'U':
			out = append(out, span{i, i + 1, t})
			start = -1
		case 'B':
			start, typ = i, t
		case 'L':
			if start >= 0 && t == typ {
				out = append(out, span{start, i + 1, t})
			}
			start = -1
		case 'I':
			if start < 0 || t != typ {
				start = -1
			}
		default:
			start = -1
		}
	}
	return out
}

// entitySequence builds the entity tagger's features of s into seq.
func entitySequence(s *tagged, seq *seqlab.Sequence) {
	seq.Reset()
	f := feats{seq: seq}
	n := len(s.words)
	at := func(a []string, i int) string {
		switch {
		case i < 0:
			return "<s>"
		case i >= n:
			return "</s>"
		}
		return a[i]
	}
	shapes := make([]string, n)
	for i, w := range s.words {
		shapes[i] = shape(w)
	}
	nerType := func(i int) string {
		t := at(s.ner, i)
		if _, typ, ok := strings.Cut(t, "-"); ok {
			return typ
		}
		return t
	}
	nerPos := nerBILOU(s)
	for i := range s.words {
		w, lw, nw := s.words[i], s.lower[i], s.norm[i]
		f.add("bias")
		f.add("w", w)
		f.add("lw", nw)
		for k := 1; k <= 4 && k <= len(lw); k++ {
			f.add("pre", lw[:k])
			f.add("suf", lw[len(lw)-k:])
		}
		f.add("shape", shapes[i])
		f.add("shape3", at(shapes, i-1), shapes[i], at(shapes, i+1))
		for d := -2; d <= 2; d++ {
			if d == 0 {
				continue
			}
			ds := string(rune('0' + d + 2))
			f.add("lw@", ds, at(s.norm, i+d))
			f.add("pos@", ds, at(s.tags, i+d))
			f.add("ner@", ds, at(s.ner, i+d))
		}
		f.add("bi-", at(s.norm, i-1), nw)
		f.add("bi+", nw, at(s.norm, i+1))
		f.add("pos", s.tags[i])
		f.add("pos3", at(s.tags, i-1), s.tags[i], at(s.tags, i+1))
		f.add("posw", s.tags[i], nw)
		f.add("chunk", s.chunks[i])
		f.add("chunk3", at(s.chunks, i-1), s.chunks[i], at(s.chunks, i+1))
		f.add("ner", s.ner[i])
		f.add("nerw", s.ner[i], nw)
		f.add("nerpos", s.ner[i], s.tags[i])
		f.add("ner3", nerType(i-1), s.ner[i], nerType(i+1))
		f.add("nershape", s.ner[i], shapes[i])
		f.add("nerbilou", nerPos[i])
		f.add("nerbilouw", nerPos[i], nw)
		f.add("nerpw", s.ner[i], at(s.norm, i-1))
		f.add("nernw", s.ner[i], at(s.norm, i+1))
		first := "0"
		if i == 0 {
			first = "1"
		}
		f.add("first", first, shapes[i])
		learnedFeatures(&f, s, i)
		// Names in the gazetteer lists that the word is part of.
		if len(s.gaz) == n {
			for _, h := range s.gaz[i] {
				for b, name := range gazNames {
					if h.cats&(1<<b) != 0 {
						f.add("gz", name, string(h.pos))
						f.add("gzw", name, string(h.pos), shapes[i])
					}
				}
			}
		}
		seq.EndToken()
	}
}

// nerBILOU gives each word of s its place in the named-entity tagger's
// span ("B-PER", "I-PER", "L-PER", "U-LOC") or "O".
func nerBILOU(s *tagged) []string {
	nerPos := make([]string, len(s.words))
	for i := range s.words {
		nerPos[i] = "O"
	}
	for _, sp := range nerSpans(s) {
		for i := sp.start; i < sp.end; i++ {
			p := "I"
			switch {
			case sp.end-sp.start == 1:
				p = "U"
			case i == sp.start:
				p = "B"
			case i == sp.end-1:
				p = "L"
			}
			nerPos[i] = p + "-" + sp.typ
		}
	}
	return nerPos
}

// learnedFeatures adds word i's features learned from unlabelled news:
// its word classes at each granularity and the coarser ones of the
// neighbours, and its word vector's clusters and signed dimensions with
// the neighbours' middle cluster (see wordvec.go).
func learnedFeatures(f *feats, s *tagged, i int) {
	n := len(s.words)
	if len(s.clusters) == n {
		for lv, c := range s.clusters[i] {
			if c != 0xffff {
				f.add("cl", string(rune('0'+lv)), strconv.Itoa(int(c)))
			}
		}
		for _, d := range []int{-1, 1} {
			if j := i + d; j >= 0 && j < n && s.clusters[j][1] != 0xffff {
				f.add("cl1@", strconv.Itoa(d), strconv.Itoa(int(s.clusters[j][1])))
			}
		}
	}
	if len(s.wv) != n {
		return
	}
	if v := s.wv[i]; v != nil {
		for lv, c := range v.clusters {
			f.add("wv", string(rune('0'+lv)), strconv.Itoa(int(c)))
		}
		for d := 0; d < len(v.bits); d++ {
			if v.bits[d] != '.' {
				f.add("wvb", strconv.Itoa(d), v.bits[d:d+1])
			}
		}
	} else {
		f.add("wv", "none")
	}
	for _, d := range []int{-1, 1} {
		if j := i + d; j >= 0 && j < n && s.wv[j] != nil {
			f.add("wv1@", strconv.Itoa(d), strconv.Itoa(int(s.wv[j].clusters[1])))
		}
	}
}
