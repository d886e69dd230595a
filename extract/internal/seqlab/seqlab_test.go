package seqlab

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// toy builds a sequence whose features are each token and the one before.
func toy(words []string) *Sequence {
	s := &Sequence{}
	s.Reset()
	for i, w := range words {
		s.Add(String(1, w))
		if i > 0 {
			s.Add(String(2, words[i-1]))
		}
		s.EndToken()
	}
	return s
}

func TestTrainDecode(t *testing.T) {
	labels := []string{"O", "X", "Y"}
	all := func(p, y int) bool { return !(p == 0 && y == 2) } // Y never follows O
	tr := NewTrainer(labels, all)
	data := []struct {
		words []string
		gold  []int
	}{
		{[]string{"a", "x", "b"}, []int{1, 0, 0}},
		{[]string{"c", "a", "b"}, []int{0, 1, 2}},
		{[]string{"a", "b", "c"}, []int{1, 2, 0}},
	}
	for epoch := 0; epoch < 10; epoch++ {
		for _, d := range data {
			tr.Learn(toy(d.words), d.gold)
		}
	}
	m := tr.Model(0)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, mm := range []*Model{m, m2} {
		for _, d := range data {
			got := mm.Decode(toy(d.words), make([]int, len(d.words)), nil)
			if diff := cmp.Diff(d.gold, got); diff != "" {
				t.Errorf("%v (-want +got):\n%s", d.words, diff)
			}
		}
		// The constraint holds even where the features disagree.
		got := mm.Decode(toy([]string{"x", "b"}), make([]int, 2), nil)
		if got[0] == 0 && got[1] == 2 {
			t.Errorf("forbidden transition O->Y decoded: %v", got)
		}
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	for name, in := range map[string][]byte{
		"empty":     nil,
		"bad magic": []byte("nonsense\n"),
		"truncated": []byte(magic + "\x03"),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(in)); err == nil {
				t.Error("Read succeeded on garbage")
			}
		})
	}
}

func TestTable(t *testing.T) {
	tab := newTable(4)
	for i := 1; i <= 5000; i++ {
		tab.put(Mix(7, uint64(i)), int32(i))
	}
	for i := 1; i <= 5000; i++ {
		if got := tab.get(Mix(7, uint64(i))); got != int32(i) {
			t.Fatalf("get(%d) = %d", i, got)
		}
	}
	if got := tab.get(Mix(8, 1)); got != -1 {
		t.Errorf("missing key gave %d", got)
	}
}

func FuzzRead(f *testing.F) {
	tr := NewTrainer([]string{"O", "X"}, func(p, y int) bool { return true })
	tr.Learn(toy([]string{"a", "b"}), []int{1, 0})
	var buf bytes.Buffer
	tr.Model(0).WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Read(bytes.NewReader(b))
		if err == nil {
			m.Decode(toy([]string{"a", "b", "c"}), make([]int, 3), nil)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	tr := NewTrainer([]string{"O", "X", "Y"}, func(p, y int) bool { return true })
	words := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	seq := toy(words)
	tr.Learn(seq, []int{1, 2, 0, 1, 2, 0, 1, 2, 0, 1})
	m := tr.Model(0)
	out := make([]int, len(words))
	var sc Scratch
	b.ReportAllocs()
	for b.Loop() {
		m.Decode(seq, out, &sc)
	}
}

func TestAverage(t *testing.T) {
	labels := []string{"O", "X"}
	all := func(p, y int) bool { return true }
	a, b := NewTrainer(labels, all), NewTrainer(labels, all)
	for i := 0; i < 5; i++ {
		a.Learn(toy([]string{"p", "q"}), []int{1, 0})
		b.Learn(toy([]string{"r", "s"}), []int{0, 1})
	}
	ma, mb := a.Model(0), b.Model(0)
	avg, err := Average(ma, mb)
	if err != nil {
		t.Fatal(err)
	}
	if avg.NumFeatures() < ma.NumFeatures() || avg.NumFeatures() < mb.NumFeatures() {
		t.Errorf("average has %d features, fewer than its parts (%d, %d)", avg.NumFeatures(), ma.NumFeatures(), mb.NumFeatures())
	}
	// Each part's features appear at half weight.
	h := String(1, "p")
	var wa, wv float32
	for _, x := range ma.lookup(h) {
		if x.y == 1 {
			wa = x.w
		}
	}
	for _, x := range avg.lookup(h) {
		if x.y == 1 {
			wv = x.w
		}
	}
	if wa == 0 || wv != wa/2 {
		t.Errorf("weight of p: part %v, average %v; want half", wa, wv)
	}
	if _, err := Average(); err == nil {
		t.Error("Average of nothing succeeded")
	}
}

// TestJointMatchesSeparate checks the joint table's scores against each
// model's own, with few labels and with more than Accumulate adds up on
// the stack.
func TestJointMatchesSeparate(t *testing.T) {
	tests := []struct {
		name   string
		labels int
	}{
		{"three labels", 3},
		{"as many as the stack arrays", maxFastLabels},
		{"more than the stack arrays", maxFastLabels + 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			labels := make([]string, tt.labels)
			for i := range labels {
				labels[i] = fmt.Sprint("L", i)
			}
			top := tt.labels - 1
			all := func(p, y int) bool { return true }
			a, b := NewTrainer(labels, all), NewTrainer(labels, all)
			for i := 0; i < 5; i++ {
				a.Learn(toy([]string{"a", "b", "c"}), []int{1, top, 0})
				b.Learn(toy([]string{"a", "b", "d"}), []int{0, 1, top})
			}
			ma, mb := a.Model(0), b.Model(0)
			j := NewJoint(ma, mb)
			seq := toy([]string{"a", "b", "c", "d", "zz"})
			n := seq.Len() * tt.labels
			ea, eb := make([]float32, n), make([]float32, n)
			j.Emissions(seq, ea, eb)
			wa, wb := make([]float32, n), make([]float32, n)
			ma.AddEmissions(seq, wa)
			mb.AddEmissions(seq, wb)
			for i := range wa {
				if d := ea[i] - wa[i]; d > 1e-3 || d < -1e-3 {
					t.Errorf("a[%d]: joint %v, separate %v", i, ea[i], wa[i])
				}
				if d := eb[i] - wb[i]; d > 1e-3 || d < -1e-3 {
					t.Errorf("b[%d]: joint %v, separate %v", i, eb[i], wb[i])
				}
			}
			if wa[top] == 0 && wa[2*tt.labels+top] == 0 && wb[2*tt.labels+top] == 0 {
				t.Error("the last label has no weight")
			}
		})
	}
}

// rawModel writes a model of labels O and X whose rows are as given,
// bypassing the trainer, so that tests can make files it never would.
func rawModel(rows int, keys []uint64, sets []uint64, weights int) []byte {
	var b bytes.Buffer
	b.WriteString(magic)
	putUvarint(&b, 2)
	for _, l := range []string{"O", "X"} {
		putUvarint(&b, uint64(len(l)))
		b.WriteString(l)
	}
	b.Write(make([]byte, 3*2+2)) // masks
	for range 3*2 + 2 {
		putFloat(&b, 0) // transitions and finals
	}
	putUvarint(&b, uint64(rows))
	for i, k := range keys {
		var kb [8]byte
		binary.LittleEndian.PutUint64(kb[:], k)
		b.Write(kb[:])
		putUvarint(&b, sets[i])
	}
	for range weights {
		putFloat(&b, 1)
	}
	return b.Bytes()
}

func TestReadCorrupt(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"duplicate key", rawModel(3, []uint64{7, 9, 7}, []uint64{0, 0, 0}, 0), "bad key in row 2"},
		{"zero key", rawModel(1, []uint64{0}, []uint64{0}, 0), "bad key in row 0"},
		{"label beyond the labels", rawModel(1, []uint64{7}, []uint64{4}, 1), "bad label set"},
		{"weights cut short", rawModel(1, []uint64{7}, []uint64{3}, 1), "unexpected EOF"},
		{"rows cut short", rawModel(2, []uint64{7}, []uint64{0}, 0), "read row 1: unexpected EOF"},
		{"too many rows", rawModel(maxRows+1, nil, nil, 0), "bad row count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Read = %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// TestReadHugeCount checks that a file claiming the most rows but
// holding one costs a few megabytes, not what the count would need.
func TestReadHugeCount(t *testing.T) {
	data := rawModel(maxRows, []uint64{7}, []uint64{1}, 1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Read(bytes.NewReader(data))
	runtime.ReadMemStats(&after)
	if err == nil {
		t.Fatal("Read succeeded on a file cut short")
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 16<<20 {
		t.Errorf("Read allocated %d MB", got>>20)
	}
}

// TestReadLarge reads a model of more rows and weights than Read
// allocates up front, so that its slices grow.
func TestReadLarge(t *testing.T) {
	const n = 3*startRows + 5
	m := Empty([]string{"O", "X", "Y"})
	m.keys, m.offs, m.ents = nil, []uint32{0}, nil
	for r := range n {
		m.keys = append(m.keys, Mix(11, uint64(r)))
		for y := range 1 + r%3 {
			m.ents = append(m.ents, ent{y: int32(y), w: float32(r) / 7})
		}
		m.offs = append(m.offs, uint32(len(m.ents)))
	}
	m.build()
	var w1, w2 bytes.Buffer
	if _, err := m.WriteTo(&w1); err != nil {
		t.Fatal(err)
	}
	got, err := Read(bytes.NewReader(w1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	got.WriteTo(&w2)
	if !bytes.Equal(w1.Bytes(), w2.Bytes()) {
		t.Error("model read back differs")
	}
	if diff := cmp.Diff(m.ents[len(m.ents)-3:], got.ents[len(got.ents)-3:], cmp.AllowUnexported(ent{})); diff != "" {
		t.Errorf("last weights (-want +got):\n%s", diff)
	}
	if e, ok := got.find(m.keys[n-1]); !ok || len(e) != 1+(n-1)%3 {
		t.Errorf("find(last key) = %v, %v", e, ok)
	}
}

func TestEntsCap(t *testing.T) {
	tests := []struct {
		name                   string
		have, cap, r, nrows, n int
		want                   int
	}{
		{"projected from the rows read", 100, 100, 10, 50, 1, 531},
		{"at least doubled", 100, 100, 90, 100, 1, 200},
		{"at most eight times", 100, 100, 1, 1 << 28, 1, 800},
		{"no row read yet", 0, 0, 0, 10, 3, 3},
		{"room for the row", 100, 100, 90, 100, 300, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entsCap(tt.have, tt.cap, tt.r, tt.nrows, tt.n); got != tt.want {
				t.Errorf("entsCap = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestWithout(t *testing.T) {
	labels := []string{"O", "X"}
	tr := NewTrainer(labels, func(p, y int) bool { return true })
	for epoch := 0; epoch < 5; epoch++ {
		tr.Learn(toy([]string{"a", "b"}), []int{1, 0})
		tr.Learn(toy([]string{"b", "a"}), []int{0, 1})
	}
	m := tr.Model(0)
	extra := String(1, "a")
	tests := []struct {
		name string
		drop func(uint64) bool
		want int // features left
	}{
		{"keep all", func(uint64) bool { return false }, m.NumFeatures()},
		{"drop one", func(h uint64) bool { return h == extra }, m.NumFeatures() - 1},
		{"drop all", func(uint64) bool { return true }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := m.Without(tt.drop)
			if got := w.NumFeatures(); got != tt.want {
				t.Errorf("NumFeatures() = %d, want %d", got, tt.want)
			}
			if _, ok := w.find(extra); ok == tt.drop(extra) {
				t.Errorf("find(dropped=%v) = %v", tt.drop(extra), ok)
			}
			if tt.want == m.NumFeatures() {
				seq := toy([]string{"a", "b"})
				if diff := cmp.Diff(m.Decode(seq, make([]int, 2), nil), w.Decode(seq, make([]int, 2), nil)); diff != "" {
					t.Errorf("Decode differs (-m +without):\n%s", diff)
				}
			}
		})
	}
}
