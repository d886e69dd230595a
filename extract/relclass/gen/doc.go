// Command gen learns the word vectors of package relclass from unlabelled
// text and writes them, quantised, to extract/relclass/data/wordvec.tsv.gz.
//
//	go run ./extract/relclass/gen -data ../shared/data -o extract/relclass/data/wordvec.tsv.gz
//
// The text is the BBC and AG News articles and the tokens of the training
// splits of CoNLL-2003, CoNLL04 and GUM (no dev or test text). Each word
// (lower case, digits as 0) seen at least -min times gets a vector: the
// rows of a truncated SVD of its positive pointwise mutual information with
// the words on its left and on its right within two places (contexts
// smoothed with exponent 0.75; Levy, Goldberg and Dagan 2015), scaled by
// the square roots of the singular values and normalised. What is written
// is the vector quantised for a linear model: its cluster at several
// granularities (spherical k-means) and, for the first dimensions, whether
// it is well above or below the mean of its sign (Guo et al. 2014). The
// output depends only on the data and the flags.
package main
