// Package relate finds relations between the entities of a sentence.
//
// A Relater is the pipeline stage: after the entity recognizer and
// resolution, its Process method appends to Result.Relations the edges it
// finds in each sentence, each with its predicate IRI, the words that state
// it (Label, Start, End), how it was found (Method) and how sure it is
// (Score). Three kinds of evidence feed it, in this order of precedence:
//
//   - English constructions (rules.go): appositives ("X, a branch of Y
//     active in A and B", "X, a spokesman for Y", "Aiken, S.C."), titles
//     before names ("Acme chief executive X", "the agency's chief, X"),
//     "X of Y", "the Y-based X" and "X, based in Y", "X, 34, from Y",
//     possessives ("Russia's X"), "X in Y" for places. They map to a fixed
//     vocabulary: schema.org where it has the term (worksFor, memberOf,
//     parentOrganization, subOrganization, containedInPlace, location,
//     homeLocation, workLocation, nationality, areaServed; jobTitle as an
//     entity attribute) and kg:killed where it does not.
//   - Open relations (open.go): a verb phrase between two entities, after
//     ReVerb's part-of-speech patterns over kg's own tagger (package pos),
//     with a predicate IRI in kg's namespace made from the normalised
//     phrase ("claimed responsibility for" -> kg:claimedResponsibilityFor).
//     Their kg:score is the probability that they are right in news, from
//     OpenModel (DefaultOpenModel), fitted on open relations in BBC news
//     judged by hand (FitLogistic; OpenCandidates gives the rows).
//   - A relation classifier trained by kg's code on CoNLL04 (Work_For,
//     Kill, OrgBased_In, Live_In, Located_In, mapped to worksFor, killed,
//     location, homeLocation, containedInPlace; a home that is a country
//     named before the person's noun, "Norland star X", is nationality),
//     with lexical and syntactic features of the words between and around
//     the two mentions (package relclass). Its relations' kg:score is the probability that
//     they are right in news, from NewsModel (DefaultNewsModel), fitted on
//     the classifier's relations in BBC news judged by hand
//     (FitNewsModel; ClassifierCandidates gives the rows).
//
// EvaluateDocRED runs the stage on a DocRED-format file (ReadDocRED) with
// its gold mentions, and EvaluateDocREDEndToEnd the whole pipeline on its
// text with kg's own names, and both check what is found against the
// documents' Wikidata-property labels.
//
// The vocabulary's mapping to Wikidata properties is in package schema
// (RelationProperties, RelationVocabulary) and docs/SCHEMA.md.
package relate
