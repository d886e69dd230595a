package relate

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/internal/testkit"
	"github.com/kg-project/kg/internal/golden"
	"github.com/kg-project/kg/internal/txtar"
)

// The golden tests run on short articles we wrote, in testdata/*.txtar:
// an "article" file whose entity mentions are marked in testkit's markup
// ("[[Jane Doe|PER]]", types PER ORG LOC MISC), and the "relations" and
// "titles" expected, one a line. Marking the mentions by hand keeps these
// tests about relation extraction, whatever the entity recognizer does;
// they still run the tokenizer, the sentence splitter, resolution and our
// models. 'go test -update' rewrites the expected files.

// buildResult makes the Result the stages before relation extraction
// would, from marked text.
func buildResult(tb testing.TB, marked string) *extract.Result {
	tb.Helper()
	return testkit.Build(tb, marked, time.Time{})
}

func TestGolden(t *testing.T) {
	r := New(nil)
	golden.Archives(t, "testdata", func(t *testing.T, a txtar.Archive) []txtar.File {
		article, ok := a.Get("article")
		if !ok {
			t.Fatal("no article file")
		}
		res := buildResult(t, article)
		if err := r.Process(res); err != nil {
			t.Fatal(err)
		}
		return []txtar.File{
			{Name: "relations", Data: lines(formatRelations(res))},
			{Name: "titles", Data: lines(sortedCopy(formatTitles(res)))},
		}
	})
}

func lines(ls []string) string {
	if len(ls) == 0 {
		return ""
	}
	return strings.Join(ls, "\n") + "\n"
}

func sortedCopy(ls []string) []string {
	out := append([]string(nil), ls...)
	sort.Strings(out)
	return out
}
