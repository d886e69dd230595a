package newsgold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/claim"
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

func TestLoadJudgedClaims(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, wantErr string
		want                int
	}{
		{"comments and rows", "# a comment\nnews/a.txt\tAnn Lee\tsaid\tthe port will open\tasserted\tsubject-verb\t1\tstated\n\nnews/a.txt\t-\tseems\tit is late\tasserted\tseeming\t0\n", "", 2},
		{"bad label", "news/a.txt\tAnn Lee\tsaid\tthe port will open\tasserted\tsubject-verb\tyes\n", "claims.tsv:1: label \"yes\"", 0},
		{"too few fields", "news/a.txt\tAnn Lee\tsaid\n", "claims.tsv:1: 3 fields", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, "claims.tsv")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := LoadJudgedClaims(path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || len(got) != tt.want {
				t.Fatalf("%d rows, %v; want %d", len(got), err, tt.want)
			}
			if j := got[0]; j.Speaker != "Ann Lee" || j.Construction != "subject-verb" || !j.Right || j.Note != "stated" || j.Line != 2 {
				t.Errorf("first row %+v", j)
			}
			if rows := ClaimRows(got); len(rows) != len(got) || rows[1].Features[3] != 1 {
				t.Errorf("rows %+v: want the second without a speaker", rows)
			}
		})
	}
}

// The news model of claims, refitted on the claims of the hand-judged
// rounds by cross-validation over articles, keeps its Brier score, and
// the shipped model stays near the refitted one.
func TestClaimsCrossValidation(t *testing.T) {
	judged, err := LoadJudgedClaims(filepath.Join("testdata", "claims-judged.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	f := FitModel(ClaimRows(judged), 10, ClaimSpec(claim.DefaultNewsModel()))
	best := 1.0
	for _, b := range f.LeftOut {
		best = min(best, b)
	}
	if best > 0.13 {
		t.Errorf("cross-validated Brier %.3f, above its ceiling 0.13 (docs/QUALITY.md)", best)
	}
	if f.Shipped > best+0.01 || f.Shipped >= f.Raw {
		t.Errorf("shipped model's Brier %.3f: want within 0.01 of the cross-validated %.3f and under the PolNeAR precision's %.3f", f.Shipped, best, f.Raw)
	}
}
