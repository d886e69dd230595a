package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"unicode"
)

// DocumentTagger tags the sentences of one document, a token list each,
// with one IOB2 tag per token. *Model is one.
type DocumentTagger interface {
	TagDocument(sents [][]string) [][]string
}

// TagOptions are the options of TagCoNLL. A nil *TagOptions, or the zero
// value, means the defaults.
type TagOptions struct {
	// Workers is how many documents are tagged at once; 0 or less means
	// one per CPU the Go runtime may use (runtime.GOMAXPROCS). The output
	// is the same whatever the number.
	Workers int
}

func (o *TagOptions) workers() int {
	if o == nil || o.Workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return o.Workers
}

// TagCoNLL reads CoNLL-format input from r and writes it to w with a tag
// from t appended to every token line, one document (the lines between
// -DOCSTART- lines) at a time: what 'kg tag' prints and conlleval reads.
// Documents are tagged by opts.Workers goroutines at once and written in
// their input order; t must be safe for concurrent use when there is more
// than one (a *Model is).
//
// The token is the first column of a line and the other columns are kept;
// a blank line ends a sentence. The tag is appended after a tab when the
// line's columns are tab-separated (tabs and no spaces), else after a
// space. -DOCSTART- lines are copied, with an O appended when they have
// columns, so every line keeps the same width. Carriage returns ending
// lines are dropped.
//
// w is not flushed; its errors show when the caller flushes it. TagCoNLL
// returns ctx's error when ctx is done before a document is tagged (the
// documents read before are written), and an error "read input: ..."
// when r fails.
func TagCoNLL(ctx context.Context, t DocumentTagger, r io.Reader, w *bufio.Writer, opts *TagOptions) error {
	n := opts.workers()
	work := make(chan *conllDoc, n)
	queue := make(chan *conllDoc, 2*n) // in input order, to the writer
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range work {
				d.tags = t.TagDocument(conllSentences(d.lines))
				close(d.done)
			}
		}()
	}
	written := make(chan struct{})
	go func() {
		defer close(written)
		for d := range queue {
			<-d.done
			d.write(w)
		}
	}()
	err := readCoNLL(ctx, r, func(d *conllDoc) {
		queue <- d
		if d.lines == nil {
			close(d.done)
			return
		}
		work <- d
	})
	close(work)
	close(queue)
	<-written
	wg.Wait()
	return err
}

// conllDoc is one document of TagCoNLL's input: a -DOCSTART- line, or
// the lines of a document and, once done is closed, their tags.
type conllDoc struct {
	docstart string   // a -DOCSTART- line, when lines is nil
	lines    []string // the document's lines
	tags     [][]string
	done     chan struct{}
}

// write writes d to w.
func (d *conllDoc) write(w *bufio.Writer) {
	if d.lines != nil {
		writeTagged(w, d.lines, d.tags)
		return
	}
	l := d.docstart
	w.WriteString(l)
	if _, more := firstField(l); more {
		w.WriteByte(conllSep(l))
		w.WriteString("O")
	}
	w.WriteByte('\n')
}

// readCoNLL reads r's documents and -DOCSTART- lines, in order, and
// hands each to emit. It returns ctx's error when ctx is done before a
// document, or "read input: ..." when r fails.
func readCoNLL(ctx context.Context, r io.Reader, emit func(*conllDoc)) error {
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
		emit(&conllDoc{lines: lines, done: make(chan struct{})})
		lines = nil
		return nil
	}
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if first, _ := firstField(l); first == "-DOCSTART-" {
			if err := flush(); err != nil {
				return err
			}
			emit(&conllDoc{docstart: l, done: make(chan struct{})})
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
