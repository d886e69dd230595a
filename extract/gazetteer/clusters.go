package gazetteer

import (
	"encoding/binary"
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
// A table read from an image (see image) answers from the image's bytes
// in place and is never written.
type clusterTable struct {
	keys []uint64
	vals []Clusters
	n    int
	img  []byte // slots of an image, clusterImageSlot bytes each
}

// The layout of a cluster table's image: a header of clusterImageMagic
// and the number of words (uint32, then 4 zero bytes), then a power of
// two of slots, each a word's hash (uint64) and its classes (uint16 each,
// coarsest first), little-endian, probed as clusterTable probes its
// slots.
const (
	clusterImageMagic  = "kgclu\x00\x00\x01"
	clusterImageHeader = 16
	clusterImageSlot   = 8 + 2*ClusterLevels
)

// image lays the table out for loadImage, in the fewest slots that keep
// probes short (at most 60% full). The layout depends only on the words'
// hashes and the order of the slots, so an image of the same list is the
// same bytes.
func (c *clusterTable) image() []byte {
	size := 1 << 10
	for c.n*10 > size*6 {
		size *= 2
	}
	keys := make([]uint64, size)
	vals := make([]Clusters, size)
	mask := uint64(size - 1)
	for j, k := range c.keys {
		if k == 0 {
			continue
		}
		i := k & mask
		for keys[i] != 0 {
			i = (i + 1) & mask
		}
		keys[i], vals[i] = k, c.vals[j]
	}
	b := make([]byte, clusterImageHeader, clusterImageHeader+size*clusterImageSlot)
	copy(b, clusterImageMagic)
	binary.LittleEndian.PutUint32(b[8:], uint32(c.n))
	for i, k := range keys {
		b = binary.LittleEndian.AppendUint64(b, k)
		for _, v := range vals[i] {
			b = binary.LittleEndian.AppendUint16(b, v)
		}
	}
	return b
}

// loadImage makes the table answer from image, written by image, without
// copying it.
func (c *clusterTable) loadImage(image []byte) error {
	body := len(image) - clusterImageHeader
	if body < clusterImageSlot || string(image[:8]) != clusterImageMagic || body%clusterImageSlot != 0 {
		return fmt.Errorf("gazetteer: cluster image: not an image of this version (%d bytes)", len(image))
	}
	n := body / clusterImageSlot
	if n&(n-1) != 0 {
		return fmt.Errorf("gazetteer: cluster image: %d slots, not a power of two", n)
	}
	if words := int(binary.LittleEndian.Uint32(image[8:])); words >= n {
		return fmt.Errorf("gazetteer: cluster image: %d words in %d slots", words, n)
	}
	*c = clusterTable{img: image[clusterImageHeader:], n: int(binary.LittleEndian.Uint32(image[8:]))}
	return nil
}

// getImage is get on a table read from an image.
func (c *clusterTable) getImage(h uint64) (Clusters, bool) {
	mask := uint64(len(c.img)/clusterImageSlot - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := c.img[i*clusterImageSlot : i*clusterImageSlot+clusterImageSlot]
		switch binary.LittleEndian.Uint64(e) {
		case h:
			var v Clusters
			for j := range v {
				v[j] = binary.LittleEndian.Uint16(e[8+2*j:])
			}
			return v, true
		case 0:
			return Clusters{}, false
		}
	}
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
	if c.img != nil {
		return c.getImage(h)
	}
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
