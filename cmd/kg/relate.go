package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/kg-project/kg/extract/relclass"
)

// relateCmd is 'kg relate': entities and relations of CoNLL04-style
// sentences.
type relateCmd struct {
	stdin io.Reader
}

func (c relateCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("relate", "[--format conll04] [flags] [FILE | -]",
		"Reads sentences in the SpERT-style JSON of CoNLL04 (an array of objects with\n"+
			"\"tokens\"; gold \"entities\" and \"relations\" are ignored unless\n"+
			"--gold-entities) and writes the same JSON with predicted \"entities\" (types\n"+
			"Peop Org Loc Other, token start and exclusive end) and \"relations\"\n"+
			"(Work_For Kill OrgBased_In Live_In Located_In; head and tail index into\n"+
			"\"entities\"). Score the output with 'kg eval relations --gold FILE'.", stderr)
	format := fs.String("format", "conll04", "input `FORMAT`: conll04 (SpERT JSON)")
	gold := fs.Bool("gold-entities", false, "keep the input's entities and predict only relations between them")
	modelPath := fs.String("model", "", "use the relation model in `FILE` instead of the shipped one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "conll04" {
		return usageError{fmt.Errorf("relate: unknown --format %q (want conll04)", *format)}
	}
	if fs.NArg() > 1 {
		return usageError{fmt.Errorf("relate: want at most one input file, got %d", fs.NArg())}
	}
	path := "-"
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	exs, err := readExamples(path, c.stdin)
	if err != nil {
		return fmt.Errorf("relate: %w", err)
	}
	m, err := loadRelateModel(*modelPath)
	if err != nil {
		return err
	}
	pred := m.Predict(exs, &relclass.PredictOptions{GoldEntities: *gold})
	bw := bufio.NewWriter(stdout)
	if err := relclass.WriteJSON(bw, pred); err != nil {
		return fmt.Errorf("relate: %w", err)
	}
	return bw.Flush()
}

func loadRelateModel(path string) (*relclass.Model, error) {
	if path != "" {
		return relclass.LoadFile(path)
	}
	return relclass.Default()
}

// readExamples reads SpERT JSON from path, or from stdin when path is "-".
func readExamples(path string, stdin io.Reader) ([]relclass.Example, error) {
	if path == "-" {
		if stdin == nil {
			return nil, fmt.Errorf("no input")
		}
		return relclass.ReadJSON(stdin)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	exs, err := relclass.ReadJSON(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return exs, nil
}
