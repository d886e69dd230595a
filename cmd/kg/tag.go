package main

import (
	"bufio"
	"context"
	"errors"
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
			"appended when they have columns, so every line keeps the same width.\n"+
			"Documents are tagged in parallel and written in their input order.", stderr)
	modelPath := fs.String("model", "", "use the model in `FILE` instead of the shipped one")
	workers := fs.IntP("workers", "j", 0, "documents tagged at once, in `goroutines` (default: one per core)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *workers < 0 || fs.Changed("workers") && *workers == 0 {
		return usageError{fmt.Errorf("tag: --workers must be at least 1, got %d", *workers)}
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
	if err := ner.TagCoNLL(ctx, m, in, bw, &ner.TagOptions{Workers: *workers}); err != nil {
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return err
		}
		return fmt.Errorf("tag: %w", err)
	}
	return bw.Flush()
}

func loadNERModel(path string) (*ner.Model, error) {
	if path != "" {
		return ner.LoadFile(path)
	}
	return ner.Default()
}
