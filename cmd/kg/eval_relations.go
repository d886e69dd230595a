package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/kg-project/kg/extract/relate"
)

// evalRelationsCmd is 'kg eval relations': strict entity and relation
// scores of predicted CoNLL04-style JSON against gold.
type evalRelationsCmd struct {
	stdin io.Reader
}

func (c evalRelationsCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval relations", "--gold GOLD [PRED | -]",
		"Scores predicted sentences (SpERT-style JSON, the output of 'kg relate')\n"+
			"against the gold file they were predicted from, sentence by sentence.\n"+
			"Matching is strict: an entity counts when its token span and type match; a\n"+
			"relation when its type and both its entities' spans and types match.\n"+
			"Prints precision, recall and F1 per type and overall, for entities and for\n"+
			"relations.\n\n"+
			"Example:\n"+
			"  kg relate ../shared/data/conll04/conll04_dev.json > pred.json\n"+
			"  kg eval relations --gold ../shared/data/conll04/conll04_dev.json pred.json", stderr)
	goldPath := fs.String("gold", "", "gold `FILE` in SpERT JSON (required)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *goldPath == "" {
		return usageError{errors.New("eval relations: --gold is required")}
	}
	if fs.NArg() > 1 {
		return usageError{fmt.Errorf("eval relations: want at most one predictions file, got %d", fs.NArg())}
	}
	path := "-"
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	gold, err := readExamples(*goldPath, nil)
	if err != nil {
		return fmt.Errorf("eval relations: %w", err)
	}
	pred, err := readExamples(path, c.stdin)
	if err != nil {
		return fmt.Errorf("eval relations: %w", err)
	}
	s, err := relate.Evaluate(gold, pred)
	if err != nil {
		return err
	}
	return s.WriteReport(stdout)
}
