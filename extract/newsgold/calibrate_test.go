package newsgold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadJudged(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, wantErr string
		want                int
	}{
		{"comments and rows", "# a comment\nnews/a.txt\t3\tAnn Lee\tworksFor\tAcme\t1\tstated\n\nnews/a.txt\t4\tBo Ek\thomeLocation\tNorland\t0\n", "", 2},
		{"bad label", "news/a.txt\t3\tAnn Lee\tworksFor\tAcme\tyes\n", "judged.tsv:1: label \"yes\"", 0},
		{"bad sentence", "# c\nnews/a.txt\tthree\tAnn Lee\tworksFor\tAcme\t1\n", "judged.tsv:2: sentence \"three\"", 0},
		{"too few fields", "news/a.txt\t3\tAnn Lee\n", "judged.tsv:1: 3 fields", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "judged.tsv")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := LoadJudged(path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || len(got) != tt.want {
				t.Fatalf("%d rows, %v; want %d", len(got), err, tt.want)
			}
			if j := got[0]; j.Subject != "Ann Lee" || j.Predicate != "worksFor" || !j.Right || j.Note != "stated" || j.Line != 2 || j.Sentence != 3 {
				t.Errorf("first row %+v", j)
			}
		})
	}
}
