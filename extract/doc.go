// Package extract holds the data model of kg's language pipeline: a
// Document goes in, and a Result comes out holding its sentences, tokens,
// entity mentions, resolved entities, relations, claims and events, all
// anchored by byte offsets into the original text.
//
// The stages that fill a Result live in sub-packages named for what they
// provide (tokenize, sentence, annotate, ner, resolve, relate, ...); the
// pipeline package runs them in order. Package annotate computes once what
// every later stage reads of a sentence (lower case, lemmas, part-of-speech
// and chunk tags, the mention at each token) and of the document (its
// quotations and dateline); package lexicon is their one source of word
// classes. Nothing under extract imports Cayley: mapping a
// Result to quads is the job of package schema.
//
// Offsets: every Start/End in this package is a byte offset into
// Document.Text, End exclusive. Package schema converts them to the Unicode
// code point offsets that NIF requires.
package extract
