package seqlab

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// toyModels trains two small models over the same labels, the second on
// features of its own besides the first's.
func toyModels(t *testing.T) (a, b *Model, seqs []*Sequence) {
	t.Helper()
	labels := []string{"O", "X", "Y"}
	allowed := func(p, y int) bool { return !(p == 0 && y == 2) }
	ta, tb := NewTrainer(labels, allowed), NewTrainer(labels, allowed)
	data := []struct {
		words []string
		gold  []int
	}{
		{[]string{"norland", "x", "harlow"}, []int{1, 0, 0}},
		{[]string{"acme", "norland", "harlow"}, []int{0, 1, 2}},
		{[]string{"norland", "harlow", "acme"}, []int{1, 2, 0}},
	}
	for range 5 {
		for _, d := range data {
			s := toy(d.words)
			ta.Learn(s, d.gold)
			s2 := s.Clone()
			s2.Feats = append(s2.Feats, String(9, "pellam"))
			s2.Off[len(s2.Off)-1]++
			tb.Learn(s2, d.gold)
		}
	}
	for _, d := range data {
		seqs = append(seqs, toy(d.words))
	}
	seqs = append(seqs, toy([]string{"velden", "norland", "tarvik"}))
	return ta.Model(0), tb.Model(0), seqs
}

// TestImageAlone checks that a model read from an image decodes as the
// model it was made of, read in place and decoded from a copy that is not
// aligned.
func TestImageAlone(t *testing.T) {
	a, _, seqs := toyModels(t)
	img, err := testFormat.Image(toyConfig{Name: "toy"}, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	odd := make([]byte, len(img)+1)[1:]
	copy(odd, img)
	for name, im := range map[string][]byte{"in place": img, "copied": odd} {
		var cfg toyConfig
		ia, ib, j, err := testFormat.ReadImage(im, &cfg)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if cfg.Name != "toy" || ib != nil || j != nil || ia.NumFeatures() != a.NumFeatures() {
			t.Errorf("%s: config %+v, second model %v, joint %v, %d features; want %d", name, cfg, ib != nil, j != nil, ia.NumFeatures(), a.NumFeatures())
		}
		for _, s := range seqs {
			want := a.Decode(s, make([]int, s.Len()), nil)
			if got := ia.Decode(s, make([]int, s.Len()), nil); !cmp.Equal(got, want) {
				t.Errorf("%s: got %v, want %v", name, got, want)
			}
		}
		if _, err := ia.WriteTo(&bytes.Buffer{}); err == nil {
			t.Errorf("%s: an image model was written", name)
		}
	}
}

// TestImageCascade checks a cascade's Joint and second model's own
// lookups read from an image against the ones built from the models.
func TestImageCascade(t *testing.T) {
	a, b, seqs := toyModels(t)
	img, err := testFormat.Image(toyConfig{Name: "cascade"}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	var cfg toyConfig
	ia, ib, ij, err := testFormat.ReadImage(img, &cfg)
	if err != nil {
		t.Fatal(err)
	}
	j := NewJoint(a, b)
	extra := &Sequence{}
	extra.Reset()
	extra.Add(String(9, "pellam"))
	extra.EndToken()
	for _, s := range seqs {
		n, nl := s.Len(), a.NumLabels()
		wa, wb := make([]float32, n*nl), make([]float32, n*nl)
		ga, gb := make([]float32, n*nl), make([]float32, n*nl)
		j.Emissions(s, wa, wb)
		ij.Emissions(s, ga, gb)
		b.AddEmissions(extra, wb)
		ib.AddEmissions(extra, gb)
		if !cmp.Equal(ga, wa) || !cmp.Equal(gb, wb) {
			t.Errorf("emissions: got %v %v, want %v %v", ga, gb, wa, wb)
		}
		want := b.Viterbi(wb, n, make([]int, n), nil)
		if got := ib.Viterbi(gb, n, make([]int, n), nil); !cmp.Equal(got, want) {
			t.Errorf("labels: got %v, want %v", got, want)
		}
		if got := ia.Decode(s, make([]int, n), nil); len(got) != n {
			t.Errorf("first-stage Decode gave %d labels, want %d", len(got), n)
		}
		want = a.Viterbi(wa, n, make([]int, n), nil)
		if got := ia.Viterbi(ga, n, make([]int, n), nil); !cmp.Equal(got, want) {
			t.Errorf("first-stage labels: got %v, want %v", got, want)
		}
	}
}

func TestImageErrors(t *testing.T) {
	a, b, _ := toyModels(t)
	good, err := testFormat.Image(toyConfig{Name: "x"}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	set := func(i int, v byte) []byte {
		c := bytes.Clone(good)
		c[i] = v
		return c
	}
	// The joint table ends the image: its slots, then its words.
	j := NewJoint(a, b)
	ns, nd := len(j.slots), len(j.data)
	jointAt := len(good) - (24+8*ns+4*nd+7)/8*8
	used := 0
	for used < ns && j.slots[used] == 0 {
		used++
	}
	slotAt := jointAt + 24 + 8*used
	wordAt := jointAt + 24 + 8*ns + 4*(int(uint32(j.slots[used]))+1)
	other := FileFormat{Package: "toy", Magic: "kg-other-model 1\n", Name: "kg other model"}
	otherImg, err := other.Image(toyConfig{}, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		image []byte
		want  string
	}{
		{"empty", nil, "toy: load image: not an image"},
		{"magic", set(0, 'K'), "toy: load image: not an image"},
		{"version", set(8, 2), "toy: load image: not an image"},
		{"flags", set(12, 3), "toy: load image: not a kg toy model image"},
		{"other format", otherImg, "toy: load image: not a kg toy model image"},
		{"cut", good[:len(good)-8], "toy: load image: bad"},
		{"cut short", good[:40], "toy: load image: "},
		{"slot past the words", set(slotAt+2, 0x7f), "toy: load image: bad joint table"},
		{"label past the labels", set(wordAt, 0xfe), "toy: load image: bad joint table"},
		{"longer", append(bytes.Clone(good), 0, 0, 0, 0, 0, 0, 0, 0), "toy: load image: bad length"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cfg toyConfig
			_, _, _, err := testFormat.ReadImage(tt.image, &cfg)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := testFormat.Image(toyConfig{}, nil, nil); err == nil {
		t.Error("image of no model")
	}
}
