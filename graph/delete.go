package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/kg-project/kg/graph/internal/vocab"
)

// HasQuad reports whether q is stored (a quad without a label matches only
// a stored quad without one).
func (s *Store) HasQuad(ctx context.Context, q quad.Quad) (bool, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	return s.hasQuadValue(ctx, q)
}

// hasQuadValue is HasQuad for a caller that holds the store's lock.
func (s *Store) hasQuadValue(ctx context.Context, q quad.Quad) (bool, error) {
	vals := []quad.Value{q.Subject, q.Predicate, q.Object}
	if q.Label != nil {
		vals = append(vals, q.Label)
	}
	rs, err := refs.RefsOf(ctx, s.qs, vals)
	if err != nil {
		return false, err
	}
	for _, r := range rs {
		if !Present(r) {
			return false, nil
		}
	}
	var l refs.Ref
	if len(rs) == 4 {
		l = rs[3]
	}
	return s.hasQuad(ctx, rs[0], rs[1], rs[2], l)
}

// RemoveGraph removes every quad labelled graph and returns how many. kv
// stores have no label index, so it is one pass over all quads; the
// removal is written in transactions of importBatch quads.
func (s *Store) RemoveGraph(ctx context.Context, graph quad.IRI) (int, error) {
	if err := s.checkWrite(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	g, err := s.Ref(graph)
	if err != nil || g == nil {
		return 0, err
	}
	var raw [][4]refs.Ref
	err = s.scanQuads(ctx, func(q [4]refs.Ref) error {
		if SameRef(q[3], g) {
			raw = append(raw, q)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("graph: remove graph %s: %w", graph, err)
	}
	total := 0
	for i := 0; i < len(raw); i += importBatch {
		j := min(i+importBatch, len(raw))
		flat := make([]refs.Ref, 0, 4*(j-i))
		for _, r := range raw[i:j] {
			flat = append(flat, r[0], r[1], r[2])
		}
		vs, err := s.Values(ctx, flat)
		if err != nil {
			return total, fmt.Errorf("graph: remove graph %s: %w", graph, err)
		}
		qs := make([]quad.Quad, j-i)
		for k := range qs {
			qs[k] = quad.Quad{Subject: vs[3*k], Predicate: vs[3*k+1], Object: vs[3*k+2], Label: graph}
		}
		if err := s.removeQuads(qs); err != nil {
			return total, fmt.Errorf("graph: remove graph %s: %w", graph, err)
		}
		total += len(qs)
	}
	return total, nil
}

// Delete removes the given quads, those of them that are stored, in one
// transaction, and returns how many it removed. A quad without a label
// matches only a stored quad without one.
func (s *Store) Delete(ctx context.Context, qs []quad.Quad) (int, error) {
	if err := s.checkWrite(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var present []quad.Quad
	for _, q := range vocab.DedupQuads(qs) {
		ok, err := s.hasQuadValue(ctx, q)
		if err != nil {
			return 0, fmt.Errorf("graph: delete: %w", err)
		}
		if ok {
			present = append(present, q)
		}
	}
	if len(present) == 0 {
		return 0, nil
	}
	if err := s.removeQuads(present); err != nil {
		return 0, fmt.Errorf("graph: delete: %w", err)
	}
	return len(present), nil
}
