package relclass

import (
	"strings"

	"unicode"

	"github.com/kg-project/kg/extract/gazetteer"

	"github.com/kg-project/kg/extract/internal/seqlab"
)

// span is an entity over tokens [start, end) with a CoNLL04 type.
type span struct {
	start, end int
	typ        string
}

// tagged is what the models see of one sentence: its words, their part
// of speech and chunk tags, the CoNLL-2003 entity tags of the NER model,
// and its entities.
type tagged struct {
	words  []string
	lower  []string
	norm   []string // lower case with digits collapsed to 0
	tags   []string // Penn Treebank tags
	chunks []string // IOB2 chunk tags
	ner    []string // IOB2 tags over PER ORG LOC MISC
	ents   []span
	// entsSorted says ents are in order of start (set by classify), which
	// lets pairSequence find the entities between two by binary search.
	entsSorted bool
	// clusters[i] are word i's classes (coarsest first), or noCluster.
	clusters []gazetteer.Clusters
	// gaz[i] lists the gazetteer names word i is part of.
	gaz [][]gazHit
	// wv[i] is word i's vector, or nil.
	wv []*wordVec
}

// noCluster marks a word without classes.
var noCluster = gazetteer.Clusters{0xffff, 0xffff, 0xffff, 0xffff}

// gazHit says a word is at position pos ('B', 'I', 'L' or 'U') of a name
// in the gazetteer lists cats.
type gazHit struct {
	cats gazetteer.Category
	pos  byte
}

// addLexicon fills the clusters and gazetteer matches of s from g.
func (s *tagged) addLexicon(g *gazetteer.Gazetteer) {
	n := len(s.words)
	s.clusters = make([]gazetteer.Clusters, n)
	s.gaz = make([][]gazHit, n)
	if g == nil {
		for i := range s.clusters {
			s.clusters[i] = noCluster
		}
		return
	}
	for i, w := range s.words {
		c, ok := g.Cluster(w)
		if !ok {
			c = noCluster
		}
		s.clusters[i] = c
	}
	max := g.MaxLen()
	for i := 0; i < n; i++ {
		h := gazetteer.PhraseStart
		for j := i; j < n && j-i < max; j++ {
			h = gazetteer.Extend(h, gazetteer.WordHash(gazetteer.Fold(s.words[j])))
			cats, more := g.Lookup(h)
			if cats != 0 {
				for k := i; k <= j; k++ {
					pos := byte('I')
					switch {
					case i == j:
						pos = 'U'
					case k == i:
						pos = 'B'
					case k == j:
						pos = 'L'
					}
					s.gaz[k] = append(s.gaz[k], gazHit{cats, pos})
				}
			}
			if !more {
				break
			}
		}
	}
}

// gazNames names the gazetteer lists for features.
var gazNames = [...]string{"country", "demonym", "city", "bigcity", "region", "area", "intlorg", "per", "org", "loc", "misc", "first", "last"}

// newSentence fills the word forms of a sentence; tags are set by the
// caller.
func newSentence(words []string) *tagged {
	s := &tagged{words: words, lower: make([]string, len(words)), norm: make([]string, len(words))}
	for i, w := range words {
		s.lower[i] = strings.ToLower(w)
		s.norm[i] = digitsToZero(s.lower[i])
	}
	return s
}

func digitsToZero(s string) string {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return s
	}
	b := []rune(s)
	for i, r := range b {
		if unicode.IsDigit(r) {
			b[i] = '0'
		}
	}
	return string(b)
}

// shape returns the word's shape with runs collapsed, full stops too:
// "Xx", "d,d", "X.X.", "x." (a model feature: seqlab.ShortShape keeps runs
// of full stops).
func shape(w string) string { return string(seqlab.RunShape(nil, w, false)) }

// feats builds hashed features from strings: a feature is the template
// name and its values, hashed.
type feats struct {
	seq *seqlab.Sequence
}

func hs(parts ...string) uint64 {
	h := uint64(0x6b67)
	for _, p := range parts {
		h = seqlab.String(h, p)
	}
	return h
}

func (f feats) add(parts ...string) { f.seq.Add(hs(parts...)) }

// bareSentence returns words as a sentence with empty part-of-speech tags
// and no chunks or entity types: what annotate gives when its taggers
// cannot load.
func bareSentence(words []string) *tagged {
	s := newSentence(words)
	n := len(words)
	s.tags, s.chunks, s.ner = make([]string, n), make([]string, n), make([]string, n)
	for i := range n {
		s.chunks[i], s.ner[i] = "O", "O"
	}
	s.wv = make([]*wordVec, n)
	return s
}
