package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kg-project/kg/extract/ner"
)

// evalCmd is 'kg eval ner': conlleval-style scoring of tagged CoNLL files.
type evalCmd struct {
	stdin io.Reader
}

func (c evalCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "relations" {
		return evalRelationsCmd{stdin: c.stdin}.Run(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "claims" {
		return evalClaimsCmd{}.Run(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "news" {
		return evalNewsCmd{}.Run(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "names" {
		return evalNamesCmd{}.Run(ctx, args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "links" {
		return evalLinksCmd{}.Run(ctx, args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "ner" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(stderr, "Usage: kg eval KIND ...\n\nKinds:\n"+
				"  ner        score tagged CoNLL output as conlleval does (kg eval ner FILE)\n"+
				"  relations  score CoNLL04 predictions, or the relation stage on Re-DocRED\n"+
				"  claims     score claims against PolNeAR's attributions\n"+
				"  news       score the whole pipeline against the hand-annotated news gold set\n"+
				"  names      score named mentions found, typed and grouped against GUM's coreference\n"+
				"  links      score the Wikidata links of found entities against entity-linking gold\n\n"+
				"Run 'kg eval KIND --help' for details.")
			return errHelp
		}
		return usageError{errors.New("eval: want what to evaluate: kg eval ner|relations|claims|news|names|links")}
	}
	fs := newFlagSet("eval ner", "[FILE | -]",
		"Scores tagged CoNLL-format input as the conlleval script does: the last\n"+
			"column of each token line is the predicted tag and the one before it the\n"+
			"gold tag (the output of 'kg tag' on a gold file). Prints per-type and\n"+
			"overall precision, recall and F1 (FB1) in conlleval's format.", stderr)
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError{fmt.Errorf("eval ner: want at most one input file, got %d", fs.NArg())}
	}
	in := c.stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		defer f.Close()
		in = f
	}
	if in == nil {
		return usageError{errors.New("eval ner: no input")}
	}
	e, err := ner.ReadEval(in)
	if err != nil {
		return err
	}
	return e.WriteReport(stdout)
}
