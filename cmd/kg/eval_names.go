package main

import (
	"context"
	"fmt"
	"io"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/corefgold"
)

// evalNamesCmd is 'kg eval names': named mentions found, typed and
// grouped into entities, scored against GUM's coreference gold.
type evalNamesCmd struct{}

const evalNamesHelp = `Runs the extraction pipeline on the documents of GUM's coreference gold
(CoNLL files with entity types and Wikipedia titles: the train or dev split
of ../shared/data/gum-coref; 16 genres, news among them) and scores the
named mentions: those of entities GUM links to Wikipedia whose last word is
capitalised. A mention kg finds matches a gold one when they share at least
half of the longer one's tokens, one to one, best overlap first, over all of
GUM's mentions: a name kg finds that is the mention of an entity without a
title ("the Acme Wiki") is not also taken for the titled name inside it.

Prints the share of gold named mentions found, type accuracy over the
matched ones (GUM's person, place, organization and event are kg's PER,
LOC, ORG and EVENT; any other type MISC), and, over the pairs of matched
mentions of a document, precision and recall of "same entity": whether kg
put them in one entity exactly when GUM gives them one Wikipedia title. Then type accuracy by gold
type and the figures by genre. The text kg reads is GUM's tokens joined by
spaces.

Examples:
  kg eval names ../shared/data/gum-coref/dev
  kg eval names --errors ../shared/data/gum-coref/dev | grep -- '-same'`

func (evalNamesCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("eval names", "DIR", evalNamesHelp, stderr)
	showErrors := fs.Bool("errors", false, "after the scores, list wrongly merged (+same) and split (-same) pairs and wrong types (+type)")
	var po pipelineFlags
	po.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("eval names: want one directory of GUM *.conll files, got %d arguments", fs.NArg())}
	}
	docs, err := corefgold.ReadDir(fs.Arg(0))
	if err != nil {
		return err
	}
	pipe, err := po.pipeline()
	if err != nil {
		return err
	}
	rep := corefgold.NewReport()
	for i := range docs {
		d := &docs[i]
		doc := extract.Document{Text: d.Text, Source: d.Name}
		res, err := pipe.Extract(ctx, doc)
		if err != nil {
			return err
		}
		rep.Add(d, res)
	}
	if err := rep.Write(stdout); err != nil || !*showErrors {
		return err
	}
	fmt.Fprintln(stdout)
	return rep.WriteErrors(stdout)
}
