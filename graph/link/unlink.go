package link

import (
	"context"
	"fmt"
	"os"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
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
func LinkedDatasets(ctx context.Context, s *graph.Store, linksGraph quad.IRI) ([]LinkedDataset, error) {
	if err := s.Err(); err != nil {
		return nil, err
	}
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if linksGraph == "" {
		linksGraph = vocab.LinksGraph
	}
	old, err := storedLinks(ctx, s, linksGraph, nil, true)
	if err != nil {
		return nil, fmt.Errorf("link: linked datasets: %w", err)
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
	vocab.SortIRIs(gs)
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

// oldLinks are the quads of the links found by storedLinks.
type oldLinks struct {
	quads    []quad.Quad
	links    int
	datasets map[quad.IRI]bool
}

// storedLinks finds the links of graph (into the datasets of only, or all
// when only is empty) through the object index: the statement nodes are
// the subjects of rdf:type kg:Link. It returns their quads, the owl:sameAs
// quads and, with records, the datasets' own record quads (of datasets
// with links or without). The caller holds the store's lock.
func storedLinks(ctx context.Context, s *graph.Store, linksGraph quad.IRI, only map[quad.IRI]bool, records bool) (*oldLinks, error) {
	out := &oldLinks{datasets: map[quad.IRI]bool{}}
	rs, err := refs.RefsOf(ctx, s.QuadStore(), []quad.Value{quad.IRI(schema.Type), quad.IRI(vocab.LinkClass), linksGraph, quad.IRI(vocab.DatasetClass)})
	if err != nil {
		return nil, err
	}
	typ, cls, g, dcls := rs[0], rs[1], rs[2], rs[3]
	if !graph.Present(typ) || !graph.Present(g) {
		return out, nil
	}
	subjectsOf := func(class refs.Ref) ([]refs.Ref, error) {
		var subs []refs.Ref
		if !graph.Present(class) {
			return nil, nil
		}
		err := graph.Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Object: class, quad.Predicate: typ}), func(q refs.Ref) error {
			l, err := s.QuadStore().QuadDirection(q, quad.Label)
			if err != nil || !graph.SameRef(l, g) {
				return err
			}
			sub, err := s.QuadStore().QuadDirection(q, quad.Subject)
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
		err := s.QuadsOf(ctx, st, g, func(q quad.Quad) {
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
			same := quad.Quad{Subject: subj, Predicate: quad.IRI(schema.SameAs), Object: obj, Label: linksGraph}
			if ok, err := s.HasQuad(ctx, same); err != nil {
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
		err := s.QuadsOf(ctx, d, g, func(q quad.Quad) {
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

// Unlink removes links made by Run, in one transaction: each link's
// owl:sameAs quad and statement node. With RemoveDatasets it then removes
// the datasets' quads too, and Link's records of them (rdf:type
// kg:Dataset, kg:source in the links graph); without, the records stay, so
// that a later RemoveDatasets finds the datasets whose links are gone.
func Unlink(ctx context.Context, s *graph.Store, opts *UnlinkOptions) (*UnlinkReport, error) {
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
	var old *oldLinks
	err := s.Update(ctx, func(ctx context.Context) error {
		var err error
		old, err = storedLinks(ctx, s, o.Graph, only, o.RemoveDatasets)
		if err == nil && len(old.quads) > 0 {
			err = s.RemoveQuads(ctx, vocab.DedupQuads(old.quads))
		}
		if err != nil {
			return fmt.Errorf("link: unlink: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	rep := &UnlinkReport{Links: old.links, LinkQuads: len(vocab.DedupQuads(old.quads))}
	if !o.RemoveDatasets {
		return rep, nil
	}
	ds := o.Datasets
	if len(ds) == 0 {
		for d := range old.datasets {
			ds = append(ds, d)
		}
	}
	vocab.SortIRIs(ds)
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

// DatasetsOfFile returns the graphs of the linked datasets that are the
// file at path however either path was spelled (relative, through a
// symbolic link, with a different working directory), and always the
// path's own file: URI (graph.FileIRI; the path itself when it has none).
func DatasetsOfFile(path string, linked []LinkedDataset) []quad.IRI {
	own, err := graph.FileIRI(path)
	if err != nil {
		own = quad.IRI(path)
	}
	out := []quad.IRI{own}
	fi, err := os.Stat(path)
	if err != nil {
		return out
	}
	for _, d := range linked {
		if d.Graph == own {
			continue
		}
		p, ok := graph.FilePath(d.Graph)
		if !ok {
			continue
		}
		if di, err := os.Stat(p); err == nil && os.SameFile(fi, di) {
			out = append(out, d.Graph)
		}
	}
	return out
}
