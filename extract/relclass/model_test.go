package relclass

import "testing"

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
