package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// Stats counts what a store holds, in kg's schema (docs/SCHEMA.md). Counts
// of typed things are of distinct subjects, whatever graphs they are in,
// but for the types stated in kg's own graphs (the vocabulary, links and
// decisions graphs), which are kg's bookkeeping: a store that kg build
// made from nothing counts the documents, entities, mentions, relations
// and quads kg build's summary reports.
type Stats struct {
	// Documents is the number of rdf:type schema:NewsArticle subjects.
	Documents int `json:"documents"`
	// Entities maps each other rdf:type class (full IRI) to the number of
	// its instances; the structural classes counted below (articles,
	// mentions, statements, claims, NIF contexts, sentences and strings)
	// are left out.
	Entities map[string]int `json:"entities"`
	// EntityTotal is the number of distinct subjects counted in Entities:
	// an entity with two classes (schema:City and schema:Place) counts once.
	EntityTotal int `json:"entity_total"`
	// Mentions is the number of nif:Phrase subjects.
	Mentions int `json:"mentions"`
	// Relations is the number of kg:Statement nodes (extracted edges).
	Relations int `json:"relations"`
	// Claims is the number of schema:Claim subjects.
	Claims int `json:"claims"`
	// Graphs is the number of distinct graph labels: one per document
	// (DocumentGraphs), one per imported file or linked dataset and other
	// labels (Imports), and kg's own (KGGraphs).
	Graphs int `json:"graphs"`
	// DocumentGraphs is the number of graphs labelled with a document's
	// IRI, as kg build labels each document's quads.
	DocumentGraphs int `json:"document_graphs"`
	// Imports is the number of the other graphs that are not kg's own:
	// those of kg import (a file's, or the quads' own with --keep-graphs)
	// and the datasets of kg link.
	Imports int `json:"imports"`
	// KGGraphs is the number of kg's own graphs the store holds: the
	// vocabulary graph kg build writes, kg link's links graph, kg
	// unmerge's decisions graph.
	KGGraphs int `json:"kg_graphs"`
	// Quads is the number of quads.
	Quads int64 `json:"quads"`
}

// structural classes are counted on their own, not as entities.
var structural = map[string]bool{
	schema.NewsArticle: true, schema.NIFPhrase: true, schema.Statement: true,
	schema.ClaimClass: true, schema.NIFContext: true, schema.NIFSentence: true,
	schema.NIFString: true,
}

// kgGraphs are the graphs of kg's bookkeeping: what they type is not
// counted as entities.
var kgGraphs = []string{schema.VocabularyGraph, vocab.LinksGraph, schema.DecisionsGraph}

// IsEntityClass reports whether Stats counts the subjects of an rdf:type
// quad with object class (outside kg's own graphs) as entities: every
// class but those of kg's structural nodes (documents, NIF contexts,
// sentences and phrases, statements, claims).
func IsEntityClass(class quad.Value) bool {
	iri, ok := class.(quad.IRI)
	return !ok || !structural[string(iri)]
}

// QuadCount returns the number of quads in the store when the backend keeps
// it (bbolt does, once something was written: it costs one read), or -1
// when it is not known without counting (Stats counts).
func (s *Store) QuadCount(ctx context.Context) int64 {
	if err := s.Err(); err != nil {
		return -1
	}
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	return s.quadCount(ctx)
}

// Stats counts documents, entities by class, mentions, relations, claims,
// graphs and quads. kv stores have neither a predicate nor a label index, so
// it is one pass over all quads, keeping a set of subjects per class.
func (s *Store) Stats(ctx context.Context) (*Stats, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	typeRef, err := s.Ref(quad.IRI(schema.Type))
	if err != nil {
		return nil, err
	}
	// kg's own graphs type our predicates, links and decisions, not
	// entities.
	own := make(map[any]bool)
	for _, g := range kgGraphs {
		r, err := s.Ref(quad.IRI(g))
		if err != nil {
			return nil, err
		}
		if r != nil {
			own[r.Key()] = true
		}
	}
	members := make(map[any]map[any]struct{}) // class key -> subject keys
	classRefs := make(map[any]refs.Ref)
	graphs := make(map[any]struct{})
	st := &Stats{Entities: map[string]int{}}
	err = s.scanQuads(ctx, func(q [4]refs.Ref) error {
		st.Quads++
		if Present(q[3]) {
			graphs[q[3].Key()] = struct{}{}
		}
		if typeRef == nil || !SameRef(q[1], typeRef) || (Present(q[3]) && own[q[3].Key()]) {
			return nil
		}
		ck := q[2].Key()
		m := members[ck]
		if m == nil {
			m = make(map[any]struct{})
			members[ck] = m
			classRefs[ck] = q[2]
		}
		m[q[0].Key()] = struct{}{}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: stats: %w", err)
	}
	st.Graphs = len(graphs)
	articleRef, err := s.Ref(quad.IRI(schema.NewsArticle))
	if err != nil {
		return nil, err
	}
	var articles map[any]struct{}
	if articleRef != nil {
		articles = members[articleRef.Key()]
	}
	for g := range graphs {
		if own[g] {
			st.KGGraphs++
		} else if _, ok := articles[g]; ok {
			st.DocumentGraphs++
		} else {
			st.Imports++
		}
	}
	keys := make([]any, 0, len(classRefs))
	rs := make([]refs.Ref, 0, len(classRefs))
	for k, r := range classRefs {
		keys = append(keys, k)
		rs = append(rs, r)
	}
	vals, err := s.Values(ctx, rs)
	if err != nil {
		return nil, fmt.Errorf("graph: stats: %w", err)
	}
	distinct := make(map[any]struct{})
	for i, v := range vals {
		n := len(members[keys[i]])
		if iri, ok := v.(quad.IRI); !ok || !structural[string(iri)] {
			for k := range members[keys[i]] {
				distinct[k] = struct{}{}
			}
		}
		iri, ok := v.(quad.IRI)
		if !ok { // a literal or blank node as a class: count it under its N-Quads form
			st.Entities[v.String()] += n
			continue
		}
		switch c := string(iri); c {
		case schema.NewsArticle:
			st.Documents = n
		case schema.NIFPhrase:
			st.Mentions = n
		case schema.Statement:
			st.Relations = n
		case schema.ClaimClass:
			st.Claims = n
		default:
			if !structural[c] {
				st.Entities[c] = n
			}
		}
	}
	st.EntityTotal = len(distinct)
	return st, nil
}
