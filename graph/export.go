package graph

import (
	"context"
	"fmt"
	"io"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// DefaultFormat is the quad format Export writes and Import assumes when
// neither a format nor a known file extension says otherwise.
const DefaultFormat = "nquads"

// formatAliases are other names accepted for registered formats.
var formatAliases = map[string]string{
	"dot": "graphviz", "nq": "nquads", "nt": "nquads", "ntriples": "nquads",
	"n-quads": "nquads", "n-triples": "nquads", "json-ld": "jsonld",
}

// lookupFormat finds a registered quad format by name or alias.
func lookupFormat(name string) *quad.Format {
	if f := quad.FormatByName(name); f != nil {
		return f
	}
	if a, ok := formatAliases[name]; ok {
		return quad.FormatByName(a)
	}
	return nil
}

// NTriples is the name of the N-Triples format Export writes: N-Quads
// without graph labels, each triple once however many graphs hold it. The
// labels (the document or dataset of each quad) are lost, so it does not
// load back as the same store.
const NTriples = "ntriples"

// isNTriples reports whether an export format name asks for N-Triples
// (Import reads N-Triples as N-Quads, so the names are aliases there).
func isNTriples(name string) bool {
	switch name {
	case NTriples, "nt", "n-triples":
		return true
	}
	return false
}

// WriteFormats returns the names of the registered formats Export can write,
// and NTriples, sorted ("dot" is also accepted for "graphviz").
func WriteFormats() []string {
	names := append(formatNames(func(f quad.Format) bool { return f.Writer != nil }), NTriples)
	sort.Strings(names)
	return names
}

// ReadFormats returns the names of the registered formats Import can read,
// sorted.
func ReadFormats() []string { return formatNames(func(f quad.Format) bool { return f.Reader != nil }) }

func formatNames(keep func(quad.Format) bool) []string {
	var names []string
	for _, f := range quad.Formats() {
		if keep(f) {
			names = append(names, f.Name)
		}
	}
	sort.Strings(names)
	return names
}

// ExportOptions configures Export. A nil *ExportOptions, and zero fields,
// mean the whole store as N-Quads.
type ExportOptions struct {
	// Format is the name of a registered quad writer or NTriples (see
	// WriteFormats); empty means DefaultFormat.
	Format string
	// Graph keeps only the quads labelled with this graph IRI (one
	// document, one import); empty means all quads.
	Graph quad.IRI
}

// Export writes the quads of the store, or of one graph, to w in the given
// format. The order is deterministic: quads sorted by subject, predicate,
// object and label, each compared in its N-Quads form.
//
// Memory: the sort is in memory, but compact. Each quad is held as four
// int32 ranks of its nodes (16 bytes), and each distinct node once, so a
// store of ten million quads needs a few hundred MiB; fine for kg's stores
// (millions of quads), and the place to add an external merge sort if a
// store ever outgrows memory.
func (s *Store) Export(ctx context.Context, w io.Writer, opts *ExportOptions) error {
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	if err := s.Err(); err != nil {
		return err
	}
	var o ExportOptions
	if opts != nil {
		o = *opts
	}
	if o.Format == "" {
		o.Format = DefaultFormat
	}
	triples := isNTriples(o.Format)
	f := lookupFormat(o.Format)
	if f == nil || f.Writer == nil {
		return fmt.Errorf("graph: export: unknown format %q (have %v)", o.Format, WriteFormats())
	}
	var label refs.Ref
	if o.Graph != "" {
		r, err := s.Ref(o.Graph)
		if err != nil {
			return err
		}
		if r == nil {
			return fmt.Errorf("graph: export: no graph %s in %s", o.Graph, shown(s.path))
		}
		label = r
	}
	t, err := s.sortedQuads(ctx, label)
	if err != nil {
		return fmt.Errorf("graph: export: %w", err)
	}
	qw := f.Writer(w)
	for i := range t.rows {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				qw.Close()
				return fmt.Errorf("graph: export: %w", err)
			}
		}
		q := t.quad(i)
		if triples {
			// Rows are sorted by subject, predicate, object, then label:
			// the quads of one triple are neighbours.
			if i > 0 && [3]int32(t.rows[i][:3]) == [3]int32(t.rows[i-1][:3]) {
				continue
			}
			q.Label = nil
		}
		if err := qw.WriteQuad(q); err != nil {
			qw.Close()
			return fmt.Errorf("graph: export: write %s: %w", f.Name, err)
		}
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("graph: export: write %s: %w", f.Name, err)
	}
	return nil
}

// quadTable is a compact, sortable copy of (part of) the store: each row is
// the ranks of its subject, predicate, object and label in nodes, which is
// sorted by N-Quads form; -1 is no label.
type quadTable struct {
	nodes []quad.Value
	rows  [][4]int32
}

func (t *quadTable) quad(i int) quad.Quad {
	var q quad.Quad
	for j, d := range quad.Directions {
		if r := t.rows[i][j]; r >= 0 {
			q.Set(d, t.nodes[r])
		}
	}
	return q
}

// sortedQuads reads every quad (or those labelled label, if not nil) and
// returns them sorted.
func (s *Store) sortedQuads(ctx context.Context, label refs.Ref) (*quadTable, error) {
	index := make(map[any]int32) // ref key -> node number
	var refList []refs.Ref
	var rows [][4]int32
	err := s.scanQuads(ctx, func(q [4]refs.Ref) error {
		if label != nil && !SameRef(q[3], label) {
			return nil
		}
		var row [4]int32
		for i, r := range q {
			if !Present(r) {
				row[i] = -1
				continue
			}
			n, ok := index[r.Key()]
			if !ok {
				n = int32(len(refList))
				index[r.Key()] = n
				refList = append(refList, r)
			}
			row[i] = n
		}
		rows = append(rows, row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	index = nil
	vals, err := s.Values(ctx, refList)
	if err != nil {
		return nil, err
	}
	strs := make([]string, len(vals))
	order := make([]int32, len(vals))
	for i, v := range vals {
		strs[i] = v.String()
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return strs[order[i]] < strs[order[j]] })
	rank := make([]int32, len(vals))
	nodes := make([]quad.Value, len(vals))
	for r, i := range order {
		rank[i] = int32(r)
		nodes[r] = vals[i]
	}
	for i := range rows {
		for j, n := range rows[i] {
			if n >= 0 {
				rows[i][j] = rank[n]
			}
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		for k := range a {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return false
	})
	return &quadTable{nodes: nodes, rows: rows}, nil
}

// scanQuads calls fn with the subject, predicate, object and label refs of
// every quad in the store (label nil if none), in store order.
func (s *Store) scanQuads(ctx context.Context, fn func(q [4]refs.Ref) error) error {
	return Each(ctx, s.qs.QuadsAllIterator(), func(r refs.Ref) error {
		var q [4]refs.Ref
		for i, d := range quad.Directions {
			v, err := s.qs.QuadDirection(r, d)
			if err != nil {
				return err
			}
			q[i] = v
		}
		return fn(q)
	})
}

// Values resolves refs to values in batches (one read transaction each on
// kv stores). Every ref must name a stored node.
func (s *Store) Values(ctx context.Context, rs []refs.Ref) ([]quad.Value, error) {
	const batch = 4096
	out := make([]quad.Value, 0, len(rs))
	for i := 0; i < len(rs); i += batch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		j := min(i+batch, len(rs))
		vs, err := cgraph.ValuesOf(ctx, s.qs, rs[i:j])
		if err != nil {
			return nil, err
		}
		for k, v := range vs {
			if v == nil {
				return nil, fmt.Errorf("node %v has no value", rs[i+k])
			}
		}
		out = append(out, vs...)
	}
	return out, nil
}

// Each runs fn for every result of it, without sub-paths, and reports a done
// context as an error (Cayley's iterator chain ends silently on one).
func Each(ctx context.Context, it iterator.Shape, fn func(refs.Ref) error) error {
	err := iterator.Iterate(ctx, it).Paths(false).Each(fn)
	if err == nil {
		err = ctx.Err()
	}
	return err
}
