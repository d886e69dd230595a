// Package ner is kg's named-entity tagger: it finds names of people (PER),
// organisations (ORG), places (LOC) and other named things (MISC) in
// tokenized English text.
//
// The tagger is a linear-chain model trained by kg's own code (package
// extract/internal/seqlab, an averaged structured perceptron with Viterbi
// decoding over BILOU labels) in two stages, after Ratinov and Roth (2009):
// stage one sees each sentence through local features (the word, its lower
// case, prefixes, suffixes, shape, capitalisation in context such as
// sentence-initial words and headlines in capitals or title case, how the
// word is capitalised elsewhere in the document, neighbouring words,
// gazetteer matches from package gazetteer and word clusters learned from
// unlabelled news); stage two also sees how stage one labelled the other
// occurrences of the same word in the document, so a decision made where the
// context is clear carries over to where it is not. Typographic quotes and
// dashes are read as their ASCII forms.
//
// Features are 64-bit hashes looked up in flat open-addressing tables; the
// text-only features of frequent words are cached per word as exact
// fixed-point sums. A Model is safe for concurrent use.
//
// Default returns the model shipped in the binary; Load and LoadFile read
// one written by Model.WriteTo (see 'kg train ner'). Model.TagDocument tags
// token lists; a Recognizer adds Mentions to an extract.Result. ReadCoNLL
// reads CoNLL-format training and test files, TagCoNLL tags one ('kg tag'),
// and Eval scores tags as conlleval does ('kg eval ner').
//
// ReadGUM reads GUM's coreference layer (16 genres) as further training
// documents, its names labelled the CoNLL-2003 way by the rules in gum.go
// ('kg train ner --gum'). Train gives documents of such another domain
// (Document.Domain) a copy of every feature for that domain alone and
// drops the copies from the model, so the shared features learn from both
// corpora while the tagger stays a news tagger. The shipped model is
// trained on CoNLL-2003 alone: with GUM (docs/BENCHMARKS.md) GUM dev
// improved but news dev entity types and several dev floors did not.
package ner
