package explore

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/entindex"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// Defaults of PathOptions.
const (
	DefaultPathDepth = 4
	MaxPathDepth     = 8
	DefaultPathLimit = 5
)

// PathOptions configures Paths. A nil *PathOptions, and zero fields, mean
// the defaults: paths of up to DefaultPathDepth edges, at most
// DefaultPathLimit of them, over entity-to-entity edges only. Validate
// says which values Paths refuses; it is the one place the limits are
// enforced, for the library, the kg path command and the server alike.
type PathOptions struct {
	// MaxDepth is the largest number of edges in a path, 1 to
	// MaxPathDepth; 0 means DefaultPathDepth.
	MaxDepth int
	// Via, when not empty, restricts paths to edges with these predicates
	// (full IRIs), plumbing included if listed.
	Via []string
	// Plumbing also follows the edges that tie entities to documents,
	// mentions and statements (schema:mentions, itsrdf:taIdentRef, ...),
	// so that "both are mentioned in this article" is a path.
	Plumbing bool
	// Limit is the largest number of paths returned; 0 means
	// DefaultPathLimit.
	Limit int
	// MaxDegree stops expanding a node after this many edges (a hub that
	// thousands of nodes point at); 0 means 100,000.
	MaxDegree int
}

// Validate reports an error for options Paths refuses: a MaxDepth above
// MaxPathDepth, or a negative MaxDepth, Limit or MaxDegree. A nil
// *PathOptions is valid.
func (o *PathOptions) Validate() error {
	if o == nil {
		return nil
	}
	if o.MaxDepth < 0 || o.MaxDepth > MaxPathDepth {
		return fmt.Errorf("explore: paths: max depth must be 1 to %d (0: the default, %d), not %d", MaxPathDepth, DefaultPathDepth, o.MaxDepth)
	}
	if o.Limit < 0 {
		return fmt.Errorf("explore: paths: limit must be positive (0: the default, %d), not %d", DefaultPathLimit, o.Limit)
	}
	if o.MaxDegree < 0 {
		return fmt.Errorf("explore: paths: max degree must be positive, not %d", o.MaxDegree)
	}
	return nil
}

// PathNode is a node on a path.
type PathNode struct {
	IRI  quad.IRI `json:"iri"`
	Name string   `json:"name,omitempty"`
}

// PathLink is one edge between two consecutive nodes of a path.
type PathLink struct {
	// Predicate is the edge's predicate.
	Predicate quad.IRI `json:"predicate"`
	// Forward is true when the earlier node of the path is the edge's
	// subject, false when it is its object.
	Forward bool `json:"forward"`
	// Sources are the documents (and imported graphs) that support the
	// edge, see Store.Sources.
	Sources []quad.IRI `json:"sources,omitempty"`
}

// Path is a chain of nodes; Steps[i] holds every edge between Nodes[i] and
// Nodes[i+1] that the search may follow.
type Path struct {
	Nodes []PathNode   `json:"nodes"`
	Steps [][]PathLink `json:"steps"`
}

// Paths returns the shortest relationship chains between from and to: all
// paths of the smallest length found (up to opts.Limit, sorted by their
// nodes' IRIs), or none when they are more than MaxDepth edges apart.
//
// It searches from both ends at once, always expanding the smaller
// frontier, never through Gizmo. Entity-to-entity edges come from the
// entity index (see graph/entindex.go), which keeps them in memory by node, so a
// search of four edges over a million quads takes milliseconds; with
// opts.Plumbing, which also follows the far more numerous edges to
// documents and mentions, each node's edges are read through the store's
// subject and object indexes (two index prefix scans per node).
// Edges go both ways; literals, blank nodes and, unless opts.Plumbing,
// documents and their parts (mentions, statements, claims) and plumbing
// predicates (rdf:type, schema:mentions, NIF and statement terms) are left
// out. Each edge of a returned path carries the documents that support it.
func Paths(ctx context.Context, s *graph.Store, from, to quad.IRI, opts *PathOptions) ([]Path, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	var o PathOptions
	if opts != nil {
		o = *opts
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = DefaultPathDepth
	}
	if o.Limit == 0 {
		o.Limit = DefaultPathLimit
	}
	if o.MaxDegree == 0 {
		o.MaxDegree = 100_000
	}
	rs, err := refs.RefsOf(ctx, s.QuadStore(), []quad.Value{from, to})
	if err != nil {
		return nil, fmt.Errorf("explore: paths: %w", err)
	}
	for i, r := range rs {
		if !graph.Present(r) {
			return nil, fmt.Errorf("explore: paths: %s is not in the store", []quad.IRI{from, to}[i])
		}
	}
	if !o.Plumbing {
		return indexPaths(ctx, s, from, to, &o)
	}
	w := newWalker(s, &o)
	var seqs [][]refs.Ref
	if rs[0].Key() == rs[1].Key() {
		seqs = [][]refs.Ref{{rs[0]}}
	} else {
		seqs, err = w.shortest(ctx, rs[0], rs[1], o.MaxDepth, o.Limit)
		if err != nil {
			return nil, fmt.Errorf("explore: paths: %w", err)
		}
	}
	return w.paths(ctx, seqs)
}

// walker reads neighbours through the indexes, remembering what it learnt
// about nodes and predicates.
type walker struct {
	s        *graph.Store
	o        *PathOptions
	via      map[string]bool
	predOK   map[any]bool // predicate ref key -> followed
	nodeOK   map[any]bool // node ref key -> may be on a path
	vals     map[any]quad.Value
	refs     map[any]refs.Ref // ref key -> ref, of the nodes reached
	maxDeg   int
	skipHubs bool
}

func newWalker(s *graph.Store, o *PathOptions) *walker {
	w := &walker{s: s, o: o, predOK: map[any]bool{}, nodeOK: map[any]bool{}, vals: map[any]quad.Value{}, refs: map[any]refs.Ref{}, maxDeg: o.MaxDegree}
	if len(o.Via) > 0 {
		w.via = map[string]bool{}
		for _, p := range o.Via {
			w.via[p] = true
		}
	}
	return w
}

// edge is one neighbour of a node.
type edge struct {
	pred, node refs.Ref
	forward    bool // the expanded node is the subject
}

func (w *walker) predAllowed(p string) bool {
	if w.via != nil {
		return w.via[p]
	}
	if p == schema.Type || p == schema.TaClassRef {
		return false // class nodes would join everything of a class
	}
	return w.o.Plumbing || !vocab.IsPlumbingPredicate(p)
}

func (w *walker) nodeAllowed(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	if !ok {
		return false
	}
	return w.o.Plumbing || !vocab.IsDocumentPart(string(iri))
}

// neighbours returns the allowed edges of n, in index order.
func (w *walker) neighbours(ctx context.Context, n refs.Ref) ([]edge, error) {
	var raw []edge
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		other := quad.Object
		if dir == quad.Object {
			other = quad.Subject
		}
		count := 0
		err := graph.Each(ctx, w.s.QuadStore().QuadIterator(dir, n), func(q refs.Ref) error {
			count++
			if count > w.maxDeg {
				return graph.ErrStop
			}
			p, err := w.s.QuadStore().QuadDirection(q, quad.Predicate)
			if err != nil {
				return err
			}
			if ok, known := w.predOK[p.Key()]; known && !ok {
				return nil
			}
			v, err := w.s.QuadStore().QuadDirection(q, other)
			if err != nil {
				return err
			}
			raw = append(raw, edge{pred: p, node: v, forward: dir == quad.Subject})
			return nil
		})
		if err != nil && err != graph.ErrStop {
			return nil, err
		}
	}
	// Learn the unknown predicates and nodes in one batch.
	var unknown []refs.Ref
	seen := map[any]bool{}
	for _, e := range raw {
		for _, r := range []refs.Ref{e.pred, e.node} {
			k := r.Key()
			if _, ok := w.vals[k]; !ok && !seen[k] {
				seen[k] = true
				unknown = append(unknown, r)
			}
		}
	}
	if len(unknown) > 0 {
		vs, err := w.s.Values(ctx, unknown)
		if err != nil {
			return nil, err
		}
		for i, r := range unknown {
			w.vals[r.Key()] = vs[i]
		}
	}
	out := raw[:0]
	for _, e := range raw {
		pk := e.pred.Key()
		ok, known := w.predOK[pk]
		if !known {
			piri, isIRI := w.vals[pk].(quad.IRI)
			ok = isIRI && w.predAllowed(string(piri))
			w.predOK[pk] = ok
		}
		if !ok {
			continue
		}
		nk := e.node.Key()
		nok, known := w.nodeOK[nk]
		if !known {
			nok = w.nodeAllowed(w.vals[nk])
			w.nodeOK[nk] = nok
		}
		if nok {
			out = append(out, e)
		}
	}
	return out, nil
}

// visit is the walker's adjacency for shortestPaths: the nodes one
// allowed edge from the node whose ref key is u, by their ref keys.
func (w *walker) visit(ctx context.Context, u any, visit func(v any)) error {
	es, err := w.neighbours(ctx, w.refs[u])
	if err != nil {
		return err
	}
	for _, e := range es {
		k := e.node.Key()
		w.refs[k] = e.node
		visit(k)
	}
	return nil
}

// shortest returns node sequences of the shortest paths from a to b.
func (w *walker) shortest(ctx context.Context, a, b refs.Ref, maxDepth, limit int) ([][]refs.Ref, error) {
	w.refs[a.Key()], w.refs[b.Key()] = a, b
	keys, err := shortestPaths(ctx, a.Key(), b.Key(), maxDepth, limit, bfs[any]{neighbours: w.visit})
	if err != nil {
		return nil, err
	}
	seqs := make([][]refs.Ref, len(keys))
	for i, ks := range keys {
		seqs[i] = make([]refs.Ref, len(ks))
		for j, k := range ks {
			seqs[i][j] = w.refs[k]
		}
	}
	return seqs, nil
}

// paths turns node sequences into Paths with their edges, names and
// sources, sorted and cut to the limit.
func (w *walker) paths(ctx context.Context, seqs [][]refs.Ref) ([]Path, error) {
	type keyed struct {
		key string
		seq []refs.Ref
	}
	var ks []keyed
	seen := map[string]bool{}
	var nodes []quad.Value
	for _, seq := range seqs {
		var b strings.Builder
		for _, n := range seq {
			v, ok := w.vals[n.Key()]
			if !ok {
				vs, err := w.s.Values(ctx, []refs.Ref{n})
				if err != nil {
					return nil, err
				}
				v = vs[0]
				w.vals[n.Key()] = v
			}
			b.WriteString(v.String())
			b.WriteByte(' ')
			nodes = append(nodes, v)
		}
		if !seen[b.String()] {
			seen[b.String()] = true
			ks = append(ks, keyed{b.String(), seq})
		}
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	if len(ks) > w.o.Limit {
		ks = ks[:w.o.Limit]
	}
	names, err := Names(ctx, w.s, nodes)
	if err != nil {
		return nil, err
	}
	out := make([]Path, 0, len(ks))
	for _, k := range ks {
		var p Path
		for i, n := range k.seq {
			v := w.vals[n.Key()]
			iri, _ := v.(quad.IRI)
			p.Nodes = append(p.Nodes, PathNode{IRI: iri, Name: names[v]})
			if i == 0 {
				continue
			}
			links, err := w.links(ctx, k.seq[i-1], n)
			if err != nil {
				return nil, err
			}
			p.Steps = append(p.Steps, links)
		}
		out = append(out, p)
	}
	return out, nil
}

// links returns the allowed edges between a and b, with their sources.
func (w *walker) links(ctx context.Context, a, b refs.Ref) ([]PathLink, error) {
	var out []PathLink
	for _, fw := range []bool{true, false} {
		sref, oref := a, b
		if !fw {
			sref, oref = b, a
		}
		var preds []refs.Ref
		err := graph.Each(ctx, w.s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Subject: sref, quad.Object: oref}), func(q refs.Ref) error {
			p, err := w.s.QuadStore().QuadDirection(q, quad.Predicate)
			if err == nil {
				preds = append(preds, p)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		seen := map[any]bool{}
		for _, p := range preds {
			if seen[p.Key()] {
				continue
			}
			seen[p.Key()] = true
			if ok, known := w.predOK[p.Key()]; known && !ok {
				continue
			}
			vs, err := w.s.Values(ctx, []refs.Ref{p})
			if err != nil {
				return nil, err
			}
			piri, ok := vs[0].(quad.IRI)
			if !ok || !w.predAllowed(string(piri)) {
				continue
			}
			src, err := w.s.Sources(ctx, w.vals[sref.Key()], piri, w.vals[oref.Key()])
			if err != nil {
				return nil, err
			}
			out = append(out, PathLink{Predicate: piri, Forward: fw, Sources: src})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Predicate != out[j].Predicate {
			return out[i].Predicate < out[j].Predicate
		}
		return out[i].Forward && !out[j].Forward
	})
	return out, nil
}

// NeighbourOptions configures Neighbours. A nil *NeighbourOptions, and
// zero fields, mean up to 50 neighbours over entity-to-entity edges.
type NeighbourOptions struct {
	// Limit is the largest number of neighbours; 0 means 50.
	Limit int
	// Via and Plumbing are as in PathOptions.
	Via      []string
	Plumbing bool
}

// Neighbourhood is a node, its neighbours and the edges between it and
// them.
type Neighbourhood struct {
	Center  PathNode              `json:"center"`
	Nodes   []PathNode            `json:"nodes"`
	Edges   []NeighbourEdge       `json:"edges"`
	More    int                   `json:"more"` // neighbours left out by the limit
	Classes map[quad.IRI][]string `json:"classes,omitempty"`
	// Documents is the number of documents that mention each node, the
	// centre's included; a node missing from it is named only by a
	// dataset (the item an entity is linked to, say).
	Documents map[quad.IRI]int `json:"documents"`
}

// NeighbourEdge is an edge of a Neighbourhood.
type NeighbourEdge struct {
	Subject   quad.IRI `json:"subject"`
	Predicate quad.IRI `json:"predicate"`
	Object    quad.IRI `json:"object"`
}

// Neighbours returns the entities one edge away from iri, in both
// directions, over the edges Paths follows, with their names and classes:
// two index prefix scans and one batch of value lookups.
func Neighbours(ctx context.Context, s *graph.Store, iri quad.IRI, opts *NeighbourOptions) (*Neighbourhood, error) {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	var o NeighbourOptions
	if opts != nil {
		o = *opts
	}
	if o.Limit <= 0 {
		o.Limit = 50
	}
	r, err := s.Ref(iri)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("explore: neighbours: %s is not in the store", iri)
	}
	w := newWalker(s, &PathOptions{Via: o.Via, Plumbing: o.Plumbing, MaxDegree: 100_000})
	es, err := w.neighbours(ctx, r)
	if err != nil {
		return nil, fmt.Errorf("explore: neighbours: %w", err)
	}
	nb := &Neighbourhood{Center: PathNode{IRI: iri}, Classes: map[quad.IRI][]string{}, Documents: map[quad.IRI]int{}}
	seen := map[quad.IRI]bool{}
	edgeSeen := map[NeighbourEdge]bool{}
	var order []quad.IRI
	for _, e := range es {
		other, _ := w.vals[e.node.Key()].(quad.IRI)
		p, _ := w.vals[e.pred.Key()].(quad.IRI)
		if other == "" || other == iri {
			continue
		}
		if !seen[other] {
			if len(order) >= o.Limit {
				nb.More++
				seen[other] = true
				continue
			}
			seen[other] = true
			order = append(order, other)
		}
		if !containsIRI(order, other) {
			continue
		}
		ed := NeighbourEdge{Subject: iri, Predicate: p, Object: other}
		if !e.forward {
			ed = NeighbourEdge{Subject: other, Predicate: p, Object: iri}
		}
		if !edgeSeen[ed] {
			edgeSeen[ed] = true
			nb.Edges = append(nb.Edges, ed)
		}
	}
	x, err := s.EntityIndex(ctx)
	if err != nil {
		return nil, err
	}
	x.Mu.RLock()
	name, cls, docs, _ := x.Info(string(iri))
	nb.Center.Name = name
	if len(cls) > 0 {
		nb.Classes[iri] = cls
	}
	if docs > 0 {
		nb.Documents[iri] = docs
	}
	for _, n := range order {
		name, cls, docs, _ := x.Info(string(n))
		nb.Nodes = append(nb.Nodes, PathNode{IRI: n, Name: name})
		if len(cls) > 0 {
			nb.Classes[n] = cls
		}
		if docs > 0 {
			nb.Documents[n] = docs
		}
	}
	x.Mu.RUnlock()
	return nb, nil
}

func containsIRI(s []quad.IRI, v quad.IRI) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// indexPaths is Paths over the entity index's edges.
func indexPaths(ctx context.Context, s *graph.Store, from, to quad.IRI, o *PathOptions) ([]Path, error) {
	x, err := s.EntityIndex(ctx)
	if err != nil {
		return nil, err
	}
	var via map[string]bool
	if len(o.Via) > 0 {
		via = map[string]bool{}
		for _, p := range o.Via {
			via[p] = true
		}
	}
	follow := func(e entindex.Edge) bool { return via == nil || via[e.Pred] }
	x.Mu.RLock()
	a, okA := x.ByIRI[string(from)]
	b, okB := x.ByIRI[string(to)]
	var seqs [][]int32
	switch {
	case !okA || !okB:
		// One end has no entity edges at all.
	case a == b:
		seqs = [][]int32{{a}}
	default:
		seqs, err = shortestPaths(ctx, a, b, o.MaxDepth, o.Limit, bfs[int32]{
			neighbours: func(_ context.Context, u int32, visit func(int32)) error {
				for _, e := range x.Adj[u] {
					if follow(e) && e.Other != u {
						visit(e.Other)
					}
				}
				return nil
			},
			cost:     func(f []int32) int { return degree(x, f) },
			less:     func(m, n int32) bool { return x.Ents[m].IRI < x.Ents[n].IRI },
			capPaths: true,
		})
	}
	if err != nil {
		x.Mu.RUnlock()
		return nil, err
	}
	type step struct {
		links []PathLink
		subj  []quad.IRI
		obj   []quad.IRI
	}
	type keyed struct {
		key   string
		nodes []PathNode
		steps []step
	}
	var ks []keyed
	for _, seq := range seqs {
		var k keyed
		var b strings.Builder
		for i, id := range seq {
			iri := x.Ents[id].IRI
			b.WriteString(iri)
			b.WriteByte(' ')
			k.nodes = append(k.nodes, PathNode{IRI: quad.IRI(iri), Name: x.DisplayName(id, "")})
			if i == 0 {
				continue
			}
			var st step
			for _, e := range x.Adj[seq[i-1]] {
				if e.Other != id || !follow(e) {
					continue
				}
				st.links = append(st.links, PathLink{Predicate: quad.IRI(e.Pred), Forward: e.Fwd})
				sub, obj := quad.IRI(x.Ents[seq[i-1]].IRI), quad.IRI(iri)
				if !e.Fwd {
					sub, obj = obj, sub
				}
				st.subj, st.obj = append(st.subj, sub), append(st.obj, obj)
			}
			k.steps = append(k.steps, st)
		}
		k.key = b.String()
		ks = append(ks, k)
	}
	x.Mu.RUnlock()
	sort.Slice(ks, func(i, j int) bool { return ks[i].key < ks[j].key })
	if len(ks) > o.Limit {
		ks = ks[:o.Limit]
	}
	out := make([]Path, 0, len(ks))
	for _, k := range ks {
		p := Path{Nodes: k.nodes}
		for _, st := range k.steps {
			for i := range st.links {
				src, err := s.Sources(ctx, st.subj[i], st.links[i].Predicate, st.obj[i])
				if err != nil {
					return nil, err
				}
				st.links[i].Sources = src
			}
			sort.Slice(st.links, func(i, j int) bool {
				if st.links[i].Predicate != st.links[j].Predicate {
					return st.links[i].Predicate < st.links[j].Predicate
				}
				return st.links[i].Forward && !st.links[j].Forward
			})
			p.Steps = append(p.Steps, st.links)
		}
		out = append(out, p)
	}
	return out, ctx.Err()
}

// degree is the number of entity edges of the nodes ids.
func degree(x *entindex.Index, ids []int32) int {
	n := 0
	for _, id := range ids {
		n += len(x.Adj[id])
	}
	return n
}
