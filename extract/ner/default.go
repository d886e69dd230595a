package ner

import (
	_ "embed"
	"fmt"
	"sync"
)

// The shipped model is ner.model, trained by
//
//	kg train ner --train ../shared/data/conll2003/train.txt \
//	    --dev ../shared/data/conll2003/valid.txt -o extract/ner/ner.model
//
// The binary embeds its image (ner.image, written from it by go generate
// and checked by TestImage), read in place: the weights are neither
// decompressed nor indexed at start-up.
//
//go:generate go test -run ^TestImage$ -update
//go:embed ner.image
var image []byte

var defaultModel = sync.OnceValues(func() (*Model, error) { return loadImage(image) })

// Default returns the model shipped with kg, read on first use. It tags
// as the model file it was made from; it cannot be written (WriteTo).
func Default() (*Model, error) { return defaultModel() }

// loadImage reads a model from its image (Model.image).
func loadImage(img []byte) (*Model, error) {
	var cfg config
	s1, s2, j, err := modelFile.ReadImage(img, &cfg)
	if err != nil {
		return nil, err
	}
	if cfg.Encoding != encBIO && cfg.Encoding != encBILOU {
		return nil, fmt.Errorf("ner: load image: unknown encoding %q", cfg.Encoding)
	}
	if (s2 != nil) != cfg.Stage2 {
		return nil, fmt.Errorf("ner: load image: stage two does not match the configuration")
	}
	return newModel(cfg, s1, s2, j)
}

// image returns the image of m, which loadImage reads.
func (m *Model) image() ([]byte, error) {
	return modelFile.Image(m.cfg, m.stage1, m.stage2)
}
