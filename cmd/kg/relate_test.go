package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract/relclass"
)

// relateInput is two sentences we wrote, with gold annotations in the
// CoNLL04 JSON format.
const relateInput = `[
{"tokens":["Maria","Lopez",",","a","lawyer","for","the","Harbor","Workers","Union",",","lives","in","Denver","."],
 "entities":[{"type":"Peop","start":0,"end":2},{"type":"Org","start":7,"end":10},{"type":"Loc","start":13,"end":14}],
 "relations":[{"type":"Work_For","head":0,"tail":1},{"type":"Live_In","head":0,"tail":2}],"orig_id":1},
{"tokens":["It","rained","."],"entities":[],"relations":[],"orig_id":2}
]`

func TestRelateAndEval(t *testing.T) {
	ctx := context.Background()
	var out, errb bytes.Buffer
	if err := (relateCmd{stdin: strings.NewReader(relateInput)}).Run(ctx, []string{"--gold-entities"}, &out, &errb); err != nil {
		t.Fatalf("relate: %v (%s)", err, errb.String())
	}
	pred, err := relclass.ReadJSON(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatalf("relate output is not SpERT JSON: %v\n%s", err, out.String())
	}
	if len(pred) != 2 || len(pred[0].Entities) != 3 || string(pred[0].OrigID) != "1" {
		t.Fatalf("relate kept the wrong sentences or entities:\n%s", out.String())
	}
	// The model's quality is measured on dev, not here: only check that
	// what it found is well formed and that it found something.
	if len(pred[0].Relations) == 0 {
		t.Errorf("no relations found in %q", relateInput)
	}
	for _, r := range pred[0].Relations {
		if r.Head < 0 || r.Head >= 3 || r.Tail < 0 || r.Tail >= 3 || r.Head == r.Tail {
			t.Errorf("bad relation %+v", r)
		}
	}
	if diff := cmp.Diff([]relclass.SpanRelation{}, pred[1].Relations); diff != "" {
		t.Errorf("relations of a sentence without entities (-want +got):\n%s", diff)
	}

	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.json")
	if err := os.WriteFile(gold, []byte(relateInput), 0o644); err != nil {
		t.Fatal(err)
	}
	var rep bytes.Buffer
	if err := (evalRelationsCmd{stdin: &out}).Run(ctx, []string{"--gold", gold, "-"}, &rep, &errb); err != nil {
		t.Fatalf("eval relations: %v", err)
	}
	for _, s := range []string{"2 sentences", "entities", "relations", "overall"} {
		if !strings.Contains(rep.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, rep.String())
		}
	}
	// Through the 'kg eval' dispatcher too.
	rep.Reset()
	if err := (evalCmd{stdin: strings.NewReader(relateInput)}).Run(ctx, []string{"relations", "--gold", gold}, &rep, &errb); err != nil {
		t.Fatalf("eval relations: %v", err)
	}
	if !strings.Contains(rep.String(), "1.0000    1.0000    1.0000") {
		t.Errorf("gold against itself is not perfect:\n%s", rep.String())
	}
}

func TestRelateUsage(t *testing.T) {
	tests := []struct {
		name string
		cmd  runner
		args []string
	}{
		{"relate two files", relateCmd{}, []string{"a", "b"}},
		{"relate bad format", relateCmd{}, []string{"--format", "xml"}},
		{"eval relations no gold", evalCmd{}, []string{"relations", "x.json"}},
		{"eval relations two files", evalCmd{}, []string{"relations", "--gold", "g", "a", "b"}},
		{"train relations missing dev", trainCmd{}, []string{"relations", "--train", "x"}},
		{"train relations one fold", trainCmd{}, []string{"relations", "--train", "x", "--folds", "1"}},
		{"train pos missing dev", trainCmd{}, []string{"pos", "--train", "x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := tc.cmd.Run(context.Background(), tc.args, &out, &errb)
			var u usageError
			if !errors.As(err, &u) {
				t.Errorf("got %v, want a usage error", err)
			}
		})
	}
}

func TestEvalRelationsMismatch(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.json")
	if err := os.WriteFile(gold, []byte(relateInput), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	err := (evalRelationsCmd{stdin: strings.NewReader(`[{"tokens":["x"]}]`)}).Run(context.Background(), []string{"--gold", gold}, &out, &errb)
	if err == nil || !strings.Contains(err.Error(), "2 gold sentences, 1 predicted") {
		t.Errorf("got %v, want a sentence count mismatch", err)
	}
}
