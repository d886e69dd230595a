package testkit

import (
	"strings"
	"testing"
	"time"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/annotate"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/sentence"
	"github.com/kg-project/kg/extract/tokenize"
)

// Markup reads a text whose entity mentions are marked as [[name|TYPE]]
// or [[name|TYPE/Class]] ("[[Korvath|LOC]] police said") and returns the plain text and the
// mentions, with Entity -1 and Sentence 0.
func Markup(marked string) (string, []extract.Mention) {
	var b strings.Builder
	var ms []extract.Mention
	for {
		i := strings.Index(marked, "[[")
		if i < 0 {
			b.WriteString(marked)
			break
		}
		j := strings.Index(marked[i:], "]]")
		if j < 0 {
			b.WriteString(marked)
			break
		}
		b.WriteString(marked[:i])
		inner := marked[i+2 : i+j]
		name, typ, ok := strings.Cut(inner, "|")
		if !ok {
			typ = extract.Miscellaneous
		}
		typ, class, _ := strings.Cut(typ, "/") // "[[Harlow Nights|MISC/CreativeWork]]"
		start := b.Len()
		b.WriteString(name)
		if strings.TrimSpace(name) == name && name != "" {
			ms = append(ms, extract.Mention{Start: start, End: b.Len(), Text: name, Type: typ, Class: class, Entity: -1})
		}
		marked = marked[i+j+2:]
	}
	return b.String(), ms
}

// Build turns marked text into a Result as the pipeline makes it: tokens,
// sentences and their annotation, the marked mentions resolved into
// entities by package resolve's default rules, and the publication date.
func Build(tb testing.TB, marked string, date time.Time) *extract.Result {
	tb.Helper()
	text, ms := Markup(marked)
	res := &extract.Result{Doc: extract.Document{Text: text, Date: date}}
	res.Sentences = sentence.Split(text, tokenize.Tokenize(text))
	a, err := annotate.Default()
	if err != nil {
		tb.Fatal(err)
	}
	a.Annotate(res)
	for _, m := range ms {
		for k, s := range res.Sentences {
			if s.Start <= m.Start && m.Start < s.End {
				m.Sentence = k
			}
		}
		res.Mentions = append(res.Mentions, m)
	}
	if err := resolve.New(nil).Resolve(res); err != nil {
		tb.Fatal(err)
	}
	return res
}
