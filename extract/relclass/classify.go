package relclass

// Sentence is one sentence as the relation classifier reads it, with the
// entity mentions to relate. Words, Lower, Tags, Chunks and NER have one
// entry per token.
type Sentence struct {
	Words  []string
	Lower  []string // the words in lower case
	Tags   []string // Penn Treebank part-of-speech tags
	Chunks []string // IOB2 chunk tags
	NER    []string // IOB2 tags over PER ORG LOC MISC
	Ents   []Span
}

// Span is an entity mention over the tokens [Start, End) of a Sentence,
// with a CoNLL04 entity type (Peop, Org, Loc or Other).
type Span struct {
	Start, End int
	Type       string
}

// Prediction is a relation the classifier found between two entity
// mentions of a Sentence.
type Prediction struct {
	Head, Tail int    // indexes into Sentence.Ents
	Type       string // a CoNLL04 relation type (WorkFor, Kill, ...)
	// Score is the calibrated probability, in (0,1), that the relation is
	// right.
	Score float64
}

// Classify returns the relations between the entity mentions of s whose
// margin over no relation is at least the model's (chosen by
// cross-validation on CoNLL04 train and dev), ordered by head then tail
// mention.
func (m *Model) Classify(s *Sentence) []Prediction {
	t := &tagged{words: s.Words, lower: s.Lower, norm: make([]string, len(s.Lower)), tags: s.Tags, chunks: s.Chunks, ner: s.NER}
	for i, w := range t.lower {
		t.norm[i] = digitsToZero(w)
	}
	t.ents = make([]span, len(s.Ents))
	for i, e := range s.Ents {
		t.ents[i] = span{e.Start, e.End, e.Type}
	}
	ps := m.classify(t, m.cfg.Margin)
	out := make([]Prediction, len(ps))
	for i, p := range ps {
		out[i] = Prediction{Head: p.head, Tail: p.tail, Type: p.typ, Score: p.score}
	}
	return out
}
