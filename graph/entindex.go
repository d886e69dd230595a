package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/kg-project/kg/graph/internal/entindex"
	"github.com/kg-project/kg/graph/internal/vocab"
	"github.com/kg-project/kg/schema"
)

// The entity index is what search, entity resolution and linking read: for
// every node that has a name (schema:name, schema:alternateName,
// rdfs:label, skos:altLabel), its names, its classes and the number of
// documents that mention it. It is derived from the quads, so it works on
// every backend and holds nothing the store does not:
//
//   - built by one pass over all quads the first time it is needed;
//   - kept in memory by the Store while it is open, and on disk as a
//     journal (for bbolt, <store>/kg-entities.idx; for other backends, in
//     the user's cache directory) so that the next process need not scan;
//   - kept up to date by every write that goes through the Store
//     (WriteDocument, Import, link and unlink): the quads added or removed
//     are applied to the index in memory and appended to the journal, with
//     the store's quad count after the write;
//   - checked when loaded: if the quad count recorded last in the journal
//     is not the store's (someone wrote with another tool), it is rebuilt.
//
// Deleting the file is always safe.

// indexState is the Store's handle on its entity index.
type indexState struct {
	mu     sync.Mutex // guards x and the journal file
	x      *entindex.Index
	count  int64 // the store's quad count that x reflects; -1 unknown
	noFile bool  // the journal cannot be written; keep the index in memory only
}

// indexFile returns where the journal of this store lives, or "".
func (s *Store) indexFile() string {
	if s.backend == DefaultBackend {
		return filepath.Join(s.path, "kg-entities.idx")
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte(s.backend + "\x00" + s.path))
	return filepath.Join(dir, "kg", "entities-"+hex.EncodeToString(sum[:8])+".idx")
}

// quadCount returns the store's exact quad count, or -1 when the backend
// cannot tell it cheaply.
func (s *Store) quadCount(ctx context.Context) int64 {
	st, err := s.qs.Stats(ctx, false)
	if err != nil || !st.Quads.Exact {
		return -1
	}
	return st.Quads.Value
}

// exactQuadCount is quadCount, or the backend's exact count (a COUNT(*)
// on SQL backends) when the cheap one is an estimate; -1 if neither.
func (s *Store) exactQuadCount(ctx context.Context) int64 {
	if n := s.quadCount(ctx); n >= 0 {
		return n
	}
	st, err := s.qs.Stats(ctx, true)
	if err != nil || !st.Quads.Exact {
		return -1
	}
	return st.Quads.Value
}

// indexWritten is called by the Store after every write that changed the
// store, with the quads added and removed, while the write lock is held.
// It keeps the entity index and its journal up to date. It never fails the
// write: if the journal cannot be appended to, it is removed.
func (s *Store) indexWritten(added, removed []quad.Quad) {
	var ops []entindex.Op
	for _, q := range removed {
		if o, ok := entindex.QuadOp(q, false); ok {
			ops = append(ops, o)
		}
	}
	for _, q := range added {
		if o, ok := entindex.QuadOp(q, true); ok {
			ops = append(ops, o)
		}
	}
	st := &s.index
	st.mu.Lock()
	defer st.mu.Unlock()
	count := s.quadCount(context.Background())
	// The count before this write, had every earlier write come through
	// here; if the index reflects another, a write went around it.
	prior := count - int64(len(added)) + int64(len(removed))
	if st.x != nil {
		if count >= 0 && st.count != prior {
			st.x = nil // rebuilt by the next reader
		} else {
			st.x.Mu.Lock()
			for _, o := range ops {
				st.x.Apply(o)
			}
			st.x.Mu.Unlock()
			st.count = count
		}
	}
	path := s.indexFile()
	if path == "" || st.noFile || count < 0 {
		return
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0)
	if errors.Is(err, fs.ErrNotExist) && prior == 0 {
		// The first write into an empty store starts the journal, so a
		// store built by kg build never needs the scan.
		f, err = entindex.StartJournal(path)
	}
	if err != nil {
		return // no journal yet: the first reader builds it
	}
	if last, ok := entindex.LastCount(f); !ok || last != prior {
		f.Close()
		os.Remove(path)
		return
	}
	var b strings.Builder
	for _, o := range ops {
		b.WriteString(o.Line())
	}
	b.WriteString("S\t" + strconv.FormatInt(count, 10) + "\n")
	_, err = io.WriteString(f, b.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
}

// EntityIndex returns the store's entity index, loading or building it
// first: the names, classes, document counts and entity-to-entity edges of
// every named node, kept up to date by every write through the Store.
// Readers hold its Mu.RLock (and the store's read lock) while they read
// it; Prepare needs Mu.Lock.
func (s *Store) EntityIndex(ctx context.Context) (*entindex.Index, error) {
	if err := s.Err(); err != nil {
		return nil, err
	}
	st := &s.index
	st.mu.Lock()
	defer st.mu.Unlock()
	want := s.quadCount(ctx)
	// A store written by a path that does not call indexWritten (another
	// tool, another process on a shared backend) has another count.
	if st.x != nil && (want < 0 || want == st.count) {
		return st.x, nil
	}
	if want < 0 {
		// SQL backends estimate their cheap count: count exactly, once
		// per load, to trust or rebuild the journal.
		want = s.exactQuadCount(ctx)
	}
	path := s.indexFile()
	if path != "" && want >= 0 {
		if x, ok := entindex.LoadIndex(path, want); ok {
			st.x, st.count = x, want
			return x, nil
		}
	}
	x, err := s.buildIndex(ctx)
	if err != nil {
		return nil, err
	}
	st.x, st.count = x, want
	if path != "" && want >= 0 {
		if err := entindex.WriteIndex(path, x, want); err != nil {
			os.Remove(path)
		}
	}
	return x, nil
}

// RebuildIndex rebuilds the entity index (search, names, classes) from the
// quads and rewrites its journal. It is never needed after writes through
// kg; it is after writes by other tools on backends whose quad count is
// not exact.
func (s *Store) RebuildIndex(ctx context.Context) error {
	if err := s.Err(); err != nil {
		return err
	}
	s.mu.Lock() // no write between the scan and the journal
	defer s.mu.Unlock()
	x, err := s.buildIndex(ctx)
	if err != nil {
		return err
	}
	st := &s.index
	st.mu.Lock()
	defer st.mu.Unlock()
	st.x, st.count = x, s.exactQuadCount(ctx)
	if path := s.indexFile(); path != "" {
		if n := st.count; n >= 0 {
			if err := entindex.WriteIndex(path, x, n); err != nil {
				os.Remove(path)
				return fmt.Errorf("graph: write entity index: %w", err)
			}
		}
	}
	return nil
}

// buildIndex scans every quad once.
func (s *Store) buildIndex(ctx context.Context) (*entindex.Index, error) {
	preds := []quad.Value{quad.IRI(schema.Type), quad.IRI(schema.Mentions)}
	for _, p := range vocab.NamePredicates {
		preds = append(preds, quad.IRI(p))
	}
	prs, err := refs.RefsOf(ctx, s.qs, preds)
	if err != nil {
		return nil, fmt.Errorf("graph: build entity index: %w", err)
	}
	want := map[any]quad.IRI{}
	for i, r := range prs {
		if Present(r) {
			want[r.Key()] = preds[i].(quad.IRI)
		}
	}
	x := entindex.NewIndex()
	type pending struct {
		s, o refs.Ref
		p    quad.IRI
	}
	var batch []pending
	flush := func() error {
		rs := make([]refs.Ref, 0, 2*len(batch))
		for _, b := range batch {
			rs = append(rs, b.s, b.o)
		}
		vs, err := s.Values(ctx, rs)
		if err != nil {
			return err
		}
		for i, b := range batch {
			q := quad.Quad{Subject: vs[2*i], Predicate: b.p, Object: vs[2*i+1]}
			if o, ok := entindex.QuadOp(q, true); ok {
				x.Apply(o)
			}
		}
		batch = batch[:0]
		return nil
	}
	// Other predicates may be entity-to-entity edges: learn each once.
	other := map[any]quad.IRI{}
	skip := map[any]bool{}
	err = s.scanQuads(ctx, func(q [4]refs.Ref) error {
		pk := q[1].Key()
		p, ok := want[pk]
		if !ok {
			if skip[pk] {
				return nil
			}
			if p, ok = other[pk]; !ok {
				vs, err := s.Values(ctx, []refs.Ref{q[1]})
				if err != nil {
					return err
				}
				iri, isIRI := vs[0].(quad.IRI)
				if !isIRI || vocab.IsPlumbingPredicate(string(iri)) || string(iri) == schema.TaClassRef {
					skip[pk] = true
					return nil
				}
				other[pk], p = iri, iri
			}
		}
		batch = append(batch, pending{s: q[0], o: q[2], p: p})
		if len(batch) >= 4096 {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	if err != nil {
		return nil, fmt.Errorf("graph: build entity index: %w", err)
	}
	return x, nil
}

// removeIndexFile deletes the journal (tests).
func (s *Store) removeIndexFile() error {
	p := s.indexFile()
	if p == "" {
		return nil
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// indexAdded is indexWritten for the quads qs[i], i in fresh, just added.
func (s *Store) indexAdded(qs []quad.Quad, fresh []int32) {
	added := make([]quad.Quad, len(fresh))
	for i, j := range fresh {
		added[i] = qs[j]
	}
	s.indexWritten(added, nil)
}

// indexDocuments is indexWritten for a backend's own bulk writer, which
// does not say which quads it added: the quads of every document it wrote,
// all new since each carries its new document's label.
func (s *Store) indexDocuments(docs []preparedDoc, res []DocumentResult) {
	var added []quad.Quad
	for i, d := range docs {
		if i < len(res) && !res[i].Present && res[i].Added > 0 {
			added = append(added, d.quads...)
		}
	}
	if len(added) > 0 {
		s.indexWritten(added, nil)
	}
}
