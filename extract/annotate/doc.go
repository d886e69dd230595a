// Package annotate computes, once per document, what every later stage of
// the pipeline reads of a sentence: each token's lower case, lemma,
// part-of-speech and chunk tags (extract.Sentence), the document's
// quotations (extract.Quote), its dateline (extract.Dateline) and the
// line-ups that end a match report (extract.Lineup). It runs
// after sentence splitting and before the entity recognizer; the mentions
// at each token are indexed by extract.Result.IndexMentions once they
// exist.
//
// The stages after it (ner, typing, resolve, relate, claim, event) never
// lower-case, tag or lemmatize a sentence themselves, and never look for
// quotation marks, a dateline or a line-up: they read the annotation.
package annotate
