package ner

import (
	"bytes"
	_ "embed"
	"sync"
)

// embedded is the shipped model, trained by
//
//	kg train ner --train ../shared/data/conll2003/train.txt \
//	    --dev ../shared/data/conll2003/valid.txt -o extract/ner/ner.model
//
//go:embed ner.model
var embedded []byte

var defaultModel = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(embedded))
})

// Default returns the model shipped with kg, decoded on first use.
func Default() (*Model, error) { return defaultModel() }
