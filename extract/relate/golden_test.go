package relate

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
	"github.com/kg-project/kg/internal/txtar"
)

// The golden tests run on short articles we wrote, in testdata/*.txtar:
// an "article" file whose entity mentions are marked "[PER Jane Doe]"
// (types PER ORG LOC MISC), and the "relations" and "titles" expected,
// one a line. Marking the mentions by hand keeps these tests about
// relation extraction, whatever the entity recognizer does; they still
// run the tokenizer, the sentence splitter, resolution and our models.
// 'go test -update' rewrites the expected files.

var markRE = regexp.MustCompile(`\[(PER|ORG|LOC|MISC) ([^\]]+)\]`)

// markup removes the marks from s and returns the text and the mentions.
func markup(s string) (string, []extract.Mention) {
	var b strings.Builder
	var ms []extract.Mention
	last := 0
	for _, m := range markRE.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		start := b.Len()
		b.WriteString(s[m[4]:m[5]])
		ms = append(ms, extract.Mention{Start: start, End: b.Len(), Text: s[m[4]:m[5]], Type: s[m[2]:m[3]], Entity: -1})
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), ms
}

// buildResult makes the Result the stages before relation extraction
// would, from marked text.
func buildResult(t testing.TB, marked string) *extract.Result {
	t.Helper()
	text, ms := markup(marked)
	res := &extract.Result{Doc: extract.Document{Text: text}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	for _, m := range ms {
		m.Sentence = -1
		for i, s := range res.Sentences {
			if m.Start >= s.Start && m.End <= s.End {
				m.Sentence = i
			}
		}
		if m.Sentence < 0 {
			t.Fatalf("mention %q crosses a sentence boundary", m.Text)
		}
		res.Mentions = append(res.Mentions, m)
	}
	if err := resolve.New(nil).Resolve(res); err != nil {
		t.Fatal(err)
	}
	return res
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	r := New(nil)
	for _, path := range files {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := txtar.Parse(string(data))
			article, ok := a.Get("article")
			if !ok {
				t.Fatal("no article file")
			}
			res := buildResult(t, article)
			if err := r.Process(res); err != nil {
				t.Fatal(err)
			}
			got := map[string]string{
				"relations": lines(formatRelations(res)),
				"titles":    lines(sortedCopy(formatTitles(res))),
			}
			if *update {
				for _, name := range []string{"relations", "titles"} {
					a.Set(name, got[name])
				}
				if err := os.WriteFile(path, []byte(a.Format()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"relations", "titles"} {
				want, _ := a.Get(name)
				if diff := cmp.Diff(want, got[name]); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			}
		})
	}
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
