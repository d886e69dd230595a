package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// UnlinkOptions configures Unlink. A nil *UnlinkOptions, and zero fields,
// remove every link of the default links graph and keep the datasets.
type UnlinkOptions struct {
	// Graph is the links graph; empty means LinksGraph.
	Graph quad.IRI
	// Datasets, when not empty, removes only the links into these dataset
	// graphs.
	Datasets []quad.IRI
	// RemoveDatasets also removes the datasets (all quads labelled with
	// their graph IRIs): those of Datasets, or when it is empty every
	// dataset Link recorded, also one whose links an earlier Unlink
	// removed. That is a pass over every quad of the store.
	RemoveDatasets bool
}

// LinkedDataset is a dataset Link recorded in a links graph.
type LinkedDataset struct {
	// Graph is the dataset's graph IRI.
	Graph quad.IRI `json:"graph"`
	// Source is the name it was linked under (a file name), or "".
	Source string `json:"source,omitempty"`
}

// LinkedDatasets returns the datasets recorded in the links graph (empty:
// LinksGraph), sorted by graph IRI: those linked, and those whose links
// were removed while their quads stayed.
func (s *Store) LinkedDatasets(ctx context.Context, graph quad.IRI) ([]LinkedDataset, error) {
	if err := s.Err(); err != nil {
		return nil, err
	}
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if graph == "" {
		graph = vocab.LinksGraph
	}
	old, err := s.linkQuads(ctx, graph, nil, true)
	if err != nil {
		return nil, fmt.Errorf("graph: linked datasets: %w", err)
	}
	src := map[quad.IRI]string{}
	for _, q := range old.quads {
		if q.Predicate == quad.IRI(schema.Source) {
			if d, ok := q.Subject.(quad.IRI); ok {
				if v, ok := q.Object.(quad.String); ok {
					src[d] = string(v)
				}
			}
		}
	}
	var gs []quad.IRI
	for d := range old.datasets {
		gs = append(gs, d)
	}
	sortIRIs(gs)
	out := make([]LinkedDataset, len(gs))
	for i, d := range gs {
		out[i] = LinkedDataset{Graph: d, Source: src[d]}
	}
	return out, nil
}

// UnlinkReport says what Unlink removed.
type UnlinkReport struct {
	Links        int        `json:"links"`
	LinkQuads    int        `json:"link_quads"`
	Datasets     []quad.IRI `json:"datasets,omitempty"`
	DatasetQuads int        `json:"dataset_quads"`
}

// oldLinks are the quads of the links found by linkQuads.
type oldLinks struct {
	quads    []quad.Quad
	links    int
	datasets map[quad.IRI]bool
}

// linkQuads finds the links of graph (into the datasets of only, or all
// when only is empty) through the object index: the statement nodes are
// the subjects of rdf:type kg:Link. It returns their quads, the owl:sameAs
// quads and, with records, the datasets' own record quads (of datasets
// with links or without). The caller holds s.mu.
func (s *Store) linkQuads(ctx context.Context, graph quad.IRI, only map[quad.IRI]bool, records bool) (*oldLinks, error) {
	out := &oldLinks{datasets: map[quad.IRI]bool{}}
	rs, err := refs.RefsOf(ctx, s.qs, []quad.Value{quad.IRI(schema.Type), quad.IRI(vocab.LinkClass), graph, quad.IRI(vocab.DatasetClass)})
	if err != nil {
		return nil, err
	}
	typ, cls, g, dcls := rs[0], rs[1], rs[2], rs[3]
	if !Present(typ) || !Present(g) {
		return out, nil
	}
	subjectsOf := func(class refs.Ref) ([]refs.Ref, error) {
		var subs []refs.Ref
		if !Present(class) {
			return nil, nil
		}
		err := Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Object: class, quad.Predicate: typ}), func(q refs.Ref) error {
			l, err := s.qs.QuadDirection(q, quad.Label)
			if err != nil || !sameRef(l, g) {
				return err
			}
			sub, err := s.qs.QuadDirection(q, quad.Subject)
			if err == nil {
				subs = append(subs, sub)
			}
			return err
		})
		return subs, err
	}
	stmts, err := subjectsOf(cls)
	if err != nil {
		return nil, err
	}
	for _, st := range stmts {
		var qs []quad.Quad
		var subj, obj quad.Value
		var ds quad.IRI
		err := s.quadsOf(ctx, st, g, func(q quad.Quad) {
			qs = append(qs, q)
			switch q.Predicate {
			case quad.IRI(schema.StmtSubject):
				subj = q.Object
			case quad.IRI(schema.StmtObject):
				obj = q.Object
			case quad.IRI(vocab.LinkDataset):
				ds, _ = q.Object.(quad.IRI)
			}
		})
		if err != nil {
			return nil, err
		}
		if len(only) > 0 && !only[ds] {
			continue
		}
		out.links++
		out.quads = append(out.quads, qs...)
		if ds != "" {
			out.datasets[ds] = true
		}
		if subj != nil && obj != nil {
			same := quad.Quad{Subject: subj, Predicate: quad.IRI(schema.SameAs), Object: obj, Label: graph}
			if ok, err := s.hasQuadValue(ctx, same); err != nil {
				return nil, err
			} else if ok {
				out.quads = append(out.quads, same)
			}
		}
	}
	if !records {
		return out, nil
	}
	// The datasets' records.
	dss, err := subjectsOf(dcls)
	if err != nil {
		return nil, err
	}
	for _, d := range dss {
		err := s.quadsOf(ctx, d, g, func(q quad.Quad) {
			ds, _ := q.Subject.(quad.IRI)
			if len(only) > 0 && !only[ds] {
				return
			}
			out.quads = append(out.quads, q)
			out.datasets[ds] = true
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// quadsOf calls fn with each quad whose subject is sub and label is label.
func (s *Store) quadsOf(ctx context.Context, sub, label refs.Ref, fn func(quad.Quad)) error {
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
		if sameRef(r[3], label) {
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

// hasQuadValue reports whether q is stored.
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

// Unlink removes links made by Link, in one transaction: each link's
// owl:sameAs quad and statement node. With RemoveDatasets it then removes
// the datasets' quads too, and Link's records of them (rdf:type
// kg:Dataset, kg:source in the links graph); without, the records stay, so
// that a later RemoveDatasets finds the datasets whose links are gone.
func (s *Store) Unlink(ctx context.Context, opts *UnlinkOptions) (*UnlinkReport, error) {
	if err := s.checkWrite(); err != nil {
		return nil, err
	}
	var o UnlinkOptions
	if opts != nil {
		o = *opts
	}
	if o.Graph == "" {
		o.Graph = vocab.LinksGraph
	}
	only := map[quad.IRI]bool{}
	for _, d := range o.Datasets {
		only[d] = true
	}
	s.mu.Lock()
	old, err := s.linkQuads(ctx, o.Graph, only, o.RemoveDatasets)
	if err == nil && len(old.quads) > 0 {
		err = s.removeQuads(dedupQuads(old.quads))
	}
	s.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("graph: unlink: %w", err)
	}
	rep := &UnlinkReport{Links: old.links, LinkQuads: len(dedupQuads(old.quads))}
	if !o.RemoveDatasets {
		return rep, nil
	}
	ds := o.Datasets
	if len(ds) == 0 {
		for d := range old.datasets {
			ds = append(ds, d)
		}
	}
	sortIRIs(ds)
	for _, d := range ds {
		n, err := s.RemoveGraph(ctx, d)
		if err != nil {
			return rep, err
		}
		rep.Datasets = append(rep.Datasets, d)
		rep.DatasetQuads += n
	}
	return rep, nil
}

func dedupQuads(qs []quad.Quad) []quad.Quad {
	seen := map[quad.Quad]bool{}
	out := qs[:0:0]
	for _, q := range qs {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

func sortIRIs(s []quad.IRI) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
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
		if sameRef(q[3], g) {
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
	for _, q := range dedupQuads(qs) {
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
