package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/schema"
)

// Sources returns the documents that support the edge subj pred obj, sorted
// and without repeats. kv stores have no label index, so it does not scan
// labels; it uses two index lookups:
//
//   - the statement nodes kg build writes for every extracted edge
//     (?st rdf:subject subj; rdf:predicate pred; rdf:object obj;
//     kg:document ?doc), found from subj through the object index; this also
//     finds edges only reported inside a claim, which have no plain quad;
//   - the graph labels of the quads subj pred obj themselves (an exact key
//     of the object-predicate-subject index), which covers imported data
//     (labelled with its import's graph IRI) and documents written without
//     statement nodes.
//
// Only IRIs are returned (a blank-node label is not a document). An edge
// that is not in the store has no sources and no error.
func (s *Store) Sources(ctx context.Context, subj, pred, obj quad.Value) ([]quad.IRI, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	if subj == nil || pred == nil || obj == nil {
		return nil, fmt.Errorf("graph: sources: subject, predicate and object are all required")
	}
	vals := []quad.Value{subj, pred, obj,
		quad.IRI(schema.StmtSubject), quad.IRI(schema.StmtPredicate), quad.IRI(schema.StmtObject), quad.IRI(schema.Document)}
	rs, err := refs.RefsOf(ctx, s.qs, vals)
	if err != nil {
		return nil, fmt.Errorf("graph: sources: %w", err)
	}
	for _, r := range rs[:3] {
		if !Present(r) {
			return nil, nil
		}
	}
	found := make(map[any]refs.Ref)
	if err := s.statementSources(ctx, rs, found); err != nil {
		return nil, fmt.Errorf("graph: sources: %w", err)
	}
	// Labels of the edge's own quads.
	err = Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Subject: rs[0], quad.Predicate: rs[1], quad.Object: rs[2]}), func(q refs.Ref) error {
		l, err := s.qs.QuadDirection(q, quad.Label)
		if err == nil && Present(l) {
			found[l.Key()] = l
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("graph: sources: %w", err)
	}
	return s.sortedIRIs(ctx, found)
}

// statementSources adds to found the documents (kg:document) of the
// statement nodes of the edge rs[0] rs[1] rs[2]; rs[3:7] are rdf:subject,
// rdf:predicate, rdf:object and kg:document, of which none may be absent.
func (s *Store) statementSources(ctx context.Context, rs []refs.Ref, found map[any]refs.Ref) error {
	sr, pr, or := rs[0], rs[1], rs[2]
	rdfSubj, rdfPred, rdfObj, kgDoc := rs[3], rs[4], rs[5], rs[6]
	if !Present(rdfSubj) || !Present(rdfPred) || !Present(rdfObj) || !Present(kgDoc) {
		return nil
	}
	// Statement nodes: ?st rdf:subject subj.
	var stmts []refs.Ref
	seen := make(map[any]bool)
	err := Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Predicate: rdfSubj, quad.Object: sr}), func(q refs.Ref) error {
		st, err := s.qs.QuadDirection(q, quad.Subject)
		if err != nil {
			return err
		}
		if !seen[st.Key()] {
			seen[st.Key()] = true
			stmts = append(stmts, st)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, st := range stmts {
		ok, err := s.hasMatch(ctx, map[quad.Direction]refs.Ref{quad.Subject: st, quad.Predicate: rdfPred, quad.Object: pr})
		if err != nil {
			return err
		}
		if ok {
			ok, err = s.hasMatch(ctx, map[quad.Direction]refs.Ref{quad.Subject: st, quad.Predicate: rdfObj, quad.Object: or})
		}
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		err = Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Subject: st, quad.Predicate: kgDoc}), func(q refs.Ref) error {
			d, err := s.qs.QuadDirection(q, quad.Object)
			if err == nil && Present(d) {
				found[d.Key()] = d
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// sortedIRIs gives the values of found that are IRIs, sorted.
func (s *Store) sortedIRIs(ctx context.Context, found map[any]refs.Ref) ([]quad.IRI, error) {
	list := make([]refs.Ref, 0, len(found))
	for _, r := range found {
		list = append(list, r)
	}
	names, err := s.Values(ctx, list)
	if err != nil {
		return nil, fmt.Errorf("graph: sources: %w", err)
	}
	var out []quad.IRI
	for _, v := range names {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// hasMatch reports whether any quad matches filter.
func (s *Store) hasMatch(ctx context.Context, filter map[quad.Direction]refs.Ref) (bool, error) {
	found := false
	err := Each(ctx, s.MatchQuads(ctx, filter), func(refs.Ref) error {
		found = true
		return ErrStop
	})
	if err != nil && err != ErrStop {
		return false, err
	}
	return found, nil
}
