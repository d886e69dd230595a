package seqlab

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"unsafe"
)

// An image holds what tagging needs of a model file, laid out so that it
// is read in place: a program that embeds one starts tagging without
// decompressing weights or building hash tables. It is written from the
// models a file decodes to (Image) and read by ReadImage, whose models tag
// exactly as the decoded ones but cannot be written back as a model file.
//
// Layout (little-endian; each table starts at a multiple of 8 bytes from
// the start of the image):
//
//	"kgseqimg", version (u32), flags (u32: 1 = a cascade of two models)
//	the format's magic, the JSON configuration and the head of each model
//	  (labels, transitions, row count, as in a model file), each a u32
//	  length then the bytes; zero padding to a multiple of 8
//	alone: the model's feature table
//	cascade: the second model's feature table (the features only it
//	  scores, such as document features, are looked up there), then the
//	  Joint of the two (which scores the shared ones)
//
// A feature table is its slot count and weight count (u64 each), the
// slots (key u64, offset u32, count u32) and the weights (label i32,
// weight f32). A Joint is its scale (f32 bits, u32 zero), its slot count
// and word count (u64 each), the slots (u64) and the words (u32), padded
// to a multiple of 8 bytes.
const (
	imageMagic   = "kgseqimg"
	imageVersion = 1
	imageCascade = 1
)

// Image returns the image of a model file of format f with configuration
// cfg and model a, or with b the cascade of a and b (the second stage,
// scored with a through their Joint).
func (f FileFormat) Image(cfg any, a, b *Model) ([]byte, error) {
	if a == nil || a.image || b != nil && b.image {
		return nil, fmt.Errorf("%s: image: no decoded model", f.Package)
	}
	js, err := json.Marshal(cfg)
	if err != nil {
		return nil, fmt.Errorf("%s: image: %w", f.Package, err)
	}
	out := []byte(imageMagic)
	flags := uint32(0)
	if b != nil {
		flags = imageCascade
	}
	out = binary.LittleEndian.AppendUint32(out, imageVersion)
	out = binary.LittleEndian.AppendUint32(out, flags)
	part := func(p []byte) {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(p)))
		out = append(out, p...)
	}
	part([]byte(f.Magic))
	part(js)
	for _, m := range []*Model{a, b} {
		if m == nil {
			continue
		}
		var buf bytes.Buffer
		cw := &countWriter{w: &buf}
		m.writeHead(cw)
		part(buf.Bytes())
	}
	out = pad8(out)
	if b == nil {
		return a.appendTable(out), nil
	}
	out = b.appendTable(out)
	return NewJoint(a, b).appendImage(out), nil
}

func pad8(b []byte) []byte {
	for len(b)%8 != 0 {
		b = append(b, 0)
	}
	return b
}

// appendTable appends m's feature table, rebuilt at most 5/8 full (a
// model's own is at most half full, a Joint's 3/4): lookups find the same
// rows whatever the size, but the size is part of the image, and another
// would change the bytes of every image written (ner.image).
func (m *Model) appendTable(out []byte) []byte {
	size := tableSize(len(m.keys), 5, 8)
	slots, _ := fillSlots(m.keys, m.offs, size)
	out = binary.LittleEndian.AppendUint64(out, uint64(size))
	out = binary.LittleEndian.AppendUint64(out, uint64(len(m.ents)))
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint64(out, s.key)
		out = binary.LittleEndian.AppendUint32(out, s.off)
		out = binary.LittleEndian.AppendUint32(out, s.n)
	}
	for _, e := range m.ents {
		out = binary.LittleEndian.AppendUint32(out, uint32(e.y))
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(e.w))
	}
	return out
}

func (j *Joint) appendImage(out []byte) []byte {
	out = binary.LittleEndian.AppendUint32(out, math.Float32bits(j.inv))
	out = binary.LittleEndian.AppendUint32(out, 0)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(j.slots)))
	out = binary.LittleEndian.AppendUint64(out, uint64(len(j.data)))
	for _, s := range j.slots {
		out = binary.LittleEndian.AppendUint64(out, s)
	}
	for _, w := range j.data {
		out = binary.LittleEndian.AppendUint32(out, w)
	}
	return pad8(out)
}

// ReadImage reads an image of format f written by Image: it decodes the
// configuration into cfg and returns the model (a) or the cascade (a, b)
// with their Joint. The tables are read in place: img must not change
// while the models are in use. The models tag as the ones the image was
// made from; their WriteTo fails, and a cascade's first model scores only
// through the Joint (its own lookups, as in Decode, find no feature).
func (f FileFormat) ReadImage(img []byte, cfg any) (a, b *Model, j *Joint, err error) {
	bad := func(what string) error { return fmt.Errorf("%s: load image: %s", f.Package, what) }
	r := imageReader{b: img}
	if string(r.next(8)) != imageMagic || r.u32() != imageVersion {
		return nil, nil, nil, bad("not an image")
	}
	flags := r.u32()
	if flags&^imageCascade != 0 || string(r.part()) != f.Magic {
		return nil, nil, nil, bad("not a " + f.Name + " image")
	}
	if err := json.Unmarshal(r.part(), cfg); err != nil {
		return nil, nil, nil, fmt.Errorf("%s: load image: config: %w", f.Package, err)
	}
	head := func() *Model {
		m, n, err := readHead(bufio.NewReader(bytes.NewReader(r.part())))
		if err != nil {
			return nil
		}
		m.image, m.imageRows = true, n
		m.preds()
		return m
	}
	if a = head(); a == nil {
		return nil, nil, nil, bad("bad model head")
	}
	last := a
	if flags&imageCascade != 0 {
		if b = head(); b == nil || b.nl != a.nl {
			return nil, nil, nil, bad("bad model head")
		}
		last = b
	}
	r.align()
	if !last.readTable(&r) {
		return nil, nil, nil, bad("bad feature table")
	}
	if b != nil {
		if j = readJoint(&r, a, b); j == nil {
			return nil, nil, nil, bad("bad joint table")
		}
		// The first model's own table is not in the image: an empty
		// one, so that its lookups find nothing rather than fail.
		a.slots, a.mask = make([]slot, 1), 0
	}
	if r.bad || r.off != len(img) {
		return nil, nil, nil, bad("bad length")
	}
	return a, b, j, nil
}

// imageReader reads an image front to back; a read past the end sets
// bad and returns zeros.
type imageReader struct {
	b   []byte
	off int
	bad bool
}

func (r *imageReader) next(n int) []byte {
	if r.bad || n < 0 || n > len(r.b)-r.off {
		r.bad = true
		return nil
	}
	p := r.b[r.off : r.off+n]
	r.off += n
	return p
}

func (r *imageReader) u32() uint32 {
	if p := r.next(4); p != nil {
		return binary.LittleEndian.Uint32(p)
	}
	return 0
}

func (r *imageReader) u64() uint64 {
	if p := r.next(8); p != nil {
		return binary.LittleEndian.Uint64(p)
	}
	return 0
}

func (r *imageReader) part() []byte { return r.next(int(r.u32())) }

func (r *imageReader) align() { r.next((8 - r.off%8) % 8) }

// count reads a table's element count: at most what the rest of the
// image could hold at size bytes each.
func (r *imageReader) count(size int) int {
	n := r.u64()
	if n > uint64(len(r.b)-r.off)/uint64(size) {
		r.bad = true
		return 0
	}
	return int(n)
}

// readTable reads a feature table into m and checks that every slot's
// row is in range, that labels are m's, and that a slot is empty (so
// that a lookup ends).
func (m *Model) readTable(r *imageReader) bool {
	ns, ne := r.count(16), r.count(8)
	if r.bad || ns == 0 || ns&(ns-1) != 0 {
		return false
	}
	m.slots = view(r.next(16*ns), ns, func(p []byte) slot {
		return slot{key: binary.LittleEndian.Uint64(p), off: binary.LittleEndian.Uint32(p[8:]), n: binary.LittleEndian.Uint32(p[12:])}
	})
	m.ents = view(r.next(8*ne), ne, func(p []byte) ent {
		return ent{y: int32(binary.LittleEndian.Uint32(p)), w: math.Float32frombits(binary.LittleEndian.Uint32(p[4:]))}
	})
	if r.bad {
		return false
	}
	m.mask = uint64(ns - 1)
	empty := false
	for _, s := range m.slots {
		if s.key == 0 {
			empty = true
		} else if uint64(s.off)+uint64(s.n) > uint64(ne) {
			return false
		}
	}
	for _, e := range m.ents {
		if e.y < 0 || int(e.y) >= m.nl {
			return false
		}
	}
	return empty
}

func readJoint(r *imageReader, a, b *Model) *Joint {
	inv := math.Float32frombits(r.u32())
	r.u32()
	ns, nd := r.count(8), r.count(4)
	if r.bad || ns == 0 || ns&(ns-1) != 0 {
		return nil
	}
	j := &Joint{a: a, b: b, mask: uint64(ns - 1), inv: inv}
	j.slots = view(r.next(8*ns), ns, binary.LittleEndian.Uint64)
	j.data = view(r.next(4*nd), nd, binary.LittleEndian.Uint32)
	r.align()
	if r.bad {
		return nil
	}
	// The words are rows one after another (a head, then its weights):
	// walk them in order, checking labels and marking where each starts,
	// then check that every slot points at the start of a row.
	nl := uint32(a.nl)
	starts := make([]uint64, (nd+63)/64)
	for off := 0; off < nd; {
		head := j.data[off]
		n := int(head&0xffff) + int(head>>16)
		if n > nd-off-1 {
			return nil
		}
		starts[off/64] |= 1 << (off % 64)
		for _, w := range j.data[off+1 : off+1+n] {
			if w&0xff >= nl {
				return nil
			}
		}
		off += 1 + n
	}
	empty := false
	for _, s := range j.slots {
		if s == 0 {
			empty = true
			continue
		}
		off := uint64(uint32(s))
		if off >= uint64(nd) || starts[off/64]&(1<<(off%64)) == 0 {
			return nil
		}
	}
	if !empty {
		return nil
	}
	return j
}

// littleEndian is whether the machine stores numbers as an image does.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// view returns p (n elements of T, as an image lays them out) as a []T:
// in place when the machine's layout is the image's and p is aligned for
// T, else decoded element by element with dec.
func view[T any](p []byte, n int, dec func([]byte) T) []T {
	if n == 0 || len(p) == 0 {
		return nil
	}
	var zero T
	size := int(unsafe.Sizeof(zero))
	if littleEndian && uintptr(unsafe.Pointer(&p[0]))%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&p[0])), n)
	}
	out := make([]T, n)
	for i := range out {
		out[i] = dec(p[i*size:])
	}
	return out
}

var errImageWrite = errors.New("seqlab: a model read from an image cannot be written")
