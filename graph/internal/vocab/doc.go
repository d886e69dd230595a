// Package vocab is the vocabulary graph's packages share: which predicates
// name a node and how names are split into search tokens (NameTokens,
// NameKey, InflectionKey), which predicates and classes are kg's plumbing
// rather than facts between entities (IsPlumbingPredicate,
// StructuralClasses, IsEntityEdge), which IRIs name a document or a part of
// one (IsDocumentPart), how a user's IRI reference is read (ParseIRIRef),
// the terms of the links graph (LinksGraph, LinkIRI), and a few helpers on
// quad values they all use (DedupQuads, SortIRIs, AppendUniq, LabelIRI). It
// imports no Cayley package.
package vocab
