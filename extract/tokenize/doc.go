// Package tokenize splits English text into tokens that keep their byte
// offsets into the original text.
package tokenize
