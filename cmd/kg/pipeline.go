package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/kg-project/kg/extract/gazetteer"
	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/pipeline"
	"github.com/kg-project/kg/extract/resolve"
	"github.com/kg-project/kg/extract/typing"
)

// pipelineFlags are the flags of commands that run the extraction pipeline.
type pipelineFlags struct {
	model string
}

func (p *pipelineFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&p.model, "model", "", "entity tagger model `file` (default: the model built into kg)")
}

// pipeline builds the extraction pipeline the flags ask for.
func (p *pipelineFlags) pipeline() (*pipeline.Pipeline, error) {
	var (
		m   *ner.Model
		err error
	)
	if p.model != "" {
		m, err = ner.LoadFile(p.model)
	} else {
		m, err = ner.Default()
	}
	if err != nil {
		return nil, fmt.Errorf("load entity tagger: %w", err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return pipeline.New(&pipeline.Options{
		Recognizer: ner.NewRecognizer(m, nil),
		Resolver:   resolve.New(&resolve.Options{Aliases: typing.NewCountries(g)}),
		Stages:     []pipeline.Stage{typing.New(g)},
	})
}
