// Package typing gives entities finer classes than the tagger's four
// coarse types, from gazetteers generated from reference data and from the
// words around their mentions, never from lists of names:
//
//   - a place becomes a Country, a City, an AdministrativeArea, a venue or
//     other facility (EventVenue, StadiumOrArena, Airport, ...), a body of
//     water or a mountain, or stays a Place;
//   - an organisation becomes a GovernmentOrganization,
//     NewsMediaOrganization or Corporation, or one of kg's own
//     PoliticalParty, ArmedGroup and IntergovernmentalOrganization, from
//     the words of its name ("Ministry of ...", "... Ltd"), descriptors and
//     appositives ("the Japanese company X", "X, a shipping firm", "the X
//     news agency"), verb frames ("quoted by X", "X claimed
//     responsibility") and the gazetteer;
//   - strong evidence corrects the tagger's coarse type ("the X venue" is a
//     place, "the X group" an organisation);
//   - a country's demonym ("Ukrainian", "Russians") points at the country,
//     a shared one ("American", "Dutch") at the most populous country
//     using it; countries get their Wikidata id and ISO 3166 code.
//
// The shared-demonym table, demonyms.tsv, is generated from ../shared/data
// by go generate (see gen).
package typing

//go:generate go run ./gen -data ../../../shared/data -out demonyms.tsv -geonames geonames.tsv -codes codes.tsv
