// Package typing gives entities finer classes than the tagger's four
// coarse types, from gazetteers generated from reference data and from the
// words around their mentions: a place becomes a Country, a City or another
// Place; a country's demonym ("Ukrainian", "Russians") points at the
// country; countries get their Wikidata id and ISO 3166 code.
package typing

//go:generate go run ./gen -data ../../../shared/data -out demonyms.tsv
