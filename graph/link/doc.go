// Package link links the entities of a graph.Store to the nodes of RDF
// datasets (Wikidata slices, say) with owl:sameAs: Run reads the
// datasets, finds each mentioned entity's candidates by name, alias or
// identifier, and by the shorter forms news uses (a club's town or
// nickname on a sports page, a place's adjective, an abbreviation, an
// acronym's initials, an area's name less its dedication: "Vellosa" for
// "Vellosa de Arno", a sea's less "Sea", the other spelling of
// "-isation"), scores them (kind of name, type compatibility from
// classes, telling properties and English descriptions, context,
// prominence) and writes the links that win, each with a kg:Link record,
// to the links graph (LinksGraph). A one-word name its documents give in
// full to a person takes that person's link. Unlink removes them again, LinkedDatasets lists the
// datasets linked against, and DatasetsOfFile finds those a file is.
//
// It owns the links graph's content; its terms (LinksGraph, LinkClass,
// ...) are shared with the store's statistics and the entity cards of
// package explore. It reads the entity index through Store.EntityIndex
// and writes inside Store.Update, so that the links replaced and the links
// added are one change no other write comes between.
package link
