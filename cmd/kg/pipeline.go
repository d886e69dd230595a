package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/resolve"
)

// pipelineFlags are the flags of commands that run the extraction pipeline.
type pipelineFlags struct {
	model string
	date  string
	day   time.Time
	// unmerged are the recorded unmerge decisions the resolver respects.
	unmerged []resolve.Unmerge
	// off are the rule constructions turned off.
	off []string
	// docTimeout bounds one document's extraction (0: no bound).
	docTimeout time.Duration
	// minScore is the lowest kg:score of a classifier or open relation
	// kept.
	minScore float64
}

// defaultDocTimeout is --doc-timeout's default: generous, since a news
// article takes milliseconds and the slowest input of --max-bytes' default
// size (8 MB of names in one sentence) about three minutes here, but it
// ends a runaway document instead of stalling a build.
const defaultDocTimeout = 2 * time.Minute

// defaultMinRelationScore is --min-score's default: a relation of the
// classifier or an open relation is kept when its kg:score, the
// probability (relate.NewsModel or relate.OpenModel, fitted on relations
// judged by hand in BBC news) that it is right, is at least 0.65. It is
// the smallest multiple of 0.05 at which, in the models'
// cross-validation by article (kg eval news --calibrate), the relations
// kept of each model are at least 0.85 right, the aim for every relation
// (docs/QUALITY.md has the figures): a wrong edge costs users more than a
// missing one.
const defaultMinRelationScore = 0.65

func (p *pipelineFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&p.model, "model", "", "entity tagger model `file` (default: the model built into kg)")
	fs.StringSliceVar(&p.off, "off", nil, "turn off the relation or claim construction `NAME` (repeatable, or comma-separated), to see what it adds; an unknown NAME is answered with the list of known ones")
	fs.Float64Var(&p.minScore, "min-score", defaultMinRelationScore, "keep the relation classifier's relations and the open (verb-phrase) relations only when their kg:score (the probability, calibrated on news judged by hand, that the relation is right) is at least this `score`; 0 keeps all (the constructions' relations are always kept)")
	fs.DurationVar(&p.docTimeout, "doc-timeout", defaultDocTimeout, "reject a document whose extraction takes longer than this `duration` (0: no limit)")
	fs.StringVar(&p.date, "date", "", "publication date of documents that carry none, `YYYY-MM-DD`, for relative dates (\"on Friday\"); default: a date line at the top of each document, if any")
}

// parseDate checks --date.
func (p *pipelineFlags) parseDate() error {
	if p.date == "" {
		return nil
	}
	d, err := time.Parse("2006-01-02", p.date)
	if err != nil {
		return usageError{fmt.Errorf("--date %q: want YYYY-MM-DD", p.date)}
	}
	p.day = d
	return nil
}

// pipelineCtx is pipeline that returns ctx's error as soon as ctx is done
// (kg interrupted while it loads its models); the loading goes on in the
// background and its result is dropped.
func (p *pipelineFlags) pipelineCtx(ctx context.Context) (*pipeline.Pipeline, error) {
	type result struct {
		pipe *pipeline.Pipeline
		err  error
	}
	done := make(chan result, 1)
	go func() {
		pipe, err := p.pipeline()
		done <- result{pipe, err}
	}()
	select {
	case r := <-done:
		return r.pipe, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// pipeline builds the extraction pipeline the flags ask for.
func (p *pipelineFlags) pipeline() (*pipeline.Pipeline, error) {
	if err := p.parseDate(); err != nil {
		return nil, err
	}
	if p.docTimeout < 0 {
		return nil, usageError{fmt.Errorf("--doc-timeout %v: must not be negative", p.docTimeout)}
	}
	if p.minScore < 0 || p.minScore > 1 {
		return nil, usageError{fmt.Errorf("--min-score %v: want a score from 0 to 1", p.minScore)}
	}
	opts := pipeline.Options{Off: p.off, DocTimeout: p.docTimeout, MinScore: p.minScore, Unmerged: p.unmerged, Date: p.day}
	if p.model != "" {
		m, err := ner.LoadFile(p.model)
		if err != nil {
			return nil, fmt.Errorf("load entity tagger: %w", err)
		}
		opts.Recognizer = ner.NewRecognizer(m, nil)
	}
	return pipeline.New(&opts)
}
