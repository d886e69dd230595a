package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/pflag"

	"github.com/kg-project/kg/extract"
	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/typing"
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
}

func (p *pipelineFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&p.model, "model", "", "entity tagger model `file` (default: the model built into kg)")
	fs.StringSliceVar(&p.off, "off", nil, "turn off the relation or claim construction `NAME` (repeatable, or comma-separated), to see what it adds; an unknown NAME is answered with the list of known ones")
	fs.StringVar(&p.date, "date", "", "publication date of documents that carry none, `YYYY-MM-DD`, for relative dates (\"on Friday\"); default: a date line at the top of each document, if any")
}

// setDate gives doc the --date publication date, if one was given and
// the document carries none of its own.
func (p *pipelineFlags) setDate(doc *extract.Document) {
	if !p.day.IsZero() && doc.Date.IsZero() {
		doc.Date = p.day
	}
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
	opts := pipeline.Options{Off: p.off}
	if len(p.unmerged) > 0 {
		g, err := gazetteer.Default()
		if err != nil {
			return nil, err
		}
		c := typing.NewCountries(g)
		opts.Resolver = resolve.New(&resolve.Options{Aliases: c, Unmerged: p.unmerged})
	}
	if p.model != "" {
		m, err := ner.LoadFile(p.model)
		if err != nil {
			return nil, fmt.Errorf("load entity tagger: %w", err)
		}
		opts.Recognizer = ner.NewRecognizer(m, nil)
	}
	return pipeline.New(&opts)
}
