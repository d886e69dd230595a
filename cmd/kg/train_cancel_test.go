package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// madeUpSpERT is a made-up corpus in SpERT JSON.
const madeUpSpERT = `[{"tokens":["Ann","Lee","works","for","Acme","."],"entities":[{"type":"Peop","start":0,"end":2},{"type":"Org","start":4,"end":5}],"relations":[{"type":"Work_For","head":0,"tail":1}]},
{"tokens":["Bo","Ek","lives","in","Tarvik","."],"entities":[{"type":"Peop","start":0,"end":2},{"type":"Loc","start":4,"end":5}],"relations":[{"type":"Live_In","head":0,"tail":1}]},
{"tokens":["Acme","is","based","in","Norland","."],"entities":[{"type":"Org","start":0,"end":1},{"type":"Loc","start":4,"end":5}],"relations":[{"type":"OrgBased_In","head":0,"tail":1}]},
{"tokens":["Cy","Ho","visited","Harlow","."],"entities":[{"type":"Peop","start":0,"end":2},{"type":"Loc","start":3,"end":4}],"relations":[]}]`

// TestTrainInterrupted checks that a training whose context is done (as
// after Ctrl-C) fails, says so, and writes no model file, not even a
// temporary one.
func TestTrainInterrupted(t *testing.T) {
	tests := []struct {
		name string
		data string
		args []string
	}{
		{"ner", tinyCoNLL, []string{"ner", "--train", "DATA", "--dev", "DATA", "--max-iter", "2", "--folds", "2"}},
		{"pos", tinyCoNLL, []string{"pos", "--train", "DATA", "--dev", "DATA", "--max-iter", "2"}},
		{"relations", madeUpSpERT, []string{"relations", "--train", "DATA", "--dev", "DATA", "--max-iter", "2", "--members", "1"}},
		{"relations with folds", madeUpSpERT, []string{"relations", "--train", "DATA", "--folds", "2", "--max-iter", "2", "--members", "1", "--cv-predictions", "DIR/cv.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			data := filepath.Join(dir, "data")
			if err := os.WriteFile(data, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var args []string
			for _, a := range tt.args {
				a = strings.ReplaceAll(a, "DIR", dir)
				if a == "DATA" {
					a = data
				}
				args = append(args, a)
			}
			args = append(args, "-o", filepath.Join(dir, "out.model"), "-q")
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var out, errb bytes.Buffer
			err := (trainCmd{}).Run(ctx, args, &out, &errb)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("error %v, want one wrapping context.Canceled\n%s", err, errb.String())
			}
			if !strings.Contains(err.Error(), "interrupted") || !strings.Contains(err.Error(), "not written") {
				t.Errorf("error %q, want it to say interrupted and not written", err)
			}
			if code := exitCode(err, &errb); code == 0 {
				t.Error("exit status 0")
			}
			names, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range names {
				if n.Name() != "data" {
					t.Errorf("left %s behind", n.Name())
				}
			}
		})
	}
}

// TestWriteModelAtomic checks that a model whose writing fails leaves
// the file that was there as it was.
func TestWriteModelAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.model")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := writeModel(path, failingModel{}); err == nil {
		t.Fatal("no error from a failing model")
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "old" {
		t.Errorf("file now %q (%v), want it as it was", got, err)
	}
	names, _ := os.ReadDir(dir)
	if len(names) != 1 {
		t.Errorf("%d files left, want 1", len(names))
	}
}

// failingModel writes half of itself and fails.
type failingModel struct{}

func (failingModel) WriteTo(w io.Writer) (int64, error) {
	n, _ := w.Write([]byte("half"))
	return int64(n), errors.New("disk full")
}
