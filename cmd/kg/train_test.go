package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tinyCoNLL is a made-up corpus: enough to exercise training end to end.
const tinyCoNLL = `-DOCSTART- -X- -X- O

Anna NNP B-NP B-PER
Berg NNP I-NP I-PER
lives VBZ B-VP O
in IN B-PP O
Tarvik NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O

Carl NNP B-NP B-PER
works VBZ B-VP O
for IN B-PP O
Nordbank NNP B-NP B-ORG
in IN B-PP O
Pellam NNP B-NP B-LOC
. . O O
`

func TestTrainNER(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "tiny.txt")
	if err := os.WriteFile(data, []byte(tinyCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "tiny.model")
	var out, errb bytes.Buffer
	args := []string{"ner", "--train", data, "--dev", data, "-o", model, "--max-iter", "3", "--folds", "2", "-q"}
	if err := (trainCmd{}).Run(context.Background(), args, &out, &errb); err != nil {
		t.Fatalf("train: %v\n%s", err, errb.String())
	}
	// Training twice with the same seed gives the same bytes.
	model2 := filepath.Join(dir, "tiny2.model")
	args[6] = model2
	if err := (trainCmd{}).Run(context.Background(), args, &out, &errb); err != nil {
		t.Fatal(err)
	}
	a, _ := os.ReadFile(model)
	b, _ := os.ReadFile(model2)
	if !bytes.Equal(a, b) {
		t.Error("training is not deterministic")
	}
	var tagged bytes.Buffer
	if err := (tagCmd{stdin: strings.NewReader("Anna\nBerg\nlives\nin\nTarvik\n")}).Run(context.Background(), []string{"--model", model}, &tagged, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tagged.String(), "Tarvik B-LOC") {
		t.Errorf("tiny model output:\n%s", tagged.String())
	}
}

// TestReadGUMGenres checks that --gum-genres keeps the documents of the
// files of the genres named, and that a genre with no file is an error.
func TestReadGUMGenres(t *testing.T) {
	dir := t.TempDir()
	doc := func(name string) string {
		return "# begin document " + name + "\n0\tAnn\t(person-1\n1\tLee\tperson-1)\n2\tleft\t_\n3\t.\t_\n# end document\n"
	}
	for _, name := range []string{"GUM_news_norland", "GUM_fiction_harlow", "GUM_bio_pellam"} {
		if err := os.WriteFile(filepath.Join(dir, name+".conll"), []byte(doc(name)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		genres []string
		want   int
	}{
		{"all", nil, 3},
		{"one genre", []string{"news"}, 1},
		{"two genres", []string{"bio", "news"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readGUMGenres(dir, tt.genres)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != tt.want {
				t.Errorf("readGUMGenres(%q) gave %d documents, want %d", tt.genres, len(docs), tt.want)
			}
		})
	}
	if _, err := readGUMGenres(dir, []string{"vlog"}); err == nil {
		t.Error("readGUMGenres with a genre of no file gave no error")
	}
}
