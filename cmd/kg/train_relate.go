package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kg-project/kg/extract/pos"
	"github.com/kg-project/kg/extract/relclass"
)

// trainPOSCmd is 'kg train pos': it trains the part-of-speech tagger and
// chunker.
type trainPOSCmd struct{}

func (trainPOSCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train pos", "--train FILE --dev FILE [-o MODEL]",
		"Trains the part-of-speech tagger and the phrase chunker on the POS and chunk\n"+
			"columns (2 and 3) of CoNLL-2003-format files, choosing the epochs of each by\n"+
			"tag accuracy and chunk F1 on the dev file. The result is deterministic\n"+
			"given the data and the flags.", stderr)
	trainPath := fs.String("train", "", "training `FILE` in CoNLL-2003 format (required)")
	devPath := fs.String("dev", "", "dev `FILE` in CoNLL-2003 format (required)")
	out := fs.StringP("output", "o", "pos.model", "write the model to `MODEL`")
	seed := fs.Int64("seed", 1, "random seed for example order")
	maxIter := fs.Int("max-iter", 12, "most epochs per model")
	minCount := fs.Int("min-count", 3, "drop features seen in fewer training tokens")
	quiet := fs.BoolP("quiet", "q", false, "do not print progress")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *trainPath == "" || *devPath == "" || fs.NArg() != 0 {
		return usageError{errors.New("train pos: --train and --dev are required, and no arguments")}
	}
	read := func(path string) ([]pos.Sentence, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("train pos: %w", err)
		}
		defer f.Close()
		return pos.ReadCoNLL(f)
	}
	train, err := read(*trainPath)
	if err != nil {
		return err
	}
	dev, err := read(*devPath)
	if err != nil {
		return err
	}
	logw := stderr
	if *quiet {
		logw = io.Discard
	}
	start := time.Now()
	t, err := pos.Train(train, dev, &pos.TrainOptions{MaxIter: *maxIter, MinCount: *minCount, Seed: *seed, Log: logw})
	if err != nil {
		return err
	}
	n, err := writeModel(*out, t)
	if err != nil {
		return fmt.Errorf("train pos: %w", err)
	}
	s := t.Evaluate(dev)
	fmt.Fprintf(logw, "wrote %s (%d bytes): %s; dev tag accuracy %.4f, chunk F1 %.4f; %v\n",
		*out, n, t.Info(), s.Accuracy, s.ChunkF1, time.Since(start).Round(time.Second))
	return nil
}

// writeModel writes m to path.
func writeModel(path string, m io.WriterTo) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	return n, nil
}

// trainRelationsCmd is 'kg train relations': it trains the CoNLL04 entity
// tagger and relation classifier.
type trainRelationsCmd struct{}

func (trainRelationsCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train relations", "--train FILE --dev FILE [-o MODEL]",
		"Trains the entity tagger (types Peop Org Loc Other: perceptron taggers\n"+
			"and a linear-chain CRF whose candidate spans a span typer decides) and\n"+
			"the relation classifier (Work_For Kill OrgBased_In Live_In Located_In)\n"+
			"on SpERT-style JSON such as ../shared/data/conll04/conll04_train.json.\n"+
			"The word vectors it uses are extract/relclass/data/wordvec.tsv.gz, made from\n"+
			"unlabelled news by 'go run ./extract/relclass/gen'. Epochs, the span\n"+
			"typer's margin for each entity type and the classifier's margins are\n"+
			"chosen by strict F1 on the dev file: entity F1 for the tagger and the\n"+
			"typer, end-to-end relation F1 for the classifier. All use the shipped\n"+
			"part-of-speech tagger and NER model as features, so retrain after either\n"+
			"changes. The result is deterministic given the data and the flags.", stderr)
	trainPath := fs.String("train", "", "training `FILE` in SpERT JSON (required)")
	devPath := fs.String("dev", "", "dev `FILE` in SpERT JSON (required)")
	out := fs.StringP("output", "o", "relate.model", "write the model to `MODEL`")
	seed := fs.Int64("seed", 1, "random seed for example order")
	maxIter := fs.Int("max-iter", 30, "most epochs per model")
	minCount := fs.Int("min-count", 1, "drop features seen in fewer training examples")
	members := fs.Int("members", 3, "train this many models of each kind on different example orders and use their mean")
	step := fs.Float32("step", 0.5, "round weights to multiples of this (smaller model); negative for none")
	quiet := fs.BoolP("quiet", "q", false, "do not print progress")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *trainPath == "" || *devPath == "" || fs.NArg() != 0 {
		return usageError{errors.New("train relations: --train and --dev are required, and no arguments")}
	}
	train, err := readExamples(*trainPath, nil)
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	dev, err := readExamples(*devPath, nil)
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	logw := stderr
	if *quiet {
		logw = io.Discard
	}
	start := time.Now()
	m, err := relclass.Train(train, dev, &relclass.TrainOptions{MaxIter: *maxIter, MinCount: *minCount, Seed: *seed, Members: *members, Step: *step, Log: logw})
	if err != nil {
		return err
	}
	n, err := writeModel(*out, m)
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	fmt.Fprintf(logw, "wrote %s (%d bytes): %s; %v\n", *out, n, m.Info(), time.Since(start).Round(time.Second))
	return nil
}
