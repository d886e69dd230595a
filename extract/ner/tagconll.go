package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// DocumentTagger tags the sentences of one document, a token list each,
// with one IOB2 tag per token. *Model is one.
type DocumentTagger interface {
	TagDocument(sents [][]string) [][]string
}

// TagCoNLL reads CoNLL-format input from r and writes it to w with a tag
// from t appended to every token line, one document (the lines between
// -DOCSTART- lines) at a time: what 'kg tag' prints and conlleval reads.
//
// The token is the first column of a line and the other columns are kept;
// a blank line ends a sentence. The tag is appended after a tab when the
// line's columns are tab-separated (tabs and no spaces), else after a
// space. -DOCSTART- lines are copied, with an O appended when they have
// columns, so every line keeps the same width. Carriage returns ending
// lines are dropped.
//
// w is not flushed; its errors show when the caller flushes it. TagCoNLL
// returns ctx's error when ctx is done before a document is tagged, and
// an error "read input: ..." when r fails.
func TagCoNLL(ctx context.Context, t DocumentTagger, r io.Reader, w *bufio.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var lines []string
	flush := func() error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(lines) == 0 {
			return nil
		}
		writeTagged(w, lines, t.TagDocument(conllSentences(lines)))
		lines = lines[:0]
		return nil
	}
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if first, more := firstField(l); first == "-DOCSTART-" {
			if err := flush(); err != nil {
				return err
			}
			w.WriteString(l)
			if more {
				w.WriteByte(conllSep(l))
				w.WriteString("O")
			}
			w.WriteByte('\n')
			continue
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	return flush()
}

// conllSentences returns the tokens (first columns) of a document's
// lines, a list per sentence.
func conllSentences(lines []string) [][]string {
	var sents [][]string
	var cur []string
	for _, l := range lines {
		first, _ := firstField(l)
		if first == "" {
			if len(cur) > 0 {
				sents = append(sents, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, first)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// firstField returns the first of the fields strings.Fields finds in l
// (or "") and whether another follows, without making the list.
func firstField(l string) (first string, more bool) {
	i := strings.IndexFunc(l, notSpace)
	if i < 0 {
		return "", false
	}
	l = l[i:]
	j := strings.IndexFunc(l, unicode.IsSpace)
	if j < 0 {
		return l, false
	}
	return l[:j], strings.IndexFunc(l[j:], notSpace) >= 0
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// writeTagged writes a document's lines, each token line with its tag.
func writeTagged(w *bufio.Writer, lines []string, tags [][]string) {
	si, ti := 0, 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			if ti > 0 {
				si, ti = si+1, 0
			}
			w.WriteString(l)
			w.WriteByte('\n')
			continue
		}
		w.WriteString(l)
		w.WriteByte(conllSep(l))
		w.WriteString(tags[si][ti])
		w.WriteByte('\n')
		ti++
	}
}

// conllSep returns the column separator of a line: a tab when it has tabs
// and no spaces, else a space.
func conllSep(l string) byte {
	if strings.IndexByte(l, '\t') >= 0 && strings.IndexByte(l, ' ') < 0 {
		return '\t'
	}
	return ' '
}
