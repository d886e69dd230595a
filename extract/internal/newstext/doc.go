// Package newstext reads the text the data generators learn from
// (extract/gazetteer/gen and extract/relclass/gen): news lines tokenized
// roughly as the Penn Treebank does, and the words of CoNLL-format files,
// so that both see the same tokens.
package newstext
