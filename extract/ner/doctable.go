package ner

// docTable maps 64-bit word hashes to small integers for one document, in
// flat arrays reused from document to document (no map, no allocation once
// warm). Key 0 is never stored.
type docTable struct {
	keys []uint64
	vals []int32
	used []int32 // slots in use, to clear cheaply
}

// reset empties the table, sizing it for about n keys.
func (t *docTable) reset(n int) {
	size := 64
	for size < n*2 {
		size <<= 1
	}
	if len(t.keys) < size || len(t.keys) > 8*size {
		t.keys = make([]uint64, size)
		t.vals = make([]int32, size)
		t.used = t.used[:0]
		return
	}
	for _, i := range t.used {
		t.keys[i] = 0
		t.vals[i] = 0
	}
	t.used = t.used[:0]
}

// slot returns the index of key's slot, claiming an empty one when absent.
func (t *docTable) slot(key uint64) int {
	mask := uint64(len(t.keys) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return int(i)
		case 0:
			t.keys[i] = key
			t.used = append(t.used, int32(i))
			return int(i)
		}
	}
}

// get returns the value of key, or 0 when absent.
func (t *docTable) get(key uint64) int32 {
	if len(t.keys) == 0 {
		return 0
	}
	mask := uint64(len(t.keys) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}
