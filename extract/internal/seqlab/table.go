package seqlab

// table maps 64-bit feature hashes to row numbers with open addressing and
// linear probing. Key 0 marks an empty slot, so callers never store 0 (Mix
// never returns it).
type table struct {
	keys []uint64
	rows []int32
	mask uint64
	n    int
}

func newTable(capacity int) *table {
	size := tableSize(capacity, 1, 2)
	return &table{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1)}
}

// get returns the row of key, or -1.
func (t *table) get(key uint64) int32 {
	i := key & t.mask
	for {
		k := t.keys[i]
		if k == key {
			return t.rows[i]
		}
		if k == 0 {
			return -1
		}
		i = (i + 1) & t.mask
	}
}

// put stores key -> row; the key must not be present.
func (t *table) put(key uint64, row int32) {
	if (t.n+1)*2 > len(t.keys) {
		t.grow()
	}
	i := key & t.mask
	for t.keys[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.keys[i] = key
	t.rows[i] = row
	t.n++
}

func (t *table) grow() {
	old := *t
	size := len(t.keys) * 2
	t.keys = make([]uint64, size)
	t.rows = make([]int32, size)
	t.mask = uint64(size - 1)
	t.n = 0
	for i, k := range old.keys {
		if k != 0 {
			t.put(k, old.rows[i])
		}
	}
}

// countFeatures counts the tokens of seqs each feature hash occurs in:
// counts maps a hash to its entry in n, entries in first-seen order.
func countFeatures(seqs []*Sequence) (counts *table, n []int32) {
	counts = newTable(1 << 16)
	for _, s := range seqs {
		for _, h := range s.Feats {
			r := counts.get(h)
			if r < 0 {
				counts.put(h, int32(len(n)))
				n = append(n, 1)
			} else {
				n[r]++
			}
		}
	}
	return counts, n
}
