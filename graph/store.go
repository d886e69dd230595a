package graph

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// DefaultPath is where the store lives when Open is given an empty path.
const DefaultPath = "./kg.db"

// DefaultBackend is the Cayley backend used when Options.Backend is empty:
// Cayley's kv store on bbolt, a directory holding one indexes.bolt file.
const DefaultBackend = "bbolt"

// ErrNoStore is matched (with errors.Is) by the error Open returns when
// Options.MustExist is set and there is no store at the path.
var ErrNoStore = errors.New("graph: no store")

// NoStoreError reports a missing store; it matches ErrNoStore.
type NoStoreError struct {
	Path string
}

// Error says where the store was looked for and how to make one.
func (e *NoStoreError) Error() string {
	return fmt.Sprintf("graph: no store at %s; run 'kg build' first", e.Path)
}

// Is reports whether target is ErrNoStore.
func (e *NoStoreError) Is(target error) bool { return target == ErrNoStore }

// Options configures Open. A nil *Options, and the zero value of each field,
// mean the documented defaults.
type Options struct {
	// Backend is the name of a registered Cayley backend (see Backends);
	// empty means DefaultBackend. The path given to Open is the backend's
	// address: a directory for bbolt, a connection string for SQL backends.
	Backend string
	// MustExist makes Open fail with a *NoStoreError instead of creating a
	// missing store. Commands that only read set it.
	MustExist bool
	// NoSync skips the fsync after each bbolt transaction, and Close syncs
	// the file once instead: a bulk build defers its syncs to the end. A
	// crash of the process loses nothing committed; a crash of the machine
	// (power, kernel) before Close may lose or damage what was written
	// since Open. Ignored by other backends.
	NoSync bool
	// BackendOptions are passed unchanged to the Cayley backend, for settings
	// kg has no field for.
	BackendOptions map[string]any
	// ReadOnly opens the store for reading only: it must exist, and every
	// write fails with ErrReadOnly. A bbolt store opened read-only is
	// shared with any number of other readers, in this process or others;
	// one opened for writing is held alone (see bolt.go).
	ReadOnly bool
	// LockTimeout is how long Open waits for other processes to let go of
	// a bbolt store (a writer waits for every other holder, a reader for a
	// writer) before it fails with a message naming them; 0 means
	// DefaultLockTimeout.
	LockTimeout time.Duration
	// Holder describes this process in the record that a bbolt store keeps
	// of who has it open, which Open shows to a process kept out; empty
	// means the program's command line.
	Holder string
}

// Store is an open Cayley quad store. Its methods are safe for concurrent
// use; writes are serialised.
type Store struct {
	qs      cgraph.QuadStore
	path    string
	backend string

	mu      storeLock      // writes hold it (one at a time), reads share it: see rwlock.go
	life    sync.RWMutex   // orders queries.Add (read lock) before Close's Wait
	queries sync.WaitGroup // running query goroutines; Close waits for them
	closed  atomic.Bool

	index indexState // derived entity index (entindex.go), kept up to date by indexWritten

	docWriter documentWriter // the backend's bulk writer, or nil (write.go)
	syncFile  string         // a file to fsync after closing (NoSync), or ""
	// mappedFile is the absolute path of the bbolt file, whose mapped
	// pages writes release (mapped_linux.go), or "".
	mappedFile string
	readOnly   bool   // Options.ReadOnly: every write fails with ErrReadOnly
	holderFile string // this Store's holder record (bolt.go), or ""
}

// Backends returns the names of the registered Cayley backends, sorted.
func Backends() []string { return cgraph.QuadStores() }

// Open opens the store at path with the given options, creating and
// initialising it on first use unless opts.MustExist is set. An empty path
// means DefaultPath.
func Open(ctx context.Context, path string, opts *Options) (*Store, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	if o.Backend == "" {
		o.Backend = DefaultBackend
	}
	if path == "" {
		path = DefaultPath
	}
	if !cgraph.IsRegistered(o.Backend) {
		return nil, fmt.Errorf("graph: unknown backend %q (have %v)", o.Backend, Backends())
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", shown(path), err)
	}
	gopts := cgraph.Options{}
	for k, v := range o.BackendOptions {
		gopts[k] = v
	}
	if o.NoSync {
		gopts["nosync"] = true
	}
	// Cayley's kv store otherwise fills a bloom filter of quads at every
	// Open: it allocates about 80 MB and reads every quad (0.12 s per
	// 100,000 quads here), which would make each `kg query` on a big store
	// slow. The filter only spares ApplyDeltas an index lookup per quad, and
	// kg checks existence itself before writing (see addQuads).
	if _, set := gopts["no_bloom"]; !set {
		gopts["no_bloom"] = true
	}
	if o.ReadOnly {
		o.MustExist = true
	}
	if o.Backend == DefaultBackend && o.ReadOnly {
		rollBackFirst(ctx, path, o)
	}
	var qs cgraph.QuadStore
	var err error
	missing := false
	if o.Backend == DefaultBackend {
		// bbolt is opened by kg itself: read-only and shared, or alone, and
		// with a timeout rather than a wait for ever (bolt.go).
		if qs, err = openBolt(path, &o, gopts); err != nil {
			return nil, err
		}
	} else {
		missing = storeMissing(o.Backend, path)
	}
	if qs == nil && !missing {
		qs, err = cgraph.NewQuadStore(o.Backend, path, gopts)
		if errors.Is(err, cgraph.ErrNotInitialized) {
			missing = true
		} else if err != nil {
			return nil, fmt.Errorf("graph: open %s store at %s: %w", o.Backend, shown(path), err)
		}
	}
	if missing {
		if o.MustExist {
			return nil, &NoStoreError{Path: shown(path)}
		}
		if err := cgraph.InitQuadStore(o.Backend, path, gopts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("graph: create %s store at %s: %w", o.Backend, shown(path), err)
		}
		qs, err = cgraph.NewQuadStore(o.Backend, path, gopts)
		if err != nil {
			return nil, fmt.Errorf("graph: open %s store at %s: %w", o.Backend, shown(path), err)
		}
	}
	st := &Store{qs: qs, path: path, backend: o.Backend, readOnly: o.ReadOnly}
	if o.Backend == DefaultBackend {
		st.holderFile = recordHolder(path, o.ReadOnly, holderCommand(&o))
		if !o.ReadOnly {
			clearHolders(path, st.holderFile)
		}
		file := filepath.Join(path, "indexes.bolt")
		if o.NoSync {
			st.syncFile = file
		}
		if abs, err := filepath.Abs(file); err == nil {
			if real, err := filepath.EvalSymlinks(abs); err == nil {
				st.mappedFile = real
			}
		}
	}
	if st.docWriter, err = newDocWriter(o.Backend, path, gopts); err != nil {
		qs.Close()
		st.removeHolder()
		return nil, fmt.Errorf("graph: open %s store at %s: %w", o.Backend, shown(path), err)
	}
	// An import that a crash interrupted is undone before anything else
	// reads or writes (journal.go).
	st.mu.Lock()
	_, err = st.rollBackImport(ctx)
	st.mu.Unlock()
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("graph: open %s: %w", shown(path), err)
	}
	return st, nil
}

// storeMissing reports whether there is certainly no store at path. For
// backends it knows nothing about it says false and lets the backend answer
// (with ErrNotInitialized).
func storeMissing(backend, path string) bool {
	if backend == "postgres" {
		return pgMissing(path)
	}
	if backend != DefaultBackend {
		return false
	}
	_, err := os.Stat(filepath.Join(path, "indexes.bolt"))
	return errors.Is(err, fs.ErrNotExist)
}

// Close closes the store. Closing twice is not an error.
func (s *Store) Close() error {
	if s == nil {
		return nil
	}
	s.life.Lock()
	already := s.closed.Swap(true)
	s.life.Unlock()
	if already {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queries.Wait()
	defer s.removeHolder()
	var werr error
	if s.docWriter != nil {
		werr = s.docWriter.close()
	}
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close %s: %w", shown(s.path), err)
	}
	if werr != nil {
		return fmt.Errorf("graph: close %s: %w", shown(s.path), werr)
	}
	if s.syncFile != "" {
		if err := syncPath(s.syncFile); err != nil {
			return fmt.Errorf("graph: close %s: %w", shown(s.path), err)
		}
	}
	return nil
}

// removeHolder removes the Store's holder record, if it wrote one.
func (s *Store) removeHolder() {
	if s.holderFile != "" {
		os.Remove(s.holderFile)
		s.holderFile = ""
	}
}

// checkWrite is check for a write: it also fails on a read-only store.
func (s *Store) checkWrite() error {
	if err := s.Err(); err != nil {
		return err
	}
	if s.readOnly {
		return ErrReadOnly
	}
	return nil
}

// syncPath flushes a file's data to disk.
func syncPath(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// Path returns the address the store was opened at.
func (s *Store) Path() string { return s.path }

// DisplayPath returns the store's path or address as messages may show it:
// with any password replaced by xxxxx.
func (s *Store) DisplayPath() string { return shown(s.path) }

// Backend returns the name of the Cayley backend the store uses.
func (s *Store) Backend() string { return s.backend }

// QuadStore returns the underlying Cayley quad store, for the packages
// under graph/ that need Cayley's lower-level API (paths, shapes,
// iterators); code outside graph/ must not use it (see the package
// comment). Reads hold the read lock (ReadLock); writes must go through
// Store so that they stay serialised and the entity index up to date.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Err returns an error if the store is closed (or nil), else nil.
func (s *Store) Err() error {
	if s == nil || s.closed.Load() {
		return errors.New("graph: store is closed")
	}
	return nil
}

// HasDocument reports whether doc is already in the store, that is whether
// it is the subject of at least one quad (every document written by kg build
// has its own rdf:type quad). It is an index lookup, not a scan.
func (s *Store) HasDocument(ctx context.Context, doc quad.IRI) (bool, error) {
	if err := s.Err(); err != nil {
		return false, err
	}
	ctx, unlock := s.ReadLock(ctx)
	defer unlock()
	return s.hasDocument(ctx, doc)
}

// HasDocumentNoWait is HasDocument for a bulk loader whose own writes keep
// the store busy: when a write holds the store or waits for it,
// HasDocumentNoWait does not wait but returns at once with checked false.
// The loader can then go on as if the document were new and let
// WriteDocuments, which checks again, report it Present.
func (s *Store) HasDocumentNoWait(ctx context.Context, doc quad.IRI) (has, checked bool, err error) {
	if err := s.Err(); err != nil {
		return false, false, err
	}
	ctx, unlock, ok := s.tryReadLock(ctx)
	if !ok {
		return false, false, nil
	}
	defer unlock()
	has, err = s.hasDocument(ctx, doc)
	return has, err == nil, err
}

// hasDocument is HasDocument for callers that hold s.mu.
func (s *Store) hasDocument(ctx context.Context, doc quad.IRI) (bool, error) {
	ref, err := s.Ref(doc)
	if err != nil || ref == nil {
		return false, err
	}
	found := false
	err = Each(ctx, s.qs.QuadIterator(quad.Subject, ref), func(refs.Ref) error {
		found = true
		return ErrStop
	})
	if err != nil && err != ErrStop {
		return false, fmt.Errorf("graph: has document %s: %w", doc, err)
	}
	return found, nil
}

// WriteDocument writes the quads of one document in one transaction: either
// all of them are in the store afterwards or none is (kv ApplyDeltas is one
// bbolt transaction). Quads without a label get doc as their label. Quads
// already in the store, and repeats within quads, are skipped, so writing
// the same document twice adds nothing the second time. It returns the
// number of quads added. An invalid quad (a literal subject, a non-IRI
// predicate, an IRI that N-Quads cannot carry) fails the whole write.
func (s *Store) WriteDocument(ctx context.Context, doc quad.IRI, quads []quad.Quad) (int, error) {
	if err := s.checkWrite(); err != nil {
		return 0, err
	}
	if err := checkIRI(doc); err != nil {
		return 0, fmt.Errorf("graph: write document %q: %w", string(doc), err)
	}
	qs := make([]quad.Quad, len(quads))
	for i, q := range quads {
		if q.Label == nil {
			q.Label = doc
		}
		if err := CheckQuad(q); err != nil {
			return 0, fmt.Errorf("graph: write %s: quad %d: %w", doc, i, err)
		}
		qs[i] = q
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	added, err := s.addQuads(ctx, qs)
	if err != nil {
		return 0, fmt.Errorf("graph: write %s: %w", doc, err)
	}
	return len(added), nil
}

// addQuads writes the quads of qs that are not yet in the store in one
// ApplyDeltas call (one transaction) and returns their indices in qs. The caller holds s.mu,
// so nothing else writes between the existence checks and the write; bbolt's
// file lock keeps other processes out. Filtering here rather than relying on
// IgnoreDup keeps Cayley's node reference counts exact (it counts a
// reference for every quad handed to ApplyDeltas, even a skipped duplicate).
func (s *Store) addQuads(ctx context.Context, qs []quad.Quad) ([]int32, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fresh, err := s.newQuads(ctx, qs)
	if err != nil {
		return nil, err
	}
	return s.addFresh(ctx, qs, fresh)
}

// addFresh is addQuads once the quads of qs to add are known: those at the
// indices fresh (from newQuads, with s.mu held since).
func (s *Store) addFresh(ctx context.Context, qs []quad.Quad, fresh []int32) ([]int32, error) {
	if len(fresh) == 0 {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	deltas := make([]cgraph.Delta, len(fresh))
	for i, j := range fresh {
		deltas[i] = cgraph.Delta{Quad: qs[j], Action: cgraph.Add}
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return nil, err
	}
	s.indexAdded(qs, fresh)
	s.releaseMapped()
	return fresh, nil
}

// releaseMapped drops this process's mapping of the store file's pages
// after a write (see dropMappedPages); the caller holds s.mu.
func (s *Store) releaseMapped() {
	if s.mappedFile != "" {
		dropMappedPages(s.mappedFile)
	}
}

// removeQuads deletes quads (all known to be present) in one transaction.
func (s *Store) removeQuads(qs []quad.Quad) error {
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Delete}
	}
	err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreMissing: true})
	if err == nil {
		s.indexWritten(nil, qs)
		s.releaseMapped()
	}
	return err
}

// newQuads returns the indices of the quads of qs that are neither in the
// store nor repeated earlier in qs, in increasing order.
func (s *Store) newQuads(ctx context.Context, qs []quad.Quad) ([]int32, error) {
	type key [4]refs.ValueHash
	seen := make(map[key]struct{}, len(qs))
	uniq := make([]int32, 0, len(qs))
	keys := make([]key, 0, len(qs)) // hashes of uniq's quads (SHA-1: compute once)
	valIndex := make(map[refs.ValueHash]int)
	var vals []quad.Value
	for n, q := range qs {
		var k key
		for i, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				h := refs.HashOf(v)
				k[i] = h
				if _, ok := valIndex[h]; !ok {
					valIndex[h] = len(vals)
					vals = append(vals, v)
				}
			}
		}
		if _, ok := seen[k]; ok {
			continue
		}
		seen[k] = struct{}{}
		uniq = append(uniq, int32(n))
		keys = append(keys, k)
	}
	rs, err := cgraph.RefsOf(ctx, s.qs, vals)
	if err != nil {
		return nil, err
	}
	out := uniq[:0]
	for u, n := range uniq {
		q := qs[n]
		var r [4]refs.Ref
		known := true
		for i, d := range quad.Directions {
			if q.Get(d) == nil {
				continue
			}
			r[i] = rs[valIndex[keys[u][i]]]
			if !Present(r[i]) {
				known = false
			}
		}
		if known {
			ok, err := s.hasQuad(ctx, r[0], r[1], r[2], r[3])
			if err != nil {
				return nil, err
			}
			if ok {
				continue
			}
		}
		out = append(out, n)
	}
	return out, nil
}

// Present reports whether a Ref returned by RefsOf names a stored node (kv
// stores return Int64Value(0) for unknown values, others nil).
func Present(r refs.Ref) bool {
	if r == nil {
		return false
	}
	if v, ok := r.(kv.Int64Value); ok && v == 0 {
		return false
	}
	return true
}

// Ref returns the store's Ref for v, or nil if v is not in the store.
func (s *Store) Ref(v quad.Value) (refs.Ref, error) {
	r, err := s.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("graph: look up %v: %w", v, err)
	}
	if !Present(r) {
		return nil, nil
	}
	return r, nil
}

// hasQuad reports whether the quad s p o l (l may be nil: no label) is
// stored. It scans the quads matching s, p and o through the best index
// (kv's object-predicate-subject index: an exact key) and compares labels.
func (s *Store) hasQuad(ctx context.Context, sr, pr, or, lr refs.Ref) (bool, error) {
	found := false
	it := s.MatchQuads(ctx, map[quad.Direction]refs.Ref{quad.Subject: sr, quad.Predicate: pr, quad.Object: or})
	err := Each(ctx, it, func(q refs.Ref) error {
		l, err := s.qs.QuadDirection(q, quad.Label)
		if err != nil {
			return err
		}
		if SameRef(l, lr) {
			found = true
			return ErrStop
		}
		return nil
	})
	if err != nil && err != ErrStop {
		return false, err
	}
	return found, nil
}

// ErrStop, returned by the function Each calls, ends the iteration early;
// Each then returns it.
var ErrStop = errors.New("stop")

// SameRef reports whether a and b are the same node, or both absent.
func SameRef(a, b refs.Ref) bool {
	if !Present(a) || !Present(b) {
		return !Present(a) && !Present(b)
	}
	return a.Key() == b.Key()
}

// MatchQuads returns an iterator over the quads whose nodes in the given
// directions are the given refs, through the best index the store has. On kv
// stores a filter on S, P and O (or P and O, or S and P) is one index
// prefix scan; other stores get an intersection optimised by Cayley.
func (s *Store) MatchQuads(ctx context.Context, filter map[quad.Direction]refs.Ref) iterator.Shape {
	if opt, ok := s.qs.(shape.Optimizer); ok {
		act := shape.QuadsAction{Result: quad.Subject, Filter: filter}
		if ns, ok := opt.OptimizeShape(ctx, act); ok {
			if nf, ok := ns.(shape.NodesFrom); ok {
				return nf.Quads.BuildIterator(s.qs)
			}
		}
	}
	dirs := make([]quad.Direction, 0, len(filter))
	for d := range filter {
		dirs = append(dirs, d)
	}
	sort.Slice(dirs, func(i, j int) bool { return dirs[i] < dirs[j] })
	var q shape.Quads
	for _, d := range dirs {
		q = append(q, shape.QuadFilter{Dir: d, Values: shape.Fixed{filter[d]}})
	}
	return shape.BuildIterator(ctx, s.qs, q)
}

// shown returns a store's path or address as messages may show it, with
// any password replaced: a URL's ("postgres://bob:xxxxx@host/kg", also
// "?password=..."), or a key=value connection string's ("password=xxxxx"),
// so that no secret is printed.
func shown(path string) string {
	if u, err := url.Parse(path); err == nil && u.Scheme != "" {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		if q := u.Query(); q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	return passwordField.ReplaceAllString(path, "${1}xxxxx")
}

// passwordField is a key=value connection string's password, quoted or
// not.
var passwordField = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)
