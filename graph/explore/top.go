package explore

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// What Top ranks entities by.
const (
	ByDocuments = "documents" // the documents that mention the entity
	ByMentions  = "mentions"  // its mentions in all documents
)

// TopOptions configures Top. The zero value ranks every mentioned entity
// by documents and returns DefaultSearchLimit of them.
type TopOptions struct {
	// Class keeps only the entities of this class, a full IRI
	// ("http://schema.org/Organization"); "" keeps all. An entity has its
	// coarse class and its finer one, so schema:Organization keeps the
	// corporations and parties too.
	Class string
	// By is ByDocuments (the default when "") or ByMentions.
	By string
	// Limit is the most entities returned; 0 means DefaultSearchLimit.
	Limit int
}

// Ranked is one entity of Top's answer.
type Ranked struct {
	IRI       quad.IRI
	Name      string
	Classes   []string
	Documents int
	// Mentions is the number of its mentions in all documents; filled
	// only when ranking ByMentions.
	Mentions int `json:",omitempty"`
}

// Top returns the entities the documents mention most, most first (ties
// by name, then IRI): "which organisations are mentioned most" in one
// call. Nodes no document mentions (a dataset's) are left out. By
// documents it reads the entity index alone; by mentions it also counts
// the mentions (itsrdf:taIdentRef) of each entity of the class, one index
// scan per entity.
func Top(ctx context.Context, s *graph.Store, opts *TopOptions) ([]Ranked, error) {
	var o TopOptions
	if opts != nil {
		o = *opts
	}
	if o.Limit <= 0 {
		o.Limit = DefaultSearchLimit
	}
	switch o.By {
	case "":
		o.By = ByDocuments
	case ByDocuments, ByMentions:
	default:
		return nil, fmt.Errorf("explore: top: rank by %q: want %q or %q", o.By, ByDocuments, ByMentions)
	}
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	out, err := topCandidates(ctx, s, o.Class)
	if err != nil {
		return nil, err
	}
	if o.By == ByMentions {
		if err := countMentions(ctx, s, out); err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ka, kb := rankKey(a, o.By), rankKey(b, o.By); ka != kb {
			return ka > kb
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.IRI < b.IRI
	})
	if len(out) > o.Limit {
		out = out[:o.Limit]
	}
	return out, nil
}

// rankKey is what entity r is ranked by.
func rankKey(r Ranked, by string) int {
	if by == ByMentions {
		return r.Mentions
	}
	return r.Documents
}

// topCandidates returns the mentioned, named entities of the index that
// have class (any when "").
func topCandidates(ctx context.Context, s *graph.Store, class string) ([]Ranked, error) {
	x, err := s.EntityIndex(ctx)
	if err != nil {
		return nil, err
	}
	x.Mu.RLock()
	defer x.Mu.RUnlock()
	var out []Ranked
	for id := range x.Ents {
		rec := &x.Ents[id]
		if rec.Docs <= 0 || class != "" && !slices.Contains(rec.Classes, class) {
			continue
		}
		if slices.ContainsFunc(rec.Classes, func(c string) bool { return vocab.StructuralClasses[c] }) {
			continue
		}
		name := x.DisplayName(int32(id), "")
		if name == "" {
			continue
		}
		out = append(out, Ranked{IRI: quad.IRI(rec.IRI), Name: name, Classes: slices.Clone(rec.Classes), Documents: int(rec.Docs)})
		if len(out)%4096 == 0 && ctx.Err() != nil {
			return nil, fmt.Errorf("explore: top: %w", ctx.Err())
		}
	}
	return out, nil
}

// countMentions sets the Mentions of each entity: the phrases whose
// itsrdf:taIdentRef is it.
func countMentions(ctx context.Context, s *graph.Store, ents []Ranked) error {
	pred, err := s.Ref(quad.IRI(schema.TaIdentRef))
	if err != nil || pred == nil {
		return err
	}
	for i := range ents {
		e, err := s.Ref(ents[i].IRI)
		if err != nil {
			return err
		}
		if e == nil {
			continue
		}
		n := 0
		err = graph.Each(ctx, s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Object: e, quad.Predicate: pred}), func(refs.Ref) error {
			n++
			return nil
		})
		if err != nil {
			return fmt.Errorf("explore: top: count mentions: %w", err)
		}
		ents[i].Mentions = n
	}
	return nil
}
