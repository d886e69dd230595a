package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/relate"
	"github.com/kg-project/kg/extract/relclass"
)

// evalRelationsCmd is 'kg eval relations': strict entity and relation
// scores of predicted CoNLL04-style JSON against gold.
type evalRelationsCmd struct {
	stdin io.Reader
}

func (c evalRelationsCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval relations", "--gold GOLD [PRED | -]  |  --format redocred FILE",
		"Scores predicted sentences (SpERT-style JSON, the output of 'kg relate')\n"+
			"against the gold file they were predicted from, sentence by sentence.\n"+
			"Matching is strict: an entity counts when its token span and type match; a\n"+
			"relation when its type and both its entities' spans and types match.\n"+
			"Prints precision, recall and F1 per type and overall, for entities and for\n"+
			"relations.\n\n"+
			"With --format redocred, runs the relation stage (constructions, open\n"+
			"relations and classifier) on each document of a DocRED-format file with its\n"+
			"gold mentions and entities, and prints per method and predicate how many\n"+
			"relations it found and how many the document's Wikidata-property labels\n"+
			"confirm (exactly, or with a related property), then the recall per property.\n"+
			"DocRED's labels are incomplete, so the precision is a lower bound.\n"+
			"With --end-to-end the whole pipeline runs on each document's text instead,\n"+
			"with kg's own names: each entity kg finds stands for the gold entity most\n"+
			"of its mentions share at least half of their span with, and a relation\n"+
			"with a name DocRED does not hold counts as found and not confirmed.\n\n"+
			"Examples:\n"+
			"  kg relate ../shared/data/conll04/conll04_dev.json > pred.json\n"+
			"  kg eval relations --gold ../shared/data/conll04/conll04_dev.json pred.json\n"+
			"  kg eval relations --format redocred ../shared/data/re-docred/dev_revised.json\n"+
			"  kg eval relations --format redocred --end-to-end ../shared/data/re-docred/dev_revised.json", stderr)
	goldPath := fs.String("gold", "", "gold `FILE` in SpERT JSON (required for conll04)")
	format := fs.String("format", "conll04", "`FORMAT` of the input: conll04 (SpERT JSON predictions) or redocred")
	endToEnd := fs.Bool("end-to-end", false, "with --format redocred, run the whole pipeline on the text and score kg's own names (see above)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError{fmt.Errorf("eval relations: want at most one input file, got %d", fs.NArg())}
	}
	path := "-"
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	switch *format {
	case "conll04":
	case "redocred":
		return c.redocred(ctx, path, *endToEnd, stdout)
	default:
		return usageError{fmt.Errorf("eval relations: unknown --format %q (want conll04 or redocred)", *format)}
	}
	if *goldPath == "" {
		return usageError{errors.New("eval relations: --gold is required")}
	}
	gold, err := readExamples(*goldPath, nil)
	if err != nil {
		return fmt.Errorf("eval relations: %w", err)
	}
	pred, err := readExamples(path, c.stdin)
	if err != nil {
		return fmt.Errorf("eval relations: %w", err)
	}
	s, err := relclass.Evaluate(gold, pred)
	if err != nil {
		return err
	}
	return s.WriteReport(stdout)
}

// redocred runs the relation stage, or with endToEnd the whole pipeline,
// on a DocRED-format file and prints its precision against the labels.
func (c evalRelationsCmd) redocred(ctx context.Context, path string, endToEnd bool, stdout io.Writer) error {
	var in io.Reader = c.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("eval relations: %w", err)
		}
		defer f.Close()
		in = f
	}
	if in == nil {
		return usageError{errors.New("eval relations: no input")}
	}
	docs, err := relate.ReadDocRED(in)
	if err != nil {
		return err
	}
	var s *relate.DocREDScore
	if endToEnd {
		p, err := pipeline.New(nil)
		if err != nil {
			return err
		}
		s, err = relate.EvaluateDocREDEndToEnd(ctx, docs, p)
		if err != nil {
			return err
		}
	} else if s, err = relate.EvaluateDocRED(docs, relate.New(nil)); err != nil {
		return err
	}
	return s.WriteReport(stdout)
}
