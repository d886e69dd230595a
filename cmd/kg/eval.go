package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kg-project/kg/extract/ner"
)

// evalCmd is 'kg eval KIND': it dispatches to the scorer of each kind.
type evalCmd struct {
	stdin io.Reader
}

// kinds are what 'kg eval' scores, in the order its help lists them.
func (c evalCmd) kinds() []kind {
	return []kind{
		{"ner", "score tagged CoNLL output as conlleval does (kg eval ner FILE)", evalNERCmd{stdin: c.stdin}},
		{"relations", "score CoNLL04 predictions, or the relation stage on Re-DocRED", evalRelationsCmd{stdin: c.stdin}},
		{"claims", "score claims against PolNeAR's attributions", evalClaimsCmd{}},
		{"news", "score the whole pipeline against the hand-annotated news gold set", evalNewsCmd{}},
		{"names", "score named mentions found, typed and grouped against GUM's coreference", evalNamesCmd{}},
		{"links", "score the Wikidata links of found entities against entity-linking gold", evalLinksCmd{}},
	}
}

func (c evalCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return dispatchKind(ctx, "eval", "what to evaluate", c.kinds(), args, stdout, stderr)
}

// kind is one subcommand of a command with kinds ('kg eval ner', 'kg train
// pos').
type kind struct {
	name, summary string
	cmd           runner
}

// dispatchKind runs the kind args[0] names, or prints the kinds for --help,
// or reports a missing or unknown kind as a usage error that lists them.
func dispatchKind(ctx context.Context, command, what string, kinds []kind, args []string, stdout, stderr io.Writer) error {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.name
		if len(args) > 0 && args[0] == k.name {
			return k.cmd.Run(ctx, args[1:], stdout, stderr)
		}
	}
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
		fmt.Fprintf(stderr, "Usage: kg %s KIND ...\n\nKinds:\n", command)
		for _, k := range kinds {
			fmt.Fprintf(stderr, "  %-10s %s\n", k.name, k.summary)
		}
		fmt.Fprintf(stderr, "\nRun 'kg %s KIND --help' for details.\n", command)
		return errHelp
	}
	list := strings.Join(names, "|")
	if len(args) == 0 {
		return usageError{fmt.Errorf("%s: want %s: kg %s %s", command, what, command, list)}
	}
	return usageError{fmt.Errorf("%s: unknown kind %q; want kg %s %s", command, args[0], command, list)}
}

// evalNERCmd is 'kg eval ner': conlleval-style scoring of tagged CoNLL files.
type evalNERCmd struct {
	stdin io.Reader
}

func (c evalNERCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval ner", "[FILE | -]",
		"Scores tagged CoNLL-format input as the conlleval script does: the last\n"+
			"column of each token line is the predicted tag and the one before it the\n"+
			"gold tag (the output of 'kg tag' on a gold file). Prints per-type and\n"+
			"overall precision, recall and F1 (FB1) in conlleval's format.", stderr)
	if err := parseFlags(fs, args); err != nil {
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
