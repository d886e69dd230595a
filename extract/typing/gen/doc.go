// Command gen writes extract/typing/demonyms.tsv and geonames.tsv.
//
// demonyms.tsv: for each demonym that
// several countries share ("American": the United States, American Samoa,
// the Northern Mariana Islands...), the country it most often means in
// news, taken to be the most populous one. It reads the same sources as
// the gazetteer's demonym list (mledoze/countries and the
// wikidata-countries nationality column) and GeoNames' countryInfo.tsv
// for populations.
//
// geonames.tsv: each country's ISO 3166-1 alpha-2 code and GeoNames id,
// from GeoNames' countryInfo.tsv, so that countries link to GeoNames
// (https://sws.geonames.org/ID/) without any dataset.
//
//	go run ./gen -data ../../../shared/data -out demonyms.tsv -geonames geonames.tsv
package main
