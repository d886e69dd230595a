package gazetteer

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ClusterLevels is the number of cluster granularities per word.
const ClusterLevels = 4

// Clusters holds a word's class at each granularity, coarsest first
// (32, 128, 512 and 1024 classes, learned by ./gen from unlabelled news
// text with the exchange algorithm).
type Clusters [ClusterLevels]uint16

// clusterTable maps a word's hash to its classes with open addressing.
type clusterTable struct {
	keys []uint64
	vals []Clusters
	n    int
}

func (c *clusterTable) load(fs fileOpener) error {
	c.keys = make([]uint64, 1<<16)
	c.vals = make([]Clusters, 1<<16)
	return readTSV(fs, "data/clusters.tsv.gz", nil, func(cols []string) error {
		if len(cols) != ClusterLevels+1 {
			return fmt.Errorf("want %d columns, got %d", ClusterLevels+1, len(cols))
		}
		var v Clusters
		for i := range v {
			x, err := strconv.Atoi(cols[i+1])
			if err != nil || x < 0 || x >= 1<<16 {
				return fmt.Errorf("bad class %q", cols[i+1])
			}
			v[i] = uint16(x)
		}
		c.put(WordHash(cols[0]), v)
		return nil
	})
}

func (c *clusterTable) put(h uint64, v Clusters) {
	if (c.n+1)*2 > len(c.keys) {
		old := *c
		c.keys = make([]uint64, len(old.keys)*2)
		c.vals = make([]Clusters, len(old.keys)*2)
		c.n = 0
		for i, k := range old.keys {
			if k != 0 {
				c.put(k, old.vals[i])
			}
		}
	}
	mask := uint64(len(c.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if c.keys[i] == 0 || c.keys[i] == h {
			if c.keys[i] == 0 {
				c.n++
			}
			c.keys[i], c.vals[i] = h, v
			return
		}
	}
}

func (c *clusterTable) get(h uint64) (Clusters, bool) {
	if len(c.keys) == 0 {
		return Clusters{}, false
	}
	mask := uint64(len(c.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch c.keys[i] {
		case h:
			return c.vals[i], true
		case 0:
			return Clusters{}, false
		}
	}
}

// Cluster returns the classes of a word. Clusters are case-sensitive; a
// word not found as written is tried in title case (for headlines in
// capitals) and then in lower case. It does not allocate for ASCII words.
func (g *Gazetteer) Cluster(word string) (Clusters, bool) {
	if v, ok := g.clusters.get(WordHash(word)); ok {
		return v, true
	}
	ascii := true
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		if len(word) > 1 && 'A' <= word[0] && word[0] <= 'Z' {
			// Title case: first letter kept, the rest lowered.
			h := uint64(14695981039346656037)
			h ^= uint64(word[0])
			h *= 1099511628211
			for i := 1; i < len(word); i++ {
				c := word[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				h ^= uint64(c)
				h *= 1099511628211
			}
			if v, ok := g.clusters.get(h); ok {
				return v, true
			}
		}
		return g.clusters.get(foldHash(word))
	}
	r, n := utf8.DecodeRuneInString(word)
	if n < len(word) && unicode.IsUpper(r) {
		title := string(r) + strings.ToLower(word[n:])
		if v, ok := g.clusters.get(WordHash(title)); ok {
			return v, true
		}
	}
	if lw := strings.ToLower(word); lw != word {
		return g.clusters.get(WordHash(lw))
	}
	return Clusters{}, false
}
