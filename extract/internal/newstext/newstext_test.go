package newstext

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	got := Tokenize("The U.S. didn\u2019t say so, J. Smith said.")
	want := []string{"The", "U.S.", "did", "n't", "say", "so", ",", "J.", "Smith", "said", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize = %q, want %q", got, want)
	}
}

func TestReadColumn(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.conll")
	text := "-DOCSTART- -X- O O\n\nAcme NNP B-ORG\nrose VBD O\n#end\nIt PRP O\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadColumn(p)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"Acme", "rose"}, {"It"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadColumn = %q, want %q", got, want)
	}
	if _, err := ReadColumn(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("ReadColumn of a missing file: no error")
	}
}

func TestVocabulary(t *testing.T) {
	vocab, tokens := Vocabulary([][]string{{"b", "a", "c"}, {"a", "b", "d"}, {"a"}}, 2)
	if want := []string{"a", "b"}; !reflect.DeepEqual(vocab, want) || tokens != 7 {
		t.Errorf("Vocabulary = %q, %d; want %q, 7", vocab, tokens, want)
	}
}
