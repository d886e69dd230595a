package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalNames(t *testing.T) {
	dir := t.TempDir()
	doc := "# begin document GUM_news_made\n0\tDana\t(person-1-Dana_Arvel\n1\tArvel\tperson-1-Dana_Arvel)\n2\tvisited\t_\n3\tLima\t(place-2-Lima)\n4\t.\t_\n# end document\n"
	if err := os.WriteFile(filepath.Join(dir, "GUM_news_made.conll"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantOut    string
		wantStderr string
	}{
		{"scores", []string{"eval", "names", dir}, 0, "1 documents, 2 gold named mentions", ""},
		{"no files", []string{"eval", "names", t.TempDir()}, 1, "", "no *.conll files in"},
		{"no directory", []string{"eval", "names"}, 2, "", "want one directory"},
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
