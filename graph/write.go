package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Document is one document's quads, for WriteDocuments.
type Document struct {
	// IRI names the document; quads without a label get it as theirs.
	IRI quad.IRI
	// Quads are the document's quads.
	Quads []quad.Quad
}

// DocumentResult says what WriteDocuments did with one document.
type DocumentResult struct {
	// Present reports that the document was already in the store, or came
	// earlier in the same call, so that nothing of it was written.
	Present bool
	// Added is the number of quads added.
	Added int
}

// WriteDocuments writes several documents in one transaction, so that a
// bulk build pays for one commit per batch rather than one per document;
// each document is still wholly in the store or not at all, since a batch
// commits or fails as a whole. A document already in the store (see
// HasDocument), or repeated earlier in docs, is skipped and reported
// Present: a build can be re-run, or given the same article twice, and each
// document is stored once. Quads without a label get their document's IRI;
// repeats within a document are written once. An invalid quad fails the
// whole call and writes nothing.
//
// On the kv backends (bbolt) the batch is one Cayley ApplyDeltas call.
// Quads whose label is a node the store does not hold yet cannot be in
// the store, so they skip the per-quad existence check that WriteDocument
// does; the others are checked as WriteDocument checks them.
func (s *Store) WriteDocuments(ctx context.Context, docs []Document) ([]DocumentResult, error) {
	if err := s.checkWrite(); err != nil {
		return nil, err
	}
	prepared, err := prepareDocuments(docs)
	if err != nil {
		return nil, err
	}
	if s.docWriter != nil {
		res, err := s.docWriter.writeDocuments(ctx, prepared)
		if err == nil {
			s.indexDocuments(prepared, res)
		}
		return res, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.Err(); err != nil {
		return nil, err
	}
	return s.writeDocumentsKV(ctx, prepared)
}

// preparedDoc is a validated Document with labels filled in and repeats
// dropped.
type preparedDoc struct {
	iri   quad.IRI
	quads []quad.Quad
	dup   bool // same IRI as an earlier document of the batch
}

func prepareDocuments(docs []Document) ([]preparedDoc, error) {
	out := make([]preparedDoc, len(docs))
	seenDoc := make(map[quad.IRI]bool, len(docs))
	for i, d := range docs {
		if err := checkIRI(d.IRI); err != nil {
			return nil, fmt.Errorf("graph: write document %q: %w", string(d.IRI), err)
		}
		out[i].iri = d.IRI
		if seenDoc[d.IRI] {
			out[i].dup = true
			continue
		}
		seenDoc[d.IRI] = true
		qs := make([]quad.Quad, 0, len(d.Quads))
		seen := newQuadSet(len(d.Quads))
		for j, q := range d.Quads {
			if q.Label == nil {
				q.Label = d.IRI
			}
			if err := CheckQuad(q); err != nil {
				return nil, fmt.Errorf("graph: write %s: quad %d: %w", d.IRI, j, err)
			}
			if seen.add(q) {
				qs = append(qs, q)
			}
		}
		out[i].quads = qs
	}
	return out, nil
}

// quadSet detects repeated quads. Quads whose values are all of the
// comparable types kg writes are keyed as they are; others by their
// N-Quads form.
type quadSet struct {
	byValue  map[quad.Quad]struct{}
	byString map[[4]string]struct{}
}

func newQuadSet(n int) *quadSet { return &quadSet{byValue: make(map[quad.Quad]struct{}, n)} }

// add reports whether q is new, and remembers it.
func (s *quadSet) add(q quad.Quad) bool {
	if plainValue(q.Subject) && plainValue(q.Predicate) && plainValue(q.Object) && plainValue(q.Label) {
		if _, ok := s.byValue[q]; ok {
			return false
		}
		s.byValue[q] = struct{}{}
		return true
	}
	var k [4]string
	for i, d := range quad.Directions {
		if v := q.Get(d); v != nil {
			k[i] = v.String()
		}
	}
	if s.byString == nil {
		s.byString = map[[4]string]struct{}{}
	}
	if _, ok := s.byString[k]; ok {
		return false
	}
	s.byString[k] = struct{}{}
	return true
}

// plainValue reports whether v's Go value is equal to another exactly when
// they are the same RDF term.
func plainValue(v quad.Value) bool {
	switch v.(type) {
	case nil, quad.IRI, quad.String, quad.TypedString, quad.LangString, quad.BNode, quad.Int, quad.Bool:
		return true
	}
	return false
}

// writeDocumentsKV is WriteDocuments on a kv store; the caller holds s.mu.
func (s *Store) writeDocumentsKV(ctx context.Context, docs []preparedDoc) ([]DocumentResult, error) {
	res := make([]DocumentResult, len(docs))
	var fresh, checked []quad.Quad // quads certainly new; quads to check
	var freshOf, checkedOf []int   // their documents
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if d.dup {
			res[i].Present = true
			continue
		}
		has, err := s.hasDocument(ctx, d.iri)
		if err != nil {
			return nil, err
		}
		if has {
			res[i].Present = true
			continue
		}
		labelKnown, err := s.Ref(d.iri)
		if err != nil {
			return nil, err
		}
		for _, q := range d.quads {
			if labelKnown == nil && q.Label == d.iri {
				fresh = append(fresh, q)
				freshOf = append(freshOf, i)
			} else {
				checked = append(checked, q)
				checkedOf = append(checkedOf, i)
			}
		}
	}
	if len(checked) > 0 {
		// Quads with another label may repeat across documents of the
		// batch, or be stored already; one labelled with the IRI of a new
		// document of this batch may repeat one of that document's.
		idx, err := s.newQuads(ctx, checked)
		if err != nil {
			return nil, fmt.Errorf("graph: write documents: %w", err)
		}
		newLabels := map[quad.Value]bool{}
		for _, q := range fresh {
			newLabels[q.Label] = true
		}
		var written *quadSet
		for _, j := range idx {
			q := checked[j]
			if newLabels[q.Label] {
				if written == nil {
					written = newQuadSet(len(fresh))
					for _, f := range fresh {
						written.add(f)
					}
				}
				if !written.add(q) {
					continue
				}
			}
			fresh = append(fresh, q)
			freshOf = append(freshOf, checkedOf[j])
		}
	}
	if len(fresh) == 0 {
		return res, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	deltas := make([]cgraph.Delta, len(fresh))
	for i, q := range fresh {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return nil, fmt.Errorf("graph: write documents: %w", err)
	}
	s.indexWritten(fresh, nil)
	s.releaseMapped()
	for _, i := range freshOf {
		res[i].Added++
	}
	return res, nil
}

// documentWriter is a backend's own bulk writer, used by WriteDocuments
// instead of Cayley's ApplyDeltas (see postgres.go).
type documentWriter interface {
	writeDocuments(ctx context.Context, docs []preparedDoc) ([]DocumentResult, error)
	concurrency() int
	close() error
}

// newDocWriter returns the bulk writer of a backend that has one, else nil.
func newDocWriter(backend, addr string, opts cgraph.Options) (documentWriter, error) {
	if backend == "postgres" {
		return newPGWriter(addr)
	}
	return nil, nil
}

// WriteConcurrency returns how many WriteDocuments calls the store runs at
// once to good effect: 1 for embedded stores (their writes are serialised),
// more for PostgreSQL, which writes each batch on its own connection.
func (s *Store) WriteConcurrency() int {
	if s.docWriter != nil {
		return s.docWriter.concurrency()
	}
	return 1
}
