package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kg-project/kg/extract/ner"
)

// trainCmd is 'kg train KIND': it dispatches to the trainer of each model.
type trainCmd struct{}

// kinds are the models 'kg train' trains, in the order its help lists them.
func (trainCmd) kinds() []kind {
	return []kind{
		{"ner", "the entity tagger, on CoNLL-2003-format files", trainNERCmd{}},
		{"pos", "the part-of-speech tagger and chunker, on CoNLL-2003-format files", trainPOSCmd{}},
		{"relations", "the CoNLL04 entity tagger and relation classifier, on SpERT-style JSON", trainRelationsCmd{}},
	}
}

func (c trainCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return dispatchKind(ctx, "train", "a model kind", c.kinds(), args, stdout, stderr)
}

// trainNERCmd is 'kg train ner': it trains the entity tagger.
type trainNERCmd struct{}

func (trainNERCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("train ner", "--train FILE --dev FILE [-o MODEL]",
		"Trains the entity tagger on a CoNLL-format file (token first, NER tag last,\n"+
			"IOB1 or IOB2) and chooses the epochs of each stage by F1 on the dev file.\n"+
			"The result is deterministic given the data and the flags. With --gum, the\n"+
			"documents of GUM's coreference layer (16 genres) are added to the training\n"+
			"data; the epochs are still chosen on the dev file.", stderr)
	trainPath := fs.String("train", "", "training `FILE` in CoNLL format (required)")
	devPath := fs.String("dev", "", "dev `FILE` in CoNLL format (required)")
	out := fs.StringP("output", "o", "ner.model", "write the model to `MODEL`")
	seed := fs.Int64("seed", 1, "random seed for example order")
	maxIter := fs.Int("max-iter", 30, "most epochs per stage")
	patience := fs.Int("patience", 5, "stop a stage after this many epochs without a better dev F1")
	minCount := fs.Int("min-count", 1, "drop features seen in fewer training tokens")
	folds := fs.Int("folds", 5, "jackknife folds for the second stage")
	ensemble := fs.Int("ensemble", 1, "average this many perceptrons trained on different example orders")
	bio := fs.Bool("bio", false, "use BIO labels instead of BILOU")
	single := fs.Bool("single-stage", false, "train only the first stage (no document features)")
	noAugment := fs.Bool("no-augment", false, "do not add title-case copies of headlines in capitals")
	noGaz := fs.Bool("no-gazetteer", false, "leave out the gazetteer and word-cluster features")
	gumDir := fs.String("gum", "", "also train on the documents of GUM's coreference layer in `DIR` (its train split, e.g. ../shared/data/gum-coref/train; never the dev split, which 'kg eval names' reports), their names labelled the CoNLL-2003 way (see ner.ReadGUM)")
	gumRepeat := fs.Int("gum-repeat", 1, "with --gum, add the GUM documents this many `times`")
	gumGenres := fs.StringSlice("gum-genres", nil, "with --gum, add only the documents of these `GENRES` (comma-separated: news, bio, interview, voyage, ...; GUM names each file GUM_GENRE_NAME.conll); default all")
	quiet := fs.BoolP("quiet", "q", false, "do not print progress")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *trainPath == "" || *devPath == "" || fs.NArg() != 0 {
		return usageError{errors.New("train ner: --train and --dev are required, and no arguments")}
	}
	train, err := readCoNLLFile(*trainPath)
	if err != nil {
		return err
	}
	dev, err := readCoNLLFile(*devPath)
	if err != nil {
		return err
	}
	if *gumDir != "" {
		gum, err := readGUMGenres(*gumDir, *gumGenres)
		if err != nil {
			return err
		}
		for i := 0; i < *gumRepeat; i++ {
			train = append(train, gum...)
		}
	}
	logw := stderr
	if *quiet {
		logw = io.Discard
	}
	start := time.Now()
	m, err := ner.Train(ctx, train, dev, &ner.TrainOptions{
		MaxIter: *maxIter, Patience: *patience, MinCount: *minCount, Seed: *seed,
		BIO: *bio, SingleStage: *single, Folds: *folds, Ensemble: *ensemble, NoAugment: *noAugment, NoGazetteer: *noGaz, Log: logw,
	})
	if err = notWritten(ctx, err, *out); err != nil {
		return err
	}
	n, err := writeModel(*out, m)
	if err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(logw, "wrote %s (%d bytes): %s; dev F1 %.4f; %v, peak heap %d MiB\n",
		*out, n, m.Info(), ner.EvalDocs(m, dev).F1(), time.Since(start).Round(time.Second), ms.HeapSys>>20)
	return nil
}

// notWritten returns err, or an error wrapping ctx.Err() when ctx is done
// and err is nil, saying that the model out was not written: a training
// that was interrupted writes no model.
func notWritten(ctx context.Context, err error, out string) error {
	if err == nil && ctx.Err() != nil {
		err = fmt.Errorf("train: interrupted: %w", ctx.Err())
	}
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("%w (%s not written)", err, out)
	}
	return err
}

func readCoNLLFile(path string) ([]ner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// readGUMGenres reads the GUM documents of dir as ner.ReadGUMDir does, or,
// with genres, only those of files named GUM_GENRE_*.conll for one of
// them, in name order.
func readGUMGenres(dir string, genres []string) ([]ner.Document, error) {
	if len(genres) == 0 {
		return ner.ReadGUMDir(dir)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.conll"))
	if err != nil {
		return nil, fmt.Errorf("train ner: gum %q: %w", dir, err)
	}
	sort.Strings(names)
	var docs []ner.Document
	for _, name := range names {
		base := filepath.Base(name)
		if !slices.ContainsFunc(genres, func(g string) bool { return strings.HasPrefix(base, "GUM_"+g+"_") }) {
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("train ner: %w", err)
		}
		d, err := ner.ReadGUM(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("train ner: gum %q: no document of the genres %s", dir, strings.Join(genres, ", "))
	}
	return docs, nil
}
