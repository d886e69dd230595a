// Package relclass is kg's trained relation classifier: given a sentence
// and its entity mentions, it predicts the CoNLL04 relations between them
// (Work_For, Kill, OrgBased_In, Live_In, Located_In), each with a
// calibrated score (Model.Classify). Package relate uses it beside its
// English constructions.
//
// A Model also holds entity taggers (a linear-chain CRF whose best
// labelling gives the spans, and a perceptron ensemble that proposes more
// candidates) and a span typer for the CoNLL04 entity types (Peop Org Loc
// Other), so that 'kg relate' can annotate CoNLL04-style JSON end to end
// and 'kg eval relations' can score it (Predict, Evaluate, ReadJSON,
// WriteJSON). The features are lexical and syntactic: the words between
// and around the two mentions, their part-of-speech and chunk tags, word
// clusters, gazetteer matches and quantised word vectors
// (data/wordvec.tsv.gz, made by the gen program).
//
// Train fits a model on CoNLL04 train and tunes it on dev ('kg train
// relations'); Default returns the model shipped in the binary
// (relate.model) and DefaultClassifier its relation classifier alone.
package relclass
