// Package gazetteer holds lists of names generated from the reference data
// in ../shared/data: countries with their alternative spellings, demonyms,
// ISO codes and Wikidata ids (a spelling two countries share names
// neither, nor does one ending in a function word, "Republic of": see
// loadCountries); GeoNames places with population and feature
// class; regions; and Wikidata labels of international organisations,
// people, organisations, places and other named things, typed by their
// descriptions, with their Wikidata aliases (but a company's alias that
// names another body, a parent or a predecessor: "Tarvik Holdings" of an
// airline; see gen's otherBody). It also holds word clusters learned from unlabelled news
// text, which the entity tagger uses as features; how often news writes
// each word in lower case and capitalised (Casing), counted over the BBC,
// AG News and PolNeAR training articles (the news gold set's articles
// among them: counts of words, not of names in any one article); how
// often the same text writes each acronym it pluralises ("DVDs") alone
// and in the plural (Acronym); and given names, the first words of people's names in the CoNLL-2003
// training data.
//
// The data is generated, never hand-written, by
//
//	go generate ./extract/gazetteer
//
// (which runs ./gen against ../shared/data, then rewrites the phrase
// table's image from the new lists) and committed as gzip'd TSV under
// data/, embedded in the binary, with data/phrases.bin: the hash table of
// the names' phrases, which Lookup reads in place, so that the lists of
// places and names themselves are decoded only when first asked for. It
// holds names, types, ids and cluster numbers, never corpus text.
package gazetteer

//go:generate go run ./gen -data ../../../shared/data -out data
//go:generate go test -run TestPhraseImage|TestClusterImage$ -update
