// Package gumconll reads the coreference layer of the GUM corpus in its
// CoNLL format: "# begin document NAME", then one token a line (index,
// token and the bracketed mentions that open or close there, TYPE-ID or
// TYPE-ID-Wikipedia_Title), "# end document". Package corefgold scores
// the pipeline against it and package ner trains on it.
package gumconll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Mention is a gold mention: tokens [Start, End), the entity it belongs
// to (its number in the document) and that entity's type and Wikipedia
// title ("" when it has none).
type Mention struct {
	Start, End int
	Entity     string
	Type       string
	Title      string
}

// Doc is one document: its name, tokens and mentions, sorted by start.
type Doc struct {
	Name     string
	Tokens   []string
	Mentions []Mention
}

// ReadDir reads every *.conll file of dir, in name order.
func ReadDir(dir string) ([]Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.conll"))
	if err != nil {
		return nil, fmt.Errorf("gumconll: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("gumconll: no *.conll files in %s", dir)
	}
	sort.Strings(paths)
	var docs []Doc
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("gumconll: %w", err)
		}
		ds, err := Read(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		docs = append(docs, ds...)
	}
	return docs, nil
}

// Read reads the documents of one CoNLL file; name is used in errors,
// with the line.
func Read(r io.Reader, name string) ([]Doc, error) {
	var docs []Doc
	var cur *Doc
	// open holds, per entity label, the start tokens of its open mentions.
	open := map[string][]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	finish := func() {
		sort.SliceStable(cur.Mentions, func(i, j int) bool { return cur.Mentions[i].Start < cur.Mentions[j].Start })
		docs = append(docs, *cur)
		cur = nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# begin document"):
			if cur != nil {
				finish()
			}
			cur = &Doc{Name: strings.TrimSpace(strings.TrimPrefix(l, "# begin document"))}
			open = map[string][]int{}
			continue
		case strings.HasPrefix(l, "# end document"):
			if cur != nil {
				finish()
			}
			continue
		case strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#"):
			continue
		}
		if cur == nil {
			return nil, fmt.Errorf("gumconll: %s:%d: token outside a document", name, line)
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("gumconll: %s:%d: want 3 tab-separated columns, got %d", name, line, len(cols))
		}
		tok := len(cur.Tokens)
		cur.Tokens = append(cur.Tokens, cols[1])
		if err := brackets(cols[2], tok, open, &cur.Mentions); err != nil {
			return nil, fmt.Errorf("gumconll: %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gumconll: %s: %w", name, err)
	}
	if cur != nil {
		finish()
	}
	return docs, nil
}

// brackets reads one token's coreference column ("(event-1(abstract-2)",
// "event-1)", "_") at token tok: it opens, and closes into ms, the
// mentions it marks.
func brackets(col string, tok int, open map[string][]int, ms *[]Mention) error {
	if col == "_" || col == "" {
		return nil
	}
	for i := 0; i < len(col); {
		opening := col[i] == '('
		if opening {
			i++
		}
		j := i
		for j < len(col) && col[j] != '(' && col[j] != ')' {
			j++
		}
		label := col[i:j]
		if label == "" {
			return fmt.Errorf("empty mention label in %q", col)
		}
		closing := j < len(col) && col[j] == ')'
		switch {
		case opening && closing:
			*ms = append(*ms, mention(label, tok, tok+1))
		case opening:
			open[label] = append(open[label], tok)
		case closing:
			st := open[label]
			if len(st) == 0 {
				return fmt.Errorf("mention %q closed but not open", label)
			}
			*ms = append(*ms, mention(label, st[len(st)-1], tok+1))
			open[label] = st[:len(st)-1]
		default:
			return fmt.Errorf("mention label %q neither opens nor closes", label)
		}
		i = j
		if closing {
			i++
		}
	}
	return nil
}

// mention parses a label TYPE-ID or TYPE-ID-Title.
func mention(label string, start, end int) Mention {
	m := Mention{Start: start, End: end}
	parts := strings.SplitN(label, "-", 3)
	m.Type = parts[0]
	if len(parts) > 1 {
		m.Entity = parts[1]
	}
	if len(parts) > 2 {
		m.Title = parts[2]
	}
	return m
}
