package shareddata

import (
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
)

// RepoRoot returns the directory holding go.mod, walking up from the
// working directory.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Path returns ../shared/data/<name> from the repository root, and skips
// the test when it is absent.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	return Shared(tb, filepath.Join("data", name))
}

// Shared returns ../shared/<rel> from the repository root (the seed article
// is under "seed/"), and skips the test when it is absent.
func Shared(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(RepoRoot(tb), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not found (the shared corpora live beside the repository): %v", filepath.Join("../shared", rel), err)
	}
	return p
}

var (
	bbcOnce sync.Once
	bbcDocs []string
	bbcErr  error
)

// BBC returns the texts of the BBC News corpus
// (../shared/data/news-bbc/bbc/*/*.txt), read once, sorted by path; it
// skips the test when the corpus is absent.
func BBC(tb testing.TB) []string {
	tb.Helper()
	dir := filepath.Join(Path(tb, "news-bbc"), "bbc")
	bbcOnce.Do(func() {
		var files []string
		files, bbcErr = filepath.Glob(filepath.Join(dir, "*", "*.txt"))
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				bbcErr = err
				return
			}
			bbcDocs = append(bbcDocs, string(data))
		}
	})
	if bbcErr != nil {
		tb.Fatal(bbcErr)
	}
	if len(bbcDocs) == 0 {
		tb.Skip("no BBC documents found")
	}
	return bbcDocs
}
