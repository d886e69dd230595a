package main

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/kg-project/kg/extract/ner"
	"github.com/kg-project/kg/extract/pipeline"
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
	var opts pipeline.Options
	if p.model != "" {
		m, err := ner.LoadFile(p.model)
		if err != nil {
			return nil, fmt.Errorf("load entity tagger: %w", err)
		}
		opts.Recognizer = ner.NewRecognizer(m, nil)
	}
	return pipeline.New(&opts)
}
