package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kg-project/kg/extract/ner"
)

// tagCmd is 'kg tag': it tags CoNLL-format input with the entity tagger.
type tagCmd struct {
	stdin io.Reader
}

func (c tagCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("tag", "[--model FILE] [FILE | -]",
		"Tags CoNLL-format input with named entities. The token is the first column\n"+
			"of each line and other columns are kept; a blank line ends a sentence and\n"+
			"-DOCSTART- lines separate documents. Each token line is written back with\n"+
			"the predicted IOB2 tag (B-PER, I-ORG, ..., O) appended as the last column,\n"+
			"the input format of conlleval. -DOCSTART- lines are copied with an O\n"+
			"appended when they have columns, so every line keeps the same width.", stderr)
	modelPath := fs.String("model", "", "use the model in `FILE` instead of the shipped one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError{fmt.Errorf("tag: want at most one input file, got %d", fs.NArg())}
	}
	m, err := loadNERModel(*modelPath)
	if err != nil {
		return err
	}
	in := c.stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("tag: %w", err)
		}
		defer f.Close()
		in = f
	}
	if in == nil {
		in = strings.NewReader("")
	}
	bw := bufio.NewWriterSize(stdout, 1<<16)
	if err := tagCoNLL(ctx, m, in, bw); err != nil {
		return err
	}
	return bw.Flush()
}

func loadNERModel(path string) (*ner.Model, error) {
	if path != "" {
		return ner.LoadFile(path)
	}
	return ner.Default()
}

// tagCoNLL tags one document at a time: the lines between -DOCSTART- lines.
func tagCoNLL(ctx context.Context, m *ner.Model, r io.Reader, w *bufio.Writer) error {
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
		var sents [][]string
		var cur []string
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) == 0 {
				if len(cur) > 0 {
					sents = append(sents, cur)
					cur = nil
				}
				continue
			}
			cur = append(cur, f[0])
		}
		if len(cur) > 0 {
			sents = append(sents, cur)
		}
		tags := m.TagDocument(sents)
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
			w.WriteByte(sep(l))
			w.WriteString(tags[si][ti])
			w.WriteByte('\n')
			ti++
		}
		lines = lines[:0]
		return nil
	}
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if f := strings.Fields(l); len(f) > 0 && f[0] == "-DOCSTART-" {
			if err := flush(); err != nil {
				return err
			}
			w.WriteString(l)
			if len(f) > 1 {
				w.WriteByte(sep(l))
				w.WriteString("O")
			}
			w.WriteByte('\n')
			continue
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("tag: read input: %w", err)
	}
	return flush()
}

// sep returns the column separator of a line: a tab when it has tabs and
// no spaces, else a space.
func sep(l string) byte {
	if strings.IndexByte(l, '\t') >= 0 && strings.IndexByte(l, ' ') < 0 {
		return '\t'
	}
	return ' '
}
