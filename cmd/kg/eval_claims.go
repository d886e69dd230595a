package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/claim"
)

// evalClaimsCmd is 'kg eval claims': the pipeline's claims scored against
// PolNeAR's attributions.
type evalClaimsCmd struct{}

const evalClaimsHelp = `Runs the extraction pipeline on the articles of a PolNeAR split (its
text/ and brat attributions/ directories) and scores the claims against the
gold attributions: a claim matches an attribution when their contents
overlap by at least half of the shorter one, one to one. Prints precision,
recall and F1 of contents, the speaker accuracy over matched attributions
whose source is named (a capitalised word in it that is not a pronoun, a
determiner or only the first word of a sentence; the claim's speaker is
right when it has a mention overlapping the source, or a name in it; a
claim whose speaker is unnamed is right when its words, "Ann Lee's lawyer",
overlap the source and hold all of its words), and the claims by
construction.

Examples:
  kg eval claims --gold ../shared/data/polnear/dev
  kg eval claims --gold ../shared/data/polnear/dev --errors | grep '+speaker'`

func (evalClaimsCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval claims", "--gold DIR", evalClaimsHelp, stderr)
	gold := fs.String("gold", "", "PolNeAR split `DIR` (with text/ and attributions/)")
	showErrors := fs.Bool("errors", false, "after the scores, list every wrong claim (+claim), wrong speaker (+speaker) and missed attribution (-claim)")
	var po pipelineFlags
	po.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		return usageError{errors.New("eval claims: --gold is required")}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("eval claims: unexpected argument %q", fs.Arg(0))}
	}
	docs, err := claim.ReadPolNeAR(*gold)
	if err != nil {
		return err
	}
	pipe, err := po.pipeline()
	if err != nil {
		return err
	}
	results := make([]*extract.Result, len(docs))
	for i, d := range docs {
		doc := extract.Document{Text: d.Text, Source: d.Name}
		if results[i], err = pipe.Extract(ctx, doc); err != nil {
			return err
		}
	}
	s, err := claim.EvaluatePolNeAR(docs, results)
	if err != nil {
		return err
	}
	if err := s.WriteReport(stdout); err != nil || !*showErrors {
		return err
	}
	fmt.Fprintln(stdout)
	for _, e := range s.Errors {
		if _, err := fmt.Fprintln(stdout, e); err != nil {
			return err
		}
	}
	return nil
}
