// Command gen builds the gazetteer data files of package gazetteer from the
// reference data in ../shared/data. Run it through go generate:
//
//	go generate ./extract/gazetteer
//
// It writes data/countries.tsv.gz, data/places.tsv.gz and data/names.tsv.gz
// (and, with -clusters, data/clusters.tsv.gz). Output is deterministic.
package main
