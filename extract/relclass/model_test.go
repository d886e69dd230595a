package relclass

import (
	"bytes"
	"testing"
)

// TestClassifierOnlyModel checks that the classifier-only model keeps no
// entity tagger and tags no entities of its own.
func TestClassifierOnlyModel(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes the whole model file; runs without -short")
	}
	cls, err := DefaultClassifier()
	if err != nil {
		t.Fatal(err)
	}
	if len(cls.ents) != 0 || len(cls.types) != 0 || cls.crf != nil {
		t.Errorf("classifier-only model keeps %d entity taggers, %d span typers, crf %v", len(cls.ents), len(cls.types), cls.crf != nil)
	}
	if got := cls.Predict([]Example{{Tokens: []string{"Jane", "Roe", "lives", "in", "Leeds", "."}}}, nil); len(got[0].Entities) != 0 {
		t.Errorf("classifier-only model tagged entities %v", got[0].Entities)
	}
}

// TestModelVersions checks that a file of the version before (the
// classifier third) loads, whole or as the classifier alone, into the
// same model as this version's file (the classifier first).
func TestModelVersions(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes the whole model file three times; runs without -short")
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var v5, want bytes.Buffer
	if _, err := m.write(&v5, modelMagic5, partOrder5); err != nil {
		t.Fatal(err)
	}
	if _, err := m.WriteTo(&want); err != nil {
		t.Fatal(err)
	}
	whole, err := Load(bytes.NewReader(v5.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := whole.WriteTo(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Error("a version 5 file loads into another model than this version's file")
	}
	for name, b := range map[string][]byte{"version 5": v5.Bytes(), "version 6": want.Bytes()} {
		cls, err := load(bytes.NewReader(b), true)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(cls.rels) != len(m.rels) || len(cls.ents) != 0 {
			t.Fatalf("%s: classifier alone has %d members and %d entity taggers; want %d and 0", name, len(cls.rels), len(cls.ents), len(m.rels))
		}
		for i := range cls.rels {
			var a, b bytes.Buffer
			cls.rels[i].WriteTo(&a)
			m.rels[i].WriteTo(&b)
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s: classifier member %d differs from the whole model's", name, i)
			}
		}
	}
}
