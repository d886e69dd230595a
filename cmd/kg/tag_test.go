package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTagCoNLL(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nJohn NNP B-NP B-PER\nSmith NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP B-LOC\n. . O O\n\n" +
		"Smith NNP B-NP B-PER\nleft VBD B-VP O\n"
	var out, errb bytes.Buffer
	err := tagCmd{stdin: strings.NewReader(in)}.Run(context.Background(), []string{"-"}, &out, &errb)
	if err != nil {
		t.Fatalf("tag: %v (%s)", err, errb.String())
	}
	want := "-DOCSTART- -X- -X- O O\n\nJohn NNP B-NP B-PER B-PER\nSmith NNP I-NP I-PER I-PER\nvisited VBD B-VP O O\nParis NNP B-NP B-LOC B-LOC\n. . O O O\n\n" +
		"Smith NNP B-NP B-PER B-PER\nleft VBD B-VP O O\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// The output is what 'kg eval ner' reads.
	var rep bytes.Buffer
	if err := (evalCmd{stdin: &out}).Run(context.Background(), []string{"ner", "-"}, &rep, &errb); err != nil {
		t.Fatalf("eval: %v", err)
	}
	if !strings.Contains(rep.String(), "FB1: 100.00") {
		t.Errorf("eval report:\n%s", rep.String())
	}
}

func TestTagTokensOnly(t *testing.T) {
	in := "Mary\nJones\nspoke\n\nin\nLondon\n"
	var out, errb bytes.Buffer
	if err := (tagCmd{stdin: strings.NewReader(in)}).Run(context.Background(), nil, &out, &errb); err != nil {
		t.Fatal(err)
	}
	want := "Mary B-PER\nJones I-PER\nspoke O\n\nin O\nLondon B-LOC\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTagUsage(t *testing.T) {
	tests := []struct {
		name string
		cmd  runner
		args []string
	}{
		{"tag two files", tagCmd{}, []string{"a", "b"}},
		{"tag bad flag", tagCmd{}, []string{"--nope"}},
		{"eval no kind", evalCmd{}, nil},
		{"eval two files", evalCmd{}, []string{"ner", "a", "b"}},
		{"train no kind", trainCmd{}, nil},
		{"train missing dev", trainCmd{}, []string{"ner", "--train", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := tt.cmd.Run(context.Background(), tt.args, &out, &errb)
			if _, ok := err.(usageError); !ok {
				t.Errorf("got %v, want a usage error", err)
			}
		})
	}
}

func TestTagMissingModel(t *testing.T) {
	var out, errb bytes.Buffer
	err := tagCmd{stdin: strings.NewReader("a\n")}.Run(context.Background(), []string{"--model", "/nonexistent/model"}, &out, &errb)
	if err == nil {
		t.Fatal("missing model file accepted")
	}
}
