package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/internal/golden"
)

// TestImage checks that the embedded image is the one of ner.model; go
// test -update rewrites it after the model is retrained.
func TestImage(t *testing.T) {
	m, err := LoadFile("ner.model")
	if err != nil {
		t.Fatal(err)
	}
	got, err := m.image()
	if err != nil {
		t.Fatal(err)
	}
	if golden.Update() {
		if err := os.WriteFile("ner.image", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, image) {
		t.Fatalf("ner.image (%d bytes) is not the image of ner.model (%d bytes): run go generate ./extract/ner", len(image), len(got))
	}
}

// TestImageTags checks that the model read from the image tags as the
// one decoded from the model file.
func TestImageTags(t *testing.T) {
	docs := [][][]string{
		{strings.Fields("Ann Lee of Acme Corp met Bo Ek in Harlow on Monday ."), strings.Fields("LEE SAID NORLAND WOULD WIN")},
		{strings.Fields("The Vell Power chief left Ostmark for Pellam , Acme said .")},
	}
	compareImage(t, docs)
}

// TestImageTagsDev is TestImageTags on the CoNLL-2003 dev documents.
func TestImageTagsDev(t *testing.T) {
	if testing.Short() {
		t.Skip("tags the dev set twice; runs without -short")
	}
	var docs [][][]string
	for _, d := range readDocs(t, filepath.Join(dataDir(t), "valid.txt")) {
		docs = append(docs, d.Words())
	}
	compareImage(t, docs)
}

func compareImage(t *testing.T, docs [][][]string) {
	t.Helper()
	file, err := LoadFile("ner.model")
	if err != nil {
		t.Fatal(err)
	}
	img, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if img.Info() != file.Info() {
		t.Errorf("Info: image %q, file %q", img.Info(), file.Info())
	}
	for i, d := range docs {
		if diff := cmp.Diff(file.TagDocument(d), img.TagDocument(d)); diff != "" {
			t.Fatalf("document %d (-file +image):\n%s", i, diff)
		}
	}
}

func TestImageWrite(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.WriteTo(&bytes.Buffer{}); err == nil || !strings.HasPrefix(err.Error(), "ner: ") {
		t.Errorf("WriteTo of the image model: got %v, want a ner error", err)
	}
}

func TestImageBad(t *testing.T) {
	m, err := LoadFile("ner.model")
	if err != nil {
		t.Fatal(err)
	}
	good, err := m.image()
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0xff
		return b
	}
	tests := []struct {
		name  string
		image []byte
		want  string
	}{
		{"empty", nil, "not an image"},
		{"model file", []byte("\x1f\x8b\x08\x00"), "not an image"},
		{"other version", flip(8), "not an image"},
		{"other format", flip(20), "not a kg NER model image"},
		{"cut", good[:len(good)-8], "bad"},
		{"longer", append(bytes.Clone(good), make([]byte, 8)...), "bad length"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadImage(tt.image)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "ner: load image: ") {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}
