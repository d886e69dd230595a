// Package corefgold reads the coreference gold of the GUM corpus (its
// CoNLL files with entity types and Wikipedia titles, as in
// ../shared/data/gum-coref) and scores how the pipeline finds, types and
// groups the named mentions in them: which mentions name the same entity is
// what entity resolution decides, and GUM has it for 16 genres, news among
// them.
//
// A gold named mention is a mention of an entity GUM links to Wikipedia
// whose last word is capitalised ("the Daughters of the American
// Revolution", "Kabul"; not "a group of Afghan teenagers" nor "she"). A
// mention kg finds matches a gold one when they share at least half of the
// longer one's tokens, one to one, best overlap first, over all the gold
// mentions, titled or not: GUM nests mentions and kg does not, so a name kg
// finds that is the mention of an entity without a title ("the Acme Wiki")
// is matched to it and not also to the titled name inside ("Acme"). Report
// counts detection recall (gold
// named mentions matched), type accuracy (the matched mention's entity has
// the gold type: person PER, place LOC, organization ORG, event EVENT, any
// other MISC) and, over the pairs of matched mentions in a document,
// pairwise precision and recall of "same entity": two gold mentions are of
// one entity when they have one Wikipedia title (GUM's coreference at times
// keeps two entities with one title apart, a town and its municipality,
// which a graph holds as one node).
package corefgold
