package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kg-project/kg/extract/pos"
	"github.com/kg-project/kg/extract/relclass"
	"github.com/kg-project/kg/internal/atomicfile"
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
	t, err := pos.Train(ctx, train, dev, &pos.TrainOptions{MaxIter: *maxIter, MinCount: *minCount, Seed: *seed, Log: logw})
	if err = notWritten(ctx, err, *out); err != nil {
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

// writeModel writes m to path, under a temporary name renamed to path once
// it is whole: a failed write leaves any earlier file at path as it was.
func writeModel(path string, m io.WriterTo) (int64, error) {
	f, err := atomicfile.Create(path)
	if err != nil {
		return 0, err
	}
	defer f.Abort()
	n, err := m.WriteTo(f)
	if err == nil {
		err = f.Commit()
	}
	if err != nil {
		return n, fmt.Errorf("write %s: %w", path, err)
	}
	return n, nil
}

// writeExamplesFile writes sentences to path in SpERT JSON, as
// writeModel writes a model (whole or not at all).
func writeExamplesFile(path string, exs []relclass.Example) error {
	f, err := atomicfile.Create(path)
	if err != nil {
		return err
	}
	defer f.Abort()
	bw := bufio.NewWriter(f)
	err = relclass.WriteJSON(bw, exs)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Commit()
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// trainRelationsCmd is 'kg train relations': it trains the CoNLL04 entity
// tagger and relation classifier.
type trainRelationsCmd struct{}

func (trainRelationsCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train relations", "--train FILE (--dev FILE | --folds K [--dev FILE]) [-o MODEL]",
		"Trains the entity tagger (types Peop Org Loc Other: perceptron taggers\n"+
			"and a linear-chain CRF whose candidate spans a span typer decides) and\n"+
			"the relation classifier (Work_For Kill OrgBased_In Live_In Located_In)\n"+
			"on SpERT-style JSON such as ../shared/data/conll04/conll04_train.json.\n"+
			"The word vectors it uses are extract/relclass/data/wordvec.tsv.gz, made from\n"+
			"unlabelled news by 'go run ./extract/relclass/gen'. Epochs, the span\n"+
			"typer's margin for each entity type and the classifier's margins are\n"+
			"chosen by strict F1 on the dev file: entity F1 for the tagger and the\n"+
			"typer, end-to-end relation F1 for the classifier.\n\n"+
			"With --folds K they are chosen by K-fold cross-validation instead, on\n"+
			"the training file and the dev file (if given) together: each fold is\n"+
			"held out in turn while the models learn from the others; the margins\n"+
			"and the score calibration are chosen on all held-out predictions\n"+
			"together, each model's epochs are the median over the folds, and the\n"+
			"shipped models then learn from all the sentences. The held-out figures\n"+
			"are printed. This is how the shipped model is trained:\n\n"+
			"  kg train relations --folds 5 --train ../shared/data/conll04/conll04_train.json \\\n"+
			"      --dev ../shared/data/conll04/conll04_dev.json -o extract/relclass/relate.model\n\n"+
			"All use the shipped part-of-speech tagger and NER model as features, so\n"+
			"retrain after either changes. The result is deterministic given the data\n"+
			"and the flags.", stderr)
	trainPath := fs.String("train", "", "training `FILE` in SpERT JSON (required)")
	devPath := fs.String("dev", "", "dev `FILE` in SpERT JSON (required without --folds; with it, pooled with the training file)")
	out := fs.StringP("output", "o", "relate.model", "write the model to `MODEL`")
	cvOut := fs.String("cv-predictions", "", "with --folds, write the held-out predictions to `FILE` (SpERT JSON, for kg eval relations)")
	folds := fs.Int("folds", 0, "choose epochs, margins and calibration by `K`-fold cross-validation on the training and dev files together, then train on all of them (0: choose on the dev file)")
	seed := fs.Int64("seed", 1, "random seed for example order")
	maxIter := fs.Int("max-iter", 30, "most epochs per model")
	minCount := fs.Int("min-count", 1, "drop features seen in fewer training examples")
	members := fs.Int("members", 3, "train this many models of each kind on different example orders and use their mean")
	step := fs.Float32("step", 0.5, "round weights to multiples of this (smaller model); negative for none")
	quiet := fs.BoolP("quiet", "q", false, "do not print progress")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *trainPath == "" || (*devPath == "" && *folds == 0) || fs.NArg() != 0 {
		return usageError{errors.New("train relations: --train and --dev (or --folds) are required, and no arguments")}
	}
	if *folds == 1 || *folds < 0 {
		return usageError{fmt.Errorf("train relations: --folds %d: need at least 2 folds", *folds)}
	}
	train, err := readExamples(*trainPath, nil)
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	var dev []relclass.Example
	if *devPath != "" {
		if dev, err = readExamples(*devPath, nil); err != nil {
			return fmt.Errorf("train relations: %w", err)
		}
	}
	logw := stderr
	if *quiet {
		logw = io.Discard
	}
	start := time.Now()
	opts := &relclass.TrainOptions{MaxIter: *maxIter, MinCount: *minCount, Seed: *seed, Members: *members, Step: *step, Log: logw}
	var m *relclass.Model
	if *folds > 0 {
		var rep *relclass.CVReport
		m, rep, err = relclass.CrossValidate(ctx, append(train, dev...), *folds, opts)
		if err = notWritten(ctx, err, *out); err != nil {
			return err
		}
		if err := writeCVReport(stdout, rep); err != nil {
			return err
		}
		if *cvOut != "" {
			if err := writeExamplesFile(*cvOut, rep.Predictions); err != nil {
				return fmt.Errorf("train relations: %w", err)
			}
		}
	} else if m, err = relclass.Train(ctx, train, dev, opts); err != nil {
		return notWritten(ctx, err, *out)
	}
	if err := notWritten(ctx, nil, *out); err != nil {
		return err
	}
	n, err := writeModel(*out, m)
	if err != nil {
		return fmt.Errorf("train relations: %w", err)
	}
	fmt.Fprintf(logw, "wrote %s (%d bytes): %s; %v\n", *out, n, m.Info(), time.Since(start).Round(time.Second))
	return nil
}

// writeCVReport prints the held-out figures of a cross-validated training.
func writeCVReport(w io.Writer, rep *relclass.CVReport) error {
	fmt.Fprintf(w, "%d-fold cross-validation: held-out predictions, at the margins chosen on all folds together\n", rep.Folds)
	if err := rep.Score.WriteReport(w); err != nil {
		return err
	}
	fmt.Fprintf(w, "relation F1 of each fold at its own margins: %.4f\n", rep.FoldRelationF1)
	_, err := fmt.Fprintf(w, "margin %.1f, per type %v; span margin %.2f, per type %v; epochs %v; calibration on %d held-out pairs\n",
		rep.Margin, rep.TypeMargins, rep.SpanMargin, rep.SpanTypeMargins, rep.Iterations, rep.CalibrationPairs)
	return err
}
