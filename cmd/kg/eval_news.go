package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/kg-project/kg/extract/claim"

	"github.com/kg-project/kg/extract/newsgold"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/relate"
)

// evalNewsCmd is 'kg eval news': the whole pipeline scored against the
// hand-annotated news gold set.
type evalNewsCmd struct{}

const evalNewsHelp = `Runs the extraction pipeline on the articles of the news gold set
(docs/GOLD.md) and scores what it finds against their hand annotations:
precision, recall and F1 of entities, entity types, relations (per
construction or model and per predicate), open relations, claims and their
speakers, events with their places and dates, and quantities.

A claim's speaker is scored where the gold names one (right when it is
that entity) and where the gold gives an unnamed speaker's words in
brackets ("[a spokeswoman]") and kg gives the words of one too (kg
extract's "[the spokeswoman]"): right when the words share one other than
a determiner, a possessive or a preposition. Other claims' speakers are not
scored.

The gold files (*.txtar) name each article's path under the shared data
directory; the text is read from there. The dev split is for tuning; the
test split is for reporting only.

With --calibrate the classifier and the open relations keep every
relation (as with --min-score 0) and, after the scores, the Brier score of their kg:score in the gold
set is printed; then relate.NewsModel, the logistic model of the
classifier's margin, predicate and what lies between the two names that
gives kg:score, is refitted on the classifier's relations judged right or
wrong by hand in the --judged file (articles read from --data), by 10-fold
cross-validation over articles: the Brier scores, the reliability of the
left-out probabilities and the refitted weights are printed. Then the same
for relate.OpenModel, which gives the open relations' kg:score, on the
open relations judged in the --open-judged file, and for claim.NewsModel,
which gives a claim's kg:score (the probability that its content and its
speaker are right), on the claims of the hand-judged rounds in the
--claims-judged file (their features are read from the judged lines; no
article is extracted).

Examples:
  kg eval news
  kg eval news --calibrate
  kg eval news --errors --gold extract/newsgold/testdata/dev | grep relation`

func (evalNewsCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval news", "[flags]", evalNewsHelp, stderr)
	goldDir := fs.String("gold", "extract/newsgold/testdata/dev", "gold `DIR` of *.txtar annotations")
	dataDir := fs.String("data", "../shared/data", "shared data `DIR` the articles are read from")
	showErrors := fs.Bool("errors", false, "after the scores, list every wrong (+) and missed (-) item")
	calibrate := fs.Bool("calibrate", false, "keep every classifier relation and refit the scale of its scores (see above)")
	judged := fs.String("judged", "extract/newsgold/testdata/classifier-judged.tsv", "with --calibrate, `FILE` of classifier relations judged by hand to fit the news model on")
	openJudged := fs.String("open-judged", "extract/newsgold/testdata/open-judged.tsv", "with --calibrate, `FILE` of open relations judged by hand to fit their model on")
	claimsJudged := fs.String("claims-judged", "extract/newsgold/testdata/claims-judged.tsv", "with --calibrate, `FILE` of claims judged by hand to fit the claims' news model on")
	var po pipelineFlags
	po.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *calibrate {
		po.minScore = 0
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("eval news: unexpected argument %q", fs.Arg(0))}
	}
	arts, err := newsgold.Load(*goldDir)
	if err != nil {
		return err
	}
	pipe, err := po.pipeline()
	if err != nil {
		return err
	}
	rep := newsgold.NewReport()
	for i := range arts {
		doc, err := arts[i].Document(*dataDir)
		if err != nil {
			return err
		}
		if arts[i].Date != "" {
			if d, err := time.Parse("2006-01-02", arts[i].Date); err == nil {
				doc.Date = d
			}
		}
		res, err := pipe.Extract(ctx, doc)
		if err != nil {
			return err
		}
		rep.Add(&arts[i], res)
	}
	if err := rep.Write(stdout); err != nil {
		return err
	}
	if *calibrate {
		fmt.Fprintln(stdout)
		if b := rep.ScoreByMethod[relate.MethodClassifier]; b != nil {
			brier, n := newsgold.Brier([]newsgold.Bin{*b})
			fmt.Fprintf(stdout, "relation classifier in this gold set (NewsModel is not fitted on it)\n  relations %d, right %d, mean kg:score %.3f, Brier %.3f\n\n", n, b.Right, b.Sum/float64(max(n, 1)), brier)
		}
		rows, err := judgedRows(ctx, pipe, relate.MethodClassifier, *judged, *dataDir, stderr)
		if err != nil {
			return err
		}
		if err := newsgold.FitClassifierModel(rows, 10, relate.DefaultNewsModel()).Write(stdout); err != nil {
			return err
		}
		if rows, err = judgedRows(ctx, pipe, relate.MethodVerbPattern, *openJudged, *dataDir, stderr); err != nil {
			return err
		}
		fmt.Fprintln(stdout)
		if err := newsgold.FitModel(rows, 10, newsgold.OpenSpec(relate.DefaultOpenModel())).Write(stdout); err != nil {
			return err
		}
		claims, err := newsgold.LoadJudgedClaims(*claimsJudged)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout)
		if err := newsgold.FitModel(newsgold.ClaimRows(claims), 10, newsgold.ClaimSpec(claim.DefaultNewsModel())).Write(stdout); err != nil {
			return err
		}
	}
	if *showErrors {
		fmt.Fprintln(stdout)
		return rep.WriteErrors(stdout)
	}
	return nil
}

// judgedRows extracts the articles of a file of relations of a method
// judged by hand and returns them with the features the method's
// candidates have in them; a judged relation kg no longer proposes, and a
// relation it proposes that is not judged, are counted on stderr.
func judgedRows(ctx context.Context, pipe *pipeline.Pipeline, method, path, dataDir string, stderr io.Writer) ([]newsgold.ModelRow, error) {
	judged, err := newsgold.LoadJudged(path)
	if err != nil {
		return nil, err
	}
	rows, missing, unjudged, err := newsgold.JudgedRows(ctx, pipe, relate.New(nil), method, judged, dataDir)
	if err != nil {
		return nil, err
	}
	if missing > 0 {
		fmt.Fprintf(stderr, "eval news: %d of %d judged relations in %s are no longer proposed (method %s)\n", missing, len(judged), path, method)
	}
	if unjudged > 0 {
		fmt.Fprintf(stderr, "eval news: %d of the %s relations in those articles are not judged in %s (the fit leaves them out: judge them)\n", unjudged, method, path)
	}
	return rows, nil
}
