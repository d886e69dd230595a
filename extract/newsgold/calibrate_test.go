package newsgold

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kg-project/kg/extract/relate"
)

func TestFitClassifierScale(t *testing.T) {
	// Scores that are overconfident: right one time in four below 0.8,
	// always right above it. A refit spreads them; the left-out Brier
	// score beats the raw one.
	var rows []Scored
	arts := []string{"a", "b", "c", "d"}
	for i := 0; i < 40; i++ {
		s := 0.6 + 0.35*float64(i%8)/7
		right := s > 0.8 || i%4 == 0
		rows = append(rows, Scored{Article: arts[i/10], Score: s, Right: right})
	}
	f := FitClassifierScale(rows, relate.Scale{A: 1})
	if f.N != 40 || f.Right == 0 {
		t.Fatalf("counts %d, %d", f.N, f.Right)
	}
	if f.Fit.A <= 1 {
		t.Errorf("refit A = %v, want a steeper scale (> 1)", f.Fit.A)
	}
	if !(f.LeftOut < f.Raw) {
		t.Errorf("left-out Brier %v not below raw %v", f.LeftOut, f.Raw)
	}
	if math.Abs(f.Raw-f.Scored) > 1e-9 {
		t.Errorf("on the identity scale raw %v and scored %v differ", f.Raw, f.Scored)
	}
	if got := FitClassifierScale(rows[:1], relate.Scale{A: 1}); got.Fit != (relate.Scale{}) {
		t.Errorf("one relation: fit %+v, want none", got.Fit)
	}
}

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
