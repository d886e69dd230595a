// Package newsgold reads kg's news gold set, news articles annotated by
// hand (docs/GOLD.md says how), and scores extraction results against it:
// precision and recall of entities and their types, relations, claims,
// events and quantities, and the precision of each construction or model
// that made them. 'kg eval news' prints the report; a test holds floors.
//
// The gold files hold annotations and the article's path in
// ../shared/data, never its text: Article.Document reads it from there.
//
// LoadJudged reads relations judged right or wrong by hand, the relation
// classifier's (testdata/classifier-judged.tsv) and the open relations
// (testdata/open-judged.tsv); JudgedRows extracts their articles and gives
// each the features of its method's model, and FitModel fits that model
// (relate.NewsModel with ClassifierSpec, relate.OpenModel with OpenSpec)
// on them by cross-validation over articles ('kg eval news --calibrate').
package newsgold
