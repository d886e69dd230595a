package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kg-project/kg/internal/shareddata"
)

func TestEvalLinks(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "g.benchmark.jsonl")
	ds := filepath.Join(dir, "d.nt")
	if err := os.WriteFile(gold, []byte(`{"id": 0, "text": "Dana Arvel met Boris Brannock in Lima on Monday.", "labels": [{"span": [0, 10], "entity_id": "Q900001", "name": "Dana Arvel"}, {"span": [33, 37], "entity_id": "Q900003", "name": "Lima"}]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ds, []byte(`<http://www.wikidata.org/entity/Q900001> <http://www.w3.org/2000/01/rdf-schema#label> "Dana Arvel"@en .`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantOut    string
		wantStderr string
	}{
		{"scores", []string{"eval", "links", "--gold", gold, "--dataset", ds}, 0, "2 gold mentions: 0 of nothing in Wikidata, 1 of items the datasets lack, 1 scored", ""},
		{"no dataset", []string{"eval", "links", "--gold", gold}, 2, "", "--gold and --dataset are required"},
		{"missing dataset", []string{"eval", "links", "--gold", gold, "--dataset", filepath.Join(dir, "none.nt")}, 1, "", "none.nt: no such file"},
		{"bad gold", []string{"eval", "links", "--gold", ds, "--dataset", ds}, 1, "", "d.nt:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCmd(t, "", tt.args...)
			if code != tt.wantCode || !strings.Contains(out, tt.wantOut) || !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("kg %s: exit %d (want %d), stdout %q (want %q), stderr %q (want %q)", strings.Join(tt.args, " "), code, tt.wantCode, out, tt.wantOut, stderr, tt.wantStderr)
			}
		})
	}
}

// TestEvalLinksFloors holds the MSNBC figures a little below today's
// (docs/QUALITY.md).
func TestEvalLinksFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("builds, imports and links a store (about 15 s)")
	}
	gold := filepath.Join(shareddata.Path(t, "entity-linking"), "msnbc-updated.benchmark.jsonl")
	ds := filepath.Join(shareddata.Path(t, "wikidata-labels-rdf"), "*.nt")
	out, stderr, code := runCmd(t, "", "eval", "links", "--gold", gold, "--dataset", ds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []struct {
		row   string
		floor float64
	}{{"accuracy", 0.80}, {"precision of links", 0.92}} {
		m := regexp.MustCompile(f.row + ` +([0-9.]+)`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("no %s in:\n%s", f.row, out)
		}
		if v, _ := strconv.ParseFloat(m[1], 64); v < f.floor {
			t.Errorf("%s %.3f, below the floor %.2f", f.row, v, f.floor)
		}
	}
}

func TestExpandDatasets(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.nt", "a.nt", "c.nq"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		in      []string
		want    []string
		wantErr string
	}{
		{"a file", []string{filepath.Join(dir, "c.nq")}, []string{filepath.Join(dir, "c.nq")}, ""},
		{"a glob, sorted", []string{filepath.Join(dir, "*.nt")}, []string{filepath.Join(dir, "a.nt"), filepath.Join(dir, "b.nt")}, ""},
		{"a missing file is left to its reader", []string{filepath.Join(dir, "none.nt")}, []string{filepath.Join(dir, "none.nt")}, ""},
		{"a glob matching nothing", []string{filepath.Join(dir, "*.ttl")}, nil, "no file matches"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := expandDatasets(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
