package seqlab

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var testFormat = FileFormat{Package: "toy", Magic: "kg-toy-model 1\n", Name: "kg toy model"}

type toyConfig struct {
	Name  string `json:"name"`
	Iters []int  `json:"iters"`
}

// writeToy writes a file with a config, a count and that many models.
func writeToy(t *testing.T, cfg toyConfig, ms ...*Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := testFormat.NewWriter(&buf)
	w.Config(cfg)
	w.Uvarint(uint64(len(ms)))
	for _, m := range ms {
		w.Model(m)
	}
	n, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("Close says %d bytes, wrote %d", n, buf.Len())
	}
	return buf.Bytes()
}

func TestFileRoundTrip(t *testing.T) {
	a := Empty([]string{"O", "X"})
	tr := NewTrainer([]string{"O", "X", "Y"}, func(p, y int) bool { return true })
	tr.Learn(toy([]string{"a", "b"}), []int{1, 2})
	b := tr.Model(0)
	cfg := toyConfig{Name: "toy", Iters: []int{3, 4}}
	data := writeToy(t, cfg, a, b)
	if again := writeToy(t, cfg, a, b); !bytes.Equal(data, again) {
		t.Error("two writes of the same models differ")
	}

	r, err := testFormat.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var got toyConfig
	if err := r.Config(&got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(cfg, got); diff != "" {
		t.Errorf("config (-want +got):\n%s", diff)
	}
	n, err := r.Uvarint("count")
	if err != nil || n != 2 {
		t.Fatalf("count = %d, %v; want 2", n, err)
	}
	for _, want := range []*Model{a, b} {
		m, err := r.Model("model")
		if err != nil {
			t.Fatal(err)
		}
		var w1, w2 bytes.Buffer
		want.WriteTo(&w1)
		m.WriteTo(&w2)
		if !bytes.Equal(w1.Bytes(), w2.Bytes()) {
			t.Errorf("model %v read back differs", want.Labels())
		}
	}
	if _, err := r.Model("extra"); err == nil {
		t.Error("read a model past the end")
	}
}

func TestFileErrors(t *testing.T) {
	good := writeToy(t, toyConfig{Name: "x"}, Empty([]string{"O"}))
	gz := func(s string) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(s))
		zw.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not gzip", []byte("kg-toy-model 1\n"), "toy: load model: gzip: invalid header"},
		{"other magic", gz("kg-other-model 1\n"), "toy: load model: not a kg toy model"},
		{"short", gz("kg-toy"), "toy: load model: not a kg toy model"},
		{"no config", gz("kg-toy-model 1\n"), "toy: load model: bad header"},
		{"huge config", gz("kg-toy-model 1\n\xff\xff\xff\x01"), "toy: load model: bad header"},
		{"cut config", gz("kg-toy-model 1\n\x05{}"), "toy: load model: unexpected EOF"},
		{"bad config", gz("kg-toy-model 1\n\x02[]"), "toy: load model: config: json: cannot unmarshal array into Go value of type seqlab.toyConfig"},
		{"no count", gz("kg-toy-model 1\n\x02{}"), "toy: load model: count: EOF"},
		{"no model", gz("kg-toy-model 1\n\x02{}\x01"), "toy: load model: model: seqlab: not a model (bad header)"},
		{"truncated", good[:len(good)/2], "toy: load model: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := func() error {
				r, err := testFormat.NewReader(bytes.NewReader(tt.data))
				if err != nil {
					return err
				}
				defer r.Close()
				var cfg toyConfig
				if err := r.Config(&cfg); err != nil {
					return err
				}
				if _, err := r.Uvarint("count"); err != nil {
					return err
				}
				_, err = r.Model("model")
				return err
			}()
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("error %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLoadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "toy.model")
	if err := os.WriteFile(path, writeToy(t, toyConfig{Name: "x"}), 0o644); err != nil {
		t.Fatal(err)
	}
	load := func(r io.Reader) (toyConfig, error) {
		var cfg toyConfig
		fr, err := testFormat.NewReader(r)
		if err != nil {
			return cfg, err
		}
		defer fr.Close()
		return cfg, fr.Config(&cfg)
	}
	cfg, err := LoadFile(testFormat, path, load)
	if err != nil || cfg.Name != "x" {
		t.Errorf("LoadFile = %+v, %v; want name x", cfg, err)
	}
	missing := path + ".missing"
	_, err = LoadFile(testFormat, missing, load)
	want := `toy: load model "` + missing + `": open `
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("missing file: error %v, want it to start %q", err, want)
	}
}
