package seqlab

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
)

// Sequence holds the features of one sequence: token i has the hashes
// Feats[Off[i]:Off[i+1]]. Len is len(Off)-1.
type Sequence struct {
	Feats []uint64
	Off   []int32
}

// Reset empties the sequence for reuse.
func (s *Sequence) Reset() {
	s.Feats = s.Feats[:0]
	s.Off = append(s.Off[:0], 0)
}

// Add appends a feature to the token being built.
func (s *Sequence) Add(h uint64) { s.Feats = append(s.Feats, h) }

// EndToken closes the token being built.
func (s *Sequence) EndToken() { s.Off = append(s.Off, int32(len(s.Feats))) }

// Len is the number of tokens.
func (s *Sequence) Len() int {
	if len(s.Off) == 0 {
		return 0
	}
	return len(s.Off) - 1
}

// Clone returns a copy of s that shares no memory with it.
func (s *Sequence) Clone() *Sequence {
	return &Sequence{Feats: append([]uint64(nil), s.Feats...), Off: append([]int32(nil), s.Off...)}
}

// Model is a trained linear-chain model: weights per (feature, label) and
// per label transition.
type Model struct {
	labels []string
	nl     int
	// slots is an open-addressing hash table from feature hash to the
	// feature's non-zero weights ents[off:off+n]; most features have only
	// two or three, so rows are stored sparse.
	slots []slot
	mask  uint64
	ents  []ent
	keys  []uint64 // feature hash of each row, in row order
	offs  []uint32 // row r holds ents[offs[r]:offs[r+1]]
	// trans[(p)*nl+y] scores label p followed by y; p == nl is the start.
	trans []float32
	// final[y] scores ending on y.
	final []float32
	// allowed mirrors trans: false forbids the transition outright.
	allowed      []bool
	allowedFinal []bool
	// The labels allowed before y are predP[predOff[y]:predOff[y+1]], with
	// the transition weights predW alongside (built by build).
	predOff []int32
	predP   []int32
	predW   []float32
	// image marks a model read from an image (ReadImage): it has no keys
	// or offs, only the hash table (if any) and imageRows rows.
	image     bool
	imageRows int
}

type slot struct {
	key uint64
	off uint32
	n   uint32
}

// ent is one non-zero weight of a feature.
type ent struct {
	y int32
	w float32
}

// build fills the hash table and predecessor lists from keys, offs and
// the masks. The keys of a trained model are distinct.
func (m *Model) build() { m.index() }

// index is build; it returns the first row whose key an earlier row
// already has, or -1, so that Read rejects such a file.
func (m *Model) index() (dup int) {
	dup = m.hash()
	m.preds()
	return dup
}

// hash fills the hash table from keys and offs and returns the first row
// whose key an earlier row already has, or -1.
func (m *Model) hash() (dup int) {
	size := tableSize(len(m.keys), 1, 2)
	m.slots, dup = fillSlots(m.keys, m.offs, size)
	m.mask = uint64(size - 1)
	return dup
}

// tableSize is the number of slots of an open-addressing table for n
// keys: the smallest power of two, at least 1024, with at most num/den
// of its slots full.
func tableSize(n, num, den int) int {
	size := 1024
	for size*num < n*den {
		size <<= 1
	}
	return size
}

// fillSlots returns a table of size slots (a power of two) holding row r
// of keys and offs at its key's slot, probing linearly, and the first row
// whose key an earlier row already has, or -1.
func fillSlots(keys []uint64, offs []uint32, size int) (slots []slot, dup int) {
	dup = -1
	slots = make([]slot, size)
	mask := uint64(size - 1)
	for r, k := range keys {
		i := k & mask
		for slots[i].key != 0 {
			if slots[i].key == k && dup < 0 {
				dup = r
			}
			i = (i + 1) & mask
		}
		slots[i] = slot{key: k, off: offs[r], n: offs[r+1] - offs[r]}
	}
	return slots, dup
}

// preds fills the predecessor lists from the transition masks and weights.
func (m *Model) preds() {
	m.predOff = make([]int32, 0, m.nl+1)
	m.predP, m.predW = m.predP[:0], m.predW[:0]
	for y := 0; y < m.nl; y++ {
		m.predOff = append(m.predOff, int32(len(m.predP)))
		for p := 0; p < m.nl; p++ {
			if m.allowed[p*m.nl+y] {
				m.predP = append(m.predP, int32(p))
				m.predW = append(m.predW, m.trans[p*m.nl+y])
			}
		}
	}
	m.predOff = append(m.predOff, int32(len(m.predP)))
}

// lookup returns the weights of feature h, or nil.
func (m *Model) lookup(h uint64) []ent {
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.key == h {
			return m.ents[s.off : s.off+s.n]
		}
		if s.key == 0 {
			return nil
		}
	}
}

// find returns the weights of feature h and whether the model has a row
// for it (which may be empty).
func (m *Model) find(h uint64) ([]ent, bool) {
	for i := h & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.key == h {
			return m.ents[s.off : s.off+s.n], true
		}
		if s.key == 0 {
			return nil, false
		}
	}
}

// Labels returns the label names, indexed by label number.
func (m *Model) Labels() []string { return m.labels }

// NumFeatures is the number of features with a weight row.
func (m *Model) NumFeatures() int {
	if m.image {
		return m.imageRows
	}
	return len(m.keys)
}

// Scratch holds decoding buffers; reuse one per goroutine to avoid
// allocation. The zero value is ready to use.
type Scratch struct {
	emit  []float32
	score []float32
	back  []int16
}

// Emissions fills emit[i*nl+y] with the feature score of label y at token i.
func (m *Model) emissions(seq *Sequence, emit []float32) {
	nl := m.nl
	n := seq.Len()
	for i := 0; i < n; i++ {
		e := emit[i*nl : i*nl+nl]
		for y := range e {
			e[y] = 0
		}
		for _, h := range seq.Feats[seq.Off[i]:seq.Off[i+1]] {
			for _, x := range m.lookup(h) {
				e[x.y] += x.w
			}
		}
	}
}

// Decode writes the best label sequence for seq into out (len >= seq.Len())
// and returns it.
func (m *Model) Decode(seq *Sequence, out []int, s *Scratch) []int {
	n := seq.Len()
	if n == 0 {
		return out[:0]
	}
	if s == nil {
		s = &Scratch{}
	}
	nl := m.nl
	if cap(s.emit) < n*nl {
		s.emit = make([]float32, n*nl)
		s.score = make([]float32, n*nl)
		s.back = make([]int16, n*nl)
	}
	emit, score, back := s.emit[:n*nl], s.score[:n*nl], s.back[:n*nl]
	m.emissions(seq, emit)
	viterbi(m, emit, score, back, n, out)
	return out[:n]
}

var negInf = float32(math.Inf(-1))

func viterbi(m *Model, emit, score []float32, back []int16, n int, out []int) {
	nl := m.nl
	start := nl * nl
	for y := 0; y < nl; y++ {
		if m.allowed[start+y] {
			score[y] = emit[y] + m.trans[start+y]
		} else {
			score[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := score[(i-1)*nl : i*nl]
		cur := score[i*nl : (i+1)*nl]
		bk := back[i*nl : (i+1)*nl]
		for y := 0; y < nl; y++ {
			best, arg := negInf, int16(0)
			if m.predOff != nil {
				lo, hi := m.predOff[y], m.predOff[y+1]
				ps, ws := m.predP[lo:hi], m.predW[lo:hi]
				ws = ws[:len(ps)]
				for k, p := range ps {
					if v := prev[p] + ws[k]; v > best {
						best, arg = v, int16(p)
					}
				}
			} else {
				for p := 0; p < nl; p++ {
					if !m.allowed[p*nl+y] || prev[p] == negInf {
						continue
					}
					if v := prev[p] + m.trans[p*nl+y]; v > best {
						best, arg = v, int16(p)
					}
				}
			}
			cur[y] = best + emit[i*nl+y]
			bk[y] = arg
		}
	}
	last := score[(n-1)*nl : n*nl]
	best, arg := negInf, 0
	for y := 0; y < nl; y++ {
		if !m.allowedFinal[y] || last[y] == negInf {
			continue
		}
		if v := last[y] + m.final[y]; v > best {
			best, arg = v, y
		}
	}
	if best == negInf {
		// No path survives the constraints (cannot happen when the first
		// label is allowed to end); fall back to the best unconstrained end.
		for y := 0; y < nl; y++ {
			if last[y] > best {
				best, arg = last[y], y
			}
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		arg = int(back[i*nl+arg])
		out[i-1] = arg
	}
}

const magic = "kgseqlab1\n"

// WriteTo writes the model in a compact binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if m.image {
		return 0, errImageWrite
	}
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	m.writeHead(cw)
	// Rows: key, then a bitmap of non-zero labels, then those weights.
	var buf [8]byte
	for r, k := range m.keys {
		binary.LittleEndian.PutUint64(buf[:], k)
		cw.Write(buf[:])
		row := m.ents[m.offs[r]:m.offs[r+1]]
		var bits uint64
		for _, x := range row {
			bits |= 1 << x.y
		}
		putUvarint(cw, bits)
		for y := 0; y < m.nl; y++ {
			for _, x := range row {
				if int(x.y) == y {
					putFloat(cw, x.w)
				}
			}
		}
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, bw.Flush()
}

// writeHead writes what readHead reads: the magic, labels, transition
// masks and weights, and the number of feature rows.
func (m *Model) writeHead(cw *countWriter) {
	cw.Write([]byte(magic))
	putUvarint(cw, uint64(m.nl))
	for _, l := range m.labels {
		putUvarint(cw, uint64(len(l)))
		cw.Write([]byte(l))
	}
	for _, a := range [][]bool{m.allowed, m.allowedFinal} {
		for _, b := range a {
			if b {
				cw.Write([]byte{1})
			} else {
				cw.Write([]byte{0})
			}
		}
	}
	for _, v := range m.trans {
		putFloat(cw, v)
	}
	for _, v := range m.final {
		putFloat(cw, v)
	}
	putUvarint(cw, uint64(m.NumFeatures()))
}

// Read decodes a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	m, nrows, err := readHead(br)
	if err != nil {
		return nil, err
	}
	if err := m.readRows(br, nrows); err != nil {
		return nil, err
	}
	if r := m.index(); r >= 0 {
		return nil, fmt.Errorf("seqlab: bad key in row %d", r)
	}
	return m, nil
}

// Skip reads past a model written by WriteTo without keeping it: the
// rows are parsed but neither stored nor indexed. A file of several
// models uses it to reach the one it wants. r should be a *bufio.Reader
// (as Read's r): another reader is wrapped in one, which reads ahead.
func Skip(r io.Reader) error {
	br := bufio.NewReader(r)
	m, nrows, err := readHead(br)
	if err != nil {
		return err
	}
	for row := 0; row < nrows; row++ {
		if _, err := br.Discard(8); err != nil {
			return fmt.Errorf("seqlab: read row %d: %w", row, noEOF(err))
		}
		set, err := binary.ReadUvarint(br)
		if err != nil || set>>m.nl != 0 {
			return fmt.Errorf("seqlab: read row %d: bad label set", row)
		}
		if _, err := br.Discard(4 * bits.OnesCount64(set)); err != nil {
			return fmt.Errorf("seqlab: read row %d: %w", row, noEOF(err))
		}
	}
	return nil
}

// readHead reads a model's header: its labels, transition masks and
// weights, and the number of feature rows that follow.
func readHead(br *bufio.Reader) (*Model, int, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, 0, errors.New("seqlab: not a model (bad header)")
	}
	nl64, err := binary.ReadUvarint(br)
	if err != nil || nl64 == 0 || nl64 > 64 {
		return nil, 0, fmt.Errorf("seqlab: bad label count")
	}
	nl := int(nl64)
	m := &Model{nl: nl, labels: make([]string, nl)}
	for i := range m.labels {
		ln, err := binary.ReadUvarint(br)
		if err != nil || ln > 64 {
			return nil, 0, errors.New("seqlab: bad label")
		}
		b := make([]byte, ln)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, 0, fmt.Errorf("seqlab: read label: %w", err)
		}
		m.labels[i] = string(b)
	}
	m.allowed = make([]bool, (nl+1)*nl)
	m.allowedFinal = make([]bool, nl)
	for _, a := range [][]bool{m.allowed, m.allowedFinal} {
		for i := range a {
			b, err := br.ReadByte()
			if err != nil {
				return nil, 0, fmt.Errorf("seqlab: read mask: %w", err)
			}
			a[i] = b != 0
		}
	}
	m.trans = make([]float32, (nl+1)*nl)
	m.final = make([]float32, nl)
	for _, a := range [][]float32{m.trans, m.final} {
		for i := range a {
			if a[i], err = getFloat(br); err != nil {
				return nil, 0, fmt.Errorf("seqlab: read transitions: %w", err)
			}
		}
	}
	nrows, err := binary.ReadUvarint(br)
	if err != nil || nrows > maxRows {
		return nil, 0, errors.New("seqlab: bad row count")
	}
	return m, int(nrows), nil
}

// maxRows is the most rows a model may have.
const maxRows = 1 << 28

// startRows bounds the rows, and four times as many weights, allocated
// before they are read: a corrupt count cannot make Read allocate more than
// a few megabytes up front, and a true one costs a few doublings past this.
const startRows = 1 << 17

// readRows reads nrows rows into m.keys, m.offs and m.ents. Each row is
// its key (8 bytes), the bitmap of its labels (a uvarint) and a float32
// per label, read from br's buffer in one piece.
func (m *Model) readRows(br *bufio.Reader, nrows int) error {
	nl := m.nl
	m.keys = make([]uint64, 0, min(nrows, startRows))
	m.offs = make([]uint32, 1, min(nrows, startRows)+1)
	m.ents = make([]ent, 0, 4*min(nrows, startRows))
	for r := 0; r < nrows; r++ {
		b, err := br.Peek(8)
		if err != nil {
			return fmt.Errorf("seqlab: read row %d: %w", r, noEOF(err))
		}
		k := binary.LittleEndian.Uint64(b)
		br.Discard(8)
		if k == 0 {
			return fmt.Errorf("seqlab: bad key in row %d", r)
		}
		set, err := binary.ReadUvarint(br)
		if err != nil || set>>nl != 0 {
			return fmt.Errorf("seqlab: read row %d: bad label set", r)
		}
		n := bits.OnesCount64(set)
		if b, err = br.Peek(4 * n); err != nil {
			return fmt.Errorf("seqlab: read row %d: %w", r, noEOF(err))
		}
		if len(m.ents)+n > cap(m.ents) {
			if len(m.ents)+n > math.MaxUint32 {
				return fmt.Errorf("seqlab: read row %d: too many weights", r)
			}
			m.ents = grow(m.ents, entsCap(len(m.ents), cap(m.ents), r, nrows, n))
		}
		for y := 0; set != 0; y++ {
			if set&1 != 0 {
				m.ents = append(m.ents, ent{y: int32(y), w: math.Float32frombits(binary.LittleEndian.Uint32(b))})
				b = b[4:]
			}
			set >>= 1
		}
		br.Discard(4 * n)
		if len(m.keys) == cap(m.keys) {
			// The count, now that rows bear it out so far, bounds the
			// doubling.
			c := min(2*cap(m.keys), nrows)
			m.keys, m.offs = grow(m.keys, c), grow(m.offs, c+1)
		}
		m.keys = append(m.keys, k)
		m.offs = append(m.offs, uint32(len(m.ents)))
	}
	if cap(m.ents)-len(m.ents) > len(m.ents)/4+1024 {
		m.ents = grow(m.ents, len(m.ents))
	}
	return nil
}

// entsCap is the new capacity of a model's weights when n more do not fit
// after r of nrows rows: the weights the rows read so far project for all
// rows, and a sixteenth more, so that most models grow once; but at most
// eight times the old capacity (what the rows read so far bear out bounds
// what a corrupt row count costs) and at least twice it.
func entsCap(have, cap, r, nrows, n int) int {
	c := 2 * cap
	if r > 0 {
		proj := int(int64(have) * int64(nrows) / int64(r))
		c = max(c, min(proj+proj/16, 8*cap))
	}
	return max(c, have+n)
}

// grow returns a copy of s with capacity c >= len(s): append's growth of
// large slices (1.25x) copies them many more times than doubling does.
func grow[T any](s []T, c int) []T {
	out := make([]T, len(s), c)
	copy(out, s)
	return out
}

// noEOF turns the end of input inside a row into io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func putUvarint(w io.Writer, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], v)])
}

func putFloat(w io.Writer, v float32) {
	var buf [4]byte
	binary.LittleEndian.PutUint32(buf[:], math.Float32bits(v))
	w.Write(buf[:])
}

func getFloat(r io.Reader) (float32, error) {
	var buf [4]byte
	if _, err := io.ReadFull(r, buf[:]); err != nil {
		return 0, err
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(buf[:])), nil
}

// Empty returns a model with no weights over labels, for callers that need
// a Model value before training.
func Empty(labels []string) *Model {
	nl := len(labels)
	m := &Model{labels: append([]string(nil), labels...), nl: nl, offs: []uint32{0},
		trans: make([]float32, (nl+1)*nl), final: make([]float32, nl),
		allowed: make([]bool, (nl+1)*nl), allowedFinal: make([]bool, nl)}
	for i := range m.allowed {
		m.allowed[i] = true
	}
	for i := range m.allowedFinal {
		m.allowedFinal[i] = true
	}
	m.build()
	return m
}

// Without returns a copy of m without the features for which drop
// returns true, such as features that only training data can fire.
func (m *Model) Without(drop func(h uint64) bool) *Model {
	out := &Model{labels: m.labels, nl: m.nl,
		trans: append([]float32(nil), m.trans...), final: append([]float32(nil), m.final...),
		allowed: append([]bool(nil), m.allowed...), allowedFinal: append([]bool(nil), m.allowedFinal...),
		offs: []uint32{0}}
	for r, k := range m.keys {
		if drop(k) {
			continue
		}
		out.ents = append(out.ents, m.ents[m.offs[r]:m.offs[r+1]]...)
		out.keys = append(out.keys, k)
		out.offs = append(out.offs, uint32(len(out.ents)))
	}
	out.build()
	return out
}
