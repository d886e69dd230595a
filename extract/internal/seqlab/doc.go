// Package seqlab is a linear-chain sequence labeller: an averaged structured
// perceptron trained with Viterbi decoding over a small label set.
//
// Features are 64-bit hashes chosen by the caller. The model keeps them in
// an open-addressing hash table whose slots point at rows of a flat weight
// array, so scoring a token is a handful of array lookups and no string is
// hashed or compared in the hot path. A transition matrix scores label
// bigrams; a mask forbids transitions the label encoding rules out (I-PER
// after O in BIO, for example).
//
// TrainPerceptron runs the training epochs over shuffled examples and keeps
// the epoch that scores best on dev data; FileFormat is the envelope of the model files of the packages that use
// seqlab (a gzip stream with a magic line, a JSON configuration and
// models), so that each states only what its files hold. FileFormat.Image
// lays out what tagging needs of such a file (feature tables, a cascade's
// Joint) to be embedded and read in place by FileFormat.ReadImage.
package seqlab
