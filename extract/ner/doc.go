// Package ner is kg's named-entity tagger: it finds names of people (PER),
// organisations (ORG), places (LOC) and other named things (MISC) in
// tokenized English text.
//
// The tagger is a linear-chain model trained by kg's own code (package
// extract/internal/seqlab, an averaged structured perceptron with Viterbi
// decoding over BILOU labels) in two stages, after Ratinov and Roth (2009):
// stage one sees each sentence through local features (the word, its lower
// case, prefixes, suffixes, shape, capitalisation in context, neighbouring
// words); stage two also sees how stage one labelled the other occurrences
// of the same word in the document, so a decision made where the context is
// clear carries over to where it is not.
//
// Default returns the model shipped in the binary; Load and LoadFile read
// one written by Model.WriteTo (see 'kg train ner'). Model.TagDocument tags
// token lists; a Recognizer adds Mentions to an extract.Result.
package ner
