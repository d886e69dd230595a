package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// kg extract reads a JSONL or CSV file one article a record, as kg build
// does, and opens each record's output with its source.
func TestExtractRecords(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	csvFile := write("a.csv", "title,text\nHires,\"Ann Lee joined Acme Corp in Harlow.\"\nTalks,\"Bo Ek met Ann Lee in Korvath.\"\n")
	bare := write("b.csv", "Hires,\"Ann Lee joined Acme Corp in Harlow.\"\n")
	jsonl := write("c.jsonl", `{"id":"x1","text":"Ann Lee joined Acme Corp in Harlow."}`+"\n"+`{"text":""}`+"\n")
	for _, tc := range []struct {
		name       string
		args       []string
		wantHeads  []string
		wantErr    bool
		wantStderr string
	}{
		{name: "csv", args: []string{csvFile}, wantHeads: []string{"# " + csvFile + ":2", "# " + csvFile + ":3"}},
		{name: "csv-header", args: []string{"--csv-header", "title,text", bare}, wantHeads: []string{"# " + bare + ":1"}},
		{name: "csv-read-as-text", args: []string{"--input-format", "text", bare}},
		{name: "jsonl-rejected-record", args: []string{jsonl}, wantHeads: []string{"# " + jsonl + "#x1"}, wantErr: true, wantStderr: "c.jsonl:2: no text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := (extractCmd{}).Run(context.Background(), tc.args, &out, &errb)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v; stderr: %s", err, tc.wantErr, errb.String())
			}
			if !strings.Contains(errb.String(), tc.wantStderr) {
				t.Errorf("stderr %q lacks %q", errb.String(), tc.wantStderr)
			}
			var heads []string
			for _, l := range strings.Split(out.String(), "\n") {
				if strings.HasPrefix(l, "# ") {
					heads = append(heads, l)
				}
			}
			if diff := cmp.Diff(tc.wantHeads, heads); diff != "" {
				t.Errorf("headers (-want +got):\n%s\noutput:\n%s", diff, out.String())
			}
			if !strings.Contains(out.String(), "entity\tPER\tAnn Lee") {
				t.Errorf("output lacks Ann Lee:\n%s", out.String())
			}
		})
	}
	var out, errb bytes.Buffer
	if err := (extractCmd{}).Run(context.Background(), []string{"--input-format", "xml", csvFile}, &out, &errb); err == nil || !strings.Contains(err.Error(), `unknown --input-format "xml"`) {
		t.Errorf("unknown input format: err = %v", err)
	}
}
