// Package pos is kg's part-of-speech tagger and phrase chunker for English.
//
// Both are linear-chain models trained by kg's own code (the averaged
// structured perceptron of package extract/internal/seqlab) on the POS and
// chunk columns of CoNLL-2003: the tagger assigns Penn Treebank tags (NN,
// VBD, IN, ...), the chunker IOB2 phrase tags (B-NP, I-VP, B-PP, ...) from
// the words and the tags. Relation extraction uses them for its
// verb-phrase patterns and syntactic features.
//
// Default returns the model shipped in the binary (see 'kg train pos');
// Load reads one written by Tagger.WriteTo.
package pos
