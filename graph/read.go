package graph

import (
	"context"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// The store's read primitives for the packages built on it (explore, link,
// unmerge). Like Values and Each, they expect the caller to hold the read
// lock (the context from ReadLock) or to be inside Update.

// EachOut calls fn with the predicate, object and label (nil when it has
// none) of each quad whose subject is n.
func (s *Store) EachOut(ctx context.Context, n quad.IRI, fn func(p string, o, label quad.Value)) error {
	r, err := s.Ref(n)
	if err != nil || r == nil {
		return err
	}
	var ps, os, ls []refs.Ref
	err = Each(ctx, s.qs.QuadIterator(quad.Subject, r), func(q refs.Ref) error {
		p, err := s.qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return err
		}
		o, err := s.qs.QuadDirection(q, quad.Object)
		if err != nil {
			return err
		}
		l, err := s.qs.QuadDirection(q, quad.Label)
		if err != nil {
			return err
		}
		ps, os, ls = append(ps, p), append(os, o), append(ls, l)
		return nil
	})
	if err != nil {
		return err
	}
	vs, err := s.Values(ctx, append(ps, os...))
	if err != nil {
		return err
	}
	var lrs []refs.Ref
	for _, l := range ls {
		if Present(l) {
			lrs = append(lrs, l)
		}
	}
	lvs, err := s.Values(ctx, lrs)
	if err != nil {
		return err
	}
	k := 0
	for i := range ps {
		var label quad.Value
		if Present(ls[i]) {
			label = lvs[k]
			k++
		}
		if p, ok := vs[i].(quad.IRI); ok {
			fn(string(p), vs[len(ps)+i], label)
		}
	}
	return nil
}

// QuadsOf calls fn with each quad whose subject is sub and label is label.
func (s *Store) QuadsOf(ctx context.Context, sub, label refs.Ref, fn func(quad.Quad)) error {
	var raw [][4]refs.Ref
	err := Each(ctx, s.qs.QuadIterator(quad.Subject, sub), func(q refs.Ref) error {
		var r [4]refs.Ref
		for i, d := range quad.Directions {
			v, err := s.qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			r[i] = v
		}
		if SameRef(r[3], label) {
			raw = append(raw, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	flat := make([]refs.Ref, 0, 4*len(raw))
	for _, r := range raw {
		flat = append(flat, r[0], r[1], r[2], r[3])
	}
	vs, err := s.Values(ctx, flat)
	if err != nil {
		return err
	}
	for i := range raw {
		fn(quad.Quad{Subject: vs[4*i], Predicate: vs[4*i+1], Object: vs[4*i+2], Label: vs[4*i+3]})
	}
	return nil
}
